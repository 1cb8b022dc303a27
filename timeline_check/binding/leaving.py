"""Bare "left" (``[phrases] leaving``): a breach where something is left behind ("inadvertently
left files accessible", "boxes were left in a shed", "left a laptop in her car"), a departure
where someone goes: with no object ("the intruder left on April 29", "she left after her shift"),
or with a place one belongs to as its object ("left the practice to work
elsewhere", ``left_place``): no event. Leaving a system ("the attackers left the network on
May 2", ``left_system``) ends the intruder's access: the breach's end. A state after the place
("left the network exposed", ``left_state``) or the passive ("was left") keeps the breach."""

from __future__ import annotations

import re

from ..lang import Language
from .grammar import WORD, grammar_of

_OBJECT_WORDS = 3  # words of the object before its noun, at most ("the hospital's billing")
# nothing after the word, or a preposition of time ("left or been terminated" stays: the leavers took devices)
_GOES = re.compile(r"\s*(?:[,.;:)]|$|(?:on|at|after|before|when|without|in\s+(?:early|mid|late|\d|[A-Z]))\b)")

# what may follow the head noun of the place left: its clause's end, a preposition
_HEAD_ENDS = re.compile(r"\s*(?:[,.;:)]|$|(?:on|at|after|before|when|without|to|for|with|in|and|by)\b)")


def left_kinds(text: str, lang: Language, start: int, end: int, e: int) -> tuple[str, ...] | None:
    """The kinds of the breach word ``text[start:end]`` when it is a bare word of leaving that
    tells a departure (none) or an intruder leaving a system (``breach_end``); None otherwise."""
    if lang.regex["leaving"].fullmatch(text, start, end) is None:
        return None
    if grammar_of(lang).passive.search(text, max(0, start - 30), start):
        return None  # "was left", "were inadvertently left": a thing left behind
    if _GOES.match(text, end, e):
        return ()
    words = list(WORD.finditer(text, end, min(e, end + 60)))[:_OBJECT_WORDS + 1]
    for i, w in enumerate(words):
        noun = w.group(0)
        after = text[w.end():w.end() + 30]
        if after.startswith(("'", "’")) or lang.regex["left_state"].match(after.lstrip()):
            continue
        if not _HEAD_ENDS.match(text, w.end(), e):
            continue  # "left a clinic laptop on a train": a word of the object, not its head
        if lang.regex["left_system"].fullmatch(noun):
            return ("breach_end",)
        if lang.regex["left_place"].fullmatch(noun) and i <= _OBJECT_WORDS:
            return ()
    return None
