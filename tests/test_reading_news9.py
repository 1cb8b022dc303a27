"""Phrasings of US press stories on breaches (issue 15, blind set `news9`): wire copy, local TV
pages, trade and security press. Sentences written for the test, each family with sentences that
must not change."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers import days, events
from timeline_check import check_text

APRIL = dt.date(2026, 4, 14)
OCTOBER = dt.date(2026, 10, 22)


@pytest.mark.parametrize(("text", "lang", "start"), [
    ("Hackers got into the hospital's network this winter, officials said.", "en", "2025-12-21"),
    ("The county said an intruder copied payroll files this fall.", "en", "2025-09-23"),
    ("The district said someone broke into its email system this summer.", "en", "2025-06-21"),
    ("Des pirates se sont introduits dans le réseau de l'hôpital cet hiver.", "fr", "2025-12-21"),
])
def test_a_season_of_this_year_told_in_the_past_is_the_one_just_gone(text: str, lang: str, start: str) -> None:
    assert {d for k, d in days(text, lang, APRIL) if k == "breach_start"} == {start}


def test_a_season_of_this_year_the_story_is_told_in_stays_that_season() -> None:
    got = events("Hackers got into the hospital's network this winter, officials said.", date=dt.date(2026, 1, 20))
    assert got == {("breach_start", "2025-12-21", "2026-01-20")}


@pytest.mark.parametrize("text", [
    "The county mailed the notification letters on Oct. 9, according to its human resources director.",
    "The district sent the notice letters on Oct. 9.",
    "Families in the Arkansas Valley School District started getting emails on Oct. 9 about the attack.",
    "Patients of the Ridgecrest Health System in eastern Tennessee began getting letters on Oct. 9.",
    "The details are in the letter the practice mailed to patients on Oct. 9.",
    "According to the letters the county sent to residents on Oct. 9, files were copied.",
    "In the letter it mailed to patients on Oct. 9, the practice said files were copied.",
])
def test_letters_told_as_the_press_tells_them_are_the_notice_to_individuals(text: str) -> None:
    assert days(text, date=OCTOBER) == {("notification_individuals", "2026-10-09")}


@pytest.mark.parametrize(("text", "kind"), [
    ("On Oct. 9, letters containing PHI were mailed to the wrong addresses.", "breach_start"),
    ("The letter the clinic sent to the attorney general on Oct. 9 says 300 people were affected.", "notification_regulator"),
    ("Letters to the hospital were mailed on Oct. 9.", "notification_covered_entity"),
    ("Staff started getting emails on Oct. 9 about a new phishing campaign.", None),
])
def test_other_mailings_keep_their_reading(text: str, kind: str | None) -> None:
    assert days(text, date=OCTOBER) == ({(kind, "2026-10-09")} if kind else set())


@pytest.mark.parametrize("text", [
    "The district first realized something was wrong on Saturday, Sept. 5, when staff could not sign in.",
    "Staff realized something was amiss on Sept. 5.",
    "On Sept. 5, the clinic realised something had gone wrong with its server.",
])
def test_realizing_something_was_wrong_is_the_discovery(text: str) -> None:
    assert days(text, date=OCTOBER) == {("discovery", "2026-09-05")}


def test_realizing_a_profit_is_no_discovery() -> None:
    assert days("On Sept. 8 the firm first realized a profit on the sale.", date=OCTOBER) == set()


@pytest.mark.parametrize("text", [
    "Technicians cut the district's connection to the internet on Sept. 6.",
    "On Sept. 6 the county cut its network connections.",
    "The university reset every staff password on Sept. 6.",
    "The company reset all employee passwords on Sept. 6.",
])
def test_cutting_the_connection_or_resetting_passwords_contains(text: str) -> None:
    assert days(text, date=OCTOBER) == {("containment", "2026-09-06")}


@pytest.mark.parametrize("text", [
    "Outside investigators later traced the intruders' first foothold to Feb. 16, the statement said.",
    "The intrusion was traced to a phishing email opened on Feb. 16.",
    "The compromise was traced back to a stolen password used on Feb. 16.",
])
def test_an_intrusion_traced_to_a_day_starts_there(text: str) -> None:
    assert ("breach_start", "2026-02-16") in days(text, date=APRIL)


def test_a_stolen_thing_traced_to_a_place_starts_nothing() -> None:
    assert days("Police traced the stolen laptop to a pawn shop on March 3.", date=APRIL) == set()


@pytest.mark.parametrize("text", [
    "Ridgecrest first acknowledged the attack on March 2, when its emergency rooms diverted ambulances.",
    "The hospital publicly acknowledged the breach on March 2.",
    "The company acknowledged the incident on March 2 in a post on its website.",
])
def test_acknowledging_the_attack_is_a_public_disclosure(text: str) -> None:
    assert days(text, date=APRIL) == {("public_disclosure", "2026-03-02")}


def test_acknowledging_receipt_is_none() -> None:
    assert days("The clinic acknowledged receipt of the complaint on March 2.", date=APRIL) == set()


@pytest.mark.parametrize(("text", "lang"), [
    ("When the practice reported the incident to the breach portal, it gave Sept. 14 as the date the breach "
     "was discovered, the day the review ended, not the day staff first spotted the spam.", "en"),
    ("The notice lists Aug. 27 as the date of first access rather than the date the server was set up.", "en"),
    ("Dans sa notification, la clinique a indiqué le 14 septembre 2026 comme date de la découverte, jour de la "
     "fin de l'audit et non celui de la première alerte.", "fr"),
])
def test_a_date_named_as_an_events_and_then_called_wrong_dates_nothing(text: str, lang: str) -> None:
    assert days(text, lang, OCTOBER) == set()


@pytest.mark.parametrize(("text", "lang", "kind", "day"), [
    ("The filing gives Sept. 14 as the date the breach was discovered.", "en", "discovery", "2026-09-14"),
    ("The notice lists Aug. 27 as the date of first access.", "en", "breach_start", "2026-08-27"),
    ("La notification donne le 14 septembre 2026 comme date de la découverte.", "fr", "discovery", "2026-09-14"),
])
def test_a_date_named_as_an_events_is_still_its_date(text: str, lang: str, kind: str, day: str) -> None:
    assert days(text, lang, OCTOBER) == {(kind, day)}


@pytest.mark.parametrize(("text", "kind"), [
    ("The practice's lawyers finished combing through the mailbox on Sept. 14.", "investigation_end"),
    ("The practice's lawyers finished reviewing the mailbox on Sept. 14.", "investigation_end"),
    ("Lawyers finished going through the files on Sept. 14.", "investigation_end"),
    ("The firm began sifting through the stolen files on Sept. 14.", "investigation_start"),
])
def test_a_gerund_of_reviewing_after_a_word_of_ending_is_the_review(text: str, kind: str) -> None:
    assert days(text, date=OCTOBER) == {(kind, "2026-09-14")}


@pytest.mark.parametrize("text", [
    "Posted Thursday, November 12, 2026 6:05 p.m.\n\nA hacker broke in to the payroll system, the university said Thursday.\n",
    "Posted Thursday, November 12, 2026, 6:05 p.m.\n\nA hacker broke in to the payroll system, the university said Thursday.\n",
    "University: hacker got into payroll system\n\nPosted Thursday, November 12, 2026 at 6:05 p.m.\n\nThe university said Thursday.\n",
])
def test_a_datelines_time_of_day_dates_no_event(text: str) -> None:
    assert {k for k, _ in days(text)} <= {"public_disclosure"}


def test_a_length_told_again_in_the_headline_is_one_finding() -> None:
    text = ("University: hacker had access to payroll system for about a week\n\n"
            "The hacker had access to the system for about a week, from Oct. 2 until Oct. 21, the university said.\n")
    found = [f.rule for f in check_text(text, date=dt.date(2026, 11, 12)).findings if f.severity == "error"]
    assert found == ["duration/stated-duration"]


def test_two_lengths_at_odds_are_two_findings() -> None:
    text = ("University: hacker had access to payroll system for three days\n\n"
            "The hacker had access to the system for about a week, from Oct. 2 until Oct. 21, the university said.\n")
    found = [f.rule for f in check_text(text, date=dt.date(2026, 11, 12)).findings if f.rule.startswith("duration/")]
    assert len(found) == 2


@pytest.mark.parametrize("text", [
    "In Thursday's email, the superintendent wrote that forensic specialists found that files were copied.",
    "At Monday's board meeting, the superintendent said staff discovered the attack.",
    "In Tuesday's briefing, officials said investigators determined that records were taken.",
])
def test_a_date_in_the_genitive_of_a_message_or_meeting_dates_no_verb(text: str) -> None:
    assert days(text, date=dt.date(2026, 9, 17)) == set()


@pytest.mark.parametrize(("text", "kind", "day"), [
    ("The district discovered the attack on Monday.", "discovery", "2026-09-14"),
    ("Thursday's letters to families said records were copied.", None, None),
    ("The district mailed letters to families on Monday.", "notification_individuals", "2026-09-14"),
])
def test_other_weekdays_keep_their_reading(text: str, kind: str | None, day: str | None) -> None:
    got = days(text, date=dt.date(2026, 9, 17))
    assert got == {(kind, day)} if kind else ("discovery", "2026-09-17") not in got


@pytest.mark.parametrize("text", [
    "Monday's attack shut down the district's computers.",
    "A ransomware attack took the phone system offline on Sept. 14.",
    "The cyberattack disabled the hospital's email on Sept. 14.",
])
def test_the_attack_shutting_systems_down_is_no_containment(text: str) -> None:
    assert not {k for k, _ in days(text, date=dt.date(2026, 9, 17))} & {"containment"}


def test_staff_shutting_systems_down_after_the_attack_still_contain() -> None:
    assert days("After the attack, staff shut down the servers on Sept. 14.", date=dt.date(2026, 9, 17)) \
        == {("containment", "2026-09-14")}


@pytest.mark.parametrize("text", [
    "Lakeshore informed its physician-group clients of the incident on Aug. 31.",
    "The software maker told its business customers about the breach on Aug. 31.",
    "ClearLedger alerted its employer clients to the attack on Aug. 31.",
])
def test_a_vendors_organisation_clients_are_no_individuals(text: str) -> None:
    assert days(text, date=OCTOBER) == {("notification_covered_entity", "2026-08-31")}


@pytest.mark.parametrize("text", [
    "The bank notified affected customers on Aug. 31.",
    "The accounting firm mailed letters to affected clients on Aug. 31.",
])
def test_customers_and_clients_as_people_are_still_individuals(text: str) -> None:
    assert days(text, date=OCTOBER) == {("notification_individuals", "2026-08-31")}


def test_a_hack_attributed_to_a_group_on_a_day_starts_nothing_then() -> None:
    assert ("breach_start", "2026-03-03") not in days("The FBI attributed the hack to North Korea on March 3.", date=APRIL)
