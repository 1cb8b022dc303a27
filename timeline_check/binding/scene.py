"""A date that ends a short fronted phrase setting the scene of the clause after it ("During a
traffic stop on April 12, 2018, police found ...", "Lors d'un contrôle le 3 mai 2022, la police a
découvert ..."): it dates the clause's verb, as a date that opens the clause would."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from ..lang import Language
from ..model import TimeExpr
from .grammar import WORD, ends_with

SCENE_WORDS = 8  # words of the fronted phrase before its date, at most
_COMMA_AFTER = re.compile(r"\s*,")


def sets_scene(text: str, lang: Language, t: TimeExpr, where: tuple[int, int],
               starts: Sequence[int], ends: Sequence[int]) -> bool:
    """Whether date ``t`` (its clause and the end of its words: ``where``) ends a fronted phrase that
    opens its clause with a ``scene_open`` word, reaches the date through a ``scene_lead`` word
    ("on", "in"), holds no comma nor event word, and is set off by a comma after the date."""
    clause, end = where
    before = text[clause:t.start]
    return bool(_COMMA_AFTER.match(text, end)) and "," not in before and len(WORD.findall(before)) <= SCENE_WORDS \
        and lang.regex["scene_open"].match(text, clause + len(before) - len(before.lstrip())) is not None \
        and ends_with(lang.regex["scene_lead"], text, clause, t.start) \
        and bisect.bisect_left(starts, clause) == bisect.bisect_right(ends, t.start)
