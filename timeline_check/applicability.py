"""Which legal regimes govern a text, and how many people it says were affected."""

from __future__ import annotations

import functools
import re

from .document import Document
from .lang import Language
from .model import Evidence, RegimeMatch
from .numbers import DOTTED, as_written, is_year, scale_words
from .rulefile import Phrases, WordIndex, needed_words
from .ruleset import RuleSet

# Every repetition is bounded (no word before the noun more than 40 letters): an unbounded
# ``[\w'’-]+`` made a long run of "2023-2023-..." cost quadratic time, each start rescanning the run.
_WORD_BEFORE_NOUN = r"[\w'’-]{1,40}\s+"


@functools.lru_cache(maxsize=256)
def _count_pattern(lang: Language, nouns: str, words_between: int) -> re.Pattern[str]:
    scale = scale_words(lang)
    of = rf"(?:{lang.alt('genitive')}(?:\s+|(?<=['’])))?"  # "de personnes", "d'assurés"
    return re.compile(rf"{DOTTED}\s*(?:({scale})\s+)?{of}(?:{_WORD_BEFORE_NOUN}){{0,{words_between}}}?"
                      rf"(?:{nouns})", re.I)


def _largest_count(text: str, lang: Language, nouns: str, words_between: int, skip_years: bool) -> int | None:
    """The largest number the text gives before one of ``nouns`` (a regex source), with at
    most ``words_between`` words between them ("4,452,782 individuals", "près de 4,5 millions
    de personnes"); with ``skip_years``, a year before the noun is no count."""
    best: int | None = None
    for m in _count_pattern(lang, nouns, words_between).finditer(text):
        digits, unit = m.group(1), (m.group(2) or "").lower()
        value = as_written(digits, unit, lang, dotted=True)
        if value is None or (skip_years and not unit and is_year(value, digits)):
            continue  # no whole number, or a year before "patients"
        best = max(best or 0, value)
    return best


def affected_count(text: str, lang: Language) -> int | None:
    """The largest number of people the text says were affected, or None."""
    return _largest_count(text, lang, lang.regex["count_nouns"].pattern, 3, skip_years=True)


def resident_count(text: str, lang: Language, residents: Phrases) -> int | None:
    """The largest number the text gives right before the words naming a regime's residents
    ("1,204 Texas residents", "2 millions de résidents du Québec"), or None."""
    return _largest_count(text, lang, residents.source, 2, skip_years=False)


@functools.lru_cache(maxsize=8)
def _needs_by_word(rules: RuleSet) -> tuple[dict[str, tuple[tuple[tuple[str, int], frozenset[str]], ...]], frozenset[tuple[str, int]]]:
    """The words each phrase of each regime cue needs (``rulefile.needed_words``), filed under
    the longest of them, with the cue; and the cues with a phrase that needs no word, always
    searched. A cue can match only in a text that holds all the words one of its phrases needs."""
    by_word: dict[str, list[tuple[tuple[str, int], frozenset[str]]]] = {}
    always: set[tuple[str, int]] = set()
    for reg in rules.regimes.values():
        for i, (_, rx) in enumerate(reg.cues):
            for phrase in rx.phrases:
                need = needed_words(phrase)
                if need is None:
                    always.add((reg.name, i))
                else:
                    by_word.setdefault(max(sorted(need), key=len), []).append(((reg.name, i), need))
    return {w: tuple(n) for w, n in by_word.items()}, frozenset(always)


@functools.lru_cache(maxsize=8)
def _free(rules: RuleSet) -> frozenset[str]:
    """The regimes that apply with no cue found (a threshold of 0 or less)."""
    return frozenset(r.name for r in rules.regimes.values() if r.threshold <= 0)


def detect(doc: Document, index: WordIndex, rules: RuleSet, forced: tuple[str, ...], auto: bool = True) -> tuple[RegimeMatch, ...]:
    """Regimes named by the user, and those whose cues in the text (indexed by ``index``) reach their threshold."""
    out: dict[str, RegimeMatch] = {}
    for name in forced:
        reg = rules.regime(name)
        if reg is not None:
            out[reg.name] = RegimeMatch(reg.name, forced=True)
    if not auto:
        return tuple(out.values())
    by_word, always = _needs_by_word(rules)
    words = index.words
    tried = set(always).union(*((cue for cue, need in by_word[w] if need <= words) for w in words & by_word.keys()))
    for name in sorted({name for name, _ in tried} | _free(rules)):
        if name in out:
            continue
        reg = rules.regimes[name]
        score, cues = 0, []
        for i, (weight, rx) in enumerate(reg.cues):
            m = (reg.name, i) in tried and _kept(rx, index, reg.denied)
            if m:
                score += weight
                line, col = doc.locate(m.start())
                cues.append(Evidence(m.start(), m.end(), line, col, m.group(0)))
        if score >= reg.threshold:
            out[reg.name] = RegimeMatch(reg.name, tuple(sorted(cues, key=lambda e: e.start)))
    return tuple(sorted(out.values(), key=lambda r: r.name))


def _kept(cue: Phrases, index: WordIndex, denied: Phrases | None) -> re.Match[str] | None:
    """The first match of a cue that no denying words stand right before ("the breach did not
    involve protected health information": no word of HIPAA)."""
    if denied is None:
        return cue.search(index)
    text = index.text
    for m in cue.finditer(index):
        if not any(not text[d.end():m.start()].strip() for d in denied.gate.finditer(text, max(0, m.start() - 40), m.start())):
            return m
    return None
