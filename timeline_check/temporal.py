"""Tag time expressions: dates, ranges, relative phrases and durations, as intervals of days.

One pass of a compiled alternation finds date atoms (full, partial, numeric, month,
year), ranges with shared parts and relative and duration phrases; a second pass
joins atoms into ranges ("from June 3 to June 19, 2023"), fills in missing years
and reads the preposition before each date (since, until, before, after).
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import functools
import re
from collections.abc import Iterator
from typing import Any

import attrs

from .lang import Language
from .model import Interval, TimeExpr
from .rulefile import Phrases, WordIndex, alternation, branch_openings, compile_phrases, first_letters, word_index

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
    art = rf"(?:{lang.alt('article')}\s*)?"
    of = rf"(?:{lang.alt('genitive')}\s*)?"
    dates = "|".join([
        _g("rs1", rf"(?:{_g('rs1_open', open_)}\s+)?{_g('rs1_mon', mon)}\.?\s+{_g('rs1_d1', day)}{suf}\s*{_g('rs1_join', join)}\s*{art}{_g('rs1_d2', day)}{suf}(?![\d/:])(?!\s*{of}{mon})(?:,?\s+{_g('rs1_y', YEAR)})?"),
        _g("rs2", rf"(?:{_g('rs2_open', open_)}\s+)?(?:{wd}\.?,?\s+)?{_g('rs2_d1', day)}{suf}\s*{_g('rs2_join', join)}\s*{art}(?:{wd}\.?,?\s+)?{_g('rs2_d2', day)}{suf}\s+{of}{_g('rs2_mon', mon)}\.?(?:,?\s+{_g('rs2_y', YEAR)})?"),
        _g("rs3", rf"(?:{_g('rs3_open', open_)}\s+)?{_g('rs3_m1', mon)}\.?\s*{_g('rs3_join', join)}\s*{_g('rs3_m2', mon)}\.?,?\s+{_g('rs3_y', YEAR)}"),
        _g("iso", r"(?<![\d/.-])(?P<iso_y>\d{4})-(?P<iso_m>\d\d)-(?P<iso_d>\d\d)(?!\d)"),
        _g("num", r"(?<![\d/.,-])(?P<num_a>\d{1,2})/(?P<num_b>\d{1,2})/(?P<num_y>\d{4}|\d\d)(?![\d/])"),
        # 12.12.2018: day first wherever it is written with dots (a European form).
        _g("dot", r"(?<![\d/.,-])(?P<dot_d>\d{1,2})\.(?P<dot_m>\d{1,2})\.(?P<dot_y>(?:19|20)\d\d)(?![\d.]\d)"),
        _g("mdy", rf"(?:{_g('mdy_wd', wd)}\.?,?\s+)?{_g('mdy_mon', mon)}\.?\s+{_g('mdy_d', day)}{suf}(?![\d/:])(?:,?\s+{_g('mdy_y', YEAR)})?"),
        _g("dmy", rf"(?:{_g('dmy_wd', wd)}\.?,?\s+)?(?:{lang.alt('day_article')}\s*)?{_g('dmy_d', day)}{suf}\s+{of}{_g('dmy_mon', mon)}\.?(?:,?\s+{of}{_g('dmy_y', YEAR)})?"),
        _g("my", rf"(?:{_g('my_part', parts)}[\s-]*)?{_g('my_mon', mon)}\.?,?\s+{of}{_g('my_y', YEAR)}"),
        _g("pm", rf"{_g('pm_part', parts)}[\s-]*{_g('pm_mon', mon)}(?![\s.,]*\d)"),
        _g("lm", rf"{_g('lm_lead', alternation(ph['year_lead']))}\s+{_g('lm_mon', mon)}(?![\s.,]*\d)"),
        _g("yr", rf"(?:{_g('yr_part', parts)}[\s-]*|{_g('yr_lead', alternation(ph['year_lead']))}\s+){_g('yr_y', YEAR)}(?![,.\-/]\d)"),
        _g("fix", rf"{_g('fix_next', alternation(ph['next_day']))}|{_g('fix_same', alternation(ph['same_day']))}|{_g('fix_prev', alternation(ph['previous_day']))}"),
        _g("rel", rf"(?:{_g('rel_mod', alternation(ph['more_than'] + ph['less_than'] + ph['about']))}\s*)?(?:{_g('rel_num', num)}|{_g('rel_vague', vague)})\s+{_g('rel_unit', unit)}\s+(?:{_g('rel_later', alternation(ph['later']))}|{_g('rel_earlier', alternation(ph['earlier']))}|{_g('rel_after', alternation(ph['after_event']))}|{_g('rel_before', alternation(ph['before_event']))})"),
        _g("dur", rf"{_g('dur_lead', alternation(ph['duration_lead']))}\s+(?:{_g('dur_mod', alternation(ph['more_than'] + ph['less_than'] + ph['about']))}\s*)?(?:{_g('dur_num', num)}|{_g('dur_vague', vague)})\s+{_g('dur_unit', unit)}"),
        *([_g("tx", tx)] if (tx := _timex_pattern(lang)) else []),
    ])
    # What must follow an opening word of these lists where a date phrase starts with it: "in"
    # opens a date only before a month or a year, "a" only before a unit ("a day later").
    mods = alternation(ph["more_than"] + ph["less_than"] + ph["about"])
    follow = {"year_lead": rf"\s+(?:{mon}|\d)", "day_article": r"\s*\d", "numbers": rf"\s+{unit}", "vague_numbers": rf"\s+{unit}",
              # "\s*": "plus d'un mois", the article elided
              **{k: rf"\s*(?:{num}|{vague})" for k in ("more_than", "less_than", "about")},
              "duration_lead": rf"\s+(?:{mods}\s*)?(?:{num}|{vague})"}
    tail = rf"\s*(?:{lang.alt('article')}\s*)?$"
    # "\s*+(?:,\s*+)?" rather than "\s*,?\s*": the same words, but the two runs of white space
    # cannot trade characters, so a long run of spaces after a date is not tried in O(n²) ways.
    return {
        "main": re.compile(dates, re.I),
        **_starts(lang, dates, follow),
        # "between approximately January 30 and ...": a hedge may stand between the range's words and its dates
        "open_before": re.compile(rf"(?:{open_})(?:\s+{alternation(ph['about'])})?{tail}", re.I),
        "open_at": re.compile(rf"(?:{open_})\s+", re.I),
        "join_gap": re.compile(rf"\s*+(?:,\s*+)?(?P<j>{join})\s*(?:(?:{lang.alt('article')}|{lang.alt('day_lead')}|{alternation(ph['about'])})\s*)?", re.I),
        "join_alone": re.compile(alternation(ph["range_join_alone"]), re.I),
        "join_full": re.compile(alternation(ph["range_join_full"]), re.I),
        # Right after "the next day", "the same day": words that name what it counts from.
        "day_link": re.compile(rf"\s*(?:{alternation(ph['day_link'])})", re.I),
        "day_subject": re.compile(rf"\s*(?:{alternation(ph['day_subject'])})", re.I),
        "conjunction": re.compile(rf"(?:{alternation(ph['conjunction'])})\s*$", re.I),
        **{q: re.compile(rf"(?:{alternation(ph[q])}){tail}", re.I) for q in ("since", "until", "before", "after")},
        "from_before": re.compile(rf"(?:{lang.alt('start_from')}){tail}", re.I),
        # "at 9:52 am", "at 14:00", "à 14 h 30", ", 16:20": a time of day right after a date
        # (without a lead word only in the form of a clock).
        "time": re.compile(rf"\s*+(?:,\s*+)?(?:(?:{alternation(ph['time_lead'])})\s+|(?=[0-2]?\d:[0-5]\d(?!\d)))(?P<h>[0-2]?\d)"
                           r"(?:(?:\s*[:.]\s*|\s*h(?:eures?)?\s*)(?P<m>[0-5]\d)|(?P<hh>\s*h(?:eures?)?\b))?"
                           r"(?:\s*(?P<ap>[ap])\.?\s?m\b\.?)?", re.I),
    }


# Where each alternative of "main" can start: at a phrase of these lists or at a digit. An
# alternative missing here is tried wherever it could start by its first characters (see _starts).
_OPENS = {
    "rs1": ("range_open", "months"), "rs2": ("range_open", "digit"), "rs3": ("range_open", "months"),
    "iso": ("digit",), "num": ("digit",), "dot": ("digit",),
    "mdy": ("weekdays", "months"), "dmy": ("weekdays", "day_article", "digit"),
    "my": ("month_parts", "months"), "pm": ("month_parts",), "lm": ("year_lead",),
    "yr": ("month_parts", "year_lead"), "fix": ("next_day", "same_day", "previous_day"),
    "rel": ("more_than", "less_than", "about", "numbers", "digit", "vague_numbers"), "dur": ("duration_lead",),
    "tx": ("timex_firsts", "digit"),
}
_ANYWHERE = {  # openings not held to a word start: their ASCII first characters, look-ahead
    "digit": ("0123456789", r"\d"),
}
# Openings too common to try at each ("the"): looked for with the digit that must follow.
_SCANNED = ("day_article",)


def _opening_lists(lang: Language) -> dict[str, Any]:
    """The word lists ``_OPENS`` names, by name."""
    return {"months": lang.months, "weekdays": lang.weekdays, "month_parts": lang.month_parts,
            "numbers": lang.numbers, "vague_numbers": lang.vague_numbers, **lang.phrases,
            "timex_firsts": _timex_firsts(lang)}


def _starts(lang: Language, dates: str, follow: dict[str, str]) -> dict[str, re.Pattern[str]]:
    """``{"start": pattern}``: a pattern that consumes the first character of every place
    where a match of ``dates`` can start, and of few others; empty when that cannot be told.
    ``follow`` holds, for some opening lists, what every date phrase has after their words."""
    names = [n for n in re.compile(dates, re.I).groupindex if "_" not in n]  # the alternatives
    branches: dict[str, tuple[set[str], bool]] = {n: (set(), True) for n in names if n in _OPENS}
    tests: dict[str, str] = {}
    for name in names:
        if name not in _OPENS:
            group = _group_source(dates, name)
            found = branch_openings(group, re.I)
            if found is None:
                return {}
            branches.update(found)
            tests[name] = _leading_tests(group)
    lists = _opening_lists(lang)
    kinds = {k for name in branches for k in _OPENS.get(name, ())}
    phrases = [p for k in sorted(kinds - set(_ANYWHERE)) for p in lists[k]]
    chars, word_start = first_letters(phrases)
    if chars == r"[\s\S]":
        return {}
    anywhere = "".join(_ANYWHERE[k][0] for k in sorted(kinds & set(_ANYWHERE)))
    # A TIMEX3 expression's first word is looked for with the word after it (its guard).
    guarded = {"timex_firsts": _timex_guard(lang)} if lang.timex else {}
    guarded |= {k: alternation(lists[k]) + after for k, after in follow.items()}
    ahead = [alternation([p for k in sorted(kinds - set(_ANYWHERE) - set(guarded)) for p in lists[k]])]
    ahead += [guarded[k] for k in sorted(kinds & set(guarded))] + [_ANYWHERE[k][1] for k in sorted(kinds & set(_ANYWHERE))]
    lead = set(anywhere)
    for name, (first, at_word) in branches.items():
        if name not in _OPENS:  # tried wherever its first characters allow
            lead |= first
            anywhere += "" if at_word else "".join(sorted(first))
            ahead.append(tests[name] + (r"(?<!\w)" if at_word else "") + _class_of(first))
    lead |= {ch for ch in map(chr, range(128)) if re.fullmatch(chars, ch)}
    near = ""
    if word_start:  # a letter inside a word starts nothing, unless an opening may start there
        near = r"(?:(?<!\w[\s\S])" + (f"|(?<={_class_of(set(anywhere))})" if anywhere else "") + ")"
    return {"start": re.compile(rf"{_class_of(lead)}{near}(?<=(?=(?:{'|'.join(ahead)}))[\s\S])", re.I)}


def _group_source(source: str, name: str) -> str:
    """The text of the group ``(?P<name>...)`` in a pattern's source ("" when not found)."""
    start = source.find(f"(?P<{name}>")
    return source[start:_group_end(source, start)] if start >= 0 else ""


def _group_end(source: str, start: int) -> int:
    """Where the group opened at ``source[start]`` ends (past its ")"), or 0."""
    depth, i = 0, start
    while 0 <= i < len(source):
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            i += 2 if source[i + 1:i + 2] == "]" else 3 if source[i + 1:i + 3] == "^]" else 1
            while i < len(source) and source[i] != "]":
                i += 2 if source[i] == "\\" else 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return 0


def _leading_tests(group: str) -> str:
    """The look-arounds a group ``(?P<name>...)`` opens with: they hold wherever it matches."""
    i = group.find(">") + 1
    out = []
    while group.startswith(("(?=", "(?!", "(?<=", "(?<!"), i):
        end = _group_end(group, i)
        if not end:
            return ""
        out.append(group[i:end])
        i = end
    return "".join(out)


def _class_of(chars: set[str]) -> str:
    """A case-sensitive class of ``chars`` (ASCII) and of every non-ASCII character."""
    return first_letters((), also="".join(chars))[0]


_DIGIT = re.compile(r"\d")
_ROMAN_RUN = re.compile(r"[ivx]+(?:e|è|ème|st|nd|rd|th)")  # folded "XXIVe", "XXXth": past the listed numerals


@functools.lru_cache(maxsize=None)
def _openings(lang: Language) -> Phrases | None:
    """The words a date phrase can open with, as heads of a ``Phrases`` (digits, day articles
    and Roman numerals aside); None when an alternative of the date pattern opens otherwise."""
    names = [n for n in _patterns(lang)["main"].groupindex if "_" not in n]
    if any(n not in _OPENS for n in names):
        return None
    lists = _opening_lists(lang)
    kinds = {k for n in names for k in _OPENS[n]} - set(_ANYWHERE) - set(_SCANNED)
    found = compile_phrases([p for k in sorted(kinds) for p in lists[k]])
    return found if found.heads is not None else None


@functools.lru_cache(maxsize=None)
def _day_article(lang: Language) -> re.Pattern[str]:
    """A day's article with the digit after it ("the 5th of May")."""
    return re.compile(rf"{lang.alt('day_article')}(?=\s*\d)", re.I)


def _candidates(lang: Language, text: str, index: WordIndex) -> list[int] | None:
    """Every place where a date phrase can start, and some others, in order; None when they
    cannot be told from the words (then the text is scanned)."""
    openings = _openings(lang)
    if openings is None:
        return None
    found = openings.starts(index)
    found += [m.start() for m in _DIGIT.finditer(text)]
    if lang.phrases["day_article"]:
        found += [m.start() for m in _day_article(lang).finditer(text)]
    found += [p for w in index.words if w[:1] in "ivx" and _ROMAN_RUN.fullmatch(w) for p in index.at[w]]
    return sorted(set(found))


def _dates(lang: Language, text: str, index: WordIndex | None) -> Iterator[re.Match[str]]:
    """The matches of the date pattern (``pats["main"]``) in ``text``, the same as its ``finditer`` gives.

    ``finditer`` tries the long alternation at every character. Here the places where a
    match can start are found first: the text's words a date phrase opens with (from its
    ``index``), its digits, articles before a day and Roman numerals; of those, the ones a fast
    test (``pats["start"]``) passes. The alternation is tried there only, left to right, each after the end of the
    last match.
    """
    pats = _patterns(lang)
    if "start" not in pats:
        yield from pats["main"].finditer(text)
        return
    match, start = pats["main"].match, pats["start"]
    found = _candidates(lang, text, index or word_index(text))
    if found is None:
        found = [c.start() for c in start.finditer(text)]
    end, test = 0, start.match
    for pos in found:
        if pos >= end and test(text, pos) and (m := match(text, pos)) is not None:
            end = m.end()
            yield m


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


def _fixed_day(lang: Language, words: str, sign: str) -> str:
    """The TIMEX3 template of "the next day", "the following morning", "le matin même", "la veille"."""
    parts = lang.timex.get("day_parts", {})
    part = next((parts[w] for w in reversed(words.lower().split()) if w in parts), None)
    return f"TIME REF:day{sign}|T{part}" if part else f"DATE REF:day{sign}"


def _amount_timex(lang: Language, m: re.Match[str], pre: str) -> tuple[str, str]:
    """The TIMEX3 number ("3", "X") and unit ("D", "W") of a matched amount."""
    word = " ".join(m.group(f"{pre}_unit").lower().split())
    unit = lang.timex.get("units", {}).get(word) or {1: "D", 7: "W", 30: "M", 365: "Y"}.get(lang.units.get(word, 1), "D")
    if m.group(f"{pre}_vague"):
        return "X", unit
    return str(_num(lang, m.group(f"{pre}_num"))), unit


def _valid(y: int, m: int, d: int) -> bool:
    return 1 <= m <= 12 and 1 <= d <= calendar.monthrange(y, m)[1]


def tag(text: str, lang: Language, reference: int | None = None, index: WordIndex | None = None) -> Tagging:
    """Every time expression in ``text``; ``reference`` (a day ordinal) is the text's own date,
    ``index`` the text's ``WordIndex`` when the caller has built it already."""
    pats = _patterns(lang)
    atoms: list[tuple[str, _Atom | None, re.Match[str]]] = []
    others: list[TimeExpr] = []
    problems: list[DateProblem] = []
    caps = lang.code == "en"

    def month_ok(word: str) -> bool:
        return not caps or word[:1].isupper()

    for m in _dates(lang, text, index):
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
                b = _Atom(m.start(f"{k}_d2"), _end(lang, m), y, mo, d2)
            atoms.append(("range", a, m))
            atoms.append(("range_end", b, m))
            continue
        if k == "tx":
            tx_expr = _timex_expr(lang, m, text, reference)
            if tx_expr is not None:
                others.append(tx_expr)
            continue
        if k == "fix" and lang.timex:
            longer = _timex_rx(lang)["days_at"].match(text, m.start())
            if longer and longer.end() > m.end():
                off = lang.timex["days"][" ".join(longer.group(0).lower().replace("’", "'").split())]
                others.append(_template(m.start(), longer.end(), longer.group(0), f"DATE DCT:day{off:+d}", reference))
                continue
        if k == "fix":
            amt = (1, 1) if g("fix_next") or g("fix_prev") else (0, 0)
            others.append(TimeExpr(m.start(), m.end(), g(0), "relative", amount=amt,
                                   direction=-1 if g("fix_prev") else 1, anchor=_day_anchor(text, m.start(), m.end(), pats),
                                   timex=_fixed_day(lang, g(0), '+1' if g('fix_next') else '-1' if g('fix_prev') else '+0')))
            continue
        if k == "rel":
            amt = _amount(lang, m, "rel", duration=False)
            backwards = bool(g("rel_earlier") or g("rel_before"))
            anchor = "previous"
            if g("rel_after") or g("rel_before"):
                anchor = "after:" if g("rel_after") else "before:"
            elif backwards and _NAMES_NEXT.match(text, m.end()) and g("rel_earlier").lower() in lang.phrases["before_event"]:
                anchor = "before:"  # "onze jours avant le chiffrement": "avant" before words is "before <event>"
            n, u = _amount_timex(lang, m, "rel")
            cal = {"D": "day", "W": "week", "M": "month", "Y": "year"}.get(u)
            stamp, parts = None, ()
            if anchor == "previous" and n != "X" and cal:
                stamp = f"DATE REF:{cal}{'-' if backwards else '+'}{n}"
            else:
                parts = (TimeExpr(m.start(), m.end("rel_unit"), text[m.start():m.end("rel_unit")], "timex",
                                  timex=f"DURATION {length(n, u)}"),)
            others.append(TimeExpr(m.start(), m.end(), g(0), "relative", amount=amt,
                                   direction=-1 if backwards else 1, anchor=anchor, timex=stamp, parts=parts))
            continue
        if k == "dur":
            n, u = _amount_timex(lang, m, "dur")
            a0 = m.start("dur_mod") if g("dur_mod") else m.start("dur_num") if g("dur_num") else m.start("dur_vague")
            part = TimeExpr(a0, m.end(), text[a0:m.end()], "timex", timex=f"DURATION {length(n, u)}")
            others.append(TimeExpr(m.start(), m.end(), g(0), "duration", amount=_amount(lang, m, "dur", duration=True),
                                   parts=(part,)))
            continue
        atom = _atom(lang, k, m, month_ok)
        if atom is None:
            continue
        if atom == "invalid":
            problems.append(DateProblem(m.start(), m.end(), "date/impossible-date", f"“{g(0)}” is not a date: the month has no such day.", True))
            continue
        if atom.year is None and lang.timex and atom.month is not None:
            _year_after(lang, text, atom)
            if not atom.lean and atom.year is None and _future(lang, text, atom.start, atom.end):
                atom.lean = 1
        atoms.append(("atom", atom, m))

    _infer_years(atoms, reference)
    timexes = _combine(text, atoms, pats, problems)
    out = sorted(_anchor_relatives(text, others, timexes), key=lambda t: (t.start, t.end))
    return Tagging(tuple(out), tuple(problems))


def _end(lang: Language, m: re.Match[str]) -> int:
    """Where a date ending in a month name ends: not after a full stop that ends the sentence
    ("le 21 novembre."), only after one that ends an abbreviation ("Nov.")."""
    words = m.group(0)[:-1].split()
    if m.group(0).endswith(".") and words and words[-1].lower() in _full_months(lang):
        return m.end() - 1
    return m.end()


@functools.lru_cache(maxsize=None)
def _full_months(lang: Language) -> frozenset[str]:
    return frozenset(_full_words(lang.months))


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
        return _Atom(m.start(), _end(lang, m), y, mo, d, weekday=lang.weekdays[wd.lower().rstrip(".")] if wd else None)
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


_NEAR_YEAR = 150  # characters from a date with its year to one without, read in the same year


def _infer_years(atoms: list[tuple[str, _Atom | None, re.Match[str]]], reference: int | None) -> None:
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
            if not _valid(y, a.month, min(day, calendar.monthrange(y, a.month)[1])):
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


def _part(text: str, a: _Atom, iv: Interval, opener: re.Pattern[str] | None = None) -> TimeExpr:
    """One end of a range, as a date of its own (for the TIMEX3 reading), without "from" or "du"."""
    start = a.start
    k = opener.match(text, start, a.end) if opener is not None else None
    if k is not None and k.end() < a.end:
        start = k.end()
    return TimeExpr(start, a.end, text[start:a.end], "date", first=iv, granularity=a.granularity,  # type: ignore[arg-type]
                    year_inferred=a.year_inferred)


_CLAUSE_END = re.compile(r"[.;:!?,()\n]|$")
_WORD_RUN = re.compile(r"[^\W\d_][\w'’-]*")
_AFTER_DATE = re.compile(r"\d,\s*$")  # "on October 1, 2024, the day after it found out": a date restated
_NAMES_NEXT = re.compile(r"[ \t]+[^\W\d_]")  # words, not a stop or a comma, after "avant"


def _day_anchor(text: str, start: int, end: int, pats: dict[str, Any]) -> str:
    """What "the next day", "the same day" or "la veille" counts from: the event named by the
    words right after it ("the same day as the discovery", "le lendemain de l'attaque", "the day
    after it found the attack"), as ``phrase:<words>``; else the previous event.

    Words after the phrase with no linking word ("as", "de") name its event only when they
    are a clause of their own: not when the phrase opens its clause and the words run to the
    end of it ("The next day the clinic notified HHS.": the clinic's own verb)."""
    rest = text[end:end + 80]
    stop = _CLAUSE_END.search(rest)
    assert stop is not None
    words = rest[:stop.start()]
    if pats["day_link"].match(words):
        return "phrase:" + words
    if pats["day_subject"].match(words) and (stop.group() == "," or not _opens_clause(text, start, pats)
                                              or _AFTER_DATE.search(text, max(0, start - 4), start)):
        return "phrase:" + words
    return "previous"


def _opens_clause(text: str, start: int, pats: dict[str, Any]) -> bool:
    """Whether a phrase at ``start`` opens its clause: at most one word ("On", "And") since
    the last punctuation, or a conjunction right before it."""
    before = text[max(0, start - 120):start]
    head = before[max(before.rfind(c) for c in ".;:!?,()\n") + 1:]
    return len(_WORD_RUN.findall(head)) <= 1 or pats["conjunction"].search(head) is not None


def _anchor_relatives(text: str, others: list[TimeExpr], dates: list[TimeExpr]) -> list[TimeExpr]:
    """Relative phrases "N days after <X>": resolve X to a date, an event word, or the previous event."""
    out = []
    starts = {t.start: t for t in dates}
    for t in others:
        if t.kind == "relative" and t.anchor in ("after:", "before:"):
            rest = text[t.end:t.end + 80]
            lead = len(rest) - len(rest.lstrip(" ,"))
            ref = starts.get(t.end + lead) or next((d for d in dates if t.end < d.start <= t.end + 6
                                                    and "\n" not in text[t.end:d.start]), None)  # not past a line end
            if ref is not None and ref.first is not None and t.amount is not None:
                lo, hi = ref.first.lo, (ref.last or ref.first).hi
                sign = t.direction
                a0, a1 = t.amount
                a1 = a0 if a1 is None else a1
                iv = Interval(lo + a0 * sign if sign > 0 else lo - a1, hi + a1 if sign > 0 else hi - a0)
                out.append(TimeExpr(t.start, ref.end, text[t.start:ref.end], "date", first=iv, granularity="fuzzy",
                                    parts=(*t.parts, *(ref.parts or (ref,)))))
                continue
            end = re.search(r"[.;:!?,\n]|$", rest)
            out.append(attrs.evolve(t, anchor="phrase:" + rest[: end.start() if end else 80]))
        else:
            out.append(t)
    # A date consumed by "N days after <date>" is not a date of its own.
    spans = [(o.start, o.end) for o in out if o.kind == "date"]
    return out + [d for d in dates if not any(s <= d.start and d.end <= e for s, e in spans)]


# --- TIMEX3 expressions: deictic and anaphoric dates, times of day, lengths, sets --------------
#
# One more branch of the same alternation ("tx"), built from the language's [timex] table.
# Each match becomes a TimeExpr whose ``timex`` is "TYPE VALUE" (see model.TimeExpr): a TIMEX3
# value, or a template anchored on the text's own date (DCT:op) or on the date before it
# (REF:op). With the text's date known, a DCT template that names a day, week, month, season,
# quarter or year is also an interval the checker can use (kind "date"); otherwise the kind is
# one the binder leaves alone ("set", "time", "timex").

_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
_OP = re.compile(r"(?P<unit>[a-z]+)(?:(?P<sign>[-+<>=~])(?P<arg>[^@|]*))?(?:@(?P<lo>\d+)-(?P<hi>\d+))?$")


def _full_words(table: dict[str, int]) -> list[str]:
    """Words of a month or weekday table that are not abbreviations of a longer one."""
    return [w for w, n in table.items()
            if not any(o != w and o.startswith(w) and table[o] == n for o in table) and not w.endswith(".")]


def _bare(words: list[str] | tuple[str, ...]) -> str:
    """An alternation of literal words with no word-boundary tail ("h" in "14h30")."""
    return "(?:" + "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)) + ")" if words else r"(?!x)x"


_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII",
          "XVIII", "XIX", "XX", "XXI", "XXII")


def _timex_phrases(lang: Language) -> list[list[str]]:
    """The words of every phrase a TIMEX3 expression can open with, lower case."""
    tx, ph = lang.timex, lang.phrases
    if not tx:
        return []
    keys = ("ordinals", "decade_words", "holidays", "each", "fixed", "days", "before", "calendar", "seasons",
            "day_parts", "span_det", "span_adj", "vague", "ago_before", "approx", "numbers", "night_of", "units")
    phrases = [p.lower().replace("’", "'").split() for key in keys for p in tx[key]]
    phrases += [p.lower().replace("’", "'").split() for p in ph["article"]]
    phrases += [p.lower().split() for words in (lang.months, lang.weekdays, lang.month_parts, lang.numbers, lang.vague_numbers,
                                                ph["about"], ph["more_than"], ph["less_than"]) for p in words]
    return [p for p in phrases if p]


def _timex_firsts(lang: Language) -> list[str]:
    """Words a TIMEX3 expression can start with (a digit aside): where the tagger looks for one."""
    if not lang.timex:
        return []
    words = {p[0] for p in _timex_phrases(lang)} | {f"q{n}" for n in range(1, 5)}
    words |= {r.lower() + suf for r in _ROMAN for suf in ("e", "è", "ème", "eme")}
    return sorted(words)


def _timex_pattern(lang: Language) -> str | None:
    tx = lang.timex
    if not tx or not tx.get("units"):
        return None
    A = alternation
    ph = lang.phrases
    mon = A(_full_words(lang.months))
    wd = A(_full_words(lang.weekdays))
    wd_pl = A([w + "s" for w in _full_words(lang.weekdays)] + _full_words(lang.weekdays))
    dp = A(tx["day_parts"])
    dp_pl = A([w + "s" for w in tx["day_parts"]] + list(tx["day_parts"]))
    art = A(ph["article"])
    units = A(tx["units"])
    num = "(?:" + A(list(lang.numbers) + list(tx["numbers"])) + r"|(?<![\d.,])\d{1,4}(?:[.,]\d{1,2})?(?!\d))"
    vague = A(list(lang.vague_numbers) + list(tx["vague"]))
    mods = A(ph["about"] + ph["more_than"] + ph["less_than"])
    quarter = A([w for w, u in tx["calendar"].items() if u in ("quarter", "half")])
    cal = A(list(tx["calendar"]) + _full_words(lang.weekdays) + _full_words(lang.months) + list(tx["seasons"]) + list(tx["day_parts"]))
    parts = A(lang.month_parts)
    conn = r"(?:,?\s+(?:of\s+|de\s+|du\s+|d['’]\s*)?)"
    # "le mois de juin": only after the word for a month
    month_word = "(?:" + "|".join(f"(?<={re.escape(w)})" for w, u in tx["calendar"].items() if u == "month") + ")" \
        if any(u == "month" for u in tx["calendar"].values()) else r"(?!x)x"
    ampm = A(tx["am"] + tx["pm"])
    subs = [
        rf"(?P<x_q>(?:{art}\s*)?(?P<x_q_ord>{A(tx['ordinals'])})\s+(?P<x_q_unit>{quarter})(?:{conn}(?:l['’]\s*année\s+|fiscal\s+)?(?P<x_q_y>{YEAR}))?)",
        rf"(?P<x_qq>(?<!\w)(?-i:Q)(?P<x_qq_n>[1-4])(?:\s+(?P<x_qq_y>{YEAR}))?(?!\w))",
        rf"(?P<x_dec>(?:(?P<x_dec_lead>{A(tx['decade_words'])})\s+['’]?(?P<x_dec_n>(?:1[89]|20)?\d0(?!\d)|{A(tx['decades'])})(?P<x_dec_s>s)?|(?<![\d'’])(?P<x_dec_n2>(?:1[89]|20)\d0)s)(?!\w))",
        rf"(?P<x_cent>(?<!\w)(?P<x_cent_n>(?-i:[IVX]{{1,5}})|\d{{1,2}})(?:e|è|ème|eme|st|nd|rd|th)\s+{A(tx['century_words'])})",
        rf"(?P<x_hol>(?P<x_hol_n>{A(tx['holidays'])})(?:,?\s+(?P<x_hol_y>{YEAR}))?)",
        rf"(?P<x_set>(?P<x_set_each>{A(tx['each'])})\s+(?:(?P<x_set_n>{num})\s+)?(?:(?P<x_set_unit>{units})|(?P<x_set_wd>{wd_pl})(?:\s+(?P<x_set_wdp>{dp}))?|(?P<x_set_mon>{mon})|(?P<x_set_sea>{A(tx['seasons'])})|(?P<x_set_dp>{dp_pl})))",
        *([rf"(?P<x_my2>(?P<x_my2_mon>{mon})\s+['’]?(?P<x_my2_y>\d\d)(?!\w|[.,]\d))"] if tx["two_digit_years"] else []),
        rf"(?P<x_night>(?P<x_night_of>{A(tx['night_of'])})\s+(?P<x_night_wd>{wd})(?:\s+(?:{A(tx['night_join'])})\s+{wd})?(?!\s+\d))",
        rf"(?P<x_fix>{A(tx['fixed'])})(?!\s+(?:\w+\s+)?{units})",
        rf"(?P<x_day>(?P<x_day_w>{A(tx['days'])})(?:,?\s+(?P<x_day_wd>{wd}))?(?:\s+(?P<x_day_dp>{dp}))?)",
        rf"(?P<x_cal>(?:(?P<x_cal_part>{parts})[\s-]*)?(?:(?P<x_cal_pre>{A(tx['before'])})\s+)?(?:{art}\s*)?(?P<x_cal_noun>{cal})(?!,?\s+(?:the\s+)?\d{{1,2}}(?!\d))"
        rf"(?:{month_word}\s+(?:de|d['’]|of)\s*(?P<x_cal_ofm>{mon})(?![\s.,]*\d))?"
        rf"(?:\s*(?P<x_cal_post>{A(tx['after'])}))?(?:\s+(?P<x_cal_dp>{dp}))?(?:{conn}(?P<x_cal_y>{YEAR}))?)",
        rf"(?P<x_span>(?:(?P<x_sp_det>{A(tx['span_det'])})\s+)?(?:(?P<x_sp_n1>{num}|{vague})\s+)?(?P<x_sp_adj>{A(tx['span_adj'])})\s+(?:(?P<x_sp_n2>{num}|{vague})\s+)?(?P<x_sp_unit>{units})"
        rf"|(?P<x_sp_det2>{A(tx['span_det'])})\s+(?:(?P<x_sp_n3>{num}|{vague})\s+)?(?P<x_sp_unit2>{units})\s+(?P<x_sp_post>{A(tx['span_post'])}))",
        rf"(?P<x_wdd>(?:{art}\s*)?(?P<x_wdd_wd>{wd})\s+(?P<x_wdd_d>[0-3]?\d)(?:er|st|nd|rd|th)?(?![\w,.:/]|\s*(?:h\b|heures?|%)|\s+(?:\w+\s+)?(?:{A(lang.months)}|{YEAR})))",
        r"(?P<x_yr>(?<![\d.,\w-])(?P<x_yr_y>(?:1[89]|20)\d\d)(?![\d\w]|[.,]\d|\s*(?:%|€|\$)))",
        rf"(?P<x_ext>(?:(?P<x_ext_ago1>{A(tx['ago_before'])})\s+)?(?:(?P<x_ext_mod>{mods})\s+)?(?:(?P<x_ext_apx>{A(tx['approx'])})\s*(?:de\s+|d['’]\s*|of\s+)|(?:(?P<x_ext_num>{num})|(?P<x_ext_vague>{vague}))(?:\s+|-))"
        # "nearly a year after the incident": a unit the checker's relative phrases read is left to them
        rf"(?:(?P<x_ext_unit>{A(lang.units)})(?!\s+(?:{A(ph['later'] + ph['earlier'] + ph['after_event'] + ph['before_event'])}))|(?P<x_ext_unit2>{A([u for u in tx['units'] if u not in lang.units])}))"
        rf"(?:\s+(?P<x_ext_half>{A(tx['half'])}))?(?:\s+(?P<x_ext_ago2>{A(tx['ago_after'])}))?)",
        rf"(?P<x_tm>(?<![\d.,:/])(?P<x_tm_h>[01]?\d|2[0-4])(?:\s*(?P<x_tm_hw>{_bare(tx['hour_words'])})(?:\s*(?P<x_tm_m>[0-5]\d)(?!\d))?(?:\s+(?P<x_tm_ap3>{ampm}))?"
        rf"|\s*:\s*(?P<x_tm_m2>[0-5]\d)(?:\s*(?P<x_tm_ap>{ampm}))?|\s*(?P<x_tm_ap2>{ampm}))(?![\w/]))",
    ]
    # Each alternative is tried only where its first character can open it.
    allnum = list(lang.numbers) + list(tx["numbers"])
    cal_nouns = list(tx["calendar"]) + _full_words(lang.weekdays) + _full_words(lang.months) + list(tx["seasons"]) + list(tx["day_parts"])
    opens: dict[str, tuple[list[str], str]] = {
        "x_q": (list(ph["article"]) + list(tx["ordinals"]), ""), "x_dec": (list(tx["decade_words"]), "0-9'’"),
        "x_cent": ([], "0-9IVX"), "x_hol": (list(tx["holidays"]), ""), "x_set": (list(tx["each"]), ""),
        "x_my2": (_full_words(lang.months), ""), "x_night": (list(tx["night_of"]), ""), "x_fix": (list(tx["fixed"]), ""),
        "x_day": (list(tx["days"]), ""), "x_cal": (list(lang.month_parts) + list(tx["before"]) + list(ph["article"]) + cal_nouns, ""),
        "x_span": (list(tx["span_det"]) + allnum + list(tx["vague"]) + list(lang.vague_numbers) + list(tx["span_adj"]), "0-9"),
        "x_wdd": (list(ph["article"]) + _full_words(lang.weekdays), ""), "x_yr": ([], "0-9"), "x_tm": ([], "0-9"),
        "x_ext": (list(tx["ago_before"]) + list(ph["about"] + ph["more_than"] + ph["less_than"]) + list(tx["approx"]) + allnum
                  + list(tx["vague"]) + list(lang.vague_numbers), "0-9"),
    }
    for i, sub in enumerate(subs):
        name = sub[4:sub.index(">")]
        if name in opens:
            words, extra = opens[name]
            chars = {c for w in words if w for c in (w[0].lower(), w[0].upper())} - {"-", "]", "\\", "^"}
            subs[i] = "(?=[" + "".join(sorted(chars)) + extra + "])" + sub
    return _timex_guard(lang) + "(?:" + "|".join(subs) + ")"


def _timex_guard(lang: Language) -> str:
    """A cheap test every TIMEX3 expression passes where it starts: it starts a word, and a word
    that one of them can start with (a trie of those words, so that most words fail after a
    letter or two)."""
    tx = lang.timex
    phrases = _timex_phrases(lang)
    firsts = {p[0] for p in phrases}
    # Words that are an expression by themselves ("hier", "July", "Noël", "now"); every other first
    # word ("the", "a", "trois", "every", "about") needs a word an expression can go on with after it,
    # so that "the company" or "a laptop" fails after a few letters.
    alone = {p[0] for key in ("days", "fixed", "holidays", "seasons", "calendar") for p in
             (w.lower().replace("’", "'").split() for w in tx[key]) if len(p) == 1}
    alone |= {w.lower() for w in _full_words(lang.months) + _full_words(lang.weekdays)}
    seconds = firsts | {w for p in phrases for w in p[1:]}
    return (rf"(?<![\w])(?=\d|(?-i:Q\d|[IVX]+(?:e|è|ème|st|nd|rd|th)(?!\w))|{_trie(alone)}"
            rf"|{_trie(firsts - alone)}[\s'’-]*(?:['’]?\d|{_trie(seconds)}))")


def _trie(words: set[str]) -> str:
    """A regex matching any of ``words`` (as whole words when they end with a letter), built as a
    trie so that most other words fail after a letter or two. Case is spelt out ("[tT]") under a
    case-sensitive flag: a branch that opens with a plain class is skipped at one look."""
    tree: dict[str, Any] = {}
    for w in words:
        node = tree
        for ch in w.lower().replace("’", "'"):
            node = node.setdefault(ch, {})
        node[""] = {}

    def char(ch: str) -> str:
        if ch == "'":
            return "['’]"
        up = ch.upper()
        return f"[{re.escape(ch)}{re.escape(up)}]" if up != ch and len(up) == 1 else re.escape(ch)

    def emit(node: dict[str, Any], last: str) -> str:
        alts = []
        for ch, sub in sorted(node.items()):
            if ch == "":
                alts.append(r"(?!\w)" if last.isalnum() else "")
            else:
                alts.append(char(ch) + emit(sub, ch))
        if len(alts) == 1:
            return alts[0]
        return "(?:" + "|".join(alts) + ")"

    return "(?-i:" + emit(tree, "") + ")"


def _year_after(lang: Language, text: str, atom: _Atom) -> None:
    """What may follow a date without a year: a two-digit year ("le 10 novembre 93") or
    "dernier" / "prochain", which say on which side of the text's date it falls."""
    if lang.timex["two_digit_years"] and atom.day is not None:
        m2 = re.compile(r"\s+['’]?(\d\d)(?!\w|[.,]\d)").match(text, atom.end)
        if m2:
            yy = int(m2.group(1))
            atom.year = 2000 + yy if yy < 30 else 1900 + yy
            atom.end = m2.end()
            if not _valid(atom.year, atom.month or 1, atom.day):
                atom.year = None
            return
    m3 = _timex_rx(lang)["after_dir"].match(text, atom.end)
    if m3:
        atom.lean = -1 if lang.timex["after"][" ".join(m3.group("w").lower().split())] == "last" else 1
        atom.end = m3.end()


def _weekday_ord(day: int) -> int:
    return dt.date.fromordinal(day).weekday()


def _month_interval(y: int, m: int) -> Interval:
    return Interval(dt.date(y, m, 1).toordinal(), dt.date(y, m, calendar.monthrange(y, m)[1]).toordinal())


def _season_interval(y: int, s: str) -> Interval:
    a, b = _SEASON_MONTHS[s]
    if s == "WI":
        return Interval(dt.date(y, 12, 1).toordinal(), _month_interval(y + 1, 2).hi)
    return Interval(dt.date(y, a, 1).toordinal(), _month_interval(y, b).hi)


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
            days = [d for d in range(_month_interval(y, mo).lo, _month_interval(y, mo).hi + 1) if _weekday_ord(d) == wd]
            return days[nth - 1 if nth > 0 else nth] + int(k.group(4) or 0)
        mo, d = (int(x) for x in spec.split("-"))
        return dt.date(y, mo, d).toordinal()
    except (ValueError, IndexError):
        return None


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
        out = _month_interval(k // 12, k % 12 + 1), "month"
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
        out = Interval(dt.date(y, first, 1).toordinal(), _month_interval(y, first + size - 1).hi), \
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
        out = _month_interval(y, n), "month"
    elif unit == "sea":
        s = arg
        if sign == "<":
            y = max(yy for yy in (a.year - 2, a.year - 1, a.year) if _season_interval(yy, s).hi < anchor)
        elif sign == ">":
            y = min(yy for yy in (a.year - 1, a.year, a.year + 1) if _season_interval(yy, s).lo > anchor)
        else:
            y = a.year - 1 if s == "WI" and a.month <= 2 else a.year
        out = _season_interval(y, s), f"season:{s}"
    elif unit == "dom":  # a day of the month (and weekday: "jeudi 12"), the nearest such day
        k = re.match(r"(\d+)(?:w(\d))?$", arg)
        if k is None:
            return None
        n, wday = int(k.group(1)), k.group(2)
        cands = []
        for dm in (-1, 0, 1):
            mm = a.year * 12 + a.month - 1 + dm
            y, mo = mm // 12, mm % 12 + 1
            if _valid(y, mo, n):
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
            iv = Interval(dt.date(y0.year, lo_m, 1).toordinal(), _month_interval(y0.year, hi_m).hi)
    return iv, what


_GRANULARITY = {"day": "day", "month": "month", "year": "year"}


def _template(start: int, end: int, text: str, timex: str, reference: int | None) -> TimeExpr:
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


def _before_is(rx: re.Pattern[str], text: str, start: int) -> bool:
    return bool(rx.search(text[max(0, start - 30):start]))


@functools.lru_cache(maxsize=None)
def _timex_rx(lang: Language) -> dict[str, re.Pattern[str]]:
    tx = lang.timex
    tail = r"\s*$"
    _PM.update(" ".join(w.lower().replace(".", "").split()) for w in tx["pm"])
    return {
        "length_lead": re.compile(rf"(?:{alternation(tx['length_lead'])}){tail}", re.I),
        "time_lead": re.compile(rf"(?:{alternation(tx['time_lead'] + lang.phrases['time_lead'])}){tail}", re.I),
        "age_before": re.compile(rf"(?:{alternation(tx['age_before'])}){tail}", re.I),
        "age_after": re.compile(rf"\s*(?:{alternation(tx['age_after'])})" if tx["age_after"] else r"(?!x)x", re.I),
        "det": re.compile(rf"(?:{alternation(tx['determiners'])}){tail}", re.I),
        "future": re.compile(alternation(tx["future"]), re.I),
        "de": re.compile(rf"{lang.alt('genitive')}\s*$", re.I),
        # "the weekend of April 13", "le week-end du 13 avril": named by the date after it
        "of_date": re.compile(rf"\s+{lang.alt('genitive')}\s*(?:{lang.alt('day_article')}\s+)?"
                              rf"(?:{alternation(_full_words(lang.months) + _full_words(lang.weekdays))}|\d)", re.I),
        "season_lead": re.compile(rf"(?:{alternation(lang.phrases['year_lead'])})\s*$", re.I),
        "time": re.compile(rf"\s*+(?:,\s*+)?(?:{alternation(lang.phrases['time_lead'])})\s+(?P<h>[01]?\d|2[0-3])"
                           rf"(?:\s*(?:{_bare(tx['hour_words'])})(?:\s*(?P<m>[0-5]\d))?(?!\w)|\s*:\s*(?P<m2>[0-5]\d)(?!\d)|(?=\s*(?:{alternation(tx['am'] + tx['pm'])})))"
                           rf"(?:\s*(?P<ap>{alternation(tx['am'] + tx['pm'])}))?", re.I),
        "clock": re.compile(rf"\s*+(?:,\s*+)?(?:{alternation(tx['clock_join'])})\s+(?P<h>[01]?\d|2[0-3])"
                            rf"(?:\s*(?:{_bare(tx['hour_words'])})(?:\s*(?P<m>[0-5]\d))?(?!\w)|\s*:\s*(?P<m2>[0-5]\d)(?!\d)|(?=\s*(?:{alternation(tx['am'] + tx['pm'])})))"
                            rf"(?:\s*(?P<ap>{alternation(tx['am'] + tx['pm'])}))?", re.I),
        "days_at": re.compile(alternation(tx["days"]), re.I),
        "ampm": re.compile(rf"\s+({alternation(tx['am'] + tx['pm'])})", re.I),
        "length_after": re.compile(rf"\s*(?:{alternation(tx['length_after'])})", re.I),
        "future_end": re.compile(rf"\w{{2,}}(?:{'|'.join(re.escape(x) for x in tx['future_endings'])})(?!\w)" if tx["future_endings"] else r"(?!x)x", re.I),
        "after_dir": re.compile(rf"\s*(?P<w>{alternation([w for w, r in tx['after'].items() if r in ('last', 'next')])})", re.I),
    }


def _number(lang: Language, word: str) -> str | None:
    w = " ".join(word.lower().split())
    if w in lang.numbers:
        return str(lang.numbers[w])
    if w in lang.timex["numbers"]:
        return str(lang.timex["numbers"][w])
    if w in lang.vague_numbers or w in lang.timex["vague"]:
        return "X"
    w = w.replace(",", ".")
    try:
        float(w)
    except ValueError:
        return None
    return w.rstrip("0").rstrip(".") if "." in w else str(int(w))


def length(n: str, unit: str) -> str:
    """A TIMEX3 length: ``n`` (a number or "X") of a unit of [timex.units] ("D", "3M", "H")."""
    k = re.match(r"(\d*)([A-Z]+)$", unit)
    mult, u = (int(k.group(1)) if k.group(1) else 1, k.group(2)) if k else (1, unit)
    if n != "X" and mult != 1:
        v = float(n) * mult
        n = str(int(v)) if v == int(v) else str(v)
    return ("PT" + n + ("M" if u == "MI" else u)) if u in ("H", "MI", "S") else "P" + n + u


def _half(n: str) -> str:
    if n == "X":
        return n
    v = float(n) + 0.5
    return str(int(v)) if v == int(v) else str(v)


def _timex_expr(lang: Language, m: re.Match[str], text: str, reference: int | None) -> TimeExpr | None:
    """The TimeExpr of one match of the "tx" branch, or None when it is no time expression."""
    tx = lang.timex
    g = m.group
    rx = _timex_rx(lang)
    s, e = m.start(), m.end()
    caps = lang.code == "en"

    def cap_ok(word: str) -> bool:
        return not caps or word[:1].isupper()

    if g("x_q") or g("x_qq"):
        if g("x_qq"):
            n, y = int(g("x_qq_n")), g("x_qq_y")
            kind = "q"
        else:
            n, y = tx["ordinals"][" ".join(g("x_q_ord").lower().split())], g("x_q_y")
            kind = "q" if tx["calendar"][g("x_q_unit").lower()] == "quarter" else "h"
            if kind == "h" and n > 2:
                return None
        if y:
            iv, what = resolve(f"{kind}={n}", dt.date(int(y), 6, 1).toordinal()) or (None, "")
            label = f"{y}-{kind.upper()}{n}"
            return TimeExpr(s, e, g(0), "timex", first=iv, granularity="fuzzy", timex=f"DATE {label}")
        return _template(s, e, g(0), f"DATE DCT:{kind}={n}", reference)
    if g("x_dec"):
        lead = (g("x_dec_lead") or "").lower()
        raw = g("x_dec_n") or g("x_dec_n2")
        if g("x_dec_n2") is None and lead in lang.phrases["article"] and not g("x_dec_s") and raw.isdigit():
            return None
        n = tx["decades"].get(raw.lower()) if not raw.isdigit() else int(raw)
        if n is None:
            return None
        year = n if n >= 100 else 1900 + n
        return TimeExpr(s, e, g(0), "timex", timex=f"DATE {year // 10:03d}")
    if g("x_cent"):
        raw = g("x_cent_n")
        if raw.isdigit():
            n = int(raw)
        else:
            if not raw.isupper():
                return None
            vals = {"I": 1, "V": 5, "X": 10}
            n = 0
            for i, ch in enumerate(raw):
                v = vals[ch]
                n += -v if i + 1 < len(raw) and vals[raw[i + 1]] > v else v
        if not 1 <= n <= 30:
            return None
        return TimeExpr(s, e, g(0), "timex", timex=f"DATE {n - 1:02d}")
    if g("x_hol"):
        name = g("x_hol_n")
        if not name[:1].isupper():
            return None
        spec = tx["holidays"][" ".join(name.lower().split())]
        if g("x_hol_y"):
            d = holiday(spec, int(g("x_hol_y")))
            if d is None:
                return None
            return TimeExpr(s, e, g(0), "date", first=Interval(d, d), timex=f"DATE {dt.date.fromordinal(d).isoformat()}")
        return _template(s, e, g(0), f"DATE DCT:hol{'>' if _future(lang, text, s, e) else '='}{spec}", reference)
    if g("x_set"):
        n = _number(lang, g("x_set_n")) if g("x_set_n") else "1"
        if n is None or n == "X":
            return None
        if g("x_set_unit"):
            return TimeExpr(s, e, g(0), "set", timex=f"SET {length(n, tx['units'][' '.join(g('x_set_unit').lower().split())])}")
        if g("x_set_wd"):
            w = g("x_set_wd").lower()
            day = lang.weekdays.get(w, lang.weekdays.get(w[:-1]))
            part = "T" + tx["day_parts"][g("x_set_wdp").lower()] if g("x_set_wdp") else ""
            return TimeExpr(s, e, g(0), "set", timex=f"SET XXXX-WXX-{day + 1}{part}") if day is not None and cap_ok(g("x_set_wd")) else None
        if g("x_set_sea"):
            return TimeExpr(s, e, g(0), "set", timex=f"SET XXXX-{tx['seasons'][g('x_set_sea').lower()]}")
        if g("x_set_mon"):
            return TimeExpr(s, e, g(0), "set", timex=f"SET XXXX-{_month(lang, g('x_set_mon')):02d}") if cap_ok(g("x_set_mon")) else None
        w = g("x_set_dp").lower()
        part = tx["day_parts"].get(w, tx["day_parts"].get(w[:-1]))
        return TimeExpr(s, e, g(0), "set", timex=f"SET XXXX-XX-XXT{part}")
    if m.groupdict().get("x_my2"):
        yy = int(g("x_my2_y"))
        y = 2000 + yy if yy < 30 else 1900 + yy
        mo = _month(lang, g("x_my2_mon"))
        return TimeExpr(s, e, g(0), "date", first=_month_interval(y, mo), granularity="month", timex=f"DATE {y}-{mo:02d}")
    if g("x_night"):  # "dans la nuit de samedi à dimanche": the night that begins on the first day
        n = lang.weekdays[g("x_night_wd").lower()]
        if not cap_ok(g("x_night_wd")):
            return None
        return _template(s, e, g(0), f"TIME DCT:wd{'>' if _future(lang, text, s, e) else '~'}{n}|TNI", reference)
    if g("x_fix"):
        w = " ".join(g(0).lower().split())
        value = tx["fixed"].get(w) or tx["fixed"].get(w.replace("’", "'"))
        if value is None:
            return None
        typ = value.split(" ", 1)[0]
        if g(0)[:1].isupper() and not re.search(r"(?:^|[.!?\n«:\"(])\s*$", text[max(0, s - 4):s]):
            return None  # "le Midi", "Midi Libre": a name
        if typ == "SET" and " " not in w and _before_is(rx["det"], text, s):
            return None  # "le quotidien", "un hebdomadaire": a newspaper
        return _template(s, e, g(0), value, reference)
    if g("x_day"):
        off = tx["days"][" ".join(g("x_day_w").lower().replace("’", "'").split())]
        suffix = ""
        if g("x_day_dp"):
            suffix = "|T" + tx["day_parts"][g("x_day_dp").lower()]
        else:
            t = rx["clock"].match(text, e)
            minutes = _clock(t) if t else None
            if minutes is not None:
                e = t.end()  # type: ignore[union-attr]
                suffix = f"|T{minutes // 60:02d}:{minutes % 60:02d}"
        typ = "TIME" if suffix else "DATE"
        if off == 0 and not suffix and not g("x_day_wd") and g(0)[:1].isupper() and text[e:e + 1] == "," \
                and re.search(r"(?:^|[.!?\n])\s*$", text[max(0, s - 3):s]):
            return TimeExpr(s, e, g(0), "timex", timex="TIME PRESENT_REF")  # "Aujourd'hui, la ville a changé"
        return _template(s, e, text[s:e], f"{typ} DCT:day{off:+d}{suffix}", reference)
    if g("x_cal"):
        return _calendar(lang, m, text, reference)
    if g("x_wdd"):
        n = int(g("x_wdd_d"))
        if not 1 <= n <= 31 or not cap_ok(g("x_wdd_wd")):
            return None
        return _template(s, e, g(0), f"DATE DCT:dom~{n}w{lang.weekdays[g('x_wdd_wd').lower()]}", reference)
    if g("x_yr"):
        word = re.match(r"\s*([^\W\d_]+)", text[e:e + 30])
        if word and (word.group(1).lower() in lang.phrases["count_nouns"] or word.group(1).lower() in tx["count_words"]):
            return None  # "2000 personnes", "1500 euros"
        return TimeExpr(s, e, g(0), "timex", timex=f"DATE {g('x_yr_y')}")
    if g("x_span"):
        n = g("x_sp_n1") or g("x_sp_n2") or g("x_sp_n3")
        unit = g("x_sp_unit") or g("x_sp_unit2")
        q = _number(lang, n) if n else None
        if q is None:
            # plural: "days", "jours"; a unit the same in both numbers is plural after a plural determiner ("ces mois")
            u, invariable = unit.lower(), tx["invariable"]
            plural = u.endswith(("s", "x")) and u not in invariable or u in invariable and (g("x_sp_det") or g("x_sp_det2") or "").lower() in tx["span_det"]
            q = "X" if plural else "1"
        return TimeExpr(s, e, g(0), "timex", timex=f"DURATION {length(q, tx['units'][' '.join(unit.lower().split())])}")
    if g("x_ext"):
        unit_word = " ".join((g("x_ext_unit") or g("x_ext_unit2")).lower().split())
        unit = tx["units"][unit_word]
        n = str(tx["approx"][" ".join(g("x_ext_apx").lower().split())]) if g("x_ext_apx") else _number(lang, g("x_ext_num") or g("x_ext_vague"))
        if n is None:
            return None
        if g("x_ext_half"):
            n = _half(n)
        digits = bool(g("x_ext_num") and g("x_ext_num").isdigit())
        if unit == "Y" and not rx["length_after"].match(text, e) and (_before_is(rx["age_before"], text, s) or rx["age_after"].match(text, e)
                            or _before_is(rx["age_before"], text, m.start("x_ext_num") if g("x_ext_num") else s)
                            or (digits or g("x_ext_apx")) and not g("x_ext_mod") and _before_is(rx["de"], text, s)
                            or digits and re.search(r"\d\s*[-–]\s*$", text[max(0, s - 5):s])
                            or digits and re.search(r",\s*$", text[max(0, s - 5):s]) and re.match(r"\s*[,.;)–-]", text[e:e + 3])):
            return None  # an age: "âgé de 38 ans", "a 38-year-old", "un homme de 38 ans", "Alain P., 53 ans,", "les 6-16 ans"
        ampm = rx["ampm"].match(text, e) if unit == "H" else None
        if unit == "H" and g("x_ext_num") and g("x_ext_num").isdigit() and not g("x_ext_mod") and int(g("x_ext_num")) <= 24 \
                and (ampm or _before_is(rx["time_lead"], text, s) and not _before_is(rx["length_lead"], text, s)):
            h = int(g("x_ext_num"))
            if ampm:
                e = ampm.end()
                h = h + 12 if " ".join(ampm.group(1).lower().replace(".", "").split()) in _PM and h < 12 else h
            return _template(s, e, text[s:e], f"TIME REF:day+0|T{h:02d}:00", reference)
        ago = g("x_ext_ago1") or g("x_ext_ago2")
        if ago and n != "X" and "." not in n:
            cal = {"D": "day", "W": "week", "M": "month", "Y": "year", "DE": "decade", "CE": "century"}.get(unit)
            if cal:
                return _template(s, e, g(0), f"DATE DCT:{cal}-{n}", reference)
        if ago:  # "il y a quelques mois": the length, without "il y a"
            a0 = m.start("x_ext_mod") if g("x_ext_mod") else m.start("x_ext_vague") if g("x_ext_vague") else m.start("x_ext_num")
            return TimeExpr(a0, e, text[a0:e], "timex", timex=f"DURATION {length(n, unit)}")
        return TimeExpr(s, e, g(0), "timex", timex=f"DURATION {length(n, unit)}")
    if g("x_tm"):
        minutes = _clock(m, "x_tm_")
        if minutes is None:
            return None
        if g("x_tm_hw") and _before_is(rx["length_lead"], text, s) and not g("x_tm_ap"):
            h, mi = divmod(minutes, 60)
            return TimeExpr(s, e, g(0), "timex", timex=f"DURATION PT{h}H" + (f"{mi}M" if mi else ""))
        return _template(s, e, g(0), f"TIME REF:day+0|T{minutes // 60:02d}:{minutes % 60:02d}", reference)
    return None


_PM: set[str] = set()  # afternoon words of every language ("pm", "du soir"), filled as languages load


_BOUNDARY = re.compile(r"[;!?\n,]|\.(?=\s+[A-Z]|\s*$)")


def _future(lang: Language, text: str, s: int, e: int) -> bool:
    """Whether the clause of the words at ``s``..``e`` speaks of the future, from the words before
    them ("schools will stay closed until Thursday", not "said on Wednesday that it will")."""
    window = text[max(0, s - 100):s]
    cuts = [k.end() for k in _BOUNDARY.finditer(window)]
    before = window[cuts[-1] if cuts else 0:]
    if len(before.split()) <= 2:  # "On Monday, the firm will ...": the clause after it
        after = text[e:e + 120]
        k = _BOUNDARY.search(after)
        if k and after[k.start()] == ",":
            k2 = _BOUNDARY.search(after, k.end())
            before += " " + after[k.end():k2.start() if k2 else len(after)]
    rx = _timex_rx(lang)
    return bool(rx["future"].search(before) or rx["future_end"].search(before))


def _clock(m: re.Match[str], pre: str = "") -> int | None:
    """Minutes after midnight of a matched clock time, or None."""
    gd = m.groupdict()
    hour = int(gd[pre + "h"])
    minute = int(gd.get(pre + "m") or gd.get(pre + "m2") or 0)
    ap = (gd.get(pre + "ap") or gd.get(pre + "ap2") or gd.get(pre + "ap3") or "").lower().replace(".", "").strip()
    if ap:
        if not 1 <= hour <= 12:
            return None
        pm = ap in _PM
        if pm and hour < 12:
            hour += 12
        elif not pm and hour == 12:
            hour = 0
    if hour > 24 or hour == 24 and minute:
        return None
    return hour * 60 + minute


def _calendar(lang: Language, m: re.Match[str], text: str, reference: int | None) -> TimeExpr | None:
    """ "la semaine dernière", "last Friday", "ce matin", "l'été 2023", "juillet", "dimanche soir"."""
    tx = lang.timex
    g = m.group
    s, e = m.start(), m.end()
    noun = " ".join(g("x_cal_noun").lower().split())
    if g("x_cal_ofm"):
        if tx["calendar"].get(noun) != "month":
            return None
        noun = g("x_cal_ofm").lower()  # "le mois de juin", "la fin du mois d'avril"
    pre = " ".join((g("x_cal_pre") or "").lower().split())
    post = " ".join((g("x_cal_post") or "").lower().split())
    rel = tx["before"].get(pre) or tx["after"].get(post) or ""
    if not rel and _timex_rx(lang)["of_date"].match(text, e):
        return None  # "the weekend of April 13-14": the date after it says which
    year = g("x_cal_y")
    part = g("x_cal_part")
    bounds = ""
    if part:
        lo, hi = lang.month_parts[" ".join(part.lower().split())]
        bounds = f"@{lo}-{hi}"
    dp = ""
    if g("x_cal_dp"):
        dp = "|T" + tx["day_parts"][g("x_cal_dp").lower()]
    if lang.code == "en" and noun in lang.weekdays | lang.months and not (g("x_cal_ofm") or g("x_cal_noun"))[:1].isupper():
        return None
    anchor = "REF" if rel in ("previous", "following", "same") else "DCT"
    sign = {"this": "+0", "last": "-1", "next": "+1", "previous": "-1", "following": "+1", "same": "+0"}.get(rel)
    if noun in tx["calendar"]:
        unit = tx["calendar"][noun]
        if year:
            if unit != "year":
                return None
            y = int(year)
            return TimeExpr(s, e, g(0), "date", first=Interval(dt.date(y, 1, 1).toordinal(), dt.date(y, 12, 31).toordinal()),
                            granularity="year", timex=f"DATE {y}")
        if unit == "weekend" and rel in ("", "this") and reference is not None:
            # "the weekend", "ce week-end": the one just past, early in a week told in the past
            past = dt.date.fromordinal(reference).weekday() <= 3 and not _future(lang, text, s, e)
            sign = "-1" if past else "+0"
        if sign is None:
            if not part or unit not in ("year", "month", "week"):
                return None
            sign = "+0"
        if unit == "day":
            return _template(s, e, g(0), f"{'TIME' if dp else 'DATE'} {anchor}:day{sign}{dp}", reference)
        return _template(s, e, g(0), f"DATE {anchor}:{unit}{sign}{bounds}", reference)
    if noun in tx["day_parts"]:
        if rel not in ("this", "same") or year or noun not in tx["this_parts"]:
            return None
        return _template(s, e, g(0), f"TIME {anchor}:day+0|T{tx['day_parts'][noun]}", reference)
    if noun in tx["seasons"]:
        sea = tx["seasons"][noun]
        if year:
            y = int(year)
            return TimeExpr(s, e, g(0), "timex", first=_season_interval(y, sea), granularity="fuzzy", timex=f"DATE {y}-{sea}")
        if sign is None:
            if _before_is(_timex_rx(lang)["de"], text, s) or noun in tx["strict_seasons"]:
                return None  # "les Jeux d'hiver", "heure d'été": a season used as an adjective
            if not (g("x_cal_noun") != g(0) or g(0)[:1].isupper() or _before_is(_timex_rx(lang)["det"], text, s)
                    or _before_is(_timex_rx(lang)["season_lead"], text, s)):
                return None  # "il a été": a bare season word needs an article or "en"
            return TimeExpr(s, e, g(0), "timex", timex=f"DATE XXXX-{sea}")
        op = {"+0": "=", "-1": "<", "+1": ">"}[sign]
        return _template(s, e, g(0), f"DATE {anchor}:sea{op}{sea}", reference)
    if noun in lang.months:
        if year:
            return None  # "my" reads it
        mo = lang.months[noun]
        if sign is None:
            if lang.code == "en" and noun in ("may", "march"):
                return None
            if g("x_cal_noun")[:1].isupper() and noun == "mars" and text[max(0, s - 2):s].strip() not in ("", ".", "!", "?"):
                return None
            if lang.code == "en" and not pre and not post and not part and not g("x_cal_ofm"):
                return None  # English bare months come with a preposition ("in July"): the checker reads those
        op = {"+0": "=", "-1": "<", "+1": ">", None: "~"}[sign]
        return _template(s, e, g(0), f"DATE {anchor}:mon{op}{mo}{bounds}", reference)
    if noun in lang.weekdays:
        n = lang.weekdays[noun]
        if year:
            return None
        if sign is None:
            op = ">" if _future(lang, text, s, e) else "~"
        else:
            op = {"+0": "=", "-1": "<", "+1": ">"}[sign]
        return _template(s, e, g(0), f"{'TIME' if dp else 'DATE'} {anchor}:wd{op}{n}{dp}", reference)
    return None
