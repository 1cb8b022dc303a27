"""Templates anchored on a reference date (``day-1`` on the text's date, ``wd<4`` on the date before), worked out into intervals.

Recognising an expression needs no reference date; its template is worked out here once the
text's own date is known (``anchor_template``), or later by the TIMEX3 reading (``resolve``).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from typing import Literal

import attrs

from ..model import Interval, TimeExpr, TimexValue
from .calendar import holiday, month_interval, season_bounds, season_interval, valid_day

_OP = re.compile(r"(?P<unit>[a-z]+)(?:(?P<sign>[-+<>=~])(?P<arg>[^@|]*))?(?:@(?P<lo>\d+)-(?P<hi>\d+))?$")

Resolved = tuple[Interval, str]


def _step(sign: str, arg: str) -> int:
    return int(arg) * (-1 if sign == "-" else 1)


def _day(sign: str, arg: str, anchor: int) -> Resolved | None:
    d = anchor + _step(sign, arg)
    return Interval(d, d), "day"


def _week(sign: str, arg: str, anchor: int) -> Resolved | None:
    monday = anchor - dt.date.fromordinal(anchor).weekday() + 7 * _step(sign, arg)
    return Interval(monday, monday + 6), "week"


def _weekend(sign: str, arg: str, anchor: int) -> Resolved | None:
    monday = anchor - dt.date.fromordinal(anchor).weekday() + 7 * _step(sign, arg)
    return Interval(monday + 5, monday + 6), "weekend"


def _month(sign: str, arg: str, anchor: int) -> Resolved | None:
    a = dt.date.fromordinal(anchor)
    k = a.year * 12 + a.month - 1 + _step(sign, arg)
    return month_interval(k // 12, k % 12 + 1), "month"


def _years(size: int, unit: str) -> Callable[[str, str, int], Resolved | None]:
    def years(sign: str, arg: str, anchor: int) -> Resolved | None:
        y0 = dt.date.fromordinal(anchor).year // size * size + size * _step(sign, arg)
        if not 1 <= y0 <= 9999 - size:
            return None
        return Interval(dt.date(y0, 1, 1).toordinal(), dt.date(y0 + size - 1, 12, 31).toordinal()), unit
    return years


def _part_of_year(size: int, absolute_only: bool) -> Callable[[str, str, int], Resolved | None]:
    """Quarters (``size`` 3) or halves (6): ``q=3`` the third of the anchor's year, ``quarter-1`` the last one."""
    def part(sign: str, arg: str, anchor: int) -> Resolved | None:
        if absolute_only and sign != "=":
            return None
        a = dt.date.fromordinal(anchor)
        if sign == "=":
            k = a.year * 12 // size + int(arg) - 1
        else:
            k = (a.year * 12 + a.month - 1) // size + _step(sign, arg)
        y, first = k * size // 12, k * size % 12 + 1
        return Interval(dt.date(y, first, 1).toordinal(), month_interval(y, first + size - 1).hi), \
            f"{'quarter' if size == 3 else 'half'}:{(first - 1) // size + 1}"
    return part


def _weekday(sign: str, arg: str, anchor: int) -> Resolved | None:
    """Weekday ``arg``: ``<`` the last before the anchor, ``~`` the last or the anchor itself, ``>`` the
    next, ``=`` the one of the anchor's week."""
    n, wd = int(arg), dt.date.fromordinal(anchor).weekday()
    back = (wd - n) % 7
    d = {"<": anchor - (back or 7), "~": anchor - back, ">": anchor + ((n - wd) % 7 or 7)}.get(sign, anchor - wd + n)
    return Interval(d, d), "day"


def _named_month(sign: str, arg: str, anchor: int) -> Resolved | None:
    n, a = int(arg), dt.date.fromordinal(anchor)
    if sign == "<":
        y = a.year if n < a.month else a.year - 1
    elif sign == ">":
        y = a.year if n > a.month else a.year + 1
    elif sign == "~":
        y = min((a.year - 1, a.year, a.year + 1), key=lambda yy: abs(dt.date(yy, n, 15).toordinal() - anchor))
    else:
        y = a.year
    return month_interval(y, n), "month"


def _season(sign: str, s: str, anchor: int) -> Resolved | None:
    a = dt.date.fromordinal(anchor)
    if sign == "<":
        y = max(yy for yy in (a.year - 2, a.year - 1, a.year) if season_bounds(yy, s)[1] < anchor)
    elif sign == ">":
        y = min(yy for yy in (a.year - 1, a.year, a.year + 1) if season_bounds(yy, s)[0] > anchor)
    elif sign == "~":  # the last one begun by the anchor: "l'été" of a story told in September
        y = max(yy for yy in (a.year - 1, a.year) if season_bounds(yy, s)[0] <= anchor)
    else:
        y = a.year - 1 if s == "WI" and anchor <= season_bounds(a.year - 1, s)[1] else a.year
    return season_interval(y, s), f"season:{s}"


def _day_of_month(sign: str, arg: str, anchor: int) -> Resolved | None:
    """A day of the month (and weekday: "jeudi 12"), the nearest such day."""
    k = re.match(r"(\d+)(?:w(\d))?$", arg)
    if k is None:
        return None
    n, wday, a = int(k.group(1)), k.group(2), dt.date.fromordinal(anchor)
    cands = []
    for dm in (-1, 0, 1):
        mm = a.year * 12 + a.month - 1 + dm
        y, mo = mm // 12, mm % 12 + 1
        if valid_day(y, mo, n):
            day = dt.date(y, mo, n)
            cands.append((wday is not None and day.weekday() != int(wday), abs(day.toordinal() - anchor), day.toordinal()))
    if not cands:
        return None
    d = min(cands)[2]
    return Interval(d, d), "day"


def _holiday(sign: str, arg: str, anchor: int) -> Resolved | None:
    year = dt.date.fromordinal(anchor).year
    days = [d for d in (holiday(arg, y) for y in (year - 1, year, year + 1)) if d is not None]
    if not days:
        return None
    if sign == ">":
        days = [x for x in days if x >= anchor] or days
    elif sign == "<":
        days = [x for x in days if x <= anchor] or days
    d = min(days, key=lambda x: abs(x - anchor))
    return Interval(d, d), "day"


# A template's unit -> its reader: (sign, argument, anchor day) -> (interval, what it is).
_UNITS: dict[str, Callable[[str, str, int], Resolved | None]] = {
    "day": _day, "week": _week, "weekend": _weekend, "month": _month,
    "year": _years(1, "year"), "decade": _years(10, "decade"), "century": _years(100, "century"),
    "quarter": _part_of_year(3, False), "half": _part_of_year(6, False), "q": _part_of_year(3, True), "h": _part_of_year(6, True),
    "wd": _weekday, "mon": _named_month, "sea": _season, "dom": _day_of_month, "hol": _holiday,
}


def _narrow(iv: Interval, what: str, lo: int, hi: int) -> Interval:
    """A part of a month or a year: days ``lo``..``hi`` of a month, scaled to a year's months."""
    assert iv.lo is not None
    y0 = dt.date.fromordinal(iv.lo)
    if what == "month":
        last = calendar.monthrange(y0.year, y0.month)[1]
        first = dt.date(y0.year, y0.month, 1).toordinal()
        return Interval(first + min(lo, last) - 1, first + min(hi, last) - 1)
    lo_m, hi_m = 1 + (lo - 1) * 12 // 30, min(12, -(-hi * 12 // 30))
    return Interval(dt.date(y0.year, lo_m, 1).toordinal(), month_interval(y0.year, hi_m).hi)


def resolve(op: str, anchor: int) -> tuple[Interval, str] | None:
    """Work out a template operation (``day-1``, ``week+0``, ``wd<4``, ``mon~7``, ``sea<SU``,
    ``q=3``, ``hol=easter+49``) from the day ``anchor``: the interval and what it is
    (``day``, ``week``, ``weekend``, ``month``, ``year``, ``quarter``, ``half``, ``season:SU``,
    ``decade``, ``century``). An ``@lo-hi`` suffix narrows a month or year to a part of it."""
    m = _OP.match(op)
    reader = _UNITS.get(m.group("unit")) if m is not None else None
    if m is None or reader is None:
        return None
    out = reader(m.group("sign") or "+", m.group("arg") or "0", anchor)
    if out is None:
        return None
    iv, what = out
    if m.group("lo") and what in ("month", "year") and iv.lo is not None:
        iv = _narrow(iv, what, int(m.group("lo")), int(m.group("hi")))
    return iv, what


_GRANULARITY = {"day": "day", "month": "month", "year": "year"}
# A weekend named with no direction ("the weekend", "ce week-end"): the one just past when the
# text's date falls early in a week told in the past. An anchor ``DCT?`` marks a template that
# names nothing without the text's date; ``weekend~0`` one that depends on the weekday of that date.
_WEEKEND_ANY = "weekend~0"
_KINDS: dict[str, Literal["set", "time", "timex"]] = {"SET": "set", "DURATION": "timex", "TIME": "time", "DATE": "timex"}


def template(start: int, end: int, text: str, timex: TimexValue) -> TimeExpr:
    """A TimeExpr for a TIMEX3 reading, not yet anchored (see ``anchor_template``)."""
    return TimeExpr(start, end, text, _KINDS[timex.type], timex=timex)


def _settle(timex: TimexValue, reference: int | None) -> TimexValue | None:
    """A template whose reading depends on whether the text's date is known, settled: None when it names nothing."""
    if timex.anchor == "DCT?":
        if reference is None:
            return None
        timex = attrs.evolve(timex, anchor="DCT")
    if timex.anchor == "DCT" and timex.value.startswith(_WEEKEND_ANY):
        past = reference is not None and dt.date.fromordinal(reference).weekday() <= 3
        timex = attrs.evolve(timex, value=timex.value.replace("~0", "-1" if past else "+0", 1))
    return timex


_BARE_SEASON = re.compile(r"XXXX-(SP|SU|FA|WI)$")


def _bare_season(t: TimeExpr, reference: int | None) -> TimeExpr:
    """ "au cours de l'été", "in the spring" (TIMEX3 ``XXXX-SU``): the last such season begun by
    the text's own date, as a date the binder can use; its TIMEX3 value stays unresolved."""
    m = _BARE_SEASON.match(t.timex.value) if t.timex is not None else None
    if m is None or reference is None:
        return t
    got = _season("~", m.group(1), reference)
    assert got is not None
    return attrs.evolve(t, kind="date", first=got[0], granularity="fuzzy")


def anchor_template(t: TimeExpr, reference: int | None) -> TimeExpr | None:
    """A template anchored on the text's own date ``reference``: a date the checker can use when
    that date resolves it; None when it names nothing without that date."""
    if t.kind == "timex" and t.timex is not None and t.timex.anchor is None:
        return _bare_season(t, reference)
    if t.kind not in ("time", "timex") or t.timex is None or t.timex.anchor not in ("DCT", "DCT?"):
        return t
    timex = _settle(t.timex, reference)
    if timex is None:
        return None
    if timex.anchor == "DCT" and reference is not None:
        got = resolve(timex.value, reference)
        # Quarters, decades: TIMEX3 only. A season is an uncertain interval of its own.
        if got is not None and (got[1] in ("day", "week", "weekend", "month", "year") or got[1].startswith("season:")):
            minutes = None
            suffix = timex.suffix
            if suffix.startswith("T") and suffix[1:3].isdigit():
                minutes = int(suffix[1:3]) * 60 + int(suffix[4:6])
            return TimeExpr(t.start, t.end, t.text, "date", first=got[0], granularity=_GRANULARITY.get(got[1], "fuzzy"),  # type: ignore[arg-type]
                            time=minutes, timex=timex)
    return attrs.evolve(t, timex=timex)
