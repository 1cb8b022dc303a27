"""Sums a text says add up: what is read as a total and its parts, and what is not."""

from __future__ import annotations

import pytest

from timeline_check.rulefile import word_index
from timeline_check.ruleset import load_rules
from timeline_check.sums import Sum, read_sums

RULES = load_rules()


def _sums(text: str, lang: str = "en") -> tuple[Sum, ...]:
    return read_sums(text, RULES.languages[lang], word_index(text))


@pytest.mark.parametrize(("text", "lang", "total", "parts"), [
    ("The leak reached 9,200 people: 6,100 patients and 3,100 staff.", "en", 9_200, [6_100, 3_100]),
    ("It reached 9,200 people, namely 6,100 patients, 2,000 staff and 1,100 vendors.", "en", 9_200, [6_100, 2_000, 1_100]),
    ("The files named 6,100 patients and 3,100 staff, for a total of 9,200 individuals.", "en", 9_200, [6_100, 3_100]),
    ("It reached 2.4 million members — 1.9 million in Ohio and 500,000 in Indiana.", "en", 2_400_000, [1_900_000, 500_000]),
    ("La fuite concerne 9 200 personnes : 6 100 patients et 3 100 agents.", "fr", 9_200, [6_100, 3_100]),
    ("On compte 6 100 patients et 3 100 agents, soit 9 200 personnes.", "fr", 9_200, [6_100, 3_100]),
    ("Elle touche 1,5 million de personnes, soit 1 million d'assurés et 500 000 ayants droit.", "fr", 1_500_000, [1_000_000, 500_000]),
])
def test_a_breakdown_is_read_with_its_total(text: str, lang: str, total: int, parts: list[int]) -> None:
    (s,) = _sums(text, lang)
    assert s.total.value == total
    assert [p.value for p in s.parts] == parts


@pytest.mark.parametrize("text", [
    # an inclusive list may leave people out
    "The leak reached 9,200 people, including 6,100 patients and 1,100 staff.",
    # after the colon, a sentence of its own: the parts overlap
    "The leak reached 9,200 people: 6,100 had their addresses taken and 5,000 their birth dates.",
    # one number after the colon is no breakdown
    "The leak reached 9,200 people: 6,100 of them in Ohio.",
    # shares and sums of money are not people
    "The leak reached 9,200 people: 60% patients and 40% staff.",
    "The fine came to $9,200: $6,100 and $3,100.",
    # the list goes on past its clause: not a list of parts alone
    "The leak reached 9,200 people: 6,100 patients and 3,100 staff members were then told by letter.",
    # years are not counts
    "The clinic has served 9,200 patients: 2019 and 2020 were its busiest years.",
])
def test_what_is_no_breakdown(text: str) -> None:
    assert _sums(text) == ()


@pytest.mark.parametrize(("text", "adds_up", "as_written"), [
    ("The leak reached 9,200 people: 6,100 patients and 3,100 staff.", True, True),
    ("The leak reached 9,200 people: 6,100 patients and 2,100 staff.", False, False),
    # "8,000" may be rounded from 8,499: the parts may give 12,500
    ("The leak reached 12,500 people: 8,000 patients and 4,000 staff.", True, False),
    ("It reached 4.5 million people: 3 million patients and 1.2 million staff.", True, False),
])
def test_parts_add_up_however_the_numbers_are_rounded(text: str, adds_up: bool, as_written: bool) -> None:
    (s,) = _sums(text)
    assert (s.adds_up, s.adds_up_as_written) == (adds_up, as_written)
