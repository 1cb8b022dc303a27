"""An act told in the present progressive ("we are mailing letters to the residents on October 1",
``[phrases] progressive`` right before a verb in ``nonfinite_ending``): under way or to come, not
done, so it is planned like a "will" (a date after the text's own is no contradiction)."""

from __future__ import annotations

from ..lang import Language
from .grammar import ends_with
from .triggers import Trigger

_LEAD = 20  # characters before the verb where the form of "be" ends, at most


def in_progress(text: str, lang: Language, g: Trigger, sent: tuple[int, int]) -> bool:
    """Whether event word ``g`` opens on a verb in -ing right after a form of "be" ("are mailing")."""
    words = text[g.start:g.end].split()
    if not words or not any(words[0].lower().endswith(x) for x in lang.phrases["nonfinite_ending"]):
        return False
    return ends_with(lang.regex["progressive"], text, max(sent[0], g.start - _LEAD), g.start)
