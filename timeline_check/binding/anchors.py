"""What a relative phrase counts from ("three days after the detection"): an event kind for its
words, and where those words end. The binder's only reads of ``TimeExpr.anchor`` as words."""

from __future__ import annotations

import attrs

from ..lang import Language
from ..model import Anchor, TimeExpr
from .grammar import WORD as _WORD
from .triggers import find_triggers as _triggers


def _resolve_anchor(lang: Language, t: TimeExpr) -> TimeExpr:
    """A relative phrase whose anchor is still words ("after the detection") gets an event kind."""
    if t.kind == "relative" and t.anchor and t.anchor.kind == "phrase":
        return attrs.evolve(t, anchor=Anchor.named(_anchor_kind(lang, t.anchor.words)))
    return t


def _anchor_kind(lang: Language, phrase: str) -> str:
    """The event a relative phrase counts from ("three weeks after the detection"): ``previous``
    for a pronoun ("two days after that"), ``unknown`` for words that name no event of ours
    ("onze jours avant le chiffrement": not the event told just before); the discovery for words
    of learning that need no object naming the breach ("within 45 minutes of learning of it",
    ``[phrases] learning_lead``)."""
    if lang.regex["learning_lead"].match(phrase.lstrip()):
        return "discovery"
    for g in _triggers(phrase, lang, 0, len(phrase)):
        if not g.kinds:
            # A telling to no one we know ("two days after the incident was reported"): an
            # event the text does not identify, so the phrase ties the date to nothing (this
            # was an IndexError).
            return "unknown"
        kind = g.kinds[0]
        return "breach_start" if kind == "breach" else kind
    for topic, words in lang.topics:
        if topic == "breach" and words.gate.search(phrase):
            return "breach_start"
    pronouns = lang.phrases["no_actor"]
    return "previous" if all(w.lower() in pronouns for w in _WORD.findall(phrase)) else "unknown"


def _phrase_end(t: TimeExpr, e: int) -> int:
    """Where the words a relative phrase counts from end ("three days after it found the attack"),
    at most ``e``; the phrase's own end for any other time expression."""
    if t.kind == "relative" and t.anchor and t.anchor.kind == "phrase":
        return min(e, t.end + len(t.anchor.words))
    return t.end
