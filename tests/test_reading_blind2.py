"""Families read in the second blind set of issue 15 (h/read5): wire stories, local news, web
notices, 8-K/A amendments, drafts and compliance notes, in sentences written for the test."""

from __future__ import annotations

import pytest

import datetime as dt

from timeline_check import check_text
from timeline_check.model import iso


def _day(date: str | None) -> dt.date | None:
    return dt.date.fromisoformat(date) if date else None


def kinds(text: str, lang: str = "en", date: str | None = None) -> set[tuple[str, str | None]]:
    return {(e.kind, iso(e.earliest)) for e in check_text(text, lang=lang, date=_day(date)).events
            if e.kind != "publication"}


def loud(text: str, lang: str = "en", date: str | None = None) -> list[str]:
    report = check_text(text, lang=lang, date=_day(date))
    return [f.rule for f in report.findings if f.severity in ("error", "warning") and not f.rule.startswith("missing/")]


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("The clinic reported the theft to police on March 2. It told the state attorney general on Monday, "
     "the same day the first letters were mailed.", "en", ("notification_individuals", "2026-03-09")),
    ("The hospital called the FBI on February 20 and wrote to HHS on Friday, the same day it mailed "
     "notices to patients.", "en", ("notification_individuals", "2026-03-06")),
    ("The city alerted police on May 4, 2026, the day after it found the ransom note.", "en", ("discovery", "2026-05-03")),
    ("La clinique a prévenu la police le 2 mars. Elle a saisi la CNIL le lundi 9 mars, le jour même où "
     "elle a informé les patients.", "fr", ("notification_individuals", "2026-03-09")),
])
def test_a_day_phrase_after_a_date_and_a_comma_restates_that_date(text: str, lang: str, want: tuple[str, str]) -> None:
    """ "on Monday, the same day the letters went out": the clause after the phrase is dated by the
    date before the comma, a weekday as much as a number; nothing counts from the previous event."""
    assert want in kinds(text, lang, "2026-03-12")
    assert not [r for r in loud(text, lang, "2026-03-12") if r.startswith("duration/")]
