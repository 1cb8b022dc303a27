"""The TIMEX3 reading of a time expression is a typed value: a fixed TIMEX3 value or a template
anchored on a day, rendered in TimeML by one method."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline_check.model import TimexValue
from timeline_check.ruleset import load_rules
from timeline_check.tagging.timex3 import timexes

from rulepack import assert_broken_at_line, copy_rules


@pytest.mark.parametrize(("written", "typed"), [
    ("TIME PRESENT_REF", TimexValue("TIME", "PRESENT_REF")),
    ("SET P1W", TimexValue("SET", "P1W")),
    ("DATE DCT:day-1", TimexValue("DATE", "day-1", "DCT")),
    ("TIME REF:day+0|TMO", TimexValue("TIME", "day+0", "REF", "TMO")),
    ("DATE DCT?:weekend~0", TimexValue("DATE", "weekend~0", "DCT?")),
])
def test_a_written_reading_parses_into_its_parts(written: str, typed: TimexValue) -> None:
    assert TimexValue.parse(written) == typed


@pytest.mark.parametrize("written", ["PRESENT_REF", "WEEK P1W", "DATE", "DATE 2020 01"])
def test_a_reading_without_a_known_type_is_refused(written: str) -> None:
    with pytest.raises(ValueError, match="TYPE VALUE"):
        TimexValue.parse(written)


def test_timeml_renders_fixed_values_and_worked_out_templates() -> None:
    assert TimexValue("DURATION", "P3D").timeml() == "P3D"
    evening = TimexValue("TIME", "day-1", "DCT", "TEV")
    assert evening.timeml("2024-05-06") == "2024-05-06TEV"
    assert evening.timeml(None) == "XXXX-XX-XX"  # no day to count from
    assert TimexValue("TIME", "day+0", "REF", "T21:45").of_day_near
    assert not evening.of_day_near


def test_templates_are_worked_out_from_the_texts_date() -> None:
    rules = load_rules()
    got = {(t.text, t.type, t.value) for t in timexes("We called him yesterday evening; the files were sent the next morning.",
                                                       rules.languages["en"], dt.date(2025, 3, 12))}
    assert ("yesterday evening", "TIME", "2025-03-11TEV") in got
    assert ("the next morning", "TIME", "2025-03-12TMO") in got
    fr = {(t.text, t.type, t.value) for t in timexes("Le serveur est tombé avant-hier, puis il a redémarré le lendemain.",
                                                     rules.languages["fr"], dt.date(2025, 3, 12))}
    assert ("avant-hier", "DATE", "2025-03-10") in fr
    assert ("le lendemain", "DATE", "2025-03-11") in fr


def test_a_bad_fixed_reading_names_its_line(tmp_path: Path) -> None:
    pack = copy_rules(tmp_path)
    assert_broken_at_line(pack, "lang/en.toml", '"TIME PRESENT_REF"', '"NOW PRESENT_REF"', '"NOW PRESENT_REF"',
                          '[timex.fixed]')
