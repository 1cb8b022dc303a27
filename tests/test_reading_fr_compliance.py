"""French compliance wording about a notice to the CNIL: a late notice said with its date is the
notice of that date (and late), a claim of timeliness or lateness without a date dates nothing and
raises no error, a duty stated dates no notice (sentences written for the test)."""

from __future__ import annotations

import pytest

from timeline_check import check_text
from helpers import Days, days_of

FOUND = "Le cabinet a découvert la fuite de ses fichiers le 3 mai 2023. "


def read(text: str) -> tuple[Days, set[tuple[str, str]]]:
    report = check_text(FOUND + text, lang="fr")
    return days_of(report.events, own=True), {(f.rule, f.severity) for f in report.findings}


@pytest.mark.parametrize("text", [
    "Il n'a notifié la violation à la CNIL que le 22 mai 2023.",
    "La violation a été notifiée tardivement à la CNIL, le 22 mai 2023.",
    "Il a notifié la violation à la CNIL le 22 mai 2023, au-delà du délai de 72 heures.",
])
def test_a_late_notice_with_its_date_is_that_notice_and_late(text: str) -> None:
    events, findings = read(text)
    assert ("notification_regulator", "2023-05-22") in events and ("gdpr/authority-notice", "error") in findings


@pytest.mark.parametrize("text", [
    "Il a notifié la violation à la CNIL dans le délai de 72 heures.",
    "La notification à la CNIL est intervenue au-delà du délai de 72 heures.",
    "Le RGPD impose de notifier la CNIL dans un délai de 72 heures, sans retard injustifié.",
])
def test_a_claim_without_a_date_dates_no_notice_and_raises_no_error(text: str) -> None:
    events, findings = read(text)
    assert not any(k == "notification_regulator" for k, _ in events)
    assert not any(s == "error" for _, s in findings)
