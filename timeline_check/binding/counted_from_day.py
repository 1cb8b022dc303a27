"""A day counted from the last day the text named, when that day dates no event.

"Le lundi 2 juin 2025, un agent a adressé un rappel ... Nous nous en sommes rendu compte le
lendemain" : the reader of a letter counts "le lendemain" from the 2nd of June, the last day the
text gave, even when the reader finds no event word for that day. Counted from the last *dated
event* instead, it lands on the day after the letter's own date at its head (a discovery after the
letter that tells it). A pass after binding: a day fixed from the event told before it
(``previous``: "le lendemain", "la veille", "le jour même"; not "within 20 minutes") whose
nearest day before it in the text dates no event, and for no reason but the want of an event word
(``no_event``: not a law's date, another party's act, another incident), with no mention dated in
between, is dated from that day; not a day after the text's own date, which is a plan's ("We plan
to mail them on March 28 and to inform the Attorney General the same day"), nor a day of the phrase's
own sentence (``same_day_named`` reads those, plans set aside).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence

import attrs

from ..model import Interval, Mention, TimeExpr, Unplaced


# "the next day", "the day before", "the same day" (or its morning); not "within 20 minutes", nor a
# clock time counted from the day told before it ("at 14:10 UTC", suffix "T14:10")
_FIXED = ("day+1", "day-1", "day+0")


def counted_from_day(mentions: Sequence[Mention], timexes: Sequence[TimeExpr], lost: Iterable[Unplaced],
                     today: int | None) -> list[Mention]:
    """``mentions`` with each phrase counted from the previous event dated from the day before it
    that dates no event, where that day is nearer than every dated mention and not after ``today``
    (the text's own date, when known)."""
    bare = {u.start for u in lost if u.reason == "no_event"}
    days = sorted((t for t in timexes if t.kind == "date" and t.first is not None and t.first.lo is not None
                   and t.first.lo == t.first.hi), key=lambda t: t.end)
    bare -= {t.start for t in days if today is not None and t.first is not None and (t.first.lo or 0) > today}
    dated = sorted(m.timex.start for m in mentions if m.timex.kind != "relative" and m.timex.end > 0)
    ends = [d.end for d in days]
    return [_from_day(m, days, ends, bare, dated) for m in mentions]


def _from_day(m: Mention, days: Sequence[TimeExpr], ends: Sequence[int], bare: set[int], dated: Sequence[int]) -> Mention:
    """``m`` dated from the day before it that dates no event, when it is such a phrase (by bisection: linear time)."""
    t = m.timex
    if t.kind != "relative" or t.anchor is None or t.anchor.kind != "previous" or t.amount is None \
            or t.timex is None or t.timex.value not in _FIXED or t.timex.suffix[1:2].isdigit():
        return m
    i = bisect.bisect_right(ends, t.start) - 1
    day = days[i] if i >= 0 else None
    if day is None or day.start not in bare or day.first is None or day.first.lo is None \
            or day.start >= m.sentence[0] \
            or bisect.bisect_left(dated, day.end) < bisect.bisect_left(dated, t.start):
        return m
    lo, hi = t.amount
    near, far = day.first.lo + t.direction * lo, None if hi is None else day.first.lo + t.direction * hi
    first = Interval(near, far) if t.direction > 0 else Interval(far, near)
    return attrs.evolve(m, timex=attrs.evolve(t, kind="date", first=first, amount=None, anchor=None))
