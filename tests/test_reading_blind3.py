"""Families of the third blind set of issue 15 (h/read7): a counsel's letter to an attorney general
that names its client with a defined term, a periodic report an 8-K's boilerplate points to, staff
confirming what they found on a day told as "that evening", the evening before a dated discovery,
alerts received, locked accounts, an ed-tech vendor telling school districts, and an event phrase
that runs on past a clause join. Sentences of our own."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from helpers import days
from timeline_check import check_text
from timeline_check.lang import load_language
from timeline_check.notices import notice_kind
from timeline_check.rulefile import word_index

_EN = load_language(Path(__file__).parent.parent / "rules" / "lang" / "en.toml")

_COUNSEL = """HOLLIS & WREN LLP
400 Pine Street, Suite 900
Spokane, WA 99201

March 30, 2026

Office of the Attorney General of Washington
Consumer Protection Division
800 Fifth Avenue
Seattle, WA 98104

Re: Notice of Data Security Incident

Dear Sir or Madam:

We represent Larchmont Family Dental, PLLC ("Larchmont"), a dental practice in Spokane, and write
to notify your office of a security incident.

On January 12, 2026, Larchmont learned that an intruder had opened two staff mailboxes. The mailboxes
held information of 2,204 Washington residents. Larchmont mailed letters to those residents on March 27, 2026.
"""


def test_a_defined_term_in_brackets_quotes_no_one() -> None:
    """'("Larchmont")' before the words that address the reader: still a letter to a regulator."""
    found = notice_kind(_COUNSEL, _EN, word_index(_COUNSEL))
    assert found is not None and found.kind == "regulator"


def test_a_counsel_letter_to_an_attorney_general_is_the_notice_to_the_regulator_its_head_names() -> None:
    report = check_text(_COUNSEL)
    found = days(_COUNSEL)
    assert ("notification_regulator", "2026-03-30") in found and ("notification_individuals", "2026-03-30") not in found
    loud = sorted(f.rule for f in report.findings if f.severity == "error")
    assert loud == ["us-wa/ag-notice", "us-wa/individual-notice"]  # 77 days after the discovery, 30 allowed


def test_a_quotation_before_the_words_still_makes_no_letter() -> None:
    """An article quoting a letter's words is no letter: only a defined term's quotation marks are passed over."""
    text = 'The firm\'s lawyer said: "We write to notify your office of an incident at our client."\n'
    assert notice_kind(text, _EN, word_index(text)) is None


@pytest.mark.parametrize("sentence", [
    "Further risks are described in the Company's Annual Report on Form 10-K for the fiscal year ended "
    "June 30, 2025, filed with the SEC on August 28, 2025.",
    "The Company filed its Quarterly Report on Form 10-Q with the SEC on November 6, 2025.",
    "See the risk factors in the Company's proxy statement filed with the Securities and Exchange Commission on "
    "October 2, 2025.",
])
def test_a_periodic_report_filed_is_no_notice_of_the_breach(sentence: str) -> None:
    text = "On January 14, 2026, the Company detected ransomware on part of its network. " + sentence
    found = days(text)
    assert ("discovery", "2026-01-14") in found
    assert not {k for k, _ in found if k == "notification_regulator"}


@pytest.mark.parametrize("sentence", [
    "The Company filed a Current Report on Form 8-K with the SEC on January 20, 2026.",
    "As described in the Company's Annual Report on Form 10-K, the Company filed a Current Report on Form 8-K "
    "with the SEC on January 20, 2026.",
])
def test_a_current_report_filed_is_still_the_notice(sentence: str) -> None:
    """The report nearest the word of filing decides: an 8-K after a 10-K's name is the notice."""
    text = "On January 14, 2026, the Company detected ransomware on part of its network. " + sentence
    assert ("notification_regulator", "2026-01-20") in days(text)


@pytest.mark.parametrize(("sentence", "kind"), [
    ("Staff confirmed that evening that an outsider had signed in to the billing server.", "determination"),
    ("IT staff confirmed that night that a stolen password had been used on the portal.", "determination"),
    ("The hospital confirmed that evening that an outsider had signed in to the billing server.", "public_disclosure"),
])
def test_staff_confirming_what_they_found_is_a_determination(sentence: str, kind: str) -> None:
    text = "On Tuesday, May 12, 2026, the security office received alerts about logins from abroad. " + sentence
    found = days(text, date=dt.date(2026, 6, 30))
    assert ("discovery", "2026-05-12") in found
    assert (kind, "2026-05-12") in found
    assert ("breach_start", "2026-05-12") not in found  # the clause is the confirming's, not a day of its own


def test_staff_named_earlier_in_the_sentence_do_not_speak() -> None:
    """Staff must be the verb's own subject: here the organisation confirms, a disclosure."""
    text = "On May 12, 2026, staff noticed odd logins, and the hospital confirmed on May 14 that an outsider had copied files."
    found = days(text)
    assert ("public_disclosure", "2026-05-14") in found and ("determination", "2026-05-14") not in found


def test_the_same_day_that_a_clause_names_still_counts_from_that_clause() -> None:
    """With no verb of saying or finding before it, "the same day that" names the day of its clause."""
    text = ("The clinic mailed letters to patients on June 2, 2025. It notified HHS the same day that the "
            "letters went out.")
    assert ("notification_regulator", "2025-06-02") in days(text)


@pytest.mark.parametrize(("sentence", "day"), [
    ("On April 7, 2026, the pharmacy learned that a laptop had been taken from an employee's car the previous evening.",
     "2026-04-06"),
    ("On April 7, 2026, the pharmacy learned that its office had been broken into the night before.", "2026-04-06"),
])
def test_the_evening_before_a_dated_discovery(sentence: str, day: str) -> None:
    found = days(sentence)
    assert ("discovery", "2026-04-07") in found and ("breach_start", day) in found


def test_alerts_received_are_the_discovery() -> None:
    assert ("discovery", "2026-02-03") in days("The clinic received alerts about unusual sign-ins on February 3, 2026.")


@pytest.mark.parametrize("sentence", [
    "The affected accounts were locked on March 9, 2026.",
    "The mailbox was locked on March 9, 2026.",
])
def test_locked_accounts_are_contained(sentence: str) -> None:
    assert ("containment", "2026-03-09") in days("A phishing email reached the staff on March 2, 2026. " + sentence)


@pytest.mark.parametrize("recipients", ["school districts", "district technology directors", "its district customers"])
def test_a_vendor_telling_school_districts_tells_its_clients(recipients: str) -> None:
    text = (f"An ed-tech vendor found on October 20, 2025 that student records had been copied. "
            f"It notified {recipients} on October 29, 2025.")
    assert ("notification_covered_entity", "2025-10-29") in days(text)


@pytest.mark.parametrize("tail", [
    "and the server was removed from the network within the hour",
    "and the account was disabled within the hour",
])
def test_an_event_phrase_does_not_run_on_past_a_clause_join(tail: str) -> None:
    text = ("On August 3, 2025, the college detected an intruder on a records server. Technicians found that "
            f"the intruder had gained access to the server, {tail}.")
    assert ("containment", "2025-08-03") in days(text)
