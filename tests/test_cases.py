"""Cases by rule: every rule has narratives that must trigger it and narratives that must not.

Case files
----------
``tests/cases/<group>/<name>.toml`` holds the cases of the rule ``<group>/<name>``
(``tests/cases/hipaa/individual-notice.toml`` for ``hipaa/individual-notice``), as a list
of ``[[case]]`` tables::

    [[case]]
    expect = "fail"                 # "fail": the rule must fire; "pass": it must not
    text = '''A short narrative, written for the case.'''
    lang = "fr"                     # optional: "en" or "fr" (guessed otherwise)
    date = 2024-03-01               # optional: the text's own date, when it states none
    regimes = ["US-TX"]             # optional: regimes forced, as ``--regime``
    no_detect = true                # optional: apply only the forced regimes (``--no-detect``)
    findings = [{ severity = "error", line = 4 }]
    rows = [{ status = "missed" }]    # or [{ status = "no number", actual = 2024-05-02 }]
    message = ["30 days"]           # optional: words each finding of the rule must contain

- ``findings``: in a "fail" case, the findings of this rule the text must produce, exactly
  (severity, and the 1-based line the finding points at; ``rule`` defaults to the file's
  rule). A "pass" case produces no finding of this rule, whatever else it finds.
- ``rows``: the deadline-table rows of this rule the text must produce (``status``;
  ``rule`` defaulting to the file's rule; ``actual``, optional, the day of the notice the row
  counts), compared exactly when given: ``rows = []`` says the rule is not applied at all.
  A "pass" case for a regime rule gives them to show the rule was evaluated (``met``), not
  skipped. A rule that cannot fire (a duty without a number of days, a law not in force)
  has a "fail" case that expects its row instead of a finding; ``ROW_ONLY`` below says which.

Each case is one test, ``<rule>#<expect>-<n>`` (``hipaa/individual-notice#fail-1``).
The cases run in-process through ``timeline_check.check_text``; the rules load once.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path
from typing import Any

import pytest

from timeline_check import check_text
from timeline_check.model import Interval
from timeline_check.ruleset import load_rules
from timeline_check.suppress import RULES as SUPPRESS_RULES

CASES = Path(__file__).parent / "cases"
KEYS = {"expect", "text", "lang", "date", "regimes", "no_detect", "findings", "rows", "message"}

# Rules whose "fail" case may expect a deadline-table row in place of a finding, with why.
# Besides these, every rule whose data sets no number of days (``unit = "none"``, shown as
# "no number" by `timeline-check rules`) is only ever a row: there is no day to miss.
ROW_ONLY = {
    "circia/incident-report": "pending (no in-force date): listed, never applied; its row says 'not in force'",
    "in-dpdp/board-report": "pending (no in-force date): its row says 'not in force'",
}
NO_NUMBER = "a duty without a number of days ('as soon as practicable') gives a 'no number' row, never a finding"


def _load() -> list[tuple[str, str, dict[str, Any]]]:
    out = []
    for path in sorted(CASES.glob("*/*.toml")):
        rule = f"{path.parent.name}/{path.stem}"
        counts = {"fail": 0, "pass": 0}
        for case in tomllib.loads(path.read_text(encoding="utf-8")).get("case", []):
            expect = case.get("expect")
            assert expect in counts, f"{path}: expect must be 'fail' or 'pass', not {expect!r}"
            assert set(case) <= KEYS, f"{path}: unknown keys {sorted(set(case) - KEYS)}"
            counts[expect] += 1
            out.append((rule, f"{expect}-{counts[expect]}", case))
    return out


ALL = _load()


def _rule_ids() -> set[str]:
    """What `timeline-check rules` lists: the rule set's rules and the suppression rules."""
    return {r.id for r in [*load_rules().all_rules(), *SUPPRESS_RULES]}


def _no_number() -> set[str]:
    return {r.id for r in load_rules().all_rules() if getattr(r, "unit", None) == "none"}


@pytest.mark.parametrize(("rule", "name", "case"), ALL, ids=[f"{r}#{n}" for r, n, _ in ALL])
def test_case(rule: str, name: str, case: dict[str, Any]) -> None:
    date = case.get("date")
    report = check_text(case["text"], lang=case.get("lang"), date=date if isinstance(date, dt.date) else None,
                        regimes=case.get("regimes", ()), detect_regimes=not case.get("no_detect", False))
    mine = [f for f in report.findings if f.rule == rule]
    got = sorted((f.rule, f.severity, f.line) for f in report.findings if f.rule == rule
                 or any(f.rule == e.get("rule") for e in case.get("findings", [])))
    shown = "\n".join(f"  {f.rule} {f.severity} line {f.line}: {f.message}" for f in report.findings) or "  (none)"
    if case["expect"] == "pass":
        assert not mine, f"{rule} fired on a pass case:\n{shown}"
    else:
        want = sorted((e.get("rule", rule), e["severity"], e["line"]) for e in case.get("findings", []))
        if not want:
            assert rule in ROW_ONLY or rule in _no_number(), f"{rule}: a fail case must name its findings"
            assert case.get("rows"), f"{rule}: a fail case without findings must name the rows it shows"
        assert got == want, f"findings of {rule}:\n{shown}"
        for f in mine:
            for words in case.get("message", []):
                assert words in f.message, f"{words!r} not in {f.message!r}"
    if "rows" in case:
        rows = sorted((r.rule, r.status, _day(r.actual) if "actual" in e else None)
                      for r in report.deadlines for e in case["rows"] if r.rule == e.get("rule", rule))
        assert rows == sorted((e.get("rule", rule), e["status"], e.get("actual")) for e in case["rows"]), \
            f"rows: {[(r.rule, r.status, r.actual, r.note) for r in report.deadlines]}"


def _day(iv: Interval | None) -> dt.date | None:
    """The one day an interval allows (None when it allows several, or none is known)."""
    return dt.date.fromordinal(iv.lo) if iv is not None and iv.lo is not None and iv.lo == iv.hi else None


def test_every_rule_has_a_pass_and_a_fail_case() -> None:
    ids = _rule_ids()
    have: dict[str, set[str]] = {}
    for rule, name, case in ALL:
        kind = case["expect"]
        if kind == "fail" and not case.get("findings"):
            kind = "row"  # a fail case that shows the rule's row, not a finding
        have.setdefault(rule, set()).add(kind)
    no_number = _no_number()
    missing = []
    for i in sorted(ids):
        kinds = have.get(i, set())
        fail = "fail" in kinds or ("row" in kinds and (i in ROW_ONLY or i in no_number))
        if "pass" not in kinds or not fail:
            missing.append(f"{i}: {sorted(kinds) or 'no case file'}")
    assert not missing, (f"rules without a pass and a fail case (a row counts only for ROW_ONLY and where {NO_NUMBER}):\n"
                         + "\n".join(missing))
    assert not set(have) - ids, f"case files for unknown rules: {sorted(set(have) - ids)}"
    assert not set(ROW_ONLY) - ids, "ROW_ONLY names unknown rules"
