"""Calendar dates: atoms read from a match (full, partial, numeric, month, year), years
inferred for those without one, atoms joined into ranges, the time of day after a date.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from collections.abc import Callable
from typing import Literal

import attrs

from ..lang import Language
from ..model import Interval, TimeExpr
from .calendar import valid_day
from .patterns import timex_rx
from .words import full_months, month_number


@attrs.frozen
class DateProblem:
    """A date that cannot be: a weekday that does not match, a day the month lacks, a range that
    ends before it starts."""

    start: int
    end: int
    rule: str  # "date/impossible-date", "date/weekday-mismatch" or "date/reversed-range"
    certain: bool
    actual: int | None = None  # the day of a weekday mismatch, whose weekday the message names
    span: tuple[int, int] | None = None  # a reversed range's first and last day, as read


@attrs.frozen
class Atom:
    """A date read from one match: a day, part of a month, month or year; ``year`` None until inferred."""

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


Reading = Atom | Literal["invalid"] | None  # "invalid": a day the month lacks


def _day_of(lang: Language, m: re.Match[str], y: int, mo: int, d: int) -> Reading:
    return Atom(m.start(), m.end(), y, mo, d) if valid_day(y, mo, d) else "invalid"


def _iso(lang: Language, m: re.Match[str], k: str) -> Reading:
    """2023-07-14"""
    return _day_of(lang, m, int(m.group("iso_y")), int(m.group("iso_m")), int(m.group("iso_d")))


def numeric_day(lang: Language, m: re.Match[str], order: str) -> Reading:
    """07/14/2023 (``order`` "mdy") or 14/07/2023 ("dmy"); 07/14/23."""
    a, b, y = int(m.group("num_a")), int(m.group("num_b")), int(m.group("num_y"))
    mo, d = (a, b) if order == "mdy" else (b, a)
    return _day_of(lang, m, y + 2000 if y < 100 else y, mo, d) if 1 <= mo <= 12 else None


def _dotted(lang: Language, m: re.Match[str], k: str) -> Reading:
    """12.12.2018: day first."""
    y, mo, d = int(m.group("dot_y")), int(m.group("dot_m")), int(m.group("dot_d"))
    return _day_of(lang, m, y, mo, d) if 1 <= mo <= 12 else None


def month_ok(lang: Language, word: str) -> bool:
    """Where month names take a capital (English), one in lower case is another word: "may", "march" are verbs."""
    return not lang.capitalised_names or word[:1].isupper()


def _named_day(lang: Language, m: re.Match[str], k: str) -> Reading:
    """ "Friday, July 14, 2023", "le 14 juillet", "14th of July": ``k`` is "mdy" or "dmy"."""
    mon = m.group(f"{k}_mon")
    if not month_ok(lang, mon):
        return None
    y = int(m.group(f"{k}_y")) if m.group(f"{k}_y") else None
    mo, d = month_number(lang, mon), int(m.group(f"{k}_d"))
    if not 1 <= d <= 31:
        return None
    if d > calendar.monthrange(y or 2000, mo)[1]:
        return "invalid"
    wd = m.group(f"{k}_wd")
    return Atom(m.start(), date_end(lang, m), y, mo, d, weekday=lang.weekdays[wd.lower().rstrip(".")] if wd else None)


def _part_days(lang: Language, part: str | None) -> tuple[int, int] | None:
    return lang.month_parts[" ".join(part.lower().split())] if part else None


def _month_year(lang: Language, m: re.Match[str], k: str) -> Reading:
    """ "July 2023", "early March 2024"."""
    if not month_ok(lang, m.group("my_mon")):
        return None
    return Atom(m.start(), m.end(), int(m.group("my_y")), month_number(lang, m.group("my_mon")),
                days=_part_days(lang, m.group("my_part")))


def _part_month(lang: Language, m: re.Match[str], k: str) -> Reading:
    """ "mid-March", "fin avril": part of a month without a year."""
    if not month_ok(lang, m.group("pm_mon")):
        return None
    return Atom(m.start(), m.end(), None, month_number(lang, m.group("pm_mon")), days=_part_days(lang, m.group("pm_part")))


def _lead_month(lang: Language, m: re.Match[str], k: str) -> Reading:
    """ "in July", "en juillet": a month without a year, after the word that leads it."""
    mon = m.group("lm_mon")
    if not month_ok(lang, mon):
        return None
    return Atom(m.start("lm_mon"), m.end(), None, month_number(lang, mon))


def _year(lang: Language, m: re.Match[str], k: str) -> Reading:
    """ "in 2023", "early 2024"."""
    part = m.group("yr_part")
    return Atom(m.start() if part else m.start("yr_y"), m.end(), int(m.group("yr_y")), None,
                days=_part_days(lang, part), part_of_year=bool(part))


# A date alternative of the "main" pattern -> its reader.
ATOMS: dict[str, Callable[[Language, re.Match[str], str], Reading]] = {
    "iso": _iso, "num": lambda lang, m, k: numeric_day(lang, m, lang.numeric_dates), "dot": _dotted, "mdy": _named_day, "dmy": _named_day,
    "my": _month_year, "pm": _part_month, "lm": _lead_month, "yr": _year,
}


_NEAR_YEAR = 150  # characters from a date with its year to one without, read in the same year

Role = Literal["range", "range_end", "atom"]
Slot = tuple[Role, Atom, int]  # a date, what it is in the text, where its match starts


def _partner_years(slots: list[Slot]) -> list[Slot]:
    """The first date of a range takes the year of the second ("June 3 to 19, 2023")."""
    out = list(slots)
    for i, (role, a, at) in enumerate(slots):
        if role == "range" and a.year is None and i + 1 < len(slots) and (y := slots[i + 1][1].year) is not None:
            out[i] = (role, attrs.evolve(a, year=y), at)
    return out


def _fits(a: Atom, y: int, anchor: dt.date) -> bool:
    """Whether year ``y`` puts a "dernier" date before the anchor, a "prochain" one after it."""
    if not a.lean:
        return True
    iv = attrs.evolve(a, year=y).interval()
    return not (iv is None or a.lean < 0 and iv.lo > anchor.toordinal() or a.lean > 0 and iv.hi < anchor.toordinal())  # type: ignore[operator]


def _nearest_year(a: Atom, anchor: dt.date) -> int | None:
    """The year, of the anchor's and the two beside it, that puts ``a`` nearest the anchor."""
    assert a.month is not None
    day = a.day or (a.days[0] if a.days else 15)
    best: tuple[int, int] | None = None
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        d = min(day, calendar.monthrange(y, a.month)[1])
        if not valid_day(y, a.month, d) or not _fits(a, y, anchor):
            continue
        gap = abs(dt.date(y, a.month, d).toordinal() - anchor.toordinal())
        if best is None or gap < best[0]:
            best = (gap, y)
    return None if best is None else best[1]


def infer_years(slots: list[Slot], reference: int | None) -> list[Slot]:
    """Give a year to dates that lack one: from their range partner, a date with its year just
    before them, the text's date or the nearest dated atom."""
    slots = _partner_years(slots)
    known = [a for _, a, _ in slots if a.year is not None and a.month is not None]
    known_starts = [a.start for a in known]  # ascending: atoms come in text order
    out = []
    for role, a, at in slots:
        if a.year is None:
            a = _infer_year(a, reference, known, known_starts)
        out.append((role, a, at))
    return out


def _infer_year(a: Atom, reference: int | None, known: list[Atom], known_starts: list[int]) -> Atom:
    anchor: dt.date | None = dt.date.fromordinal(reference) if reference else None
    i = bisect.bisect_left(known_starts, a.start)  # the last dated atom before this one
    # A year stated just before ("learned on September 30, 2024 that ... since June") is a
    # better guide than the text's own date, months later.
    near = i > 0 and a.start - known[i - 1].start < _NEAR_YEAR and not known[i - 1].year_inferred
    if near or anchor is None and known:
        iv = (known[i - 1] if i > 0 else known[0]).interval()
        anchor = dt.date.fromordinal(iv.lo) if iv and iv.lo else None
    if anchor is None or a.month is None:
        return a
    y = _nearest_year(a, anchor)
    if y is None:
        return a
    if a.day is not None and not valid_day(y, a.month, a.day):
        return attrs.evolve(a, year_inferred=True)
    # "le lundi 3 mars": a weekday that agrees with the nearest year rules out the years beside it
    pinned = a.day is not None and a.weekday is not None and dt.date(y, a.month, a.day).weekday() == a.weekday
    return attrs.evolve(a, year=y, year_inferred=not pinned)


def _time_of_day(text: str, pos: int, rx: re.Pattern[str]) -> tuple[int, int | None]:
    """The end of a time of day stated after a date at ``pos``, and its minutes after midnight."""
    m = rx.match(text, pos)
    if m is None or not (m.group("m") or m.group("hh") or m.group("am") or m.group("pm")):
        return pos, None  # "at 5 locations" is no time
    hour, minute = int(m.group("h")), int(m.group("m") or 0)
    am, pm = m.group("am") is not None, m.group("pm") is not None
    if (am or pm) and not 1 <= hour <= 12 or hour > 23:
        return pos, None
    if pm and hour < 12:
        hour += 12
    elif am and hour == 12:
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


def _range(text: str, a: Atom, b: Atom, at: int, pats: dict[str, re.Pattern[str]]) -> TimeExpr | None:
    """A range matched as one: "June 3-19, 2023", "du 3 au 19 juin"."""
    ia, ib = a.interval(), b.interval()
    if ia and ib and ia.lo is not None and ib.lo is not None and ia.lo <= ib.lo:
        return TimeExpr(at, b.end, text[at:b.end], "range", first=ia, last=ib,
                        year_inferred=a.year_inferred or b.year_inferred, granularity=a.granularity,  # type: ignore[arg-type]
                        parts=(_part(text, a, ia, pats["open_at"]), _part(text, b, ib)))
    return None


def _joined(text: str, a: Atom, b: Atom, pats: dict[str, re.Pattern[str]]) -> tuple[Atom, TimeExpr | None]:
    """Two dates joined into a range by the words between them ("from June 3 to June 19, 2023"):
    the first date (given the second's year when it states none) and the range, or None."""
    gap = pats["join_gap"].fullmatch(text, a.end, b.start)
    opened = pats["open_before"].search(text[max(0, a.start - 40):a.start])
    full = a.year is not None and not a.year_inferred and b.year is not None and not b.year_inferred
    joins = gap is not None and bool(opened or pats["join_alone"].fullmatch(gap.group("j"))
                                     or full and pats["join_full"].fullmatch(gap.group("j")))
    if not joins:
        return a, None
    if a.year is None or (a.year_inferred and b.year is not None and not b.year_inferred):
        # "from June 3 to June 19, 2023": the year is stated, once, for both.
        year = b.year if (a.month or 0) <= (b.month or 12) else (b.year or 1) - 1
        a = attrs.evolve(a, year=year, year_inferred=b.year_inferred)
    ia, ib = a.interval(), b.interval()
    if not (ia and ib and ia.lo is not None and ib.hi is not None and ia.lo <= ib.hi):
        return a, None
    start = opened.start() + max(0, a.start - 40) if opened else a.start
    return a, TimeExpr(start, b.end, text[start:b.end], "range", first=ia, last=ib,
                       year_inferred=a.year_inferred or b.year_inferred,
                       granularity=a.granularity, parts=(_part(text, a, ia), _part(text, b, ib)))  # type: ignore[arg-type]


def _reversed(text: str, a: Atom, b: Atom, pats: dict[str, re.Pattern[str]]) -> DateProblem | None:
    """A range whose words open it ("between", "entre", "du") and whose two dates, each with its
    year stated, end before they start ("between October 9, 2023 and September 14, 2023")."""
    gap = pats["join_gap"].fullmatch(text, a.end, b.start)
    if gap is None or not pats["open_before"].search(text[max(0, a.start - 40):a.start]) \
            or a.year is None or b.year is None or a.year_inferred or b.year_inferred:
        return None
    ia, ib = a.interval(), b.interval()
    if not (ia and ib and ia.lo is not None and ib.hi is not None and ia.lo > ib.hi):
        return None
    return DateProblem(a.start, b.end, "date/reversed-range", True, span=(ia.lo, ib.hi))


_ROLLED_BACK_DAYS = 183  # a range read into the year before that lasts longer: maybe its end before its start


def _rolled_back(text: str, r: TimeExpr) -> DateProblem | None:
    """A range whose first date, with no year, is read in the year before the second's ("between
    October 9 and September 14, 2023"): across New Year a short range is usual ("December 28 to
    January 3"), a long one may be written backwards. Not certain: a warning."""
    if r.first is None or r.last is None or r.first.lo is None or r.last.hi is None:
        return None
    lo, hi = dt.date.fromordinal(r.first.lo), dt.date.fromordinal(r.last.hi)
    if lo.year == hi.year or (hi - lo).days <= _ROLLED_BACK_DAYS:
        return None
    return DateProblem(r.start, r.end, "date/reversed-range", False, span=(r.first.lo, r.last.hi))


_WEEKEND = {4: (0, 2), 5: (0, 1), 6: (-1, 0)}  # by weekday of the date: the days of its weekend around it


def _weekend(text: str, a: Atom, iv: Interval, weekend_of: re.Pattern[str]) -> Interval:
    """A day after "the weekend of" ("le week-end du"): the weekend it falls in, from a Friday,
    Saturday or Sunday to that Sunday; any other day, or a longer date, as it is."""
    if a.day is None or iv.lo is None or iv.lo != iv.hi or not weekend_of.search(text, max(0, a.start - 30), a.start):
        return iv
    span = _WEEKEND.get(dt.date.fromordinal(iv.lo).weekday())
    return Interval(iv.lo + span[0], iv.lo + span[1]) if span else iv


def _single(text: str, a: Atom, pats: dict[str, re.Pattern[str]], problems: list[DateProblem]) -> TimeExpr | None:
    """One date, with the time of day after it and the preposition before it; a weekday that does not match is a problem."""
    iv = a.interval()
    if iv is None:
        return None
    end, minutes = a.end, None
    if a.day is not None:
        end, minutes = _time_of_day(text, a.end, pats["time"])
    if a.weekday is not None and iv.lo is not None and dt.date.fromordinal(iv.lo).weekday() != a.weekday:
        problems.append(DateProblem(a.start, a.end, "date/weekday-mismatch", not a.year_inferred, iv.lo))
    iv = _weekend(text, a, iv, pats["weekend_of"])
    return TimeExpr(a.start, end, text[a.start:end], "date", first=iv, qualifier=_qualifier(text, a.start, pats),
                    year_inferred=a.year_inferred, weekday=a.weekday, granularity=a.granularity, time=minutes)  # type: ignore[arg-type]


def combine(text: str, slots: list[Slot], pats: dict[str, re.Pattern[str]], problems: list[DateProblem]) -> list[TimeExpr]:
    """The dates and ranges of a text from its atoms, in order; weekday mismatches go to ``problems``."""
    out: list[TimeExpr] = []
    i = 0
    while i < len(slots):
        role, a, at = slots[i]
        if role == "range":
            if (r := _range(text, a, slots[i + 1][1], at, pats)) is not None:
                out.append(r)
            i += 2
            continue
        if i + 1 < len(slots) and slots[i + 1][0] == "atom":
            stated, (a, joined) = a.year is not None and not a.year_inferred, _joined(text, a, slots[i + 1][1], pats)
            reversed_ = _reversed(text, a, slots[i + 1][1], pats) if joined is None else \
                None if stated else _rolled_back(text, joined)
            if reversed_ is not None:
                problems.append(reversed_)
            if joined is not None:
                out.append(joined)
                i += 2
                continue
        if (t := _single(text, a, pats, problems)) is not None:
            out.append(t)
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


_TWO_DIGIT_YEAR = re.compile(r"\s+['’]?(\d\d)(?!\w|[.,]\d)")


def year_after(lang: Language, text: str, atom: Atom) -> Atom:
    """What may follow a date without a year: a two-digit year ("le 10 novembre 93") or
    "dernier" / "prochain", which say on which side of the text's date it falls."""
    if lang.timex["two_digit_years"] and atom.day is not None:
        m2 = _TWO_DIGIT_YEAR.match(text, atom.end)
        if m2:
            yy = int(m2.group(1))
            year: int | None = 2000 + yy if yy < 30 else 1900 + yy
            if not valid_day(year, atom.month or 1, atom.day):  # type: ignore[arg-type]
                year = None
            return attrs.evolve(atom, year=year, end=m2.end())
    m3 = timex_rx(lang)["after_dir"].match(text, atom.end)
    if m3:
        lean = -1 if lang.timex["after"][" ".join(m3.group("w").lower().split())] == "last" else 1
        return attrs.evolve(atom, lean=lean, end=m3.end())
    return atom
