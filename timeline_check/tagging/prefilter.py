"""Where a date can start: the text's words a date phrase opens with (from its word index),
its digits, articles before a day and Roman numerals. The date alternation is tried there only.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from ..lang import Language
from ..rulefile import Phrases, WordIndex, compile_phrases, word_index
from .patterns import ANYWHERE, OPENS, SCANNED, date_patterns, opening_lists

# A digit that may start a date: not one inside a number, unless the number's last digits from it
# are a count a relative phrase may open with ("3 days later"; that alternative has no look-behind).
_DIGIT = re.compile(r"(?<!\d)\d|\d(?=\d{0,2}(?!\d)\s)")


_ROMAN_RUN = re.compile(r"[ivx]+(?:e|è|ème|st|nd|rd|th)")  # folded "XXIVe", "XXXth": past the listed numerals


@functools.lru_cache(maxsize=None)
def _openings(lang: Language) -> Phrases | None:
    """The words a date phrase can open with, as heads of a ``Phrases`` (digits, day articles
    and Roman numerals aside); None when they cannot be told from the words."""
    names = [n for n in date_patterns(lang)["main"].groupindex if "_" not in n]
    lists = opening_lists(lang)
    kinds = {k for n in names for k in OPENS[n]} - set(ANYWHERE) - set(SCANNED)
    found = compile_phrases([p for k in sorted(kinds) for p in lists[k]])
    return found if found.heads is not None else None


@functools.lru_cache(maxsize=None)
def _day_article(lang: Language) -> re.Pattern[str]:
    """A day's article with the digit after it ("the 5th of May")."""
    return re.compile(rf"{lang.alt('day_article')}(?=\s*\d)", re.I)


def _candidates(lang: Language, text: str, index: WordIndex) -> list[int] | None:
    """Every place where a date phrase can start, and some others, in order; None when they
    cannot be told from the words (then the text is scanned)."""
    openings = _openings(lang)
    if openings is None:
        return None
    found = openings.starts(index)
    found += [m.start() for m in _DIGIT.finditer(text)]
    if lang.phrases["day_article"]:
        found += [m.start() for m in _day_article(lang).finditer(text)]
    found += [p for w in index.words if w[:1] in "ivx" and _ROMAN_RUN.fullmatch(w) for p in index.at[w]]
    return sorted(set(found))


def date_matches(lang: Language, text: str, index: WordIndex | None) -> Iterator[re.Match[str]]:
    """The matches of the date pattern (``pats["main"]``) in ``text``, the same as its ``finditer`` gives.

    ``finditer`` tries the long alternation at every character. Here the places where a
    match can start are found first: the text's words a date phrase opens with (from its
    ``index``), its digits, articles before a day and Roman numerals; of those, the ones a fast
    test (``pats["start"]``) passes. The alternation is tried there only, left to right, each after the end of the
    last match.
    """
    pats = date_patterns(lang)
    if "start" not in pats:
        yield from pats["main"].finditer(text)
        return
    match, start = pats["main"].match, pats["start"]
    found = _candidates(lang, text, index or word_index(text))
    if found is None:
        found = [c.start() for c in start.finditer(text)]
    end, test = 0, start.match
    for pos in found:
        if pos >= end and test(text, pos) and (m := match(text, pos)) is not None:
            end = m.end()
            yield m
