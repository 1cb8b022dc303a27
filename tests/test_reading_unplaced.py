"""Dates no event word took before (issue 15, bench/unplaced.py's "no_event"): the families of
phrasings read in a sample of real breach accounts, in sentences written for the test."""

from __future__ import annotations

import pytest

from timeline_check import check_text
from helpers import events as kinds


@pytest.mark.parametrize(("text", "lang"), [
    ("On May 9, 2022, the pharmacy started receiving phone calls from customers who had been sent "
     "someone else's refill notice.", "en"),
    ("On May 9, 2022, the dental group received correspondence from two banks addressed to its patients.", "en"),
    ("On May 9, 2022, the practice received a complaint that a scheduler had been copying patient lists.", "en"),
    ("On May 9, 2022, the plan received reports of members getting another member's statement.", "en"),
    ("Le 9 mai 2022, la pharmacie a commencé à recevoir des appels de clients destinataires du courrier "
     "d'un autre.", "fr"),
    ("Le 9 mai 2022, le cabinet a reçu une plainte selon laquelle une secrétaire copiait des listes de "
     "patients.", "fr"),
])
def test_being_told_by_calls_complaints_or_letters_is_the_discovery(text: str, lang: str) -> None:
    assert ("discovery", "2022-05-09", "2022-05-09") in kinds(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("On June 1, 2021, OCR received a complaint about the practice's front desk.", "en"),
    ("Le 1er juin 2021, la CNIL a reçu une plainte visant la société.", "fr"),
])
def test_a_regulator_receiving_a_complaint_is_no_discovery(text: str, lang: str) -> None:
    assert kinds(text, lang) == set()


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("On June 3, 2022, the vendor completed a batch mailing of appointment reminders for the clinic.", "en",
     ("breach_start", "2022-06-03", "2022-06-03")),
    ("During a mass mailing of refund checks to former patients in April 2019, the billing vendor used "
     "an outdated address file.", "en", ("breach_start", "2019-04-01", "2019-04-30")),
    ("Le 3 juin 2022, le prestataire a achevé un publipostage de rappels de rendez-vous pour la clinique.", "fr",
     ("breach_start", "2022-06-03", "2022-06-03")),
])
def test_a_batch_mailing_is_the_breach(text: str, lang: str, want: tuple[str, str, str]) -> None:
    assert want in kinds(text, lang)


def test_a_mailing_policy_without_a_date_dates_nothing() -> None:
    assert kinds("After the breach, the clinic adopted a mass mailing policy requiring two reviews.") == set()


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("During a traffic stop on April 12, 2018, city police discovered that a clinic employee had patient "
     "folders in his car.", "en", ("discovery", "2018-04-12", "2018-04-12")),
    ("During a routine check in March 2021, the billing vendor noticed that 300 invoices had gone to the "
     "wrong address.", "en", ("discovery", "2021-03-01", "2021-03-31")),
    ("Lors d'un contrôle routier le 12 avril 2018, la police a découvert des dossiers de patients dans une "
     "voiture.", "fr", ("discovery", "2018-04-12", "2018-04-12")),
])
def test_a_date_closing_a_fronted_scene_dates_the_verb_after_it(text: str, lang: str,
                                                               want: tuple[str, str, str]) -> None:
    assert want in kinds(text, lang)


def test_a_scene_of_no_event_still_dates_nothing() -> None:
    assert kinds("During a board meeting on May 3, 2021, the directors approved the budget.") == set()


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("On March 30, 2012, the plan's sponsor erroneously distributed an email holding the records of 300 members.",
     "en", {("breach_start", "2012-03-30", "2012-03-30")}),
    ("On May 2, 2021, a clerk at the front desk inadvertently handed a patient another patient's chart.", "en",
     {("breach_start", "2021-05-02", "2021-05-02")}),
    ("Between May 2 and May 9, 2021, the billing office inadvertently handed out statements with other "
     "patients' balances.", "en", {("breach_start", "2021-05-02", "2021-05-02"), ("breach_end", "2021-05-09", "2021-05-09")}),
    ("Le 3 mai 2022, un agent a remis par erreur le dossier d'un patient à un autre patient.", "fr",
     {("breach_start", "2022-05-03", "2022-05-03")}),
])
def test_an_act_done_by_mistake_after_an_opening_date_is_the_breach(text: str, lang: str,
                                                                   want: set[tuple[str, str, str]]) -> None:
    assert kinds(text, lang) == want


@pytest.mark.parametrize("text", [
    "On May 2, 2021, OCR learned that a clerk had inadvertently handed out charts.",
    "On May 2, 2021, the clinic said that a clerk had mistakenly handed out charts.",
    "The clinic's new director, hired on May 2, 2021, mistakenly believed the files were safe.",
])
def test_a_mistake_someone_tells_of_or_a_date_in_a_clause_of_its_own_is_no_breach(text: str) -> None:
    assert kinds(text) == set()


def test_messages_received_from_members_are_the_discovery() -> None:
    assert kinds("On April 4, 2016, the plan and its vendor received communications from members saying they "
                 "had someone else's tax form.") == {("discovery", "2016-04-04", "2016-04-04")}


@pytest.mark.parametrize(("text", "want"), [
    ("The clinic reported that on August 11, 20, 2016, a former partner printed out the charts of 800 patients.",
     {("breach_start", "2016-08-11", "2016-08-20")}),
    ("On March 4, 19, 2021, a nurse accessed the files of 12 neighbours without a reason.",
     {("breach_start", "2021-03-04", "2021-03-19")}),
])
def test_two_days_joined_by_a_bare_comma_are_one_moment_within_them(text: str, want: set[tuple[str, str, str]]) -> None:
    assert kinds(text) == want


@pytest.mark.parametrize("text", [
    "On August 11, 20 patients of the clinic received another patient's letter.",
    "On August 11, 2016, 20 patients of the clinic received another patient's letter.",
])
def test_a_comma_before_a_count_joins_no_days(text: str) -> None:
    assert all(e != ("breach_start", "2016-08-11", "2016-08-20") for e in kinds(text))


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("A cancer clinic's breach reached the regulator: on August 29, 2012, OCR received notification from it regarding a breach.", "en",
     {("notification_regulator", "2012-08-29", "2012-08-29")}),
    ("HHS was notified of a breach involving a stolen tablet on March 21, 2013.", "en",
     {("notification_regulator", "2013-03-21", "2013-03-21")}),
    ("Le 3 mai 2022, la CNIL a reçu une notification de violation de la part de la clinique.", "fr",
     {("notification_regulator", "2022-05-03", "2022-05-03")}),
    # the organisation told by its vendor learns of the breach
    ("On March 6, 2018, the clinic was notified of the breach by its vendor.", "en",
     {("discovery", "2018-03-06", "2018-03-06")}),
    ("Le 3 mai 2022, la clinique a reçu une notification de son prestataire l'informant d'une intrusion.", "fr",
     {("discovery", "2022-05-03", "2022-05-03")}),
    # a regulator told of something else: no notice of the breach
    ("OCR received notification from the dentist on May 6, 2019 that her practice had closed.", "en", set()),
])
def test_a_notice_told_from_the_regulators_side(text: str, lang: str, want: set[tuple[str, str, str]]) -> None:
    assert kinds(text, lang) == want


@pytest.mark.parametrize(("text", "lang"), [
    ("From May 2, 2015 until June 9, 2016, the hospital disclosed patient records to its billing vendor without "
     "obtaining satisfactory assurances as required under HIPAA.", "en"),
    ("Du 2 mai 2015 au 9 juin 2016, l'hôpital a communiqué des dossiers à son prestataire sans avoir conclu de "
     "contrat de sous-traitance, comme l'exige le RGPD.", "fr"),
])
def test_a_disclosure_told_as_a_duty_unmet_is_a_compliance_period_not_the_breach(text: str, lang: str) -> None:
    report = check_text(text, lang=lang)
    assert not report.events
    assert [u.reason for u in report.unplaced] == ["compliance"]


def test_a_disclosure_with_no_duty_named_is_still_the_breach() -> None:
    assert kinds("From May 2, 2015 until June 9, 2016, a clerk disclosed patient records to her cousin.") == {
        ("breach_start", "2015-05-02", "2015-05-02"), ("breach_end", "2016-06-09", "2016-06-09")}


def test_a_notice_filed_as_the_law_requires_is_still_a_notice() -> None:
    assert kinds("The clinic filed a breach report with OCR on April 15, 2010, as required by the HITECH Act.") == {
        ("notification_regulator", "2010-04-15", "2010-04-15")}


@pytest.mark.parametrize(("text", "lang"), [
    ("According to its report, the clinic received a threat letter on 28 September 2020 from someone claiming to "
     "hold its records.", "en"),
    ("The intrusion became apparent to the clinic's IT office on 28 September 2020.", "en"),
    ("Le 28 septembre 2020, la clinique a reçu une lettre de menace d'un pirate qui disait détenir ses dossiers.", "fr"),
])
def test_a_threat_received_or_a_breach_become_apparent_is_the_discovery(text: str, lang: str) -> None:
    assert kinds(text, lang) == {("discovery", "2020-09-28", "2020-09-28")}


@pytest.mark.parametrize(("text", "want"), [
    ("On February 7, 2025, the company filed a criminal complaint.",
     {("notification_law_enforcement", "2025-02-07", "2025-02-07")}),
    ("On February 7, 2025, the company filed a complaint with the police.",
     {("notification_law_enforcement", "2025-02-07", "2025-02-07")}),
    # a data subject's complaint to the regulator is no notice of the organisation's
    ("On February 7, 2025, a patient filed a complaint with the authority about the clinic.", set()),
])
def test_a_criminal_complaint_is_the_notice_to_law_enforcement(text: str, want: set[tuple[str, str, str]]) -> None:
    assert kinds(text) == want


def test_a_breach_become_apparent_leaves_the_dates_before_it_to_the_breach() -> None:
    assert kinds("The intrusion that began on 3 December 2018 and ended on 11 March 2019 became apparent to the "
                 "clinic on 28 September 2020.") == {("breach_start", "2018-12-03", "2018-12-03"),
                                                    ("breach_end", "2019-03-11", "2019-03-11"),
                                                    ("discovery", "2020-09-28", "2020-09-28")}
