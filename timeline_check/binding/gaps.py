"""A relative phrase counted from the event told before it ("The bucket was locked down the
following day") does not reach back past a sentence whose explicit date the reader bound to no
event of ours ("We reached out to the lender on 10 July."): when that date is the last one the
text gives before the phrase, in a sentence before the phrase's, the phrase counts from it, the
day of the act told just before (issue 15: an anchored phrase anchors on what it refers to).
Not a clock time read as the day of the event before it ("at 14:10 UTC"), nor "immediately" (a
response to a discovery only), nor a phrase whose own sentence tells an event before it ("flagged
on Sept. 15, and taken offline that evening")."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import attrs

from ..model import Anchor, Interval, Mention, TimeExpr, Unplaced

# dates of acts the text tells in sequence that are not ours to place: an act no event word names,
# another party's; not a background year, a law's or a fiscal period's date
_ACTS = frozenset({"no_event", "outsider"})


def past_unplaced(mentions: Sequence[Mention], unplaced: Sequence[Unplaced], timexes: Sequence[TimeExpr]) -> list[Mention]:
    """``mentions``, each relative phrase that counts from the event before it (``previous``)
    made to count from the act's date no event took that stands last before it."""
    gaps = {(u.start, u.end) for u in unplaced if u.reason in _ACTS}
    if not gaps:
        return list(mentions)
    dates = sorted((t.start, t.end, t) for t in timexes if t.kind in ("date", "range"))
    opens: dict[tuple[int, int], int] = {}  # each sentence's first mention (by where its date stands)
    for p in mentions:
        if p.kind != "publication":
            opens[p.sentence] = min(opens.get(p.sentence, p.timex.start), p.timex.start)
    return [_from_gap(m, opens, gaps, dates) for m in mentions]


def _from_gap(m: Mention, opens: dict[tuple[int, int], int], gaps: set[tuple[int, int]],
              dates: Sequence[tuple[int, int, TimeExpr]]) -> Mention:
    t = m.timex
    if t.kind != "relative" or t.anchor is None or t.anchor.kind != "previous" or _clock(t) \
            or t.qualifier == "at_once":  # "immediately" answers a discovery only (reason._settle_at_once)
        return m
    if opens.get(m.sentence, t.start) < t.start:
        return m  # "flagged the problem on Sept. 15, and the portal was taken offline that evening"
    i = bisect.bisect_left(dates, (t.start,)) - 1
    if i < 0 or (dates[i][0], dates[i][1]) not in gaps or dates[i][1] > m.sentence[0]:
        return m
    day = dates[i][2].first if dates[i][2].kind == "date" else None
    lo, hi = t.amount if t.amount is not None else (0, None)
    if day is None or day.lo is None or day.hi is None or hi is None:
        return attrs.evolve(m, timex=attrs.evolve(t, anchor=Anchor("unknown")))
    first = Interval(day.lo + lo, day.hi + hi) if t.direction > 0 else Interval(day.lo - hi, day.hi - lo)
    return attrs.evolve(m, timex=attrs.evolve(t, kind="date", first=first, amount=None, anchor=None))


def _clock(t: TimeExpr) -> bool:
    """Whether ``t`` is a clock time read as the day of the event before it ("at 14:10 UTC",
    binding/clock.py): a time of that event's day, not a day counted from another date."""
    return t.timex is not None and t.timex.suffix[1:2].isdigit()
