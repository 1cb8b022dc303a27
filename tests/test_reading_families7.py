"""Families the blind documents of issue 15 left (session 7, helper ``fam``). Sentences written
for the test."""

from __future__ import annotations

import pytest

from tests.helpers import days


# 1. What a message is said to say is not how it went: a notice whose content is a misdirected
# mailing is the notice; the mailing it tells of keeps its own words (binding/reported.py).
@pytest.mark.parametrize("sentence", [
    "Letters were mailed on May 2, 2026, saying that a vendor error had sent statements to the wrong addresses.",
    "The clinic mailed letters on May 2, 2026, explaining that a printing error had sent statements to the wrong addresses.",
    "On May 2, 2026, the plan sent letters to members to tell them that their statements had been mailed to other members.",
    "Letters were mailed on May 2, 2026 to affected members, stating that a vendor had mistakenly sent their statements to other members.",
    "The practice emailed patients on May 2, 2026, explaining that their invoices had been mailed to the wrong addresses.",
])
def test_a_notice_about_a_misdirected_mailing_is_the_notice(sentence: str) -> None:
    found = days(sentence)
    assert ("notification_individuals", "2026-05-02") in found
    assert ("breach_start", "2026-05-02") not in found


@pytest.mark.parametrize(("sentence", "lang"), [
    ("On April 3, 2026, the plan mailed statements to the wrong addresses, saying nothing about it until June.", "en"),
    ("Letters holding claim numbers were sent to unintended recipients on April 3, 2026, the insurer said.", "en"),
    ("Le 3 avril 2026, la mutuelle a envoyé par erreur des relevés à d'autres adhérents, en indiquant à tort leur solde.", "fr"),
])
def test_a_mailing_that_went_astray_before_the_words_said_stays_the_breach(sentence: str, lang: str) -> None:
    assert ("breach_start", "2026-04-03") in days(sentence, lang)


def test_a_french_letter_about_a_misdirected_mailing_is_no_breach() -> None:
    found = days("Des courriers ont été envoyés le 2 mai 2026 pour informer les patients qu'une erreur d'un "
                 "prestataire avait adressé leurs relevés à de mauvaises adresses.", "fr")
    assert ("breach_start", "2026-05-02") not in found
