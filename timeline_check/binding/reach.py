"""Words of a gap between an event word and a date that do not widen it: an acronym in brackets
after a name ("the covered entity (CE)"), the words of a proper name past its first ("North Shore
Regional Health System" counts as one) and the date's own lead ("on or about"): a verb, a long
name with its acronym, then "on or about" and a date, is as near its date as without them."""

from __future__ import annotations

import re

from ..lang import Language
from .grammar import WORD

_ACRONYM = re.compile(r"\(\s*[A-Z][\w.&-]{0,15}\s*\)")  # "(CE)", "(BA)", "(OCR)"


def spare_words(lang: Language, gap: str) -> int:
    """How many of ``gap``'s words are bracketed acronyms, a proper name's words past its first,
    or the lead of the date that ends it."""
    spare = sum(len(WORD.findall(m.group())) for m in _ACRONYM.finditer(gap)) + _name_tails(gap)
    tail = gap.rstrip()
    for key in ("date_hedge", "day_lead"):
        for lead in lang.regex[key].finditer(tail, max(0, len(tail) - 20)):
            if lead.end() == len(tail):
                return spare + len(WORD.findall(lead.group()))
    return spare


def _name_tails(gap: str) -> int:
    """The words of ``gap`` that continue a proper name: capitalised words right after another,
    with only a space between (a bracketed acronym is counted on its own)."""
    tails, previous = 0, -1
    for m in WORD.finditer(gap):
        capital = m.group()[0].isupper()
        if capital and previous >= 0 and not gap[previous:m.start()].strip():
            tails += 1
        previous = m.end() if capital else -1
    return tails
