"""A date that ends an "until" clause after a lasting act dated by its start ("viewed member files
from March 1 until she resigned on April 9"): the act's end, though its word took the start. A
containment that dates it in the clause ("was running on the page from August 11 until we removed it
on September 9") ends the act as well."""

from __future__ import annotations

from ..model import Mention
from .context import Sentence
from .mentions import mentions_of, until_clause


def until_end(ctx: Sentence, pairs: tuple[tuple[int, int], ...], taken: frozenset[int]) -> tuple[Mention, ...]:
    """Breach ends for the dates not ``taken`` that close an "until" clause of a breach word that
    pairing dated with a start ("from March 1")."""
    out: list[Mention] = []
    contained = {ti for ti, gi in pairs if "containment" in ctx.triggers[gi].kinds}
    for ti, t in enumerate(ctx.dated):
        if ti in taken and ti not in contained or t.kind != "date":
            continue
        for di, gi in pairs:
            g, start = ctx.triggers[gi], ctx.dated[di]
            if "breach" in g.kinds and start.qualifier == "since" and g.end <= start.end <= t.start \
                    and until_clause(ctx.text, ctx.lang, g, t):
                out.extend(m for m in mentions_of(ctx.text, ctx.lang, t, g, ctx.span, True) if m.kind == "breach_end")
                break
    return tuple(out)
