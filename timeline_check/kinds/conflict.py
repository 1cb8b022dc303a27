"""The conflict kind: an event that happens once is given two dates that cannot both be true."""

from __future__ import annotations

from ..evidence import label
from .context import Context, Result, concerning, finding, mended

RULE = "conflict/one-event-two-dates"


def run(ctx: Context) -> Result:
    """One finding for each conflict the reasoning found."""
    rule = ctx.rules.checks[RULE]
    out = []
    for c in ctx.timeline.contradictions:
        mentions = [s.mention for s in c.statements if s.mention is not None]
        if c.category != "conflict" or not mentions:
            continue
        node = ctx.timeline.nodes[c.nodes[0]]
        dates = " and ".join(f"{m.timex.text.strip()} (line {ctx.doc.locate(m.timex.start)[0]})"
                             for m in sorted(mentions, key=lambda m: m.timex.start))
        at = max(mentions, key=lambda m: m.timex.start)
        message = rule.message.format(event=label(node.kind), event_cap=label(node.kind, True), dates=dates)
        out.append(mended(ctx, c, concerning(ctx, finding(ctx, rule.id, "conflict", rule.level if c.certain else "warning",
                                                          message, at, mentions, (ctx.event_id(node.index),)))))
    return Result(tuple(out))
