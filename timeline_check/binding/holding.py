"""A word of containment that means holding ("a laptop that contained the PHI of 800 patients",
"mail that contained another member's name"): what a thing holds, no act of containing the
incident. Read from the words after it: containing takes the incident, a pronoun or a word of
harm as its object ("contained the attack", "contained it", "contained the spread"); holding
takes what is held. In the passive it is always the act ("the breach was contained on May 3")."""

from __future__ import annotations

from ..lang import Language
from .grammar import WORD, grammar_of

_OBJECT_WORDS = 3  # words after the verb where its object's head noun stands, at most


def holds_data(text: str, lang: Language, s: int, e: int, start: int, end: int) -> bool:
    """Whether the containment word at ``text[start:end]`` (in the sentence ``text[s:e]``) is a
    verb of holding (``[phrases] holding``) in the active voice whose object names no incident."""
    holding = lang.regex["holding"]
    if not holding.fullmatch(text, start, end) or grammar_of(lang).passive.search(text, max(s, start - 30), start):
        return False
    after = text[end:min(e, end + 60)]
    if lang.regex["contained_object"].match(after.lstrip()):
        return False
    for _, words in lang.topics:
        m = words.gate.search(after)
        if m and len(WORD.findall(after[:m.start()])) < _OBJECT_WORDS:
            return False
    return True
