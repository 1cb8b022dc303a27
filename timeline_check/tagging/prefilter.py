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
from ..rulefile import Phrases, WordIndex, compile_phrases, fold, word_index
from .patterns import (ANYWHERE, OPENS, SCANNED, date_alternatives, main_pattern, opening_lists, timex_guard,
                       timex_guard_lead, timex_guard_words, timex_parts)

# A digit that may start a date: not one inside a number, unless the number's last digits from it
# are a count a relative phrase may open with ("3 days later"; that alternative has no look-behind).
# The digit comes first, the look-behind after it ("not two digits end here"): a pattern that opens
# on a class is searched for in C, one that opens on a look-behind is tried at every character.
_DIGIT = re.compile(r"\d(?:(?<!\d\d)|(?=\d{0,2}(?!\d)\s))")


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
    """One alternative of the date alternation: its source, compiled on first use; the word
    lists it opens with (None: none), whether it opens at a digit, and for the TIMEX3 branch
    (whose source is then its guard) its own alternatives ``parts``. A part's match opens with
    an ASCII character of ``chars`` (None: any character): one of ``extra``, or the first of a
    phrase of ``words`` (None: any word)."""

    source: str
    words: Phrases | None = None
    digit: bool = False
    parts: tuple[_Alternative, ...] = ()
    chars: frozenset[str] | None = None
    extra: frozenset[str] = frozenset()

    @functools.cached_property
    def regex(self) -> re.Pattern[str]:
        return re.compile(self.source, re.I)

    def opens_with(self, word: str) -> bool:
        """Whether a phrase of its word lists can open with the folded word run ``word``."""
        words = self.words
        if words is None:
            return False
        if words.heads is None:
            return True
        return word in words.heads or any(word.startswith(p) for p in words.head_prefixes)

    def part_opens(self, word: str | None, ch: str) -> bool:
        """Whether this part of the TIMEX3 branch can match where the character ``ch`` stands,
        the folded word run ``word`` starting there (None: no word run starts there)."""
        if self.chars is None or not ch.isascii():
            return True
        if ch not in self.chars:
            return False
        if ch in self.extra or self.words is None or self.words.heads is None:
            return True
        return word is not None and self.opens_with(word)


_NEXT = re.compile(r"[\s'’-]*(?:(\d)|(\w+))")  # after a guard's first word: a digit, or the next word run


@attrs.frozen(eq=False)
class _Guard:
    """``timex_guard``'s test read from the words at a place, with no trie to compile (the trie is
    the longest pattern a text compiles, about 12,000 characters for English): it passes wherever
    the trie passes (and in a few more places, where no TIMEX3 part matches either). The guard's
    words as their first word runs, folded: ``alone`` passes by itself, ``firsts`` with a digit or
    a word run of ``seconds`` after it; ``whole`` holds the ``firsts`` that no first word goes on
    past (after another, the word after is not looked at)."""

    lead: re.Pattern[str]
    alone: frozenset[str]
    firsts: frozenset[str]
    whole: frozenset[str]
    seconds: frozenset[str]

    def passes(self, text: str, pos: int, word: str) -> bool:
        """At a word start ``pos`` where the folded word run ``word`` stands."""
        if word in self.alone or self.lead.match(text, pos) is not None:
            return True
        if word not in self.firsts:
            return False
        if word not in self.whole:
            return True
        after = _NEXT.match(text, pos + len(word))
        return after is not None and (after.group(1) is not None or fold(after.group(2)) in self.seconds)


def _runs(words: frozenset[str]) -> tuple[frozenset[str], frozenset[str]] | None:
    """The first word runs of ``words``, folded, and those that no word goes on past but with
    apostrophes or hyphens ("the", "l" of "l'", not "st" of "st."); None when a word does not open
    on a word character, or ends on one that is no letter or digit (the trie then matches where
    the word run goes on), or has a letter whose other case ``fold`` does not take for it (the
    trie matches a letter and its other case)."""
    runs, longer = set(), set()
    for w in words:
        w = w.lower().replace("’", "'")
        run = _RUN.match(w)
        if run is None or not w[-1].isalnum() and run.end() == len(w) or any(
                len(c.upper()) == 1 and fold(c.upper()) != fold(c) for c in run.group()):
            return None
        runs.add(fold(run.group()))
        if w[run.end():].strip("'-"):  # "l'" and "mi-" are followed as the trie follows them: [\s'’-]*
            longer.add(fold(run.group()))
    return frozenset(runs), frozenset(runs - longer)


@functools.lru_cache(maxsize=None)
def _guard(lang: Language) -> _Guard | None:
    """The guard of a language's TIMEX3 branch as a ``_Guard``; None when its words do not allow it."""
    alone, firsts, seconds = (_runs(words) for words in timex_guard_words(lang))
    if alone is None or firsts is None or seconds is None:
        return None
    return _Guard(re.compile(r"\d|" + timex_guard_lead(lang), re.I), alone[0], firsts[0], firsts[1], seconds[0])


@attrs.frozen(eq=False)
class _Plan:
    """The date alternatives of a language in order: the plain ones, then the branch with
    ``parts``; and by what stands at a place (the folded word that starts there, if any, and
    the character there) the plain alternatives that can start there and the parts of the
    branch that can (none when the branch cannot), in their order."""

    plain: tuple[_Alternative, ...]
    branch: _Alternative | None  # it also opens on a Roman numeral past the listed ones
    guard: _Guard | None = None  # the branch's guard, read from the words (else its pattern is matched)
    by_start: dict[tuple[str | None, str], tuple[tuple[_Alternative, ...], tuple[_Alternative, ...]]] = \
        attrs.field(factory=dict)

    def at(self, word: str | None, ch: str) -> tuple[tuple[_Alternative, ...], tuple[_Alternative, ...]]:
        found = self.by_start.get((word, ch))
        if found is None:
            digit = ch.isdecimal()

            def can(a: _Alternative) -> bool:
                return digit and a.digit or word is not None and a.opens_with(word)
            branch = self.branch
            opens = branch is not None and (can(branch) or word is not None and _ROMAN_RUN.fullmatch(word) is not None)
            found = self.by_start[(word, ch)] = (
                tuple(a for a in self.plain if can(a)),
                tuple(p for p in branch.parts if p.part_opens(word, ch)) if opens and branch is not None else ())
        return found


@functools.lru_cache(maxsize=None)
def _plan(lang: Language) -> _Plan:
    """The date alternatives, each with what it can start with (by ``OPENS``)."""
    lists, plain, branch = opening_lists(lang), [], None
    for name, source in date_alternatives(lang):
        kinds = OPENS[name]
        phrases = [p for k in kinds if k not in ANYWHERE for p in lists[k]]
        words = compile_phrases(phrases) if phrases else None
        if name == "tx":
            parts = tuple(_Alternative(f"(?P<tx>{p.source})", compile_phrases(p.words) if p.first else None,
                                       chars=None if p.first is None else _ascii_of(p.first),
                                       extra=frozenset() if p.extra is None else _ascii_of(p.extra) or frozenset())
                          for p in timex_parts(lang))
            branch = _Alternative(timex_guard(lang), words, "digit" in kinds, parts)
        else:
            assert branch is None, "the TIMEX3 branch comes last"
            plain.append(_Alternative(source, words, "digit" in kinds))
    return _Plan(tuple(plain), branch, None if branch is None else _guard(lang))


_WORD_CHAR = re.compile(r"\w")
_RUN = re.compile(r"\w+")


def _match_at(plan: _Plan, text: str, pos: int) -> re.Match[str] | None:
    """What the date alternation matches at ``pos``: the first of the plain alternatives that can
    start there to match, else the branch, when one of its parts can start there and its guard
    holds: the first of those parts to match. The alternation takes the first alternative that
    matches, in order; the others cannot match there. Each alternative is compiled on its own
    (on first use), so a text compiles only those it needs, each once."""
    ch = text[pos]
    run = None if pos and _WORD_CHAR.match(text, pos - 1) else _RUN.match(text, pos)
    word = fold(run.group()) if run else None
    plain, parts = plan.at(word, ch)
    for a in plain:
        if (m := a.regex.match(text, pos)) is not None:
            return m
    if parts and plan.branch is not None and (
            plan.branch.regex.match(text, pos) is not None if plan.guard is None
            else word is not None and plan.guard.passes(text, pos, word)):
        for part in parts:
            if (m := part.regex.match(text, pos)) is not None:
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
    plan, end = _plan(lang), 0
    for pos in found:
        if pos >= end and (m := _match_at(plan, text, pos)) is not None:
            end = m.end()
            yield m
