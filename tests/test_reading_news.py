"""Phrasings of news stories about a breach (issue 15), in sentences written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers import Days, days

STORY_DATE = dt.date(2025, 3, 14)  # a Friday


def kinds(text: str) -> Days:
    return days(text, "en", STORY_DATE)


@pytest.mark.parametrize("text", [
    "Shares of the insurer fell 6% on Friday.",
    "The company's stock fell sharply on March 11, 2025, after the announcement.",
])
def test_a_market_move_is_no_breach(text: str) -> None:
    assert kinds(text) == set()


@pytest.mark.parametrize("text", [
    "On March 3, 2024, a box of claim forms fell off a courier's van.",
    "On March 3, 2024, an employee fell victim to a phishing email.",
])
def test_what_fell_may_still_be_the_breach(text: str) -> None:
    assert kinds(text) == {("breach_start", "2024-03-03")}


@pytest.mark.parametrize("text", [
    "Letters to the nearly 48,000 affected members started going out on March 12, 2025.",
    "Letters to affected members began going out on March 12, 2025.",
])
def test_letters_going_out_are_the_notice_to_individuals(text: str) -> None:
    assert kinds(text) == {("notification_individuals", "2025-03-12")}


def test_a_dated_news_release_a_story_cites_is_a_public_statement() -> None:
    text = ("On June 3, 2024, the clinic found that an outsider may have opened a physician's mailbox, "
            "according to an August 1, 2024 news release.")
    assert kinds(text) == {("discovery", "2024-06-03"), ("public_disclosure", "2024-08-01")}


@pytest.mark.parametrize(("text", "kind"), [
    ("Notification emails were sent to 3,140 affected customers on March 3, 2025.", "notification_individuals"),
    ("2025-03-03 — Notification emails were sent to the affected customers.", "notification_individuals"),
    ("The practice mailed notification letters on March 3, 2025.", "notification_individuals"),
    ("The county mailed letters to property owners on March 3, 2025.", "notification_individuals"),
    ("The practice mailed notification letters to HHS on March 3, 2025.", "notification_regulator"),
])
def test_notices_told_without_their_recipient_or_in_the_passive(text: str, kind: str) -> None:
    assert kinds(text) == {(kind, "2025-03-03")}


@pytest.mark.parametrize(("text", "expected"), [
    ("The county shut off the compromised server on March 3, 2025.", {("containment", "2025-03-03")}),
    ("Police recovered the stolen laptop on March 3, 2025.", set()),
    ("The company replaced the remote-access appliance on March 3, 2025.", set()),
    ("2025-03-03 — Public access on the bucket was blocked.", {("containment", "2025-03-03")}),
    # the act itself stays the breach
    ("A hacker compromised an account on March 3, 2025.", {("breach_start", "2025-03-03")}),
    ("On March 3, 2025, an encrypted laptop was stolen from a car.", {("breach_start", "2025-03-03")}),
    ("On March 3, 2025, a flaw that exposed files was found.", {("breach_start", "2025-03-03")}),
    ("On March 3, 2025, an outsider gained access to the portal.", {("breach_start", "2025-03-03")}),
])
def test_a_breach_word_naming_a_thing_is_no_breach_on_that_day(text: str, expected: set[tuple[str, str]]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize("text", [
    "On 2025-03-03, a security researcher emailed our disclosure address to report an open bucket.",
    "On March 3, 2025, a patient called the clinic to report that she had received another patient's records.",
])
def test_someone_writing_in_to_report_it_is_the_discovery(text: str) -> None:
    assert kinds(text) == {("discovery", "2025-03-03")}


@pytest.mark.parametrize(("text", "expected"), [
    # the story is dated Friday, March 14, 2025
    ("The district began sending letters to staff, a spokesman said at a board meeting Wednesday night.", set()),
    ("The hospital discovered the attack, a spokeswoman for the hospital group said Tuesday.", set()),
    ("The district began sending letters to staff on Monday, a spokesman said Wednesday.",
     {("notification_individuals", "2025-03-10")}),
    # a statement told by its day, then what was said: the organisation's public disclosure (binding/said_on.py)
    ("A spokeswoman said Tuesday that the hospital discovered the attack on March 3.",
     {("discovery", "2025-03-03"), ("public_disclosure", "2025-03-11")}),
])
def test_the_date_of_a_speakers_tag_is_when_it_was_said(text: str, expected: set[tuple[str, str]]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The attacker encrypted its servers on March 3, 2025, the day the chain found the attack.",
     {("breach_start", "2025-03-03"), ("discovery", "2025-03-03")}),
    ("The district first saw trouble on March 3, 2025, when teachers could not log in.", {("discovery", "2025-03-03")}),
    ("The attacker entered through an unpatched VPN appliance on March 3, 2025.", {("breach_start", "2025-03-03")}),
    ("IT wiped the laptop remotely on March 3, 2025.", {("containment", "2025-03-03")}),
    ("On March 3, 2025, the incident was declared a data breach.", {("determination", "2025-03-03")}),
    ("The chain mailed letters to the first group of patients on March 3, 2025.", {("notification_individuals", "2025-03-03")}),
    ("On March 3, 2025, the clinic mailed letters to the wrong patients.", {("breach_start", "2025-03-03")}),
    ("The forensic firm we retained on March 3, 2025 found that files were copied.", {("investigation_start", "2025-03-03")}),
    ("On March 3, 2025, the clinic discovered the intrusion. On the day it discovered the intrusion, it terminated all "
     "access to its remote desktop.", {("discovery", "2025-03-03"), ("containment", "2025-03-03")}),
])
def test_incident_report_and_news_wordings_of_the_response(text: str, expected: set[tuple[str, str]]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Emails went out to the affected applicants on March 3, 2025.", {("notification_individuals", "2025-03-03")}),
    ("Letters to the 214 affected members were mailed on March 3, 2025.", {("notification_individuals", "2025-03-03")}),
    ("Letters to HHS were mailed on March 3, 2025.", {("notification_regulator", "2025-03-03")}),
    ("On March 3, 2025, emails went out to the wrong applicants.", {("breach_start", "2025-03-03")}),
    ("On March 3, 2025, a member called the service line to say she had received a stranger's statement.",
     {("discovery", "2025-03-03")}),
])
def test_letters_and_emails_that_went_out_and_a_call_that_tells_of_it(text: str, expected: set[tuple[str, str]]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The hospital's notice, posted on its website on March 3, 2025, said files were copied.",
     {("public_disclosure", "2025-03-03")}),
    ("The statement, posted Monday, March 3, 2025, did not say how many patients were affected.",
     {("public_disclosure", "2025-03-03")}),
    ("On March 3, 2025, an employee posted patient photos on social media.", {("breach_start", "2025-03-03")}),
])
def test_a_notice_posted_on_a_day_is_the_public_statement_not_a_posting_of_data(
        text: str, expected: set[tuple[str, str]]) -> None:
    assert kinds(text) == expected


def test_dates_a_noun_lists_are_not_a_notice_s() -> None:
    text = "Later the firm told the regulator of the two leaks of dates 03/02/2024 and 05/09/2024."
    assert kinds(text) == set()


def test_dates_a_noun_lists_are_not_a_notice_s_after_them_either() -> None:
    text = "The two leaks of dates 03/02/2024 and 05/09/2024 were reported to the regulator."
    assert kinds(text) == set()
