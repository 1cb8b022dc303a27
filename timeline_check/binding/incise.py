"""A verb of saying in the press's incise, its speaker after it: "…, a confirmé l'organisme
mercredi", "« … », a assuré la société le 16 octobre". The speaker is the organisation (``[phrases]
own_speaker``) and the incise follows a comma or a closing quote: the words make the breach public
on the day after them (statement.py reads the speaker after the day: "a indiqué mercredi la
direction"). A determination word standing there ("a confirmé l'") is that statement, not a
determination. A language with no ``own_speaker`` (English) has no such incise here."""

from __future__ import annotations

import functools
import re

from ..lang import Language

_NAME = 30  # characters after the speaker's first words where the rest of its name may stand, at most


@functools.cache  # keyed on the Language itself: it compares and hashes by identity
def incise(lang: Language) -> re.Pattern[str]:
    """A comma or a closing quote, a verb of saying (group ``verb``), the organisation as speaker."""
    a = lang.alt
    return re.compile(rf"[,»”\"]\s*+(?P<verb>{a('disclosing')})\s++(?:{a('own_speaker')})(?!\w)", re.I)


@functools.cache
def _saying(lang: Language) -> re.Pattern[str]:
    """A comma or a closing quote, then a verb of saying (group ``verb``)."""
    return re.compile(rf"[,»”\"]\s*+(?P<verb>{lang.alt('disclosing')})\s", re.I)


def _mark_before(text: str, s: int, start: int) -> int:
    """Where an incise may open before the words at ``start``: the comma or closing quote at most
    three characters before them, else the sentence's start ``s``."""
    return max(s, text.rfind(",", max(s, start - 3), start), text.rfind("»", max(s, start - 3), start))


def attackers_incise(text: str, lang: Language, s: int, start: int) -> bool:
    """Whether the words at ``start`` open an incise whose speaker, right after the verb, is the
    attackers ("…, a confirmé le groupe de pirates le 3 mai", "…, a affirmé LockBit"): their claim
    dates nothing of the breach, neither a finding nor a disclosure of the organisation's."""
    if not lang.phrases.get("attacker"):
        return False
    m = _saying(lang).match(text, _mark_before(text, s, start))
    return m is not None and m.start("verb") == start and lang.regex["attacker"].search(text, m.end(), m.end() + _NAME) is not None


@functools.cache
def _press(lang: Language) -> re.Pattern[str]:
    """A comma or a closing quote, a verb of saying or learning (group ``verb``), the paper as speaker."""
    a = lang.alt
    return re.compile(rf"[,»”\"]\s*+(?P<verb>{a('disclosing')}|{a('press_learning')})\s++(?:{a('press_speaker')})(?!\w)", re.I)


def press_incise(text: str, lang: Language, s: int, start: int) -> bool:
    """Whether the words at ``start`` open an incise whose speaker is the paper itself ("…, a appris
    notre journal", "…, ont appris nos confrères"): what the paper learned or tells is no act of the
    organisation, neither its finding nor its disclosure."""
    if not lang.phrases.get("press_speaker"):
        return False
    m = _press(lang).match(text, _mark_before(text, s, start))
    return m is not None and m.start("verb") == start


def in_incise(text: str, lang: Language, s: int, start: int) -> bool:
    """Whether the words at ``start`` open an incise with the organisation as its speaker."""
    if not lang.phrases.get("own_speaker"):
        return False
    m = incise(lang).match(text, _mark_before(text, s, start))
    # not "…, a confirmé le groupe de pirates": the attackers speak for themselves
    return m is not None and m.start("verb") == start and lang.regex["attacker"].search(text, m.end(), m.end() + _NAME) is None
