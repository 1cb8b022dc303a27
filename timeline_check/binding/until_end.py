"""A date that ends an "until" clause after a lasting act ("viewed member files from March 1 until she
resigned on April 9", "remained in the environment for six days until the Company removed its access
on September 19", "running on the page from August 11 until we removed it on September 9"): the act's
end, though its word took the start, or the clause's own verb took the date (the removal is then both
the containment and the breach's end)."""

from __future__ import annotations

import re

from ..model import Mention, TimeExpr
from .context import Sentence
from .grammar import ends_with
from .mentions import mentions_of, until_clause


def until_end(ctx: Sentence, pairs: tuple[tuple[int, int], ...], taken: frozenset[int]) -> tuple[Mention, ...]:
    """Breach ends for the dates that close an "until" clause of a breach word: one not ``taken``
    after a word that pairing dated with a start ("from March 1"), or one the clause's own event
    word took ("until the Company removed its access on ...") after a word no date of its own follows."""
    out: list[Mention] = []
    for ti, t in enumerate(ctx.dated):
        if t.kind != "date":
            continue
        for gi in _lasting(ctx, pairs, taken, ti):
            g = ctx.triggers[gi]
            if until_clause(ctx.text, ctx.lang, g, t):
                out.extend(m for m in mentions_of(ctx.text, ctx.lang, t, g, ctx.span, True) if m.kind == "breach_end")
                break
    return tuple(out)


def _from(ctx: Sentence, start: TimeExpr) -> bool:
    """Whether a date is a start: "from March 1", or a day phrase after a word of starting ("from that day")."""
    return start.qualifier == "since" or start.kind == "relative" and ends_with(
        ctx.regex("start_from"), ctx.text, max(ctx.span[0], start.start - 12), start.start)


def _lasting(ctx: Sentence, pairs: tuple[tuple[int, int], ...], taken: frozenset[int], ti: int) -> list[int]:
    """The breach words whose "until" clause date ``ti`` may close: those dated from a start before it,
    if the date is free; if another word of the clause took it, those after which no date stands before it."""
    t = ctx.dated[ti]
    started = [gi for di, gi in pairs if "breach" in ctx.triggers[gi].kinds and _from(ctx, ctx.dated[di])
               and ctx.triggers[gi].end <= ctx.dated[di].end <= t.start]
    if ti not in taken:
        return started
    owners = {gi for di, gi in pairs if di == ti}
    if any("breach" in ctx.triggers[gi].kinds for gi in owners):
        return []  # the breach word's own date: pairing read its "until" already
    if started and any("containment" in ctx.triggers[gi].kinds for gi in owners):
        return started  # "running from August 11 until we removed it on September 9": the removal ends it too
    until = max(ctx.regex("until_clause").finditer(ctx.text, ctx.span[0], t.start), key=re.Match.end, default=None)
    if until is None or not any(until.end() <= ctx.triggers[gi].start for gi in owners):
        return []  # "went undetected ... until January 2015": no clause of its own, the date the finding's
    return [gi for gi, g in enumerate(ctx.triggers) if "breach" in g.kinds and not g.blocked and g.end <= until.start()
            and not any(g.end <= d.start < t.start for d in ctx.dated)]
