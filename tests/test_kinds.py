"""Rule kinds behind one interface (``kinds.KINDS``), and the deadline kind's message templates."""

from __future__ import annotations

from pathlib import Path

import pytest

from rulepack import copy_rules, edit, line_of
from timeline_check import check_text, kinds
from timeline_check.document import Document
from timeline_check.engine import _event_ids
from timeline_check.binding import bind
from timeline_check.facts import find_facts
from timeline_check.model import Finding
from timeline_check.reason import reason
from timeline_check.rulefile import RuleFileError, word_index
from timeline_check.ruleset import DEADLINE_MESSAGES, load_rules
from timeline_check.tagging import tag

RULES = load_rules()
EN = RULES.languages["en"]
LATE = ("The clinic discovered the breach on March 1, 2024. It mailed letters to the affected patients on "
        "June 20, 2024.")


def context(text: str, regimes: tuple[str, ...] = ()) -> kinds.Context:
    doc = Document("<test>", text)
    index = word_index(text)
    tagging = tag(text, EN, None, index)
    binding = bind(text, EN, tagging.timexes, index)
    timeline = reason(binding.mentions, RULES, binding.undated)
    facts = find_facts(doc, EN, index, RULES, timeline, regimes, detect_regimes=False)
    return kinds.Context(doc, timeline, facts, RULES, _event_ids(timeline), tagging.problems)


def test_the_registry_names_every_kind_the_rules_use() -> None:
    assert set(kinds.KINDS) == {"order", "conflict", "duration", "date", "deadline", "missing", "count", "content"}
    used = {r.kind for r in RULES.all_rules()}
    assert used <= set(kinds.KINDS)


@pytest.mark.parametrize(("kind", "text", "rule"), [
    ("order", "The investigation ended on May 2, 2024. The company discovered the breach on May 9, 2024.",
     "order/discovery-after-investigation-end"),
    ("conflict", "The firm discovered the breach on May 2, 2024. It later said it discovered the breach on "
                 "July 30, 2024.", "conflict/one-event-two-dates"),
    ("date", "The breach was discovered on Friday, May 2, 2024.", "date/weekday-mismatch"),
    ("deadline", LATE, "hipaa/individual-notice"),
])
def test_each_kind_finds_its_own_findings_and_no_other_kinds(kind: str, text: str, rule: str) -> None:
    ctx = context(text, ("HIPAA",))
    found = {f.rule for f in kinds.KINDS[kind](ctx).findings}
    assert rule in found
    others = {f.rule for k, run in kinds.KINDS.items() if k != kind for f in run(ctx).findings}
    assert rule not in others


def test_only_regime_kinds_give_rows_and_the_table_keeps_the_regimes_order() -> None:
    ctx = context(LATE, ("HIPAA", "US-MD"))
    assert not any(kinds.KINDS[k](ctx).rows for k in ("conflict", "duration", "date", "missing"))
    rows = kinds.run(ctx).rows
    regimes = [r.regime for r in rows]
    assert regimes == sorted(regimes, key=["HIPAA", "US-MD"].index)
    md = [r for r in rows if r.regime == "US-MD"]
    md_orders = [o.id for o in RULES.regimes["US-MD"].orders]
    assert [r.rule for r in md][-len(md_orders):] == md_orders  # a regime's order rules after its deadlines


def test_the_engine_runs_the_kinds_of_the_registry(monkeypatch: pytest.MonkeyPatch) -> None:
    def nothing(ctx: kinds.Context) -> kinds.Result:
        return kinds.Result()

    def one(ctx: kinds.Context) -> kinds.Result:
        return kinds.Result((Finding(rule="date/impossible-date", category="date", severity="info", message="stand-in",
                                     line=1, column=1),))

    before = check_text(LATE, lang="en", regimes=("HIPAA",))
    assert any(f.category == "deadline" for f in before.findings)
    monkeypatch.setitem(kinds.KINDS, "deadline", nothing)
    monkeypatch.setitem(kinds.KINDS, "date", one)
    after = check_text(LATE, lang="en", regimes=("HIPAA",))
    assert not any(f.category == "deadline" for f in after.findings)
    assert "stand-in" in [f.message for f in after.findings]


# ---------------------------------------------------------------- message templates

def test_every_template_is_in_the_shipped_defaults_and_fills_todays_words() -> None:
    assert set(RULES.messages) == set(DEADLINE_MESSAGES)
    late = next(f for f in check_text(LATE, lang="en", regimes=("HIPAA",)).findings if f.rule == "hipaa/individual-notice")
    assert late.message == ("The notice to individuals (2024-06-20) came 111 days after the discovery (2024-03-01); "
                            "45 CFR 164.404(b) (60 calendar days) sets the limit: due by 2024-04-30, missed.")


def test_a_regimes_own_template_changes_its_message_only(tmp_path: Path) -> None:
    pack = copy_rules(tmp_path)
    edit(pack / "regimes/hipaa.toml", "[applicability]",
         '[messages]\nmissed = "{notice_cap} came {gap} after {trigger}, past {due} ({citation})."\n\n[applicability]')
    report = check_text(LATE, lang="en", regimes=("HIPAA", "US-TX"), rules_dir=pack)
    late = next(f for f in report.findings if f.rule == "hipaa/individual-notice")
    assert late.message == "The notice to individuals came 111 days after the discovery, past 2024-04-30 (45 CFR 164.404(b))."
    shipped = check_text(LATE, lang="en", regimes=("HIPAA", "US-TX"))
    others = sorted(f.message for f in report.findings if f.rule != "hipaa/individual-notice")
    assert others == sorted(f.message for f in shipped.findings if f.rule != "hipaa/individual-notice")


def test_the_defaults_are_data_too(tmp_path: Path) -> None:
    pack = copy_rules(tmp_path)
    edit(pack / "deadline.toml", "sets the limit: due by {due}, missed.", "allows until {due}; too late.")
    late = next(f for f in check_text(LATE, lang="en", regimes=("HIPAA",), rules_dir=pack).findings
                if f.rule == "hipaa/individual-notice")
    assert late.message.endswith("(60 calendar days) allows until 2024-04-30; too late.")


@pytest.mark.parametrize(("file", "old", "new", "needle", "words"), [
    ("regimes/hipaa.toml", "[applicability]", '[messages]\nmissed = "late by {days}"\n\n[applicability]',
     'missed = "late by', 'unknown placeholder "{days}"'),
    ("regimes/hipaa.toml", "[applicability]", '[messages]\nmised = "late"\n\n[applicability]',
     'mised = "late"', 'did you mean "missed"?'),
    ("regimes/hipaa.toml", "[applicability]", '[messages]\nmissed = 3\n\n[applicability]', "missed = 3", "must be a string"),
    ("deadline.toml", "due by {due}, missed.{notes}", "due by {due}, missed.{note}", "due by {due}, missed.{note}",
     'unknown placeholder "{note}"'),
    ("deadline.toml", "unknown_due = \"an unknown day\"", "unknown_due = \"an {unknown day\"", "unknown_due =",
     "bad message template"),
])
def test_a_bad_template_is_a_file_line_error(tmp_path: Path, file: str, old: str, new: str, needle: str,
                                             words: str) -> None:
    pack = copy_rules(tmp_path)
    edit(pack / file, old, new)
    with pytest.raises(RuleFileError) as exc:
        load_rules(pack)
    assert str(exc.value).startswith(f"{pack / file}:{line_of(pack / file, needle)}:"), str(exc.value)
    assert words in str(exc.value)


def test_a_default_template_left_out_is_named(tmp_path: Path) -> None:
    pack = copy_rules(tmp_path)
    edit(pack / "deadline.toml", 'unnamed_actor = "the party"\n', "")
    with pytest.raises(RuleFileError, match=r'deadline\.toml:\d+: \[messages\] needs "unnamed_actor"'):
        load_rules(pack)
