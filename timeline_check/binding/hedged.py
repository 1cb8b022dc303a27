"""A supposed act dates nothing: "identified the server that may have been compromised on July 22".

A date ending a clause on a noun whose event word is hedged (``[phrases] hedge``: "may have been",
"aurait été") is the date of the verb before that noun, when the verb has no date of its own: the
text states when it identified the server, not when the supposed act took place. Not in a "that"
clause the verb opens itself ("determined that an outsider may have logged in on 21 May"): what
was determined is dated there.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from .context import Sentence
from .grammar import WORD, ends_with

_REACH = 30  # characters before an event word searched for its hedge


def hedged(ctx: Sentence, gi: int) -> bool:
    """Whether event word ``gi`` is told as a supposition (a hedge right before it)."""
    g = ctx.triggers[gi]
    return ends_with(ctx.regex("hedge"), ctx.text, max(ctx.span[0], g.start - _REACH), g.start)


def reporting_head(ctx: Sentence, gi: int, heads: Sequence[int], dated: Collection[int],
                   relatives: Sequence[int]) -> int | None:
    """The verb that takes the date of hedged event word ``gi`` instead of it: the nearest of
    ``heads`` (verbs whose clause holds it) with a noun between it and the clause's first word
    ("that", or a relative pronoun of ``relatives``), undated and not another's act."""
    if not hedged(ctx, gi):
        return None
    g, triggers = ctx.triggers[gi], ctx.triggers
    free = [h for h in heads if h not in dated and not triggers[h].blocked and triggers[h].end <= g.start
            and WORD.search(ctx.text, triggers[h].end, _opening(ctx, h, g.start, relatives))]
    return max(free, key=lambda h: triggers[h].start) if free else None


def _opening(ctx: Sentence, h: int, at: int, relatives: Sequence[int]) -> int:
    """Where the clause of head ``h`` that holds position ``at`` begins."""
    c, ce = ctx.complements.get(h, (at, at))
    if c <= at < ce:
        return c
    return min((r for r in relatives if ctx.triggers[h].end <= r < at), default=ctx.triggers[h].end)
