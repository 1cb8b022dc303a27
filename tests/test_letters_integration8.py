"""A letter's own date in its signature block written as a place and "le" ("Paris, le 3 mars
2025"), and the measures a notice tells in words of closing, changing and passwords ("nous avons
fait fermer l'espace adhérents et changer les mots de passe"). Letters written for the test."""

from __future__ import annotations

import pytest

from timeline_check import check_text

from helpers import days

_LETTER_FR = """Madame, Monsieur,

Nous vous informons que le 18 février 2025, notre hébergeur nous a signalé un accès non autorisé à notre espace adhérents.
Nous avons aussitôt fait fermer l'espace adhérents et changer l'ensemble des mots de passe.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

{closing}
La direction
"""


@pytest.mark.parametrize("closing", ["Paris, le 3 mars 2025", "Fait à Paris, le 3 mars 2025", "Saint-Étienne, le 3 mars 2025"])
def test_a_closing_place_and_date_is_the_letters_date(closing: str) -> None:
    got = days(_LETTER_FR.format(closing=closing), "fr", own=True)
    assert ("publication", "2025-03-03") in got and ("notification_individuals", "2025-03-03") in got


def test_a_place_and_date_in_the_body_is_no_closing() -> None:
    text = _LETTER_FR.format(closing="La direction") + "\nUne réunion aura lieu à Paris, le 3 mars 2025, avec les adhérents.\n"
    assert ("publication", "2025-03-03") not in days(text, "fr", own=True)


@pytest.mark.parametrize(("text", "lang"), [
    (_LETTER_FR.format(closing="Paris, le 3 mars 2025"), "fr"),
    ("Dear Member,\n\nOn February 18, 2025, our host told us of unauthorised access to the members' area. We shut down the"
     " members' area and changed every password the same day.\n\nSincerely,\nThe Board\nMarch 3, 2025\n", "en"),
])
def test_closing_and_passwords_are_measures_taken(text: str, lang: str) -> None:
    report = check_text(text, lang=lang, regimes=("GDPR",))
    assert not any(f.rule == "gdpr/notice-measures" for f in report.findings)
