"""A finding told right after the end of a review, sharing its date: "finished reviewing those files
on April 24, 2026 and determined that they held names", "completed its review on May 3 and confirmed
that ...". The date trails the word of ending (an investigation's end, or a generic "finished" about
nothing of ours, which holds it); the word of finding joined to it by "and" alone, with a "that"
clause of its own and no date of its own, is the determination of that day."""

from __future__ import annotations

from ..model import Mention
from .context import Sentence
from .grammar import grammar_of
from .mentions import mentions_of
from .passes import Pairs
from .triggers import Trigger

_FINDING = frozenset({("discovery",), ("determination",)})


def _ends(g: Trigger) -> bool:
    """Whether ``g`` is a word of ending: an investigation's end, or a generic one idle (no topic)."""
    return g.kinds == ("investigation_end",) or g.blocked and not g.kinds


def review_found(ctx: Sentence, pairs: Pairs, heads: frozenset[int]) -> tuple[Mention, ...]:
    """The determinations of words of finding joined by "and" to a date that trails a word of ending."""
    text, coordinator = ctx.text, grammar_of(ctx.lang).coordinated
    out: list[Mention] = []
    for ti, gi in pairs:
        t, g = ctx.dated[ti], ctx.triggers[gi]
        if t.kind != "date" or t.start < g.end or not _ends(g) or gi + 1 >= len(ctx.triggers):
            continue
        gj = gi + 1
        nxt = ctx.triggers[gj]
        gap = text[t.end:nxt.start].strip(" ,")
        if nxt.kinds not in _FINDING or nxt.blocked or gj in heads or gj not in ctx.complements \
                or not gap or coordinator.fullmatch(gap) is None:
            continue
        out.extend(mentions_of(text, ctx.lang, t, Trigger(nxt.start, nxt.end, ("determination",)), ctx.span, True))
    return tuple(out)
