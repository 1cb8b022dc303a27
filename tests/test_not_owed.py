"""A text that says the organisation judged no notice was owed (HIPAA's risk assessment, GDPR's
"unlikely to result in a risk"): an undated notice is then no notice missed, in sentences
written for the test."""

from __future__ import annotations

import pytest

from timeline_check import check_text

LOST = "On May 2, 2024, the clinic discovered that a laptop had been stolen from a car."


def notice_findings(text: str, regime: str, rule: str) -> list[tuple[str, str]]:
    return [(f.severity, f.message) for f in check_text(text, regimes=[regime]).findings if f.rule == rule]


@pytest.mark.parametrize("judgement", [
    "After a risk assessment, the clinic concluded that there was a low probability of compromise.",
    "Its review showed the theft was not a reportable breach, as the drive was encrypted.",
    "Because the device was encrypted, the clinic was not required to notify anyone.",
])
def test_a_judgement_that_no_notice_was_owed_makes_the_missing_notice_info(judgement: str) -> None:
    [(severity, message)] = notice_findings(f"{LOST} {judgement}", "hipaa", "hipaa/individual-notice")
    assert severity == "info"
    assert "says no notice was owed" in message


def test_the_judgement_is_quoted_as_evidence() -> None:
    text = f"{LOST} The clinic later determined that there was a low probability of compromise."
    [finding] = [f for f in check_text(text, regimes=["hipaa"]).findings if f.rule == "hipaa/individual-notice"]
    assert any("low probability of compromise" in e.text for e in finding.evidence)


def test_a_mention_of_the_test_itself_is_no_judgement() -> None:
    text = f"OCR gave the clinic guidance on the low probability of compromise factors. {LOST}"
    assert [s for s, _ in notice_findings(text, "hipaa", "hipaa/individual-notice")] == ["warning"]


def test_a_dated_late_notice_stays_late_whatever_the_text_judged() -> None:
    text = (f"{LOST} The clinic first concluded that there was a low probability of compromise, but it mailed "
            "letters to the patients on September 30, 2024.")
    [(severity, message)] = notice_findings(text, "hipaa", "hipaa/individual-notice")
    assert severity == "error" and "missed" in message


def test_in_french_a_breach_unlikely_to_harm_owes_no_notice_to_the_authority() -> None:
    text = ("Le 2 mai 2024, la mutuelle a découvert la perte d'une clé USB chiffrée. Elle a estimé que la violation "
            "n'était pas susceptible d'engendrer un risque pour les adhérents.")
    [(severity, message)] = notice_findings(text, "gdpr", "gdpr/authority-notice")
    assert severity == "info"
    assert "aucune n'était due" in message
