"""French letters: the organisation told by another ("notre prestataire nous a informés") discovers
the breach; stolen credentials used over a range are the breach; a letter's measures are read in
the words letters use (sentences written for the test)."""

from __future__ import annotations

import pytest

from timeline_check import check_text
from helpers import Days, days


def events(text: str) -> Days:
    return days(text, "fr")


@pytest.mark.parametrize("text", [
    "Le 3 octobre 2023, notre hébergeur nous a informés d'un accès non autorisé à ses serveurs.",
    "Le 3 octobre 2023, nous avons été alertés par un client qui recevait des courriels suspects.",
    "Le 3 octobre 2023, l'éditeur de notre logiciel nous a signalé une intrusion dans sa base.",
])
def test_being_told_in_the_first_person_is_the_discovery(text: str) -> None:
    assert ("discovery", "2023-10-03") in events(text)


def test_the_range_of_a_told_intrusion_is_the_breach() -> None:
    got = events("Le 9 mai 2023, notre prestataire nous a informés qu'un pirate avait employé, entre le 2 et le 4 mai 2023, "
                 "les identifiants volés d'un agent pour consulter sa base de dossiers.")
    assert {("discovery", "2023-05-09"), ("breach_start", "2023-05-02"), ("breach_end", "2023-05-04")} <= got


LETTER = """Cabinet Verlaine, Nantes, le 20 juin 2023

Madame, Monsieur,

Nous vous écrivons au sujet d'une violation de données vous concernant. Le 12 juin 2023, notre hébergeur nous a
informés qu'un tiers avait consulté une sauvegarde de notre agenda. Ces informations pourraient servir à des
tentatives d'hameçonnage. {measure} Nous avons notifié cette violation à la CNIL le 13 juin 2023. Pour toute
question, écrivez à notre délégué à la protection des données : dpo@cabinet-verlaine.example.
"""


@pytest.mark.parametrize("measure", [
    "Depuis, nous avons renforcé le contrôle des accès à nos sauvegardes.",
    "L'hébergeur a bloqué le compte utilisé le jour même.",
    "Restez vigilants face aux messages qui vous demanderaient vos codes.",
])
def test_a_letter_s_measures_in_its_own_words(measure: str) -> None:
    rules = {f.rule for f in check_text(LETTER.format(measure=measure), lang="fr").findings}
    assert "gdpr/notice-measures" not in rules


def test_a_letter_without_measures_still_lacks_them() -> None:
    rules = {f.rule for f in check_text(LETTER.format(measure=""), lang="fr").findings}
    assert "gdpr/notice-measures" in rules
