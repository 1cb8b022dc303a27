"""A statement dated between its verb and what it owns up to ("l'opérateur a reconnu mercredi avoir
subi une fuite", "the insurer confirmed Friday it had suffered an attack", ``[phrases] disclosing``,
``disclosed``): the day the organisation made the breach public, not the breach's day. The words
of owning up come right after the date: a date after them ("a confirmé avoir subi le 3 mai une
attaque") is the breach's."""

from __future__ import annotations

from ..model import Mention
from .context import Sentence
from .grammar import ending
from .mentions import mentions_of
from .triggers import Trigger

_LEAD = 40  # characters before the date where the verb of saying ends, at most
_GAP = 12  # characters between the date and the words of owning up, at most ("that", a comma)


def disclosed_on(ctx: Sentence, taken: frozenset[int]) -> tuple[Mention, ...]:
    """The public disclosures of dates no word dates (not in ``taken``) that stand right after a
    verb of saying (``disclosing``) and right before the words of owning up to a breach (``disclosed``)."""
    text, lang = ctx.text, ctx.lang
    saying, owned = ctx.regex("disclosing"), ctx.regex("disclosed")
    complementizer = ctx.regex("complementizer")
    out: list[Mention] = []
    for ti, t in ctx.untaken(taken):
        verb = ending(saying, text, max(ctx.span[0], t.start - _LEAD), t.start)
        if verb is None:
            continue
        after = text[t.end:min(ctx.span[1], t.end + _GAP + 40)]
        lead = complementizer.match(after.lstrip(" ,"))
        rest = after.lstrip(" ,")[lead.end():].lstrip() if lead else after.lstrip(" ,")
        if len(after) - len(rest) > _GAP or owned.match(rest) is None:
            continue
        out.extend(mentions_of(text, lang, t, Trigger(verb.start(), verb.end(), ("public_disclosure",)), ctx.span, True))
    return tuple(out)
