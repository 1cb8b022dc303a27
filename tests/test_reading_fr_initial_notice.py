"""A notice sent to the authority and naming the breach ("a adressé à la CNIL une notification de
violation") is the organisation's notice, not the authority telling it of the breach: the CNIL
after "à" is told, no subject. Sentences written for the test."""

from __future__ import annotations

import pytest

from timeline_check import check_text
from timeline_check.model import iso


def events(text: str) -> set[tuple[str, str | None]]:
    return {(e.kind, iso(e.earliest)) for e in check_text(text, lang="fr").events if e.kind != "publication"}


@pytest.mark.parametrize("text", [
    "La société a adressé à la CNIL une notification de violation le 29 janvier 2025.",
    "Le 29 janvier 2025, la mutuelle a transmis à l'autorité de contrôle une notification de la fuite.",
])
def test_a_notice_to_the_authority_naming_the_breach_is_no_discovery(text: str) -> None:
    assert not any(kind == "discovery" for kind, _ in events(text))


def test_an_initial_notice_to_the_authority_naming_the_breach_is_ours() -> None:
    text = "La société a adressé à la CNIL une notification initiale de violation de données le 29 janvier 2025."
    assert events(text) == {("notification_regulator", "2025-01-29")}


@pytest.mark.parametrize("text", [
    # the authority the subject: it tells the organisation, whose discovery it is
    "La CNIL a informé la clinique de la fuite le 3 mai 2024.",
    "La délégation a écrit au cabinet le 3 mai 2024, après l'avoir averti de la fuite de ses fichiers.",
])
def test_the_authority_telling_the_organisation_is_its_discovery(text: str) -> None:
    assert events(text) == {("discovery", "2024-05-03")}
