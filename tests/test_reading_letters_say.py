"""What letters are said to say is not how they went (issue 15, letters about a misdirected
mailing): "The letters, which were mailed on April 16, said statements had been sent to the wrong
addresses" is the notice, while letters mailed to the wrong addresses are the breach. Sentences
written for the test."""

from __future__ import annotations

import pytest

from tests.helpers import days


@pytest.mark.parametrize("sentence", [
    "The notification letters, which were mailed on April 16, 2026, said statements had been sent to the wrong addresses.",
    "The letters, which were sent on April 16, 2026, explained that statements had been mailed to the wrong addresses.",
])
def test_letters_about_a_misdirected_mailing_are_the_notice(sentence: str) -> None:
    found = days(sentence)
    assert ("notification_individuals", "2026-04-16") in found
    assert ("breach_start", "2026-04-16") not in found


@pytest.mark.parametrize("sentence", [
    "Letters containing account numbers were mailed to the wrong addresses on April 3, 2026.",
    "On April 3, 2026, letters were mistakenly mailed to former members.",
])
def test_letters_that_went_astray_are_the_breach(sentence: str) -> None:
    assert ("breach_start", "2026-04-03") in days(sentence)
