"""One self-contained HTML page: each text with its events and findings highlighted in place,
the list of findings, and the timeline drawn as inline SVG.

Nothing is fetched: the CSS and the few lines of JS are inline, and a Content Security
Policy allows only this page's own script (by hash), so a narrative that contains
``<script>`` or ``onerror=`` cannot run code even if some text escaped escaping. Every
piece of input text goes through ``html.escape``. Hover shows what a highlight is (the
``title`` tooltip); a click opens a panel with the details and marks every place that
belongs to the same event or finding. The same report gives the same bytes.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
from collections.abc import Iterable
from html import escape
import attrs

from .. import __version__
from ..model import DocumentReport, Event, Finding, Report, iso
from ..ruleset import RuleSet
from ..taxonomy import LABELS
from .sarif import offset_of, positions_are_offsets

SEVERITIES = ("error", "warning", "info")
RANK = {"info": 0, "warning": 1, "error": 2}
COLORS = {"error": "#c5221f", "warning": "#b06000", "info": "#5f6b7a"}
EVENT_COLOR = "#1a56c4"
TIMELINE_CATEGORIES = ("order", "conflict", "duration")

CSS = """
:root { --err: #c5221f; --warn: #b06000; --info: #5f6b7a; --ev: #1a56c4; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2328;
       background: #f6f7f9; }
header { background: #1f2933; color: #fff; padding: 14px 28px; display: flex; gap: 24px; align-items: baseline;
         flex-wrap: wrap; }
header h1 { font-size: 19px; margin: 0; font-weight: 600; }
header .summary { font-size: 14px; opacity: .9; }
main { max-width: 1180px; margin: 0 auto; padding: 16px 28px 80px; }
section.doc { background: #fff; border: 1px solid #d8dee4; border-radius: 8px; padding: 18px 22px; margin: 18px 0; }
section.doc > h2 { font-size: 17px; margin: 0 0 4px; word-break: break-all; }
.meta { color: #57606a; font-size: 13px; margin: 0 0 12px; }
h3 { font-size: 14px; text-transform: uppercase; letter-spacing: .04em; color: #57606a; margin: 18px 0 8px; }
.sev { display: inline-block; min-width: 62px; text-align: center; border-radius: 10px; font-size: 12px;
       font-weight: 600; color: #fff; padding: 0 8px; margin-right: 6px; }
.sev.error { background: var(--err); } .sev.warning { background: var(--warn); } .sev.info { background: var(--info); }
ol.findings { padding-left: 0; list-style: none; margin: 0; }
ol.findings li { border-left: 4px solid var(--info); padding: 6px 10px; margin: 6px 0; background: #f8f9fa;
                 cursor: pointer; border-radius: 0 6px 6px 0; }
ol.findings li.error { border-color: var(--err); } ol.findings li.warning { border-color: var(--warn); }
ol.findings li.sel { background: #fff6d5; }
table.deadlines { border-collapse: collapse; font-size: 14px; }
table.deadlines th, table.deadlines td { text-align: left; padding: 3px 8px; border-bottom: 1px solid #d0d7de; }
.rule { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 13px; }
.cite { color: #57606a; font-size: 13px; }
.where { color: #57606a; font-size: 13px; font-family: ui-monospace, Menlo, Consolas, monospace; }
.msg { margin-top: 2px; }
.dates { font-size: 13px; color: #57606a; }
blockquote { margin: 4px 0 0 0; padding-left: 10px; border-left: 2px solid #d8dee4; color: #57606a; font-size: 13px; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; font: 15px/1.75 Georgia, "Times New Roman", serif;
        background: #fcfcfd; border: 1px solid #e4e7eb; border-radius: 6px; padding: 14px 18px; margin: 0; }
.hl { cursor: pointer; border-radius: 2px; }
.hl.f-info { background: #e3ecf7; } .hl.f-warning { background: #fff0c2; } .hl.f-error { background: #fde0dd; }
.hl.ev { box-shadow: inset 0 -2px 0 var(--ev); color: #0b3d91; font-weight: 600; }
.hl.ev.bad { box-shadow: inset 0 -2px 0 var(--err); color: #8a1712; }
.hl.sel { background: #ffe27a; } .hl:focus { outline: 2px solid #f0b400; }
.pin { display: inline-block; font: 600 11px/16px system-ui, sans-serif; color: #fff; border-radius: 8px;
        padding: 0 5px; margin: 0 2px; vertical-align: 2px; text-decoration: none; cursor: pointer; }
.pin.error { background: var(--err); } .pin.warning { background: var(--warn); } .pin.info { background: var(--info); }
svg.timeline { width: 100%; height: auto; display: block; background: #fff; }
svg.timeline text { font: 12px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; fill: #1f2328; }
svg.timeline .axis text { fill: #57606a; font-size: 11px; }
svg.timeline [data-refs] { cursor: pointer; }
svg.timeline circle.sel, svg.timeline rect.sel, svg.timeline path.sel, svg.timeline line.sel,
svg.timeline g.sel circle { stroke: #f0b400; stroke-width: 3; }
svg.timeline text.sel { font-weight: 700; text-decoration: underline; }
.none { color: #57606a; font-style: italic; }
#panel { position: fixed; right: 18px; bottom: 18px; width: min(440px, calc(100vw - 36px)); max-height: 50vh;
         overflow: auto; background: #fff; border: 1px solid #afb8c1; border-radius: 8px;
         box-shadow: 0 6px 24px rgba(0,0,0,.18); padding: 10px 14px; font-size: 14px; }
#panel .close { float: right; border: 0; background: none; font-size: 18px; cursor: pointer; line-height: 1; }
.note + .note { border-top: 1px solid #e4e7eb; margin-top: 8px; padding-top: 8px; }
.legend { font-size: 13px; color: #57606a; margin: 6px 0 0; }
.legend span { margin-right: 14px; }
.sw.f-error { background: #fde0dd; } .sw.f-warning { background: #fff0c2; } .sw.f-info { background: #e3ecf7; }
.sw.ev { box-shadow: inset 0 -3px 0 var(--ev); }
.sw { display: inline-block; width: 14px; height: 10px; border-radius: 2px; vertical-align: middle; margin-right: 4px; }
"""

JS = """
(function () {
  var panel = document.getElementById('panel'), body = document.getElementById('panel-body');
  function clear() {
    var s = document.querySelectorAll('.sel');
    for (var i = 0; i < s.length; i++) s[i].classList.remove('sel');
  }
  function hide() { clear(); panel.hidden = true; }
  function show(refs, scroll) {
    clear();
    while (body.firstChild) body.removeChild(body.firstChild);
    var first = null;
    refs.forEach(function (ref) {
      var note = document.getElementById('note-' + ref);
      if (note) { var c = note.cloneNode(true); c.removeAttribute('id'); c.hidden = false; body.appendChild(c); }
      var all = document.querySelectorAll('[data-refs~="' + ref + '"]');
      for (var i = 0; i < all.length; i++) {
        all[i].classList.add('sel');
        if (!first && all[i].closest('.text')) first = all[i];
      }
    });
    panel.hidden = !body.firstChild;
    if (scroll && first) first.scrollIntoView({block: 'center', behavior: 'smooth'});
  }
  document.addEventListener('click', function (e) {
    if (e.target.closest('#panel')) { if (e.target.closest('.close')) hide(); return; }
    var t = e.target.closest('[data-refs]');
    if (!t) { hide(); return; }
    e.preventDefault();
    show(t.getAttribute('data-refs').split(' '), !t.closest('.text'));
  });
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Escape') hide();
    if (e.key === 'Enter' && e.target.getAttribute && e.target.getAttribute('data-refs'))
      show(e.target.getAttribute('data-refs').split(' '), !e.target.closest('.text'));
  });
})();
"""


def _csp() -> str:
    digest = base64.b64encode(hashlib.sha256(JS.encode()).digest()).decode()
    return (f"default-src 'none'; script-src 'sha256-{digest}'; style-src 'unsafe-inline'; img-src data:; "
            "base-uri 'none'; form-action 'none'")


def _e(text: object) -> str:
    return escape(str(text), quote=True)


def _kind(kind: str) -> str:
    text = LABELS.get(kind, kind.replace("_", " "))
    text = text[4:] if text.startswith("the ") else text
    return text[:1].upper() + text[1:]


def _dates(ev: Event) -> str:
    lo, hi = iso(ev.earliest), iso(ev.latest)
    if lo is None and hi is None:
        return "undated"
    if lo == hi:
        return str(lo)
    return f"{lo or '…'} to {hi or '…'}"


@attrs.frozen
class _Mark:
    start: int
    end: int
    ref: str
    css: str  # "ev", "ev bad", or "f-<severity>"
    title: str


def _finding_title(f: Finding) -> str:
    cite = f" [{f.citation}]" if f.citation else ""
    return f"{f.severity} {f.rule}{cite}: {f.message}"


def _highlighted(text: str, marks: list[_Mark], pins: dict[int, list[tuple[str, str, str, int]]]) -> str:
    """The text, escaped, with each run of characters wrapped in one span per set of marks covering it."""
    bounds = {0, len(text), *pins}
    for m in marks:
        bounds.update((m.start, m.end))
    cuts = sorted(b for b in bounds if 0 <= b <= len(text))
    out: list[str] = []
    for i, a in enumerate(cuts):
        for ref, sev, title, n in pins.get(a, []):
            out.append(f'<a class="pin {sev}" href="#{ref}" data-refs="{ref}" title="{_e(title)}" '
                       f'tabindex="0">{n}</a>')
        if i + 1 == len(cuts):
            break
        b = cuts[i + 1]
        covering = [m for m in marks if m.start <= a and b <= m.end]
        chunk = _e(text[a:b])
        if not covering:
            out.append(chunk)
            continue
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
        refs = " ".join(dict.fromkeys(m.ref for m in ordered))
        title = "\n".join(dict.fromkeys(m.title for m in ordered))
        out.append(f'<span class="{" ".join(classes)}" data-refs="{refs}" title="{_e(title)}">{chunk}</span>')
    return "".join(out)


def _troubled(d: DocumentReport) -> dict[str, str]:
    """Event id -> the worst severity of an order, conflict or duration finding that names it."""
    out: dict[str, str] = {}
    for f in d.findings:
        if f.category in TIMELINE_CATEGORIES and f.severity != "info":
            for e in f.events:
                if e not in out or RANK[f.severity] > RANK[out[e]]:
                    out[e] = f.severity
    return out


def _text_block(d: DocumentReport, key: str) -> str:
    if not d.text:
        return '<p class="none">The text of this document is not part of the report.</p>'
    bad = _troubled(d)
    marks: list[_Mark] = []
    for ev in d.events:
        spans = {(m.timex.start, m.timex.end) for m in ev.mentions if m.timex.end > m.timex.start}
        if ev.end > ev.start:
            spans.add((ev.start, ev.end))
        for s, e in sorted(spans):
            marks.append(_Mark(s, e, f"{key}-{ev.id}", "ev bad" if ev.id in bad else "ev",
                               f"{ev.id} {_kind(ev.kind)} ({ev.kind}): {_dates(ev)}"))
    starts = [0] + [i + 1 for i, ch in enumerate(d.text) if ch == "\n"]
    direct = positions_are_offsets(d)
    pins: dict[int, list[tuple[str, str, str, int]]] = {}
    for n, f in enumerate(d.findings, 1):
        ref = f"{key}-f{n}"
        for q in f.evidence:
            if q.end > q.start:
                marks.append(_Mark(q.start, q.end, ref, f"f-{f.severity}", _finding_title(f)))
        at = offset_of(d.text, starts, f.line, f.column) if direct else None
        if at is None:  # lines and columns of another file (DOCX, PDF, HTML): the quote that starts before it
            before = [q for q in f.evidence if (q.line, q.column) <= (f.line, f.column)]
            at = max(before, key=lambda q: (q.line, q.column)).start if before else (
                f.evidence[0].start if f.evidence else None)
        if at is not None:
            pins.setdefault(at, []).append((ref, f.severity, _finding_title(f), n))
    return f'<pre class="text">{_highlighted(d.text, marks, pins)}</pre>'


def _findings_block(d: DocumentReport, key: str) -> str:
    if not d.findings:
        return '<p class="none">No findings: nothing in this timeline is impossible or late.</p>'
    items = []
    for n, f in enumerate(d.findings, 1):
        ref = f"{key}-f{n}"
        cite = f' <span class="cite">[{_e(f.citation)}]</span>' if f.citation else ""
        dates = []
        if f.due is not None:
            dates.append(f"due {iso(f.due)}")
        if f.actual is not None:
            dates.append(f"done {iso(f.actual)}")
        if f.events:
            dates.append("events " + ", ".join(f.events))
        extra = f'<div class="dates">{_e("; ".join(dates))}</div>' if dates else ""
        quotes = "" if d.text else "".join(
            f"<blockquote>{q.line}:{q.column} {_e(' '.join(q.text.split()))}</blockquote>" for q in f.evidence)
        items.append(
            f'<li id="{ref}" class="{f.severity}" data-refs="{ref}" tabindex="0">'
            f'<span class="pin {f.severity}">{n}</span><span class="sev {f.severity}">{f.severity}</span>'
            f'<span class="rule">{_e(f.rule)}</span>{cite} '
            f'<span class="where">{f.line}:{f.column}</span>'
            f'<div class="msg">{_e(f.message)}</div>{extra}{quotes}</li>')
    return f'<ol class="findings">{"".join(items)}</ol>'


def _notes(d: DocumentReport, key: str) -> str:
    """Hidden details the panel shows on a click: one per event, one per finding."""
    out = []
    for ev in d.events:
        out.append(f'<div class="note" id="note-{key}-{ev.id}" hidden><strong>{_e(ev.id)} · {_e(_kind(ev.kind))}</strong> '
                   f'<span class="rule">{_e(ev.kind)}</span><br>{_e(_dates(ev))} '
                   f'<span class="where">{ev.line}:{ev.column}</span><br>« {_e(" ".join(ev.text.split()))} »</div>')
    for n, f in enumerate(d.findings, 1):
        cite = f' <span class="cite">[{_e(f.citation)}]</span>' if f.citation else ""
        out.append(f'<div class="note" id="note-{key}-f{n}" hidden><span class="sev {f.severity}">{f.severity}</span>'
                   f'<span class="rule">{_e(f.rule)}</span>{cite}<div class="msg">{_e(f.message)}</div></div>')
    return "".join(out)


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


def _svg_title(text: str) -> str:
    return f"<title>{_e(text)}</title>"


def _timeline(d: DocumentReport, key: str) -> str:
    dom = _domain(d)
    if dom is None:
        return '<p class="none">No dated events to draw.</p>'
    lo, hi = dom
    x0, x1 = LABEL_W, W - PAD_R

    def x(day: float) -> float:
        return round(x0 + (day - lo) * (x1 - x0) / (hi - lo), 1)

    bad = _troubled(d)
    by_id = {ev.id: ev for ev in d.events}
    events = sorted(d.events, key=lambda e: (e.earliest if e.earliest is not None else e.latest or 0, int(e.id[1:])))
    deadlines = [(n, f) for n, f in enumerate(d.findings, 1) if f.category in ("deadline", "missing") and f.due]
    rows = len(events) + (len(deadlines) + 1 if deadlines else 0)
    height = TOP + rows * ROW + 30
    parts: list[str] = []
    # axis
    parts.append('<g class="axis">')
    for day, text in _ticks(lo, hi - 1):
        xx = x(day)
        parts.append(f'<line x1="{xx}" y1="{TOP - 10}" x2="{xx}" y2="{height - 24}" stroke="#eaeef2"/>'
                     f'<text x="{xx}" y="{TOP - 16}" text-anchor="middle">{_e(text)}</text>')
    parts.append(f'<line x1="{x0}" y1="{TOP - 10}" x2="{x1}" y2="{TOP - 10}" stroke="#8c959f"/></g>')
    centre: dict[str, tuple[float, float]] = {}
    for i, ev in enumerate(events):
        y = TOP + i * ROW + ROW / 2
        ref = f"{key}-{ev.id}"
        color = COLORS[bad[ev.id]] if ev.id in bad else EVENT_COLOR
        label = f"{ev.id}  {_kind(ev.kind)}"
        short = label if len(label) <= 34 else label[:33] + "…"
        tip = _svg_title(f"{ev.id} {_kind(ev.kind)}: {_dates(ev)} — « {' '.join(ev.text.split())} »")
        if i % 2 == 0:
            parts.append(f'<rect x="0" y="{y - ROW / 2}" width="{W}" height="{ROW}" fill="#f6f8fa"/>')
        parts.append(f'<text x="8" y="{y + 4}" data-refs="{ref}" fill="{color}">{tip}{_e(short)}</text>')
        e_lo, e_hi = ev.earliest, ev.latest
        if e_lo is not None and e_lo == e_hi:
            cx = x(e_lo + 0.5)
            parts.append(f'<circle cx="{cx}" cy="{y}" r="6" fill="{color}" data-refs="{ref}">{tip}</circle>')
            centre[ev.id] = (cx, y)
        elif e_lo is not None and e_hi is not None:
            a, b = x(e_lo), max(x(e_hi + 1), x(e_lo) + 4)
            parts.append(f'<rect x="{a}" y="{y - 6}" width="{round(b - a, 1)}" height="12" rx="4" fill="{color}" '
                         f'fill-opacity=".8" data-refs="{ref}">{tip}</rect>')
            centre[ev.id] = ((a + b) / 2, y)
        elif e_lo is not None or e_hi is not None:  # open on one side
            a, b = (x(e_lo), x1) if e_lo is not None else (x0, x(e_hi + 1))  # type: ignore[operator]
            parts.append(f'<rect x="{a}" y="{y - 6}" width="{round(b - a, 1)}" height="12" rx="4" fill="{color}" '
                         f'fill-opacity=".18" stroke="{color}" stroke-dasharray="4 3" data-refs="{ref}">{tip}</rect>')
            centre[ev.id] = (a if e_lo is not None else b, y)
        else:
            parts.append(f'<text x="{x0 + 6}" y="{y + 4}" fill="#8c959f" font-style="italic" data-refs="{ref}">'
                         f'{tip}undated</text>')
    # contradictions: a red link between the events each order/conflict/duration finding names
    for n, f in enumerate(d.findings, 1):
        if f.category not in TIMELINE_CATEGORIES or f.severity == "info":
            continue
        pts = [centre[e] for e in f.events if e in centre]
        color = COLORS[f.severity]
        ref = f"{key}-f{n}"
        tip = _svg_title(_finding_title(f))
        for (ax, ay), (bx, by) in zip(pts, pts[1:]):
            bend = max(ax, bx) + 36
            parts.append(f'<path d="M{ax} {ay} C{bend} {ay} {bend} {by} {bx} {by}" fill="none" stroke="{color}" '
                         f'stroke-width="2.5" stroke-dasharray="6 4" data-refs="{ref}">{tip}</path>')
            mx, my = bend - 9, (ay + by) / 2
            parts.append(f'<g data-refs="{ref}"><circle cx="{mx}" cy="{my}" r="9" fill="{color}"/>'
                         f'<text x="{mx}" y="{my + 4}" text-anchor="middle" fill="#fff" font-weight="700">{n}</text>'
                         f'{tip}</g>')
        if len(pts) == 1:
            cx, cy = pts[0]
            parts.append(f'<circle cx="{cx}" cy="{cy}" r="10" fill="none" stroke="{color}" stroke-width="2.5" '
                         f'data-refs="{ref}">{tip}</circle>')
    # deadlines: the window from the trigger to the due day; the notice, when dated, as a diamond
    if deadlines:
        y = TOP + len(events) * ROW + ROW / 2
        parts.append(f'<line x1="0" y1="{y - ROW / 2 + 2}" x2="{W}" y2="{y - ROW / 2 + 2}" stroke="#d0d7de"/>'
                     f'<text x="8" y="{y + 4}" fill="#57606a" font-weight="600">Deadlines</text>')
        for j, (n, f) in enumerate(deadlines, 1):
            y = TOP + (len(events) + j) * ROW + ROW / 2
            ref = f"{key}-f{n}"
            color = COLORS[f.severity]
            tip = _svg_title(_finding_title(f))
            short = f.rule if len(f.rule) <= 34 else f.rule[:33] + "…"
            parts.append(f'<text x="8" y="{y + 4}" fill="{color}" data-refs="{ref}">{tip}{_e(short)}</text>')
            trigger = by_id.get(f.events[0]) if f.events else None
            start = trigger.latest if trigger is not None else None
            due = x((f.due or 0) + 1)
            if start is not None:
                a = x(start + 0.5)
                parts.append(f'<line x1="{a}" y1="{y}" x2="{due}" y2="{y}" stroke="{color}" stroke-width="3" '
                             f'stroke-opacity=".45" data-refs="{ref}">{tip}</line>')
            parts.append(f'<line x1="{due}" y1="{y - 9}" x2="{due}" y2="{y + 9}" stroke="{color}" stroke-width="3" '
                         f'data-refs="{ref}">{tip}</line>')
            note = f"due {iso(f.due)}" + ("" if f.actual is not None else ", no date stated")
            if f.actual is not None:
                ax = x(f.actual + 0.5)
                parts.append(f'<path d="M{ax} {y - 8} L{ax + 8} {y} L{ax} {y + 8} L{ax - 8} {y} Z" fill="{color}" '
                             f'data-refs="{ref}">{tip}</path>')
                if f.actual > (f.due or 0):
                    note = f"due {iso(f.due)}, missed by {f.actual - (f.due or 0)} days"
                    parts.append(f'<line x1="{due}" y1="{y}" x2="{ax}" y2="{y}" stroke="{color}" stroke-width="2" '
                                 f'stroke-dasharray="3 3" data-refs="{ref}">{tip}</line>')
            # the label goes on the side of the due line with room for it
            room_right = x1 - due > 190 and (f.actual is None or f.actual <= (f.due or 0))
            lx, anchor = (due + 6, "start") if room_right else (due - 6, "end")
            parts.append(f'<text x="{lx}" y="{y - 4}" fill="{color}" font-size="11" text-anchor="{anchor}" '
                         f'stroke="#fff" stroke-width="3" paint-order="stroke">'
                         f'{_e(note)}</text>')
    legend_y = height - 8
    parts.append(f'<text x="8" y="{legend_y}" fill="#57606a" font-size="11">● one day   ▬ possible days '
                 f'(earliest to latest)   ╌ red link: dates that cannot all be true   | due day   ◆ notice given</text>')
    return (f'<svg class="timeline" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {W} {height}" role="img" '
            f'aria-label="Timeline of {_e(d.path)}">{"".join(parts)}</svg>')


def _counts(findings: Iterable[Finding]) -> str:
    fs = list(findings)
    parts = [f"{sum(f.severity == s for f in fs)} {s}{'s' if s != 'info' and sum(f.severity == s for f in fs) != 1 else ''}"
             for s in SEVERITIES]
    return f"{len(fs)} finding{'s' * (len(fs) != 1)} ({', '.join(parts)})"


def _deadlines_block(d: DocumentReport) -> str:
    """The deadline table: each applicable deadline rule, its trigger, the notice's date, the verdict and the counting."""
    from .deadlines import status, trigger_text

    if not d.deadlines:
        return '<p class="none">No deadline rule applies.</p>'
    head = "".join(f"<th>{h}</th>" for h in ("rule", "citation", "trigger", "notice", "status", "counting"))
    body = "".join(
        f'<tr><td class="rule">{_e(r.rule)}</td><td>{_e(r.citation)}</td><td>{_e(trigger_text(r))}</td>'
        f"<td>{_e(iso(r.actual.lo) if r.actual is not None and r.actual.lo == r.actual.hi else '-')}</td>"
        f"<td>{_e(status(r))}</td><td>{_e(r.counting)}</td></tr>" for r in d.deadlines)
    return f'<table class="deadlines"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def _document(d: DocumentReport, n: int) -> str:
    key = f"d{n}"
    regimes = ", ".join(r.name for r in d.regimes) or "none"
    meta = (f"language {_e(d.language)} · text date {_e(iso(d.reference_date) or 'not stated')} · "
            f"regimes {_e(regimes)} · {len(d.events)} events · {_e(_counts(d.findings))}")
    legend = ('<p class="legend"><span><span class="sw f-error"></span>error evidence</span>'
              '<span><span class="sw f-warning"></span>warning evidence</span>'
              '<span><span class="sw f-info"></span>info evidence</span>'
              '<span><span class="sw ev"></span>event date</span>'
              '<span>hover for details, click to see every place involved</span></p>')
    return (f'<section class="doc" id="{key}"><h2>{_e(d.path)}</h2><p class="meta">{meta}</p>'
            f"<h3>Timeline</h3>{_timeline(d, key)}"
            f"<h3>Findings</h3>{_findings_block(d, key)}"
            f"<h3>Deadlines</h3>{_deadlines_block(d)}"
            f"<h3>Text</h3>{legend}{_text_block(d, key)}{_notes(d, key)}</section>")


def render(report: Report, rules: RuleSet | None = None) -> str:
    """The whole report as one HTML page (deterministic: same input, same bytes)."""
    docs = "".join(_document(d, n) for n, d in enumerate(report.documents, 1))
    problems = "".join(f'<p class="none">Not checked: {_e(p.message)}</p>' for p in report.problems)
    files = len(report.documents)
    all_findings = [f for d in report.documents for f in d.findings]
    summary = f"{_counts(all_findings)} in {files} file{'s' * (files != 1)}"
    title = "timeline-check: " + (report.documents[0].path if files == 1 else f"{files} files")
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{_e(_csp())}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_e(title)}</title><style>{CSS}</style></head>\n<body>"
        f'<header><h1>timeline-check report</h1><span class="summary">{_e(summary)} · '
        f"timeline-check {_e(__version__)}</span></header>\n<main>{problems}{docs}</main>\n"
        '<div id="panel" hidden><button class="close" type="button" aria-label="Close">×</button>'
        '<div id="panel-body"></div></div>\n'
        f"<script>{JS}</script>\n</body></html>\n"
    )

