"""Issue 15, French families: a night named by the two days it spans ("dans la nuit du 12 au 13
avril") is one TIMEX3, the night that begins on the first day; English where the family exists.
Sentences written for the test."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline_check import check_text
from timeline_check.lang import load_language
from timeline_check.model import iso
from timeline_check.tagging.timex3 import timexes

_RULES = Path(__file__).resolve().parents[1] / "rules" / "lang"


def found(text: str, lang: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in timexes(text, load_language(_RULES / f"{lang}.toml"), dt.date(2024, 7, 1))]


@pytest.mark.parametrize(("lang", "text", "span", "value"), [
    ("fr", "Dans la nuit du 6 au 7 mai 2024, la régie a perdu ses serveurs.", "Dans la nuit du 6 au 7 mai 2024",
     "2024-05-06TNI"),
    ("fr", "Le rançongiciel a frappé la nuit du 31 mai au 1er juin.", "la nuit du 31 mai au 1er juin", "2024-05-31TNI"),
    ("fr", "Les fichiers ont été copiés dans la nuit du 15 au 16 juin.", "dans la nuit du 15 au 16 juin", "2024-06-15TNI"),
    ("en", "During the night of May 6-7, 2024, the utility lost its servers.", "During the night of May 6-7, 2024",
     "2024-05-06TNI"),
])
def test_a_night_between_two_days_is_one_time(lang: str, text: str, span: str, value: str) -> None:
    got = found(text, lang)
    assert got == [(span, "TIME", value)]


@pytest.mark.parametrize(("lang", "text"), [
    # two days apart, or a night that does not lead the range: the expressions stay apart
    ("fr", "Dans la nuit du 6 au 9 mai 2024, la régie a perdu ses serveurs."),
    ("fr", "Du 6 au 7 mai 2024, la nuit, la régie a perdu ses serveurs."),
])
def test_a_night_not_spanning_two_days_in_a_row_stays_apart(lang: str, text: str) -> None:
    assert len(found(text, lang)) >= 2


def test_the_checker_still_reads_the_two_days() -> None:
    report = check_text("Dans la nuit du 6 au 7 mai 2024, des pirates se sont introduits dans le réseau de la régie.",
                        lang="fr")
    got = {(e.kind, iso(e.earliest)) for e in report.events}
    assert {("breach_start", "2024-05-06"), ("breach_end", "2024-05-07")} <= got


@pytest.mark.parametrize(("text", "start", "end"), [
    # a part of each day leads it: one range from the first day to the second (fr5)
    ("Les pirates ont frappé entre la nuit du 9 et le matin du 10 mars 2024.", "2024-03-09", "2024-03-10"),
    ("Les pirates se sont introduits dans le réseau entre la soirée du 3 et la matinée du 4 mars 2024.",
     "2024-03-03", "2024-03-04"),
    ("Le piratage a eu lieu entre la nuit du 9 et le matin du 10 mars 2024.", "2024-03-09", "2024-03-10"),
])
def test_a_range_whose_days_are_led_by_a_part_of_the_day_is_one_range(text: str, start: str, end: str) -> None:
    got = {(e.kind, iso(e.earliest)) for e in check_text(text, lang="fr").events}
    assert {("breach_start", start), ("breach_end", end)} <= got
