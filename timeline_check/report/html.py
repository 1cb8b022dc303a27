"""One self-contained HTML page: each text with its events and findings highlighted in place,
the list of findings, and the timeline drawn as inline SVG.

The markup is in Jinja2 templates (``templates/``), rendered with autoescape on, so every
piece of input text is escaped unless the code marks it safe; the CSS and the few lines of
JS are package files put inline. Nothing is fetched, and a Content Security Policy allows
only this page's own script (by hash), so a narrative that contains ``<script>`` or
``onerror=`` cannot run code even if some text escaped escaping. This module works out what
the templates show: the runs of highlighted text and the timeline's geometry. Hover shows
what a highlight is (the ``title`` tooltip); a click opens a panel with the details and
marks every place that belongs to the same event or finding. The same report gives the same
bytes.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Iterable, Iterator
from functools import cache
from html import escape
from importlib.resources import files
from typing import Any, TypeVar

import attrs
import jinja2
import jinja2.ext
from jinja2.lexer import Token, TokenStream
from markupsafe import Markup

from .. import __version__
from ..model import DocumentReport, Event, Evidence, Finding, Report, Undated, iso
from ..ruleset import RuleSet
from ..content import CONTENT
from ..messages import ENGLISH, Messages, of_report
from .markdown_view import Markup as MarkdownView
from .markdown_view import markup
from .sarif import offset_of, positions_are_offsets
from .text import OUTCOME, counts, summary
from .timeline_axis import Scale, scale

_TEMPLATES = files(__package__).joinpath("templates")
_T = TypeVar("_T")
SEVERITIES = ("error", "warning", "info")
RANK = {"info": 0, "warning": 1, "error": 2}
COLORS = {"error": "#c5221f", "warning": "#b06000", "info": "#5f6b7a"}
EVENT_COLOR = "#1a56c4"
TIMELINE_CATEGORIES = ("order", "conflict", "duration")

# Each after a line break of its own, as the page always had them: the script's bytes are what the CSP hashes.
CSS = "\n" + _TEMPLATES.joinpath("report.css").read_text(encoding="utf-8")
JS = "\n" + _TEMPLATES.joinpath("report.js").read_text(encoding="utf-8")


def _csp() -> str:
    digest = base64.b64encode(hashlib.sha256(JS.encode()).digest()).decode()
    return (f"default-src 'none'; script-src 'sha256-{digest}'; style-src 'unsafe-inline'; img-src data:; "
            "base-uri 'none'; form-action 'none'")


def _escaped(value: object) -> Markup:
    """Autoescape as the page always escaped, with ``html.escape`` (``&#x27;``, ``&quot;``), not
    markupsafe's own entities, so the same report keeps the same bytes; what is marked safe stays."""
    return value if isinstance(value, Markup) else Markup(escape(str(value), quote=True))


class _Joined(jinja2.ext.Extension):
    """A line break in a template's text, with the indentation after it, is not output: the
    templates read as indented markup while the page stays as compact as it always was."""

    def filter_stream(self, stream: TokenStream) -> Iterator[Token]:
        for token in stream:
            if token.type == "data":
                token = Token(token.lineno, token.type, _BREAK.sub("", token.value))
            yield token


_BREAK = re.compile(r"\n[ \t]*")


@cache
def _environment(msg: Messages = ENGLISH) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FunctionLoader(lambda name: _TEMPLATES.joinpath(name).read_text(encoding="utf-8")),
        autoescape=True, finalize=_escaped, extensions=[_Joined], undefined=jinja2.StrictUndefined)
    env.filters.update(words=lambda text: " ".join(text.split()), kind=lambda kind: _kind(kind, msg),
                       dates=lambda ev: _dates(ev, msg), doubtful=lambda ev: _doubtful(ev, msg),
                       severity=lambda s: msg.pgettext("severity", s),
                       outcome=lambda s: msg.pgettext(OUTCOME, s), element=lambda s: msg.pgettext(CONTENT, s),
                       notice=lambda s: msg.pgettext("notice", str(s)))
    env.globals.update(_=msg._, ngettext=msg.ngettext, lang=msg.lang)
    return env


def _kind(kind: str, msg: Messages = ENGLISH) -> str:
    """An event kind in words, without its article: "Discovery", "Découverte"."""
    text = msg.label(kind).text
    article = next((a for a in (msg.pgettext("article", "the ").split("|")) if text.startswith(a)), "")
    text = text[len(article):]
    return text[:1].upper() + text[1:]


def _doubts(ev: Event, msg: Messages = ENGLISH) -> list[str]:
    """Why an event's date is doubtful: none stated, open on one side, a guessed year, a vague
    date, or a date that may belong to another verb of its sentence (empty: not doubtful)."""
    why = []
    if ev.earliest is None and ev.latest is None:
        why.append(msg._("no date"))
    elif ev.earliest is None or ev.latest is None:
        why.append(msg._("only bounded on one side"))
    timexes = [m.timex for m in ev.mentions]
    if timexes and all(t.year_inferred for t in timexes):
        why.append(msg._("year not stated"))
    if timexes and all(t.granularity == "fuzzy" for t in timexes):
        why.append(msg._("vague date"))
    if ev.mentions and not any(m.certain for m in ev.mentions):
        why.append(msg._("the date may belong to another verb"))
    return why


def _doubtful(ev: Event, msg: Messages = ENGLISH) -> str:
    why = _doubts(ev, msg)
    return msg._(" (doubtful: {why})").format(why=msg._("; ").join(why)) if why else ""


def _dates(ev: Event, msg: Messages = ENGLISH) -> str:
    lo, hi = iso(ev.earliest), iso(ev.latest)
    if lo is None and hi is None:
        return msg._("undated")
    if lo == hi:
        return str(lo)
    return msg._("{first} to {last}").format(first=lo or "…", last=hi or "…")


@attrs.frozen
class _Mark:
    start: int
    end: int
    ref: str
    css: str  # "ev" (with " bad", " doubtful"), "f-<severity>" or "excuse"
    title: str


@attrs.frozen
class _Pin:
    """A finding's number, where its line and column point in the text."""
    ref: str
    severity: str
    title: str
    n: int


@attrs.frozen
class _Run:
    """Characters of the text covered by the same marks (none: plain text), after the pins that stand before them."""
    pins: list[_Pin]
    text: str
    classes: str = ""
    refs: str = ""
    title: str = ""
    md: str = ""  # the Markdown styles of the run (md-h1, md-strong...)


def _finding_title(f: Finding, msg: Messages = ENGLISH) -> str:
    cite = f" [{f.citation}]" if f.citation else ""
    return msg._("{severity} {rule}{citation}: {message}").format(
        severity=msg.pgettext("severity", f.severity), rule=f.rule, citation=cite, message=f.message)


def _covered(pins: list[_Pin], text: str, covering: list[_Mark], md: str = "") -> _Run:
    """A run of text under ``covering``: the worst finding colours it, events underline it,
    the evidence that lowered a finding's severity is outlined."""
    if not covering:
        return _Run(pins, text, md=md)
    classes = ["hl"]
    worst = max((m.css[2:] for m in covering if m.css.startswith("f-")), key=RANK.__getitem__, default=None)
    if worst:
        classes.append(f"f-{worst}")
    if any(m.css == "excuse" for m in covering):
        classes.append("excuse")
    events = [m for m in covering if m.css.startswith("ev")]
    if events:
        classes.append("ev")
        classes += [c for c in ("bad", "doubtful") if any(c in m.css.split() for m in events)]
    # events first: they are the smaller, more specific thing under the pointer
    ordered = events + [m for m in covering if not m.css.startswith("ev")]
    return _Run(pins, text, " ".join(classes), " ".join(dict.fromkeys(m.ref for m in ordered)),
                "\n".join(dict.fromkeys(m.title for m in ordered)), md)


def _runs(text: str, marks: list[_Mark], pins: dict[int, list[_Pin]], view: MarkdownView | None = None) -> list[_Run]:
    """The text cut where a mark starts or ends or a pin stands (or, in Markdown, where markup
    starts or ends: its marks are left out, its styles kept); the last run holds only the pins at the end."""
    bounds = {0, len(text), *pins}
    for m in marks:
        bounds.update((m.start, m.end))
    hidden, styled = (view.hidden, view.styled) if view else ((), ())
    for a, b in hidden:
        bounds.update((a, b))
    for a, b, _ in styled:
        bounds.update((a, b))
    cuts = sorted(b for b in bounds if 0 <= b <= len(text))
    at = {c: i for i, c in enumerate(cuts)}
    covering = _cover(at, len(cuts), [(m.start, m.end, m) for m in marks])
    hiding = _cover(at, len(cuts), [(a, b, True) for a, b in hidden])
    styles = _cover(at, len(cuts), styled)
    out = []
    for i, (a, b) in enumerate(zip(cuts, cuts[1:])):
        md = " ".join(dict.fromkeys(styles[i]))
        out.append(_covered(pins.get(a, []), "" if hiding[i] else text[a:b], covering[i], md))
    out.append(_Run(pins.get(len(text), []), ""))
    return out


def _cover(at: dict[int, int], n: int, spans: Iterable[tuple[int, int, _T]]) -> list[list[_T]]:
    """For each run between two cuts, the values of the spans that cover it (each span's ends are cuts)."""
    out: list[list[_T]] = [[] for _ in range(n)]
    last = max(at)
    for start, end, value in spans:
        for i in range(at[min(max(start, 0), last)], at[min(max(end, 0), last)]):
            out[i].append(value)
    return out


def is_markdown(path: str) -> bool:
    """Whether the report shows a document's text as rendered Markdown."""
    return path.lower().endswith((".md", ".markdown"))


def _troubled(d: DocumentReport) -> dict[str, str]:
    """Event id -> the worst severity of an order, conflict or duration finding that names it."""
    out: dict[str, str] = {}
    for f in d.findings:
        if f.category in TIMELINE_CATEGORIES and f.severity != "info":
            for e in f.events:
                if e not in out or RANK[f.severity] > RANK[out[e]]:
                    out[e] = f.severity
    return out


def _text_runs(d: DocumentReport, key: str, msg: Messages = ENGLISH) -> list[_Run]:
    """The document's text as runs to highlight: its events' dates and its findings' evidence, with pins."""
    bad = _troubled(d)
    marks: list[_Mark] = []
    for ev in d.events:
        spans = {(m.timex.start, m.timex.end) for m in ev.mentions if m.timex.end > m.timex.start}
        if ev.end > ev.start:
            spans.add((ev.start, ev.end))
        css = "ev" + (" bad" if ev.id in bad else "") + (" doubtful" if _doubts(ev) else "")
        for s, e in sorted(spans):
            marks.append(_Mark(s, e, f"{key}-{ev.id}", css,
                               f"{ev.id} {_kind(ev.kind, msg)} ({ev.kind}): {_dates(ev, msg)}{_doubtful(ev, msg)}"))
    for ref, kind, words in _undated_groups(d, key):
        marks += [_Mark(s, e, ref, "ev doubtful", f"{_kind(kind, msg)} ({kind}): {msg._('undated')}") for s, e in words]
    starts = [0] + [i + 1 for i, ch in enumerate(d.text) if ch == "\n"]
    direct = positions_are_offsets(d)
    pins: dict[int, list[_Pin]] = {}
    for n, f in enumerate(d.findings, 1):
        ref = f"{key}-f{n}"
        for q in f.evidence:
            if q.end > q.start:
                marks.append(_Mark(q.start, q.end, ref, f"f-{f.severity}", _finding_title(f, msg)))
        for q in f.excuses:
            if q.end > q.start:
                marks.append(_Mark(q.start, q.end, ref, "excuse", msg._("lowers {rule} to {severity}: « {quote} »").format(
                    rule=f.rule, severity=msg.pgettext("severity", f.severity), quote=" ".join(q.text.split()))))
        at = offset_of(d.text, starts, f.line, f.column) if direct else None
        if at is None:  # lines and columns of another file (DOCX, PDF, HTML): the quote that starts before it
            before = [q for q in f.evidence if (q.line, q.column) <= (f.line, f.column)]
            at = max(before, key=lambda q: (q.line, q.column)).start if before else (
                f.evidence[0].start if f.evidence else None)
        if at is not None:
            pins.setdefault(at, []).append(_Pin(ref, f.severity, _finding_title(f, msg), n))
    return _runs(d.text, marks, pins, markup(d.text) if is_markdown(d.path) else None)


def _undated_groups(d: DocumentReport, key: str) -> list[tuple[str, str, list[tuple[int, int]]]]:
    """The events the text never dates (kinds of event words none of whose mentions has a date),
    by kind in order of first mention: ref, kind, the spans of their words."""
    dated = {ev.kind for ev in d.events}
    kinds: dict[str, list[Undated]] = {}
    for u in sorted(d.undated, key=lambda u: u.trigger):
        if u.kind not in dated:
            kinds.setdefault(u.kind, []).append(u)
    return [(f"{key}-u{n}", kind, [u.trigger for u in us if u.trigger[1] > u.trigger[0]])
            for n, (kind, us) in enumerate(kinds.items(), 1)]


def _quoted(text: str, q: Evidence, view: MarkdownView | None) -> str:
    """A quote as the report shows it: its words on one line, without the Markdown marks."""
    if view is None:
        return " ".join(q.text.split())
    keep = [i for i in range(q.start, q.end) if not any(a <= i < b for a, b in view.hidden)]
    return " ".join("".join(text[i] for i in keep).split())


def _finding_items(d: DocumentReport, key: str, msg: Messages = ENGLISH) -> list[dict[str, Any]]:
    view = markup(d.text) if d.text and is_markdown(d.path) else None
    items = []
    for n, f in enumerate(d.findings, 1):
        dates = []
        if f.due is not None:
            dates.append(msg._("due {day}").format(day=iso(f.due)))
        if f.actual is not None:
            dates.append(msg._("done {day}").format(day=iso(f.actual)))
        if f.events:
            dates.append(msg._("events {ids}").format(ids=", ".join(f.events)))
        items.append({"finding": f, "ref": f"{key}-f{n}", "dates": msg._("; ").join(dates),
                      "excuses": [_quoted(d.text, q, view) for q in f.excuses]})
    return items


# --- the timeline picture ---------------------------------------------------------------

PLOT_W, PAD_R, ROW, TOP = 750, 24, 26, 44
CHAR_W = 7.2  # a generous width of one character of the 12 px labels, so that none is cut off
NOTE_W = 6.2  # the same for the 11 px notes of the deadline rows


def _days(d: DocumentReport) -> list[int]:
    days = [x for ev in d.events for x in (ev.earliest, ev.latest) if x is not None]
    return days + [x for f in d.findings for x in (f.due, f.actual) if x is not None]


def _event_rows(events: list[Event], bad: dict[str, str], key: str, x: Scale,
                msg: Messages = ENGLISH) -> list[dict[str, Any]]:
    """One row per event: its label, and a dot (one day), a bar (possible days) or a bar open on
    one side; a doubtful event's label ends with a question mark and its mark is hollow."""
    rows = []
    for i, ev in enumerate(events):
        color = COLORS[bad[ev.id]] if ev.id in bad else EVENT_COLOR
        doubtful = bool(_doubts(ev))
        row: dict[str, Any] = {
            "y": TOP + i * ROW + ROW / 2, "ref": f"{key}-{ev.id}", "color": color, "stripe": i % 2 == 0,
            "label": f"{ev.id}  {_kind(ev.kind, msg)}" + (" ?" if doubtful else ""), "doubtful": doubtful,
            "tip": f"{ev.id} {_kind(ev.kind, msg)}: {_dates(ev, msg)}{_doubtful(ev, msg)} — « {' '.join(ev.text.split())} »"}
        lo, hi = ev.earliest, ev.latest
        if lo is not None and lo == hi:
            row.update(shape="day", a=x(lo + 0.5), centre=x(lo + 0.5))
        elif lo is not None and hi is not None:
            a, b = x(lo), max(x(hi + 1), x(lo) + 4)
            row.update(shape="days", a=a, width=round(b - a, 1), centre=(a + b) / 2)
        elif lo is not None:  # open on the right
            row.update(shape="open", a=x(lo), width=round(x.x1 - x(lo), 1), centre=x(lo))
        elif hi is not None:  # open on the left
            row.update(shape="open", a=x.x0, width=round(x(hi + 1) - x.x0, 1), centre=x(hi + 1))
        else:
            row.update(shape="undated")
        rows.append(row)
    return rows


def _undated_rows(d: DocumentReport, key: str, first: int, msg: Messages = ENGLISH) -> list[dict[str, Any]]:
    """One row per kind of event the text mentions without any date: doubtful, drawn as undated."""
    rows = []
    for j, (ref, kind, words) in enumerate(_undated_groups(d, key)):
        rows.append({"y": TOP + (first + j) * ROW + ROW / 2, "ref": ref, "color": EVENT_COLOR,
                     "stripe": (first + j) % 2 == 0, "label": f"{_kind(kind, msg)} ?", "doubtful": True, "shape": "undated",
                     "tip": f"{_kind(kind, msg)}: " + msg.ngettext(
                         "undated ({n} mention without a date)", "undated ({n} mentions without a date)",
                         len(words)).format(n=len(words))})
    return rows


def _links(d: DocumentReport, key: str, centre: dict[str, tuple[float, float]],
           msg: Messages = ENGLISH) -> list[dict[str, Any]]:
    """Contradictions: a red link between the events each order/conflict/duration finding names
    (a ring around the one event it names, when it names one that is drawn)."""
    out = []
    for n, f in enumerate(d.findings, 1):
        if f.category not in TIMELINE_CATEGORIES or f.severity == "info":
            continue
        pts = [centre[e] for e in f.events if e in centre]
        arcs = []
        for (ax, ay), (bx, by) in zip(pts, pts[1:]):
            bend = max(ax, bx) + 36
            arcs.append((ax, ay, bx, by, bend, bend - 9, (ay + by) / 2))
        out.append({"n": n, "ref": f"{key}-f{n}", "color": COLORS[f.severity], "tip": _finding_title(f, msg),
                    "arcs": arcs, "ring": pts[0] if len(pts) == 1 else None})
    return out


def _deadline_rows(d: DocumentReport, key: str, first: int, x: Scale, msg: Messages = ENGLISH) -> list[dict[str, Any]]:
    """Deadlines: the window from the trigger to the due day; the notice, when dated, as a diamond."""
    by_id = {ev.id: ev for ev in d.events}
    rows = []
    deadlines = [(n, f) for n, f in enumerate(d.findings, 1) if f.category in ("deadline", "missing") and f.due]
    for j, (n, f) in enumerate(deadlines, 1):
        due_day = f.due or 0
        trigger = by_id.get(f.events[0]) if f.events else None
        start = trigger.latest if trigger is not None else None
        due = x(due_day + 1)
        late = f.actual is not None and f.actual > due_day
        note = msg._("due {day}").format(day=iso(f.due)) + ("" if f.actual is not None else msg._(", no date stated"))
        if late:
            note = msg._("due {day}, missed by {days}").format(
                day=iso(f.due), days=msg._("{n} days").format(n=(f.actual or 0) - due_day))
        # the note goes on the side of the due line with room for it (right of a late notice's diamond)
        width = len(note) * NOTE_W
        notice = x(f.actual + 0.5) if f.actual is not None else None
        after = max(due, notice or due) + 10 if late else due + 6
        room_right = x.x1 + PAD_R - after > width or due - 6 - width < x.x0
        rows.append({
            "y": TOP + (first + j) * ROW + ROW / 2, "ref": f"{key}-f{n}", "color": COLORS[f.severity],
            "tip": _finding_title(f, msg), "label": f.rule, "due": due, "late": late, "note": note,
            "start": x(start + 0.5) if start is not None else None,
            "notice": x(f.actual + 0.5) if f.actual is not None else None,
            "label_x": after if room_right else due - 6, "anchor": "start" if room_right else "end"})
    return rows


def _timeline(d: DocumentReport, key: str, msg: Messages = ENGLISH) -> dict[str, Any] | None:
    """What the timeline template draws; None when there is no date to draw. The label column is
    as wide as the longest label, so that none is cut off."""
    days = _days(d)
    if not days:
        return None
    events = sorted(d.events, key=lambda e: (e.earliest if e.earliest is not None else e.latest or 0, int(e.id[1:])))
    undated = _undated_rows(d, key, len(events), msg)
    labels = [f"{ev.id}  {_kind(ev.kind, msg)} ?" for ev in events] + [r["label"] for r in undated]
    labels += [f.rule for f in d.findings if f.category in ("deadline", "missing") and f.due]
    label_w = round(max(120, 16 + CHAR_W * max(len(t) for t in labels))) if labels else 120
    x = scale(days, label_w, label_w + PLOT_W)
    rows = _event_rows(events, _troubled(d), key, x, msg) + undated
    deadlines = _deadline_rows(d, key, len(rows), x, msg)
    centre = {ev.id: (row["centre"], row["y"]) for ev, row in zip(events, rows) if row["shape"] != "undated"}
    height = TOP + (len(rows) + (len(deadlines) + 1 if deadlines else 0)) * ROW + 44
    return {"path": d.path, "width": label_w + PLOT_W + PAD_R, "height": height, "row": ROW, "top": TOP,
            "x0": x.x0, "x1": x.x1, "ticks": x.ticks(), "breaks": [(bx, _gap(days, msg)) for bx, days in x.breaks()],
            "events": rows,
            "links": _links(d, key, centre, msg), "deadlines": deadlines, "deadlines_y": TOP + len(rows) * ROW + ROW / 2}


def _gap(days: int, msg: Messages = ENGLISH) -> str:
    """How long a gap the time axis leaves out lasts, roughly: "4 years", "5 months", "40 days"."""
    if days >= 730:
        n = round(days / 365.25)
        return msg.ngettext("{n} year", "{n} years", n).format(n=n)
    if days >= 60:
        n = round(days / 30.44)
        return msg.ngettext("{n} month", "{n} months", n).format(n=n)
    return msg.ngettext("{n} day", "{n} days", days).format(n=days)


def _deadline_table(d: DocumentReport, msg: Messages = ENGLISH) -> list[dict[str, str]]:
    """The deadline table's rows as the report shows them: rule, citation, trigger, notice, status, counting."""
    from .deadlines import status, trigger_text

    return [{"rule": r.rule, "citation": r.citation, "trigger": trigger_text(r),
             "notice": str(iso(r.actual.lo)) if r.actual is not None and r.actual.lo == r.actual.hi else "-",
             "status": status(r, msg), "counting": r.counting} for r in d.deadlines]


def by_severity(findings: Iterable[Finding]) -> tuple[Finding, ...]:
    """Findings as an editor reads them: errors first, then warnings, then info; each by place."""
    return tuple(sorted(findings, key=lambda f: (-RANK[f.severity], *f.sort_key())))


def _document(d: DocumentReport, n: int, msg: Messages = ENGLISH) -> dict[str, Any]:
    key = f"d{n}"
    d = attrs.evolve(d, findings=by_severity(d.findings))  # numbered in this order everywhere on the page
    return {"report": d, "key": key, "date": iso(d.reference_date) or msg._("not stated"),
            "regimes": ", ".join(r.name for r in d.regimes) or msg._("none"), "counts": counts(msg, list(d.findings)),
            "timeline": _timeline(d, key, msg), "findings": _finding_items(d, key, msg), "deadlines": _deadline_table(d, msg),
            "runs": _text_runs(d, key, msg) if d.text else [], "markdown": is_markdown(d.path),
            "undated": _undated_groups(d, key)}


def render(report: Report, rules: RuleSet | None = None) -> str:
    """The whole report as one HTML page (deterministic: same input, same bytes)."""
    files = len(report.documents)
    msg = of_report(d.message_lang for d in report.documents)
    return _environment(msg).get_template("page.html.j2").render(
        csp=_csp(), css=Markup(CSS), js=Markup(JS), version=__version__,
        title="timeline-check: " + (report.documents[0].path if files == 1 else
                                    msg.ngettext("{n} file", "{n} files", files).format(n=files)),
        summary=summary(msg, report),
        problems=[p.message for p in report.problems],
        documents=[_document(d, n, msg) for n, d in enumerate(report.documents, 1)])
