"""Phrasings of news stories about a breach (issue 15), in sentences written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_check import check_text
from timeline_check.model import iso

STORY_DATE = dt.date(2025, 3, 14)  # a Friday


def kinds(text: str) -> set[tuple[str, str | None]]:
    return {(e.kind, iso(e.earliest)) for e in check_text(text, lang="en", date=STORY_DATE).events
            if e.kind != "publication"}


@pytest.mark.parametrize("text", [
    "Shares of the insurer fell 6% on Friday.",
    "The company's stock fell sharply on March 11, 2025, after the announcement.",
])
def test_a_market_move_is_no_breach(text: str) -> None:
    assert kinds(text) == set()


@pytest.mark.parametrize("text", [
    "On March 3, 2024, a box of claim forms fell off a courier's van.",
    "On March 3, 2024, an employee fell victim to a phishing email.",
])
def test_what_fell_may_still_be_the_breach(text: str) -> None:
    assert kinds(text) == {("breach_start", "2024-03-03")}


@pytest.mark.parametrize("text", [
    "Letters to the nearly 48,000 affected members started going out on March 12, 2025.",
    "Letters to affected members began going out on March 12, 2025.",
])
def test_letters_going_out_are_the_notice_to_individuals(text: str) -> None:
    assert kinds(text) == {("notification_individuals", "2025-03-12")}


def test_a_dated_news_release_a_story_cites_is_a_public_statement() -> None:
    text = ("On June 3, 2024, the clinic found that an outsider may have opened a physician's mailbox, "
            "according to an August 1, 2024 news release.")
    assert kinds(text) == {("discovery", "2024-06-03"), ("public_disclosure", "2024-08-01")}
