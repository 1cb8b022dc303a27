"""The expressions only the TIMEX3 reading uses: deictic and anaphoric dates, times of day,
lengths, sets, decades, centuries, quarters, holidays.

Each match of the ``tx`` branch becomes a TimeExpr whose ``timex`` is "TYPE VALUE" (see
model.TimeExpr): a TIMEX3 value, or a template anchored on the text's own date (DCT:op) or on
the date before it (REF:op). With the text's date known, a DCT template that names a day, week,
month or year is also an interval the checker can use (kind "date"); otherwise the kind is one
the binder leaves alone ("set", "time", "timex").
"""

from __future__ import annotations

import datetime as dt
import re

from ..lang import Language
from ..model import Interval, TimeExpr
from .calendar import holiday, month_interval, season_interval
from .normalise import resolve, template
from .patterns import PM, timex_rx
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


def timex_expr(lang: Language, m: re.Match[str], text: str, reference: int | None) -> TimeExpr | None:
    """The TimeExpr of one match of the "tx" branch, or None when it is no time expression."""
    tx = lang.timex
    g = m.group
    rx = timex_rx(lang)
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
        return template(s, e, g(0), f"DATE DCT:{kind}={n}", reference)
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
        return template(s, e, g(0), f"DATE DCT:hol{'>' if speaks_of_future(lang, text, s, e) else '='}{spec}", reference)
    if g("x_set"):
        n = timex_number(lang, g("x_set_n")) if g("x_set_n") else "1"
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
            return TimeExpr(s, e, g(0), "set", timex=f"SET XXXX-{month_number(lang, g('x_set_mon')):02d}") if cap_ok(g("x_set_mon")) else None
        w = g("x_set_dp").lower()
        part = tx["day_parts"].get(w, tx["day_parts"].get(w[:-1]))
        return TimeExpr(s, e, g(0), "set", timex=f"SET XXXX-XX-XXT{part}")
    if m.groupdict().get("x_my2"):
        yy = int(g("x_my2_y"))
        y = 2000 + yy if yy < 30 else 1900 + yy
        mo = month_number(lang, g("x_my2_mon"))
        return TimeExpr(s, e, g(0), "date", first=month_interval(y, mo), granularity="month", timex=f"DATE {y}-{mo:02d}")
    if g("x_night"):  # "dans la nuit de samedi à dimanche": the night that begins on the first day
        n = lang.weekdays[g("x_night_wd").lower()]
        if not cap_ok(g("x_night_wd")):
            return None
        return template(s, e, g(0), f"TIME DCT:wd{'>' if speaks_of_future(lang, text, s, e) else '~'}{n}|TNI", reference)
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
        return template(s, e, g(0), value, reference)
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
        return template(s, e, text[s:e], f"{typ} DCT:day{off:+d}{suffix}", reference)
    if g("x_cal"):
        return _calendar(lang, m, text, reference)
    if g("x_wdd"):
        n = int(g("x_wdd_d"))
        if not 1 <= n <= 31 or not cap_ok(g("x_wdd_wd")):
            return None
        return template(s, e, g(0), f"DATE DCT:dom~{n}w{lang.weekdays[g('x_wdd_wd').lower()]}", reference)
    if g("x_yr"):
        word = re.match(r"\s*([^\W\d_]+)", text[e:e + 30])
        if word and (word.group(1).lower() in lang.phrases["count_nouns"] or word.group(1).lower() in tx["count_words"]):
            return None  # "2000 personnes", "1500 euros"
        return TimeExpr(s, e, g(0), "timex", timex=f"DATE {g('x_yr_y')}")
    if g("x_span"):
        n = g("x_sp_n1") or g("x_sp_n2") or g("x_sp_n3")
        unit = g("x_sp_unit") or g("x_sp_unit2")
        q = timex_number(lang, n) if n else None
        if q is None:
            # plural: "days", "jours"; a unit the same in both numbers is plural after a plural determiner ("ces mois")
            u, invariable = unit.lower(), tx["invariable"]
            plural = u.endswith(("s", "x")) and u not in invariable or u in invariable and (g("x_sp_det") or g("x_sp_det2") or "").lower() in tx["span_det"]
            q = "X" if plural else "1"
        return TimeExpr(s, e, g(0), "timex", timex=f"DURATION {length(q, tx['units'][' '.join(unit.lower().split())])}")
    if g("x_ext"):
        unit_word = " ".join((g("x_ext_unit") or g("x_ext_unit2")).lower().split())
        unit = tx["units"][unit_word]
        n = str(tx["approx"][" ".join(g("x_ext_apx").lower().split())]) if g("x_ext_apx") else timex_number(lang, g("x_ext_num") or g("x_ext_vague"))
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
                h = h + 12 if " ".join(ampm.group(1).lower().replace(".", "").split()) in PM and h < 12 else h
            return template(s, e, text[s:e], f"TIME REF:day+0|T{h:02d}:00", reference)
        ago = g("x_ext_ago1") or g("x_ext_ago2")
        if ago and n != "X" and "." not in n:
            cal = {"D": "day", "W": "week", "M": "month", "Y": "year", "DE": "decade", "CE": "century"}.get(unit)
            if cal:
                return template(s, e, g(0), f"DATE DCT:{cal}-{n}", reference)
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
        return template(s, e, g(0), f"TIME REF:day+0|T{minutes // 60:02d}:{minutes % 60:02d}", reference)
    return None


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


def _clock(m: re.Match[str], pre: str = "") -> int | None:
    """Minutes after midnight of a matched clock time, or None."""
    gd = m.groupdict()
    hour = int(gd[pre + "h"])
    minute = int(gd.get(pre + "m") or gd.get(pre + "m2") or 0)
    ap = (gd.get(pre + "ap") or gd.get(pre + "ap2") or gd.get(pre + "ap3") or "").lower().replace(".", "").strip()
    if ap:
        if not 1 <= hour <= 12:
            return None
        pm = ap in PM
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
    if not rel and timex_rx(lang)["of_date"].match(text, e):
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
            past = dt.date.fromordinal(reference).weekday() <= 3 and not speaks_of_future(lang, text, s, e)
            sign = "-1" if past else "+0"
        if sign is None:
            if not part or unit not in ("year", "month", "week"):
                return None
            sign = "+0"
        if unit == "day":
            return template(s, e, g(0), f"{'TIME' if dp else 'DATE'} {anchor}:day{sign}{dp}", reference)
        return template(s, e, g(0), f"DATE {anchor}:{unit}{sign}{bounds}", reference)
    if noun in tx["day_parts"]:
        if rel not in ("this", "same") or year or noun not in tx["this_parts"]:
            return None
        return template(s, e, g(0), f"TIME {anchor}:day+0|T{tx['day_parts'][noun]}", reference)
    if noun in tx["seasons"]:
        sea = tx["seasons"][noun]
        if year:
            y = int(year)
            return TimeExpr(s, e, g(0), "timex", first=season_interval(y, sea), granularity="fuzzy", timex=f"DATE {y}-{sea}")
        if sign is None:
            if _before_is(timex_rx(lang)["de"], text, s) or noun in tx["strict_seasons"]:
                return None  # "les Jeux d'hiver", "heure d'été": a season used as an adjective
            if not (g("x_cal_noun") != g(0) or g(0)[:1].isupper() or _before_is(timex_rx(lang)["det"], text, s)
                    or _before_is(timex_rx(lang)["season_lead"], text, s)):
                return None  # "il a été": a bare season word needs an article or "en"
            return TimeExpr(s, e, g(0), "timex", timex=f"DATE XXXX-{sea}")
        op = {"+0": "=", "-1": "<", "+1": ">"}[sign]
        return template(s, e, g(0), f"DATE {anchor}:sea{op}{sea}", reference)
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
        return template(s, e, g(0), f"DATE {anchor}:mon{op}{mo}{bounds}", reference)
    if noun in lang.weekdays:
        n = lang.weekdays[noun]
        if year:
            return None
        if sign is None:
            op = ">" if speaks_of_future(lang, text, s, e) else "~"
        else:
            op = {"+0": "=", "-1": "<", "+1": ">"}[sign]
        return template(s, e, g(0), f"{'TIME' if dp else 'DATE'} {anchor}:wd{op}{n}{dp}", reference)
    return None
