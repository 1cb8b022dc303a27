"""French press phrasings of a hospital or town hall attack (issue 15): plural participles of
containment, a letter the people received, "victime de" before its attackers; sentences
written for the test."""

from __future__ import annotations

import pytest

from helpers import Days, days


def events(text: str) -> Days:
    return days(text, "fr", own=True)


@pytest.mark.parametrize("text", [
    "Les postes de la mairie ont été déconnectés le 7 avril 2024.",
    "Les accès distants ont été coupés le 7 avril 2024.",
    "Le 7 avril 2024, les comptes des prestataires ont été désactivés.",
])
def test_plural_participles_of_containment(text: str) -> None:
    assert ("containment", "2024-04-07") in events(text)


def test_a_letter_the_people_received_is_their_notice() -> None:
    assert ("notification_individuals", "2024-05-02") in events(
        "Les usagers ont reçu un courrier, envoyé à partir du 2 mai 2024, qui détaille l'incident.")


def test_a_letter_the_organisation_received_is_no_notice() -> None:
    assert not {k for k, _ in events("Le 2 mai 2024, la mairie a reçu un courriel d'un inconnu.") if k.startswith("notification_")}


def test_victim_of_its_attackers_is_the_breach() -> None:
    assert ("breach_start", "2024-04-06") in events("La commune a été victime de cybercriminels le 6 avril 2024.")


@pytest.mark.parametrize(("text", "day"), [
    ("Les avis d'échéance de 80 locataires ont été envoyés par courriel par erreur à d'autres locataires le 12 mars 2024.", "2024-03-12"),
    ("Le 12 mars 2024, le bailleur a diffusé par erreur la liste des impayés à tous ses locataires.", "2024-03-12"),
    ("Le 12 mars 2024, l'agence a adressé à ses clients une lettre d'information comportant par erreur l'adresse d'un autre client.", "2024-03-12"),
])
def test_a_mailing_gone_wrong_is_the_breach(text: str, day: str) -> None:
    assert ("breach_start", day) in events(text)


def test_a_notice_after_a_mailing_gone_wrong_stays_a_notice() -> None:
    found = events("Le 2 avril 2024, la clinique a informé les patients par courrier, après que des comptes rendus leur "
                   "avaient été transmis par erreur en mars 2024.")
    assert ("notification_individuals", "2024-04-02") in found and ("breach_start", "2024-03-01") in found
