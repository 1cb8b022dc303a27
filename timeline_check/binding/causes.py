"""A date that opens a clause whose act, in words no event list holds, causes the breach: "On
July 3, the plan forwarded a mismatched file to its vendor, causing 900 members to receive
others' letters", "On May 9, a vendor had a coding error that caused addresses to be seen by
other customers", "On June 2, the clinic upgraded its portal, which resulted in an incorrect
setting". The act that caused it is the breach's first act: its start on that date; over a range
("between July 5 and July 13, its printer failed to match envelopes, causing ..."), the
breach's start and end."""

from __future__ import annotations

from ..model import Mention
from .context import Sentence, opening_word
from .mentions import mentions_of
from .passes import Pairs
from .stages import names_breach
from .triggers import Trigger

_REACH = 240  # characters from the date to the cause word, at most (about 40 words: one clause)
_EFFECT = 160  # characters after the cause word where what it caused is named


def caused_breach(ctx: Sentence, pairs: Pairs, placed: frozenset[int]) -> tuple[Mention, ...]:
    """The breach starts a cause word (``[phrases] causes``) dates: a date that opens its clause,
    no bracket or relative clause around it, with no other date nor ";" before the cause word in
    its sentence, when what was caused names the breach, people or a fault (``[phrases] fault``:
    "mismatched", "wrong"). Not a date another word dates (``pairs``, ``placed``), unless that
    word is a noun of telling to no one ("entraînant l'envoi de courriers": what was caused)."""
    text, lang, e = ctx.text, ctx.lang, ctx.span[1]
    causes = ctx.regex("causes")
    taken = placed | {ti for ti, gi in pairs if not (ctx.triggers[gi].blocked and ctx.triggers[gi].nominal)}
    out: list[Mention] = []
    for t, cause in opening_word(ctx, taken, causes, _REACH):
        effect = (cause.end(), min(e, cause.end() + _EFFECT))
        if names_breach(text, lang, *effect) or ctx.regex("count_people").search(text, *effect) \
                or ctx.regex("fault").search(text, *effect):
            out.extend(mentions_of(text, lang, t, Trigger(cause.start(), cause.end(), ("breach",)), ctx.span, True))
    return tuple(out)
