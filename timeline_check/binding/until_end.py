"""A date that ends an "until" clause after a lasting act dated by its start ("viewed member files
from March 1 until she resigned on April 9", "until we removed it on September 9"): the act's end,
though its word took the start, and though the clause's act of containment took the date."""

from __future__ import annotations

from ..model import Mention, TimeExpr
from .context import Sentence
from .grammar import ends_with
from .mentions import mentions_of, until_clause


def until_end(ctx: Sentence, pairs: tuple[tuple[int, int], ...], taken: frozenset[int]) -> tuple[Mention, ...]:
    """Breach ends for the dates not ``taken`` that close an "until" clause of a breach word that
    pairing dated with a start ("from March 1"); also a date an act of containment in that clause
    took ("could capture card details from August 17 until we removed it on September 9")."""
    out: list[Mention] = []
    ending = {ti for ti, gi in pairs if "containment" in ctx.triggers[gi].kinds}
    for ti, t in enumerate(ctx.dated):
        if ti in taken and ti not in ending or t.kind != "date":
            continue
        for di, gi in pairs:
            g, start = ctx.triggers[gi], ctx.dated[di]
            if "breach" in g.kinds and _from(ctx, start) and g.end <= start.end <= t.start \
                    and until_clause(ctx.text, ctx.lang, g, t):
                out.extend(m for m in mentions_of(ctx.text, ctx.lang, t, g, ctx.span, True) if m.kind == "breach_end")
                break
    return tuple(out)


def _from(ctx: Sentence, start: TimeExpr) -> bool:
    """Whether a date is a start: "from March 1", or a day phrase after a word of starting ("from that day")."""
    return start.qualifier == "since" or start.kind == "relative" and ends_with(
        ctx.regex("start_from"), ctx.text, max(ctx.span[0], start.start - 12), start.start)
