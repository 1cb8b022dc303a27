"""Phrasings of regulators' breach summaries and notices (issue 15): what a sentence's verbs say
happened on its dates, in sentences written for the test."""

from __future__ import annotations

import pytest

from helpers import events as kinds


@pytest.mark.parametrize("text", [
    "On May 2, 2020, the billing office gave its printer a faulty file, and the statements contained other patients' balances.",
    "On May 2, 2020, a van which contained patient files was stolen.",
    "On May 2, 2020, the nurse's bag contained a list of 40 patients.",
])
def test_what_a_thing_contained_is_no_containment(text: str) -> None:
    assert ("containment", "2020-05-02", "2020-05-02") not in kinds(text)


@pytest.mark.parametrize("text", [
    "The practice contained the intrusion on June 4, 2021.",
    "The firm found the attack on June 2, 2021 and contained it on June 4, 2021.",
    "The ransomware was contained on June 4, 2021.",
])
def test_containing_the_incident_is_still_containment(text: str) -> None:
    assert ("containment", "2021-06-04", "2021-06-04") in kinds(text)


@pytest.mark.parametrize(("text", "lang"), [
    ("On July 3, 2021, the plan forwarded a mismatched file to its print vendor, causing 900 members to "
     "receive letters about other people.", "en"),
    ("On July 3, 2021, a vendor had a coding error that caused the email addresses of 2,000 customers to be "
     "seen by other customers.", "en"),
    ("On July 3, 2021, the hospital upgraded its patient portal, which resulted in an incorrect caching setting.", "en"),
    ("Le 3 juillet 2021, le prestataire a transmis un fichier décalé à l'imprimeur, entraînant l'envoi de "
     "courriers à d'autres assurés.", "fr"),
])
def test_a_fronted_date_whose_act_causes_the_breach_starts_it(text: str, lang: str) -> None:
    assert kinds(text, lang) == {("breach_start", "2021-07-03", "2021-07-03")}


def test_a_fault_over_a_range_that_causes_the_breach_starts_and_ends_it() -> None:
    text = ("The agency reported that between July 5, 2021 and July 13, 2021, its mail inserter failed to match "
            "envelopes to their contents, causing 517 clients to receive another client's notice.")
    assert kinds(text) == {("breach_start", "2021-07-05", "2021-07-05"), ("breach_end", "2021-07-13", "2021-07-13")}


@pytest.mark.parametrize("text", [
    "On July 3, 2021, the hospital moved to a new building, which led to a two-week delay in appointments.",
    "On July 3, 2021, the clinic hired a new director; her arrival caused a reorganisation of the wards.",
    "On July 3, 2021, the insurer's shares fell, which led to other investors selling theirs.",
])
def test_a_cause_with_no_breach_fault_or_people_dates_nothing(text: str) -> None:
    assert kinds(text) == set()


@pytest.mark.parametrize(("text", "lang"), [
    ("A former nurse kept a tablet holding patient charts following her termination on March 18, 2022.", "en"),
    ("The clinic learned that, upon his resignation, a billing clerk took a ledger of 300 patients on "
     "March 18, 2022.", "en"),
    ("A technician copied scheduling files, which were later shared with a rival practice after his "
     "employment ended on March 18, 2022.", "en"),
    ("On March 18, 2022, an employee who was being terminated for cause took home the clinic's call logs.", "en"),
    ("A physician assistant who left the clinic on March 18, 2022 brought a list of 900 patients to a rival group.", "en"),
    ("Une ancienne secrétaire a emporté le registre des rendez-vous après son départ le 18 mars 2022.", "fr"),
])
def test_an_insider_who_leaves_with_data_starts_the_breach_on_leaving(text: str, lang: str) -> None:
    assert ("breach_start", "2022-03-18", "2022-03-18") in kinds(text, lang)


@pytest.mark.parametrize("text", [
    "The practice revised its exit checklist following her termination on March 18, 2022.",
    "A nurse took a new job after her resignation on March 18, 2022.",
    "On March 18, 2022, the regulator found that a former clerk kept copies of claim files after her resignation.",
])
def test_leaving_with_no_data_taken_is_no_breach(text: str) -> None:
    assert not any(k.startswith("breach") for k, _, _ in kinds(text))


def test_several_incidents_on_a_list_of_days_are_one_on_each_day() -> None:
    text = "On March 4 and 19, 2019, the dental office experienced two separate phishing incidents."
    assert kinds(text) == {("breach_start", "2019-03-04", "2019-03-04"), ("breach_start", "2019-03-19", "2019-03-19")}


def test_one_incident_experienced_over_a_range_starts_and_ends_it() -> None:
    text = "From March 4, 2019, to March 19, 2019, the dental office experienced a credential stuffing attack."
    assert kinds(text) == {("breach_start", "2019-03-04", "2019-03-04"), ("breach_end", "2019-03-19", "2019-03-19")}


def test_one_incident_between_two_listed_days_stays_one() -> None:
    text = "Between March 4 and 19, 2019, the dental office experienced a phishing incident."
    assert kinds(text) == {("breach_start", "2019-03-04", "2019-03-04"), ("breach_end", "2019-03-19", "2019-03-19")}


@pytest.mark.parametrize(("text", "lang"), [
    ("For a period of roughly 30 hours on June 8 and 9, 2020, an outsider was able to read a nurse's mailbox.", "en"),
    ("For about two days from June 8 to June 9, 2020, a misconfigured portal exposed lab results.", "en"),
    ("Pendant environ trente heures les 8 et 9 juin 2020, un tiers a pu consulter la messagerie d'une infirmière.", "fr"),
])
def test_a_date_fronted_behind_a_length_of_time_dates_the_clause(text: str, lang: str) -> None:
    assert kinds(text, lang) == {("breach_start", "2020-06-08", "2020-06-08"), ("breach_end", "2020-06-09", "2020-06-09")}


def test_a_misaddressed_mailing_of_notices_is_also_a_breach() -> None:
    text = ("On June 8-12, 2020, when the plan mailed its notification letters, it inadvertently addressed them "
            "to the wrong members.")
    assert {("breach_start", "2020-06-08", "2020-06-08"), ("breach_end", "2020-06-12", "2020-06-12")} <= kinds(text)


@pytest.mark.parametrize(("text", "lang"), [
    ("On May 3, 2022, a courier lost two boxes of charts. The practice called the police, and its manager "
     "retrieved both cartons at the station the next day.", "en"),
    ("On May 3, 2022, a clerk discarded intake forms in an open bin. The forms were retrieved by the office "
     "manager the following morning.", "en"),
    ("Le 3 mai 2022, un coursier a perdu deux cartons de dossiers. Les cartons ont été récupérés par le "
     "cabinet le lendemain.", "fr"),
    ("On May 3, 2022, a courier lost two boxes of charts. On May 4, 2022, both boxes were returned to the practice "
     "by a neighbour.", "en"),
])
def test_getting_back_what_went_astray_contains_the_breach(text: str, lang: str) -> None:
    assert ("containment", "2022-05-04", "2022-05-04") in kinds(text, lang)


def test_a_first_account_the_text_corrects_dates_no_breach() -> None:
    text = ("The clinic initially reported that the incident happened on June 2, 2021, but an audit later showed "
            "that the records were first exposed on April 11, 2021.")
    assert kinds(text) == {("breach_start", "2021-04-11", "2021-04-11")}


@pytest.mark.parametrize("text", [
    "From March 2, 2020, until May 9, 2020, claim spreadsheets were unintentionally available online.",
    "Scanned referral forms were publicly accessible through a search engine from March 2, 2020, until May 9, 2020.",
])
def test_data_open_to_anyone_over_a_range_starts_and_ends_the_breach(text: str) -> None:
    assert kinds(text) == {("breach_start", "2020-03-02", "2020-03-02"), ("breach_end", "2020-05-09", "2020-05-09")}


@pytest.mark.parametrize(("text", "day"), [
    ("On March 2, 2020, about two hundred nurses received phishing emails.", ("2020-03-02", "2020-03-02")),
    ("Between March 2, 2020 and March 9, 2020, the storage vendor was unable to locate nine boxes of charts.",
     ("2020-03-02", "2020-03-09")),
])
def test_mislaying_and_being_phished_start_the_breach(text: str, day: tuple[str, str]) -> None:
    assert kinds(text) == {("breach_start", *day)}


def test_two_late_notices_of_one_subject_each_take_their_date() -> None:
    text = "Letter notification and substitute notification were not made until April 8, 2021 and April 12, 2021, respectively."
    assert kinds(text) == {("notification_individuals", "2021-04-08", "2021-04-08"),
                           ("notification_individuals", "2021-04-12", "2021-04-12")}


@pytest.mark.parametrize("text", [
    "From January 2016 until case closure in March 2017, no further incidents occurred.",
    "Since May 2019, no further breaches occurred at the clinic.",
    "Boxes of paper prescriptions from 2009 were stolen from a rented shed.",
])
def test_no_incident_and_the_data_s_own_year_date_no_breach(text: str) -> None:
    assert kinds(text) == set()


@pytest.mark.parametrize(("text", "want"), [
    ("On June 8, 2020, a vendor, the plan's mailing house, wrongly made a claims file accessible through a shared link.",
     {("breach_start", "2020-06-08", "2020-06-08")}),
    ("From June 8, 2020, through July 1, 2020, a pharmacy clerk obtained shoppers' card information for his own use.",
     {("breach_start", "2020-06-08", "2020-06-08"), ("breach_end", "2020-07-01", "2020-07-01")}),
    ("On June 8, 2020, four schedulers mistakenly provided their credentials to a fake login page.",
     {("breach_start", "2020-06-08", "2020-06-08")}),
    ("A manager's mailbox was phished on or about June 8, 2020.", {("breach_start", "2020-06-08", "2020-06-08")}),
    ("The plan reported that, in or around June 2020, a temp inadvertently uploaded a roster to a public file site.",
     {("breach_start", "2020-06-01", "2020-06-30")}),
])
def test_breach_acts_in_words_of_their_own(text: str, want: set[tuple[str, str, str]]) -> None:
    assert kinds(text) == want


def test_assurances_obtained_are_no_breach() -> None:
    assert kinds("On June 8, 2020, the regulator's staff obtained written assurances from the clinic.") == set()


@pytest.mark.parametrize("text", [
    "On June 8, 2020, the county police department notified the clinic that stolen charts had been found.",
    "On June 8, 2020, law enforcement informed the practice that a clerk had sold patient lists.",
])
def test_the_police_telling_the_organisation_is_its_discovery(text: str) -> None:
    assert ("discovery", "2020-06-08", "2020-06-08") in kinds(text)


def test_telling_the_police_is_still_a_notice() -> None:
    assert kinds("On June 8, 2020, the clinic notified the police.") == {
        ("notification_law_enforcement", "2020-06-08", "2020-06-08")}


def test_reports_an_insider_sends_are_what_was_sent_not_a_telling() -> None:
    text = ("The clinic discovered that an employee sent payroll reports to her personal email from January 31, 2020, "
            "through April 4, 2020.")
    assert {("breach_start", "2020-01-31", "2020-01-31"), ("breach_end", "2020-04-04", "2020-04-04")} <= kinds(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Intruders entered the billing network in May 2014, and their access went undetected for almost "
     "nine months until January 2015.", {("breach_start", "2014-05-01", "2014-05-31"),
                                          ("discovery", "2015-01-01", "2015-01-31")}),
    ("The copying of the charts remained unnoticed until June 3, 2021.", {("discovery", "2021-06-03", "2021-06-03")}),
])
def test_undetected_until_a_date_is_found_then(text: str, expected: set[tuple[str, str, str]]) -> None:
    """What stayed unseen until a date was seen on that date: the discovery, not the breach's end."""
    assert kinds(text) == expected


def test_undetected_since_a_date_discovers_nothing() -> None:
    assert not {k for k in kinds("The malware, undetected since March 2020, copied files.") if k[0] == "discovery"}
