"""A same-day phrase set off right after a date ("We treat September 8, 2026, the day the team
found the intrusion, as ...", "on May 4, the same day the clinic learned of it"): an apposition
that restates the date, not a length counted from the event told before it. Where the phrase
names its own event, its mention takes the date it restates, so that the phrase cannot tie its
event to another one's day; a phrase naming another event ("on Monday, the same day the letters
were mailed") still dates that one by it (``reason``)."""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from ..model import Mention, TimeExpr

_APPOSED = re.compile(r"[ \t]*,[ \t]*")  # a comma and nothing else between the date and the phrase


def restated_days(text: str, timexes: Sequence[TimeExpr], mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with each same-day phrase apposed to a date ("<date>, the day ...") dated by
    that date; dropped where another mention of its event has that date already."""
    dates = {t.end: t for t in timexes if t.kind == "date"}
    had = {(m.kind, m.timex.start) for m in mentions}
    out: list[Mention] = []
    for m in mentions:
        t = m.timex
        if t.kind == "relative" and t.amount == (0, 0) and t.anchor is not None and t.anchor.name == m.kind:
            gap = _APPOSED.search(text, max(0, t.start - 4), t.start)
            date = dates.get(gap.start()) if gap is not None and gap.end() == t.start else None
            if date is not None:
                if (m.kind, date.start) in had:
                    continue
                had.add((m.kind, date.start))
                m = attrs.evolve(m, timex=date)
        out.append(m)
    return out
