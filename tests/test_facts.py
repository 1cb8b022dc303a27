"""The facts stage: one test per fact it reads from a text, for the rule kinds."""

from __future__ import annotations

from timeline_check.document import Document
from timeline_check.binding import bind
from timeline_check.facts import Facts, find_facts
from timeline_check.reason import reason
from timeline_check.rulefile import word_index
from timeline_check.ruleset import load_rules
from timeline_check.tagging import tag

RULES = load_rules()
EN = RULES.languages["en"]


def facts_of(text: str, forced: tuple[str, ...] = (), detect: bool = True) -> Facts:
    doc = Document("<test>", text)
    index = word_index(text)
    tagging = tag(text, EN, None, index)
    binding = bind(text, EN, tagging.timexes, index)
    timeline = reason(binding.mentions, RULES, binding.undated)
    return find_facts(doc, EN, index, RULES, timeline, forced, detect)


def test_people_affected_is_the_largest_count_of_people() -> None:
    text = "A lost laptop exposed the records of 2,310 patients; 45 patients had their card numbers exposed."
    assert facts_of(text, ("HIPAA",), detect=False).affected == 2310
    assert facts_of("A lost laptop held nothing of note.", detect=False).affected is None
    # the singular possessive written for the plural after a number
    assert facts_of("The intruder could see 8,124 patient’s charts.", detect=False).affected == 8124


def test_residents_of_a_regime_are_counted_and_count_as_people_affected() -> None:
    text = "The retailer found the intrusion in May. It said 12,050 Texans were among those whose data was taken."
    facts = facts_of(text, ("US-TX",), detect=False)
    assert facts.residents == {"US-TX": 12050}
    assert facts.affected == 12050  # no other count: the residents are the people affected


def test_a_regime_naming_no_residents_has_no_resident_count() -> None:
    facts = facts_of("Some 800 Texans were affected.", ("HIPAA",), detect=False)
    assert facts.residents == {} and facts.affected is None  # "Texans" counts only for a regime that names them


def test_law_enforcement_delay_is_quoted_with_its_place() -> None:
    text = "The school found the breach on June 3, 2024. The notice waited at the request of law enforcement."
    facts = facts_of(text)
    assert facts.tolling is not None
    assert text[facts.tolling.start:facts.tolling.end] == facts.tolling.text
    assert "law enforcement" in facts.tolling.text and facts.tolling.line == 1
    assert facts_of("The school found the breach on June 3, 2024.").tolling is None


def test_regimes_that_apply_come_with_the_words_that_say_so() -> None:
    text = "A clinic told the Office for Civil Rights that protected health information of patients was exposed."
    found = {m.name: m for m in facts_of(text).regimes}
    assert "HIPAA" in found and not found["HIPAA"].forced
    assert "Office for Civil Rights" in [c.text for c in found["HIPAA"].cues]
    forced = facts_of("Nothing here names a law.", ("GDPR",), detect=False).regimes
    assert [(m.name, m.forced) for m in forced] == [("GDPR", True)]


def test_recipients_are_the_notice_sentences_that_name_a_rules_recipient() -> None:
    text = ("The clinic discovered the breach on March 1, 2024. It reported the breach to HHS on March 20, 2024. "
            "It reported the breach to its insurer on March 22, 2024.")
    facts = facts_of(text, ("HIPAA",), detect=False)
    # both reports are notices to a regulator; only the first names the one HIPAA's rule speaks of
    assert [text[s:e] for s, e in facts.recipients["hipaa/hhs-notice"]] == [
        "It reported the breach to HHS on March 20, 2024."]
    insurer = (text.index("It reported the breach to its"), len(text))
    assert facts.names_recipient("hipaa/hhs-notice", (text.index("It reported the breach to HHS"), insurer[0] - 1))
    assert not facts.names_recipient("hipaa/hhs-notice", insurer)
    assert "hipaa/individual-notice" not in facts.recipients  # that rule names no recipient's words
