"""Families found reading a sample of the dates the reader left unplaced in the raw HHS
narratives (issue 15): data sent out of the organisation's hands or devices handed on unwiped over
a range of days, a participle of mistake after a date ("updated the site on June 16, inadvertently
leaving a form open"), an informant with a word of standing ("a former client told the clinic"),
a clause opened by "and" after a notice whose subject is no further recipient, the "until" of
notices put off together past a list, malicious code that renders systems unusable, and the
organisation told in the passive ("was reported to the company") or through a team of its own
("informed the company's security team"), and what a finding with no "that" says the attackers
did ("investigators determined the intruders got in on"), and a stay inside before a dated
discovery ("were inside for 11 days before the attack was spotted on"), and a timeline row's present
tense ("IT flags unusual forwarding", "le rapport confirme la présence de données"). Sentences
written for the test."""

from __future__ import annotations

import pytest

from helpers import days, events


@pytest.mark.parametrize(("text", "lang"), [
    ("From March 3, 2021 to June 9, 2021, the records of 800 patients were transferred outside the clinic's network.", "en"),
    ("Between March 3 and June 9, 2021, an analyst forwarded claim files to her personal email account.", "en"),
    ("From March 3, 2021 through June 9, 2021, a nurse uploaded schedules to a personal cloud drive.", "en"),
    ("From March 3, 2021 through June 9, 2021, the practice gave old laptops to staff without wiping them.", "en"),
    ("Du 3 mars au 9 juin 2021, une salariée a transféré des dossiers vers sa messagerie personnelle.", "fr"),
    ("Du 3 mars au 9 juin 2021, le cabinet a donné ses anciens ordinateurs au personnel sans les effacer.", "fr"),
])
def test_data_sent_out_or_devices_handed_on_over_a_range(text: str, lang: str) -> None:
    got = days(text, lang)
    assert ("breach_start", "2021-03-03") in got and ("breach_end", "2021-06-09") in got


@pytest.mark.parametrize(("text", "lang"), [
    ("The clinic updated its website on June 16, 2017, inadvertently leaving a search form open to anyone.", "en"),
    ("On June 16, 2017, the plan moved its portal, mistakenly exposing the member directory.", "en"),
    ("Le 16 juin 2017, le cabinet a modifié son site, laissant par erreur un formulaire ouvert à tous.", "fr"),
])
def test_a_participle_of_mistake_after_a_date_starts_the_breach(text: str, lang: str) -> None:
    assert ("breach_start", "2017-06-16") in days(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("A former client notified the clinic of the problem on August 13, 2017.", "en"),
    ("A concerned parent told the district about the open spreadsheet on August 13, 2017.", "en"),
    ("Another patient alerted the practice on August 13, 2017.", "en"),
    ("Un ancien patient a prévenu le cabinet le 13 août 2017.", "fr"),
])
def test_an_informant_with_a_word_of_standing_tells_of_a_discovery(text: str, lang: str) -> None:
    got = days(text, lang)
    assert ("discovery", "2017-08-13") in got
    assert not any(kind.startswith("notification_") for kind, _ in got)


@pytest.mark.parametrize("text", [
    "A patient told the clinic of the error on May 2, 2019, and the clinic immediately removed the page.",
    "The vendor notified the hospital on May 2, 2019, and the hospital immediately disabled the account.",
])
def test_and_with_at_once_opens_a_clause_not_a_further_recipient(text: str) -> None:
    got = days(text)
    assert ("containment", "2019-05-02") in got
    assert sum(kind == "notification_covered_entity" for kind, _ in got) <= 1


def test_and_a_further_recipient_with_its_own_date_is_still_a_notice() -> None:
    got = days("The clinic reported the breach to the FBI on August 15, 2019 and to HHS on October 11, 2019.")
    assert ("notification_law_enforcement", "2019-08-15") in got and ("notification_regulator", "2019-10-11") in got


@pytest.mark.parametrize("text", [
    "Because of a police request, the plan did not send individual notification, media notification"
    " or a notice on its website until March 21, 2017.",
    "The practice did not mail letters to patients, post a notice on its home page or alert local media until March 21, 2017.",
])
def test_a_notice_put_off_past_a_list_of_notices(text: str) -> None:
    assert ("notification_individuals", "2017-03-21") in days(text)


def test_a_negated_notice_with_no_until_in_its_clause_is_no_notice() -> None:
    got = days("The plan did not send letters to members; on March 21, 2017, it opened a call centre that ran until May 1, 2017.")
    assert not any(kind == "notification_individuals" for kind, _ in got)


@pytest.mark.parametrize("text", [
    "A computer virus rendered the clinic's file server inaccessible on October 11, 2016.",
    "On October 11, 2016, the scheduling system was rendered unusable by ransomware.",
])
def test_malicious_code_that_renders_systems_unusable_starts_the_breach(text: str) -> None:
    assert ("breach_start", "2016-10-11") in days(text)


def test_the_organisation_rendering_a_page_inaccessible_is_no_breach() -> None:
    assert not any(kind == "breach_start" for kind, _ in days("The clinic rendered the page inaccessible on October 12, 2016."))


@pytest.mark.parametrize(("text", "lang"), [
    ("The misconfigured portal was reported to the company on March 8, 2018.", "en"),
    ("The leak was flagged to us on March 8, 2018 by a customer.", "en"),
    ("La faille a été signalée à la société le 8 mars 2018.", "fr"),
    ("Le problème nous a été signalé le 8 mars 2018.", "fr"),
])
def test_the_organisation_told_in_the_passive_discovers(text: str, lang: str) -> None:
    assert ("discovery", "2018-03-08") in days(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("On January 31, 2019, a hotel partner informed the company's security team of the fraudulent messages.", "en"),
    ("A clerk reported the lost drive to its data protection officer on January 31, 2019.", "en"),
    ("Le 31 janvier 2019, un agent a alerté son service informatique.", "fr"),
    ("Un client a prévenu son délégué à la protection des données le 31 janvier 2019.", "fr"),
])
def test_telling_someone_inside_the_organisation_is_its_discovery(text: str, lang: str) -> None:
    got = days(text, lang)
    assert ("discovery", "2019-01-31") in got and ("breach_start", "2019-01-31") not in got


@pytest.mark.parametrize("text", [
    "An investigation found the hackers broke in on Jan. 28, 2025.",
    "Investigators determined the intruders first got in on Jan. 28, 2025.",
    "OCR found the hackers accessed the server on Jan. 28, 2025.",
])
def test_what_a_finding_says_the_attackers_did_with_no_that(text: str) -> None:
    got = days(text)
    assert ("breach_start", "2025-01-28") in got and ("discovery", "2025-01-28") not in got


def test_a_breach_noun_right_after_a_verb_of_finding_is_still_its_object() -> None:
    assert ("discovery", "2025-02-03") in days("The clinic discovered the intrusion on Feb. 3, 2025.")


@pytest.mark.parametrize(("text", "lang", "start", "found"), [
    ("Hackers were inside the system for 11 days before the attack was spotted on March 3, 2025.", "en",
     ("2025-02-20", "2025-02-21"), "2025-03-03"),
    ("The intruders had access for 11 days before they were detected on March 3, 2025.", "en",
     ("2025-02-20", "2025-02-21"), "2025-03-03"),
    ("Les pirates sont restés pendant neuf jours dans le réseau avant que l'attaque ne soit découverte le 12 avril 2025.",
     "fr", ("2025-04-03", "2025-04-04"), "2025-04-12"),
])
def test_a_stay_inside_before_a_dated_discovery_starts_the_breach_that_long_before(
        text: str, lang: str, start: tuple[str, str], found: str) -> None:
    assert ("breach_start", *start) in events(text, lang)
    assert ("discovery", found) in days(text, lang)


def test_a_stay_of_no_upper_bound_gives_no_start() -> None:
    got = days("The hackers were in the network for more than a week before the attack was spotted on March 3, 2025.")
    assert not any(kind == "breach_start" for kind, _ in got)


@pytest.mark.parametrize(("text", "lang", "kind"), [
    ("| 3/3/2025 | IT flags unusual forwarding rules on a clerk's mailbox |", "en", "discovery"),
    ("| 3/3/2025 | The SOC observes suspicious sign-ins |", "en", "discovery"),
    ("| 3/3/2025 | Forensic report confirms PHI of 2,300 patients in the mailbox |", "en", "determination"),
    ("| 03/03/2025 | Le SOC signale une activité inhabituelle |", "fr", "discovery"),
    ("| 03/03/2025 | Le rapport d'expertise confirme la présence de données de santé |", "fr", "determination"),
])
def test_a_timeline_rows_present_tense_of_finding_and_confirming(text: str, lang: str, kind: str) -> None:
    assert (kind, "2025-03-03") in days("| Date | Event |\n| --- | --- |\n" + text, lang)


def test_same_day_in_a_row_counts_from_the_rows_own_date() -> None:
    table = ("| Date | Événement |\n| --- | --- |\n| 27/02/2025 | Courriel d'hameçonnage ouvert par un agent |\n"
             "| 03/03/2025 | Le SOC signale une activité inhabituelle ; compte désactivé le jour même |\n")
    assert ("containment", "2025-03-03") in days(table, "fr")


@pytest.mark.parametrize(("text", "lang"), [
    ("The board will discuss the intrusion at its meeting on October 20, 2026.", "en"),
    ("Executives gave the council an update on the attack at a hearing on October 20, 2026.", "en"),
    ("Le conseil évoquera la cyberattaque lors de sa séance du 20 octobre 2026.", "fr"),
])
def test_a_breach_discussed_at_a_dated_meeting_starts_nothing_then(text: str, lang: str) -> None:
    assert not any(kind.startswith("breach") for kind, _ in days(text, lang))


@pytest.mark.parametrize(("text", "lang"), [
    ("Account owners were notified on March 7, 2026.", "en"),
    ("The company notified cardholders on March 7, 2026.", "en"),
    ("Les titulaires des comptes concernés ont été prévenus par courriel le 7 mars 2026.", "fr"),
])
def test_people_named_by_what_they_hold_are_told_as_individuals(text: str, lang: str) -> None:
    assert ("notification_individuals", "2026-03-07") in days(text, lang)



def test_stolen_credentials_used_over_a_range_start_and_end_the_breach() -> None:
    got = days("An outside party used stolen credentials to sign in to the payroll portal between August 30 and"
               " September 4, 2026.")
    assert ("breach_start", "2026-08-30") in got and ("breach_end", "2026-09-04") in got


@pytest.mark.parametrize("text", [
    "The clinic posted substitute notice on its website on August 27, 2016.",
    "Substitute notice was posted on the clinic's website on August 27, 2016.",
])
def test_substitute_notice_is_a_notice_to_individuals(text: str) -> None:
    got = days(text)
    assert ("notification_individuals", "2016-08-27") in got and ("public_disclosure", "2016-08-27") not in got


def test_a_notice_posted_on_a_website_is_still_a_public_statement() -> None:
    assert ("public_disclosure", "2016-08-27") in days("The clinic posted a notice on its website on August 27, 2016.")


@pytest.mark.parametrize("text", [
    "A notice was posted on the hospital's website on August 27, 2016.",
    "Letters were mailed to the members' homes on August 27, 2016.",
])
def test_a_name_in_the_genitive_after_a_notice_is_no_recipient(text: str) -> None:
    assert not any(kind == "notification_covered_entity" for kind, _ in days(text))


def test_a_bodys_named_office_in_the_genitive_is_still_the_recipient() -> None:
    text = "On February 14, 2015, the provider lodged a breach report with HHS's Office for Civil Rights."
    assert ("notification_regulator", "2015-02-14") in days(text)
