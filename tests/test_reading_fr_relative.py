"""Issue 15, French families: a notice told in a relative clause ("les clients, qui ont été
prévenus le 5 mai, ..."), whose recipient is the noun before the comma; with English sentences of
the same family. Sentences written for the test."""

from __future__ import annotations

import pytest

from helpers import events



_FOUND = {"fr": "Le 2 juin 2023, la mutuelle a détecté une intrusion dans sa messagerie. ",
          "en": "On June 2, 2023, the health plan detected an intrusion in its mailbox. "}


@pytest.mark.parametrize(("lang", "sentence", "kind", "day"), [
    ("fr", "Les adhérents, qui ont été prévenus le 20 juin 2023, ont reçu une carte neuve.",
     "notification_individuals", "2023-06-20"),
    ("fr", "Ses assurés, qui avaient été avertis le 22 juin 2023, ont changé leur mot de passe.",
     "notification_individuals", "2023-06-22"),
    ("fr", "La CNIL, qui a été informée le 5 juin 2023, a demandé des précisions.",
     "notification_regulator", "2023-06-05"),
    ("fr", "La CNIL, qui avait été notifiée le 4 juin 2023, a ouvert un contrôle sur place.",
     "notification_regulator", "2023-06-04"),
    ("en", "The members, who were notified on June 20, 2023, received new cards.",
     "notification_individuals", "2023-06-20"),
    ("en", "Affected customers, who were told of the incident on June 22, 2023, reset their passwords.",
     "notification_individuals", "2023-06-22"),
])
def test_a_passive_notice_in_a_relative_clause_goes_to_the_noun_before_it(
        lang: str, sentence: str, kind: str, day: str) -> None:
    assert (kind, day, day) in events(_FOUND[lang] + sentence, lang)


def test_a_delay_after_the_incident_in_a_relative_clause_places_the_notice() -> None:
    text = ("La clinique a subi une cyberattaque le 9 janvier 2024. La CNIL, qui avait été informée 72 heures "
            "après l'incident, a ouvert une procédure.")
    found = {k: (a, b) for k, a, b in events(text, "fr")}
    assert "notification_regulator" in found
    assert found["notification_regulator"][0] is not None and found["notification_regulator"][0] >= "2024-01-09"


@pytest.mark.parametrize(("lang", "sentence"), [
    # the relative clause tells of the company, not of a recipient: no notice to anyone named
    ("fr", "Le prestataire, qui a été informé le 20 juin 2023, a coupé le serveur."),
    ("en", "The vendor, which was informed on June 20, 2023, shut the server down."),
])
def test_a_relative_clause_about_no_recipient_gives_no_notice(lang: str, sentence: str) -> None:
    kinds = {k for k, _, _ in events(_FOUND[lang] + sentence, lang)}
    assert not kinds & {"notification_individuals", "notification_regulator"}
