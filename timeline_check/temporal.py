"""Tag time expressions: dates, ranges, relative phrases and durations, as intervals of days.

One pass of a compiled alternation finds date atoms (full, partial, numeric, month,
year), ranges with shared parts and relative and duration phrases; a second pass
joins atoms into ranges ("from June 3 to June 19, 2023"), fills in missing years
and reads the preposition before each date (since, until, before, after).
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from typing import Any

import attrs

from .lang import Language
from .model import Interval, TimeExpr
from .rulefile import alternation

YEAR = r"(?:1[89]\d\d|20\d\d)(?![\d])"


@attrs.frozen
class DateProblem:
    """A date that cannot be: a weekday that does not match, a day the month lacks."""

    start: int
    end: int
    rule: str  # "date/impossible-date" or "date/weekday-mismatch"
    message: str
    certain: bool


@attrs.frozen
class Tagging:
    """What the tagger found in one text."""

    timexes: tuple[TimeExpr, ...]
    problems: tuple[DateProblem, ...]


@attrs.define
class _Atom:
    start: int
    end: int
    year: int | None
    month: int | None
    day: int | None = None
    days: tuple[int, int] | None = None  # part of a month or year: day or month-third bounds
    weekday: int | None = None
    year_inferred: bool = False
    part_of_year: bool = False

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


def _g(name: str, body: str) -> str:
    return f"(?P<{name}>{body})"


@functools.lru_cache(maxsize=None)
def _patterns(lang: Language) -> dict[str, re.Pattern[str]]:
    """The compiled patterns of one language."""
    ph = lang.phrases
    mon = alternation(lang.months)
    wd = alternation(lang.weekdays)
    suf = "(?:" + "|".join(re.escape(s) for s in sorted(lang.day_suffixes, key=len, reverse=True)) + ")?" if lang.day_suffixes else ""
    parts = alternation(lang.month_parts)
    num = "(?:" + alternation(lang.numbers) + r"|\d{1,3})"
    vague = alternation(lang.vague_numbers)
    unit = alternation(lang.units)
    open_, join = alternation(ph["range_open"]), alternation(ph["range_join"])
    day = r"(?<![\d,.])(?:[0-3]?\d)"
    art = r"(?:the\s+|le\s+|l['’]\s*)?"
    dates = "|".join([
        _g("rs1", rf"(?:{_g('rs1_open', open_)}\s+)?{_g('rs1_mon', mon)}\.?\s+{_g('rs1_d1', day)}{suf}\s*{_g('rs1_join', join)}\s*{art}{_g('rs1_d2', day)}{suf}(?![\d/:])(?!\s*(?:of\s+)?{mon})(?:,?\s+{_g('rs1_y', YEAR)})?"),
        _g("rs2", rf"(?:{_g('rs2_open', open_)}\s+)?{_g('rs2_d1', day)}{suf}\s*{_g('rs2_join', join)}\s*{art}{_g('rs2_d2', day)}{suf}\s+(?:of\s+)?{_g('rs2_mon', mon)}\.?(?:,?\s+{_g('rs2_y', YEAR)})?"),
        _g("rs3", rf"(?:{_g('rs3_open', open_)}\s+)?{_g('rs3_m1', mon)}\.?\s*{_g('rs3_join', join)}\s*{_g('rs3_m2', mon)}\.?,?\s+{_g('rs3_y', YEAR)}"),
        _g("iso", r"(?<![\d/.-])(?P<iso_y>\d{4})-(?P<iso_m>\d\d)-(?P<iso_d>\d\d)(?!\d)"),
        _g("num", r"(?<![\d/.,-])(?P<num_a>\d{1,2})/(?P<num_b>\d{1,2})/(?P<num_y>\d{4}|\d\d)(?![\d/])"),
        # 12.12.2018: day first wherever it is written with dots (a European form).
        _g("dot", r"(?<![\d/.,-])(?P<dot_d>\d{1,2})\.(?P<dot_m>\d{1,2})\.(?P<dot_y>(?:19|20)\d\d)(?![\d.]\d)"),
        _g("mdy", rf"(?:{_g('mdy_wd', wd)}\.?,?\s+)?{_g('mdy_mon', mon)}\.?\s+{_g('mdy_d', day)}{suf}(?![\d/:])(?:,?\s+{_g('mdy_y', YEAR)})?"),
        _g("dmy", rf"(?:{_g('dmy_wd', wd)}\.?,?\s+)?(?:the\s+)?{_g('dmy_d', day)}{suf}\s+(?:of\s+)?{_g('dmy_mon', mon)}\.?(?:,?\s+{_g('dmy_y', YEAR)})?"),
        _g("my", rf"(?:{_g('my_part', parts)}[\s-]*)?{_g('my_mon', mon)}\.?,?\s+(?:of\s+|de\s+|d['’])?{_g('my_y', YEAR)}"),
        _g("pm", rf"{_g('pm_part', parts)}[\s-]*{_g('pm_mon', mon)}(?![\s.,]*\d)"),
        _g("lm", rf"{_g('lm_lead', alternation(ph['year_lead']))}\s+{_g('lm_mon', mon)}(?![\s.,]*\d)"),
        _g("yr", rf"(?:{_g('yr_part', parts)}[\s-]*|{_g('yr_lead', alternation(ph['year_lead']))}\s+){_g('yr_y', YEAR)}(?![,.]\d)"),
        _g("fix", rf"{_g('fix_next', alternation(ph['next_day']))}|{_g('fix_same', alternation(ph['same_day']))}|{_g('fix_prev', alternation(ph['previous_day']))}"),
        _g("rel", rf"(?:{_g('rel_num', num)}|{_g('rel_vague', vague)})\s+{_g('rel_unit', unit)}\s+(?:{_g('rel_later', alternation(ph['later']))}|{_g('rel_earlier', alternation(ph['earlier']))}|{_g('rel_after', alternation(ph['after_event']))}|{_g('rel_before', alternation(ph['before_event']))})"),
        _g("dur", rf"{_g('dur_lead', alternation(ph['duration_lead']))}\s+(?:{_g('dur_mod', alternation(ph['more_than'] + ph['less_than'] + ph['about']))}\s+)?(?:{_g('dur_num', num)}|{_g('dur_vague', vague)})\s+{_g('dur_unit', unit)}"),
    ])
    tail = r"\s*(?:the\s+|le\s+|l['’]\s*)?$"
    return {
        "main": re.compile(dates, re.I),
        "open_before": re.compile(rf"(?:{open_}){tail}", re.I),
        "join_gap": re.compile(rf"\s*,?\s*(?P<j>{join})\s*(?:the\s+|le\s+|l['’]\s*|on\s+)?", re.I),
        "join_alone": re.compile(alternation(ph["range_join_alone"]), re.I),
        **{q: re.compile(rf"(?:{alternation(ph[q])}){tail}", re.I) for q in ("since", "until", "before", "after")},
        "from_before": re.compile(rf"(?:from|de|du|dès){tail}", re.I),
        # "at 9:52 am", "at 14:00", "à 14 h 30": a time of day right after a date.
        "time": re.compile(rf"\s*,?\s*(?:{alternation(ph['time_lead'])})\s+(?P<h>[0-2]?\d)"
                           r"(?:(?:\s*[:.]\s*|\s*h\s*)(?P<m>[0-5]\d)|(?P<hh>\s*h\b))?"
                           r"(?:\s*(?P<ap>[ap])\.?\s?m\b\.?)?", re.I),
    }


def _month(lang: Language, word: str) -> int:
    return lang.months[word.lower().rstrip(".")]


def _num(lang: Language, word: str) -> int:
    w = word.lower()
    return int(w) if w.isdigit() else lang.numbers[w]


def _span_amount(n: tuple[int, int], unit_days: int, duration: bool) -> tuple[int, int | None]:
    """Bounds in days of ``n`` units: months and years vary, weeks a day either way."""
    lo, hi = n
    if unit_days == 1:
        return (max(0, lo - 1), hi) if duration else (lo, hi)
    if unit_days == 7:
        return 7 * lo - 1, 7 * hi + 1
    if unit_days == 30:
        return 28 * lo - 1, 31 * hi + 1
    return 365 * lo - 1, 366 * hi + 1


def _amount(lang: Language, m: re.Match[str], pre: str, duration: bool) -> tuple[int, int | None]:
    if m.group(f"{pre}_vague"):
        n = lang.vague_numbers[" ".join(m.group(f"{pre}_vague").lower().split())]
    else:
        k = _num(lang, m.group(f"{pre}_num"))
        n = (k, k)
    unit_days = lang.units[" ".join(m.group(f"{pre}_unit").lower().split())]
    lo, hi = _span_amount(n, unit_days, duration)
    mod = (m.groupdict().get(f"{pre}_mod") or "").lower()
    if mod:
        mod = " ".join(mod.split())
        if mod in lang.phrases["more_than"]:
            return lo, None
        if mod in lang.phrases["less_than"]:
            return 0, hi
        slack = max(1, (hi or lo) // 6)
        return max(0, lo - slack), (hi + slack if hi is not None else None)
    return lo, hi


def _valid(y: int, m: int, d: int) -> bool:
    return 1 <= m <= 12 and 1 <= d <= calendar.monthrange(y, m)[1]


def tag(text: str, lang: Language, reference: int | None = None) -> Tagging:
    """Every time expression in ``text``; ``reference`` (a day ordinal) is the text's own date."""
    pats = _patterns(lang)
    atoms: list[tuple[str, _Atom | None, re.Match[str]]] = []
    others: list[TimeExpr] = []
    problems: list[DateProblem] = []
    caps = lang.code == "en"

    def month_ok(word: str) -> bool:
        return not caps or word[:1].isupper()

    for m in pats["main"].finditer(text):
        k = m.lastgroup
        g = m.group
        if k in ("rs1", "rs2", "rs3"):
            if k == "rs3":
                if not (month_ok(g("rs3_m1")) and month_ok(g("rs3_m2"))):
                    continue
                y = int(g("rs3_y"))
                m1, m2 = _month(lang, g("rs3_m1")), _month(lang, g("rs3_m2"))
                a = _Atom(m.start(), m.start("rs3_m1") + len(g("rs3_m1")), y if m1 <= m2 else y - 1, m1)
                b = _Atom(m.start("rs3_m2"), m.end(), y, m2)
            else:
                mon = g(f"{k}_mon")
                if not month_ok(mon):
                    continue
                y = int(g(f"{k}_y")) if g(f"{k}_y") else None
                mo = _month(lang, mon)
                d1, d2 = int(g(f"{k}_d1")), int(g(f"{k}_d2"))
                if d1 >= d2 or not (1 <= d1 <= 31 and 1 <= d2 <= 31):
                    continue
                a = _Atom(m.start(), m.end(f"{k}_d1"), y, mo, d1)
                b = _Atom(m.start(f"{k}_d2"), m.end(), y, mo, d2)
            atoms.append(("range", a, m))
            atoms.append(("range_end", b, m))
            continue
        if k == "fix":
            amt = (1, 1) if g("fix_next") or g("fix_prev") else (0, 0)
            others.append(TimeExpr(m.start(), m.end(), g(0), "relative", amount=amt,
                                   direction=-1 if g("fix_prev") else 1, anchor="previous"))
            continue
        if k == "rel":
            amt = _amount(lang, m, "rel", duration=False)
            backwards = bool(g("rel_earlier") or g("rel_before"))
            anchor = "previous"
            if g("rel_after") or g("rel_before"):
                anchor = "after:" if g("rel_after") else "before:"
            others.append(TimeExpr(m.start(), m.end(), g(0), "relative", amount=amt,
                                   direction=-1 if backwards else 1, anchor=anchor))
            continue
        if k == "dur":
            others.append(TimeExpr(m.start(), m.end(), g(0), "duration", amount=_amount(lang, m, "dur", duration=True)))
            continue
        atom = _atom(lang, k, m, month_ok)
        if atom is None:
            continue
        if atom == "invalid":
            problems.append(DateProblem(m.start(), m.end(), "date/impossible-date", f"“{g(0)}” is not a date: the month has no such day.", True))
            continue
        atoms.append(("atom", atom, m))

    _infer_years(atoms, reference)
    timexes = _combine(text, atoms, pats, problems)
    out = sorted(_anchor_relatives(text, others, timexes), key=lambda t: (t.start, t.end))
    return Tagging(tuple(out), tuple(problems))


def _atom(lang: Language, k: str | None, m: re.Match[str], month_ok: Any) -> _Atom | str | None:
    g = m.group
    if k == "iso":
        y, mo, d = int(g("iso_y")), int(g("iso_m")), int(g("iso_d"))
        return _Atom(m.start(), m.end(), y, mo, d) if _valid(y, mo, d) else "invalid"
    if k == "num":
        a, b, y = int(g("num_a")), int(g("num_b")), int(g("num_y"))
        y = y + 2000 if y < 100 else y
        mo, d = (a, b) if lang.numeric_dates == "mdy" else (b, a)
        if not 1 <= mo <= 12:
            return None
        return _Atom(m.start(), m.end(), y, mo, d) if _valid(y, mo, d) else "invalid"
    if k == "dot":
        y, mo, d = int(g("dot_y")), int(g("dot_m")), int(g("dot_d"))
        if not 1 <= mo <= 12:
            return None
        return _Atom(m.start(), m.end(), y, mo, d) if _valid(y, mo, d) else "invalid"
    if k in ("mdy", "dmy"):
        mon = g(f"{k}_mon")
        if not month_ok(mon):
            return None
        y = int(g(f"{k}_y")) if g(f"{k}_y") else None
        mo, d = _month(lang, mon), int(g(f"{k}_d"))
        if not 1 <= d <= 31:
            return None
        if d > calendar.monthrange(y or 2000, mo)[1]:
            return "invalid"
        wd = g(f"{k}_wd")
        return _Atom(m.start(), m.end(), y, mo, d, weekday=lang.weekdays[wd.lower().rstrip(".")] if wd else None)
    if k == "my":
        if not month_ok(g("my_mon")):
            return None
        part = g("my_part")
        return _Atom(m.start(), m.end(), int(g("my_y")), _month(lang, g("my_mon")),
                     days=lang.month_parts[" ".join(part.lower().split())] if part else None)
    if k == "pm":
        if not month_ok(g("pm_mon")):
            return None
        return _Atom(m.start(), m.end(), None, _month(lang, g("pm_mon")),
                     days=lang.month_parts[" ".join(g("pm_part").lower().split())])
    if k == "lm":
        if not month_ok(g("lm_mon")) or g("lm_mon").lower() in ("may", "march") and not g("lm_mon")[0].isupper():
            return None
        return _Atom(m.start("lm_mon"), m.end(), None, _month(lang, g("lm_mon")))
    if k == "yr":
        part = g("yr_part")
        start = m.start() if part else m.start("yr_y")
        return _Atom(start, m.end(), int(g("yr_y")), None,
                     days=lang.month_parts[" ".join(part.lower().split())] if part else None, part_of_year=bool(part))
    return None


def _infer_years(atoms: list[tuple[str, _Atom | None, re.Match[str]]], reference: int | None) -> None:
    """Give a year to dates that lack one: from their range partner, the text's date or the nearest dated atom."""
    for i, (role, a, _) in enumerate(atoms):
        if role == "range" and a is not None and a.year is None and i + 1 < len(atoms):
            b = atoms[i + 1][1]
            if b is not None and b.year is not None:
                a.year = b.year
    known = [(a.start, a) for _, a, _ in atoms if a is not None and a.year is not None and a.month is not None]
    for _, a, _ in atoms:
        if a is None or a.year is not None:
            continue
        anchor: dt.date | None = dt.date.fromordinal(reference) if reference else None
        if anchor is None and known:
            before = [x for x in known if x[0] < a.start]
            src = before[-1][1] if before else known[0][1]
            iv = src.interval()
            anchor = dt.date.fromordinal(iv.lo) if iv and iv.lo else None
        if anchor is None or a.month is None:
            continue
        day = a.day or (a.days[0] if a.days else 15)
        best = None
        for y in (anchor.year - 1, anchor.year, anchor.year + 1):
            if not _valid(y, a.month, min(day, calendar.monthrange(y, a.month)[1])):
                continue
            gap = abs(dt.date(y, a.month, min(day, calendar.monthrange(y, a.month)[1])).toordinal() - anchor.toordinal())
            if best is None or gap < best[0]:
                best = (gap, y)
        if best is not None:
            a.year = best[1]
            a.year_inferred = True
            if a.day is not None and not _valid(a.year, a.month, a.day):
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


def _combine(text: str, atoms: list[tuple[str, _Atom | None, re.Match[str]]],
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
                out.append(TimeExpr(m.start(), m.end(), m.group(0), "range", first=ia, last=ib,
                                    year_inferred=a.year_inferred or b.year_inferred, granularity=a.granularity))
            i += 2
            continue
        nxt = atoms[i + 1] if i + 1 < len(atoms) else None
        if nxt is not None and nxt[0] == "atom":
            b = nxt[1]
            assert b is not None
            gap = pats["join_gap"].fullmatch(text, a.end, b.start)
            opened = pats["open_before"].search(text[max(0, a.start - 40):a.start])
            if gap and (opened or pats["join_alone"].fullmatch(gap.group("j"))):
                if a.year is None or (a.year_inferred and b.year is not None and not b.year_inferred):
                    # "from June 3 to June 19, 2023": the year is stated, once, for both.
                    a.year = b.year if (a.month or 0) <= (b.month or 12) else (b.year or 1) - 1
                    a.year_inferred = b.year_inferred
                ia, ib = a.interval(), b.interval()
                if ia and ib and ia.lo is not None and ib.hi is not None and ia.lo <= ib.hi:
                    start = opened.start() + max(0, a.start - 40) if opened else a.start
                    out.append(TimeExpr(start, b.end, text[start:b.end], "range", first=ia, last=ib,
                                        year_inferred=a.year_inferred or b.year_inferred,
                                        granularity=a.granularity))
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


def _anchor_relatives(text: str, others: list[TimeExpr], dates: list[TimeExpr]) -> list[TimeExpr]:
    """Relative phrases "N days after <X>": resolve X to a date, an event word, or the previous event."""
    out = []
    starts = {t.start: t for t in dates}
    for t in others:
        if t.kind == "relative" and t.anchor in ("after:", "before:"):
            rest = text[t.end:t.end + 80]
            lead = len(rest) - len(rest.lstrip(" ,"))
            ref = starts.get(t.end + lead) or next((d for d in dates if t.end < d.start <= t.end + 6), None)
            if ref is not None and ref.first is not None and t.amount is not None:
                lo, hi = ref.first.lo, (ref.last or ref.first).hi
                sign = t.direction
                a0, a1 = t.amount
                a1 = a0 if a1 is None else a1
                iv = Interval(lo + a0 * sign if sign > 0 else lo - a1, hi + a1 if sign > 0 else hi - a0)
                out.append(TimeExpr(t.start, ref.end, text[t.start:ref.end], "date", first=iv, granularity="fuzzy"))
                continue
            end = re.search(r"[.;:!?,]|$", rest)
            out.append(attrs.evolve(t, anchor="phrase:" + rest[: end.start() if end else 80]))
        else:
            out.append(t)
    # A date consumed by "N days after <date>" is not a date of its own.
    spans = [(o.start, o.end) for o in out if o.kind == "date"]
    return out + [d for d in dates if not any(s <= d.start and d.end <= e for s, e in spans)]
