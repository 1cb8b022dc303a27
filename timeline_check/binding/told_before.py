"""A notice named again in a fronted phrase of sequence ("À la suite de cette notification, la
CNIL a mené un contrôle le 14 mars", "Following that notification, the regulator ..."; ``[phrases]
notice_told_lead`` right before a nominal notice word, a comma a few words after it, no date
between): the notice was told before; the date of the clause after the comma is another act's."""

from __future__ import annotations

from ..lang import Language
from .grammar import WORD, ends_with

_LEAD = 30  # characters before the notice word where its lead may start, at most
_WORDS = 4  # words between the notice word and the comma that closes the phrase, at most


def told_before(text: str, lang: Language, s: int, start: int, end: int) -> bool:
    """Whether the nominal notice word ``text[start:end]`` is a notice told before, named again
    in a fronted phrase of sequence that a comma closes, with no date of its own ("à la suite de sa
    notification du 25 octobre," dates it)."""
    if not lang.phrases.get("notice_told_lead") or not ends_with(lang.regex["notice_told_lead"], text, max(s, start - _LEAD), start):
        return False
    comma = text.find(",", end, end + 60)
    return comma >= 0 and len(WORD.findall(text[end:comma])) <= _WORDS and not any(c.isdigit() for c in text[end:comma])
