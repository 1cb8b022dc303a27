"""French documents other than press articles (issue 15, blind set frdoc8): letters to the people
affected, communiqués and their updates, breach registers, summaries of CNIL sanctions, crisis-cell
minutes, FAQ pages. Each family is tested with sentences written for the test, in English too
where it exists there, and with sentences that must not change."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers import days, days_of
from timeline_check import check_text


@pytest.mark.parametrize(("text", "lang", "day"), [
    ("Lyon, le 16 juin 2025\n\nLe lundi 2 juin 2025, un agent a adressé un rappel à 212 patients.\n\n"
     "Nous nous en sommes rendu compte le lendemain, lorsqu'une patiente nous a appelés.", "fr", "2025-06-03"),
    ("Nantes, le 20 mars 2024\n\nLe 4 mars 2024, notre prestataire a mis à jour le site des inscriptions. "
     "Nous avons découvert la fuite le jour même.", "fr", "2024-03-04"),
    ("May 30, 2025\n\nOn May 2, 2025, our office moved to a new scheduling system. "
     "We discovered the next day that the reminders listed other patients.", "en", "2025-05-03"),
])
def test_a_fixed_day_counts_from_the_last_day_named_when_that_day_dates_no_event(text: str, lang: str, day: str) -> None:
    assert ("discovery", day) in days(text, lang)


@pytest.mark.parametrize(("text", "lang", "kind", "day"), [
    # the day before is an event's: counted from it, as before
    ("Le 2 juin 2025, la clinique a découvert l'attaque. Le lendemain, elle a notifié la violation à la CNIL.",
     "fr", "notification_regulator", "2025-06-03"),
    ("On June 2, 2025, the clinic discovered the attack. The next day, it notified the ICO.",
     "en", "notification_regulator", "2025-06-03"),
    # a dated event told between the bare day and the phrase: counted from that event
    ("Le 1er juin 2025, l'agence a changé de logiciel. Le 2 juin 2025, elle a découvert l'intrusion et "
     "le lendemain elle a notifié la violation à la CNIL.", "fr", "notification_regulator", "2025-06-03"),
])
def test_a_fixed_day_after_a_dated_event_still_counts_from_it(text: str, lang: str, kind: str, day: str) -> None:
    assert (kind, day) in days(text, lang)


_REGISTER_FR = ("REGISTRE DES VIOLATIONS DE DONNÉES\n\nFiche n° 12\nDate de survenance : 02/03/2025\n"
                "Date de prise de connaissance : 03/03/2025\nNotification à la CNIL : oui, le 05/03/2025\n\n"
                "Fiche n° 13\nDate de survenance : 10/05/2025\nDate de prise de connaissance : 12/05/2025\n"
                "Notification à la CNIL : oui, le 14/05/2025\nInformation des personnes : oui, courriel du 20/05/2025\n")
_REGISTER_EN = ("Breach log, extract of June 2025\n\nEntry 2025-07\nDate of breach: 2 March 2025\nDate discovered: 3 March 2025\n"
                "Reported to the ICO: 5 March 2025\n\nEntry 2025-08\nDate of breach: 10 May 2025\n"
                "Date discovered: 12 May 2025\nReported to the ICO: 14 May 2025\n")


@pytest.mark.parametrize(("text", "lang"), [(_REGISTER_FR, "fr"), (_REGISTER_EN, "en")])
def test_each_record_of_a_register_is_an_incident_of_its_own(text: str, lang: str) -> None:
    report = check_text(text, lang=lang)
    assert not [f.rule for f in report.findings if f.severity in ("error", "warning")]
    found = days_of(report.events)
    assert {("discovery", "2025-03-03"), ("discovery", "2025-05-12"), ("notification_regulator", "2025-03-05"),
            ("notification_regulator", "2025-05-14"), ("breach_start", "2025-03-02"), ("breach_start", "2025-05-10")} <= found


def test_numbered_sheets_of_a_text_that_is_no_register_stay_one_incident() -> None:
    text = ("Note au DPO\n\nFiche n° 1\nLa clinique a découvert l'intrusion le 3 mars 2025. Elle a notifié la violation "
            "à la CNIL le 5 mars 2025.\n\nFiche n° 2\nLa clinique a notifié la violation à la CNIL le 14 mai 2025.\n")
    assert "conflict/one-event-two-dates" in [f.rule for f in check_text(text, lang="fr").findings]


@pytest.mark.parametrize(("text", "kind", "day"), [
    ("Information des personnes : oui, courrier remis en main propre ou envoyé le 06/05/2025", "notification_individuals", "2025-05-06"),
    ("Information des personnes concernées : oui, le 6 mai 2025", "notification_individuals", "2025-05-06"),
    ("Date de survenance : 19/04/2025", "breach_start", "2025-04-19"),
])
def test_a_register_field_dates_its_event(text: str, kind: str, day: str) -> None:
    assert (kind, day) in days("Registre des violations, fiche n° 4\n\n" + text + "\n", "fr", dt.date(2025, 6, 30))


@pytest.mark.parametrize(("text", "lang"), [
    ("Le 14 novembre 2025\n\nMadame, Monsieur,\n\nJe souhaite vous informer d'un incident de sécurité qui touche "
     "l'espace numérique du collège. Le 8 novembre, un tiers a accédé au compte d'un enseignant.", "fr"),
    ("Le 14 novembre 2025\n\nJe vous écris au sujet d'un accès frauduleux aux données de votre enfant. "
     "Le 8 novembre, un tiers a accédé au compte d'un enseignant.", "fr"),
    ("November 14, 2025\n\nI want to inform you of a security incident that affected your child's information. "
     "On November 8, an outsider accessed a teacher's account.", "en"),
])
def test_a_letter_in_the_first_person_singular_is_the_notice_of_its_own_date(text: str, lang: str) -> None:
    assert ("notification_individuals", "2025-11-14") in days(text, lang)


def test_a_text_that_speaks_of_a_letter_to_others_is_no_letter() -> None:
    text = "Le 14 novembre 2025\n\nLe principal du collège a décidé d'écrire aux parents la semaine prochaine."
    assert ("notification_individuals", "2025-11-14") not in days(text, "fr")


@pytest.mark.parametrize(("text", "lang", "day"), [
    ("Elle a ensuite adressé un courriel à ses clients le 10 février 2025.", "fr", "2025-02-10"),
    ("La mairie a également envoyé un courrier aux familles le 17 octobre 2025.", "fr", "2025-10-17"),
    ("The company then emailed its customers on February 10, 2025.", "en", "2025-02-10"),
])
def test_an_adverb_between_the_auxiliary_and_the_participle_keeps_the_notice(text: str, lang: str, day: str) -> None:
    assert ("notification_individuals", day) in days(text, lang)


def test_a_notice_denied_with_an_adverb_is_still_no_notice() -> None:
    text = "La société n'a pas adressé de courriel à ses clients avant le 10 février 2025."
    assert ("notification_individuals", "2025-02-10") not in days(text, "fr")


@pytest.mark.parametrize(("text", "lang"), [
    ("Le 2 décembre 2024, à l'occasion d'une mise en production, une base de données de clients a été placée "
     "sur un serveur accessible sans authentification.", "fr"),
    ("Le 2 décembre 2024, une base de données de clients a été placée sur un serveur accessible sans authentification.", "fr"),
    ("On December 2, 2024, during a routine migration of the billing system, a customer database was placed on a "
     "server that was accessible without authentication.", "en"),
])
def test_data_placed_where_anyone_could_reach_them_starts_the_breach(text: str, lang: str) -> None:
    assert ("breach_start", "2024-12-02") in days(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("Le 2 décembre 2024, à l'occasion d'une mise en production, la base de données a été placée sur un nouveau serveur.", "fr"),
    ("On December 2, 2024, the database was moved to a new server.", "en"),
])
def test_data_placed_on_a_server_with_no_word_of_exposure_start_nothing(text: str, lang: str) -> None:
    assert ("breach_start", "2024-12-02") not in days(text, lang)


@pytest.mark.parametrize("text", [
    "Mise à jour du 21 mars 2025\n\nLes personnes dont les pièces figurent parmi les fichiers copiés recevront un courrier "
    "à partir du 24 mars.",
    "Mise à jour du 21 mars 2025\n\nLe 3 mars 2025, l'ordinateur volé a été retrouvé par la police.",
    "Mise à jour du 21 mars 2025\n\nLes titulaires des comptes piratés seront contactés par téléphone le 24 mars.",
])
def test_a_breach_participle_after_its_noun_names_a_thing(text: str) -> None:
    assert not {k for k, _ in days(text, "fr")} & {"breach_start", "breach_end"}


@pytest.mark.parametrize(("text", "day"), [
    ("Les fichiers copiés le 3 mars 2025 contenaient des pièces d'identité.", "2025-03-03"),
    ("L'ordinateur volé dans un véhicule le 3 mars 2025 contenait des dossiers.", "2025-03-03"),
    ("Des dossiers ont été copiés vers un serveur externe le 3 mars 2025.", "2025-03-03"),
])
def test_a_participle_with_its_own_complement_is_still_the_act(text: str, day: str) -> None:
    assert ("breach_start", day) in days(text, "fr")


@pytest.mark.parametrize(("text", "lang"), [
    ("D'après ses journaux de connexion, les extractions ont eu lieu entre le 29 septembre et le 4 octobre 2025.", "fr"),
    ("Les exfiltrations se sont déroulées entre le 29 septembre et le 4 octobre 2025.", "fr"),
    ("According to its logs, the exfiltration took place between September 29 and October 4, 2025.", "en"),
])
def test_extractions_that_took_place_over_a_range_start_and_end_the_breach(text: str, lang: str) -> None:
    assert {("breach_start", "2025-09-29"), ("breach_end", "2025-10-04")} <= days(text, lang)


def test_an_extraction_of_logs_is_no_breach() -> None:
    assert not days("L'extraction des journaux a eu lieu le 6 octobre 2025.", "fr")


@pytest.mark.parametrize(("text", "lang"), [
    ("Le 2 juin 2025, un agent a envoyé un courriel à 212 patients. Par erreur, le message comportait en pièce "
     "jointe le planning de la semaine.", "fr"),
    ("Le 2 juin 2025, un agent a envoyé par erreur un courriel à 212 patients.", "fr"),
    ("On June 2, 2025, a staff member emailed a reminder to 212 patients. By mistake, the message included the "
     "full schedule.", "en"),
])
def test_a_mailing_told_as_a_mistake_is_the_breach_not_a_notice(text: str, lang: str) -> None:
    found = days(text, lang)
    assert ("breach_start", "2025-06-02") in found and ("notification_individuals", "2025-06-02") not in found


@pytest.mark.parametrize(("text", "lang"), [
    ("Le 2 juin 2025, la clinique a envoyé un courriel aux patients concernés. Par ailleurs, elle a prévenu la CNIL.", "fr"),
    ("On June 2, 2025, the clinic emailed the affected patients. In addition, it notified the ICO.", "en"),
])
def test_a_mailing_with_no_word_of_mistake_stays_the_notice(text: str, lang: str) -> None:
    assert ("notification_individuals", "2025-06-02") in days(text, lang)


@pytest.mark.parametrize(("text", "kind"), [
    ("Le 6 octobre 2025, en fin de matinée, la mairie a été alertée.", "discovery"),
    ("Le 6 octobre 2025, dans la soirée, la mairie a découvert la fuite.", "discovery"),
    ("Le 6 octobre 2025, en fin de journée, un agent a envoyé par erreur un courriel à 212 patients.", "breach_start"),
])
def test_a_part_of_the_day_set_off_after_a_date_leaves_the_date_to_the_event(text: str, kind: str) -> None:
    found = days(text, "fr")
    assert (kind, "2025-10-06") in found and ("breach_end", "2025-10-06") not in found


@pytest.mark.parametrize(("text", "lang", "kind", "day"), [
    ("Quand l'incident a-t-il été détecté ?\nLe 6 octobre 2025, en fin de matinée.\n", "fr", "discovery", "2025-10-06"),
    ("Quand la CNIL a-t-elle été informée ?\nLe 8 octobre 2025.\n", "fr", "notification_regulator", "2025-10-08"),
    ("When did you notify the ICO?\nOctober 8, 2025.\n", "en", "notification_regulator", "2025-10-08"),
])
def test_an_answer_on_the_line_after_its_question_is_no_dateline(text: str, lang: str, kind: str, day: str) -> None:
    assert (kind, day) in days(text, lang, dt.date(2025, 10, 17))


def test_a_letter_date_on_its_own_line_is_still_the_texts_date() -> None:
    text = "Le 14 novembre 2025\n\nMadame, Monsieur,\n\nNous vous informons d'un incident survenu le 8 novembre."
    assert ("publication", "2025-11-14") in days(text, "fr", own=True)


@pytest.mark.parametrize(("field", "kind", "day"), [
    ("Date de constat : 08/10/2025", "discovery", "2025-10-08"),
    ("Date de début de l'exposition : 22/09/2025", "breach_start", "2025-09-22"),
    ("Date de fin de l'exposition : 08/10/2025", "breach_end", "2025-10-08"),
])
def test_a_notes_fields_date_their_events_not_the_text(field: str, kind: str, day: str) -> None:
    found = days("Note au DPO\n\n" + field + "\n", "fr", dt.date(2025, 10, 20), own=True)
    assert (kind, day) in found and ("publication", "2025-10-20") in found
