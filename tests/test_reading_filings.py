"""Filings and published notices (issue 15, blind set k8): families of phrasings, each with
sentences written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers import days


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # a relative clause's "ends" after a fiscal period: the period ends, not the breach named further back
    ("The Company expects the incident to lower its revenue for the second quarter of fiscal 2026, which ends "
     "on June 30, 2026.", "en", set()),
    ("Management believes the attack will weigh on sales in fiscal year 2026, which ended on March 31, 2026.",
     "en", set()),
    # a breach word far before the pronoun, past no period, is still what the clause tells of
    ("The clinic reported a breach by its billing vendor (BA), Northgate Claims Services of Ohio, that occurred "
     "from March 2, 2026, to March 9, 2026.", "en", {("breach_start", "2026-03-02"), ("breach_end", "2026-03-09")}),
    ("La société prévoit que l'attaque pèsera sur le chiffre d'affaires du premier semestre de l'exercice 2026, "
     "qui s'achève le 30 juin 2026.", "fr", set()),
    # the antecedent right before the pronoun, or a few words of what hangs on it, is still read
    ("An outsider gained unauthorized access to three payroll mailboxes, which began on March 3, 2026 and "
     "ended on March 9, 2026.", "en", {("breach_start", "2026-03-03"), ("breach_end", "2026-03-09")}),
    ("The intrusion into the vendor's file server, which began on April 2, 2026, went unseen for weeks.", "en",
     {("breach_start", "2026-04-02")}),
])
def test_a_relative_clause_ends_what_stands_before_its_pronoun(text: str, lang: str, expected: set[tuple[str, str]]) -> None:
    assert days(text, lang, dt.date(2026, 12, 1)) == expected


@pytest.mark.parametrize(("text", "lang", "own"), [
    ("Data Security Notice\n\nPosted: March 3, 2026 | Last updated: March 20, 2026\n\nOn February 9, 2026, the "
     "clinic learned that an outsider had opened a staff mailbox.", "en", "2026-03-20"),
    ("Notice of Data Event\nPublished March 3, 2026\nUpdated: March 24, 2026\n\nThe firm found on February 9, 2026 "
     "that a laptop had been stolen.", "en", "2026-03-24"),
    ("Avis de violation de données\n\nPublié le 3 mars 2026 | Mis à jour le 20 mars 2026\n\nLe 9 février 2026, la "
     "mutuelle a découvert qu'un tiers avait ouvert une messagerie.", "fr", "2026-03-20"),
])
def test_a_later_update_on_the_dateline_is_the_texts_own_date(text: str, lang: str, own: str) -> None:
    found = days(text, lang, own=True)
    assert {d for k, d in found if k == "publication"} == {own}
    # the first posting's date is a dateline too: it dates no event of the incident
    assert {d for k, d in found if k.startswith("breach")} == set()
    assert ("discovery", "2026-02-09") in found


@pytest.mark.parametrize(("text", "expected"), [
    # seeing that something is amiss is learning of it
    ("On Monday, March 2, 2026, the district's network team saw that an unknown device had signed in to the "
     "grading system.", {("discovery", "2026-03-02")}),
    ("The night clerk saw signs of tampering on the card reader on April 14, 2026.", {("discovery", "2026-04-14")}),
    # cutting off an intruder's access is the containment, not the breach's start
    ("The Company cut off the unauthorized party's access on November 17, 2026.", {("containment", "2026-11-17")}),
    ("Engineers cut off the attacker on June 3, 2026 after a day of searching.", {("containment", "2026-06-03")}),
    # the report an amendment updates, named before the verb of filing in an object relative
    ("This Amendment No. 2 updates the Current Report on Form 8-K that the Company filed on May 12, 2026.",
     {("notification_regulator", "2026-05-12")}),
    ("The registrant amends the current report that it filed on May 12, 2026 to add the number of people "
     "affected.", {("notification_regulator", "2026-05-12")}),
    # the Attorney General's determination under Item 1.05(c) is not the registrant's
    ("On June 9, 2026, the United States Attorney General determined that disclosure of the incident would "
     "pose a substantial risk to national security.", set()),
    ("On June 9, 2026, the Department of Justice determined that an immediate disclosure would pose a "
     "substantial risk to public safety.", set()),
])
def test_filing_and_notice_acts(text: str, expected: set[tuple[str, str]]) -> None:
    assert days(text, "en", dt.date(2026, 12, 1)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # exporting records is taking them
    ("An intruder exported the enrolment records of the district on July 9, 2026.", {("breach_start", "2026-07-09")}),
    # a clause joined by ", and" with a subject of its own: its "closed" or "ended" is that subject's
    ("The board will discuss the incident at its meeting on October 20, 2026, and schools will be closed for a "
     "holiday on October 22, 2026.", set()),
    ("The clinic found the breach on May 3, 2026, and its offices were closed for repairs on May 8, 2026.",
     {("discovery", "2026-05-03")}),
    # coordinated verbs, or a pronoun, still share the subject before
    ("The attack started on May 3, 2026, and was stopped on May 5, 2026.",
     {("breach_start", "2026-05-03"), ("breach_end", "2026-05-05")}),
    ("The intrusion began on May 3, 2026, and it ended on May 9, 2026.",
     {("breach_start", "2026-05-03"), ("breach_end", "2026-05-09")}),
])
def test_taking_and_clauses_with_their_own_subject(text: str, expected: set[tuple[str, str]]) -> None:
    assert days(text, "en", dt.date(2026, 12, 1)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "that" and a verb of what a thing serves or holds opens a relative clause, not what was found:
    # the date after it is the finding's
    ("The Company detected unusual activity in the systems that support its online store on March 9, 2026.",
     {("discovery", "2026-03-09")}),
    ("The insurer identified an intrusion into servers that host its claims portal on April 21, 2026.",
     {("discovery", "2026-04-21")}),
    # a clause of content keeps its own date
    ("The clinic discovered that an outsider had opened a staff mailbox on May 3, 2026.",
     {("breach_start", "2026-05-03")}),
])
def test_a_relative_that_after_the_object_opens_no_clause_of_content(text: str, expected: set[tuple[str, str]]) -> None:
    assert days(text, "en", dt.date(2026, 12, 1)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the report an amendment updates, in a relative clause set off by a comma
    ("This Amendment No. 1 updates the Current Report on Form 8-K, which the Company filed on April 6, 2026, "
     "about the ransomware attack.", {("notification_regulator", "2026-04-06")}),
    ("The registrant amends its current report, which it filed on April 6, 2026, to add what it has learned.",
     {("notification_regulator", "2026-04-06")}),
])
def test_an_amended_report_named_before_a_relative_of_filing(text: str, expected: set[tuple[str, str]]) -> None:
    assert days(text, "en", dt.date(2026, 12, 1)) == expected
