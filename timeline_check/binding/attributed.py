"""Who acts when a pronoun follows the source a sentence opens on ("According to Crestline, it
detected unauthorized activity on July 24": Crestline detected it; "Selon le prestataire, il a
détecté ..."). A letter that reports its vendor's account this way tells the vendor's acts, not
the organisation's own: a vendor's discovery and its client's are two (``reason._one_actor``)."""

from __future__ import annotations

import re

from ..lang import Language
from .grammar import WORD

_NAME = re.compile(r"[^\W\d_][\w&'’.-]*")
_REACH = 60  # characters of the source's name at most


def attributed_actor(text: str, lang: Language, s: int, clause: int, g: int) -> frozenset[str]:
    """The source named by a lead of attribution that opens the sentence at ``s`` and ends at a
    comma before ``clause`` (where the event word's clause starts, ``g`` the word), when that
    clause's subject is a pronoun; empty otherwise."""
    subject = WORD.search(text, clause, g)
    if subject is None or not lang.regex["subject_pronoun"].fullmatch(subject.group()) \
            or not _few_lower_words(text, subject.end(), g):
        return frozenset()
    head = text[s:clause].strip().rstrip(",").strip()
    lead = lang.regex["source_lead"].match(head)
    if lead is None or len(head) - lead.end() > _REACH:
        return frozenset()
    no_actor = lang.phrases["no_actor"]
    return frozenset(w.lower().rstrip(".") for w in _NAME.findall(head, lead.end()) if w.lower().rstrip(".") not in no_actor)


def _few_lower_words(text: str, a: int, b: int) -> bool:
    """Whether at most two lower-case words (an auxiliary, an adverb) stand between the pronoun
    and the event word."""
    words = WORD.findall(text, a, b)
    return len(words) <= 2 and all(w[:1].islower() for w in words)
