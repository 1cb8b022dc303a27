"""A sentence opened by an act done upon an event, the event's date set off after it: "Dès la
détection de l'attaque, le dimanche 2 mars au matin, nos équipes ont isolé les serveurs", "Upon
discovery of the intrusion, on March 2, the team disconnected the servers". The date is the
event's (``[phrases] upon_event``: the discovery) and that of the first act of the main clause."""

from __future__ import annotations

import re

from ..model import Mention
from .context import Sentence
from .mentions import mentions_of
from .triggers import Trigger

_OBJECT = 40  # characters between the event's word and the comma before the date, at most
_TAIL = re.compile(r"[^,;.]{0,20},")  # after the date: a few words ("au matin"), then its comma


def upon_dated(ctx: Sentence) -> tuple[Mention, ...]:
    """The discovery and the main clause's first act, dated by a date set off by commas right
    after a sentence-opening ``upon`` + ``upon_event`` phrase (both, whichever the pairing gave it)."""
    text, lang, (s, e) = ctx.text, ctx.lang, ctx.span
    head = lang.regex["upon"].match(text, s + len(text[s:e]) - len(text[s:e].lstrip()), e)
    if head is None:
        return ()
    event = lang.regex["upon_event"].match(text, head.end() + 1, e)
    if event is None:
        return ()
    for t in ctx.dated:
        comma = text.find(",", event.end(), t.start)
        if t.kind != "date" or comma < 0 or comma - event.end() > _OBJECT \
                or text[comma + 1:t.start].strip() not in ("", *_leads(ctx)):
            continue
        tail = _TAIL.match(text, t.end, e)
        if tail is None:
            return ()
        out = list(mentions_of(text, lang, t, Trigger(event.start(), event.end(), ("discovery",)), ctx.span, True))
        act = next((g for g in ctx.triggers if g.start >= tail.end() and g.kinds and not g.blocked), None)
        if act is not None:
            out.extend(mentions_of(text, lang, t, act, ctx.span, True))
        return tuple(out)
    return ()


def _leads(ctx: Sentence) -> tuple[str, ...]:
    """The words that may stand before a date ("le")."""
    return tuple(ctx.lang.phrases["day_lead"])
