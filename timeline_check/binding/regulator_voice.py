"""A regulator's own release ("We issued a notice of intent in August", "our penalty notice"): the
organisation's report "to us" there goes to the regulator, and is its notice, not the organisation
learning of the breach from someone ("it did not report the breach to us until 20 September")."""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from ..lang import Language
from ..model import Mention
from ..rulefile import Pattern
from .grammar import CLAUSE_PUNCT

_REACH = 60  # characters after the word of telling where "to us" may stand


def regulator_voice(text: str, lang: Language, mentions: Sequence[Mention]) -> Sequence[Mention]:
    """``mentions``, a discovery told "to us" made the notice to the regulator where the text
    speaks as a regulator (``[phrases] regulator_voice``)."""
    told = lang.regex["told_us"]
    if not any(m.kind == "discovery" for m in mentions) or lang.regex["regulator_voice"].search(text) is None:
        return mentions
    return [attrs.evolve(m, kind="notification_regulator") if m.kind == "discovery" and _to_us(text, told, m) else m
            for m in mentions]


def _to_us(text: str, told: Pattern, m: Mention) -> bool:
    """Whether the words of a discovery, or its clause right after them, name "us" as the one told."""
    a, b = m.trigger
    end = min(m.sentence[1], b + _REACH)
    cut = CLAUSE_PUNCT.search(text, b, end)
    return told.search(text, a, cut.start() if cut else end) is not None
