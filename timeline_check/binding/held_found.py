"""What a data store was found to hold, dated at the end of the "that" clause: "found that the
mailbox contained protected health information on August 8, 2018", "determined that the files
contained patients' names on June 3". The date ends a clause whose only verb holds data (``[phrases]
holding``): no act of its own to date, so it dates the finding, which is the determination that
personal data was involved (a first discovery is told with the incident, not with its content)."""

from __future__ import annotations

from ..model import Mention
from .context import Sentence
from .grammar import CLAUSE_MARK
from .mentions import mentions_of
from .triggers import Trigger

_FINDING = frozenset({("discovery",), ("determination",)})


def found_holding(ctx: Sentence, taken: frozenset[int]) -> tuple[Mention, ...]:
    """The determinations of a word of finding whose "that" clause holds a verb of holding, then,
    with no clause mark or other event word between, a date not ``taken`` that ends the clause."""
    text, lang = ctx.text, ctx.lang
    holding = ctx.regex("holding")
    out: list[Mention] = []
    for gi, (c, ce) in ctx.complements.items():
        g = ctx.triggers[gi]
        held = holding.search(text, c, ce)
        if g.kinds not in _FINDING or g.blocked or held is None:
            continue
        for _, t in ctx.untaken(taken):
            if not held.end() <= t.start < ce or text[t.end:ce].strip(" .;") \
                    or CLAUSE_MARK.search(text, held.end(), t.start) \
                    or any(c <= o.start < ce and not held.start() <= o.start < held.end() for o in ctx.triggers):
                continue
            out.extend(mentions_of(text, lang, t, Trigger(g.start, g.end, ("determination",)), ctx.span, True))
    return tuple(out)
