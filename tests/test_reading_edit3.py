"""Families read in editors' and compliance staff's working documents (issue 15, h/edit3): sentences
written for the test."""

from __future__ import annotations

import pytest

from timeline_check import check_text
from helpers import days

_LATE = ("Hartwell Clinic, a HIPAA covered entity, discovered the breach on March 3, 2026. It mailed "
         "letters to patients on June 25, 2026. ")


def _deadline(text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.severity) for f in check_text(text, lang="en").findings if f.rule == "hipaa/individual-notice"]


@pytest.mark.parametrize("law", [
    "Under the HIPAA breach rule, a provider has 60 days from discovering a breach to notify the patients affected.",
    "Federal health privacy law gives providers 60 days from discovery to notify patients.",
    "HIPAA allows 60 calendar days after discovery to notify each patient whose records were involved.",
    "Covered entities have 60 days to notify individuals under HIPAA.",
])
def test_a_length_of_time_the_law_grants_to_notify_is_no_undated_notice(law: str) -> None:
    # the law restated: the late notice stays a certain miss, not one an undated notice may excuse
    assert _deadline(_LATE + law) == [("hipaa/individual-notice", "error")]


@pytest.mark.parametrize("act", [
    "The clinic has also begun to notify patients by telephone.",
    "Staff had already started to notify patients by phone.",
])
def test_an_undated_notice_told_as_done_still_softens_the_miss(act: str) -> None:
    assert _deadline(_LATE + act) == [("hipaa/individual-notice", "warning")]


@pytest.mark.parametrize(("text", "lang"), [
    ("Entre le 6 et le 10 mars 2026, l'attaquant a pu lire la boîte de messagerie.", "fr"),
    ("Entre le 6 et le 10 mars 2026, l'attaquant a lu les messages de la boîte.", "fr"),
    ("Du 6 au 10 mars 2026, le pirate a pu lire les courriels de la direction.", "fr"),
    ("Between March 6 and March 10, 2026, the intruder could read the mailbox.", "en"),
])
def test_an_intruder_reading_a_mailbox_over_a_range_starts_and_ends_the_breach(text: str, lang: str) -> None:
    assert {("breach_start", "2026-03-06"), ("breach_end", "2026-03-10")} <= days(text, lang)


def test_staff_reading_a_report_is_no_breach() -> None:
    assert days("Le 3 mars 2026, la directrice a lu le rapport d'audit.", "fr") == set()


@pytest.mark.parametrize(("text", "lang", "day"), [
    ("Minutes of the breach-response call\nThursday, March 12, 2026, 8:30-9:15 a.m. (video call)\n\n"
     "On Tuesday the help desk noticed mail sent from a staff mailbox without her knowledge.", "en", "2026-03-10"),
    ("Compte rendu de la réunion\nJeudi 12 mars 2026, 8 h 30 - 9 h 15 (visioconférence)\n\n"
     "Mardi, le service informatique a découvert la fuite.", "fr", "2026-03-10"),
    ("Compte rendu\nLundi 4 mai 2026, de 14 h à 15 h\n\nVendredi, la clinique a découvert la fuite.", "fr", "2026-05-01"),
])
def test_a_meetings_date_and_hours_on_a_line_of_their_own_date_the_minutes(text: str, lang: str, day: str) -> None:
    # the minutes' own date: the weekdays of the record resolve from it
    assert ("discovery", day) in days(text, lang)


def test_a_log_rows_date_and_one_time_before_an_act_is_the_acts() -> None:
    text = "Incident log\nMarch 12, 2026, 9:40 a.m.: staff found the ransom note on the file server.\n"
    assert check_text(text, lang="en").reference_date is None
