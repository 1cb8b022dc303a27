"""Calendar dates: atoms read from a match (full, partial, numeric, month, year), years
inferred for those without one, atoms joined into ranges, the time of day after a date.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from typing import Any

import attrs

from ..lang import Language
from ..model import Interval, TimeExpr
from .calendar import valid_day
from .patterns import timex_rx
from .words import full_months, month_number


@attrs.frozen
class DateProblem:
    """A date that cannot be: a weekday that does not match, a day the month lacks."""

    start: int
    end: int
    rule: str  # "date/impossible-date" or "date/weekday-mismatch"
    message: str
    certain: bool


@attrs.define
class Atom:
    start: int
    end: int
    year: int | None
    month: int | None
    day: int | None = None
    days: tuple[int, int] | None = None  # part of a month or year: day or month-third bounds
    weekday: int | None = None
    year_inferred: bool = False
    part_of_year: bool = False
    lean: int = 0  # "le 6 mai dernier": -1, the last one before the text's date; "prochain": +1

    def interval(self) -> Interval | None:
        if self.year is None:
            return None
        y, m = self.year, self.month
        if m is None:
            lo_m, hi_m = 1, 12
            if self.days:  # early / mid / late year: a month part scaled to the year
                lo_m = 1 + (self.days[0] - 1) * 12 // 30
                hi_m = min(12, -(-self.days[1] * 12 // 30))
            last = calendar.monthrange(y, hi_m)[1]
            return Interval(dt.date(y, lo_m, 1).toordinal(), dt.date(y, hi_m, last).toordinal())
        last = calendar.monthrange(y, m)[1]
        if self.day is not None:
            d = dt.date(y, m, self.day).toordinal()
            return Interval(d, d)
        lo, hi = (1, last) if self.days is None else (self.days[0], min(self.days[1], last))
        return Interval(dt.date(y, m, lo).toordinal(), dt.date(y, m, hi).toordinal())

    @property
    def granularity(self) -> str:
        if self.days is not None:
            return "fuzzy"
        return "day" if self.day is not None else "month" if self.month is not None else "year"


def date_end(lang: Language, m: re.Match[str]) -> int:
    """Where a date ending in a month name ends: not after a full stop that ends the sentence
    ("le 21 novembre."), only after one that ends an abbreviation ("Nov.")."""
    words = m.group(0)[:-1].split()
    if m.group(0).endswith(".") and words and words[-1].lower() in full_months(lang):
        return m.end() - 1
    return m.end()


def read_atom(lang: Language, k: str | None, m: re.Match[str], month_ok: Any) -> Atom | str | None:
    g = m.group
    if k == "iso":
        y, mo, d = int(g("iso_y")), int(g("iso_m")), int(g("iso_d"))
        return Atom(m.start(), m.end(), y, mo, d) if valid_day(y, mo, d) else "invalid"
    if k == "num":
        a, b, y = int(g("num_a")), int(g("num_b")), int(g("num_y"))
        y = y + 2000 if y < 100 else y
        mo, d = (a, b) if lang.numeric_dates == "mdy" else (b, a)
        if not 1 <= mo <= 12:
            return None
        return Atom(m.start(), m.end(), y, mo, d) if valid_day(y, mo, d) else "invalid"
    if k == "dot":
        y, mo, d = int(g("dot_y")), int(g("dot_m")), int(g("dot_d"))
        if not 1 <= mo <= 12:
            return None
        return Atom(m.start(), m.end(), y, mo, d) if valid_day(y, mo, d) else "invalid"
    if k in ("mdy", "dmy"):
        mon = g(f"{k}_mon")
        if not month_ok(mon):
            return None
        y = int(g(f"{k}_y")) if g(f"{k}_y") else None
        mo, d = month_number(lang, mon), int(g(f"{k}_d"))
        if not 1 <= d <= 31:
            return None
        if d > calendar.monthrange(y or 2000, mo)[1]:
            return "invalid"
        wd = g(f"{k}_wd")
        return Atom(m.start(), date_end(lang, m), y, mo, d, weekday=lang.weekdays[wd.lower().rstrip(".")] if wd else None)
    if k == "my":
        if not month_ok(g("my_mon")):
            return None
        part = g("my_part")
        return Atom(m.start(), m.end(), int(g("my_y")), month_number(lang, g("my_mon")),
                     days=lang.month_parts[" ".join(part.lower().split())] if part else None)
    if k == "pm":
        if not month_ok(g("pm_mon")):
            return None
        return Atom(m.start(), m.end(), None, month_number(lang, g("pm_mon")),
                     days=lang.month_parts[" ".join(g("pm_part").lower().split())])
    if k == "lm":
        if not month_ok(g("lm_mon")) or g("lm_mon").lower() in ("may", "march") and not g("lm_mon")[0].isupper():
            return None
        return Atom(m.start("lm_mon"), m.end(), None, month_number(lang, g("lm_mon")))
    if k == "yr":
        part = g("yr_part")
        start = m.start() if part else m.start("yr_y")
        return Atom(start, m.end(), int(g("yr_y")), None,
                     days=lang.month_parts[" ".join(part.lower().split())] if part else None, part_of_year=bool(part))
    return None


_NEAR_YEAR = 150  # characters from a date with its year to one without, read in the same year


def infer_years(atoms: list[tuple[str, Atom | None, re.Match[str]]], reference: int | None) -> None:
    """Give a year to dates that lack one: from their range partner, a date with its year just
    before them, the text's date or the nearest dated atom."""
    for i, (role, a, _) in enumerate(atoms):
        if role == "range" and a is not None and a.year is None and i + 1 < len(atoms):
            b = atoms[i + 1][1]
            if b is not None and b.year is not None:
                a.year = b.year
    known = [a for _, a, _ in atoms if a is not None and a.year is not None and a.month is not None]
    known_starts = [a.start for a in known]  # ascending: atoms come in text order
    for _, a, _ in atoms:
        if a is None or a.year is not None:
            continue
        anchor: dt.date | None = dt.date.fromordinal(reference) if reference else None
        i = bisect.bisect_left(known_starts, a.start)  # the last dated atom before this one
        # A year stated just before ("learned on September 30, 2024 that ... since June") is a
        # better guide than the text's own date, months later.
        near = i > 0 and a.start - known[i - 1].start < _NEAR_YEAR and not known[i - 1].year_inferred
        if near or anchor is None and known:
            src = known[i - 1] if i > 0 else known[0]
            iv = src.interval()
            anchor = dt.date.fromordinal(iv.lo) if iv and iv.lo else None
        if anchor is None or a.month is None:
            continue
        day = a.day or (a.days[0] if a.days else 15)
        best = None
        for y in (anchor.year - 1, anchor.year, anchor.year + 1):
            if not valid_day(y, a.month, min(day, calendar.monthrange(y, a.month)[1])):
                continue
            gap = dt.date(y, a.month, min(day, calendar.monthrange(y, a.month)[1])).toordinal() - anchor.toordinal()
            if a.lean:  # "le 6 mai dernier" is before the text's date, "le 13 avril prochain" after it
                a.year = y
                iv = a.interval()
                a.year = None
                if iv is None or a.lean < 0 and iv.lo > anchor.toordinal() or a.lean > 0 and iv.hi < anchor.toordinal():
                    continue
            gap = abs(gap)
            if best is None or gap < best[0]:
                best = (gap, y)
        if best is not None:
            a.year = best[1]
            a.year_inferred = True
            if a.day is not None and not valid_day(a.year, a.month, a.day):
                a.year = None


def _time_of_day(text: str, pos: int, rx: re.Pattern[str]) -> tuple[int, int | None]:
    """The end of a time of day stated after a date at ``pos``, and its minutes after midnight."""
    m = rx.match(text, pos)
    if m is None or not (m.group("m") or m.group("hh") or m.group("ap")):
        return pos, None  # "at 5 locations" is no time
    hour, minute = int(m.group("h")), int(m.group("m") or 0)
    ap = (m.group("ap") or "").lower()
    if ap and not 1 <= hour <= 12 or hour > 23:
        return pos, None
    if ap == "p" and hour < 12:
        hour += 12
    elif ap == "a" and hour == 12:
        hour = 0
    return m.end(), hour * 60 + minute


def _qualifier(text: str, start: int, pats: dict[str, re.Pattern[str]]) -> str | None:
    before = text[max(0, start - 40):start]
    for q in ("since", "until", "before", "after"):
        if pats[q].search(before):
            return q
    if pats["from_before"].search(before):
        return "since"
    return None


def combine(text: str, atoms: list[tuple[str, Atom | None, re.Match[str]]],
             pats: dict[str, re.Pattern[str]], problems: list[DateProblem]) -> list[TimeExpr]:
    out: list[TimeExpr] = []
    i = 0
    while i < len(atoms):
        role, a, m = atoms[i]
        assert a is not None
        if role == "range":
            b = atoms[i + 1][1]
            assert b is not None
            ia, ib = a.interval(), b.interval()
            if ia and ib and ia.lo is not None and ib.lo is not None and ia.lo <= ib.lo:
                out.append(TimeExpr(m.start(), b.end, text[m.start():b.end], "range", first=ia, last=ib,
                                    year_inferred=a.year_inferred or b.year_inferred, granularity=a.granularity,
                                    parts=(_part(text, a, ia, pats["open_at"]), _part(text, b, ib))))
            i += 2
            continue
        nxt = atoms[i + 1] if i + 1 < len(atoms) else None
        if nxt is not None and nxt[0] == "atom":
            b = nxt[1]
            assert b is not None
            gap = pats["join_gap"].fullmatch(text, a.end, b.start)
            opened = pats["open_before"].search(text[max(0, a.start - 40):a.start])
            full = a.year is not None and not a.year_inferred and b.year is not None and not b.year_inferred
            if gap and (opened or pats["join_alone"].fullmatch(gap.group("j"))
                        or full and pats["join_full"].fullmatch(gap.group("j"))):
                if a.year is None or (a.year_inferred and b.year is not None and not b.year_inferred):
                    # "from June 3 to June 19, 2023": the year is stated, once, for both.
                    a.year = b.year if (a.month or 0) <= (b.month or 12) else (b.year or 1) - 1
                    a.year_inferred = b.year_inferred
                ia, ib = a.interval(), b.interval()
                if ia and ib and ia.lo is not None and ib.hi is not None and ia.lo <= ib.hi:
                    start = opened.start() + max(0, a.start - 40) if opened else a.start
                    out.append(TimeExpr(start, b.end, text[start:b.end], "range", first=ia, last=ib,
                                        year_inferred=a.year_inferred or b.year_inferred,
                                        granularity=a.granularity, parts=(_part(text, a, ia), _part(text, b, ib))))
                    i += 2
                    continue
        iv = a.interval()
        if iv is not None:
            end, minutes = a.end, None
            if a.day is not None:
                end, minutes = _time_of_day(text, a.end, pats["time"])
            out.append(TimeExpr(a.start, end, text[a.start:end], "date", first=iv,
                                qualifier=_qualifier(text, a.start, pats), year_inferred=a.year_inferred,
                                weekday=a.weekday, granularity=a.granularity, time=minutes))  # type: ignore[arg-type]
            if a.weekday is not None and iv.lo is not None and dt.date.fromordinal(iv.lo).weekday() != a.weekday:
                actual = dt.date.fromordinal(iv.lo)
                problems.append(DateProblem(
                    a.start, a.end, "date/weekday-mismatch",
                    f"“{text[a.start:a.end]}”: {actual.isoformat()} was a {actual.strftime('%A')}, not the weekday stated.",
                    not a.year_inferred))
        i += 1
    return out


def _part(text: str, a: Atom, iv: Interval, opener: re.Pattern[str] | None = None) -> TimeExpr:
    """One end of a range, as a date of its own (for the TIMEX3 reading), without "from" or "du"."""
    start = a.start
    k = opener.match(text, start, a.end) if opener is not None else None
    if k is not None and k.end() < a.end:
        start = k.end()
    return TimeExpr(start, a.end, text[start:a.end], "date", first=iv, granularity=a.granularity,  # type: ignore[arg-type]
                    year_inferred=a.year_inferred)


def year_after(lang: Language, text: str, atom: Atom) -> None:
    """What may follow a date without a year: a two-digit year ("le 10 novembre 93") or
    "dernier" / "prochain", which say on which side of the text's date it falls."""
    if lang.timex["two_digit_years"] and atom.day is not None:
        m2 = re.compile(r"\s+['’]?(\d\d)(?!\w|[.,]\d)").match(text, atom.end)
        if m2:
            yy = int(m2.group(1))
            atom.year = 2000 + yy if yy < 30 else 1900 + yy
            atom.end = m2.end()
            if not valid_day(atom.year, atom.month or 1, atom.day):
                atom.year = None
            return
    m3 = timex_rx(lang)["after_dir"].match(text, atom.end)
    if m3:
        atom.lean = -1 if lang.timex["after"][" ".join(m3.group("w").lower().split())] == "last" else 1
        atom.end = m3.end()
