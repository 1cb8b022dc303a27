"""The regexes of one language, built from the word lists of its rules/lang/<code>.toml.

``date_alternatives`` holds the alternatives of the date alternation (full, partial, numeric,
month and year dates, ranges with shared parts, relative and duration phrases, and the TIMEX3
branch ``tx``) as regex source, each compiled on its own where a text needs it (``prefilter``);
``main_pattern`` is their whole alternation. ``date_patterns`` holds the small patterns the
tagger reads around a date; ``timex_rx`` the patterns the TIMEX3 readers need.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Set as AbstractSet
from typing import Any

import attrs

from ..lang import Language
from ..rulefile import alternation
from .words import full_words

YEAR = r"(?:1[89]\d\d|20\d\d)(?![\d])"


def _g(name: str, body: str) -> str:
    return f"(?P<{name}>{body})"


# A line break into a quoted line of an e-mail ("the e-mail was sent on Thursday,\n> October 1"): a
# date's weekday, month, day and year stay one date across it.
QUOTED = r"(?:[ \t]*\n[ \t]*>+)?"


@functools.lru_cache(maxsize=None)
def date_alternatives(lang: Language) -> tuple[tuple[str, str], ...]:
    """The alternatives of one language's date alternation, in order: (name, regex source of
    ``(?P<name>...)``)."""
    ph = lang.phrases
    mon = alternation(lang.months)
    wd = alternation(lang.weekdays)
    suffixes = sorted(lang.day_suffixes, key=len, reverse=True)
    suf = "(?:" + "|".join(re.escape(s) for s in suffixes) + ")?" if suffixes else ""
    parts = alternation(lang.month_parts)
    num = "(?:" + alternation(lang.numbers) + r"|\d{1,3})"
    vague = alternation(lang.vague_numbers)
    unit = alternation(lang.units)
    open_, join = alternation(ph["range_open"]), alternation(ph["range_join"])
    day = r"(?<![\d,.])(?:[0-3]?\d)"
    art = rf"(?:{lang.alt('article')}\s*)?"
    of = rf"(?:{lang.alt('genitive')}\s*)?"
    tx = _timex_pattern(lang)
    loose = rf"{join}|,(?=\s*[0-3]?\d{suf},\s+{YEAR})"
    dpart = rf"(?:(?:{alternation(ph['range_day_part'])})\s+)?" if ph["range_day_part"] else ""
    return tuple((body[4:body.index(">")], body) for body in [
        # "August 11, 20, 2016": two days of a month joined by a bare comma only where a year follows them
        _g("rs1", rf"(?:{_g('rs1_open', open_)}\s+)?{_g('rs1_mon', mon)}\.?\s+{_g('rs1_d1', day)}{suf}\s*"
                  rf"{_g('rs1_join', loose)}"
                  rf"\s*{art}{_g('rs1_d2', day)}{suf}(?![\d/:])(?!\s*{of}{mon})(?:,?\s+{_g('rs1_y', YEAR)})?"),
        # "entre la nuit du 9 et le matin du 10 mars": a part of each day may lead it (``range_day_part``)
        _g("rs2", rf"(?:{_g('rs2_open', open_)}\s+)?{dpart}(?:{wd}\.?,?\s+)?{_g('rs2_d1', day)}{suf}\s*{_g('rs2_join', join)}\s*"
                  rf"{art}{dpart}(?:{wd}\.?,?\s+)?{_g('rs2_d2', day)}{suf}\s+{of}{_g('rs2_mon', mon)}\.?"
                  rf"(?:,?\s+{_g('rs2_y', YEAR)})?"),
        _g("rs3", rf"(?:{_g('rs3_open', open_)}\s+)?{_g('rs3_m1', mon)}\.?\s*{_g('rs3_join', join)}\s*{_g('rs3_m2', mon)}\.?,?"
                  rf"\s+{_g('rs3_y', YEAR)}"),
        _g("iso", r"(?<![\d/.-])(?P<iso_y>\d{4})-(?P<iso_m>\d\d)-(?P<iso_d>\d\d)(?!\d)"),
        _g("num", r"(?<![\d/.,-])(?P<num_a>\d{1,2})/(?P<num_b>\d{1,2})/(?P<num_y>\d{4}|\d\d)(?![\d/])"),
        # 12.12.2018: day first wherever it is written with dots (a European form).
        _g("dot", r"(?<![\d/.,-])(?P<dot_d>\d{1,2})\.(?P<dot_m>\d{1,2})\.(?P<dot_y>(?:19|20)\d\d)(?![\d.]\d)"),
        # "October 28: passwords reset" (a timeline's row) is a date, "May 10:30" no date
        _g("mdy", rf"(?:{_g('mdy_wd', wd)}\.?,?{QUOTED}\s+)?{_g('mdy_mon', mon)}\.?{QUOTED}\s+{_g('mdy_d', day)}{suf}(?![\d/]|:\d)"
                  rf"(?:,?{QUOTED}\s+{_g('mdy_y', YEAR)})?"),
        _g("dmy", rf"(?:{_g('dmy_wd', wd)}\.?,?{QUOTED}\s+)?(?:{lang.alt('day_article')}\s*)?{_g('dmy_d', day)}{suf}{QUOTED}\s+{of}"
                  rf"{_g('dmy_mon', mon)}\.?(?:,?\s+{of}{_g('dmy_y', YEAR)})?"),
        _g("my", rf"(?:{_g('my_part', parts)}[\s-]*)?{_g('my_mon', mon)}\.?,?\s+{of}{_g('my_y', YEAR)}"),
        # a month with no year of its own: not one "of" a year ("in June of 2020" is "my"'s)
        _g("pm", rf"{_g('pm_part', parts)}[\s-]*{_g('pm_mon', mon)}(?![\s.,]*{of}\d)"),
        _g("lm", rf"{_g('lm_lead', alternation(ph['year_lead']))}\s+{_g('lm_mon', mon)}(?![\s.,]*{of}\d)"),
        _g("yr", rf"(?:{_g('yr_part', parts)}[\s-]*|{_g('yr_lead', alternation(ph['year_lead']))}\s+){_g('yr_y', YEAR)}(?![,.\-"
                 rf"/]\d)"),
        # the previous day before the same day: "the day before" is not "the day" and a word
        _g("fix", rf"{_g('fix_next', alternation(ph['next_day']))}|{_g('fix_prev', alternation(ph['previous_day']))}|"
                  rf"{_g('fix_same', alternation(ph['same_day']))}|{_g('fix_week', alternation(ph['same_week']))}|"
                  rf"{_g('fix_hours', alternation(ph['within_hours']))}|"
                  rf"{_g('fix_upon', alternation(ph['upon']))}(?=\s+{alternation(ph['upon_event'])}\b)"),
        _g("rel", rf"(?:{_g('rel_mod', alternation(ph['more_than'] + ph['less_than'] + ph['about']))}\s*)?(?:"
                  rf"{_g('rel_num', num)}|{_g('rel_vague', vague)})\s+{_g('rel_unit', unit)}\s+(?:"
                  rf"{_g('rel_later', alternation(ph['later']))}|{_g('rel_earlier', alternation(ph['earlier']))}|"
                  rf"{_g('rel_after', alternation(ph['after_event']))}|{_g('rel_before', alternation(ph['before_event']))})"),
        _g("win", rf"{_g('win_lead', alternation(ph['within']))}\s+(?:{_g('win_num', num)}|{_g('win_vague', vague)})\s+"
                  rf"{_g('win_unit', unit)}(?![\w-])"),
        _g("once", rf"{alternation(ph['at_once'])}(?![\w-])"),
        _g("dur", rf"{_g('dur_lead', alternation(ph['duration_lead']))}\s+(?:"
                  rf"{_g('dur_mod', alternation(ph['more_than'] + ph['less_than'] + ph['about']))}\s*)?(?:{_g('dur_num', num)}|"
                  rf"{_g('dur_vague', vague)})\s+{_g('dur_unit', unit)}"),
        *([_g("tx", tx)] if tx else []),
    ])


@functools.lru_cache(maxsize=None)
def main_pattern(lang: Language) -> re.Pattern[str]:
    """The whole date alternation, compiled (the prefilter tries its alternatives one by one)."""
    return re.compile("|".join(body for _, body in date_alternatives(lang)), re.I)


@functools.lru_cache(maxsize=None)
def date_patterns(lang: Language) -> dict[str, re.Pattern[str]]:
    """The small patterns the tagger reads around a date, compiled."""
    ph = lang.phrases
    open_, join = alternation(ph["range_open"]), alternation(ph["range_join"])
    tail = rf"\s*(?:{lang.alt('article')}\s*)?$"
    hours = _bare(lang.timex["hour_words"])
    hedge = alternation([*ph["about"], *ph["date_hedge"]])
    # "\s*+(?:,\s*+)?" rather than "\s*,?\s*": the same words, but the two runs of white space
    # cannot trade characters, so a long run of spaces after a date is not tried in O(n²) ways.
    return {
        # "between approximately January 30 and ...": a hedge may stand between the range's words and its dates
        # ... or a date's own hedge, at either end ("from on or about May 28 to on or about June 3")
        "open_before": re.compile(rf"(?:{open_})(?:\s+{hedge})?{tail}", re.I),
        "open_at": re.compile(rf"(?:{open_})\s+", re.I),
        "join_gap": re.compile(rf"\s*+(?:,\s*+)?(?P<j>{join})\s*(?:(?:{lang.alt('article')}|{lang.alt('day_lead')}|"
                               rf"{hedge})\s*)?", re.I),
        "join_alone": re.compile(alternation(ph["range_join_alone"]), re.I),
        "join_full": re.compile(alternation(ph["range_join_full"]), re.I),
        # Right after "the next day", "the same day": words that name what it counts from.
        "day_link": re.compile(rf"\s*(?:{alternation(ph['day_link'])})", re.I),
        "day_subject": re.compile(rf"\s*(?:{alternation(ph['day_subject'])})", re.I),
        "conjunction": re.compile(rf"(?:{alternation(ph['conjunction'])})\s*$", re.I),
        # "on Monday, the same day the letters went out": a date (a number or a weekday) and a comma
        # right before such a phrase, which restates it.
        "date_before": re.compile(rf"(?:\d|\b(?:{alternation(lang.weekdays)})),\s*$", re.I),
        # "Staff confirmed that evening that ...": a verb that takes a clause right before such a phrase,
        # whose "that" after it opens the verb's clause, not one naming the day.
        "clause_verb": re.compile(rf"\b(?:{alternation(ph['clause_verbs'])})\s*$", re.I),
        **{q: re.compile(rf"(?:{alternation(ph[q])}){tail}", re.I) for q in ("since", "until", "before", "after")},
        "from_before": re.compile(rf"(?:{lang.alt('start_from')}){tail}", re.I),
        "weekend_of": re.compile(rf"(?:{alternation(ph['weekend_of'])}){tail}", re.I),
        # "at 9:52 am", "at 14:00", "à 14 h 30", ", 16:20": a time of day right after a date
        # (without a lead word only in the form of a clock).
        "time": re.compile(rf"\s*+(?:,\s*+)?(?:(?:{alternation(ph['time_lead'])})\s+|(?=[0-2]?\d:[0-5]\d(?!\d)))(?P<h>[0-2]?\d)"
                           rf"(?:(?:\s*[:.]\s*|\s*{hours}\s*)(?P<m>[0-5]\d)|(?P<hh>\s*{hours}(?!\w)))?"
                           rf"(?:\s*(?:(?P<am>{alternation(lang.timex['am'])})|(?P<pm>{alternation(lang.timex['pm'])})))?", re.I),
    }


# Where each alternative of "main" can start: at a phrase of these lists or at a digit (every
# alternative is listed: the prefilter tries each only there).
OPENS = {
    "rs1": ("range_open", "months"), "rs2": ("range_open", "range_day_part", "weekdays", "digit"), "rs3": ("range_open", "months"),
    "iso": ("digit",), "num": ("digit",), "dot": ("digit",),
    "mdy": ("weekdays", "months"), "dmy": ("weekdays", "day_article", "digit"),
    "my": ("month_parts", "months"), "pm": ("month_parts",), "lm": ("year_lead",),
    "yr": ("month_parts", "year_lead"), "fix": ("next_day", "same_day", "previous_day", "same_week", "within_hours", "upon"),
    "rel": ("more_than", "less_than", "about", "numbers", "digit", "vague_numbers"), "dur": ("duration_lead",),
    "win": ("within",), "once": ("at_once",),
    "tx": ("timex_firsts", "digit"),
}


ANYWHERE = {  # openings not held to a word start: their ASCII first characters
    "digit": "0123456789",
}


# Openings too common to try at each ("the"): looked for with the digit that must follow.
SCANNED = ("day_article",)


def opening_lists(lang: Language) -> dict[str, Any]:
    """The word lists ``OPENS`` names, by name."""
    return {"months": lang.months, "weekdays": lang.weekdays, "month_parts": lang.month_parts,
            "numbers": lang.numbers, "vague_numbers": lang.vague_numbers, **lang.phrases,
            "timex_firsts": _timex_firsts(lang)}


def _bare(words: list[str] | tuple[str, ...]) -> str:
    """An alternation of literal words with no word-boundary tail ("h" in "14h30")."""
    # words of one length in alphabetical order: the pattern's source is the same in every process
    return "(?:" + "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w))) + ")" if words else r"(?!x)x"


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
    words |= {r.lower() + suf.lower() for r in _ROMAN for suf in lang.timex["century_suffixes"]}
    return sorted(words)


def _timex_pattern(lang: Language) -> str | None:
    parts = timex_parts(lang)
    return timex_guard(lang) + "(?:" + "|".join(p.source for p in parts) + ")" if parts else None


@attrs.frozen
class TimexPart:
    """An alternative of the TIMEX3 branch: its regex ``source``; and what its match opens with,
    when that is known (else None): a character of the class ``first`` (regex source), which
    holds the first letters of the phrases ``words`` (the match opens with one of them) and the
    class ``extra`` (regex source; None: no other character)."""

    source: str
    first: str | None = None
    words: tuple[str, ...] = ()
    extra: str | None = None


@functools.lru_cache(maxsize=None)
def timex_parts(lang: Language) -> tuple[TimexPart, ...]:
    """The alternatives of the TIMEX3 branch, in order, after its guard (``timex_guard``)."""
    tx = lang.timex
    if not tx or not tx.get("units"):
        return ()
    A = alternation
    ph = lang.phrases
    mon = A(full_words(lang.months))
    wd = A(full_words(lang.weekdays))
    wd_pl = A([w + "s" for w in full_words(lang.weekdays)] + full_words(lang.weekdays))
    dp = A(tx["day_parts"])
    dp_pl = A([w + "s" for w in tx["day_parts"]] + list(tx["day_parts"]))
    art = A(ph["article"])
    units = A(tx["units"])
    num = "(?:" + A(list(lang.numbers) + list(tx["numbers"])) + r"|(?<![\d.,])\d{1,4}(?:[.,]\d{1,2})?(?!\d))"
    vague = A(list(lang.vague_numbers) + list(tx["vague"]))
    mods = A(ph["about"] + ph["more_than"] + ph["less_than"])
    quarter = A([w for w, u in tx["calendar"].items() if u in ("quarter", "half")])
    cal_nouns = [*tx["calendar"], *full_words(lang.weekdays), *full_words(lang.months), *tx["seasons"], *tx["day_parts"]]
    cal = A(cal_nouns)
    parts = A(lang.month_parts)
    of = rf"{lang.alt('genitive')}\s*"
    conn = rf"(?:,?\s+(?:{of})?)"
    # "le mois de juin": only after the word for a month
    month_word = "(?:" + "|".join(f"(?<={re.escape(w)})" for w, u in tx["calendar"].items() if u == "month") + ")" \
        if any(u == "month" for u in tx["calendar"].values()) else r"(?!x)x"
    ampm = A(tx["am"] + tx["pm"])
    subs = [
        rf"(?P<x_q>(?:{art}\s*)?(?P<x_q_ord>{A(tx['ordinals'])})\s+(?P<x_q_unit>{quarter})(?:{conn}(?:{A(tx['quarter_year_lead'])}\s+)?"
        rf"(?P<x_q_y>{YEAR}))?)",
        rf"(?P<x_qq>(?<!\w)(?-i:Q)(?P<x_qq_n>[1-4])(?:\s+(?P<x_qq_y>{YEAR}))?(?!\w))",
        rf"(?P<x_dec>(?:(?P<x_dec_lead>{A(tx['decade_words'])})\s+['’]?(?P<x_dec_n>(?:1[89]|20)?\d0(?!\d)|{A(tx['decades'])})(?"
        rf"P<x_dec_s>s)?|(?<![\d'’])(?P<x_dec_n2>(?:1[89]|20)\d0)s)(?!\w))",
        rf"(?P<x_cent>(?<!\w)(?P<x_cent_n>(?-i:[IVX]{{1,5}})|\d{{1,2}})(?:{_bare(tx['century_suffixes'])})\s+{A(tx['century_words'])})",
        rf"(?P<x_hol>(?P<x_hol_n>{A(tx['holidays'])})(?:,?\s+(?P<x_hol_y>{YEAR}))?)",
        rf"(?P<x_set>(?P<x_set_each>{A(tx['each'])})\s+(?:(?P<x_set_n>{num})\s+)?(?:(?P<x_set_unit>{units})|(?P<x_set_wd>"
        rf"{wd_pl})(?:\s+(?P<x_set_wdp>{dp}))?|(?P<x_set_mon>{mon})|(?P<x_set_sea>{A(tx['seasons'])})|(?P<x_set_dp>{dp_pl})))",
        *([rf"(?P<x_my2>(?P<x_my2_mon>{mon})\s+['’]?(?P<x_my2_y>\d\d)(?!\w|[.,]\d))"] if tx["two_digit_years"] else []),
        rf"(?P<x_night>(?P<x_night_of>{A(tx['night_of'])})\s+(?P<x_night_wd>{wd})(?:\s+(?:{A(tx['night_join'])})\s+{wd})?(?!\s+"
        rf"\d))",
        rf"(?P<x_fix>{A(tx['fixed'])})(?!\s+(?:\w+\s+)?{units})",
        rf"(?P<x_day>(?P<x_day_w>{A(tx['days'])})(?:,?\s+(?P<x_day_wd>{wd}))?(?:\s+(?P<x_day_dp>{dp}))?)",
        rf"(?P<x_cal>(?:(?P<x_cal_part>{parts})[\s-]*)?(?:(?P<x_cal_pre>{A(tx['before'])})\s+)?(?:{art}\s*)?(?P<x_cal_noun>"
        rf"{cal})(?!,?\s+(?:{lang.alt('day_article')}\s+)?\d{{1,2}}(?!\d))"
        rf"(?:{month_word}\s+{of}(?P<x_cal_ofm>{mon})(?![\s.,]*\d))?"
        rf"(?:\s*(?P<x_cal_post>{A(tx['after'])}))?(?:\s+(?P<x_cal_dp>{dp}))?(?:{conn}(?P<x_cal_y>{YEAR}))?)",
        rf"(?P<x_span>(?:(?P<x_sp_det>{A(tx['span_det'])})\s+)?(?:(?P<x_sp_n1>{num}|{vague})\s+)?(?P<x_sp_adj>"
        rf"{A(tx['span_adj'])})\s+(?:(?P<x_sp_n2>{num}|{vague})\s+)?(?P<x_sp_unit>{units})"
        rf"|(?P<x_sp_det2>{A(tx['span_det'])})\s+(?:(?P<x_sp_n3>{num}|{vague})\s+)?(?P<x_sp_unit2>{units})\s+(?P<x_sp_post>"
        rf"{A(tx['span_post'])}))",
        rf"(?P<x_wdd>(?:{art}\s*)?(?P<x_wdd_wd>{wd})\s+(?P<x_wdd_d>[0-3]?\d)(?:{_bare(lang.day_suffixes)})?(?![\w,.:/]|\s*(?:{_bare(tx['hour_words'])}(?!\w)|%)"
        rf"|\s+(?:\w+\s+)?(?:{A(lang.months)}|{YEAR})))",
        r"(?P<x_yr>(?<![\d.,\w-])(?P<x_yr_y>(?:1[89]|20)\d\d)(?![\d\w]|[.,]\d|\s*(?:%|€|\$)))",
        rf"(?P<x_ext>(?:(?P<x_ext_ago1>{A(tx['ago_before'])})\s+)?(?:(?P<x_ext_mod>{mods})\s+)?(?:(?P<x_ext_apx>"
        rf"{A(tx['approx'])})\s*{of}|(?:(?P<x_ext_num>{num})|(?P<x_ext_vague>{vague}))(?:\s+|-))"
        # "nearly a year after the incident": a unit the checker's relative phrases read is left to them
        rf"(?:(?P<x_ext_unit>{A(lang.units)})(?!\s+(?:{A(ph['later'] + ph['earlier'] + ph['after_event'] + ph['before_event'])}"
        rf"))|(?P<x_ext_unit2>{A([u for u in tx['units'] if u not in lang.units])}))"
        rf"(?:\s+(?P<x_ext_half>{A(tx['half'])}))?(?:\s+(?P<x_ext_ago2>{A(tx['ago_after'])}))?)",
        rf"(?P<x_tm>(?<![\d.,:/])(?P<x_tm_h>[01]?\d|2[0-4])(?:\s*(?P<x_tm_hw>{_bare(tx['hour_words'])})(?:\s*(?P<x_tm_m>[0-5]\d"
        rf")(?!\d))?(?:\s+(?P<x_tm_ap3>{ampm}))?"
        rf"|\s*:\s*(?P<x_tm_m2>[0-5]\d)(?:\s*(?P<x_tm_ap>{ampm}))?|\s*(?P<x_tm_ap2>{ampm}))(?![\w/]))",
    ]
    # Each alternative is tried only where its first character can open it.
    allnum = list(lang.numbers) + list(tx["numbers"])
    opens: dict[str, tuple[list[str], str]] = {
        "x_q": (list(ph["article"]) + list(tx["ordinals"]), ""), "x_dec": (list(tx["decade_words"]), "0-9'’"),
        "x_cent": ([], "0-9IVX"), "x_hol": (list(tx["holidays"]), ""), "x_set": (list(tx["each"]), ""),
        "x_my2": (full_words(lang.months), ""), "x_night": (list(tx["night_of"]), ""), "x_fix": (list(tx["fixed"]), ""),
        "x_day": (list(tx["days"]), ""),
        "x_cal": (list(lang.month_parts) + list(tx["before"]) + list(ph["article"]) + cal_nouns, ""),
        "x_span": (list(tx["span_det"]) + allnum + list(tx["vague"]) + list(lang.vague_numbers) + list(tx["span_adj"]), "0-9"),
        "x_wdd": (list(ph["article"]) + full_words(lang.weekdays), ""), "x_yr": ([], "0-9"), "x_tm": ([], "0-9"),
        "x_ext": (list(tx["ago_before"]) + list(ph["about"] + ph["more_than"] + ph["less_than"]) + list(tx["approx"]) + allnum
                  + list(tx["vague"]) + list(lang.vague_numbers), "0-9"),
    }
    out: list[TimexPart] = []
    for sub in subs:
        name = sub[4:sub.index(">")]
        if name in opens:
            words, extra = opens[name]
            chars = {c for w in words if w for c in (w[0].lower(), w[0].upper())} - {"-", "]", "\\", "^"}
            first = "[" + "".join(sorted(chars)) + extra + "]"
            out.append(TimexPart(f"(?={first}){sub}", first, tuple(words), f"[{extra}]" if extra else None))
        else:
            out.append(TimexPart(sub))
    return tuple(out)


@functools.lru_cache(maxsize=None)
def timex_guard(lang: Language) -> str:
    """A cheap test every TIMEX3 expression passes where it starts: it starts a word, and a word
    that one of them can start with (a trie of those words, so that most words fail after a
    letter or two)."""
    alone, firsts, seconds = timex_guard_words(lang)
    return (rf"(?<![\w])(?=\d|{timex_guard_lead(lang)}|{_trie(alone)}"
            rf"|{_trie(firsts)}[\s'’-]*(?:['’]?\d|{_trie(seconds)}))")


def timex_guard_lead(lang: Language) -> str:
    """The guard's tests that need no word: a quarter ("Q3") or a Roman numeral with its suffix ("XXIe")."""
    return rf"(?-i:Q\d|[IVX]+{_bare(lang.timex['century_suffixes'])}(?!\w))"


@functools.lru_cache(maxsize=None)
def timex_guard_words(lang: Language) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The guard's words, lower case: those that are an expression by themselves ("hier", "July",
    "Noël", "now"); the other first words ("the", "a", "trois", "every", "about"), which need a word
    an expression can go on with after them (of the third set, or a digit), so that "the company"
    or "a laptop" fails after a few letters."""
    tx = lang.timex
    phrases = _timex_phrases(lang)
    firsts = {p[0] for p in phrases}
    alone = {p[0] for key in ("days", "fixed", "holidays", "seasons", "calendar") for p in
             (w.lower().replace("’", "'").split() for w in tx[key]) if len(p) == 1}
    alone |= {w.lower() for w in full_words(lang.months) + full_words(lang.weekdays)}
    seconds = firsts | {w for p in phrases for w in p[1:]}
    return frozenset(alone), frozenset(firsts - alone), frozenset(seconds)


# ASCII letters and digits that ``re`` matches, case ignored, only as themselves and their other
# case: i, k and s also match "ı", "K" (Kelvin) and "ſ".
_CASE_PAIRED = frozenset("abcdefghjlmnopqrtuvwxyz0123456789")


def _trie(words: AbstractSet[str]) -> str:
    """A regex matching any of ``words`` (as whole words when they end with a letter), built as a
    trie so that most other words fail after a letter or two. Case is spelt out ("[tT]") under a
    case-sensitive flag: a branch that opens with a plain class is skipped at one look. The rest
    of a branch's single way, letters that match only their two cases, is one ``(?i:...)`` group:
    the same characters match, from fewer to compile."""
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
                continue
            # the letters after the branch's first that no other word shares, in one case-blind group
            run = ""
            while len(sub) == 1 and (nxt := next(iter(sub))) in _CASE_PAIRED:
                run, sub = run + nxt, sub[nxt]
            alts.append(char(ch) + (f"(?i:{run})" if len(run) > 1 else "".join(map(char, run))) + emit(sub, run[-1:] or ch))
        if len(alts) == 1:
            return alts[0]
        return "(?:" + "|".join(alts) + ")"

    return "(?-i:" + emit(tree, "") + ")"


@functools.lru_cache(maxsize=None)
def timex_rx(lang: Language) -> dict[str, re.Pattern[str]]:
    tx = lang.timex
    tail = r"\s*$"
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
                              rf"(?:{alternation(full_words(lang.months) + full_words(lang.weekdays))}|\d)", re.I),
        "season_lead": re.compile(rf"(?:{alternation(lang.phrases['year_lead'])})\s*$", re.I),
        "time": re.compile(rf"\s*+(?:,\s*+)?(?:{alternation(lang.phrases['time_lead'])})\s+(?P<h>[01]?\d|2[0-3])"
                           rf"(?:\s*(?:{_bare(tx['hour_words'])})(?:\s*(?P<m>[0-5]\d))?(?!\w)|\s*:\s*(?P<m2>[0-5]\d)(?!\d)|(?="
                           rf"\s*(?:{alternation(tx['am'] + tx['pm'])})))"
                           rf"(?:\s*(?P<ap>{alternation(tx['am'] + tx['pm'])}))?", re.I),
        "clock": re.compile(rf"\s*+(?:,\s*+)?(?:{alternation(tx['clock_join'])})\s+(?P<h>[01]?\d|2[0-3])"
                            rf"(?:\s*(?:{_bare(tx['hour_words'])})(?:\s*(?P<m>[0-5]\d))?(?!\w)|\s*:\s*(?P<m2>[0-5]\d)(?!\d)|(?="
                            rf"\s*(?:{alternation(tx['am'] + tx['pm'])})))"
                            rf"(?:\s*(?P<ap>{alternation(tx['am'] + tx['pm'])}))?", re.I),
        "days_at": re.compile(alternation(tx["days"]), re.I),
        "ampm": re.compile(rf"\s+({alternation(tx['am'] + tx['pm'])})", re.I),
        "length_after": re.compile(rf"\s*(?:{alternation(tx['length_after'])})", re.I),
        "future_end": re.compile(rf"\w{{2,}}(?:{'|'.join(re.escape(x) for x in tx['future_endings'])})(?!\w)"
                                 if tx["future_endings"] else r"(?!x)x", re.I),
        "after_dir": re.compile(rf"\s*(?P<w>{alternation([w for w, r in tx['after'].items() if r in ('last', 'next')])})", re.I),
    }


