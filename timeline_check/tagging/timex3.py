"""TIMEX3 reading of the tagger's time expressions: type (DATE, TIME, DURATION, SET) and value.

The tagger (temporal.py) is the one date parser; this module only says what its time
expressions are in TimeML terms, as TempEval-3 scores them:

- a date is its interval at its granularity: ``2023-07-14``, ``2023-07``, ``2023``;
- a range is two dates, a stated length ("for three days") is its length (``P3D``);
- a template (``model.TimexValue`` with an anchor) is anchored: ``DCT`` on the text's own date
  (``--date``; without one, on the nearest absolute date before it), ``REF`` on the nearest date
  before it (without one, on the text's date). Its operation is worked out by
  ``normalise.resolve``; its suffix, a part of the day (``TMO``) or a time (``T21:45``), is
  appended to the day.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

import attrs

from ..lang import Language
from ..model import Interval, TimeExpr, TimexType
from ..rulefile import alternation
from .nights import NIGHT, night_ranges
from .normalise import resolve
from .tagger import tag


@attrs.frozen
class Timex:
    """One TIMEX3: its span in the text, type and normalised value."""

    start: int
    end: int
    text: str
    type: TimexType
    value: str


def _flatten(exprs: Iterable[TimeExpr]) -> list[TimeExpr]:
    out: list[TimeExpr] = []
    for t in exprs:
        if t.parts:
            out.extend(_flatten(t.parts))
        else:
            out.append(t)
    return out


def format_value(iv: Interval, what: str) -> str | None:
    """The TIMEX3 value of an interval that is a ``what`` (see ``temporal.resolve``)."""
    if iv.lo is None:
        return None
    d = dt.date.fromordinal(iv.lo)
    if what == "day":
        return d.isoformat()
    if what in ("week", "weekend"):
        y, w, _ = d.isocalendar()
        return f"{y}-W{w:02d}" + ("-WE" if what == "weekend" else "")
    if what == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if what == "year":
        return f"{d.year:04d}"
    if what == "decade":
        return f"{d.year // 10:03d}"
    if what == "century":
        return f"{d.year // 100:02d}"
    if what.startswith("quarter:"):
        return f"{d.year:04d}-Q{what[8:]}"
    if what.startswith("half:"):
        return f"{d.year:04d}-H{what[5:]}"
    if what.startswith("season:"):
        return f"{d.year:04d}-{what[7:]}"
    return None


def _interval_value(t: TimeExpr) -> str | None:
    iv = t.first
    if iv is None or iv.lo is None or iv.hi is None:
        return None
    if t.granularity in ("day", "month", "year"):
        return format_value(iv, t.granularity)
    a, b = dt.date.fromordinal(iv.lo), dt.date.fromordinal(iv.hi)
    if iv.lo == iv.hi:
        return a.isoformat()
    if (a.year, a.month) == (b.year, b.month):
        return format_value(iv, "month")
    if a.year == b.year:
        return format_value(iv, "year")
    return None


def read(t: TimeExpr, dct: int | None, ref: int | None) -> tuple[TimexType, str, int | None] | None:
    """TIMEX3 type and value of one (flat) time expression, and the day it names (an anchor for
    the expressions after it), given the text's date ``dct`` and the last day named ``ref``."""
    x = t.timex
    if x is not None:
        if x.anchor is None:
            return x.type, x.timeml(), None
        anchor = (dct if dct is not None else ref) if x.anchor != "REF" else (ref if ref is not None else dct)
        if anchor is None:
            return x.type, x.timeml(), None
        got = resolve(x.value, anchor)
        if got is None:
            return None
        base = format_value(*got)
        if base is None:
            return None
        return x.type, x.timeml(base), got[0].lo if got[1] == "day" else None
    if t.kind == "date":
        stated = _interval_value(t)
        if stated is None:
            return None
        day = t.first.lo if t.first is not None and t.first.exact else None
        return "DATE", stated, day
    return None


def timexes(text: str, lang: Language, date: dt.date | None = None) -> list[Timex]:
    """Every TIMEX3 in ``text``, in order, anchored on ``date`` (the text's own) when given."""
    dct = date.toordinal() if date else None
    tagged = tag(text, lang, dct).timexes
    nights = night_ranges(text, lang, tagged)
    flat = _flatten(tagged)
    flat.sort(key=lambda t: (t.start, -t.end))
    lead = re.compile(rf"(?:[\s,]+(?:{alternation(lang.phrases['time_lead'])}))?[\s,]*$", re.I)
    times = [t for t in flat if t.kind == "time" or t.timex is not None and t.timex.of_day_near]
    article = re.compile(rf"{lang.alt('article')}\s*$", re.I)
    just_before = re.compile(rf"[\s,]*(?:(?:{lang.alt('day_lead')}|{lang.alt('article')})\s*)?", re.I)
    out: list[Timex] = []
    ref: int | None = None
    last_end = -1
    for t in flat:
        start, end = t.start, t.end
        # "le 14 juillet 2023 à 14 h 30": the date, then the time as a TIMEX of its own.
        inner = next((x for x in times if x is not t and start < x.start < end), None)
        if inner is not None and not (t.timex is not None and t.timex.suffix.startswith("T")):
            end = start + len(lead.sub("", text[start:inner.start]))
        if start < last_end or end <= start:
            continue
        if (days := nights.get(id(t))) is not None and (got := read(days.parts[0], dct, ref)) is not None and got[2] is not None:
            # "dans la nuit du 12 au 13 avril": the night that begins on the first day
            ref, last_end = got[2], days.end
            out.append(Timex(start, days.end, text[start:days.end], "TIME", got[1] + NIGHT))
            continue
        here = ref
        if t.timex is not None and t.timex.of_day_near:
            # "10:45 p.m. on Sunday", "9 p.m. the next day": the time of the day named right after it
            nxt = next((x for x in flat if x.start >= end), None)
            if nxt is not None and just_before.fullmatch(text, end, nxt.start):
                after = read(nxt, dct, ref)
                if after is not None and after[2] is not None:
                    here = after[2]
        got = read(t, dct, here)
        if got is None:
            continue
        typ, value, day = got
        if typ == "DATE" and t.kind == "date" and t.timex is None and t.granularity == "day":
            art = article.search(text, max(0, start - 6), start)
            if art is not None and art.start() >= last_end:
                start = art.start()  # "le 27 mai 1998", as TimeML spans it
        if day is not None:
            ref = day
        out.append(Timex(start, end, text[start:end], typ, value))
        last_end = end
    return out
