"""Suppression directives: the forms, the paragraph each covers, unused and malformed ones, and the reports."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from timeline_check.cli import cli
from timeline_check.config import Config
from timeline_check.engine import check_path, check_text
from timeline_check.model import Finding
from timeline_check.suppress import MALFORMED, UNUSED, apply, blank, parse

HERE = Path(__file__).resolve().parent
SCHEMA = HERE / "data" / "sarif-schema-2.1.0.json"
KNOWN = ("hipaa/individual-notice", "hipaa/media-notice", "order/discovery-after-investigation-end")

# Our own narrative: the review closes before the break-in is noticed (an order error, in the
# second paragraph), and the patients hear of it 76 days after discovery (a HIPAA error, in the third).
HEAD = """Published: July 1, 2024

Cedar Hill Pediatrics, a covered entity under HIPAA, said someone copied files from its
billing server between March 3 and March 7, 2024.
"""
ORDER = """The practice noticed the break-in on March 18, 2024. Its outside reviewers
closed their review of the server on March 12, 2024.
"""
LATE = """Letters were mailed to the affected families on June 2, 2024.
"""


def story(*parts: str) -> str:
    return "\n".join(parts)


def rules_of(findings: tuple[Finding, ...] | list[Finding]) -> list[str]:
    return sorted(f.rule for f in findings)


def test_the_story_has_both_errors_without_directives() -> None:
    doc = check_text(story(HEAD, ORDER, LATE), path="s.txt")
    where = {f.rule: (f.severity, f.line) for f in doc.findings}
    assert where["order/discovery-after-investigation-end"] == ("error", 6)
    assert where["hipaa/individual-notice"] == ("error", 9)


def test_a_finding_quoting_the_paragraph_is_covered_too() -> None:
    """The late-notice finding stands on the letters' line, and quotes the discovery: either paragraph will do."""
    text = story(HEAD, "<!-- timeline-check: disable=hipaa/individual-notice -->\n" + ORDER, LATE)
    doc = check_text(text, path="s.txt")
    assert [s.finding.rule for s in doc.suppressed] == ["hipaa/individual-notice"]


# -- reading directives


@pytest.mark.parametrize("line", [
    "# timeline-check: disable=hipaa/individual-notice",
    "// timeline-check: disable=hipaa/individual-notice",
    "timeline-check: disable=hipaa/individual-notice",
    "  -- timeline-check:disable = hipaa/individual-notice",
    "<!-- timeline-check: disable=hipaa/individual-notice -->",
], ids=["hash", "slashes", "bare", "dashes-spaces", "html-comment"])
def test_line_forms_in_plain_text(line: str) -> None:
    (d,) = parse(f"Intro.\n\n{line}\nFirst line.\nSecond line.\n\nAfter.\n", "text", KNOWN)
    assert d.error is None and d.rules == ("hipaa/individual-notice",)
    assert (d.line, d.first, d.last) == (3, 4, 5)


def test_rules_prefixes_and_justification() -> None:
    (d,) = parse("<!-- timeline-check: disable=hipaa/, order/discovery-after-investigation-end: "
                 "letters held back at the police's request -->\nText.\n", "markdown", KNOWN)
    assert d.rules == ("hipaa/", "order/discovery-after-investigation-end")
    assert d.justification == "letters held back at the police's request"


def test_paragraph_skips_blank_lines_and_stacked_directives() -> None:
    text = ("<!-- timeline-check: disable=hipaa/media-notice -->\n\n"
            "<!--\n  timeline-check: disable=hipaa/individual-notice\n-->\n"
            "One.\nTwo.\nThree.\n\nFour.\n")
    a, b = parse(text, "markdown", KNOWN)
    assert (a.first, a.last) == (b.first, b.last) == (6, 8)
    assert b.line == 3


def test_nothing_follows() -> None:
    (d,) = parse("Text.\n\n# timeline-check: disable=hipaa/media-notice\n\n", "text", KNOWN)
    assert d.first == 0
    (f,) = apply([d], []).findings
    assert f.rule == UNUSED and "no paragraph follows it" in f.message


def test_html_paragraph_ends_with_its_element() -> None:
    page = ("<article>\n<!-- timeline-check: disable=hipaa/individual-notice -->\n<p>Letters went out\n"
            "on June 2, 2024.</p>\n<p>Another paragraph.</p>\n</article>\n")
    (d,) = parse(page, "html", KNOWN)
    assert (d.first, d.last) == (3, 4)


def test_markdown_code_is_not_a_directive() -> None:
    text = ("Write `<!-- timeline-check: disable=RULE -->` before a paragraph, like this:\n\n"
            "```html\n<!-- timeline-check: disable=hipaa/individual-notice -->\n```\n")
    assert parse(text, "markdown", KNOWN) == ()
    assert parse("Prose that mentions timeline-check: disable=x in passing.\n", "text", KNOWN) == ()


def test_line_form_is_for_plain_text_only() -> None:
    assert parse("# timeline-check: disable=hipaa/media-notice\nText.\n", "markdown", KNOWN) == ()


@pytest.mark.parametrize(("text", "error"), [
    ("<!-- timeline-check: disable=hipaa/individual-notise -->", 'unknown rule "hipaa/individual-notise" '
                                                                 '(did you mean "hipaa/individual-notice"?)'),
    ("<!-- timeline-check: enable=hipaa/media-notice -->", 'unknown directive "enable"'),
    ("<!-- timeline-check: disable= -->", "no rule named after disable="),
    ("<!-- timeline-check hipaa/media-notice -->", "expected disable=RULE"),
    ("# timeline-check: disable=hipaa/media-notice order/x", '"hipaa/media-notice order/x" is not a rule id'),
    ("Text <!-- timeline-check: disable=hipaa/media-notice --> and more", "a directive must stand on its own line"),
], ids=["unknown-rule", "unknown-verb", "empty", "no-disable", "no-comma", "inline"])
def test_malformed(text: str, error: str) -> None:
    (d,) = parse(f"{text}\nText.\n", "text", KNOWN)
    assert d.error == error and d.rules == ()
    f, kept = apply([d], [Finding("hipaa/media-notice", "missing", "info", "m", 2, 1)]).findings
    assert (f.rule, f.severity, f.line) == (MALFORMED, "warning", 1)
    assert kept.rule == "hipaa/media-notice"  # a malformed directive silences nothing
    assert error in f.message


def test_apply_suppresses_by_primary_line_and_reports_unused() -> None:
    (d,) = parse("# timeline-check: disable=hipaa/individual-notice,order/: why not\nA.\nB.\n\nC.\n", "text", KNOWN)
    inside = Finding("hipaa/individual-notice", "deadline", "error", "late", 3, 1)
    outside = Finding("hipaa/individual-notice", "deadline", "error", "late", 5, 1)
    out = apply([d], [inside, outside])
    assert [s.finding for s in out.suppressed] == [inside]
    assert out.suppressed[0].justification == "why not" and (out.suppressed[0].line, out.suppressed[0].column) == (1, 3)
    assert [f.rule for f in out.findings] == [UNUSED, "hipaa/individual-notice"]
    assert "suppression of order/ is unused" in out.findings[0].message and "lines 2-3" in out.findings[0].message


def test_blank_keeps_offsets() -> None:
    text = "A.\n# timeline-check: disable=hipaa/media-notice\nB.\n"
    out = blank(text, parse(text, "text", KNOWN))
    assert len(out) == len(text) and out.splitlines()[1].strip() == "" and out.count("\n") == 3


# -- through the engine


def test_plain_text_directive_silences_its_paragraph_only() -> None:
    head, rest = HEAD.split("\n\n")
    text = story(head, "# timeline-check: disable=hipaa/individual-notice: letters delayed at the FBI's request\n"
                 + rest, ORDER, LATE)
    doc = check_text(text, path="s.txt")
    assert "hipaa/individual-notice" in rules_of(doc.findings)  # the directive covers another paragraph
    assert UNUSED in rules_of(doc.findings)
    text = story(HEAD, ORDER, "# timeline-check: disable=hipaa/individual-notice: letters delayed at the FBI's request\n"
                 + LATE)
    doc = check_text(text, path="s.txt")
    assert "hipaa/individual-notice" not in rules_of(doc.findings) and UNUSED not in rules_of(doc.findings)
    assert "order/discovery-after-investigation-end" in rules_of(doc.findings)
    (s,) = doc.suppressed
    assert s.finding.rule == "hipaa/individual-notice" and s.justification == "letters delayed at the FBI's request"


def test_directive_line_is_not_read_as_prose() -> None:
    base = check_text(story(HEAD, ORDER, LATE), path="s.txt")
    with_line = check_text(story(HEAD, ORDER, "# timeline-check: disable=hipaa/media-notice, hipaa/individual-notice\n"
                                 + LATE), path="s.txt")
    assert [(e.kind, e.earliest, e.latest) for e in base.events] == [
        (e.kind, e.earliest, e.latest) for e in with_line.events]


def test_markdown_and_html_files(tmp_path: Path) -> None:
    md = tmp_path / "notice.md"
    md.write_text("---\ntitle: Cedar Hill\n---\n" + story(
        HEAD, "<!-- timeline-check: disable=order/discovery-after-investigation-end: dates under review -->\n" + ORDER,
        LATE), encoding="utf-8")
    page = tmp_path / "notice.html"
    paras = "".join(f"<p>{p.strip()}</p>\n" for p in (HEAD.split("\n\n")[1], ORDER))
    page.write_text(f"<html><body><article>\n<p>Published: July 1, 2024</p>\n{paras}"
                    "<!-- timeline-check: disable=hipaa/individual-notice -->\n"
                    f"<p>{LATE.strip()}</p>\n</article></body></html>\n", encoding="utf-8")
    report = check_path([str(md), str(page)])
    md_doc, html_doc = report.documents
    assert "order/discovery-after-investigation-end" not in rules_of(md_doc.findings)
    assert [s.finding.rule for s in md_doc.suppressed] == ["order/discovery-after-investigation-end"]
    assert "hipaa/individual-notice" not in rules_of(html_doc.findings)
    assert [s.finding.rule for s in html_doc.suppressed] == ["hipaa/individual-notice"]
    assert not any(f.rule.startswith("suppress/") for d in report.documents for f in d.findings)


def test_config_can_ignore_the_suppress_rules() -> None:
    text = story(HEAD, ORDER, "# timeline-check: disable=hipaa/media-notice\n" + LATE, "// timeline-check: oops\n")
    doc = check_text(text, path="s.txt")
    assert {UNUSED, MALFORMED} <= set(rules_of(doc.findings))
    quiet = check_text(text, path="s.txt", config=Config(ignore=("suppress/",)))
    assert not any(f.rule.startswith("suppress/") for f in quiet.findings)


# -- through the reports


@pytest.fixture
def notice(tmp_path: Path) -> Path:
    p = tmp_path / "notice.txt"
    p.write_text(story(HEAD, ORDER, "# timeline-check: disable=hipaa/individual-notice: held back at the "
                                    "request of law enforcement\n" + LATE), encoding="utf-8")
    return p


def test_dropped_from_text_json_github(notice: Path) -> None:
    runner = CliRunner()
    for fmt in ("text", "github"):
        res = runner.invoke(cli, ["check", "--format", fmt, str(notice)])
        assert "hipaa/individual-notice" not in res.output and "order/discovery-after-investigation-end" in res.output
        assert res.exit_code == 1  # the order error remains
    data = json.loads(runner.invoke(cli, ["check", "--format", "json", str(notice)]).output)
    rules = [f["rule"] for d in data["documents"] for f in d["findings"]]
    assert "hipaa/individual-notice" not in rules and "order/discovery-after-investigation-end" in rules
    assert data["summary"]["errors"] == 1
    # the deadline table still lists the rule: a suppression silences a finding, not the law
    assert any(r["rule"] == "hipaa/individual-notice" for r in data["documents"][0]["deadlines"])


def test_sarif_keeps_them_with_the_justification(notice: Path) -> None:
    res = CliRunner().invoke(cli, ["check", "--format", "sarif", str(notice)])
    log = json.loads(res.output)
    jsonschema.validate(log, json.loads(SCHEMA.read_text(encoding="utf-8")))
    results = log["runs"][0]["results"]
    silenced = [r for r in results if "suppressions" in r]
    assert [r["ruleId"] for r in silenced] == ["hipaa/individual-notice"]
    (sup,) = silenced[0]["suppressions"]
    assert sup["kind"] == "inSource" and sup["justification"] == "held back at the request of law enforcement"
    assert sup["location"]["physicalLocation"]["region"]["startLine"] == HEAD.count("\n") + ORDER.count("\n") + 3
    assert all("suppressions" not in r for r in results if r["ruleId"] != "hipaa/individual-notice")


def test_sarif_lists_a_suppress_rule_when_used(tmp_path: Path) -> None:
    p = tmp_path / "n.txt"
    p.write_text(story(HEAD, ORDER, LATE, "# timeline-check: disable=hipaa/media-notice\nThe end.\n"), encoding="utf-8")
    log = json.loads(CliRunner().invoke(cli, ["check", "--format", "sarif", str(p)]).output)
    jsonschema.validate(log, json.loads(SCHEMA.read_text(encoding="utf-8")))
    run = log["runs"][0]
    ids = [r["id"] for r in run["tool"]["driver"]["rules"]]
    (unused,) = [r for r in run["results"] if r["ruleId"] == UNUSED]
    assert ids[unused["ruleIndex"]] == UNUSED


def test_rules_and_explain_know_the_suppress_rules() -> None:
    runner = CliRunner()
    assert UNUSED in runner.invoke(cli, ["rules"]).output
    res = runner.invoke(cli, ["explain", MALFORMED])
    assert res.exit_code == 0 and "disable=RULE" in res.output
