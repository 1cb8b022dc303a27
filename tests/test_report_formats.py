"""The sarif, github and html reporters, and the CLI's --format choices for them.

SARIF is validated against the OASIS 2.1.0 schema (tests/data); the HTML report is
checked for escaping statically, and, when Chromium is installed, rendered headless to
see that the highlights and the timeline are in the DOM, that the page logs no console
message, that its own script works, and that script in the narrative does not run.

``python tests/test_report_formats.py docs/report.png`` redraws the README screenshot.
"""

from __future__ import annotations

import base64
import hashlib
import json
from html import escape
import re
import shutil
import subprocess
import sys
import tempfile
from html.parser import HTMLParser
from pathlib import Path

import attrs
import pytest
from click.testing import CliRunner

from timeline_check import __version__
from timeline_check.cli import cli
from timeline_check.engine import check_text
from timeline_check.evidence import label
from timeline_check.model import DocumentReport, Evidence, Finding, InputProblem, Report, iso
from timeline_check.report import github, html, sarif
from timeline_check.report import json as json_report
from timeline_check.ruleset import load_rules

HERE = Path(__file__).resolve().parent
SCHEMA = HERE / "data" / "sarif-schema-2.1.0.json"
SEED = HERE.parent.parent / "shared" / "seeds" / "healthec-fr.txt"
CHROMIUM = Path("/usr/bin/chromium")

# A clinic whose discovery comes after the end of its investigation, and whose notices are late.
EN = """Riverside Clinic reports a data incident

Riverside Clinic, a regional health provider with about 12,000 patients, says an intruder had access to its scheduling server between January 8 and January 19, 2024.

On February 12, 2024, the clinic discovered that patient names and dates of birth had been copied. The server was contained in late February 2024. An outside firm completed its investigation on February 2, 2024.

Letters were mailed to affected patients on May 3, 2024. The clinic reported the breach to HHS on May 10, 2024.
"""

# A town hall whose inquiry ends before the intrusion is found.
FR = """Fuite de données à la mairie de Villeneuve

Le 3 mars 2024, la mairie de Villeneuve a découvert une intrusion dans son système de messagerie.
À la fin de l'enquête, le 28 février 2024, les techniciens ont constaté que des courriels avaient été copiés.
Les habitants concernés ont été informés le 2 avril 2024.
"""

# The same kind of story, carrying markup that must stay text.
HOSTILE = """Notice <script>alert(1)</script> from Harbor Dental

On March 4, 2024, Harbor Dental discovered <img src=x onerror=alert(1)> that a mailbox had been read.
The investigation ended on March 1, 2024 <b onmouseover="alert(2)">bold</b>.
"""


@pytest.fixture(scope="module")
def rules():
    return load_rules()


def _report(*docs: tuple[str, str]) -> Report:
    return Report(tuple(check_text(text, path=path) for path, text in docs))


@pytest.fixture(scope="module")
def examples() -> Report:
    return _report(("riverside.txt", EN), ("villeneuve.txt", FR))


# --- SARIF ------------------------------------------------------------------------------


def _validator():
    jsonschema = pytest.importorskip("jsonschema", reason="jsonschema is in the test extra: pip install -e .[test]")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def _assert_valid(text: str) -> dict:
    log = json.loads(text)
    errors = sorted(_validator().iter_errors(log), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:10])
    return log


def test_the_schema_is_the_reference_copy():
    """tests/data holds the same schema as the shared reference (when that is present)."""
    ref = HERE.parent.parent / "shared" / "reference" / "sarif-schema-2.1.0.json"
    if not ref.exists():
        pytest.skip(f"{ref} is absent (the shared materials are not next to this checkout)")
    assert SCHEMA.read_bytes() == ref.read_bytes()


@pytest.mark.parametrize("docs", [[("riverside.txt", EN)], [("villeneuve.txt", FR)],
                                  [("riverside.txt", EN), ("villeneuve.txt", FR)], [("hostile.txt", HOSTILE)]],
                         ids=["en", "fr", "both", "markup"])
def test_sarif_validates_against_the_schema(rules, docs):
    """Each example narrative gives a SARIF log the 2.1.0 schema accepts."""
    log = _assert_valid(sarif.render(_report(*docs), rules))
    assert log["version"] == "2.1.0"
    assert log["runs"][0]["results"], "the examples all have findings"


def test_sarif_of_the_seed_validates(rules):
    """The seed narrative of the project gives a valid SARIF log with its order error."""
    if not SEED.exists():
        pytest.skip(f"{SEED} is absent (the shared materials are not next to this checkout)")
    from timeline_check.engine import check_path

    log = _assert_valid(sarif.render(check_path(str(SEED)), rules))
    assert "order/discovery-after-investigation-end" in {r["ruleId"] for r in log["runs"][0]["results"]}


def test_sarif_empty_and_unreadable_inputs_validate(rules):
    """No findings, and a file that could not be read, still make valid logs."""
    log = _assert_valid(sarif.render(Report((), (InputProblem("gone.txt", "gone.txt: no such file or directory"),)), rules))
    inv = log["runs"][0]["invocations"][0]
    assert inv["executionSuccessful"] is False
    assert inv["toolExecutionNotifications"][0]["message"]["text"] == "gone.txt: no such file or directory"
    log = _assert_valid(sarif.render(_report(("calm.txt", "Nothing happened here.\n")), rules))
    assert log["runs"][0]["results"] == []
    assert log["runs"][0]["invocations"][0]["executionSuccessful"] is True


def test_sarif_driver_lists_every_rule(rules, examples):
    """tool.driver.rules is the whole rule set, with levels, descriptions, citations and sources."""
    driver = json.loads(sarif.render(examples, rules))["runs"][0]["tool"]["driver"]
    import timeline_check

    assert driver["name"] == "timeline-check"
    assert driver["version"] == timeline_check.__version__
    assert driver["informationUri"].startswith("https://")
    assert [r["id"] for r in driver["rules"]] == [r.id for r in rules.all_rules()]
    for entry, rule in zip(driver["rules"], rules.all_rules()):
        assert entry["defaultConfiguration"]["level"] == {"info": "note"}.get(rule.level, rule.level)
        assert entry["shortDescription"]["text"] and entry["fullDescription"]["text"]
        if getattr(rule, "citation", ""):
            assert rule.citation in entry["help"]["text"]
            assert rule.source in entry["help"]["text"]
            assert entry["helpUri"] == rule.source


def test_sarif_results_carry_locations_evidence_and_properties(rules, examples):
    """Each result points at its rule, its file and position; the other quotes are related locations."""
    run = json.loads(sarif.render(examples, rules))["runs"][0]
    ids = [r["id"] for r in run["tool"]["driver"]["rules"]]
    findings = [(d, f) for d in examples.documents for f in d.findings]
    assert len(run["results"]) == len(findings)
    for result, (d, f) in zip(run["results"], findings):
        assert ids[result["ruleIndex"]] == result["ruleId"] == f.rule
        assert result["level"] == {"info": "note"}.get(f.severity, f.severity)
        assert result["message"]["text"] == f.message
        loc = result["locations"][0]["physicalLocation"]
        assert loc["artifactLocation"]["uri"] == d.path
        assert loc["region"] == {"startLine": f.line, "startColumn": f.column}
        quoted = [loc["contextRegion"]["snippet"]["text"]] if "contextRegion" in loc else []
        quoted += [r["physicalLocation"]["region"]["snippet"]["text"] for r in result.get("relatedLocations", [])
                   if r["message"]["text"] == "evidence"]
        assert sorted(quoted) == sorted(e.text for e in f.evidence)
        excuses = [r["physicalLocation"]["region"]["snippet"]["text"] for r in result.get("relatedLocations", [])
                   if r["message"]["text"] == "lowers the severity"]
        assert excuses == [e.text for e in f.excuses]
        starts = [0] + [i + 1 for i, ch in enumerate(d.text) if ch == "\n"]
        for rel in result.get("relatedLocations", []):
            region = rel["physicalLocation"]["region"]
            at = sarif.offset_of(d.text, starts, region["startLine"], region["startColumn"])
            assert region["endLine"] == region["startLine"]  # one sentence, one line, in these examples
            assert d.text[at:at + region["endColumn"] - region["startColumn"]] == region["snippet"]["text"]
        props = result["properties"]
        assert props["category"] == f.category
        assert (props["regime"], props["citation"]) == (f.regime, f.citation)
    order = next(r for r in run["results"] if r["ruleId"] == "order/discovery-after-investigation-end")
    assert order["level"] == "error" and order["relatedLocations"]
    late = next(r for r in run["results"] if r["ruleId"] == "hipaa/individual-notice")
    assert {k: late["properties"][k] for k in ("category", "regime", "citation", "due", "actual")} == {
        "category": "deadline", "regime": "HIPAA", "citation": "45 CFR 164.404(b)", "due": "2024-04-12",
        "actual": "2024-05-03"}
    assert run["columnKind"] == "unicodeCodePoints"


def test_sarif_of_a_converted_source_gives_starts_only(rules, tmp_path):
    """For an HTML source, lines and columns are places in the file, not in the text: no end is guessed."""
    page = tmp_path / "notice.html"
    page.write_text("<html><body><p>On <b>March 4, 2024</b>, Harbor Dental discovered that a mailbox had been read."
                    " The investigation ended on March 1, 2024.</p></body></html>\n", encoding="utf-8")
    from timeline_check.engine import check_path

    report = check_path(str(page))
    assert report.documents and report.documents[0].findings, report.problems
    assert not sarif.positions_are_offsets(report.documents[0])
    log = _assert_valid(sarif.render(report, rules))
    regions = [rel["physicalLocation"]["region"] for r in log["runs"][0]["results"] for rel in r.get("relatedLocations", [])]
    assert regions and all("endColumn" not in g and g["snippet"]["text"] for g in regions)
    out = html.render(report, rules)
    assert out.count('<a class="pin') == len(report.documents[0].findings)
    assert _page(out).texts == [report.documents[0].text]


def test_sarif_uris():
    """Relative paths stay relative (percent-encoded); absolute ones become file:// URIs."""
    assert sarif.uri("notes/a b#1.txt") == "notes/a%20b%231.txt"
    assert sarif.uri("/srv/x y.txt") == "file:///srv/x%20y.txt"
    assert sarif.uri("<stdin>") == "%3Cstdin%3E"


@pytest.mark.parametrize("module", [sarif, github, html], ids=["sarif", "github", "html"])
def test_output_is_deterministic(rules, module):
    """Same input, same bytes (no timestamps, no set order)."""
    first = module.render(_report(("riverside.txt", EN), ("villeneuve.txt", FR)), rules)
    second = module.render(_report(("riverside.txt", EN), ("villeneuve.txt", FR)), rules)
    assert first == second


# --- GitHub workflow commands ------------------------------------------------------------

LINE = re.compile(r"^::(error|warning|notice) file=([^,:\r\n]*),line=(\d+),col=(\d+),title=([^,:\r\n]+)::([^\r\n]*)$")


def test_github_one_line_per_finding(rules, examples):
    """Each finding is a ::error/::warning/::notice line with file, line, col and the rule as title."""
    out = github.render(examples, rules)
    lines = out.splitlines()
    findings = [(d, f) for d in examples.documents for f in d.findings]
    assert len(lines) == len(findings) and out.endswith("\n")
    for line, (d, f) in zip(lines, findings):
        m = LINE.match(line)
        assert m, line
        assert m.groups() == ({"info": "notice"}.get(f.severity, f.severity), d.path, str(f.line), str(f.column),
                              f.rule, f.message)
    assert github.render(Report(()), rules) == ""


def test_github_escapes_as_the_toolkit_does(rules):
    """% CR LF in the message; also : and , in properties (actions/toolkit command.ts)."""
    f = Finding(rule="order/x", category="order", severity="info", message="50% done\r\nnext: a, b", line=2, column=3)
    report = Report((DocumentReport("C:\\d,1.txt", "en", None, (), (), (f,)),))
    assert github.render(report, rules) == (
        "::notice file=C%3A\\d%2C1.txt,line=2,col=3,title=order/x::50%25 done%0D%0Anext: a, b\n")
    assert github.escape_property("a%b:c,d\ne") == "a%25b%3Ac%2Cd%0Ae"


# --- HTML --------------------------------------------------------------------------------


class _Page(HTMLParser):
    """Every start tag with its attributes, the scripts' text, and the narrative text of each <pre>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self.texts: list[str] = []
        self._stack: list[str] = []
        self._pin = 0

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        classes = (dict(attrs).get("class") or "").split()
        if tag == "pre":
            self.texts.append("")
        if tag == "script":
            self.scripts.append("")
        if self._pin or (tag == "a" and "pin" in classes):
            self._pin += 1
        self._stack.append(tag)

    def handle_endtag(self, tag):
        if self._pin:
            self._pin -= 1
        if self._stack and self._stack[-1] == tag:
            self._stack.pop()

    def handle_data(self, data):
        if self._stack and self._stack[-1] == "script":
            self.scripts[-1] += data
        elif "pre" in self._stack and not self._pin:
            self.texts[-1] += data


def _page(text: str) -> _Page:
    p = _Page()
    p.feed(text)
    p.close()
    return p


def test_html_escapes_every_piece_of_input(rules):
    """Markup in the narrative and in the path stays text: no tag, no on* handler comes from the input."""
    report = _report(("<i>hostile</i>.txt", HOSTILE))
    assert report.documents[0].findings, "the hostile narrative must have findings so the highlights are exercised"
    out = html.render(report, rules)
    page = _page(out)
    assert [t for t, _ in page.tags if t in ("img", "b", "i")] == []
    assert [(t, k) for t, a in page.tags for k in a if k.startswith("on")] == []
    assert page.scripts == [html.JS], "the only script is the report's own"
    assert "<script>alert" not in out and "<img" not in out and "<b " not in out
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out
    assert "&lt;img src=x onerror=alert(1)&gt;" in out
    assert "&lt;i&gt;hostile&lt;/i&gt;.txt" in out


@pytest.mark.parametrize("text", [EN, FR, HOSTILE], ids=["en", "fr", "markup"])
def test_html_shows_the_whole_text(rules, text):
    """The <pre> of a document, read back as text without the finding numbers, is the text itself."""
    report = _report(("doc.txt", text))
    page = _page(html.render(report, rules))
    assert page.texts == [report.documents[0].text]


def test_html_highlights_events_and_findings(rules, examples):
    """Every event date and every evidence sentence is in a highlight that names it; the SVG has every event."""
    out = html.render(examples, rules)
    page = _page(out)
    refs = {r for _, a in page.tags for r in (a.get("data-refs") or "").split()}
    for n, d in enumerate(examples.documents, 1):
        for ev in d.events:
            assert f"d{n}-{ev.id}" in refs
        for k, f in enumerate(d.findings, 1):
            assert f"d{n}-f{k}" in refs
            assert f'id="note-d{n}-f{k}"' in out
    assert out.count('<svg class="timeline"') == 2
    # the discovery date, in the sentence of the order error, is marked as both
    order = next(k for k, f in enumerate(examples.documents[0].findings, 1) if f.category == "order")
    span = re.search(r'<span class="hl f-error ev bad" data-refs="([^"]*)"[^>]*>February 12, 2024</span>', out)
    assert span and {"d1-E3", f"d1-f{order}"} <= set(span.group(1).split())
    assert "missed by 21 days" in out  # the late notice to individuals on the timeline
    assert "https://" not in out.replace("http://www.w3.org/2000/svg", "")  # nothing to fetch


def test_html_without_text_still_lists_findings(rules):
    """A DocumentReport built without its text (the field's default) gives the findings and quotes."""
    f = Finding(rule="order/x", category="order", severity="error", message="m <b>", line=1, column=1,
                evidence=(Evidence(0, 5, 1, 1, "q <i>"),))
    out = html.render(Report((DocumentReport("a.txt", "en", None, (), (), (f,)),)), rules)
    assert "The text of this document is not part of the report." in out
    assert "q &lt;i&gt;" in out and "m &lt;b&gt;" in out


def test_sarif_and_html_carry_the_deadline_table(rules, examples):
    """The SARIF run holds each document's table, rows as in the JSON; the HTML shows the same counting."""
    log = json.loads(sarif.render(examples, rules))
    tables = log["runs"][0]["properties"]["deadlines"]
    doc = json.loads(json_report.render(examples))["documents"]
    assert [t["path"] for t in tables] == [d["path"] for d in doc]
    assert [t["rows"] for t in tables] == [d["deadlines"] for d in doc]
    assert tables[0]["rows"]  # Riverside: HIPAA rules apply
    page = html.render(examples, rules)
    for row in tables[0]["rows"]:
        assert escape(row["counting"]) in page


def test_business_day_and_hour_countings():
    """The counting words of a business-day rule (with its calendar days) and of an hours rule with a time of day."""
    from timeline_check.deadlines import counting
    from timeline_check.model import Interval

    rules = load_rules()
    sec = next(r for r in rules.all_rules() if getattr(r, "unit", "") == "business_days" and (r.holidays or "US") == "US")
    day = Interval(738000, 738000)
    due = 738000 + 6
    assert counting(sec, day, due) == (f"{sec.amount} business days (6 calendar days) after "
                                       f"{label(sec.trigger)} (US federal holidays); due {iso(due)}")
    gdpr = rules.versions("gdpr/authority-notice")[-1]
    assert counting(gdpr, day, 738003, 16 * 60 + 5) == f"72 hours after the discovery; due {iso(738003)} 16:05"
    assert counting(gdpr, None, None) == "72 hours after the discovery; starts at the discovery, which the text does not date"


def test_json_does_not_carry_the_text(examples):
    """The text field is for the HTML report; the JSON contract does not change."""
    out = json.loads(json_report.render(examples))
    assert all("text" not in d for d in out["documents"])


def test_html_csp_allows_only_the_report_script():
    """The Content Security Policy names the hash of the report's own script and nothing else runnable."""
    digest = base64.b64encode(hashlib.sha256(html.JS.encode()).digest()).decode()
    out = html.render(Report(()))
    assert f"script-src &#x27;sha256-{digest}&#x27;" in out
    assert "unsafe-inline&#x27;; img-src" in out and "script-src &#x27;unsafe" not in out


# --- CLI ---------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["sarif", "github", "html"])
def test_cli_formats(tmp_path, fmt):
    """--format sarif|github|html writes the format to stdout and keeps the exit codes."""
    (tmp_path / "riverside.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "calm.txt").write_text("Nothing happened here.\n", encoding="utf-8")
    runner = CliRunner()
    bad = runner.invoke(cli, ["check", "--format", fmt, str(tmp_path / "riverside.txt")])
    good = runner.invoke(cli, ["check", "--format", fmt, str(tmp_path / "calm.txt")])
    assert (bad.exit_code, good.exit_code) == (1, 0), bad.output
    if fmt == "sarif":
        _assert_valid(bad.output)
    elif fmt == "github":
        assert bad.output.startswith("::") and good.output == ""
    else:
        assert bad.output.startswith("<!DOCTYPE html>") and good.output.rstrip().endswith("</html>")


# --- headless Chromium ---------------------------------------------------------------------

# In a test copy only: record errors and CSP violations from the start, then click an event
# date and write what the page's own script did into <body data-probe>.
PROBE_HEAD = ("window.__errors=[];window.addEventListener('error',function(e){window.__errors.push('error: '+e.message)});"
              "document.addEventListener('securitypolicyviolation',function(e){window.__errors.push('csp: '+e.violatedDirective)});")
PROBE_END = ("var ev=document.querySelector('.text .hl.ev');ev.dispatchEvent(new MouseEvent('click',{bubbles:true}));"
             "var p=document.getElementById('panel');"
             "document.body.setAttribute('data-probe',JSON.stringify({errors:window.__errors,"
             "panel:!p.hidden,notes:p.querySelectorAll('.note').length,selected:document.querySelectorAll('.sel').length,"
             "title:document.title}));")


def _chromium(tmp: Path, url: str, *args: str) -> subprocess.CompletedProcess[str]:
    cmd = [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           f"--user-data-dir={tmp / 'profile'}", "--enable-logging=stderr", "--v=0", *args, url]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=60, check=False)


def _console(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if ":CONSOLE" in line]


needs_chromium = pytest.mark.skipif(
    not CHROMIUM.exists(), reason=f"{CHROMIUM} is not installed (apt-get install chromium); the headless test needs it")


@pytest.mark.slow
@needs_chromium
def test_chromium_renders_the_report(rules, tmp_path):
    """Chromium shows the highlights and the SVG, logs no console message, and runs no script from the text."""
    report = _report(("riverside.txt", EN),
                     ("hostile.txt", HOSTILE + "\n<img src=x onerror=\"document.title='PWNED-IMG'\">\n"
                      "<script>document.title='PWNED-SCRIPT'</script>\n<svg onload=\"document.title='PWNED-SVG'\"></svg>\n"))
    page = tmp_path / "report.html"
    page.write_text(html.render(report, rules), encoding="utf-8")

    plain = _chromium(tmp_path, page.as_uri(), "--dump-dom")
    assert plain.returncode == 0, plain.stderr[-2000:]
    dom = plain.stdout
    assert _console(plain.stderr) == [], "\n".join(_console(plain.stderr))
    assert '<svg class="timeline"' in dom and "<circle" in dom
    assert re.search(r'<span class="hl[^"]* ev[^"]*" data-refs="d1-E3[^"]*"[^>]*>February 12, 2024</span>', dom)
    assert "<title>timeline-check: 2 files</title>" in dom
    assert "PWNED" not in re.search(r"<title>.*?</title>", dom).group(0)
    assert not re.search(r"<(img|script|b)\b[^>]*(onerror|onmouseover|PWNED|alert)", dom)

    # a copy with probes: our script must run without error and open the panel on a click
    digests = [base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() for s in (PROBE_HEAD, PROBE_END)]
    text = page.read_text(encoding="utf-8")
    text = text.replace("script-src &#x27;", "script-src " + "".join(f"&#x27;sha256-{d}&#x27; " for d in digests) + "&#x27;")
    text = text.replace("<style>", f"<script>{PROBE_HEAD}</script><style>", 1)
    text = text.replace("</body>", f"<script>{PROBE_END}</script></body>")
    probe_page = tmp_path / "probe.html"
    probe_page.write_text(text, encoding="utf-8")
    probed = _chromium(tmp_path, probe_page.as_uri(), "--dump-dom")
    found = re.search(r'data-probe="([^"]*)"', probed.stdout)
    assert found, probed.stderr[-2000:]
    result = json.loads(found.group(1).replace("&quot;", '"').replace("&amp;", "&"))
    assert result["errors"] == [], result
    assert result["panel"] and result["notes"] >= 1 and result["selected"] >= 1, result
    assert result["title"] == "timeline-check: 2 files"
    assert _console(probed.stderr) == [], "\n".join(_console(probed.stderr))


@pytest.mark.slow
@needs_chromium
def test_chromium_screenshot(rules, tmp_path):
    """A screenshot of the English example is a real picture, not an empty page."""
    shot = tmp_path / "report.png"
    _screenshot(html.render(_report(("riverside.txt", EN)), rules), shot, tmp_path)
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) > 30_000


def _screenshot(page_html: str, out: Path, tmp: Path, size: str = "1280,1400") -> None:
    page = tmp / "shot.html"
    page.write_text(page_html, encoding="utf-8")
    done = _chromium(tmp, page.as_uri(), "--hide-scrollbars", f"--window-size={size}", f"--screenshot={out}")
    assert done.returncode == 0 and out.exists(), done.stderr[-2000:]


if __name__ == "__main__":  # redraw the README's screenshot: python tests/test_report_formats.py docs/report.png
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/report.png").resolve()
        target.parent.mkdir(parents=True, exist_ok=True)
        if not shutil.which(str(CHROMIUM)):
            sys.exit(f"{CHROMIUM} is not installed")
        _screenshot(html.render(_report(("riverside.txt", EN)), load_rules()), target, Path(tmp))
        print(target)


@pytest.mark.parametrize("count", [0, 1, 2])
def test_json_written_from_entries_is_what_json_dumps_writes(count: int) -> None:
    texts = ["Lakeside Pharmacy found on 3 May 2024 that a laptop had been stolen on 9 May 2024; "
             "« les patients » were told on June 1, 2024.\n",
             "Nothing dated here.\n"][:count]
    report = Report(tuple(attrs.evolve(check_text(t, lang="en"), path=f"doc-{i}.txt") for i, t in enumerate(texts)))
    written = json_report.render(report)
    contract = {"tool": {"name": "timeline-check", "version": __version__},
                "documents": [json_report.document(d) for d in report.documents],
                "summary": {"documents": count, "errors": report.count("error"), "warnings": report.count("warning"),
                            "infos": report.count("info")}}
    assert written == json.dumps(contract, ensure_ascii=False, indent=2) + "\n"
