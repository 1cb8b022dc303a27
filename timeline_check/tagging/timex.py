"""The expressions only the TIMEX3 reading uses: deictic and anaphoric dates, times of day,
lengths, sets, decades, centuries, quarters, holidays.

Each match of the ``tx`` branch becomes a TimeExpr whose ``timex`` (a model.TimexValue) is a
TIMEX3 value, or a template anchored on the text's own date (DCT) or on the date before it
(REF). With the text's date known, a DCT template that names a day, week, month or year is
also an interval the checker can use (kind "date"); otherwise the kind is one the binder
leaves alone ("set", "time", "timex").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

import attrs

from ..lang import Language
from ..model import Interval, TimeExpr, TimexAnchor, TimexType, TimexValue
from .calendar import holiday, month_interval, season_interval
from .normalise import resolve, template
from .patterns import timex_rx
from .words import month_number, timex_number


def _before_is(rx: re.Pattern[str], text: str, start: int) -> bool:
    return bool(rx.search(text[max(0, start - 30):start]))


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



@attrs.frozen
class _Found:
    """One match of the "tx" branch, with what its readers need."""

    lang: Language
    text: str
    m: re.Match[str]

    @property
    def tx(self) -> dict[str, Any]:
        return self.lang.timex

    @property
    def rx(self) -> dict[str, re.Pattern[str]]:
        return timex_rx(self.lang)

    @property
    def s(self) -> int:
        return self.m.start()

    @property
    def e(self) -> int:
        return self.m.end()

    @property
    def words(self) -> str:
        return self.m.group(0)

    def g(self, name: str) -> Any:
        """A group of the match; None for one of another alternative (each is compiled on its own)."""
        return self.m.group(name) if name in self.m.re.groupindex else None

    def cap_ok(self, word: str) -> bool:
        """Where month and weekday names take a capital (English), one in lower case is another word ("may")."""
        return not self.lang.capitalised_names or word[:1].isupper()

    def before_is(self, key: str, at: int | None = None) -> bool:
        return _before_is(self.rx[key], self.text, self.s if at is None else at)

    def future(self) -> bool:
        return speaks_of_future(self.lang, self.text, self.s, self.e)

    def expr(self, kind: str, typ: TimexType, value: str, **kw: Any) -> TimeExpr:
        return TimeExpr(self.s, self.e, self.words, kind, timex=TimexValue(typ, value), **kw)  # type: ignore[arg-type]

    def template(self, typ: TimexType, anchor: TimexAnchor, op: str, suffix: str = "") -> TimeExpr:
        return template(self.s, self.e, self.words, TimexValue(typ, op, anchor, suffix))


def _squash(word: str) -> str:
    return " ".join(word.lower().split())


def _quarter(r: _Found) -> TimeExpr | None:
    """ "Q3 2023", "the second quarter", "le premier semestre"."""
    if r.g("x_qq"):
        n, y = int(r.g("x_qq_n")), r.g("x_qq_y")
        kind = "q"
    else:
        n, y = r.tx["ordinals"][_squash(r.g("x_q_ord"))], r.g("x_q_y")
        kind = "q" if r.tx["calendar"][r.g("x_q_unit").lower()] == "quarter" else "h"
        if kind == "h" and n > 2:
            return None
    if y:
        iv, _ = resolve(f"{kind}={n}", dt.date(int(y), 6, 1).toordinal()) or (None, "")
        return r.expr("timex", "DATE", f"{y}-{kind.upper()}{n}", first=iv, granularity="fuzzy")
    return r.template("DATE", "DCT", f"{kind}={n}")


def _decade(r: _Found) -> TimeExpr | None:
    """ "the 1990s", "les années 80"."""
    lead = (r.g("x_dec_lead") or "").lower()
    raw = r.g("x_dec_n") or r.g("x_dec_n2")
    if r.g("x_dec_n2") is None and lead in r.lang.phrases["article"] and not r.g("x_dec_s") and raw.isdigit():
        return None
    n = r.tx["decades"].get(raw.lower()) if not raw.isdigit() else int(raw)
    if n is None:
        return None
    year = n if n >= 100 else 1900 + n
    return r.expr("timex", "DATE", f"{year // 10:03d}")


_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}


def _century(r: _Found) -> TimeExpr | None:
    """ "the 19th century", "le XIXe siècle"."""
    raw = r.g("x_cent_n")
    if raw.isdigit():
        n = int(raw)
    elif not raw.isupper():
        return None
    else:
        values = [_ROMAN_VALUES[ch] for ch in raw]
        n = sum(-v if i + 1 < len(values) and values[i + 1] > v else v for i, v in enumerate(values))
    if not 1 <= n <= 30:
        return None
    return r.expr("timex", "DATE", f"{n - 1:02d}")


def _holiday(r: _Found) -> TimeExpr | None:
    """ "Christmas 2022", "la Toussaint"."""
    name = r.g("x_hol_n")
    if not name[:1].isupper():
        return None
    spec = r.tx["holidays"][_squash(name)]
    if r.g("x_hol_y"):
        d = holiday(spec, int(r.g("x_hol_y")))
        if d is None:
            return None
        return r.expr("date", "DATE", dt.date.fromordinal(d).isoformat(), first=Interval(d, d))
    return r.template("DATE", "DCT", f"hol{'>' if r.future() else '='}{spec}")


def _set_weekday(r: _Found, n: str) -> TimeExpr | None:
    w = r.g("x_set_wd").lower()
    day = r.lang.weekdays.get(w, r.lang.weekdays.get(w[:-1]))
    part = "T" + r.tx["day_parts"][r.g("x_set_wdp").lower()] if r.g("x_set_wdp") else ""
    return r.expr("set", "SET", f"XXXX-WXX-{day + 1}{part}") if day is not None and r.cap_ok(r.g("x_set_wd")) else None


def _set_month(r: _Found, n: str) -> TimeExpr | None:
    return r.expr("set", "SET", f"XXXX-{month_number(r.lang, r.g('x_set_mon')):02d}") if r.cap_ok(r.g("x_set_mon")) else None


def _set_day_part(r: _Found, n: str) -> TimeExpr | None:
    w = r.g("x_set_dp").lower()
    return r.expr("set", "SET", f"XXXX-XX-XXT{r.tx['day_parts'].get(w, r.tx['day_parts'].get(w[:-1]))}")


# What follows "every" -> its reader.
_SETS: dict[str, Callable[[_Found, str], TimeExpr | None]] = {
    "x_set_unit": lambda r, n: r.expr("set", "SET", length(n, r.tx['units'][_squash(r.g('x_set_unit'))])),
    "x_set_wd": _set_weekday,
    "x_set_sea": lambda r, n: r.expr("set", "SET", f"XXXX-{r.tx['seasons'][r.g('x_set_sea').lower()]}"),
    "x_set_mon": _set_month,
    "x_set_dp": _set_day_part,
}


def _set(r: _Found) -> TimeExpr | None:
    """ "every Monday", "chaque semaine", "every three months"."""
    n = timex_number(r.lang, r.g("x_set_n")) if r.g("x_set_n") else "1"
    if n is None or n == "X":
        return None
    return _SETS[next((k for k in _SETS if r.g(k)), "x_set_dp")](r, n)


def _month_short_year(r: _Found) -> TimeExpr | None:
    """ "juin 93": a month and a two-digit year."""
    yy = int(r.g("x_my2_y"))
    y = 2000 + yy if yy < 30 else 1900 + yy
    mo = month_number(r.lang, r.g("x_my2_mon"))
    return r.expr("date", "DATE", f"{y}-{mo:02d}", first=month_interval(y, mo), granularity="month")


def _night(r: _Found) -> TimeExpr | None:
    """ "dans la nuit de samedi à dimanche": the night that begins on the first day."""
    n = r.lang.weekdays[r.g("x_night_wd").lower()]
    if not r.cap_ok(r.g("x_night_wd")):
        return None
    return r.template("TIME", "DCT", f"wd{'>' if r.future() else '~'}{n}", "TNI")


def _fixed(r: _Found) -> TimeExpr | None:
    """ "now", "currently", "aujourd'hui même": words with a fixed reading."""
    w = _squash(r.words)
    value: TimexValue | None = r.tx["fixed"].get(w) or r.tx["fixed"].get(w.replace("’", "'"))
    if value is None:
        return None
    if r.words[:1].isupper() and not re.search(r"(?:^|[.!?\n«:\"(])\s*$", r.text[max(0, r.s - 4):r.s]):
        return None  # "le Midi", "Midi Libre": a name
    if value.type == "SET" and " " not in w and r.before_is("det"):
        return None  # "le quotidien", "un hebdomadaire": a newspaper
    return template(r.s, r.e, r.words, value)


def _day(r: _Found) -> TimeExpr | None:
    """ "yesterday", "hier soir", "demain à 9 h": a day counted from the text's date."""
    off = r.tx["days"][_squash(r.g("x_day_w").replace("’", "'"))]
    s, e = r.s, r.e
    suffix = ""
    if r.g("x_day_dp"):
        suffix = "T" + r.tx["day_parts"][r.g("x_day_dp").lower()]
    elif (t := r.rx["clock"].match(r.text, e)) is not None and (minutes := clock_minutes(r.lang, t)) is not None:
        e = t.end()
        suffix = f"T{minutes // 60:02d}:{minutes % 60:02d}"
    if off == 0 and not suffix and not r.g("x_day_wd") and r.words[:1].isupper() and r.text[e:e + 1] == "," \
            and re.search(r"(?:^|[.!?\n])\s*$", r.text[max(0, s - 3):s]):
        return r.expr("timex", "TIME", "PRESENT_REF")  # "Aujourd'hui, la ville a changé"
    return template(s, e, r.text[s:e], TimexValue("TIME" if suffix else "DATE", f"day{off:+d}", "DCT", suffix))


def _weekday_day(r: _Found) -> TimeExpr | None:
    """ "jeudi 12": the nearest 12th that is a Thursday."""
    n = int(r.g("x_wdd_d"))
    if not 1 <= n <= 31 or not r.cap_ok(r.g("x_wdd_wd")):
        return None
    return r.template("DATE", "DCT", f"dom~{n}w{r.lang.weekdays[r.g('x_wdd_wd').lower()]}")


def _year(r: _Found) -> TimeExpr | None:
    """ "2023", not "2000 personnes"."""
    word = re.match(r"\s*([^\W\d_]+)", r.text[r.e:r.e + 30])
    if word and (word.group(1).lower() in r.lang.phrases["count_nouns"] or word.group(1).lower() in r.tx["count_words"]):
        return None  # "2000 personnes", "1500 euros"
    return r.expr("timex", "DATE", r.g('x_yr_y'))


def _span(r: _Found) -> TimeExpr | None:
    """ "the past three years", "ces derniers mois", "the last few weeks"."""
    n = r.g("x_sp_n1") or r.g("x_sp_n2") or r.g("x_sp_n3")
    unit = r.g("x_sp_unit") or r.g("x_sp_unit2")
    q = timex_number(r.lang, n) if n else None
    if q is None:
        # plural: "days", "jours"; a unit the same in both numbers is plural after a plural determiner ("ces mois")
        u, invariable = unit.lower(), r.tx["invariable"]
        plural = u.endswith(("s", "x")) and u not in invariable \
            or u in invariable and (r.g("x_sp_det") or r.g("x_sp_det2") or "").lower() in r.tx["span_det"]
        q = "X" if plural else "1"
    return r.expr("timex", "DURATION", length(q, r.tx['units'][_squash(unit)]))


def _an_age(r: _Found, unit: str) -> bool:
    """ "âgé de 38 ans", "a 38-year-old", "un homme de 38 ans", "Alain P., 53 ans,", "les 6-16 ans"."""
    text, s, e = r.text, r.s, r.e
    if unit != "Y" or r.rx["length_after"].match(text, e):
        return False
    digits = bool(r.g("x_ext_num") and r.g("x_ext_num").isdigit())
    return (r.before_is("age_before") or r.rx["age_after"].match(text, e) is not None
            or r.before_is("age_before", r.m.start("x_ext_num") if r.g("x_ext_num") else s)
            or bool((digits or r.g("x_ext_apx")) and not r.g("x_ext_mod") and r.before_is("de"))
            or digits and re.search(r"\d\s*[-–]\s*$", text[max(0, s - 5):s]) is not None
            or digits and re.search(r",\s*$", text[max(0, s - 5):s]) is not None
            and re.match(r"\s*[,.;)–-]", text[e:e + 3]) is not None)


def _hour(r: _Found, unit: str) -> TimeExpr | None:
    """ "at 9 p.m.", "à 14 heures": a number of hours that is a time of day."""
    num = r.g("x_ext_num")
    if unit != "H" or not (num and num.isdigit()) or r.g("x_ext_mod") or int(num) > 24:
        return None
    ampm = r.rx["ampm"].match(r.text, r.e)
    if not (ampm or r.before_is("time_lead") and not r.before_is("length_lead")):
        return None
    h, e = int(num), r.e
    if ampm:
        e = ampm.end()
        h = h + 12 if " ".join(ampm.group(1).lower().replace(".", "").split()) in r.lang.pm_words and h < 12 else h
    return template(r.s, e, r.text[r.s:e], TimexValue("TIME", "day+0", "REF", f"T{h:02d}:00"))


_CALENDAR_UNITS = {"D": "day", "W": "week", "M": "month", "Y": "year", "DE": "decade", "CE": "century"}


def _extent(r: _Found) -> TimeExpr | None:
    """ "three days", "about two years ago", "il y a quelques mois", "deux ans et demi"."""
    unit = r.tx["units"][_squash(r.g("x_ext_unit") or r.g("x_ext_unit2"))]
    n = str(r.tx["approx"][_squash(r.g("x_ext_apx"))]) if r.g("x_ext_apx") \
        else timex_number(r.lang, r.g("x_ext_num") or r.g("x_ext_vague"))
    if n is None:
        return None
    if r.g("x_ext_half"):
        n = _half(n)
    if _an_age(r, unit):
        return None
    if (hour := _hour(r, unit)) is not None:
        return hour
    ago = r.g("x_ext_ago1") or r.g("x_ext_ago2")
    if ago and n != "X" and "." not in n and (cal := _CALENDAR_UNITS.get(unit)):
        return r.template("DATE", "DCT", f"{cal}-{n}")
    if ago:  # "il y a quelques mois": the length, without "il y a"
        a0 = r.m.start(next(k for k in ("x_ext_mod", "x_ext_vague", "x_ext_num") if r.g(k) or k == "x_ext_num"))
        return TimeExpr(a0, r.e, r.text[a0:r.e], "timex", timex=TimexValue("DURATION", length(n, unit)))
    return r.expr("timex", "DURATION", length(n, unit))


def _clock_time(r: _Found) -> TimeExpr | None:
    """ "9:15", "14 h 30", "10 p.m."; "pendant 2 h": a length."""
    minutes = clock_minutes(r.lang, r.m, "x_tm_")
    if minutes is None:
        return None
    if r.g("x_tm_hw") and r.before_is("length_lead") and not r.g("x_tm_ap"):
        h, mi = divmod(minutes, 60)
        return r.expr("timex", "DURATION", f"PT{h}H" + (f"{mi}M" if mi else ""))
    return r.template("TIME", "REF", "day+0", f"T{minutes // 60:02d}:{minutes % 60:02d}")


def timex_expr(lang: Language, m: re.Match[str], text: str) -> TimeExpr | None:
    """The TimeExpr of one match of the "tx" branch, or None when it is no time expression."""
    r = _Found(lang, text, m)
    names = m.re.groupindex
    return next((read(r) for name, read in _READERS.items() if name in names and m.group(name)), None)


_BOUNDARY = re.compile(r"[;!?\n,]|\.(?=\s+[A-Z]|\s*$)")


def speaks_of_future(lang: Language, text: str, s: int, e: int) -> bool:
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
    rx = timex_rx(lang)
    return bool(rx["future"].search(before) or rx["future_end"].search(before))


def clock_minutes(lang: Language, m: re.Match[str], pre: str = "") -> int | None:
    """Minutes after midnight of a matched clock time, or None."""
    gd = m.groupdict()
    hour = int(gd[pre + "h"])
    minute = int(gd.get(pre + "m") or gd.get(pre + "m2") or 0)
    ap = (gd.get(pre + "ap") or gd.get(pre + "ap2") or gd.get(pre + "ap3") or "").lower().replace(".", "").strip()
    if ap:
        if not 1 <= hour <= 12:
            return None
        pm = ap in lang.pm_words
        if pm and hour < 12:
            hour += 12
        elif not pm and hour == 12:
            hour = 0
    if hour > 24 or hour == 24 and minute:
        return None
    return hour * 60 + minute


@attrs.frozen
class _Calendar:
    """A calendar word read: "la semaine dernière", "last Friday", "ce matin", "l'été 2023"."""

    r: _Found
    noun: str
    rel: str  # this, last, next, previous, following, same, or ""
    named: bool  # a direction word is written ("last", "prochain")
    year: str | None
    part: str | None
    bounds: str  # "@lo-hi": a part of the month or year
    dp: str  # "TMO": a part of the day

    @property
    def anchor(self) -> TimexAnchor:
        return "REF" if self.rel in ("previous", "following", "same") else "DCT"

    @property
    def sign(self) -> str | None:
        return {"this": "+0", "last": "-1", "next": "+1", "previous": "-1", "following": "+1", "same": "+0"}.get(self.rel)


def _calendar_unit(c: _Calendar) -> TimeExpr | None:
    """ "last week", "ce week-end", "l'année 2023", "the next day"."""
    r, unit, sign = c.r, c.r.tx["calendar"][c.noun], c.sign
    if c.year:
        if unit != "year":
            return None
        y = int(c.year)
        return r.expr("date", "DATE", str(y), first=Interval(dt.date(y, 1, 1).toordinal(), dt.date(y, 12, 31).toordinal()),
                      granularity="year")
    if unit == "weekend" and c.rel in ("", "this"):
        # "the weekend", "ce week-end": the one just past, early in a week told in the past;
        # with no word of direction, only when the text's date is known
        return r.template("DATE", "DCT?" if not c.rel else "DCT", f"weekend{'+0' if r.future() else '~0'}{c.bounds}")
    if sign is None:
        if not c.part or unit not in ("year", "month", "week"):
            return None
        sign = "+0"
    if unit == "day":
        return r.template("TIME" if c.dp else "DATE", c.anchor, f"day{sign}", c.dp)
    return r.template("DATE", c.anchor, f"{unit}{sign}{c.bounds}")


def _day_part(c: _Calendar) -> TimeExpr | None:
    """ "ce matin", "this evening"."""
    if c.rel not in ("this", "same") or c.year or c.noun not in c.r.tx["this_parts"]:
        return None
    return c.r.template("TIME", c.anchor, "day+0", f"T{c.r.tx['day_parts'][c.noun]}")


def _season(c: _Calendar) -> TimeExpr | None:
    """ "l'été 2023", "last winter", "au printemps"."""
    r = c.r
    sea = r.tx["seasons"][c.noun]
    if c.year:
        y = int(c.year)
        return r.expr("date", "DATE", f"{y}-{sea}", first=season_interval(y, sea), granularity="fuzzy")
    if c.sign is None:
        if r.before_is("de") and not r.before_is("season_lead") or c.noun in r.tx["strict_seasons"]:
            return None  # "les Jeux d'hiver", "heure d'été": a season used as an adjective
        if not (r.g("x_cal_noun") != r.words or r.words[:1].isupper() or r.before_is("det") or r.before_is("season_lead")):
            return None  # "il a été": a bare season word needs an article or "en"
        return r.expr("timex", "DATE", f"XXXX-{sea}")
    op = {"+0": "=", "-1": "<", "+1": ">"}[c.sign]
    return r.template("DATE", c.anchor, f"sea{op}{sea}")


def _month(c: _Calendar) -> TimeExpr | None:
    """ "juillet", "last March", "le mois de juin", "fin avril"."""
    r = c.r
    if c.year:
        return None  # "my" reads it
    if c.sign is None:
        if c.noun in r.tx["ambiguous_months"]:
            return None  # "May", "March": a verb, a noun
        if r.g("x_cal_noun")[:1].isupper() and c.noun in r.tx["name_months"] \
                and r.text[max(0, r.s - 2):r.s].strip() not in ("", ".", "!", "?"):
            return None  # "vers Mars": a name inside a sentence
        if not r.tx["bare_months"] and not c.named and not c.part and not r.g("x_cal_ofm"):
            return None  # bare months come with a preposition ("in July"): the checker reads those
    op = {"+0": "=", "-1": "<", "+1": ">", None: "~"}[c.sign]
    return r.template("DATE", c.anchor, f"mon{op}{r.lang.months[c.noun]}{c.bounds}")


def _weekday(c: _Calendar) -> TimeExpr | None:
    """ "last Friday", "dimanche soir", "on Monday" (the one before, or after when told in the future)."""
    r = c.r
    if c.year:
        return None
    if c.sign is None:
        op = ">" if r.future() else "~"
    else:
        op = {"+0": "=", "-1": "<", "+1": ">"}[c.sign]
    return r.template("TIME" if c.dp else "DATE", c.anchor, f"wd{op}{r.lang.weekdays[c.noun]}", c.dp)


def _calendar_reader(lang: Language, noun: str) -> Callable[[_Calendar], TimeExpr | None] | None:
    """Which kind of calendar word ``noun`` is, in the order the words are looked up."""
    tx = lang.timex
    kinds: tuple[tuple[Any, Callable[[_Calendar], TimeExpr | None]], ...] = (
        (tx["calendar"], _calendar_unit), (tx["day_parts"], _day_part), (tx["seasons"], _season),
        (lang.months, _month), (lang.weekdays, _weekday))
    return next((read for words, read in kinds if noun in words), None)


def _calendar(r: _Found) -> TimeExpr | None:
    """ "la semaine dernière", "last Friday", "ce matin", "l'été 2023", "juillet", "dimanche soir"."""
    tx, lang = r.tx, r.lang
    noun = _squash(r.g("x_cal_noun"))
    if r.g("x_cal_ofm"):
        if tx["calendar"].get(noun) != "month":
            return None
        noun = r.g("x_cal_ofm").lower()  # "le mois de juin", "la fin du mois d'avril"
    pre, post = _squash(r.g("x_cal_pre") or ""), _squash(r.g("x_cal_post") or "")
    rel = tx["before"].get(pre) or tx["after"].get(post) or ""
    if not rel and r.rx["of_date"].match(r.text, r.e):
        return None  # "the weekend of April 13-14": the date after it says which
    part = r.g("x_cal_part")
    bounds = "@{}-{}".format(*lang.month_parts[_squash(part)]) if part else ""
    dp = "T" + tx["day_parts"][r.g("x_cal_dp").lower()] if r.g("x_cal_dp") else ""
    if lang.capitalised_names and noun in lang.weekdays | lang.months and not (r.g("x_cal_ofm") or r.g("x_cal_noun"))[:1].isupper():
        return None
    read = _calendar_reader(lang, noun)
    return read(_Calendar(r, noun, rel, bool(pre or post), r.g("x_cal_y"), part, bounds, dp)) if read else None


# A branch of the "tx" alternative -> its reader.
_READERS: dict[str, Callable[[_Found], TimeExpr | None]] = {
    "x_q": _quarter, "x_qq": _quarter, "x_dec": _decade, "x_cent": _century, "x_hol": _holiday, "x_set": _set,
    "x_my2": _month_short_year, "x_night": _night, "x_fix": _fixed, "x_day": _day, "x_cal": _calendar,
    "x_wdd": _weekday_day, "x_yr": _year, "x_span": _span, "x_ext": _extent, "x_tm": _clock_time,
}
