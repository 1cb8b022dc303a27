"""Anchored phrases (issue 15 §9): "48 heures après", "within an hour", "immediately", "aussitôt
après le constat" date an event from the event they refer to, never from a date the reader did
not understand; sentences written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline_check import check_text
from timeline_check.lang import load_language
from timeline_check.tagging.timex3 import timexes
from helpers import events



@pytest.mark.parametrize(("text", "lang", "expected"), [
    # hours after an event: the days they may cross
    ("Le 3 mars 2024, la clinique a détecté une intrusion. Elle a prévenu la CNIL 48 heures après.", "fr",
     ("notification_regulator", "2024-03-05", "2024-03-05")),
    ("On June 3, 2022, the practice found the intrusion; 48 hours later it notified the state attorney general.", "en",
     ("notification_regulator", "2022-06-05", "2022-06-05")),
    ("Le 3 mars 2024, l'hôpital a constaté l'attaque. Moins d'une heure après, il a isolé le réseau.", "fr",
     ("containment", "2024-03-03", "2024-03-04")),
])
def test_hours_after_an_event(text: str, lang: str, expected: tuple[str, str, str]) -> None:
    assert expected in events(text, lang)


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("A tablet was taken from a nurse's locker on May 9, 2018. The loss was noticed within an hour.", "en",
     ("discovery", "2018-05-09", "2018-05-10")),
    ("The hospital discovered the ransomware on May 2, 2023 and contacted the FBI within an hour.", "en",
     ("notification_law_enforcement", "2023-05-02", "2023-05-03")),
    ("Le 3 mars 2024, la clinique a détecté une intrusion et a prévenu la CNIL dans les 24 heures.", "fr",
     ("notification_regulator", "2024-03-03", "2024-03-04")),
])
def test_within_a_day_or_less_of_the_event_before(text: str, lang: str, expected: tuple[str, str, str]) -> None:
    assert expected in events(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    # a longer "within" in days is a time limit, not a date (in hours: tests/test_reading_hours.py)
    ("The pharmacy learned of the theft on May 2, 2023 and replaced its laptops within 30 days.", "en"),
    ("Le 2 mai 2023, la mutuelle a détecté la fuite et a chiffré ses postes dans les 30 jours.", "fr"),
])
def test_a_longer_within_dates_nothing(text: str, lang: str) -> None:
    assert {k for k, _, _ in events(text, lang)} == {"discovery"}


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("A laptop was stolen from a van on April 8, 2017. Staff noticed the loss within an hour and immediately "
     "notified the police.", "en", ("notification_law_enforcement", "2017-04-08", "2017-04-09")),
    ("A laptop was stolen from a van on April 8, 2017. Staff noticed the loss within an hour, and the police were "
     "notified immediately.", "en", ("notification_law_enforcement", "2017-04-08", "2017-04-09")),
    ("Le 9 janvier 2023, la mairie a découvert l'attaque et a aussitôt porté plainte.", "fr",
     ("notification_law_enforcement", "2023-01-09", "2023-01-09")),
    ("Le 9 janvier 2023, la régie a constaté une intrusion et a immédiatement coupé l'accès au serveur.", "fr",
     ("containment", "2023-01-09", "2023-01-09")),
])
def test_immediately_is_the_moment_of_the_event_before(text: str, lang: str, expected: tuple[str, str, str]) -> None:
    assert expected in events(text, lang)


def test_immediately_is_never_the_ground_of_an_error() -> None:
    # "immediately" after a stated start: a guess of which event it follows, a warning at most
    text = ("On March 2, 2021, the clinic learned that a clerk had viewed charts since June 2019. The clinic "
            "immediately terminated her access.")
    assert not [f for f in check_text(text, lang="en").findings if f.severity == "error"]


def test_immediately_is_no_timex3() -> None:
    fr = load_language(Path(__file__).parent.parent / "rules" / "lang" / "fr.toml")
    assert [t.text for t in timexes("Le service a aussitôt prévenu la police.", fr)] == []


@pytest.mark.parametrize(("text", "lang"), [
    # "the same day" after a weekday that was not placed stays unplaced, not another date's
    ("Le 2 février 2023, le prestataire a lancé l'audit. Mardi, la mutuelle a détecté l'attaque. Le même jour, elle a "
     "déposé plainte.", "fr"),
    ("On February 2, 2023, the vendor began its audit. On Tuesday, the clinic detected the intrusion. It notified the "
     "FBI the same day.", "en"),
])
def test_the_same_day_as_an_unplaced_weekday_takes_no_other_date(text: str, lang: str) -> None:
    assert not {e for e in events(text, lang) if e[0] == "notification_law_enforcement" and e[1] is not None}
