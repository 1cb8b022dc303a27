"""A word of containing whose subject is the attack itself ("the ransomware attack that shut down
its computers", "the hackers took the portal offline", ``[phrases] attack_subject``): the attack's
harm, not the organisation containing it."""

from __future__ import annotations

from ..lang import Language
from .grammar import ends_with

_REACH = 40  # characters before the word where its subject ends, at most


def done_by_attack(text: str, lang: Language, s: int, start: int) -> bool:
    """Whether the words right before the word at ``start`` (in the sentence from ``s``) are the
    attack, or a relative pronoun after it, as its subject; not of a passive ("the ransomware was
    removed": the attack is what was contained)."""
    if lang.regex["passive"].match(text, start):
        return False
    return ends_with(lang.regex["attack_subject"], text, max(s, start - _REACH), start)
