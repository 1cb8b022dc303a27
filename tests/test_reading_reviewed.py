"""Issue 15 (h/read4): a regulator reviewing the organisation's notices is background of its case,
not a notice given that day; the organisation's own acts around such a review stay notices.
Sentences written for the test."""

from __future__ import annotations

import pytest

from helpers import Days, days

LEAD = "The clinic discovered the breach on March 7, 2016. "


def kinds(text: str) -> Days:
    return {k for k in days(LEAD + text) if k[0] != "discovery"}


@pytest.mark.parametrize("reviewed", [
    "The state attorney general reviewed the company's notice to residents on June 2, 2017.",
    "On June 2, 2017, OCR reviewed the covered entity's breach notifications to affected individuals.",
    "OCR obtained copies of the practice's notification letters to patients on June 2, 2017.",
])
def test_a_regulator_reviewing_the_notices_dates_no_notice(reviewed: str) -> None:
    assert not any(k.startswith("notification_") for k, _ in kinds(reviewed))


@pytest.mark.parametrize("ours", [
    "The clinic reviewed its records and notified patients on June 2, 2017.",
    "After OCR reviewed the file, the CE sent letters to patients on June 2, 2017.",
    "OCR reviewed the policies; the clinic notified patients on June 2, 2017.",
])
def test_the_organisation_s_own_notice_near_a_review_stays_a_notice(ours: str) -> None:
    assert ("notification_individuals", "2017-06-02") in kinds(ours)
