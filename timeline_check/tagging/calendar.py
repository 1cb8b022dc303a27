"""Days of the calendar: valid dates, months and seasons as intervals, holidays."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from ..model import Interval


def valid_day(y: int, m: int, d: int) -> bool:
    return 1 <= m <= 12 and 1 <= d <= calendar.monthrange(y, m)[1]


# Astronomical seasons, from the earliest day a solstice or equinox falls on to the day before
# the next one's latest: "l'été" of a French notice runs from 21 June into September.
_SEASON_DAYS = {"SP": ((3, 20), (6, 20)), "SU": ((6, 21), (9, 22)), "FA": ((9, 23), (12, 20)), "WI": ((12, 21), (3, 19))}


def _weekday_ord(day: int) -> int:
    return dt.date.fromordinal(day).weekday()


def month_bounds(y: int, m: int) -> tuple[int, int]:
    """The first and last day of a month."""
    return dt.date(y, m, 1).toordinal(), dt.date(y, m, calendar.monthrange(y, m)[1]).toordinal()


def month_interval(y: int, m: int) -> Interval:
    return Interval(*month_bounds(y, m))


def season_bounds(y: int, s: str) -> tuple[int, int]:
    """The first and last day of a season of year ``y`` (SP, SU, FA, WI: winter runs into the next year)."""
    (m0, d0), (m1, d1) = _SEASON_DAYS[s]
    return dt.date(y, m0, d0).toordinal(), dt.date(y + (s == "WI"), m1, d1).toordinal()


def season_interval(y: int, s: str) -> Interval:
    return Interval(*season_bounds(y, s))


def _easter(y: int) -> dt.date:
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    day = (h + l_ - 7 * m + 114) % 31 + 1
    return dt.date(y, month, day)


def holiday(spec: str, y: int) -> int | None:
    """The day of a holiday in year ``y``: "MM-DD", "easter+N", or "month/weekday/nth" (-1 the last)."""
    try:
        if spec.startswith("easter"):
            return _easter(y).toordinal() + int(spec[6:] or 0)
        if "/" in spec:
            k = re.match(r"(\d+)/(\d)/(-?\d)([-+]\d+)?$", spec)
            if k is None:
                return None
            mo, wd, nth = int(k.group(1)), int(k.group(2)), int(k.group(3))
            lo, hi = month_bounds(y, mo)
            days = [d for d in range(lo, hi + 1) if _weekday_ord(d) == wd]
            return days[nth - 1 if nth > 0 else nth] + int(k.group(4) or 0)
        mo, d = (int(x) for x in spec.split("-"))
        return dt.date(y, mo, d).toordinal()
    except (ValueError, IndexError):
        return None
