"""Templates anchored on a reference date ("DCT:day-1", "REF:wd<4"), worked out into intervals."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from ..model import Interval, TimeExpr
from .calendar import holiday, month_interval, season_interval, valid_day

_OP = re.compile(r"(?P<unit>[a-z]+)(?:(?P<sign>[-+<>=~])(?P<arg>[^@|]*))?(?:@(?P<lo>\d+)-(?P<hi>\d+))?$")


def resolve(op: str, anchor: int) -> tuple[Interval, str] | None:
    """Work out a template operation (``day-1``, ``week+0``, ``wd<4``, ``mon~7``, ``sea<SU``,
    ``q=3``, ``hol=easter+49``) from the day ``anchor``: the interval and what it is
    (``day``, ``week``, ``weekend``, ``month``, ``year``, ``quarter``, ``half``, ``season:SU``,
    ``decade``, ``century``). An ``@lo-hi`` suffix narrows a month or year to a part of it."""
    m = _OP.match(op)
    if m is None:
        return None
    unit, sign, arg = m.group("unit"), m.group("sign") or "+", m.group("arg") or "0"
    a = dt.date.fromordinal(anchor)
    out: tuple[Interval, str] | None = None
    if unit == "day":
        d = anchor + int(arg) * (-1 if sign == "-" else 1)
        out = Interval(d, d), "day"
    elif unit in ("week", "weekend"):
        monday = anchor - a.weekday() + 7 * int(arg) * (-1 if sign == "-" else 1)
        out = (Interval(monday, monday + 6), "week") if unit == "week" else (Interval(monday + 5, monday + 6), "weekend")
    elif unit == "month":
        k = a.year * 12 + a.month - 1 + int(arg) * (-1 if sign == "-" else 1)
        out = month_interval(k // 12, k % 12 + 1), "month"
    elif unit in ("year", "decade", "century"):
        size = {"year": 1, "decade": 10, "century": 100}[unit]
        y0 = a.year // size * size + size * int(arg) * (-1 if sign == "-" else 1)
        if not 1 <= y0 <= 9999 - size:
            return None
        out = Interval(dt.date(y0, 1, 1).toordinal(), dt.date(y0 + size - 1, 12, 31).toordinal()), unit
    elif unit in ("quarter", "half") or unit in ("q", "h") and sign == "=":
        size = 3 if unit[0] == "q" else 6
        if sign == "=":
            k = a.year * 12 // size + int(arg) - 1
        else:
            k = (a.year * 12 + a.month - 1) // size + int(arg) * (-1 if sign == "-" else 1)
        y, first = k * size // 12, k * size % 12 + 1
        out = Interval(dt.date(y, first, 1).toordinal(), month_interval(y, first + size - 1).hi), \
            f"{'quarter' if size == 3 else 'half'}:{(first - 1) // size + 1}"
    elif unit == "wd":
        n = int(arg)
        back = (a.weekday() - n) % 7
        if sign == "<":
            d = anchor - (back or 7)
        elif sign == "~":
            d = anchor - back
        elif sign == ">":
            d = anchor + ((n - a.weekday()) % 7 or 7)
        else:  # "=": the one of the same week
            d = anchor - a.weekday() + n
        out = Interval(d, d), "day"
    elif unit == "mon":
        n = int(arg)
        if sign == "<":
            y = a.year if n < a.month else a.year - 1
        elif sign == ">":
            y = a.year if n > a.month else a.year + 1
        elif sign == "~":
            y = min((a.year - 1, a.year, a.year + 1), key=lambda yy: abs(dt.date(yy, n, 15).toordinal() - anchor))
        else:
            y = a.year
        out = month_interval(y, n), "month"
    elif unit == "sea":
        s = arg
        if sign == "<":
            y = max(yy for yy in (a.year - 2, a.year - 1, a.year) if season_interval(yy, s).hi < anchor)
        elif sign == ">":
            y = min(yy for yy in (a.year - 1, a.year, a.year + 1) if season_interval(yy, s).lo > anchor)
        else:
            y = a.year - 1 if s == "WI" and a.month <= 2 else a.year
        out = season_interval(y, s), f"season:{s}"
    elif unit == "dom":  # a day of the month (and weekday: "jeudi 12"), the nearest such day
        k = re.match(r"(\d+)(?:w(\d))?$", arg)
        if k is None:
            return None
        n, wday = int(k.group(1)), k.group(2)
        cands = []
        for dm in (-1, 0, 1):
            mm = a.year * 12 + a.month - 1 + dm
            y, mo = mm // 12, mm % 12 + 1
            if valid_day(y, mo, n):
                d = dt.date(y, mo, n)
                cands.append((wday is not None and d.weekday() != int(wday), abs(d.toordinal() - anchor), d.toordinal()))
        if not cands:
            return None
        d = min(cands)[2]
        out = Interval(d, d), "day"
    elif unit == "hol":
        days = [d for d in (holiday(arg, y) for y in (a.year - 1, a.year, a.year + 1)) if d is not None]
        if not days:
            return None
        if sign == ">":
            days = [x for x in days if x >= anchor] or days
        elif sign == "<":
            days = [x for x in days if x <= anchor] or days
        d = min(days, key=lambda x: abs(x - anchor))
        out = Interval(d, d), "day"
    if out is None:
        return None
    iv, what = out
    if m.group("lo") and what in ("month", "year") and iv.lo is not None:
        lo, hi = int(m.group("lo")), int(m.group("hi"))
        y0 = dt.date.fromordinal(iv.lo)
        if what == "month":
            last = calendar.monthrange(y0.year, y0.month)[1]
            iv = Interval(dt.date(y0.year, y0.month, min(lo, last)).toordinal(), dt.date(y0.year, y0.month, min(hi, last)).toordinal())
        else:
            lo_m, hi_m = 1 + (lo - 1) * 12 // 30, min(12, -(-hi * 12 // 30))
            iv = Interval(dt.date(y0.year, lo_m, 1).toordinal(), month_interval(y0.year, hi_m).hi)
    return iv, what


_GRANULARITY = {"day": "day", "month": "month", "year": "year"}


def template(start: int, end: int, text: str, timex: str, reference: int | None) -> TimeExpr:
    """A TimeExpr for a TIMEX3 reading: a date the checker can use when the text's date resolves it."""
    typ, _, value = timex.partition(" ")
    kind = {"SET": "set", "DURATION": "timex"}.get(typ)
    if kind is None:
        if value.startswith("DCT:") and reference is not None:
            op, _, suffix = value[4:].partition("|")
            got = resolve(op, reference)
            # Seasons, quarters, decades: TIMEX3 only; a season is too loose a bound for an event.
            if got is not None and got[1] in ("day", "week", "weekend", "month", "year"):
                minutes = None
                if suffix.startswith("T") and suffix[1:3].isdigit():
                    minutes = int(suffix[1:3]) * 60 + int(suffix[4:6])
                return TimeExpr(start, end, text, "date", first=got[0], granularity=_GRANULARITY.get(got[1], "fuzzy"),  # type: ignore[arg-type]
                                time=minutes, timex=timex)
        kind = "time" if typ == "TIME" else "timex"
    return TimeExpr(start, end, text, kind, timex=timex)  # type: ignore[arg-type]
