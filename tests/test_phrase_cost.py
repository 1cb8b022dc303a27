"""Phrase patterns that cost less for the same matches: gaps in a row compile to one gap, and the
event lists of a text are walked at once (``PhraseScan``), each list finding what it finds alone."""

from __future__ import annotations

import random
import re

import pytest

from test_phrases import _texts
from timeline_check.rulefile import alternation, phrase_scan, word_index
from timeline_check.ruleset import load_rules


_ONE_GAP = r"(?:[^\s.;:!?]+\s+){0,3}?"


@pytest.mark.parametrize("gaps", [2, 3])
def test_gaps_in_a_row_match_as_gaps_one_by_one(gaps: int) -> None:
    """"~ ~ ~" is one lazy gap of up to nine words: the same matches, at the same places and of the
    same length, as three gaps of up to three in a row (which tried every split of each count)."""
    phrase = "door " + "~ " * gaps + "was shut"
    nested = re.compile(r"(?<!\w)door\s+" + _ONE_GAP * gaps + r"was\s+shut(?!\w)", re.I)
    ours = re.compile(alternation([phrase]), re.I)
    rng = random.Random(gaps)
    words = ["the", "back", "cellar", "heavy", "door", "was", "shut", "again", "late", ",", "on Friday."]
    texts = [" ".join(rng.choice(words) for _ in range(rng.randrange(3, 16))) for _ in range(400)]
    texts += ["door " + "x " * n + "was shut" for n in range(3 * gaps + 3)]
    texts += [f"door {'x ' * n}was shut {'y ' * k}was shut" for n in range(4) for k in range(4)]  # the nearer end
    found = 0
    for text in texts:
        expected = [m.span() for m in nested.finditer(text)]
        assert [m.span() for m in ours.finditer(text)] == expected, text
        found += bool(expected)
    assert found > 3 * gaps
    assert ours.search("door " + "x " * (3 * gaps) + "was shut") is not None
    assert ours.search("door " + "x " * (3 * gaps + 1) + "was shut") is None


@pytest.mark.parametrize("code", ["en", "fr"])
def test_a_scan_of_many_lists_finds_what_each_list_finds(code: str) -> None:
    """``PhraseScan`` walks the heads of all event lists at once: each list's matches are those
    its own ``finditer`` gives, overlaps between lists and all (a word two lists open with)."""
    lang = load_rules().languages[code]
    lists = tuple([t.words for t in lang.triggers] + [n.words for n in lang.notices]
                  + [lang.generic_start, lang.generic_end] + [words for _, words in lang.topics])
    rng = random.Random(code)
    found = 0
    for _ in range(40):
        picked = rng.sample(lists, 3)
        text = " ".join(t for p in picked for t in rng.sample(_texts(p, rng), 2))
        index = word_index(text)
        got = phrase_scan(lists).matches(index)
        for phrases, matches in zip(lists, got):
            expected = [(m.span(), m.group()) for m in phrases.finditer(index)]
            assert [(m.span(), m.group()) for m in matches] == expected, (phrases.phrases[:3], text)
            found += len(expected)
    assert found > 100
