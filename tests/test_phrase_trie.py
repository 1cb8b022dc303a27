"""A phrase list's alternation with common starts shared (``phrase_trie``) matches exactly what
the flat alternation of its phrases, longest first, matches: alone and inside a larger pattern."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from timeline_check.rulefile import alternation, phrase_pattern

# Few letters, so that phrases share starts and texts hold them; both cases, both apostrophes.
_WORD = st.text(alphabet="abAB'’.", min_size=1, max_size=4)
_PHRASE_WORD = st.one_of(_WORD, _WORD.map(lambda w: w + "*"), st.just("~"))
_PHRASES = st.lists(st.lists(_PHRASE_WORD, min_size=1, max_size=4).map(" ".join), min_size=1, max_size=12)
_TEXT = st.lists(st.one_of(_WORD, st.sampled_from([" ", "  ", "\n", ", ", "; ", "-"])), max_size=30).map("".join)
# What may follow the alternation inside a larger pattern: forces it to give back or go on.
_AFTER = st.sampled_from(["", r"\s+b", r"(?!\s)", r"a", r"\s*\.", r"(?=\s+A)", r"(?:\s+\w+){1,2}"])


def _flat(phrases: list[str]) -> str:
    """The plain alternation: every phrase in full, longest first."""
    ordered = sorted(set(phrases), key=lambda p: (-len(p), p))
    return "(?:" + "|".join(phrase_pattern(p) for p in ordered) + ")"


def _matches(source: str, text: str) -> list[tuple[tuple[int, int], str]]:
    return [(m.span(), m.group()) for m in re.finditer(source, text, re.I)]


@given(_PHRASES, _TEXT, _AFTER)
def test_the_shared_alternation_matches_what_the_flat_one_matches(phrases: list[str], text: str, after: str) -> None:
    assert _matches(alternation(phrases) + after, text) == _matches(_flat(phrases) + after, text)


@given(_PHRASES, st.lists(st.integers(0, 11), min_size=1, max_size=6), _TEXT)
def test_texts_made_of_the_phrases_match_alike(phrases: list[str], picks: list[int], glue: str) -> None:
    text = glue.join(phrases[i % len(phrases)].replace("~", "ab").replace("*", "b") for i in picks)
    assert _matches(alternation(phrases), text) == _matches(_flat(phrases), text)


def test_common_starts_are_written_once() -> None:
    source = alternation(["reported to", "reports", "report", "reported by"])
    assert source.count("eport") == 1
    assert [m.group() for m in re.finditer(source, "Report, REPORTED BY reports reported to reporter", re.I)] == [
        "Report", "REPORTED BY", "reports", "reported to"]


def test_a_phrase_does_not_pass_an_earlier_one_that_can_match_where_it_does() -> None:
    # "repo*" may match where "repo x" does: "repo y" must not be tried before it
    phrases = ["repo x", "repo*", "repo y"]
    text = "repo y repox repo x"
    assert _matches(alternation(phrases), text) == _matches(_flat(phrases), text)
    assert _matches(alternation(phrases) + r"\s+y", text) == _matches(_flat(phrases) + r"\s+y", text) == [
        ((0, 6), "repo y")]


def test_a_gap_is_not_shared() -> None:
    # "~ a" tries up to three words before "a" before "~ b" is tried at all
    phrases = ["~ a", "~ b"]
    assert _matches(alternation(phrases), "b a") == _matches(_flat(phrases), "b a") == [((0, 3), "b a")]
