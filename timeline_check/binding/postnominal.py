"""A breach participle set after its noun as an adjective, the clause's verb right after it ("le
compte compromis a été désactivé le 7 décembre", "les serveurs chiffrés ont été isolés"): it names
the thing, not the act; the date is the verb's (``[phrases] postnominal_verb``, ``postnominal_det``,
``postnominal_ending``). French sets its
adjectives after the noun; English, before it, is read by the determiner before (``modifier_lead``)."""

from __future__ import annotations

import functools
import re

from ..lang import Language


@functools.cache  # keyed on the Language itself: it compares and hashes by identity
def _after_determiner(lang: Language) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{lang.alt('postnominal_det')})\s*[^\W\d_][\w-]*\s+$", re.I)


@functools.cache
def _verb_after(lang: Language) -> re.Pattern[str]:
    return re.compile(rf"\s+(?:{lang.alt('postnominal_verb')})(?!\w)", re.I)


def postnominal(text: str, lang: Language, s: int, start: int, end: int) -> bool:
    """Whether the breach word from ``start`` to ``end`` is a participle between a determiner's
    noun and the clause's verb."""
    word = text[start:end]
    if not lang.phrases.get("postnominal_verb") or not word.isalpha() \
            or not word.lower().endswith(tuple(lang.phrases["postnominal_ending"])):
        return False
    return _after_determiner(lang).search(text, max(s, start - 30), start) is not None \
        and _verb_after(lang).match(text, end) is not None
