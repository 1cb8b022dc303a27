"""Stages of discovery: which words of finding out tell of the first awareness.

- A filing (a Form 8-K's Item 1.05) tells when its registrant learned of an incident in the
  words of having one ("On May 3, the Company experienced a ransomware incident"): those
  words, a language's triggers with ``filing = true``, name the discovery only in a text that
  a filing's heading opens (``is_filing``).
- "determined on May 3 that it experienced a cybersecurity incident": what was determined is
  that an incident happened at all, learned that day: the discovery, not a later
  determination (``learned_occurrence``).
- "detected what was determined to be an incident on May 3": the words of judging describe
  what was detected (``[phrases] judged_object``), no event of their own (``judged``), and the
  incident they name is the detection's object (``judged_object_of``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

import attrs

from ..lang import Language
from ..rulefile import WordIndex
from .grammar import WORD, past_blank

if TYPE_CHECKING:
    from .triggers import Trigger

REACH = 2000  # characters from the start of a text to the heading that makes it a filing
_THAT_TO_WORD = 4  # words at most between "that" and the word of having an incident


def is_filing(text: str, lang: Language, index: WordIndex) -> bool:
    """Whether a filing's heading ("Item 1.05", "FORM 8-K") opens a line in the text's first characters."""
    for m in lang.lists["filing_heading"].finditer(index, before=REACH):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if not text[line_start:m.start()].strip(" \t#*-"):
            return True
    return False


def judged(text: str, lang: Language, s: int, e: int, t: Trigger) -> bool:
    """Whether event word ``t`` stands inside words that describe what another word found
    ("detected what was later determined to be a ransomware attack")."""
    return any(m.start() <= t.start and t.end <= m.end()
               for m in lang.regex["judged_object"].finditer(text, max(s, t.start - 40), min(e, t.end + 40)))


def judged_object_of(text: str, lang: Language, verb: Trigger, t: Trigger) -> bool:
    """Whether breach word ``t`` is what ``verb`` found, past words that describe it ("detected
    what was later determined to be an intrusion on May 3": the detection's object)."""
    m = lang.regex["judged_object"].match(text, past_blank(text, verb.end, t.start), t.start)
    return m is not None and len(WORD.findall(text, m.end(), t.start)) <= 2


def learned_occurrence(text: str, triggers: Sequence[Trigger],
                       complements: Mapping[int, tuple[int, int]]) -> tuple[Trigger, ...]:
    """The triggers, a determination made a discovery where the "that" clause it opens says,
    within its first words, that an incident happened to the one determining: its first event
    word there is a discovery ("determined on March 10 that it experienced a cybersecurity
    incident", in a filing)."""
    out = list(triggers)
    for i, (c, ce) in complements.items():
        g = triggers[i]
        if g.kinds != ("determination",):
            continue
        first = next((t for t in triggers if c <= t.start < ce and t is not g), None)
        if first is not None and first.kinds == ("discovery",) and not first.blocked \
                and len(WORD.findall(text, c, first.start)) <= _THAT_TO_WORD:
            out[i] = attrs.evolve(g, kinds=("discovery",))
    return tuple(out)
