"""Rule files: the shipped ones load and are complete; broken ones fail with file:line."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline_check.rulefile import RuleFileError
from rulepack import add_acme_regime, assert_broken_at_line, edit
from timeline_check.ruleset import load_rules
from timeline_check.taxonomy import EVENT_KINDS


def test_shipped_rules_are_complete() -> None:
    rules = load_rules()
    assert {"en", "fr"} <= set(rules.languages)
    assert "HIPAA" in rules.regimes
    ids = [r.id for r in rules.all_rules()]
    assert len(ids) == len(set(ids))
    for reg in rules.regimes.values():
        for r in reg.rules:
            assert r.citation and r.source.startswith("https://")
            assert r.trigger in EVENT_KINDS and r.deadline in EVENT_KINDS
    assert "order/discovery-after-investigation-end" in ids


@pytest.mark.parametrize(("file", "old", "new", "needle", "words"), [
    ("regimes/hipaa.toml", 'amount = 60\nunit = "calendar_days"\ndescription = "A covered entity',
     'max_day = 60\nunit = "calendar_days"\ndescription = "A covered entity', "max_day", 'unknown key "max_day"'),
    ("regimes/hipaa.toml", 'unit = "calendar_days"\ndescription = "A covered entity',
     'unit = "fortnights"\ndescription = "A covered entity', "fortnights", 'unknown unit "fortnights"'),
    ("regimes/hipaa.toml", 'trigger = "discovery"\ndeadline = "notification_individuals"',
     'trigger = "discovery"\ndeadline = "notification_patients"', "notification_patients", "unknown event kind"),
    ("regimes/hipaa.toml", "amount = 60\nunit", 'amount = "sixty"\nunit', '"sixty"', '"amount" must be int'),
    ("order.toml", 'after = ["discovery"]\nlevel = "error"', 'after = ["discovery"]\nlevel = "fatal"', "fatal",
     '"level" must be one of'),
    ("order.toml", 'before = ["breach_start"]\nafter = ["breach_end"]', 'before = ["breach_begin"]\nafter = ["breach_end"]',
     "breach_begin", 'unknown event kind "breach_begin"'),
    ("consistency.toml", 'message = "{detail}"', 'message = "{details}"', "{details}", 'unknown placeholder "{details}"'),
    ("lang/en.toml", "[months]", "[months\n", "[months", "invalid TOML"),
    ("regimes/hipaa.toml", 'later_triggers = ["notification_covered_entity"]', 'later_triggers = ["notification_partner"]',
     "notification_partner", 'unknown event kind "notification_partner"'),
    ("lang/en.toml", 'received = true\ndefault = "notification_individuals"\n', "received = true\n", "received = true",
     'a notice with "received" needs a "default"'),
])
def test_broken_rule_file_names_file_and_line(pack: Path, file: str, old: str, new: str, needle: str, words: str) -> None:
    assert_broken_at_line(pack, file, old, new, needle, words)


def test_unknown_key_suggests_the_right_one(pack: Path) -> None:
    edit(pack / "regimes/hipaa.toml", "amount = 60\nunit", "amont = 60\nunit")
    with pytest.raises(RuleFileError, match='did you mean "amount"'):
        load_rules(pack)


def test_two_rules_with_one_id(pack: Path) -> None:
    edit(pack / "regimes/hipaa.toml", 'name = "media-notice"', 'name = "individual-notice"')
    with pytest.raises(RuleFileError, match="two rules with the id"):
        load_rules(pack)


def test_a_rule_the_checker_reports_cannot_be_left_out(pack: Path) -> None:
    edit(pack / "consistency.toml", 'name = "impossible-date"', 'name = "impossible-day"')
    with pytest.raises(RuleFileError) as exc:
        load_rules(pack)
    assert str(exc.value).startswith(f"{pack / 'consistency.toml'}:1:") and 'ignore "date/impossible-date"' in str(exc.value)


def test_deadline_rule_without_unit(pack: Path) -> None:
    edit(pack / "regimes/hipaa.toml", 'amount = 60\nunit = "calendar_days"\ndescription = "A covered entity',
         'amount = 60\ndescription = "A covered entity')
    with pytest.raises(RuleFileError, match='needs "unit"'):
        load_rules(pack)


def test_a_new_regime_is_a_data_file(pack: Path) -> None:
    add_acme_regime(pack, 'amount = 5\nunit = "calendar_days"\n')
    rules = load_rules(pack)
    assert [r.id for r in rules.regimes["ACME"].rules] == ["acme/notice"]
    from timeline_check import check_text

    r = check_text("Under the Acme Act, the firm discovered the breach on May 1, 2024 and notified customers on "
                   "May 20, 2024.", lang="en", rules_dir=pack)
    assert [(f.rule, f.severity) for f in r.findings] == [("acme/notice", "error")]
