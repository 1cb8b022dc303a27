"""The HTML report as an editor reads it (issue 18 §4): findings by severity then place, an axis
broken where a date lies years from the rest, Markdown shown rendered with its highlights on the
right words, labels never cut off, undated and doubtful events marked, the evidence of a
downgrade highlighted. The geometry is checked in the page as Chromium lays it out, when
Chromium is installed; what the markup alone shows is checked without it.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from pathlib import Path

import pytest

from test_report_formats import PROBE_HEAD, _chromium, _console, needs_chromium
from timeline_check import check_path
from timeline_check.engine import check_text
from timeline_check.model import DocumentReport, Event, Finding, Report
from timeline_check.report import html
from timeline_check.report.markdown_view import markup
from timeline_check.report.timeline_axis import scale, ticks

# An order error, a late notice and an info, where the info comes first in the text.
MIXED = """Crestline Eye Center reports a breach

Crestline Eye Center discovered on March 11, 2024 that an attacker had read its appointment records. The outside review of the incident was completed on March 4, 2024.

Patients received letters on July 30, 2024.
"""

# The first use of a stolen login, five years before the weeks of the incident.
BACKGROUND = """Harlow Credit Union notice

A later review found that an unknown party first used a contractor's login on May 3, 2019. Harlow Credit Union discovered the intrusion on October 7, 2024, and contained it on October 9, 2024. Members were notified by mail on November 15, 2024.
"""

# Told without a date, and told late: the miss is a warning, and the undated sentence says why.
UNDATED = """A checkout page incident at Lindell Outdoor Supply

On February 6, 2024, Lindell Outdoor Supply discovered that its checkout page had been altered. The change was made on January 30, 2024.

Lindell has informed the customers whose cards were used. Letters were mailed to customers on June 14, 2024.
"""

# Markdown: headings, strong and emphasis around the dates the report must highlight.
MARKDOWN = """# Oakridge Library: a __members' data__ incident

## What happened

On **September 9, 2024**, Oakridge Library *discovered* that a volunteer laptop had been stolen.
The library notified members by email on *October 2, 2024*.

Setext heading of the notes
---------------------------

See the [library's page](https://example.org/2024/10/02) for details.
"""

# In French: a notice to the CNIL that names no day, and one date without its year.
FRENCH = """Incident à la médiathèque de Valbonne

Le 14 mars 2024, la médiathèque de Valbonne a découvert qu'un ordinateur de prêt avait été volé.
La médiathèque a prévenu la CNIL. Les usagers concernés ont été informés le 2 avril.
"""


def _render(*docs: tuple[str, str], regimes: tuple[str, ...] = ()) -> tuple[Report, str]:
    report = Report(tuple(check_text(text, path=path, regimes=list(regimes)) for path, text in docs))
    return report, html.render(report)


# --- without a browser -----------------------------------------------------------------


def test_findings_are_ordered_by_severity_then_place():
    report, page = _render(("mixed.txt", MIXED), regimes=("hipaa",))
    found = re.findall(r'<li id="d1-f(\d+)" class="(error|warning|info)".*?<span class="where">(\d+):(\d+)</span>', page)
    assert [int(n) for n, *_ in found] == list(range(1, len(found) + 1))
    severities = [s for _, s, _, _ in found]
    assert {"error", "info"} <= set(severities)
    rank = {"error": 0, "warning": 1, "info": 2}
    keys = [(rank[s], int(line), int(col)) for _, s, line, col in found]
    assert keys == sorted(keys)
    # the text order is not the severity order here: an info stands before an error
    places = [(f.line, f.column, f.severity) for f in report.documents[0].findings]
    assert places != sorted(places, key=lambda p: rank[p[2]])


def test_pins_and_notes_follow_the_same_numbers():
    """Finding n on the list is pin n in the text and note n of the panel."""
    report, page = _render(("mixed.txt", MIXED), regimes=("hipaa",))
    by_severity = html.by_severity(report.documents[0].findings)
    for n, f in enumerate(by_severity, 1):
        note = re.search(rf'<div class="note" id="note-d1-f{n}" hidden><span class="sev (\w+)">.*?<span class="rule">([^<]+)</span>', page)
        assert note and note.groups() == (f.severity, f.rule)
        assert re.search(rf'<a class="pin {f.severity}" href="#d1-f{n}"', page)


def test_an_axis_is_broken_where_a_date_lies_years_away():
    _, page = _render(("harlow.txt", BACKGROUND))
    assert page.count('<g class="break">') == 1
    assert re.search(r'<g class="break">.*?<text[^>]*>5 years</text>', page)
    dots = {m[2]: float(m[1]) for m in re.finditer(r'<circle (?:class="doubtful" )?cx="([\d.]+)" cy="[^"]+" r="\d"[^>]*data-refs="d1-(E\d)"', page)}
    report = check_text(BACKGROUND)
    day = {e.id: e.earliest for e in report.events}
    first, last = min(day, key=day.__getitem__), max(day, key=day.__getitem__)
    incident = sorted((day[e], dots[e]) for e in dots if e != first)
    # the 39 days from discovery to the letters take a readable part of the drawing, not 14 px
    assert incident[-1][1] - incident[0][1] > 300
    assert dots[first] < dots[last]


@pytest.mark.parametrize("days, stretches", [
    ([0, 10, 40], 1),  # close together: one stretch
    ([0, 2000, 2010, 2050], 2),  # one date years before the rest
    ([0, 1400, 2900, 2910, 2950], 3),  # two background dates, each years apart
    ([0, 300, 600, 900], 1),  # spread evenly: no gap stands out
])
def test_the_scale_cuts_only_the_long_gaps_and_keeps_order(days, stretches):
    x = scale(days, 100, 850)
    assert len(x.stretches) == stretches
    assert len(x.breaks()) == stretches - 1
    xs = [x(d) for d in range(days[0] - 5, days[-1] + 5, 7)]
    assert xs == sorted(xs) and 100 <= x(days[0]) and x(days[-1] + 1) <= 850


def test_ticks_stay_within_their_stretch_and_fit_its_width():
    for lo, hi, most in [(738000, 738006, 1), (738000, 738040, 3), (738000, 739500, 4), (738000, 738400, 9)]:
        out = ticks(lo, hi, most)
        assert 1 <= len(out) <= max(most, 1) and all(lo <= d <= hi for d, _ in out)


def test_markdown_marks_are_hidden_and_their_words_styled():
    text = MARKDOWN
    m = markup(text)
    hidden = "".join(text[a:b] for a, b in m.hidden)
    assert set(hidden.replace(" ", "").replace("\n", "")) <= set("#*_[]-")
    styled = {(text[a:b], c) for a, b, c in m.styled}
    assert {("What happened", "md-h2"), ("September 9, 2024", "md-strong"), ("discovered", "md-em"),
            ("October 2, 2024", "md-em"), ("Setext heading of the notes", "md-h2"), ("library's page", "md-link")} <= styled
    assert any(c == "md-h1" and "Oakridge Library" in t for t, c in styled)
    # a list bullet and a lone star are prose, not emphasis
    assert markup("* one item\n3 * 4 = 12\n").hidden == ()


def test_a_markdown_report_shows_no_raw_marks(tmp_path):
    md = tmp_path / "oakridge.md"
    md.write_text(MARKDOWN, encoding="utf-8")
    page = html.render(check_path(str(md)))
    text = re.search(r'<pre class="text md">(.*?)</pre>', page, re.S)
    assert text
    shown = re.sub(r"<[^>]+>", "", text.group(1))
    assert "**" not in shown and "##" not in shown and "__" not in shown and "](" not in shown
    assert '<span class="md-h2">What happened</span>' in text.group(1)
    assert re.search(r'<span class="hl ev[^"]*md-strong" data-refs="d1-E\d"[^>]*>September 9, 2024</span>', text.group(1))


def test_undated_and_doubtful_events_are_marked():
    _, page = _render(("valbonne.txt", FRENCH))
    # the notice to the CNIL has no date: an undated row, its words marked doubtful in the text
    # (a French text: its report is in French)
    assert re.search(r'<text class="label doubtful"[^>]*><title>[^<]*non daté[^<]*</title>Notification à l&#x27;autorité de contrôle \?</text>',
                     page)
    # (also the evidence of the info finding that the text mentions the notice without a date)
    assert re.search(r'<span class="hl[^"]* ev doubtful" data-refs="d1-u\d[^"]*"[^>]*>a prévenu</span>', page)
    # a day without its year is doubtful too
    assert re.search(r'<span class="hl ev doubtful" data-refs="d1-E\d"[^>]*title="[^"]*année non précisée[^"]*">2 avril</span>', page)
    assert '<span class="sw ev doubtful"></span>' in page


def test_the_evidence_of_a_downgrade_is_highlighted():
    report, page = _render(("lindell.txt", UNDATED), regimes=("hipaa",))
    (f,) = [f for f in report.documents[0].findings if f.rule == "hipaa/individual-notice"]
    assert f.severity == "warning" and f.excuses
    sentence = "Lindell has informed the customers whose cards were used."
    assert re.search(r'<span class="hl[^"]* excuse[^"]*" data-refs="[^"]*d1-f\d[^"]*"[^>]*>[^<]*' + re.escape(sentence[-20:]), page)
    assert f'<div class="excuses">Less severe because the text also says: <span class="excuse">« {sentence} »</span></div>' in page


def test_no_findings_is_never_said_beside_a_late_deadline():
    """Issue 15 as the page shows it: a row possibly missed comes with a finding in the list."""
    text = ("Birchwood Dental discovered an intrusion in April 2024. On April 22, 2024, the practice discovered another "
            "intrusion into a second server. Patients were notified by letter in June 2024.\n")
    _, page = _render(("birchwood.txt", text), regimes=("hipaa",))
    assert "<td>possibly missed</td>" in page
    assert "No findings" not in page and '<li id="d1-f1" class="warning"' in page


def _labelled() -> Report:
    """A report whose event kinds and rule ids are far longer than any the taxonomy has."""
    long_kind = "notification_of_the_supervisory_authority_of_the_member_state_concerned"
    events = (Event("E1", "discovery", 738950, 738950, "March 3, 2024", 0, 13, 1, 1),
              Event("E2", long_kind, 739000, 739000, "April 22, 2024", 20, 34, 1, 21),
              Event("E3", "notification_covered_entity", None, None, "", 40, 40, 1, 41))
    finding = Finding("some-regime/a-rule-id-that-goes-on-for-quite-a-long-while", "deadline", "warning",
                      "late", 1, 21, ("E1", "E2"), due=738980, actual=739000)
    return Report((DocumentReport("long.txt", "en", None, (), events, (finding,)),))


def test_no_label_is_shortened():
    page = html.render(_labelled())
    assert "…" not in re.sub(r"<title>.*?</title>", "", page)
    assert "E2  Notification of the supervisory authority of the member state concerned</text>" in page
    assert ">some-regime/a-rule-id-that-goes-on-for-quite-a-long-while</text>" in page


# --- in Chromium ----------------------------------------------------------------------------

# Lay the page out, then write what an editor would see into <body data-probe>.
MEASURE = """(function(){
var out={errors:window.__errors,labels:[],notes:[],findings:[],raw:[],md:[],events:[],excuses:[],breaks:[],doubtful:0};
document.querySelectorAll('svg.timeline').forEach(function(svg){
  var vb=svg.viewBox.baseVal, x0=+svg.querySelector('g.axis > line:last-of-type').getAttribute('x1');
  svg.querySelectorAll('text.label').forEach(function(t){var b=t.getBBox();out.labels.push([t.textContent,b.x,b.x+b.width,x0,vb.width]);});
  svg.querySelectorAll('text[font-size="11"][text-anchor]').forEach(function(t){var b=t.getBBox();out.notes.push([t.textContent,b.x,b.x+b.width,vb.width]);});
  svg.querySelectorAll('g.break').forEach(function(g){var r=g.getBoundingClientRect();out.breaks.push([g.textContent,r.width,r.height]);});
});
document.querySelectorAll('ol.findings li').forEach(function(li){out.findings.push([li.closest('section').id,li.className.split(' ')[0],li.querySelector('.where').textContent]);});
document.querySelectorAll('pre.text').forEach(function(p){out.raw.push(p.innerText);});
document.querySelectorAll('pre.text [class*="md-"]').forEach(function(s){out.md.push([s.className,s.textContent,getComputedStyle(s).fontWeight,getComputedStyle(s).fontSize]);});
document.querySelectorAll('pre.text .hl.ev').forEach(function(s){out.events.push([s.getAttribute('data-refs').split(' ')[0],s.textContent,s.classList.contains('doubtful')]);});
document.querySelectorAll('pre.text .hl.excuse').forEach(function(s){out.excuses.push([s.textContent,getComputedStyle(s).outlineStyle]);});
out.doubtful=document.querySelectorAll('svg.timeline text.label.doubtful').length;
document.body.setAttribute('data-probe',JSON.stringify(out));})();"""


def _probe(tmp: Path, page: str) -> dict:
    """The page in Chromium with the measuring script allowed by the page's own CSP."""
    digests = [base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() for s in (PROBE_HEAD, MEASURE)]
    page = page.replace("script-src &#x27;", "script-src " + "".join(f"&#x27;sha256-{d}&#x27; " for d in digests) + "&#x27;")
    page = page.replace("<style>", f"<script>{PROBE_HEAD}</script><style>", 1)
    page = page.replace("</body>", f"<script>{MEASURE}</script></body>")
    path = tmp / "probe.html"
    path.write_text(page, encoding="utf-8")
    done = _chromium(tmp, path.as_uri(), "--window-size=1280,2000", "--dump-dom")
    found = re.search(r'data-probe="([^"]*)"', done.stdout)
    assert found, done.stderr[-2000:]
    assert _console(done.stderr) == [], "\n".join(_console(done.stderr))
    return json.loads(found.group(1).replace("&quot;", '"').replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"))


@pytest.mark.slow
@needs_chromium
def test_chromium_shows_what_an_editor_needs(tmp_path):
    md = tmp_path / "oakridge.md"
    md.write_text(MARKDOWN, encoding="utf-8")
    texts = {"mixed.txt": MIXED, "harlow.txt": BACKGROUND, "lindell.txt": UNDATED, "valbonne.txt": FRENCH}
    docs = [check_text(t, path=p, regimes=["hipaa"] if p in ("mixed.txt", "lindell.txt") else []) for p, t in texts.items()]
    report = Report((*docs, *check_path(str(md)).documents, *_labelled().documents))
    seen = _probe(tmp_path, html.render(report))
    assert seen["errors"] == []

    # labels: all inside the picture, none running into the drawing; deadline notes inside too
    assert seen["labels"]
    for label, left, right, x0, width in seen["labels"]:
        assert 0 <= left and right <= x0 - 2, (label, left, right, x0)
    for note, left, right, width in seen["notes"]:
        assert 0 <= left and right <= width, (note, left, right, width)

    # findings: per document, errors, then warnings, then info, each by line and column
    rank = {"error": 0, "warning": 1, "info": 2}
    lists: dict[str, list[tuple[int, int, int]]] = {}
    for doc, severity, where in seen["findings"]:
        lists.setdefault(doc, []).append((rank[severity], *map(int, where.split(":"))))
    assert max(len(k) for k in lists.values()) > 2 and all(k == sorted(k) for k in lists.values()), lists

    # the axis break is drawn and visible
    assert [b[0] for b in seen["breaks"]] == ["5 years"] and seen["breaks"][0][2] > 100

    # Markdown is rendered: no raw marks, headings larger and bold, emphasis styled
    shown = next(t for t in seen["raw"] if "Oakridge" in t)
    assert "**" not in shown and "##" not in shown and "](" not in shown and "What happened" in shown
    styles = {cls.split()[-1] if cls.startswith("hl") else cls: (text, weight, size) for cls, text, weight, size in seen["md"]}
    assert styles["md-h2"][1] == "700" and float(styles["md-h2"][2][:-2]) > 15
    # ...and the highlights sit on the dates, not shifted by the hidden marks
    oak = next(d for d in report.documents if d.path.endswith("oakridge.md"))
    dated = {f"d5-{e.id}": e.text for e in oak.events}
    on_dates = [(ref, text) for ref, text, _ in seen["events"] if ref in dated]
    assert len(on_dates) >= 2 and all(text and text in dated[ref] for ref, text in on_dates), (on_dates, dated)

    # undated and doubtful events: marked in the timeline and in the text
    assert seen["doubtful"] >= 3
    assert any(doubtful and text == "a prévenu" for _, text, doubtful in seen["events"])

    # the undated mention that lowered the Lindell miss to a warning is outlined
    assert any("Lindell has informed" in text and style == "dotted" for text, style in seen["excuses"])
