"""Draft notices written for the project (tests/notices/): each is recognised as the kind of notice
it is and gets exactly the findings its entry in expected.toml lists, at error or warning level."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from timeline_check import check_path

HERE = Path(__file__).parent / "notices"
CASES = tomllib.loads((HERE / "expected.toml").read_text(encoding="utf-8"))["notice"]


def test_the_set_covers_every_kind_of_draft() -> None:
    kinds = [c["kind"] for c in CASES]
    assert kinds.count("individuals") >= 12 and kinds.count("regulator") >= 3 and kinds.count("filing") >= 2
    assert {p.name for p in HERE.glob("*.txt")} == {c["file"] for c in CASES}


@pytest.mark.parametrize("case", CASES, ids=[c["file"] for c in CASES])
def test_a_draft_notice_gets_exactly_its_findings(case: dict[str, object]) -> None:
    report = check_path([str(HERE / str(case["file"]))], regimes=tuple(case["regimes"]),  # type: ignore[arg-type]
                        detect_regimes=False).documents[0]
    assert report.notice == case["kind"]
    got = sorted(f.rule for f in report.findings if f.severity in ("error", "warning"))
    assert got == sorted(case["expect"]), [f.message for f in report.findings if f.severity != "info"]  # type: ignore[arg-type]
