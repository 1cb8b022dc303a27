"""Numbers as people write them, one reading for counts, breakdowns and regime thresholds."""

from __future__ import annotations

import re

import pytest

from timeline_check.numbers import DOTTED, NUMBER, as_written, is_year, scale_words, scaled, whole
from timeline_check.ruleset import load_rules

RULES = load_rules()


@pytest.mark.parametrize(("digits", "dotted", "value"), [
    ("7,315", False, 7315),
    ("1 208 440", False, 1208440),
    ("86\u202f004", False, 86004),
    ("31", False, 31),
    ("6.25", False, None),
    ("3,75", False, None),
    ("5.006.120", True, 5006120),
    ("5.006.120", False, None),
    ("2.5", True, None),
])
def test_a_whole_number_loses_its_group_separators(digits: str, dotted: bool, value: int | None) -> None:
    assert whole(digits, dotted) == value


@pytest.mark.parametrize(("digits", "scale", "value"), [
    ("3,8", 1_000_000, (3_800_000, 100_000)),
    ("3.8", 1_000_000, (3_800_000, 100_000)),
    ("7", 1_000, (7_000, 1_000)),
    # 2.3 × 10⁶ is not exact in binary floating point: the scale is applied to the digits
    ("2.3", 1_000_000, (2_300_000, 100_000)),
    ("1 250,5", 1_000, (1_250_500, 100)),
    ("6.1.2", 1_000_000, None),
])
def test_a_scaled_number_is_exact_with_the_size_of_its_last_digit(digits: str, scale: int,
                                                                   value: tuple[int, int] | None) -> None:
    assert scaled(digits, scale) == value


@pytest.mark.parametrize(("lang", "digits", "unit", "value"), [
    ("en", "2.3", "million", 2_300_000),
    ("en", "640", "", 640),
    ("fr", "1,7", "millions", 1_700_000),
    ("fr", "18 250", "", 18_250),
])
def test_as_written_reads_the_scale_words_of_the_language(lang: str, digits: str, unit: str, value: int) -> None:
    assert as_written(digits, unit, RULES.languages[lang]) == value


def test_a_year_is_four_digits_with_no_separator() -> None:
    assert is_year(2019, "2019")
    assert not is_year(2019, "2,019")
    assert not is_year(4200, "4200")


@pytest.mark.parametrize("pattern", [NUMBER, DOTTED])
def test_the_number_patterns_stop_at_a_whole_number(pattern: str) -> None:
    found = [m.group(1) for m in re.finditer(pattern, "the 12,480 members and 903 staff")]
    assert found == ["12,480", "903"]


def test_the_scale_words_match_longest_first() -> None:
    words = re.compile(rf"(?:{scale_words(RULES.languages['fr'])})", re.I)
    m = words.match("millions de clients")
    assert m is not None and m.group() == "millions"
