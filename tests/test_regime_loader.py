"""Regime files: every shipped one loads and is complete; a broken one fails with file:line."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from timeline_check.rulefile import RuleFileError
from rulepack import add_acme_regime, assert_broken_at_line
from timeline_check.ruleset import CONFIDENCE, UNITS, default_rules_dir, load_rules
from timeline_check.taxonomy import EVENT_KINDS

REGIMES = sorted((default_rules_dir() / "regimes").glob("*.toml"))


def test_there_is_a_file_per_regime_named_after_its_id() -> None:
    rules = load_rules()
    assert len(REGIMES) == len(rules.regimes) >= 70
    for path in REGIMES:
        name = tomllib.loads(path.read_text(encoding="utf-8"))["regime"]
        assert name.lower().startswith(path.stem.split("-")[0]), path
        for r in rules.regimes[name].rules + rules.regimes[name].orders:  # type: ignore[operator]
            assert r.id.startswith(f"{path.stem}/") and r.regime == name
    states = {n for n in rules.regimes if n.startswith("US-") and len(n) == 5}
    assert len(states) == 52  # fifty states, the District of Columbia and Puerto Rico


@pytest.mark.parametrize("path", REGIMES, ids=lambda p: p.stem)
def test_every_rule_is_cited_sourced_and_names_known_event_kinds(path: Path) -> None:
    rules = load_rules()
    name = tomllib.loads(path.read_text(encoding="utf-8"))["regime"]
    reg = rules.regimes[name]
    assert reg.cues, "a regime needs cues to be detected"
    for r in reg.rules:
        assert r.citation.strip() and r.source.startswith("https://"), r.id
        assert r.description.strip(), r.id
        assert r.trigger in EVENT_KINDS and r.deadline in EVENT_KINDS, r.id
        assert r.unit in UNITS and r.confidence in CONFIDENCE
        assert r.unit == "none" or r.amount > 0
        assert r.unit != "business_days" or r.holidays, r.id
    for o in reg.orders:
        assert o.citation.strip() and o.source.startswith("https://"), o.id
        assert set(o.before) <= set(EVENT_KINDS) and set(o.after) <= set(EVENT_KINDS)


def test_no_unsure_fact_ships_at_error_level() -> None:
    for reg in load_rules().regimes.values():
        for r in [*reg.rules, *reg.orders]:
            if r.confidence == "unsure":
                assert r.level != "error", r.id
                assert r.description, r.id


def test_every_fact_of_the_reference_table_is_used_or_explained() -> None:
    reference = Path(__file__).resolve().parents[2] / "shared" / "reference" / "notification-deadlines.toml"
    if not reference.exists():
        pytest.skip("../shared/reference is not beside the checkout")
    ids = {r["id"] for r in tomllib.loads(reference.read_text(encoding="utf-8"))["rule"]}
    text = "\n".join(p.read_text(encoding="utf-8") for p in REGIMES)
    missing = sorted(i for i in ids if i not in text and i != "us-hipaa-164.412")  # 164.412 is HIPAA's tolling
    assert missing == []


def test_business_day_rules_name_a_calendar_the_holidays_package_knows() -> None:
    from timeline_check.deadlines import is_business_day

    for reg in load_rules().regimes.values():
        for r in reg.rules:
            if r.unit == "business_days":
                assert isinstance(is_business_day(738000, r.holidays or ""), bool)


@pytest.mark.slow
def test_holidays_is_imported_only_for_business_days() -> None:
    import subprocess
    import sys

    code = ("import sys; from timeline_check import check_text; "
            "check_text('The hospital discovered the breach on May 1, 2024 and notified patients on May 9, 2024.', lang='en'); "
            "print('holidays' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "False", out.stderr


# ---------------------------------------------------------------- broken files

@pytest.mark.parametrize(("file", "old", "new", "needle", "words"), [
    ("regimes/uk-gdpr.toml", 'level = "warning"\nmissing = "info"\nconfidence = "unsure"',
     'level = "error"\nmissing = "info"\nconfidence = "unsure"', 'confidence = "unsure"', "unsure fact may not be at level"),
    ("regimes/us-tx.toml", "in_force_from = 2023-09-01", "in_force_from = 2023-08-01", "in_force_from = 2023-08-01",
     "in force at the same time"),
    ("regimes/sec.toml", 'holidays = "US"\n', "", 'unit = "business_days"', 'business days need "holidays"'),
    ("regimes/us-tx.toml", "in_force_from = 2023-09-01", 'in_force_from = "September 2023"', "September 2023",
     '"in_force_from" must be a date'),
    ("regimes/us-md.toml", 'before = ["notification_regulator"]', 'before = ["notification_ag"]', "notification_ag",
     'unknown event kind "notification_ag"'),
    ("regimes/gdpr.toml", 'unit = "hours"', 'unit = "fortnights"', "fortnights", 'unknown unit "fortnights"'),
    ("regimes/gdpr.toml", 'citation = "GDPR Art. 33(1)"', 'confidence = "likely"\ncitation = "GDPR Art. 33(1)"', "likely",
     '"confidence" must be one of'),
    ("regimes/circia.toml", 'in_force_from = "pending"', 'in_force_from = "pending"\nin_force_to = 2030-01-01',
     "in_force_to", 'a "pending" rule has no "in_force_to"'),
    ("regimes/us-co.toml", "min_affected = 500", 'min_affected = "500"', 'min_affected = "500"', '"min_affected" must be int'),
    ("regimes/us-md.toml", 'kind = "order"', 'kind = "ordering"', '"ordering"', 'unknown rule kind "ordering"'),
    ("regimes/us-tx.toml", 'source = "https://legiscan.com', 'source = "legiscan.com', 'source = "legiscan.com',
     '"source" must be a web address'),
])
def test_broken_regime_file_names_file_and_line(pack: Path, file: str, old: str, new: str, needle: str, words: str) -> None:
    assert_broken_at_line(pack, file, old, new, needle, words)


def test_residents_threshold_needs_the_regimes_residents_words(pack: Path) -> None:
    target = pack / "regimes/us-tx.toml"
    text = target.read_text(encoding="utf-8")
    target.write_text("\n".join(x for x in text.splitlines() if not x.startswith("residents = ")) + "\n", encoding="utf-8")
    with pytest.raises(RuleFileError, match='needs the regime\'s "residents" words'):
        load_rules(pack)


def test_a_rule_with_no_number_needs_no_amount(pack: Path) -> None:
    add_acme_regime(pack, 'unit = "none"\nstandard = "promptly"\n')
    rule = load_rules(pack).regimes["ACME"].rules[0]
    assert (rule.unit, rule.amount, rule.limit) == ("none", 0, "no number")
