"""A notice under way or to come until a date ("letters will continue to go out through November
20", "les courriers continueront d'être envoyés jusqu'au 20 novembre", "l'envoi se poursuivra
jusqu'au", ``[phrases] continuing``): the date ends the mailing; the first letter, the notice's
own day, came or comes before it, so the date is none of the notice's."""

from __future__ import annotations

import re

from ..lang import Language
from .grammar import ends_with
from .triggers import Trigger

_LEAD = 30  # characters between the event word and the word of going on, at most
_OTHER_CLAUSE = re.compile(r"[,;:()]")  # past it, a word of going on is another clause's


def continuing_until(text: str, lang: Language, g: Trigger, until: bool, sent: tuple[int, int]) -> bool:
    """Whether notice word ``g``, dated by an "until" date, goes on: a word of going on in it,
    right before it, or right after it in its clause ("l'envoi des courriers se poursuivra
    jusqu'au", "the mailing of letters will continue through")."""
    if not until or not g.notice:
        return False
    rx = lang.regex["continuing"]
    return rx.search(text, g.start, g.end) is not None \
        or ends_with(rx, text, max(sent[0], g.start - _LEAD), g.start) \
        or (after := rx.search(text, g.end, min(sent[1], g.end + _LEAD))) is not None \
        and _OTHER_CLAUSE.search(text, g.end, after.start()) is None
