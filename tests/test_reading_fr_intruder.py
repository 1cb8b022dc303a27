"""What an intruder does to get in or take data, in French press and letter words ("l'intrus a
ouvert une session", "a introduit un code malveillant", "s'est emparé des coordonnées", "ont pu
être interceptées"): the breach. Sentences written for the test."""

from __future__ import annotations

import pytest

from timeline_check import check_text
from timeline_check.model import iso

HEAD = "Publié le jeudi 16 octobre 2025. "


def events(text: str) -> set[tuple[str, str | None]]:
    return {(e.kind, iso(e.earliest)) for e in check_text(HEAD + text, lang="fr").events if e.kind != "publication"}


@pytest.mark.parametrize(("text", "start"), [
    ("Selon la régie, l'intrus a ouvert une session il y a dix jours sur le portail des abonnés.", "2025-10-06"),
    ("Le 12 mai 2025, une personne non autorisée a introduit un code malveillant dans le site marchand.", "2025-05-12"),
    ("Le 12 mai 2025, un pirate a injecté un script dans le formulaire de commande.", "2025-05-12"),
    ("Le 2 octobre 2025, un pirate s'est emparé des coordonnées de 3 000 abonnés.", "2025-10-02"),
])
def test_an_intruders_act_starts_the_breach(text: str, start: str) -> None:
    assert ("breach_start", start) in events(text)


def test_data_that_may_have_been_intercepted_over_a_span_start_and_end_it() -> None:
    got = events("Les numéros de carte saisis entre le 12 et le 19 mai 2025 ont pu être interceptés.")
    assert {("breach_start", "2025-05-12"), ("breach_end", "2025-05-19")} <= got
