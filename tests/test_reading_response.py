"""The organisation's response told tersely or with long objects (issue 15): containment verbs
whose object runs several words, rows of a timeline table that name a thing then what was done
to it, and the investigation's findings handed over. Sentences written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_check import check_text
from timeline_check.binding.rows import opens_row
from helpers import Days, Spans, days, events

TEXT_DATE = dt.date(2025, 10, 1)


def kinds(text: str) -> Days:
    return days(text, "en", TEXT_DATE)


@pytest.mark.parametrize("text", [
    "On May 12, 2025, the hospital took its electronic health record system offline.",
    "On May 12, 2025, the clinic took the whole imaging archive offline.",
    "On May 12, 2025, IT shut the affected servers down.",
    "On May 12, 2025, the firm shut both of its file servers down.",
    "On May 12, 2025, the company contained the attack by taking the mail servers offline.",
])
def test_a_containment_verb_reaches_past_a_long_object(text: str) -> None:
    assert ("containment", "2025-05-12") in kinds(text)


def test_a_containment_relative_day_counts_from_the_discovery() -> None:
    text = ("Staff noticed encrypted files on May 11, 2025. The hospital took its patient portal and "
            "its billing system offline the following day.")
    assert kinds(text) == {("discovery", "2025-05-11"), ("containment", "2025-05-12")}


TABLE = """Timeline

| Date | What happened |
| --- | --- |
| 2025-08-04 | First malicious sign-in to a payroll mailbox |
| 2025-08-06 | Incident opened by the service desk |
| 2025-08-06 | Compromised accounts disabled |
| 2025-08-07 | Intruder's access cut off |
| 2025-08-22 | Forensic report delivered |
"""

BULLETS = """Key dates

- Sept. 2, 2025 — Unusual sign-ins spotted by the night analyst
- Sept. 3, 2025 — Stolen tokens revoked and hijacked accounts locked
- Sept. 19, 2025 — Investigation concluded
"""


def test_noun_phrase_rows_of_a_table_are_the_response_not_the_breach() -> None:
    assert kinds(TABLE) == {("breach_start", "2025-08-04"), ("discovery", "2025-08-06"),
                            ("containment", "2025-08-06"), ("containment", "2025-08-07"),
                            ("investigation_end", "2025-08-22")}


def test_noun_phrase_bullets_are_the_response_not_the_breach() -> None:
    assert kinds(BULLETS) == {("discovery", "2025-09-02"), ("containment", "2025-09-03"),
                              ("investigation_end", "2025-09-19")}


def test_a_participle_inside_prose_is_still_the_breach() -> None:
    assert ("breach_start", "2025-04-03") in kinds("Records were compromised on April 3, 2025, the clinic said.")


@pytest.mark.parametrize(("text", "word", "row"), [
    ("2025-08-06 — Compromised accounts disabled", "Compromised", True),
    ("| 2025-08-06 | Compromised accounts disabled |", "Compromised", True),
    ("- Aug. 6, 2025: Stolen laptop recovered", "Stolen", True),
    ("Stolen laptop recovered", "Stolen", True),
    ("On Aug. 6, 2025, Stolen Goods Inc. said", "Stolen", False),
    ("Note: Compromised accounts", "Compromised", False),
    ("2025-08-06 — the compromised accounts", "compromised", False),
])
def test_a_row_opens_past_its_date_cell_and_a_separator(text: str, word: str, row: bool) -> None:
    assert opens_row(text, text.index(word)) is row


def test_findings_handed_over_end_the_investigation() -> None:
    assert ("investigation_end", "2025-08-22") in kinds(
        "The outside firm delivered its final report on August 22, 2025.")


def fr_kinds(text: str) -> Spans:
    return events(text, "fr", TEXT_DATE)


def spans(text: str) -> Spans:
    return events(text, "en", TEXT_DATE)


@pytest.mark.parametrize("text", [
    "Letters went out on June 13, 2025. The state attorney general's office was notified the same week.",
    "The clinic mailed letters to patients on June 13, 2025, and notified HHS that same week.",
])
def test_a_notice_the_same_week_falls_within_six_days_of_the_one_before(text: str) -> None:
    assert ("notification_regulator", "2025-06-07", "2025-06-19") in spans(text)


def test_une_notification_la_meme_semaine_tombe_a_six_jours_de_la_precedente() -> None:
    text = "La mutuelle a informé ses adhérents le 13 juin 2025. Elle a notifié la CNIL la même semaine."
    assert ("notification_regulator", "2025-06-07", "2025-06-19") in fr_kinds(text)


@pytest.mark.parametrize("text", [
    "On April 2, 2025, the credit union detected the intrusion. Upon detection, it notified federal law enforcement.",
    "On April 2, 2025, the credit union discovered the theft. Immediately upon discovery, it locked the "
    "affected accounts and notified the police.",
])
def test_an_act_upon_detection_takes_the_detections_day(text: str) -> None:
    assert ("notification_law_enforcement", "2025-04-02") in kinds(text)


def test_un_acte_des_la_decouverte_en_prend_le_jour() -> None:
    text = "Le 2 avril 2025, la mutuelle a découvert l'intrusion. Dès la découverte, elle a prévenu la police."
    assert ("notification_law_enforcement", "2025-04-02", "2025-04-02") in fr_kinds(text)


@pytest.mark.parametrize("text", [
    # the event it counts from has no date: no event with none either
    "Upon discovering the theft, the practice notified the police.",
    # a response, never the breach ("incident response" names no breach)
    "On April 2, 2025, staff detected the attack. Upon detection, the company began its incident response.",
    # no event word after it: no date at all
    "Upon request, the clinic mailed a copy of the records on May 3, 2025.",
])
def test_upon_dates_nothing_without_its_event_or_as_the_breach(text: str) -> None:
    got = kinds(text)
    assert ("notification_law_enforcement", None) not in got
    assert not any(k == "breach_start" and d == "2025-04-02" for k, d in got)
    assert all(d is not None for _, d in got)


@pytest.mark.parametrize("text", [
    "The health system restored most systems by March 21, 2025.",
    "Engineers had contained the ransomware before March 21, 2025, the county said.",
])
def test_a_response_done_by_a_date_is_bounded_by_it(text: str) -> None:
    assert ("containment", None, "2025-03-21") in spans(text)


def test_a_notice_by_a_date_is_left_to_the_words_that_owe_it() -> None:
    assert not any(k.startswith("notification") for k, _, _ in spans("The clinic notified patients by March 3, 2025."))


@pytest.mark.parametrize("text", [
    "On April 2, 2025, the Company detected the intrusion. Upon detection, the Company took steps to contain it.",
    "On April 2, 2025, the Company detected the intrusion. Upon detection, it launched an investigation.",
])
def test_work_begun_upon_detection_is_left_undated(text: str) -> None:
    assert {k for k, _ in kinds(text)} == {"discovery"}


def test_upon_after_a_date_of_its_sentence_is_no_time_expression() -> None:
    text = ("A clerk followed a link in a fake email and typed in credentials allowing access to her mailbox "
            "on May 9, 2025. On May 22, 2025, upon discovering that an outsider gained access to the mailbox "
            "and set up rules, the clinic immediately notified its IT team.")
    report = check_text(text, lang="en", date=TEXT_DATE)
    assert [f.rule for f in report.findings if f.severity == "error"] == []
    assert ("discovery", "2025-05-22") in kinds(text)


def test_a_report_received_is_no_end_of_the_investigation() -> None:
    assert not any(k == "investigation_end" for k, _ in kinds("The regulator received the clinic's breach report on July 3, 2025."))
