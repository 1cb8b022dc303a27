"""Families of the fourth French blind set (issue 15, session fr7): letters told in a relative
clause or an apposed participle, raising the alarm, suspending access, a Swiss notice "annoncée"
to the PFPDT, a text message received, the wrong file attached, an error "relevée", an incise
whose day is the speaker's, a notice named again in a fronted phrase; sentences written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers import Days, events_of
from timeline_check import check_text

DAY = dt.date(2025, 6, 20)


def days(text: str, lang: str = "fr") -> Days:
    """(kind, earliest) of each event the checker reads in ``text``, dated June 20, 2025."""
    return {(k, a) for k, a, _ in events_of(check_text(text, lang=lang, date=DAY).events)}


@pytest.mark.parametrize("text", [
    "Les lettres, qui ont été envoyées le 3 avril, décrivent l'incident et les mesures prises.",
    "Les courriers, partis le 3 avril, expliquent aux adhérents ce qui s'est passé.",
    "Les assurés ont été prévenus par un courriel, qui leur a été adressé le 3 avril, de la fuite de leurs données.",
])
def test_letters_sent_in_a_relative_clause_or_an_apposition_are_the_notice(text: str) -> None:
    assert ("notification_individuals", "2025-04-03") in days(text)


def test_a_mailing_sent_in_a_relative_clause_after_a_mix_up_stays_the_breach() -> None:
    found = days("Le prestataire a interverti les adresses des relevés, qui ont été envoyés le 3 avril.")
    assert ("breach_start", "2025-04-03") in found and not any(k.startswith("notification") for k, _ in found)


@pytest.mark.parametrize("text", [
    "C'est une infirmière qui a donné l'alerte le 4 mars en voyant des fichiers renommés.",
    "Le 4 mars, deux techniciens ont lancé l'alerte après des connexions nocturnes inhabituelles.",
])
def test_raising_the_alarm_is_the_discovery(text: str) -> None:
    assert ("discovery", "2025-03-04") in days(text)


@pytest.mark.parametrize("text", [
    "Le rectorat a suspendu le 4 mars l'accès à la messagerie des élèves.",
    "Le 4 mars, les équipes ont suspendu les comptes compromis.",
])
def test_suspending_is_containment(text: str) -> None:
    assert ("containment", "2025-03-04") in days(text)


def test_a_suspension_in_the_passive_with_no_actor_is_no_containment() -> None:
    assert days("Les inscriptions sont suspendues depuis le 3 février.") == set()


def test_a_breach_announced_to_the_swiss_commissioner_is_notified_to_the_regulator() -> None:
    found = days("La fondation a annoncé la violation au PFPDT le 3 septembre 2025, conformément à la nLPD.")
    assert ("notification_regulator", "2025-09-03") in found and ("public_disclosure", "2025-09-03") not in found


def test_an_announcement_to_no_named_recipient_is_still_public() -> None:
    assert ("public_disclosure", "2025-02-02") in days("La clinique a annoncé l'incident le 2 février 2025.")


@pytest.mark.parametrize(("text", "kind"), [
    ("Les clients touchés ont reçu un SMS d'information le 14 avril.", "notification_individuals"),
    ("Le 14 avril, les patients ont reçu un SMS les prévenant de la fuite.", "notification_individuals"),
])
def test_a_text_message_received_by_the_people_is_their_notice(text: str, kind: str) -> None:
    assert (kind, "2025-04-14") in days(text)


def test_a_threat_received_by_text_message_is_no_notice() -> None:
    assert days("La pharmacie a reçu un SMS de menace le 14 avril.") == set()


@pytest.mark.parametrize("text", [
    "Une secrétaire a joint, le 3 février, le mauvais fichier à un courriel destiné au comptable.",
    "Le 3 février, un agent a envoyé la mauvaise pièce jointe à une entreprise de nettoyage.",
])
def test_the_wrong_file_sent_is_the_breach(text: str) -> None:
    assert ("breach_start", "2025-02-03") in days(text)


def test_an_error_relevee_is_found_but_a_level_raised_is_nothing() -> None:
    assert ("discovery", "2025-02-05") in days("L'erreur a été relevée le 5 février par le service comptable.")
    assert days("Le plafond des cotisations a été relevé le 5 février.") == set()


def test_the_day_of_an_incise_of_the_organisation_is_its_disclosure_not_the_breach() -> None:
    found = days("Les adresses de 900 locataires ont été transmises par erreur à un huissier, a confirmé jeudi "
                 "la mairie, qui parle d'une erreur humaine.")
    assert ("public_disclosure", "2025-06-19") in found and not any(k.startswith("breach") for k, _ in found)


@pytest.mark.parametrize(("text", "lang"), [
    ("Le courtier a notifié la violation le 25 octobre 2023. À la suite de cette notification, la CNIL a mené "
     "un contrôle en ligne le 14 mars 2024.", "fr"),
    ("The broker notified the regulator of the breach on October 25, 2023. Following that notification, "
     "the regulator opened an inquiry on March 14, 2024.", "en"),
])
def test_a_notice_named_again_in_a_fronted_phrase_takes_no_later_date(text: str, lang: str) -> None:
    found = days(text, lang)
    assert ("notification_regulator", "2023-10-25") in found and ("notification_regulator", "2024-03-14") not in found


@pytest.mark.parametrize("text", [
    "L'intrus s'est servi de ce compte le 28 mars pour exporter le fichier des rendez-vous.",
    "Le 28 mars, un pirate a exporté la base des adhérents.",
])
def test_exporting_the_data_is_the_breach(text: str) -> None:
    assert ("breach_start", "2025-03-28") in days(text)


@pytest.mark.parametrize("text", [
    "Le proviseur a confirmé l'information le 16 juin, lors d'une réunion avec les parents.",
    "Le 16 juin, la mairie a confirmé la nouvelle devant le conseil municipal.",
])
def test_confirming_the_news_is_the_public_disclosure(text: str) -> None:
    assert ("public_disclosure", "2025-06-16") in days(text)


@pytest.mark.parametrize("text", [
    "Un courrier a été remis aux familles le 16 juin par les professeurs principaux.",
    "Le 16 juin, une lettre d'information a été remise à chaque patient hospitalisé.",
])
def test_a_letter_handed_out_is_the_notice(text: str) -> None:
    assert ("notification_individuals", "2025-06-16") in days(text)


@pytest.mark.parametrize("text", [
    "La mutuelle n'a notifié la violation à la CNIL que le 11 avril, une fois terminé un audit externe, "
    "ce qu'elle explique par un souci d'exhaustivité.",
    "Le 11 avril, une fois l'expertise terminée, le cabinet a notifié la violation à la CNIL.",
])
def test_a_clause_of_circumstance_with_no_date_keeps_no_date_from_before_it(text: str) -> None:
    found = days(text)
    assert ("notification_regulator", "2025-04-11") in found and ("investigation_end", "2025-04-11") not in found


def test_an_ending_with_its_own_date_is_still_read() -> None:
    assert ("investigation_end", "2025-03-30") in days("L'audit a été terminé le 30 mars.")


@pytest.mark.parametrize(("text", "day"), [
    ("La clinique du Parc, établissement privé du centre-ville, a reconnu le 23 avril qu'une intrusion avait "
     "touché son agenda.", "2025-04-23"),
    ("La mairie de Sorbiers, jointe par téléphone, a indiqué le 22 avril que la fuite concernait 300 familles.",
     "2025-04-22"),
])
def test_the_organisation_speaks_past_an_apposition_to_its_name(text: str, day: str) -> None:
    assert ("public_disclosure", day) in days(text)


def test_a_prosecutor_in_the_incise_dates_no_disclosure() -> None:
    assert days("Des fichiers ont été copiés, a indiqué le 22 avril le procureur.") == set()


@pytest.mark.parametrize(("text", "lang"), [
    ("Les bulletins ont été copiés lors d'un piratage de l'espace numérique de travail (ENT), survenu le 13 mars.", "fr"),
    ("Les dossiers ont fuité à cause d'une intrusion dans le dossier patient informatisé (DPI) survenue le 13 mars.", "fr"),
])
def test_a_bracketed_acronym_does_not_push_the_incident_out_of_reach(text: str, lang: str) -> None:
    assert ("breach_start", "2025-03-13") in days(text, lang)


def test_a_word_of_happening_far_from_any_incident_still_names_nothing() -> None:
    assert days("Les élèves ont rencontré le conseiller de l'espace numérique de travail (ENT), venu le 13 mars.") == set()


@pytest.mark.parametrize("text", [
    "Nous avons constaté l'erreur le 30 mai. Le jour même, nous avons demandé à chaque destinataire de supprimer le message.",
    "Le 30 mai, la mutuelle a demandé aux destinataires de détruire le courrier reçu par erreur.",
])
def test_asking_the_recipients_to_delete_a_stray_mailing_is_containment(text: str) -> None:
    assert ("containment", "2025-05-30") in days(text)


def test_advice_to_delete_a_suspicious_message_is_no_containment() -> None:
    assert days("Le 30 mai, nous vous avons recommandé de supprimer tout message suspect.") == set()


@pytest.mark.parametrize(("text", "lang"), [
    ("Le 27 mai, les équipes ont détecté des connexions anormales au moyen des identifiants de conseillers. Les "
     "analyses ont établi que ces connexions frauduleuses avaient lieu depuis le 19 mai. Les comptes utilisés ont "
     "été bloqués le jour même à 16 h.", "fr"),
    ("On May 27, the team detected unusual logins. The intrusion had begun on May 19. The accounts were disabled "
     "the same day.", "en"),
])
def test_a_response_the_same_day_answers_the_finding_past_a_sentence_on_the_breach(text: str, lang: str) -> None:
    found = days(text, lang)
    assert ("containment", "2025-05-27") in found and ("containment", "2025-05-19") not in found


def test_a_response_the_same_day_after_the_breach_alone_is_that_day() -> None:
    assert ("containment", "2025-05-19") in days("The breach began on May 19. The accounts were disabled the same day.", "en")
