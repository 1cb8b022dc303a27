"""A notice word as an infinitive that a word of duty governs earlier in its clause states the
law, not a notice given (issue 15, "a missed deadline is downgraded for an undated mention only
when that mention can be the same notice"): a news story's "Federal rules require providers to
notify patients within 60 days" must not turn a certain miss into a doubt. Sentences written
for the test."""

from __future__ import annotations

import pytest

from timeline_check import check_text

STORY = ("Columbus, Ohio, June 18, 2025 -- Larkspur Clinics learned of the intrusion on March 9, 2025. "
         "It mailed letters to the affected patients on June 16, 2025. ")


def _severity(text: str) -> str:
    return next(f.severity for f in check_text(text).findings if f.rule == "hipaa/individual-notice")


@pytest.mark.parametrize("law", [
    "Federal rules require health care providers to notify affected patients within 60 days of discovering a breach.",
    "HIPAA obliges covered entities to notify patients without unreasonable delay.",
    "Providers are required under federal law to notify patients no later than 60 days after discovery.",
    "The clinic had to notify its patients within 60 days.",
])
def test_the_law_told_in_an_infinitive_leaves_a_late_notice_certain(law: str) -> None:
    assert _severity(STORY + law) == "error"


@pytest.mark.parametrize("act", [
    "The clinic decided to notify patients by telephone as well.",
    "Staff also began to notify patients by telephone.",
])
def test_an_infinitive_of_an_act_done_may_be_an_earlier_notice(act: str) -> None:
    """Undated, it may be the same notice given earlier: the miss is only possible."""
    assert _severity(STORY + act) == "warning"


@pytest.mark.parametrize(("text", "lang"), [
    ("Lindell Dental found the intrusion on 4 March 2025. Dental practices must notify patients no later than "
     "60 days after discovering a breach.", "en"),
    ("La clinique Tilleul a découvert l'intrusion le 4 mars 2025. Le règlement impose aux établissements de "
     "notifier la CNIL au plus tard 72 heures après la découverte.", "fr"),
])
def test_a_bound_under_a_duty_dates_no_notice(text: str, lang: str) -> None:
    kinds = {e.kind for e in check_text(text, lang=lang).events}
    assert not {k for k in kinds if k.startswith("notification")}, kinds

