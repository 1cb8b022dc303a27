"""Documents written as editors and compliance staff write them (tests/data/documents/, issue 15):
a clean one raises no error and no warning but "missing" ones; a faulty one raises exactly the
finding its fault breaks; each reads its key events. ``unread`` holds gold events the reader is known not to reach yet:
the test fails as soon as one is read, so that it moves to ``events``."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from timeline_check import check_text
from timeline_check.model import iso

HERE = Path(__file__).parent / "data" / "documents"
DOCS = tomllib.loads((HERE / "expected.toml").read_text(encoding="utf-8"))["document"]


def test_the_set_has_clean_and_faulty_documents_of_every_file() -> None:
    assert {p.name for p in HERE.glob("*.txt")} == {d["file"] for d in DOCS}
    assert sum(not d["expect"] for d in DOCS) >= 6 and sum(bool(d["expect"]) for d in DOCS) >= 4


@pytest.mark.parametrize("doc", DOCS, ids=[d["file"] for d in DOCS])
def test_a_document_gets_exactly_its_findings_and_its_key_events(doc: dict[str, object]) -> None:
    text = (HERE / str(doc["file"])).read_text(encoding="utf-8")
    report = check_text(text, lang=str(doc.get("lang", "en")), date=doc.get("date"), path=str(doc["file"]))  # type: ignore[arg-type]
    loud = [f for f in report.findings if f.severity in ("error", "warning") and not f.rule.startswith("missing/")]
    # ``warn``: a warning the text's own words leave true (a deadline some reading of a vague date misses);
    # ``severity``: that of the ``expect`` findings ("warning" where the text's dates give no year)
    warned = list(doc.get("warn", []))  # type: ignore[call-overload]
    expected = list(doc["expect"])  # type: ignore[call-overload]
    assert sorted(f.rule for f in loud) == sorted(expected + warned), [f.message for f in loud]
    warnings = warned + (expected if doc.get("severity") == "warning" else [])
    assert sorted(f.rule for f in loud if f.severity == "warning") == sorted(warnings)
    events = {(e.kind, iso(e.earliest)) for e in report.events}
    assert {(k, d) for k, d in doc["events"]} <= events, sorted(events)  # type: ignore[attr-defined]
    unread = {(k, d) for k, d in doc.get("unread", [])}  # type: ignore[attr-defined]
    assert not unread & events, f"now read, move to events: {sorted(unread & events)}"
