"""The year of a date the text gives without one, by tense: a past event lands on or before the
text's own date ("Published February 5, 2024 ... discovered on March 3": March 3, 2023); so does
a weekday of "this" week ("Publié le lundi 24 mars ... a porté plainte ce jeudi": the Thursday
before, not the one to come), and a season of "this" year (an April story's hackers who "got in
this winter": the winter just past, not the one to come)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import attrs

from ..model import Interval, Mention, TimeExpr


def in_the_past(mentions: Sequence[Mention], today: int | None) -> list[Mention]:
    """``mentions``, each event that happened (not planned) on a day after ``today`` (the text's
    own date) whose year was guessed moved a year back; the text's own date left as it is."""
    if today is None:
        return list(mentions)
    return [attrs.evolve(m, timex=_year_before(m.timex)) if _too_late(m, today) or _this_ahead(m, today, "sea=")
            else attrs.evolve(m, timex=_week_before(m.timex)) if _this_ahead(m, today, ("wd=", "weekend+0")) else m for m in mentions]


def _too_late(m: Mention, today: int) -> bool:
    t = m.timex
    return (t.year_inferred and not m.future and m.kind != "publication" and t.kind in ("date", "range")
            and t.first is not None and t.first.lo is not None and t.first.lo > today)


def _this_ahead(m: Mention, today: int, op: str | tuple[str, ...]) -> bool:
    """Whether an event that happened is dated by a weekday of the text's own week ("ce jeudi",
    "this Thursday": TIMEX3 template ``wd=``), a bare weekend read as the coming one ("au cours du
    week-end" in a story dated a Friday: ``weekend+0``), or a season of its year ("this winter":
    ``sea=``) that falls after the text's date."""
    x, t = m.timex.timex, m.timex
    return (x is not None and x.anchor == "DCT" and x.value.startswith(op) and not m.future
            and m.kind != "publication" and t.kind == "date" and t.first is not None
            and t.first.lo is not None and t.first.lo > today)


def _week_before(t: TimeExpr) -> TimeExpr:
    first = t.first
    assert first is not None and first.lo is not None and first.hi is not None
    return attrs.evolve(t, first=Interval(first.lo - 7, first.hi - 7))


def _year_before(t: TimeExpr) -> TimeExpr:
    return attrs.evolve(t, first=_shift(t.first), last=_shift(t.last))


def _shift(iv: Interval | None) -> Interval | None:
    return None if iv is None else Interval(_back(iv.lo), _back(iv.hi))


def _back(day: int | None) -> int | None:
    """The same day a year earlier (February 29 becomes February 28)."""
    if day is None:
        return None
    d = dt.date.fromordinal(day)
    return (d.replace(year=d.year - 1) if not (d.month == 2 and d.day == 29) else dt.date(d.year - 1, 2, 28)).toordinal()
