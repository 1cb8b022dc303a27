"""The duration kind: a stated length of time ("for three days", "two days later") that the dates do not allow."""

from __future__ import annotations

from ..evidence import label, when
from ..model import Interval
from .context import Context, Result, concerning, finding, mended

RULE = "duration/stated-duration"


def run(ctx: Context) -> Result:
    """One finding for each stated length the reasoning found at odds with the dates."""
    rule = ctx.rules.checks[RULE]
    timeline = ctx.timeline
    out = []
    for c in timeline.contradictions:
        mentions = [s.mention for s in c.statements if s.mention is not None]
        if c.category != "duration" or not mentions:
            continue
        stated = [m for s in c.statements if s.kind in ("relative", "duration") and (m := s.mention) is not None]
        # every length on the cycle: "the next day" and "eight days after" may disagree only together
        phrase = "” and “".join(dict.fromkeys(m.timex.text.strip() for m in sorted(stated, key=lambda m: m.timex.start)))
        dated = [timeline.nodes[i] for i in c.nodes if timeline.nodes[i].stated is not None]
        detail = "the dates stated do not allow it"
        if len(dated) >= 2:
            a, b = sorted(dated[:2], key=lambda n: n.stated.lo or 0 if n.stated else 0)
            detail = (f"{label(a.kind)} is dated {when(a.stated)} and {label(b.kind)} {when(b.stated)}, "
                      f"{_apart(a.stated, b.stated)}")
        found = finding(ctx, rule.id, "duration", rule.level if c.certain else "warning",
                        rule.message.format(phrase=phrase, detail=detail),
                        stated[0], mentions, tuple(ctx.event_id(i) for i in c.nodes))
        out.append(mended(ctx, c, concerning(ctx, found)))
    return Result(tuple(out))


def _apart(a: Interval | None, b: Interval | None) -> str:
    if a is None or b is None or a.lo is None or a.hi is None or b.lo is None or b.hi is None:
        return "which the stated length does not fit"
    lo, hi = b.lo - a.hi, b.hi - a.lo
    if lo == hi:
        return f"{lo} day apart" if abs(lo) == 1 else f"{lo} days apart"
    return f"{lo} to {hi} days apart"
