"""Issue 15 (h/read4): a dated story's statements told by the day they were made, a letter's date
under a sender's address, being told by another party in a letter's words, malicious code "present"
over a range, machines and accounts cut off. Sentences written for the test."""

from __future__ import annotations

import datetime

import pytest

from timeline_check import check_text
from helpers import events as kinds

DATELINE = "SALEM, Ore., Oct. 17, 2025 — "  # a Friday


@pytest.mark.parametrize(("said", "day"), [
    ("A dental chain said Friday that an intruder copied files holding patient records.", "2025-10-17"),
    ("The county said on Monday that hackers had stolen payroll data from one of its servers.", "2025-10-13"),
    ("The insurer confirmed Wednesday it had been hit by ransomware.", "2025-10-15"),
    ("The retailer acknowledged Tuesday that card details were taken from its website.", "2025-10-14"),
])
def test_a_statement_dated_by_its_day_is_the_public_disclosure(said: str, day: str) -> None:
    got = kinds(DATELINE + said)
    assert ("public_disclosure", day, day) in got
    assert not any(k.startswith("breach") and a == day for k, a, _ in got)  # the day is not the breach's


@pytest.mark.parametrize("said", [
    "Researchers said Tuesday that the hackers stole data from the clinic.",
    "Police said Friday that a laptop with patient files was stolen from a car.",
    "The clinic said Friday that it would reopen its front desk next week.",
])
def test_another_speaker_or_no_breach_said_is_no_disclosure(said: str) -> None:
    assert not any(k == "public_disclosure" for k, _, _ in kinds(DATELINE + said))


def test_a_day_inside_what_was_said_stays_the_breach_s() -> None:
    assert ("breach_start", "2025-10-14", "2025-10-14") in kinds(
        DATELINE + "The clinic said the laptop was stolen on Tuesday.")


LETTER = "Pine Hollow Pharmacy\n27 Orchard Lane\nBend, OR 97701\n\nMay 12, 2025\n\nDear Customer,\n\n{body}\n"


def test_a_letter_s_date_under_a_sender_s_address_is_its_own_and_its_notice_s() -> None:
    got = kinds(LETTER.format(body="We are writing to tell you about an incident that involved your information."))
    assert ("notification_individuals", "2025-05-12", "2025-05-12") in got


def test_a_date_alone_on_a_line_deep_in_a_list_is_no_letter_date() -> None:
    text = "Timeline\n\nIntake\nReview\nScope\nLetters\n\nMay 12, 2025\nServer isolated by the vendor.\n"
    report = check_text(text, lang="en")
    assert not any(e.kind == "publication" for e in report.events)


@pytest.mark.parametrize("told", [
    "On April 3, 2025, our card processor told us that several cards used on our site had been misused.",
    "On April 3, 2025, a software vendor informed us that its hosting server had been accessed.",
    "On April 3, 2025, a bank notified us of suspicious charges on cards used at our store.",
])
def test_being_told_by_another_party_in_a_letter_s_words_is_the_discovery(told: str) -> None:
    assert ("discovery", "2025-04-03", "2025-04-03") in kinds(told)


def test_telling_the_people_affected_stays_a_notice() -> None:
    assert ("notification_individuals", "2025-04-03", "2025-04-03") in kinds(
        "We notified you on April 3, 2025. Please contact us with any questions.")


@pytest.mark.parametrize("present", [
    "A card-skimming script was present on the checkout page from July 30, 2025 until September 22, 2025.",
    "The malicious code had been present on the server from July 30, 2025 to September 22, 2025.",
])
def test_malicious_code_present_over_a_range_is_the_breach(present: str) -> None:
    got = kinds(present)
    assert ("breach_start", "2025-07-30", "2025-07-30") in got and ("breach_end", "2025-09-22", "2025-09-22") in got


@pytest.mark.parametrize("cut", [
    "Staff disconnected the affected servers on September 29, 2025.",
    "The customer account was suspended on September 29, 2025.",
    "On September 29, 2025, the plan suspended the vendor's remote access.",
])
def test_cutting_off_a_machine_or_an_account_is_containment(cut: str) -> None:
    assert ("containment", "2025-09-29", "2025-09-29") in kinds(cut)


@pytest.mark.parametrize(("form", "want"), [
    ("Date(s) of consumer notification: 07/18/2025\n", ("notification_individuals", "2025-07-18", "2025-07-18")),
    ("Date(s) Individual Notice Provided to Consumers: 2025-07-18\n", ("notification_individuals", "2025-07-18", "2025-07-18")),
    ("Date(s) of Breach (if known): 2025-06-02\n", ("breach_start", "2025-06-02", "2025-06-02")),
    ("Date of the breach: June 2, 2025\n", ("breach_start", "2025-06-02", "2025-06-02")),
])
def test_a_notice_form_s_fields_date_their_events(form: str, want: tuple[str, str, str]) -> None:
    assert want in kinds("Breach Information\n" + form)


def test_a_form_s_field_for_an_event_is_no_dateline() -> None:
    report = check_text("Date of the breach: June 2, 2025\nDescription: a stolen laptop\n", lang="en")
    assert not any(e.kind == "publication" for e in report.events)


@pytest.mark.parametrize("saw", [
    "On March 7, 2025, the security team saw a burst of downloads from one customer account.",
    "On March 7, 2025, staff saw unusual sign-ins to the payroll portal.",
])
def test_seeing_something_amiss_is_the_discovery(saw: str) -> None:
    assert ("discovery", "2025-03-07", "2025-03-07") in kinds(saw)


def test_a_patient_seeing_a_doctor_is_no_discovery() -> None:
    assert not any(k == "discovery" for k, _, _ in kinds("On March 7, 2025, the patient saw a physician."))


@pytest.mark.parametrize("filed", [
    "The notice was drafted on March 10, 2025, and we filed it with OCR on March 11, 2025.",
    "We filed it through the DFS portal on March 11, 2025, within 72 hours of the determination.",
])
def test_filing_a_notice_named_before_is_the_notice_to_the_regulator(filed: str) -> None:
    assert ("notification_regulator", "2025-03-11", "2025-03-11") in kinds(filed)


@pytest.mark.parametrize("doing", [
    "We are mailing letters to the residents affected on October 1, 2024.",
    "The clinic is notifying patients on October 1, 2024.",
])
def test_an_act_under_way_after_the_text_s_date_is_no_contradiction(doing: str) -> None:
    report = check_text(doing, lang="en", date=datetime.date(2024, 9, 30))
    assert not [f.rule for f in report.findings if f.severity == "error"]


def test_an_act_done_after_the_text_s_date_still_is() -> None:
    report = check_text("We mailed letters to the residents affected on October 1, 2024.", lang="en", date=datetime.date(2024, 9, 30))
    assert "order/event-after-publication" in [f.rule for f in report.findings]
