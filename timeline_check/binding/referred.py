"""A breach noun named as what someone or something had a part in, or what an act answers ("the
nurse involved in the breach", "the members affected by the incident", "To address the breach,
...", ``[phrases] breach_referred``): a reference to the breach told elsewhere, not an act of its
own; a date later in its sentence is another act's ("..., and rolled out encryption on May 2").
A date right after the noun is still its own ("the laptop involved in the theft on May 2")."""

from __future__ import annotations

from collections.abc import Sequence

from ..lang import Language
from .grammar import ends_with

_REACH = 40  # characters before the breach word where the referring words may end, at most
_OWN_DATE = 4  # characters between the word's end and a date that is its own ("theft on May 2"), at most


def referred_to(text: str, lang: Language, s: int, start: int, end: int, dates: Sequence[tuple[int, int]]) -> bool:
    """Whether the breach word ``text[start:end]`` of the sentence from ``s`` right follows
    referring words (then white space), with none of the ``dates`` right after it."""
    return bool(lang.phrases["breach_referred"]) and not any(0 <= x - end <= _OWN_DATE for x, _ in dates) \
        and ends_with(lang.regex["breach_referred"], text, max(s, start - _REACH), start)
