""""The same day" after a day its own sentence names and no word dates ("C'est l'émetteur des cartes
qui a signalé le 22 septembre des fraudes ; le script a été retiré le jour même"): that day, not the
day of the last event the reader dated, sentences before (issue 15, item 9: an anchored phrase
anchors on what it refers to, never on a date the reader did not understand)."""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from ..model import Mention, TimeExpr
from .context import Sentence
from .mentions import infinitive


def _same_day(t: TimeExpr) -> bool:
    return t.kind == "relative" and t.amount == (0, 0) and t.anchor is not None and t.anchor.kind == "previous"


def same_day_named(ctx: Sentence, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions``, each "same day" that follows, in its sentence, a day no mention dates and no
    mention between, with no word of a plan before it and its own word no infinitive: dated that day."""
    out = list(mentions)
    for i, m in enumerate(out):
        t = m.timex
        if not _same_day(t):
            continue
        days = [d for d in ctx.dated if d.kind == "date" and d.granularity == "day" and d.end <= t.start]
        if not days:
            continue
        day = days[-1]
        if any(day.start <= x.timex.start < t.start for x in mentions if x is not m):
            continue  # an event told since that day: the phrase counts from it
        if ctx.regex("future").search(ctx.text, ctx.span[0], t.start) or infinitive(ctx.text, ctx.lang, m.trigger[0], ctx.span[0]):
            continue  # "We plan to mail them on March 28 and to inform the police the same day": a plan, read elsewhere
        out[i] = attrs.evolve(m, timex=TimeExpr(t.start, t.end, t.text, "date", first=day.first, granularity="day",
                                                 year_inferred=day.year_inferred))
    return out
