"""Families read on a fourth blind sample of HHS breach narratives (session hhs5), each in
sentences of our own."""

from __future__ import annotations

import pytest

from helpers import events
from timeline_check import check_text


@pytest.mark.parametrize(("text", "lang", "day"), [
    # a change that leaves data open by mistake starts the breach on the change's date
    ("The covered entity, a small dental office, changed its patient portal on April 3, 2018, "
     "accidentally leaving a lookup page open to the public.", "en", "2018-04-03"),
    ("The vendor pushed a software update on March 2, 2020, leaving the scheduling database "
     "unsecured for several weeks.", "en", "2020-03-02"),
    ("On July 9, 2016, the plan moved its claims files to a new server, mistakenly leaving a "
     "folder of scanned forms readable by anyone.", "en", "2016-07-09"),
    ("La clinique a modifié son site le 3 avril 2018, laissant par erreur un formulaire de "
     "recherche accessible à tous.", "fr", "2018-04-03"),
    ("Le 3 avril 2018, le prestataire a mis à jour le portail, laissant le répertoire des patients "
     "sans protection.", "fr", "2018-04-03"),
])
def test_a_change_leaving_data_open_starts_the_breach(text: str, lang: str, day: str) -> None:
    assert ("breach_start", day, day) in events(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    # a former patient or client who tells the organisation of the problem: how it learned
    ("A former patient notified the clinic of the flaw on May 9, 2018, and the clinic took the "
     "page down.", "en"),
    ("A former client alerted the therapist's office to the open form on May 9, 2018.", "en"),
    ("Un ancien patient a signalé le problème à la clinique le 9 mai 2018.", "fr"),
    ("Une ancienne adhérente a prévenu la mutuelle de l'anomalie le 9 mai 2018.", "fr"),
])
def test_a_former_patient_telling_the_organisation_is_its_discovery(text: str, lang: str) -> None:
    found = events(text, lang)
    assert ("discovery", "2018-05-09", "2018-05-09") in found
    assert not {k for k, *_ in found} & {"notification_covered_entity", "notification_individuals"}


def test_a_former_business_associate_still_gives_the_covered_entity_notice() -> None:
    found = events("On June 3, 2019, a former business associate notified the clinic of the incident.")
    assert ("discovery", "2019-06-03", "2019-06-03") not in found


@pytest.mark.parametrize(("text", "lang"), [
    # a breach noun referred to ("involved in the breach", "To address the breach") is no act: a
    # date later in the sentence belongs to the remedy told there
    ("To settle the matter, the hospital disciplined the nurse involved in the breach, and launched "
     "a staff training program on October 1, 2012.", "en"),
    ("The clinic fired the clerk responsible for the breach and changed its locks on March 3, 2014.", "en"),
    ("To address the breach, the plan retrained its call center staff and adopted a clean desk rule "
     "on October 1, 2012.", "en"),
    ("La clinique a licencié la secrétaire impliquée dans la fuite, et changé ses serrures le 3 mars "
     "2014.", "fr"),
    # a breach participle naming a protected thing the organisation took up is no attack
    ("The CE launched a program for handing out encrypted USB drives on October 1, 2012.", "en"),
    ("The practice purchased 2,000 encrypted laptops on October 1, 2012.", "en"),
    ("Following the theft, the practice trained its staff and rolled out encrypted laptops on "
     "October 1, 2012.", "en"),
])
def test_a_remedy_after_a_breach_referred_to_dates_no_breach(text: str, lang: str) -> None:
    assert not {k for k, *_ in events(text, lang)} & {"breach_start", "breach_end"}


@pytest.mark.parametrize(("text", "day"), [
    # ... while a breach word keeps its own date: one right after it, or an attacker's encryption
    ("A laptop involved in the theft on May 2, 2019 held the records of 900 patients.", "2019-05-02"),
    ("Ransomware encrypted files on the billing server on October 1, 2012.", "2012-10-01"),
    ("On October 1, 2012, intruders encrypted the practice's records with ransomware.", "2012-10-01"),
    ("The number of patients affected by the breach, which began on May 3, 2019, is 4,000.", "2019-05-03"),
])
def test_a_breach_word_keeps_its_own_date(text: str, day: str) -> None:
    assert ("breach_start", day, day) in events(text)


def _severities(text: str) -> set[tuple[str, str]]:
    return {(f.severity, f.rule) for f in check_text(text).findings if f.severity in ("error", "warning")}


@pytest.mark.parametrize("text", [
    # one verb listing two dates of notices to the people (a notice and its substitute, two batches
    # of letters) tells of one incident told in parts: a late first notice is an error
    "The covered entity (CE) discovered the theft of a laptop holding protected health information on "
    "June 4, 2012. Individual notification and substitute notification were not provided until August "
    "20, 2012 and August 27, 2012, respectively.",
    "On June 4, 2012, the covered entity (CE) learned that a clerk had mailed protected health "
    "information to the wrong patients. The CE sent letters to the affected patients on August 20, "
    "2012 and September 3, 2012.",
])
def test_dates_one_verb_lists_are_one_incident(text: str) -> None:
    assert ("error", "hipaa/individual-notice") in _severities(text)


def test_two_notices_told_apart_are_still_two_incidents() -> None:
    # two verbs, each with a notice of its own date: maybe two incidents, the miss unsure
    text = ("The covered entity (CE) discovered the theft of a laptop holding protected health information "
            "on June 4, 2012. The CE mailed letters to the affected patients on August 20, 2012. The CE "
            "also mailed letters to patients on October 2, 2013.")
    assert ("warning", "hipaa/individual-notice") in _severities(text)


@pytest.mark.parametrize(("text", "lang"), [
    # a thing received that was sent by mistake: "that" before an auxiliary opens a relative clause
    # on the thing, so the date opening the sentence dates the mistaken delivery
    ("On March 3, 2019, the billing firm received a box of patient files that was delivered in error.", "en"),
    ("On March 3, 2019, the vendor's courier service, Quick Freight Logistics (QFL), picked up a sealed "
     "carton holding scanned charts, billing ledgers and copies of insurance cards from the clinic's "
     "records room, that was handed over by mistake.", "en"),
    ("Le 3 mars 2019, le prestataire a reçu un colis de dossiers qui avait été livré par erreur.", "fr"),
])
def test_a_thing_sent_by_mistake_dates_the_breach(text: str, lang: str) -> None:
    assert ("breach_start", "2019-03-03", "2019-03-03") in events(text, lang)


def test_what_someone_learned_of_a_mistake_is_still_theirs() -> None:
    found = events("On March 3, 2019, the clinic learned that a clerk had mistakenly faxed a chart to a bank.")
    assert found == {("discovery", "2019-03-03", "2019-03-03")}


@pytest.mark.parametrize(("text", "lang"), [
    # police, named without an article, who tell the organisation: how it learned
    ("On May 2, 2018, the Springfield, Ohio police informed the hospital that charts were found in a car.", "en"),
    ("Le 2 mai 2018, les gendarmes ont informé la clinique que des dossiers avaient été retrouvés.", "fr"),
])
def test_police_telling_the_organisation_is_its_discovery(text: str, lang: str) -> None:
    assert ("discovery", "2018-05-02", "2018-05-02") in events(text, lang)


def test_an_informant_as_another_clause_object_tells_nothing() -> None:
    # "notified police ..., but did not notify the clinic until": the vendor's notice to its client
    found = events("The vendor notified police at the time of the theft, but did not notify the clinic "
                   "until May 2, 2018.")
    assert ("discovery", "2018-05-02", "2018-05-02") not in found
