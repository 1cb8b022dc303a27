"""The conflict kind: an event that happens once is given two dates that cannot both be true."""

from __future__ import annotations

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
        msg = ctx.msg
        dates = msg._(" and ").join(msg._("{date} (line {line})").format(date=m.timex.text.strip(),
                                                                          line=ctx.doc.locate(m.timex.start)[0])
                                    for m in sorted(mentions, key=lambda m: m.timex.start))
        at = max(mentions, key=lambda m: m.timex.start)
        message = msg._(rule.message).format(event=msg.label(node.kind), event_cap=msg.cap(node.kind), dates=dates)
        out.append(mended(ctx, c, concerning(ctx, finding(ctx, rule.id, "conflict", rule.level if c.certain else "warning",
                                                          message, at, mentions, (ctx.event_id(node.index),)))))
    return Result(tuple(out))
