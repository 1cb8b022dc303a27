"""The duration kind: a stated length of time ("for three days", "two days later") that the dates do not allow."""

from __future__ import annotations

from ..messages import Messages
from ..model import Interval
from .context import Context, Result, concerning, finding, mended

RULE = "duration/stated-duration"


def run(ctx: Context) -> Result:
    """One finding for each stated length the reasoning found at odds with the dates; one for a
    length told again over the same events (a headline's "for about a week" and the story's)."""
    rule = ctx.rules.checks[RULE]
    timeline = ctx.timeline
    out = []
    seen: set[tuple[str, tuple[int, ...]]] = set()
    for c in timeline.contradictions:
        mentions = [s.mention for s in c.statements if s.mention is not None]
        if c.category != "duration" or not mentions:
            continue
        stated = [m for s in c.statements if s.kind in ("relative", "duration") and (m := s.mention) is not None]
        # every length on the cycle: "the next day" and "eight days after" may disagree only together
        phrase = "” and “".join(dict.fromkeys(m.timex.text.strip() for m in sorted(stated, key=lambda m: m.timex.start)))
        told = (phrase.lower(), tuple(sorted(c.nodes)))
        if told in seen:
            continue
        seen.add(told)
        dated = [timeline.nodes[i] for i in c.nodes if timeline.nodes[i].stated is not None]
        msg = ctx.msg
        detail = msg._("the dates stated do not allow it")
        if len(dated) >= 2:
            a, b = sorted(dated[:2], key=lambda n: n.stated.lo or 0 if n.stated else 0)
            detail = msg._("{first} is dated {first_date} and {second} {second_date}, {apart}").format(
                first=msg.label(a.kind), first_date=msg.when(a.stated), second=msg.label(b.kind),
                second_date=msg.when(b.stated), apart=_apart(msg, a.stated, b.stated))
        found = finding(ctx, rule.id, "duration", rule.level if c.certain else "warning",
                        msg._(rule.message).format(phrase=phrase, detail=detail),
                        stated[0], mentions, tuple(ctx.event_id(i) for i in c.nodes))
        out.append(mended(ctx, c, concerning(ctx, found)))
    return Result(tuple(out))


def _apart(msg: Messages, a: Interval | None, b: Interval | None) -> str:
    if a is None or b is None or a.lo is None or a.hi is None or b.lo is None or b.hi is None:
        return msg._("which the stated length does not fit")
    lo, hi = b.lo - a.hi, b.hi - a.lo
    if lo == hi:
        return msg.ngettext("{n} day apart", "{n} days apart", abs(lo)).format(n=lo)
    return msg._("{lo} to {hi} days apart").format(lo=lo, hi=hi)
