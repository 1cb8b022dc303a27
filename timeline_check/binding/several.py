"""Several incidents on a list of days: "On October 9 and 22, 2015, the practice experienced two
similar breach incidents". The tagger reads "October 9 and 22, 2015" as one range; an instant act
the words around it count as several ("two ... incidents": a ``distinct`` mention) happened once on
each day of the list, not somewhere between its first and its last; a lasting one ("experienced")
neither starts on the first day nor ends on the last: each day's act is one."""

from __future__ import annotations

import attrs

from ..model import Mention
from .context import Sentence
from .grammar import ends_with, grammar_of


def each_day(ctx: Sentence, mentions: list[Mention]) -> list[Mention]:
    """The mentions, those on a list of days (a range whose days a list word joins, no "between"
    or "from" before it) that count several incidents made one point mention per day."""
    out: list[Mention] = []
    for m in mentions:
        t = m.timex
        if not (m.role in ("span", "start", "end") and m.distinct and t.kind == "range" and len(t.parts) == 2
                and _listed(ctx, m)):
            out.append(m)
        elif m.role != "end":  # a lasting act's end on the last day: each day's act is a point
            out.extend(attrs.evolve(m, timex=p, role="point") for p in t.parts)
    return out


def _listed(ctx: Sentence, m: Mention) -> bool:
    """Whether the range of mention ``m`` is two days a list word joins ("9 and 22"), not a
    range's words ("between 9 and 22")."""
    text, lang = ctx.text, ctx.lang
    a, b = m.timex.parts
    joined = ctx.regex("list_join").search(text, a.end, b.start)
    return joined is not None and grammar_of(lang).list_gap.fullmatch(text, a.end, b.start) is not None \
        and not ends_with(ctx.regex("range_open"), text, max(ctx.span[0], a.start - 30), a.start)
