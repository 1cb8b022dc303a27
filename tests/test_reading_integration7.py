"""Families found while merging the seventh round of reading work (issue 15): a date inside the
words of being told ("called the plan on April 14 to say"), notices that "went out" with no
recipient named, and an outsider's use of an account told in a progressive ("had been using
the account since April 29"). Sentences written for the test."""

from __future__ import annotations

import pytest

from helpers import days


@pytest.mark.parametrize("text", [
    "A member called the plan on April 14, 2025, to say she had been sent another member's statement.",
    "A patient contacted the clinic on April 14, 2025 to report that her chart was visible online.",
    "A parent emailed the district on April 14, 2025 to say a spreadsheet of grades was public.",
])
def test_a_date_inside_the_words_of_being_told_dates_the_discovery(text: str) -> None:
    assert ("discovery", "2025-04-14") in days(text)


@pytest.mark.parametrize(("text", "kind"), [
    ("Notices went out on May 2, 2025.", "notification_individuals"),
    ("Breach notifications went out on May 2, 2025.", "notification_individuals"),
    ("Notices went out to the state attorney general on May 2, 2025.", "notification_regulator"),
])
def test_notices_that_went_out(text: str, kind: str) -> None:
    assert (kind, "2025-05-02") in days(text)


@pytest.mark.parametrize(("text", "lang"), [
    ("An outsider had been using the account since April 29, 2025.", "en"),
    ("A third party had been signing in to the mailbox since April 29, 2025.", "en"),
    ("On May 4, 2025, the firm confirmed that someone had been logging into the portal since April 29.", "en"),
    ("Un individu non autorisé utilisait le compte depuis le 29 avril 2025.", "fr"),
    ("Depuis le 29 avril 2025, un tiers se connectait à la messagerie du cabinet.", "fr"),
])
def test_an_outsiders_use_of_an_account_since_a_day_starts_the_breach(text: str, lang: str) -> None:
    assert ("breach_start", "2025-04-29") in days(text, lang)


def test_staff_using_a_product_is_no_breach() -> None:
    assert not days("Staff had been using the scheduling software since 2019.")


@pytest.mark.parametrize(("text", "lang"), [
    ("The police and HHS were notified on May 7, 2025.", "en"),
    ("La gendarmerie et la CNIL ont été prévenues le 7 mai 2025.", "fr"),
])
def test_outside_bodies_as_the_subject_of_a_passive_notice_are_told(text: str, lang: str) -> None:
    """An outsider before a passive of telling is the one told, not the teller."""
    assert {("notification_regulator", "2025-05-07"), ("notification_law_enforcement", "2025-05-07")} <= days(text, lang)


def test_a_recipient_a_preposition_governs_is_no_passive_subject() -> None:
    text = "La mairie a porté plainte le 6 mai 2025 auprès de la gendarmerie et la CNIL a été notifiée le 7 mai 2025."
    assert days(text, "fr") == {("notification_law_enforcement", "2025-05-06"), ("notification_regulator", "2025-05-07")}


def test_the_regulators_own_act_stays_its_own() -> None:
    assert ("notification_regulator", "2025-05-07") not in days("The attorney general notified the clinic on May 7, 2025.")


@pytest.mark.parametrize(("text", "expected"), [
    ("The records were stolen, the hospital confirmed on May 3, 2026.", set()),
    ("Hackers copied the files, the insurer acknowledged on May 3, 2026.", set()),
    ("The records were stolen, the hacking group confirmed on May 3, 2026.", set()),
    ("Patient files were leaked, researchers said on May 3, 2026.", set()),
    ("Hackers stole the records on May 1, 2026, the hospital confirmed.", {("breach_start", "2026-05-01")}),
])
def test_a_trailing_attribution_dates_the_saying_not_what_was_said(text: str, expected: set[tuple[str, str]]) -> None:
    """"X happened, the hospital confirmed on May 3": May 3 is the day it was said, not the day of X."""
    assert days(text) == expected
