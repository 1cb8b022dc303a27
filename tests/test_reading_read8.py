"""Families read in the fourth English blind set (issue 15, session read8): British, Irish,
Australian and Canadian texts, status pages, claim summaries, live blogs; sentences written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers import events as kinds


@pytest.mark.parametrize(("text", "lang", "date"), [
    ("The credit union began writing to about 9,000 members on 30 July 2025 once it knew whose files were copied.",
     "en", None),
    ("After the attack in June, the school started writing to parents on 30 July 2025.", "en", None),
    ("The council said it reported the breach to the ICO on 3 July 2025 and began writing to residents "
     "last week.", "en", dt.date(2025, 8, 6)),
    ("Après l'attaque de juin, la mutuelle a commencé à écrire aux adhérents le 30 juillet 2025.", "fr", None),
])
def test_beginning_to_write_to_the_people_affected_is_their_notice(text: str, lang: str, date: dt.date | None) -> None:
    found = kinds(text, lang, date)
    assert any(k == "notification_individuals" and (e or "").startswith("2025-07") for k, e, _ in found), found
    assert not any(k == "breach_start" and (e or "") >= "2025-07" for k, e, _ in found), found


@pytest.mark.parametrize(("text", "want"), [
    # day first where the text writes its named dates day first, or a numeric date proves it
    ("We detected the intrusion on 4 March 2025 and told the ICO.\n\nKey dates\nDetected: 04/03/2025\nRegulator told: 06/03/2025",
     {("discovery", "2025-03-04"), ("notification_regulator", "2025-03-06")}),
    ("The trust spotted the leak on the 4th of March 2025 and told the ICO on 06/03/2025.",
     {("discovery", "2025-03-04"), ("notification_regulator", "2025-03-06")}),
    ("Key dates of the incident\n\nDetected: 04/03/2025\nOAIC notified: 21/03/2025",
     {("discovery", "2025-03-04"), ("notification_regulator", "2025-03-21")}),
    # month first where the text writes month first, and where nothing tells (the language's order)
    ("We detected the intrusion on March 4, 2025.\n\nKey dates\nDetected: 04/03/2025", {("determination", "2025-04-03")}),
    ("Key dates of the incident\n\nDetected: 04/03/2025\nHHS notified: 04/21/2025",
     {("discovery", "2025-04-03"), ("notification_regulator", "2025-04-21")}),
    ("Key dates of the incident\n\nDetected: 04/03/2025", {("discovery", "2025-04-03")}),
])
def test_numeric_dates_read_in_the_order_the_text_writes_its_dates(text: str, want: set[tuple[str, str]]) -> None:
    assert want <= {(k, e) for k, e, _ in kinds(text)}, kinds(text)


def test_named_dates_day_first_without_a_country_s_word_keep_the_language_order() -> None:
    text = ("On 1 February 2015, a laptop was stolen from a nurse's car; the clinic told HHS.\n\n"
            "Key dates\nDetected: 03/01/2015")
    assert ("discovery", "2015-03-01") in {(k, e) for k, e, _ in kinds(text)}


def test_a_text_writing_both_orders_keeps_the_language_order() -> None:
    text = "The breach began on 2 March 2025 and was found on March 4, 2025.\n\nDetected: 04/03/2025"
    assert ("discovery", "2025-04-03") in {(k, e) for k, e, _ in kinds(text)}
    assert ("discovery", "2025-04-03") in {(k, e) for k, e, _ in kinds("La fuite a été détectée le 03/04/2025.", "fr")}


@pytest.mark.parametrize("field", ["Date reported to carrier", "Detected", "OAIC notified", "Date of detection"])
def test_a_field_naming_an_event_is_not_the_text_s_own_date(field: str) -> None:
    text = f"Claim summary\n\n{field}: May 14, 2025\n\nThe insured found the encrypted server on May 12, 2025."
    assert not any(k == "publication" for k, _, _ in kinds(text, own=True)), kinds(text, own=True)


def test_a_plain_date_field_is_still_the_text_s_own_date() -> None:
    text = "Claim summary\n\nDate: May 14, 2025\n\nThe insured found the encrypted server on May 12, 2025."
    assert ("publication", "2025-05-14", "2025-05-14") in kinds(text, own=True)


def test_a_timeline_row_opening_on_a_month_and_day_and_a_colon_is_dated() -> None:
    text = ("On October 27, 2025, the alarm company raised an alert.\n\nSteps taken\n\n"
            "- October 31: the clinic confirmed that patient files were among those copied.\n"
            "- November 6: the clinic reported the breach to the Office of the Privacy Commissioner of Canada.\n"
            "- November 10: letters mailed to 2,960 patients.\n")
    assert {("determination", "2025-10-31"), ("notification_regulator", "2025-11-06"),
            ("notification_individuals", "2025-11-10")} <= {(k, e) for k, e, _ in kinds(text)}
    assert not {e for _, e, _ in kinds("The shop reopened on May 10:30 was the hour it said.")}


@pytest.mark.parametrize("verb", ["signed in", "signed into the portal", "logged on"])
def test_signing_in_with_stolen_credentials_starts_the_breach(verb: str) -> None:
    text = f"The intruder {verb} through the VPN on October 24, 2025, using a former hygienist's password."
    assert ("breach_start", "2025-10-24", "2025-10-24") in kinds(text)


def test_an_account_that_had_not_been_disabled_is_no_containment() -> None:
    text = ("The intruder used the account of a nurse whose access had not been disabled when she left "
            "in March 2025. The clinic disabled the account on October 28, 2025.")
    found = {(k, e) for k, e, _ in kinds(text)}
    assert ("containment", "2025-10-28") in found and ("containment", "2025-03-01") not in found, found


@pytest.mark.parametrize("told", [
    "It did not report the breach to us until 20 September 2024.",
    "The firm reported the attack to us on 20 September 2024, eleven days after it knew.",
    "The company told us about the breach on 20 September 2024.",
])
def test_in_a_regulator_s_release_a_report_to_us_is_the_notice_to_the_regulator(told: str) -> None:
    text = ("Harbour Lettings became aware of the attack on 9 September 2024. " + told +
            "\n\nWe issued a notice of intent in August 2025 and the penalty follows.")
    found = {(k, e) for k, e, _ in kinds(text)}
    assert ("notification_regulator", "2024-09-20") in found and ("discovery", "2024-09-20") not in found, found


def test_in_an_organisation_s_letter_a_report_to_us_is_still_its_discovery() -> None:
    text = "On 9 September 2024, a tenant reported to us that her file could be seen by others. We have fixed it."
    assert ("discovery", "2024-09-09", "2024-09-09") in kinds(text)


@pytest.mark.parametrize("said", [
    "In a statement to the stock exchange on 29 April 2025, the retailer said some contact details may have been taken.",
    "The insurer told the ASX on 29 April 2025 that claims data had been copied.",
    "In an ASX announcement on 29 April 2025, the insurer said that the attackers had copied claims data.",
])
def test_a_listed_company_s_word_to_its_stock_exchange_is_a_public_disclosure(said: str) -> None:
    text = "Hackers broke into the company's systems on 19 April 2025. " + said
    assert ("public_disclosure", "2025-04-29", "2025-04-29") in kinds(text)


STATUS = """Acme Forms Status

Resolved - The review is complete and customers whose forms were read have been told.
Mar 7, 2025 - 18:30 UTC

Investigating - We are looking into unusual downloads that our monitoring flagged today.
Mar 5, 2025 - 10:02 UTC
"""

STATUS_FR = """État des services Formica

Résolu - L'analyse est terminée ; les clients concernés ont été prévenus.
7 mars 2025 - 18:30 UTC

Investigation en cours - Nous analysons des téléchargements inhabituels détectés aujourd'hui par notre supervision.
5 mars 2025 - 10:02 UTC
"""


@pytest.mark.parametrize(("text", "lang"), [(STATUS, "en"), (STATUS_FR, "fr")])
def test_a_status_page_update_is_told_from_the_stamp_after_it(text: str, lang: str) -> None:
    found = {(k, e) for k, e, _ in kinds(text, lang, dt.date(2025, 3, 7))}
    assert ("discovery", "2025-03-05") in found and ("discovery", "2025-03-07") not in found, found


@pytest.mark.parametrize("heading", ["Update, March 5, 2025: ", "UPDATE (March 5, 2025): ", "Update - March 5, 2025\n\n"])
def test_today_after_an_update_heading_counts_from_the_update(heading: str) -> None:
    text = ("Hackers broke into the county's payroll system on March 1, 2025.\n\n"
            + heading + "The county discovered the intrusion today, a spokesman said.")
    found = {(k, e) for k, e, _ in kinds(text, "en", dt.date(2025, 3, 2))}
    assert ("discovery", "2025-03-05") in found, found


@pytest.mark.parametrize(("text", "lang"), [
    ("Hackers broke into the clinic's server on October 2, 2025. On October 9, 2025, the attackers claimed "
     "on X that they had stolen 2 TB of files.", "en"),
    ("Hackers broke into the clinic's server on October 2, 2025. The ransomware gang claimed on October 9, 2025 "
     "to have taken patient files.", "en"),
    ("Des pirates se sont introduits dans le serveur de la clinique le 2 octobre 2025. Le 9 octobre 2025, "
     "les pirates ont affirmé sur X avoir volé 2 To de fichiers.", "fr"),
])
def test_the_attackers_claim_of_what_they_took_dates_no_breach(text: str, lang: str) -> None:
    found = kinds(text, lang, dt.date(2025, 11, 1))
    assert ("breach_start", "2025-10-02", "2025-10-02") in found
    assert not any(e == "2025-10-09" for _, e, _ in found), found


def test_letters_being_mailed_until_a_day_set_no_end_to_the_breach() -> None:
    text = ("Hackers broke into the clinic's server on October 2, 2025. Notice letters are being mailed to "
            "affected patients until Nov. 20, 2025.")
    found = kinds(text, "en", dt.date(2025, 11, 1))
    assert not any(k == "breach_end" for k, _, _ in found), found
