"""Families found by reading the dates the reader left unplaced over the raw HHS narratives (issue 15,
seventh session): a verb of judging with its own date before its "that" clause, and notice to the media
named as such. Sentences written for the test. ("concluded on <date> that" stays as tests/test_events.py
has it: an investigation that ends then, or no event.)"""

from __future__ import annotations

import pytest

from helpers import events as kinds


@pytest.mark.parametrize(("text", "lang"), [
    ("The reviewers established on March 2, 2021 that the intruder had reached the billing server.", "en"),
    ("The outside firm verified on March 2, 2021, that the attacker had copied patient files.", "en"),
    ("Après un audit, l'hôpital a vérifié le 2 mars 2021 qu'un agent avait consulté 300 dossiers.", "fr"),
    ("Les experts ont vérifié le 2 mars 2021 que l'attaquant avait copié des fichiers.", "fr"),
])
def test_a_date_between_a_verb_of_finding_and_its_that_clause_dates_the_determination(text: str, lang: str) -> None:
    found = kinds(text, lang)
    assert ("determination", "2021-03-02", "2021-03-02") in found
    assert not any(kind.startswith("breach") for kind, _, _ in found), found  # the clause's act is not dated by it


@pytest.mark.parametrize("text", [
    "The investigation concluded on March 2, 2021.",
    "Le 2 mars 2021, l'enquête interne s'est achevée.",
])
def test_an_investigation_that_concludes_with_no_that_clause_still_ends(text: str) -> None:
    lang = "fr" if "enquête" in text else "en"
    assert ("investigation_end", "2021-03-02", "2021-03-02") in kinds(text, lang)


@pytest.mark.parametrize(("text", "first", "last"), [
    ("The pharmacy notified HHS and posted media notice in its service area for two weeks in March 2016.",
     "2016-03-01", "2016-03-31"),
    ("The practice published a notice in two local newspapers on May 4, 2019.", "2019-05-04", "2019-05-04"),
    ("The clinic provided media notice on May 4, 2019.", "2019-05-04", "2019-05-04"),
])
def test_notice_to_the_media_named_as_such(text: str, first: str, last: str) -> None:
    found = kinds(text)
    assert ("notification_media", first, last) in found
    assert not any(kind.startswith("breach") or kind == "public_disclosure" for kind, _, _ in found), found


def test_posting_patient_data_is_still_the_breach() -> None:
    assert ("breach_start", "2016-05-03", "2016-05-03") in kinds(
        "A receptionist posted patient photos on social media on May 3, 2016.")


@pytest.mark.parametrize(("text", "kind"), [
    ("The clinic notified HHS and mailed letters to its patients in March 2016.", "notification_individuals"),
    ("The plan informed OCR and then posted media notice in March 2016.", "notification_media"),
    ("The practice contacted the FBI and sent letters to patients in March 2016.", "notification_individuals"),
])
def test_a_body_told_by_the_first_verb_is_not_the_subject_of_the_second(text: str, kind: str) -> None:
    assert (kind, "2016-03-01", "2016-03-31") in kinds(text)


def test_a_body_that_is_the_subject_still_acts_for_itself() -> None:
    # HHS's own posting is no notice of the organisation's
    found = kinds("The clinic reported the theft in January 2016. HHS posted the report on its portal in March 2016.")
    assert not any(kind.startswith("notification") and first == "2016-03-01" for kind, first, _ in found), found


def test_an_investigation_that_concluded_on_a_day_and_determined_still_ends_then() -> None:
    found = kinds("A forensic investigation that concluded on June 5, 2026 determined that an intruder had "
                  "reached the server.")
    assert ("investigation_end", "2026-06-05", "2026-06-05") in found, found


@pytest.mark.parametrize("text", [
    "The letter was sent to patients on May 3, 2025.",
    "A letter was sent to each affected patient on May 3, 2025.",
    "An email was sent to affected customers on May 3, 2025.",
    "A notice was emailed to affected customers on May 3, 2025.",
])
def test_one_letter_or_email_sent_to_the_people_affected_is_their_notice(text: str) -> None:
    assert kinds(text) == {("notification_individuals", "2025-05-03", "2025-05-03")}


@pytest.mark.parametrize("text", [
    "A letter was sent to the wrong address on May 3, 2025.",
    "On May 3, 2025, a letter was mistakenly sent to another member.",
    "A notice was emailed to the wrong customers on May 3, 2025.",
    "An email containing patient names was sent to a vendor on May 3, 2025.",
    "An explanation of benefits statement was sent to the wrong member on May 3, 2025.",
])
def test_a_letter_that_went_astray_is_still_the_breach(text: str) -> None:
    assert ("breach_start", "2025-05-03", "2025-05-03") in kinds(text)


@pytest.mark.parametrize(("text", "lang"), [
    ("This notice will remain posted on our website through June 30, 2025.", "en"),
    ("The notices remain posted on the county's home page until June 30, 2025.", "en"),
    ("Cet avis restera publié sur notre site jusqu'au 30 juin 2025.", "fr"),
])
def test_a_notice_that_stays_posted_is_no_breach(text: str, lang: str) -> None:
    assert not any(kind.startswith("breach") for kind, _, _ in kinds(text, lang))


def test_data_that_stayed_posted_is_still_the_breach() -> None:
    found = kinds("Patient names were posted on a public forum on May 3, 2025 and remained posted until June 30, 2025.")
    assert {("breach_start", "2025-05-03", "2025-05-03"), ("breach_end", "2025-06-30", "2025-06-30")} <= found
