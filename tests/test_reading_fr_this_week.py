"""A weekday of "this" week ("ce jeudi", "this Thursday") dating an act already done lands on or
before the text's own date: a Monday story that says a complaint was filed "ce jeudi" means the
Thursday just past, not the one to come (an order error on the story's date otherwise). Sentences
written for the test."""

from __future__ import annotations

import pytest

from timeline_check import check_text
from timeline_check.model import iso

FR = "Publié le lundi 24 mars 2025. "
EN = "Published Monday, March 24, 2025. "


def read(text: str, lang: str) -> tuple[set[tuple[str, str | None]], list[str]]:
    report = check_text(text, lang=lang)
    loud = [f.rule for f in report.findings if f.severity in ("error", "warning") and not f.rule.startswith("missing/")]
    return {(e.kind, iso(e.earliest)) for e in report.events if e.kind != "publication"}, loud


@pytest.mark.parametrize(("text", "lang", "event"), [
    (FR + "L'entreprise a découvert l'intrusion ce jeudi.", "fr", ("discovery", "2025-03-20")),
    (FR + "Ce jeudi, la mairie a porté plainte auprès de la gendarmerie.", "fr", ("notification_law_enforcement", "2025-03-20")),
    (FR + "La clinique a prévenu la CNIL ce mercredi, selon son directeur.", "fr", ("notification_regulator", "2025-03-19")),
    (EN + "The company discovered the intrusion this Thursday.", "en", ("discovery", "2025-03-20")),
])
def test_a_done_act_on_this_weeks_day_is_the_day_just_past(text: str, lang: str, event: tuple[str, str]) -> None:
    events, loud = read(text, lang)
    assert event in events
    assert loud == []


@pytest.mark.parametrize(("text", "lang", "event"), [
    # planned: the day to come
    (EN + "The company will notify customers this Thursday.", "en", ("notification_individuals", "2025-03-27")),
    # the text's own week, on or before its day: as written
    ("Publié le vendredi 28 mars 2025. La clinique a prévenu la CNIL ce mercredi.", "fr",
     ("notification_regulator", "2025-03-26")),
])
def test_a_planned_act_or_a_day_already_past_stays_as_written(text: str, lang: str, event: tuple[str, str]) -> None:
    assert event in read(text, lang)[0]
