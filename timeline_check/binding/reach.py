"""Words of a gap between an event word and a date that do not widen it: an acronym in brackets
after a name ("the covered entity (CE)"), the words of a proper name past its first ("North Shore
Regional Health System" counts as one) and the date's own lead ("on or about"): a verb, a long
name with its acronym, then "on or about" and a date, is as near its date as without them."""

from __future__ import annotations

import re

from ..lang import Language
from .grammar import WORD

_ACRONYM = re.compile(r"\(\s*[A-Z][\w.&-]{0,15}\s*\)")  # "(CE)", "(BA)", "(OCR)"


def spare_words(lang: Language, gap: str, names: bool = True) -> int:
    """How many of ``gap``'s words are bracketed acronyms, the lead of the date that ends it and,
    with ``names`` (not for a relative phrase: "no later than 72 hours after" stays near its own
    verb), a proper name's words past its first, unless another day's lead stands before
    ("wrote to the Board of Health Records Review on the day of its notices on ...")."""
    spare = acronym_words(gap)
    tail = gap.rstrip()
    lead_words, inner = 0, tail
    for key in ("date_hedge", "day_lead"):
        lead = next((m for m in lang.regex[key].finditer(tail, max(0, len(tail) - 20)) if m.end() == len(tail)), None)
        if lead is not None:
            lead_words, inner = len(WORD.findall(lead.group())), tail[:lead.start()]
            break
    if names and lang.regex["day_lead"].search(inner) is None:
        spare += _name_tails(gap)
    return spare + lead_words


def acronym_words(gap: str) -> int:
    """How many of ``gap``'s words are bracketed acronyms ("(CE)", "(ENT)")."""
    return sum(len(WORD.findall(m.group())) for m in _ACRONYM.finditer(gap))


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
