"""Phrasings of SEC filings about a cybersecurity incident (issue 15, helper k9: 8-K Items 1.05 and
8.01, 8-K/A, 10-Q and 10-K passages), in sentences written for the test, with those that must not
change."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers import days
from timeline_check import check_text

NOV = dt.date(2026, 11, 20)


# --- a pointer to an earlier report that names that report's date ("As previously disclosed in the
# Current Report on Form 8-K filed on October 8, 2026 under Item 8.01, on October 5, ...")

@pytest.mark.parametrize(("text", "lang"), [
    ("As previously disclosed in the Company's Current Report on Form 8-K filed on October 8, 2026, on "
     "October 5, 2026, the Company detected a cybersecurity incident.", "en"),
    ("As the Company disclosed in the Initial Report, on October 5, 2026, the Company detected unauthorized "
     "access to its network.", "en"),
    ("As we previously reported, on October 5, 2026, we identified ransomware on our servers.", "en"),
    ("Comme la société l'a indiqué dans son communiqué du 8 octobre 2026, le 5 octobre 2026, elle a détecté "
     "une intrusion dans son réseau.", "fr"),
])
def test_a_date_after_a_pointer_to_an_earlier_report_opens_its_clause(text: str, lang: str) -> None:
    assert ("discovery", "2026-10-05") in days(text, lang, NOV)


def test_a_pointer_phrase_with_no_date_after_it_changes_nothing() -> None:
    text = ("As the Company disclosed, the threat actor accessed the network on October 2, 2026, and the incident "
            "was detected on October 5, 2026.")
    assert days(text, "en", NOV) == {("breach_start", "2026-10-02"), ("discovery", "2026-10-05")}


# --- a reporting verb in the present perfect takes no day of the past: the date ending its "that"
# clause is the clause's, for sure (an order error, not a warning)

@pytest.mark.parametrize("text", [
    "On October 19, 2026, the Company detected ransomware. The investigation has since found that the threat "
    "actor first gained access to the network on October 26, 2026.",
    "On October 19, 2026, the Company detected ransomware. Our forensic firm has determined that the attacker "
    "first accessed the network on October 26, 2026.",
    "On October 19, 2026, we detected ransomware. We have now confirmed that the intruder first logged in on "
    "October 26, 2026.",
])
def test_a_breach_dated_in_a_present_perfect_finding_is_dated_for_sure(text: str) -> None:
    found = [f for f in check_text(text, lang="en", date=NOV).findings if f.rule == "order/discovery-before-breach"]
    assert [f.severity for f in found] == ["error"]


def test_a_past_tense_finding_still_leaves_the_date_in_doubt() -> None:
    text = ("On October 19, 2026, the Company detected ransomware. The investigation found that the threat actor "
            "first gained access to the network on October 26, 2026.")
    found = [f for f in check_text(text, lang="en", date=NOV).findings if f.rule == "order/discovery-before-breach"]
    assert [f.severity for f in found] == ["warning"]


# --- a current report filed under a voluntary item (Item 8.01, Item 7.01) is a public disclosure, not
# the Item 1.05 report: no second date of the notice to the SEC, and no report filed before the
# determination meets its four business days

LATE = """FORM 8-K
CURRENT REPORT
Pursuant to Section 13 or 15(d) of the Securities Exchange Act of 1934

Item 1.05. Material Cybersecurity Incidents.

As previously disclosed in the Company's Current Report on Form 8-K filed on {filed} under {item}, on October 5, 2026,
the Company detected ransomware on its network.

On October 14, 2026, the Company determined that the incident is material.

SIGNATURE
Date: October 22, 2026
By: /s/ A. Officer
"""


@pytest.mark.parametrize("item", ["Item 8.01", "Item 7.01"])
def test_a_report_under_a_voluntary_item_is_a_public_disclosure(item: str) -> None:
    report = check_text(LATE.format(filed="October 8, 2026", item=item), lang="en")
    rules = sorted(f.rule for f in report.findings if f.severity == "error" and f.rule != "sec/notice-material-impact")
    assert rules == ["sec/8k-item-1.05"]
    assert ("public_disclosure", "2026-10-08") in {(e.kind, str(dt.date.fromordinal(e.earliest))) for e in report.events
                                                   if e.earliest is not None}


def test_a_filed_report_with_no_voluntary_item_is_still_a_notice() -> None:
    text = "This amendment updates the Form 8-K that the Company filed on May 2, 2024."
    assert ("notification_regulator", "2024-05-02") in days(text, "en", NOV)


# --- a plan told with "expect to", "plan to", "intend to", "anticipates": no notice yet

@pytest.mark.parametrize("text", [
    "We currently expect to begin mailing letters to affected individuals on or about June 5, 2026.",
    "The Company plan to notify affected customers on June 5, 2026.",
    "We intend to notify the affected employees on June 5, 2026.",
    "The Company anticipates mailing notification letters to affected individuals on June 5, 2026.",
])
def test_a_notice_the_registrant_expects_to_give_is_planned(text: str) -> None:
    report = check_text(text, lang="en", date=dt.date(2026, 5, 15))
    assert not [f for f in report.findings if f.rule == "order/event-after-publication"]


def test_a_notice_given_is_still_read() -> None:
    assert ("notification_individuals", "2026-05-05") in days(
        "We began mailing letters to affected individuals on May 5, 2026.", "en", dt.date(2026, 5, 15))


# --- a date set off right after a clause join opens the joined clause

@pytest.mark.parametrize(("text", "lang", "kind"), [
    ("We took the application offline and, on May 12, 2026, reported the matter to the FBI.", "en",
     "notification_law_enforcement"),
    ("We took the application offline, and on May 12, 2026, we notified the FBI.", "en", "notification_law_enforcement"),
    ("The Company isolated the servers and then, on May 12, 2026, notified affected customers.", "en",
     "notification_individuals"),
    ("L'entreprise a isolé le serveur et, le 12 mai 2026, a porté plainte auprès de la gendarmerie.", "fr",
     "notification_law_enforcement"),
])
def test_a_date_after_a_join_dates_the_verb_after_it(text: str, lang: str, kind: str) -> None:
    found = days(text, lang, NOV)
    assert (kind, "2026-05-12") in found and ("containment", "2026-05-12") not in found


@pytest.mark.parametrize(("text", "kind"), [
    ("The clinic disabled the account and the laptop on May 12, 2026, and notified patients on June 3, 2026.",
     "containment"),
    ("The intrusion began on May 3, 2026, and ended on May 12, 2026.", "breach_end"),
    ("L'hôpital a isolé le serveur le 12 mai 2026 et a prévenu les patients.", "containment"),
])
def test_a_date_that_ends_its_clause_before_a_join_keeps_its_verb(text: str, kind: str) -> None:
    assert (kind, "2026-05-12") in days(text, "en" if "The" in text else "fr", NOV)


# --- law enforcement named in full; an organisation told by it in a passive with no subject of its own

@pytest.mark.parametrize("text", [
    "On May 12, 2026, we reported the matter to the Federal Bureau of Investigation.",
    "The Company notified the United States Secret Service on May 12, 2026.",
    "On May 12, 2026, the clinic filed a report with the sheriff's office.",
])
def test_law_enforcement_named_in_full_is_told(text: str) -> None:
    assert ("notification_law_enforcement", "2026-05-12") in days(text, "en", NOV)


@pytest.mark.parametrize(("text", "lang"), [
    ("The practice reported that it learned of the breach when notified by the FBI on May 12, 2026.", "en"),
    ("The clinic did not learn of the breach until contacted by the Federal Bureau of Investigation on May 12, 2026.", "en"),
    ("La clinique a découvert la fuite après avoir été alertée par un journaliste le 12 mai 2026.", "fr"),
])
def test_an_organisation_told_by_an_informant_in_a_reduced_passive_discovers(text: str, lang: str) -> None:
    assert days(text, lang, NOV) == {("discovery", "2026-05-12")}


def test_a_regulator_told_by_an_informant_gives_no_notice() -> None:
    found = days("HHS was alerted by a journalist on May 12, 2026.", "en", NOV)
    assert not any(k.startswith("notification_") for k, _ in found)


# --- a count and a few words before the first recipient ("approximately 212,000 loyalty program members")

@pytest.mark.parametrize(("text", "lang"), [
    ("On October 2, 2026, the Company began notifying approximately 212,000 loyalty program members.", "en"),
    ("On October 2, 2026, the plan notified 9,600 former plan members.", "en"),
    ("Le 2 octobre 2026, la société a informé environ 212 000 membres du programme de fidélité.", "fr"),
])
def test_a_counted_first_recipient_is_told(text: str, lang: str) -> None:
    assert ("notification_individuals", "2026-10-02") in days(text, lang, NOV)


def test_a_count_of_things_sent_is_no_recipient() -> None:
    found = days("On October 2, 2026, the Company notified HHS of 212,000 affected records.", "en", NOV)
    assert ("notification_individuals", "2026-10-02") not in found


# --- an "until" clause whose own verb takes the date: that date also ends the lasting breach

@pytest.mark.parametrize(("text", "lang"), [
    ("The threat actor first accessed the network on September 8, 2026 and remained in the environment until "
     "the Company removed its access on September 19, 2026.", "en"),
    ("The intruder had access to the network until our team disabled the account on September 19, 2026.", "en"),
    ("The records were exposed until the vendor secured the bucket on September 19, 2026.", "en"),
    ("L'attaquant est resté dans le réseau jusqu'à ce que la société coupe son accès le 19 septembre 2026.", "fr"),
])
def test_a_date_closing_an_until_clause_ends_the_breach(text: str, lang: str) -> None:
    assert ("breach_end", "2026-09-19") in days(text, lang, NOV)


def test_the_act_of_the_until_clause_keeps_its_date() -> None:
    text = ("The threat actor remained in the environment until the Company removed its access on September 19, "
            "2026.")
    assert {("breach_end", "2026-09-19"), ("containment", "2026-09-19")} <= days(text, "en", NOV)


def test_a_breach_word_with_a_date_of_its_own_before_until_keeps_it() -> None:
    text = "The files were copied on September 8, 2026, until the Company removed its access on September 19, 2026."
    assert ("breach_end", "2026-09-19") not in days(text, "en", NOV)


def test_a_stated_length_against_an_until_clause_is_a_duration_error() -> None:
    text = ("The threat actor first accessed the network on September 8, 2026 and remained in the environment for "
            "six days until the Company removed its access on September 19, 2026.")
    rules = [f.rule for f in check_text(text, lang="en", date=NOV).findings if f.severity == "error"]
    assert rules == ["duration/stated-duration"]


# --- a stated length past a clause join is not the breach's ("credit monitoring for two years")

@pytest.mark.parametrize("text", [
    "The intruder accessed the network from September 8, 2026 to September 19, 2026, and the Company is offering "
    "credit monitoring for two years.",
    "Files were copied between September 8, 2026 and September 19, 2026, and we are providing identity protection "
    "services for 24 months.",
])
def test_a_length_of_a_remedy_past_a_join_is_no_breach_length(text: str) -> None:
    assert not [f for f in check_text(text, lang="en", date=NOV).findings if f.rule == "duration/stated-duration"]


def test_a_length_in_the_breach_clause_is_still_checked() -> None:
    text = "The intruder remained in the network for three days, from September 8, 2026 to September 19, 2026."
    assert [f.rule for f in check_text(text, lang="en", date=NOV).findings] == ["duration/stated-duration"]


# --- a current report named before a relative clause of filing, past the registrant's name

@pytest.mark.parametrize("text", [
    "This Amendment amends the Current Report on Form 8-K of Orrin Creek Energy Services, Inc. (the \"Company\") "
    "that was filed on September 18, 2026.",
    "This amendment supplements the Initial Report, which was filed on September 18, 2026.",
])
def test_a_current_report_that_was_filed_is_the_notice_to_the_sec(text: str) -> None:
    assert ("notification_regulator", "2026-09-18") in days(text, "en", NOV)


@pytest.mark.parametrize("text", [
    "A class action that was filed on September 18, 2026 names the Company.",
    "The complaint, which was filed on September 18, 2026, seeks damages.",
])
def test_another_paper_that_was_filed_is_no_notice(text: str) -> None:
    assert not any(k.startswith("notification_") for k, _ in days(text, "en", NOV))


# --- the Department of Justice's determination under Item 1.05(c) is not the registrant's

@pytest.mark.parametrize("text", [
    "On March 10, 2026, the U.S. Department of Justice determined that a delay in public disclosure was warranted "
    "pursuant to Item 1.05(c) of Form 8-K.",
    "On March 10, 2026, the United States Department of Justice determined that disclosure would pose a substantial "
    "risk to national security.",
])
def test_the_department_of_justice_determination_is_no_determination(text: str) -> None:
    assert ("determination", "2026-03-10") not in days(text, "en", NOV)


def test_the_registrant_determination_is_still_read() -> None:
    text = "On March 9, 2026, the Company's Board of Directors determined that the incident was material."
    assert days(text, "en", NOV) == {("determination", "2026-03-09")}


# --- a note of subsequent events opens on the end of the period it reports

@pytest.mark.parametrize(("text", "lang"), [
    ("Subsequent to the end of the quarter, on October 4, 2026, we detected unauthorized access to our network.", "en"),
    ("Subsequent to September 30, 2026, on October 4, 2026, we detected unauthorized access to our network.", "en"),
    ("Following the end of the fiscal year, on October 4, 2026, the Company identified ransomware on its servers.",
     "en"),
    ("Postérieurement à la clôture de l'exercice, le 4 octobre 2026, la société a détecté une intrusion dans son "
     "réseau.", "fr"),
])
def test_a_date_after_the_end_of_the_period_opens_its_clause(text: str, lang: str) -> None:
    assert days(text, lang, NOV) == {("discovery", "2026-10-04")}


def test_a_subsequent_act_with_no_date_of_its_own_takes_none() -> None:
    found = days("Subsequent to the discovery on October 4, 2026, the Company notified the FBI.", "en", NOV)
    assert found == {("discovery", "2026-10-04")}


@pytest.mark.parametrize("text", [
    "On April 14, 2026, the Department of Justice (DOJ) told the plan that a former billing contractor had sold "
    "member files.",
    "On April 14, 2026, the U.S. Department of Justice informed the clinic that its portal had been misused.",
])
def test_the_department_of_justice_telling_the_organisation_is_its_discovery(text: str) -> None:
    assert days(text, "en", NOV) == {("discovery", "2026-04-14")}


# --- "concluded the incident was material" with no "that"; a report named by its defined term

@pytest.mark.parametrize("text", [
    "On January 9, 2026, after consultation with its Board of Directors, management concluded the incident was "
    "material.",
    "On January 9, 2026, the Company concluded the cybersecurity incident is material.",
    "On January 9, 2026, management concluded that the incident was material.",
])
def test_concluding_the_incident_material_is_a_determination(text: str) -> None:
    assert days(text, "en", NOV) == {("determination", "2026-01-09")}


def test_an_investigation_concluded_is_still_no_determination() -> None:
    found = days("The forensic investigation concluded on January 9, 2026.", "en", NOV)
    assert found == {("investigation_end", "2026-01-09")}


@pytest.mark.parametrize("text", [
    "The Company is filing this Amendment No. 1 to update the disclosure in the Original Report filed on "
    "February 12, 2026.",
    "This amendment adds to the Initial Form 8-K filed on February 12, 2026.",
])
def test_the_original_report_filed_is_the_notice_to_the_sec(text: str) -> None:
    assert ("notification_regulator", "2026-02-12") in days(text, "en", NOV)


# --- a generic word of ending before a compound noun is about its head ("the incident investigation")

@pytest.mark.parametrize(("text", "lang"), [
    ("The forensic firm concluded the incident investigation on January 9, 2026.", "en"),
    ("Outside counsel completed the breach review on January 9, 2026.", "en"),
    ("Le 9 janvier 2026 a pris fin l'enquête sur l'incident.", "fr"),
])
def test_ending_the_incident_investigation_is_the_investigation_end(text: str, lang: str) -> None:
    assert days(text, lang, NOV) == {("investigation_end", "2026-01-09")}


@pytest.mark.parametrize("text", [
    "The incident ended on January 9, 2026.",
    "The intrusion ended on January 9, 2026, when the account was disabled.",
])
def test_ending_the_incident_itself_is_still_the_breach_end(text: str) -> None:
    assert ("breach_end", "2026-01-09") in days(text, "en", NOV)
