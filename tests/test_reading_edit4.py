"""Families read in editors' and compliance staff's working documents, second pass (issue 15,
h/edit4): sentences written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_check import check_text
from helpers import days


def _loud(text: str, lang: str = "en") -> list[tuple[str, str]]:
    return [(f.rule, f.severity) for f in check_text(text, lang=lang).findings if not f.rule.startswith("missing/")]


@pytest.mark.parametrize(("text", "lang"), [
    ("Review of the incident\nInitial access: March 2, 2026\nDetected: March 15, 2026\nDwell time: 9 days\n", "en"),
    ("The attacker first got in on March 2, 2026. The intrusion was detected on March 15, 2026. "
     "The attacker's dwell time was nine days.", "en"),
    ("Hackers first entered the network on May 4, 2026. They were spotted on May 20, 2026, after a dwell time of six days.", "en"),
    ("L'intrusion a commencé le 2 mars 2026. Elle a été détectée le 15 mars 2026. "
     "Temps de présence de l'attaquant : 9 jours.", "fr"),
])
def test_a_dwell_time_is_the_length_from_the_breachs_start_to_its_discovery(text: str, lang: str) -> None:
    assert _loud(text, lang) == [("duration/stated-duration", "error")]


@pytest.mark.parametrize(("text", "lang"), [
    ("Review of the incident\nInitial access: March 2, 2026\nDetected: March 15, 2026\nDwell time: 13 days\n", "en"),
    # figures across incidents, not this one's stay
    ("The intrusion began on March 2, 2026 and was detected on March 15, 2026. "
     "The median dwell time across the industry is 10 days.", "en"),
    ("L'intrusion a commencé le 2 mars 2026. Elle a été détectée le 15 mars 2026. "
     "Le temps de présence moyen est de 9 jours.", "fr"),
])
def test_a_dwell_time_the_dates_allow_or_a_statistic_raises_nothing(text: str, lang: str) -> None:
    assert _loud(text, lang) == []


@pytest.mark.parametrize("rows", [
    "TIMELINE\n  2026-03-19          IR firm confirms tickets were exported, not just viewed\n"
    "  2026-03-27          E-mail notice sent to the 2,306 affected account holders\n",
    "Timeline\n  2026-03-16          External forensic firm engaged to review the exported records\n"
    "  2026-03-27          E-mail notice sent to the 2,306 affected account holders\n",
    "Timeline\n12/03/2026\tForensic specialists start to review what the attackers downloaded\n"
    "27/03/2026\tLetters sent to every affected customer\n",
])
def test_a_row_of_plain_columns_ends_at_the_next_rows_date(rows: str) -> None:
    # the next row's date is its own, not the long row's before it
    found = days(rows)
    assert not any(k == "breach_start" for k, _ in found), found
    assert any(k == "notification_individuals" and d.endswith("-27") for k, d in found), found


@pytest.mark.parametrize(("text", "day"), [
    ("The clinic said attackers copied the files of 4,000 patients between\n"
     "March 2 and March 9, 2026, and it mailed letters to them on April 20, 2026.", "2026-03-02"),
    # a date closing a sentence at a line's start, two blanks after its full stop
    ("The practice said thieves stole a laptop from a staff member's vehicle on or around\n"
     "June 4, 2025.  The theft affected 812 patients.", "2025-06-04"),
])
def test_a_wrapped_line_of_prose_stays_one_sentence(text: str, day: str) -> None:
    assert ("breach_start", day) in days(text)


@pytest.mark.parametrize(("text", "kind", "day"), [
    ("| 12 Jan 2026 | 08:15 | IT service desk notices logins at night from an unfamiliar location | Interview |",
     "discovery", "2026-01-12"),
    ("2026-03-04 — Help desk notices unusual logins on a clerk's account", "discovery", "2026-03-04"),
    ("| 13 Jan 2026 | afternoon | Breach reported to the ICO and to Action Fraud | ICO letter |",
     "notification_law_enforcement", "2026-01-13"),
    ("On 13 January 2026 the trust reported the attack to Action Fraud.", "notification_law_enforcement", "2026-01-13"),
    ("The National Crime Agency was informed on 2 May 2026.", "notification_law_enforcement", "2026-05-02"),
    ("| 15 Jan 2026 | -- | Outside forensic firm brought in | Board minutes, 15 Jan |", "investigation_start", "2026-01-15"),
    ("On January 15, 2026, the council brought in an outside forensic firm.", "investigation_start", "2026-01-15"),
    ("A cybersecurity firm was brought in on March 4, 2026 to investigate.", "investigation_start", "2026-03-04"),
])
def test_timeline_rows_of_noticing_reporting_to_the_police_and_bringing_in_a_firm(text: str, kind: str, day: str) -> None:
    assert (kind, day) in days(text)


def test_a_firm_bringing_in_staff_starts_no_investigation() -> None:
    assert days("The firm brought in new staff on 3 May 2026 to answer calls.") == set()


@pytest.mark.parametrize(("text", "lang"), [
    ("A staff member sent an e-mail to the parents on Tuesday, September 29, 2026, meant to share a form. By mistake "
     "she attached a spreadsheet listing 214 students. On Thursday, October 1, 2026, a district employee mistakenly "
     "attached a file containing student information to an e-mail sent to seventh-grade families.", "en"),
    ("On March 3, 2026, a billing clerk sent an e-mail to a patient. By mistake, the clerk attached a spreadsheet of "
     "900 patients' balances. The practice's letter to patients says the clerk mistakenly sent the spreadsheet in an "
     "e-mail on March 5, 2026.", "en"),
    ("Le 3 mars 2026, une secrétaire a transmis par erreur un fichier de patients à un fournisseur. Dans sa lettre aux "
     "patients, la clinique indique que, le 5 mars 2026, une secrétaire a transmis par erreur un fichier de patients "
     "à un fournisseur.", "fr"),
])
def test_one_message_sent_by_mistake_and_dated_twice_is_a_conflict(text: str, lang: str) -> None:
    # one act given two dates, not two acts
    assert _loud(text, lang) == [("conflict/one-event-two-dates", "error")]


@pytest.mark.parametrize(("text", "lang"), [
    ("On March 3, 2026, a clerk mistakenly sent an e-mail with patients' balances to a vendor. On March 10, 2026, "
     "another employee mistakenly sent an e-mail with lab results to the wrong patient.", "en"),
    ("On March 3, 2026, a clerk mistakenly sent an e-mail with patients' balances to a vendor. On March 10, 2026, "
     "the same clerk again mistakenly e-mailed a file of lab results to the wrong patient.", "en"),
    # no word of mistake: an attacker's messages may be many
    ("On March 3, 2026, the attacker sent an e-mail from the stolen account to a vendor. On March 10, 2026, "
     "the attacker sent an e-mail from the account to the payroll office.", "en"),
    ("Le 3 mars 2026, une secrétaire a transmis par erreur un fichier de patients à un fournisseur. Le 10 mars 2026, "
     "une autre secrétaire a transmis par erreur un fichier de résultats à un patient.", "fr"),
])
def test_two_messages_sent_on_two_days_are_two_acts(text: str, lang: str) -> None:
    assert _loud(text, lang) == []


@pytest.mark.parametrize("said", [
    "In an e-mailed statement on May 11, 2026, a spokeswoman said the clinic was working with the FBI.",
    "The clinic e-mailed a statement to reporters on May 11, 2026.",
    "Sources: the practice's statement e-mailed May 11, 2026; a call with the manager.",
])
def test_a_statement_sent_to_the_press_is_no_breach(said: str) -> None:
    text = "The clinic discovered the attack on May 2, 2026. " + said
    assert not any(k == "breach_start" for k, _ in days(text))
    assert not any(rule.startswith("order/") for rule, _ in _loud(text))


@pytest.mark.parametrize("sent", [
    "On May 11, 2026, the clinic mistakenly e-mailed billing statements to the wrong patients.",
    "On May 11, 2026, a clerk e-mailed a patient's statement of account to another patient.",
])
def test_statements_of_account_sent_astray_stay_a_breach(sent: str) -> None:
    assert ("breach_start", "2026-05-11") in days(sent)


@pytest.mark.parametrize(("text", "kinds"), [
    ("Story: Ransomware hit a dental group; 3,412 patients told their records may have been taken\n"
     "Reporter: D. Okafor    Slot: Thursday, May 14, 2026\n", set()),
    ("Subject: the stolen laptop and the letters the clinic mailed to every patient in its records system\n"
     "Prepared by: compliance office, March 3, 2026\n\nThe laptop was stolen on February 2, 2026.", {("breach_start", "2026-02-02")}),
])
def test_a_long_heading_ends_before_a_field_line(text: str, kinds: set[tuple[str, str]]) -> None:
    # the field's date (a slot, the day a memo was prepared) dates no act of the heading before it
    assert days(text) == kinds


@pytest.mark.parametrize(("text", "lang", "gone"), [
    ('CLAIM 5: "Letters went out to 3,412 patients on May 1, 2026."\n  Status: WRONG -- FIXED. The letter is dated May 8.',
     "en", ("notification_individuals", "2026-05-01")),
    ('Claim: "The hospital learned of the attack on June 2, 2026."\nVerdict: false. Its own filing says June 9.',
     "en", ("discovery", "2026-06-02")),
    ("Affirmation : « La clinique a prévenu la CNIL le 3 mars 2026. »\nStatut : FAUX. La CNIL a été prévenue le 5 mars.",
     "fr", ("notification_regulator", "2026-03-03")),
])
def test_a_claim_a_fact_check_marks_wrong_dates_nothing(text: str, lang: str, gone: tuple[str, str]) -> None:
    assert gone not in days(text, lang)


def test_a_claim_a_fact_check_confirms_stays_read() -> None:
    text = 'CLAIM 4: "The practice reported the attack to the FBI on April 7, 2026."\n  Status: CONFIRMED. Statement on file.'
    assert ("notification_law_enforcement", "2026-04-07") in days(text)


@pytest.mark.parametrize(("text", "day"), [
    ("Staff arrived on Monday, April 6, 2026, to find the front-desk computers locked and a ransom note.", "2026-04-06"),
    ("Employees returned to work on March 9, 2026 to find their files encrypted by ransomware.", "2026-03-09"),
    ("The office manager logged in on May 4, 2026 to find a ransom demand on her screen.", "2026-05-04"),
])
def test_coming_in_to_find_the_attack_is_its_discovery(text: str, day: str) -> None:
    assert ("discovery", day) in days(text)


@pytest.mark.parametrize("text", [
    "On April 6, 2026, the IT contractor pulled the servers off the network.",
    "The clinic pulled its scheduling server offline on April 6, 2026.",
    "Infected laptops were taken off the network on April 6, 2026.",
])
def test_pulling_systems_off_the_network_contains_the_attack(text: str) -> None:
    assert ("containment", "2026-04-06") in days(text)


@pytest.mark.parametrize(("text", "lang", "event"), [
    ("The clinic discovered the attack on April 6, 2026. The letter in our file is dated May 8, 2026, and the manager "
     "confirms they were mailed that day.", "en", ("notification_individuals", "2026-05-08")),
    ("The clinic discovered the attack on April 6, 2026. The notice on its website is dated May 8, 2026, and the clinic "
     "told the state attorney general the same day.", "en", ("notification_regulator", "2026-05-08")),
    ("La clinique a découvert l'attaque le 6 avril 2026. La lettre aux patients est datée du 8 mai 2026 ; la clinique "
     "a informé la CNIL le jour même.", "fr", ("notification_regulator", "2026-05-08")),
])
def test_the_same_day_after_a_documents_date_is_that_date(text: str, lang: str, event: tuple[str, str]) -> None:
    assert event in days(text, lang)


@pytest.mark.parametrize(("text", "event"), [
    ("The clinic discovered the attack on April 6, 2026 and told the FBI the same day.",
     ("notification_law_enforcement", "2026-04-06")),
    # a plan's date is no document's: the same day stays the plan's
    ("We discovered it on March 7, 2025. We plan to mail letters on March 28, 2025, and to inform the State Police "
     "the same day.", None),
    # letters mailed astray stay the breach, pronoun or not
    ("The clinic discovered the attack on April 6, 2026. The letter says records were copied; they were mailed to the "
     "wrong patients on March 2, 2026.", ("breach_start", "2026-03-02")),
])
def test_other_same_days_and_mailings_stay_as_they_were(text: str, event: tuple[str, str] | None) -> None:
    found = days(text)
    if event is None:
        assert ("notification_law_enforcement", "2025-03-28") not in found, found
    else:
        assert event in found


@pytest.mark.parametrize(("text", "lang"), [
    ("| Logged | What we published | What is correct |\n|---|---|---|\n| Feb. 12, 2026 | that the intrusion started "
     "Jan. 29, 2026 | The vendor says the unauthorized access ran from Jan. 27 through Feb. 2, 2026 |\n", "en"),
    ("| Date logged | Story | As published | Correct version |\n|---|---|---|---|\n| Feb. 12, 2026 | Portal story | "
     "hackers got in on Jan. 29, 2026 | the unauthorized access ran from Jan. 27 through Feb. 2, 2026 |\n", "en"),
    ("| Consigné le | Ce que nous avons publié | Ce qui est exact |\n|---|---|---|\n| 12 février 2026 | que l'intrusion "
     "a commencé le 29 janvier 2026 | Selon le prestataire, l'accès frauduleux a duré du 27 janvier au 2 février 2026 |\n", "fr"),
])
def test_a_corrections_logs_published_and_logged_columns_date_nothing(text: str, lang: str) -> None:
    # the wrong date and the day the entry was logged: no breach starts; the correct cell is read
    assert days(text, lang) == {("breach_start", "2026-01-27"), ("breach_end", "2026-02-02")}


def test_a_timeline_tables_date_column_still_dates_its_rows() -> None:
    text = ("| Date | Event |\n|---|---|\n| Jan. 27, 2026 | Unauthorized access to the billing portal begins |\n"
            "| Feb. 4, 2026 | Payment page taken down |\n")
    assert days(text) == {("breach_start", "2026-01-27"), ("containment", "2026-02-04")}


@pytest.mark.parametrize("text", [
    "A malicious script was running on our checkout page from August 11, 2026 until we removed it on September 9, 2026.",
    "Attackers had access to the server from August 11, 2026 until we removed them on September 9, 2026.",
])
def test_a_containment_that_closes_an_until_clause_ends_the_breach(text: str) -> None:
    assert {("breach_start", "2026-08-11"), ("breach_end", "2026-09-09"), ("containment", "2026-09-09")} <= days(text)


def test_a_containment_joined_by_and_ends_nothing() -> None:
    text = "The data was exposed from August 11, 2026, and the clinic secured the folder on September 9, 2026."
    assert ("breach_end", "2026-09-09") not in days(text)


_FORWARD = ("From: Marisol Vega\nDate: Tue, Oct 13, 2026 at 7:52 PM\nSubject: Fwd: the notice\n\nDesk, see below.\n\n"
            "---------- Forwarded message ---------\nFrom: Northpoint School District\nDate: Fri, Oct 9, 2026\n\n"
            "Dear Parent or Guardian,\n\nOn Thursday, October 1, 2026, a district employee mistakenly attached a file "
            "to an e-mail sent to families.\n")


def test_a_letter_forwarded_in_an_e_mail_is_no_notice_of_the_e_mails_date() -> None:
    assert ("notification_individuals", "2026-10-13") not in days(_FORWARD, own=True)


def test_a_letter_that_is_the_text_is_still_its_notice() -> None:
    text = ("October 9, 2026\n\nDear Parent or Guardian,\n\nWe are writing to tell you that on October 1, 2026, an "
            "employee mistakenly e-mailed a file holding your child's records to other families.\n")
    assert ("notification_individuals", "2026-10-09") in days(text, own=True)


@pytest.mark.parametrize("text", [
    "> Greg, a few questions for a story we're planning: what was sent, when, how you found out, and\n> when families "
    "were told? Also, the letter we have says the e-mail was sent on Thursday,\n> October 1 -- is that right?",
    "> Thanks. One more: your notice says the spreadsheet was e-mailed to the wrong list on Thursday,\n> October 1.",
    "> Thanks. One more: your notice says the spreadsheet was e-mailed to the wrong list on Thursday, October\n> 1, 2026.",
])
def test_a_date_broken_across_a_quoted_line_stays_one_date(text: str) -> None:
    # the weekday alone would be the Thursday before the e-mail's own date
    found = days(text, date=dt.date(2026, 10, 13))
    assert ("breach_start", "2026-10-01") in found and ("breach_start", "2026-10-08") not in found, found


@pytest.mark.parametrize(("text", "event"), [
    ("2026-03-19          IR firm confirms tickets were exported, not just viewed", ("determination", "2026-03-19")),
    ("On March 19, 2026, the firm confirmed support tickets had been exported.", ("determination", "2026-03-19")),
    ("  2026-04-02          IR firm's final report received", ("investigation_end", "2026-04-02")),
    ("The clinic received the final report from its forensic firm on April 2, 2026.", ("investigation_end", "2026-04-02")),
    # a confirmation of a notice stays the notice
    ("On April 2, 2026, the clinic confirmed patients were notified by mail.", ("notification_individuals", "2026-04-02")),
])
def test_a_firm_confirming_what_was_taken_and_its_final_report(text: str, event: tuple[str, str]) -> None:
    assert event in days(text)
