"""A statement of the organisation to the press, dated by its verb of saying, is a public disclosure;
someone else's word or a statement of nothing about the breach is none (binding/statement.py;
sentences written for the test)."""

from __future__ import annotations

import pytest

from timeline_check import check_text
from timeline_check.model import iso

HEAD = "Publié le vendredi 7 juin 2024. "


def disclosures(text: str) -> set[str | None]:
    return {iso(e.earliest) for e in check_text(HEAD + text, lang="fr").events if e.kind == "public_disclosure"}


@pytest.mark.parametrize(("text", "day"), [
    ("La clinique du Parc a subi une intrusion dans ses serveurs, a indiqué mercredi la direction.", "2024-06-05"),
    ("Des fichiers de patients ont été copiés, a précisé jeudi le directeur de l'établissement.", "2024-06-06"),
    ("Les données de 4 000 adhérents ont été dérobées, a déclaré le 4 juin la mutuelle dans un communiqué.", "2024-06-04"),
    ("La mairie a fait savoir mardi qu'une partie de ses fichiers avait été copiée lors de l'attaque.", "2024-06-04"),
    ("La direction de l'hôpital a indiqué mercredi que ses serveurs avaient été chiffrés par un rançongiciel.", "2024-06-05"),
    ("« Des fichiers du personnel ont été copiés », a déploré mardi la clinique dans un communiqué.", "2024-06-04"),
    ("Des dossiers de patients ont été dérobés, a-t-on appris mardi auprès de la direction.", "2024-06-04"),
])
def test_the_organisation_speaking_on_a_day_discloses_the_breach(text: str, day: str) -> None:
    assert disclosures(text) == {day}


@pytest.mark.parametrize("text", [
    # another party speaks: the prosecutor, the police
    "Des fichiers de patients ont été copiés, a précisé jeudi le procureur de la République.",
    "Le procureur a indiqué mardi que l'attaque visait la mairie.",
    # the attackers speak, not the organisation
    "Le groupe de pirates a indiqué mardi qu'il avait copié des dossiers de la clinique.",
    "Des dossiers ont été copiés, a indiqué mardi le groupe de pirates.",
    # the organisation speaks of something else
    "La société a indiqué mardi que la cantine serait fermée pendant les travaux.",
    # no date bound to the verb
    "La mairie a fait savoir qu'une partie de ses fichiers avait été copiée.",
])
def test_another_speaker_or_another_subject_discloses_nothing(text: str) -> None:
    assert disclosures(text) == set()


def test_a_statement_is_no_notice_to_an_authority_or_to_people() -> None:
    text = "La mutuelle a indiqué mardi que des fichiers de ses adhérents avaient été copiés lors d'une attaque."
    kinds = {e.kind for e in check_text(HEAD + text, lang="fr").events}
    assert "public_disclosure" in kinds and not kinds & {"notification_regulator", "notification_individuals"}
