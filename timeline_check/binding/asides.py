"""A fronted clause of circumstance between a date and its verb ("On March 3, after the office
closed for the evening, burglars broke in", "once the backups had finished, the attackers
encrypted ..."): a generic word of ending or starting inside it names nothing of ours, and, the
clause holding no date of its own, it must not hold the date before it either."""

from __future__ import annotations

import re

from ..lang import Language
from .grammar import CLAUSE_PUNCT, past_blank

_REACH = 80  # characters back from the word to the clause's opening, at most
_DIGIT = re.compile(r"\d")


def in_undated_aside(text: str, lang: Language, s: int, e: int, at: int) -> bool:
    """Whether the word at ``at`` stands in a clause that a subordinator (``subordinator``) opens
    right after a comma, and that holds no digit (no date of its own) up to its closing comma."""
    a = max(s, at - _REACH)
    opening = max((m.end() for m in CLAUSE_PUNCT.finditer(text, a, at)), default=-1)
    if opening < 0 or text[opening - 1] != ",":
        return False
    if lang.regex["subordinator"].match(text, past_blank(text, opening, at)) is None:
        return False
    close = CLAUSE_PUNCT.search(text, at, e)
    return close is not None and text[close.start()] == "," and not _DIGIT.search(text, opening, close.start())
