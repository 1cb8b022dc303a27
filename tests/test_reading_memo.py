"""Phrasings of compliance memos and incident reports (issue 15), in sentences written for the test:
a duty the law sets and a recommended step are no events; a phished employee starts the breach."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_check import check_text
from timeline_check.model import iso

MEMO_DATE = dt.date(2025, 2, 11)


def past(text: str, lang: str = "en") -> set[tuple[str, str | None]]:
    """The events the text tells as having happened."""
    report = check_text(text, lang=lang, date=MEMO_DATE)
    return {(e.kind, iso(e.earliest)) for e in report.events
            if e.kind != "publication" and not all(m.future for m in e.mentions)}


@pytest.mark.parametrize(("text", "lang"), [
    ("State law requires notice to residents no later than 30 days after discovery, that is by 20 March 2025.", "en"),
    ("Notice to the regulator is due by 3 March 2025.", "en"),
    ("We recommend mailing the letters on 14 February 2025 and notifying HHS the same day.", "en"),
    ("Nous recommandons d'envoyer les lettres le 14 février 2025 et d'informer la CNIL le même jour.", "fr"),
])
def test_a_duty_or_a_recommendation_is_no_event(text: str, lang: str) -> None:
    assert past(text, lang) == set()


def test_a_memo_recommending_a_date_after_its_own_raises_nothing() -> None:
    text = ("The clinic learned of the phishing on 6 January 2025. HIPAA requires notice no later than 60 days "
            "after discovery, that is by 7 March 2025. We recommend mailing the letters on 14 February 2025 "
            "and notifying HHS the same day.")
    report = check_text(text, lang="en", date=MEMO_DATE)
    assert [f.rule for f in report.findings if f.severity == "error"] == []


@pytest.mark.parametrize("text", [
    "On 2 January 2025 a billing clerk replied to a phishing email.",
    "On 2 January 2025 a billing clerk entered her password on a fake login page.",
])
def test_a_phished_employee_starts_the_breach(text: str) -> None:
    assert past(text) == {("breach_start", "2025-01-02")}
