"""Where a date can start: the text's words a date phrase opens with (from its word index),
its digits, articles before a day and Roman numerals. The date alternatives are tried there
only, each compiled the first time a text needs it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

import attrs

from ..lang import Language
from ..rulefile import Phrases, WordIndex, compile_phrases, first_letters, word_index
from .patterns import (ANYWHERE, OPENS, SCANNED, date_alternatives, main_pattern, opening_lists, timex_guard,
                       timex_parts)

# A digit that may start a date: not one inside a number, unless the number's last digits from it
# are a count a relative phrase may open with ("3 days later"; that alternative has no look-behind).
_DIGIT = re.compile(r"(?<!\d)\d|\d(?=\d{0,2}(?!\d)\s)")


_ROMAN_RUN = re.compile(r"[ivx]+(?:e|è|ème|st|nd|rd|th)")  # folded "XXIVe", "XXXth": past the listed numerals


@functools.lru_cache(maxsize=None)
def _openings(lang: Language) -> Phrases | None:
    """The words a date phrase can open with, as heads of a ``Phrases`` (digits, day articles
    and Roman numerals aside); None when they cannot be told from the words."""
    lists = opening_lists(lang)
    kinds = {k for n, _ in date_alternatives(lang) for k in OPENS[n]} - set(ANYWHERE) - set(SCANNED)
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


def _ascii_of(cls: str) -> frozenset[str] | None:
    """The ASCII characters the class ``cls`` (regex source) takes, case ignored; None for every
    character. Every non-ASCII character is let through: under ``re.I`` some match ASCII letters."""
    if cls == r"[\s\S]":
        return None
    rx = re.compile(cls, re.I)
    return frozenset(ch for ch in map(chr, range(128)) if rx.fullmatch(ch))


@attrs.frozen(eq=False)
class _Alternative:
    """One alternative of the date alternation: the ASCII characters it can start with (None:
    any) and its source, compiled on first use. The TIMEX3 branch's source is its guard, and
    its own alternatives are ``parts``."""

    chars: frozenset[str] | None
    source: str
    parts: tuple[_Alternative, ...] = ()

    @functools.cached_property
    def regex(self) -> re.Pattern[str]:
        return re.compile(self.source, re.I)


@functools.lru_cache(maxsize=None)
def _alternatives(lang: Language) -> tuple[_Alternative, ...]:
    """The date alternatives in order, each with what it can start with (by ``OPENS``)."""
    lists, out = opening_lists(lang), []
    for name, source in date_alternatives(lang):
        kinds = OPENS[name]
        cls, _ = first_letters([p for k in kinds if k not in ANYWHERE for p in lists[k]],
                               also="".join(ANYWHERE[k] for k in kinds if k in ANYWHERE))
        if name == "tx":
            parts = tuple(_Alternative(None if first is None else _ascii_of(first), f"(?P<tx>{sub})")
                          for first, sub in timex_parts(lang))
            out.append(_Alternative(_ascii_of(cls), timex_guard(lang), parts))
        else:
            out.append(_Alternative(_ascii_of(cls), source))
    return tuple(out)


def _match_at(alternatives: tuple[_Alternative, ...], text: str, pos: int) -> re.Match[str] | None:
    """What the date alternation matches at ``pos``: the first alternative that matches there,
    of those that can start with its character (a branch with ``parts``: when its guard holds,
    the first of its parts that matches)."""
    ch = text[pos]
    other = not ch.isascii()
    for alt in alternatives:
        if alt.chars is not None and not other and ch not in alt.chars:
            continue
        if not alt.parts:
            if (m := alt.regex.match(text, pos)) is not None:
                return m
        elif alt.regex.match(text, pos) is not None:
            for part in alt.parts:
                if (part.chars is None or other or ch in part.chars) and (m := part.regex.match(text, pos)) is not None:
                    return m
    return None


def date_matches(lang: Language, text: str, index: WordIndex | None) -> Iterator[re.Match[str]]:
    """The matches of the date alternation (``main_pattern``) in ``text``, the same as its ``finditer`` gives.

    ``finditer`` tries the long alternation at every character. Here the places where a
    match can start are found first: the text's words a date phrase opens with (from its
    ``index``), its digits, articles before a day and Roman numerals. There, the alternatives
    are tried one by one, in order, each only where the character can start it, left to right,
    each place after the end of the last match. Each is compiled the first time it is tried:
    a text compiles the few it needs, not the whole alternation.
    """
    found = _candidates(lang, text, index or word_index(text))
    if found is None:
        yield from main_pattern(lang).finditer(text)
        return
    alternatives, end = _alternatives(lang), 0
    for pos in found:
        if pos >= end and (m := _match_at(alternatives, text, pos)) is not None:
            end = m.end()
            yield m
