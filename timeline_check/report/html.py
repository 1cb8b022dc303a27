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
import datetime as dt
import hashlib
import re
from collections.abc import Iterable, Iterator
from functools import cache
from html import escape
from importlib.resources import files
from typing import Any

import attrs
import jinja2
import jinja2.ext
from jinja2.lexer import Token, TokenStream
from markupsafe import Markup

from .. import __version__
from ..model import DocumentReport, Event, Finding, Report, iso
from ..ruleset import RuleSet
from ..content import CONTENT
from ..messages import ENGLISH, Messages, of_report
from .sarif import offset_of, positions_are_offsets
from .text import OUTCOME, counts, summary

_TEMPLATES = files(__package__).joinpath("templates")
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
                       dates=lambda ev: _dates(ev, msg), severity=lambda s: msg.pgettext("severity", s),
                       outcome=lambda s: msg.pgettext(OUTCOME, s), element=lambda s: msg.pgettext(CONTENT, s),
                       notice=lambda s: msg.pgettext("notice", str(s)))
    env.globals.update(_=msg._, lang=msg.lang)
    return env


def _kind(kind: str, msg: Messages = ENGLISH) -> str:
    """An event kind in words, without its article: "Discovery", "Découverte"."""
    text = msg.label(kind).text
    article = next((a for a in (msg.pgettext("article", "the ").split("|")) if text.startswith(a)), "")
    text = text[len(article):]
    return text[:1].upper() + text[1:]


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
    css: str  # "ev", "ev bad", or "f-<severity>"
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


def _finding_title(f: Finding, msg: Messages = ENGLISH) -> str:
    cite = f" [{f.citation}]" if f.citation else ""
    return msg._("{severity} {rule}{citation}: {message}").format(
        severity=msg.pgettext("severity", f.severity), rule=f.rule, citation=cite, message=f.message)


def _covered(pins: list[_Pin], text: str, covering: list[_Mark]) -> _Run:
    """A run of text under ``covering``: the worst finding colours it, events underline it."""
    if not covering:
        return _Run(pins, text)
    classes = ["hl"]
    worst = max((m.css[2:] for m in covering if m.css.startswith("f-")), key=RANK.__getitem__, default=None)
    if worst:
        classes.append(f"f-{worst}")
    events = [m for m in covering if m.css.startswith("ev")]
    if events:
        classes.append("ev")
        if any("bad" in m.css for m in events):
            classes.append("bad")
    # events first: they are the smaller, more specific thing under the pointer
    ordered = events + [m for m in covering if not m.css.startswith("ev")]
    return _Run(pins, text, " ".join(classes), " ".join(dict.fromkeys(m.ref for m in ordered)),
                "\n".join(dict.fromkeys(m.title for m in ordered)))


def _runs(text: str, marks: list[_Mark], pins: dict[int, list[_Pin]]) -> list[_Run]:
    """The text cut where a mark starts or ends or a pin stands; the last run holds only the pins at the end."""
    bounds = {0, len(text), *pins}
    for m in marks:
        bounds.update((m.start, m.end))
    cuts = sorted(b for b in bounds if 0 <= b <= len(text))
    out = [_covered(pins.get(a, []), text[a:b], [m for m in marks if m.start <= a and b <= m.end])
           for a, b in zip(cuts, cuts[1:])]
    out.append(_Run(pins.get(len(text), []), ""))
    return out


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
        for s, e in sorted(spans):
            marks.append(_Mark(s, e, f"{key}-{ev.id}", "ev bad" if ev.id in bad else "ev",
                               f"{ev.id} {_kind(ev.kind, msg)} ({ev.kind}): {_dates(ev, msg)}"))
    starts = [0] + [i + 1 for i, ch in enumerate(d.text) if ch == "\n"]
    direct = positions_are_offsets(d)
    pins: dict[int, list[_Pin]] = {}
    for n, f in enumerate(d.findings, 1):
        ref = f"{key}-f{n}"
        for q in f.evidence:
            if q.end > q.start:
                marks.append(_Mark(q.start, q.end, ref, f"f-{f.severity}", _finding_title(f, msg)))
        at = offset_of(d.text, starts, f.line, f.column) if direct else None
        if at is None:  # lines and columns of another file (DOCX, PDF, HTML): the quote that starts before it
            before = [q for q in f.evidence if (q.line, q.column) <= (f.line, f.column)]
            at = max(before, key=lambda q: (q.line, q.column)).start if before else (
                f.evidence[0].start if f.evidence else None)
        if at is not None:
            pins.setdefault(at, []).append(_Pin(ref, f.severity, _finding_title(f, msg), n))
    return _runs(d.text, marks, pins)


def _finding_items(d: DocumentReport, key: str, msg: Messages = ENGLISH) -> list[dict[str, Any]]:
    items = []
    for n, f in enumerate(d.findings, 1):
        dates = []
        if f.due is not None:
            dates.append(msg._("due {day}").format(day=iso(f.due)))
        if f.actual is not None:
            dates.append(msg._("done {day}").format(day=iso(f.actual)))
        if f.events:
            dates.append(msg._("events {ids}").format(ids=", ".join(f.events)))
        items.append({"finding": f, "ref": f"{key}-f{n}", "dates": msg._("; ").join(dates)})
    return items


# --- the timeline picture ---------------------------------------------------------------

W, LABEL_W, PAD_R, ROW, TOP = 1000, 250, 24, 26, 44


def _ticks(lo: int, hi: int) -> list[tuple[int, str]]:
    """Tick days and labels for the days lo..hi: days, weeks, months, quarters or years, at most ~9."""
    span = hi - lo
    a, b = dt.date.fromordinal(lo), dt.date.fromordinal(hi)
    if span <= 10:
        return [(d, iso(d) or "") for d in range(lo, hi + 1)]
    if span <= 63:
        first = lo + (-a.weekday()) % 7  # Mondays
        return [(d, iso(d) or "") for d in range(first, hi + 1, 7)]
    months = []
    y, m = a.year, a.month
    while (y, m) <= (b.year, b.month):
        months.append(dt.date(y, m, 1))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    months = [d for d in months if lo <= d.toordinal() <= hi]
    for step in (1, 2, 3, 6, 12):
        picked = [d for d in months if (d.month - 1) % step == 0]
        if len(picked) <= 9:
            if step == 12:
                return [(d.toordinal(), str(d.year)) for d in picked]
            return [(d.toordinal(), d.strftime("%Y-%m")) for d in picked]
    years = [dt.date(y, 1, 1) for y in range(a.year, b.year + 2)]
    years = [d for d in years if lo <= d.toordinal() <= hi]
    step = max(1, -(-len(years) // 9))
    return [(d.toordinal(), str(d.year)) for d in years[::step]]


def _domain(d: DocumentReport) -> tuple[int, int] | None:
    days = [x for ev in d.events for x in (ev.earliest, ev.latest) if x is not None]
    days += [x for f in d.findings for x in (f.due, f.actual) if x is not None]
    if not days:
        return None
    lo, hi = min(days), max(days)
    pad = max(3, (hi - lo) // 25)
    return lo - pad, hi + 1 + pad


def _short(label: str) -> str:
    return label if len(label) <= 34 else label[:33] + "…"


@attrs.frozen
class _Scale:
    """Days to x on the picture: the drawing runs from ``x0`` (right of the labels) to ``x1``."""
    lo: int
    hi: int
    x0: int = LABEL_W
    x1: int = W - PAD_R

    def __call__(self, day: float) -> float:
        return round(self.x0 + (day - self.lo) * (self.x1 - self.x0) / (self.hi - self.lo), 1)


def _event_rows(events: list[Event], bad: dict[str, str], key: str, x: _Scale,
                msg: Messages = ENGLISH) -> list[dict[str, Any]]:
    """One row per event: its label, and a dot (one day), a bar (possible days) or a bar open on one side."""
    rows = []
    for i, ev in enumerate(events):
        color = COLORS[bad[ev.id]] if ev.id in bad else EVENT_COLOR
        row: dict[str, Any] = {
            "y": TOP + i * ROW + ROW / 2, "ref": f"{key}-{ev.id}", "color": color, "stripe": i % 2 == 0,
            "label": _short(f"{ev.id}  {_kind(ev.kind, msg)}"),
            "tip": f"{ev.id} {_kind(ev.kind, msg)}: {_dates(ev, msg)} — « {' '.join(ev.text.split())} »"}
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


def _deadline_rows(d: DocumentReport, key: str, first: int, x: _Scale, msg: Messages = ENGLISH) -> list[dict[str, Any]]:
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
        # the label goes on the side of the due line with room for it
        room_right = x.x1 - due > 190 and not late
        rows.append({
            "y": TOP + (first + j) * ROW + ROW / 2, "ref": f"{key}-f{n}", "color": COLORS[f.severity],
            "tip": _finding_title(f, msg), "label": _short(f.rule), "due": due, "late": late, "note": note,
            "start": x(start + 0.5) if start is not None else None,
            "notice": x(f.actual + 0.5) if f.actual is not None else None,
            "label_x": due + 6 if room_right else due - 6, "anchor": "start" if room_right else "end"})
    return rows


def _timeline(d: DocumentReport, key: str, msg: Messages = ENGLISH) -> dict[str, Any] | None:
    """What the timeline template draws; None when there is no date to draw."""
    dom = _domain(d)
    if dom is None:
        return None
    x = _Scale(*dom)
    events = sorted(d.events, key=lambda e: (e.earliest if e.earliest is not None else e.latest or 0, int(e.id[1:])))
    rows = _event_rows(events, _troubled(d), key, x, msg)
    deadlines = _deadline_rows(d, key, len(events), x, msg)
    centre = {ev.id: (row["centre"], row["y"]) for ev, row in zip(events, rows) if row["shape"] != "undated"}
    height = TOP + (len(events) + (len(deadlines) + 1 if deadlines else 0)) * ROW + 30
    return {"path": d.path, "width": W, "height": height, "row": ROW, "top": TOP, "x0": x.x0, "x1": x.x1,
            "ticks": [(x(day), text) for day, text in _ticks(x.lo, x.hi - 1)], "events": rows,
            "links": _links(d, key, centre, msg), "deadlines": deadlines, "deadlines_y": TOP + len(events) * ROW + ROW / 2}


def _counts(findings: Iterable[Finding], msg: Messages = ENGLISH) -> str:
    return counts(msg, list(findings))


def _deadline_table(d: DocumentReport, msg: Messages = ENGLISH) -> list[dict[str, str]]:
    """The deadline table's rows as the report shows them: rule, citation, trigger, notice, status, counting."""
    from .deadlines import status, trigger_text

    return [{"rule": r.rule, "citation": r.citation, "trigger": trigger_text(r),
             "notice": str(iso(r.actual.lo)) if r.actual is not None and r.actual.lo == r.actual.hi else "-",
             "status": status(r, msg), "counting": r.counting} for r in d.deadlines]


def _document(d: DocumentReport, n: int, msg: Messages = ENGLISH) -> dict[str, Any]:
    key = f"d{n}"
    return {"report": d, "key": key, "date": iso(d.reference_date) or msg._("not stated"),
            "regimes": ", ".join(r.name for r in d.regimes) or msg._("none"), "counts": _counts(d.findings, msg),
            "timeline": _timeline(d, key, msg), "findings": _finding_items(d, key, msg), "deadlines": _deadline_table(d, msg),
            "runs": _text_runs(d, key, msg) if d.text else []}


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
