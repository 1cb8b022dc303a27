"""Relative phrases and durations: "three days later", "for two weeks", "the next day",
"30 days after March 1, 2024", and what each counts from.
"""

from __future__ import annotations

import functools
import re
from typing import Any

import attrs

from ..lang import Language
from ..model import Anchor, AnchorKind, Interval, TimeExpr, TimexValue
from .normalise import template
from .patterns import timex_rx
from .timex import length
from .words import count


def _span_amount(n: tuple[int, int], unit_days: int, duration: bool) -> tuple[int, int | None]:
    """Bounds in days of ``n`` units: months and years vary, weeks a day either way; hours
    (``unit_days`` 0) and minutes (-1) the days they may cross, the time of day being unknown."""
    lo, hi = n
    if unit_days in (0, -1):
        per_day = 24 if unit_days == 0 else 1440
        return lo // per_day, -(-hi // per_day)
    if unit_days == 1:
        return (max(0, lo - 1), hi) if duration else (lo, hi)
    if unit_days == 7:
        return 7 * lo - 1, 7 * hi + 1
    if unit_days == 30:
        return 28 * lo - 1, 31 * hi + 1
    return 365 * lo - 1, 366 * hi + 1


def amount_days(lang: Language, m: re.Match[str], pre: str, duration: bool) -> tuple[int, int | None]:
    if m.group(f"{pre}_vague"):
        n = lang.vague_numbers[" ".join(m.group(f"{pre}_vague").lower().split())]
    else:
        k = count(lang, m.group(f"{pre}_num"))
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


_PER_UNIT = {0: 60, -1: 1}  # minutes in an hour (unit 0) and in a minute (-1)


def amount_minutes(lang: Language, m: re.Match[str], pre: str) -> tuple[int, int | None] | None:
    """Bounds in minutes of an amount stated in hours or minutes ("72 hours", "more than 72
    hours": past the 72nd, unless the words include the bound, "at least"); None for days and
    longer units."""
    per = _PER_UNIT.get(lang.units[" ".join(m.group(f"{pre}_unit").lower().split())])
    if per is None:
        return None
    lo, hi = (lang.vague_numbers[" ".join(m.group(f"{pre}_vague").lower().split())] if m.group(f"{pre}_vague")
              else (count(lang, m.group(f"{pre}_num")),) * 2)
    mod = " ".join((m.groupdict().get(f"{pre}_mod") or "").lower().split())
    if mod in lang.phrases["more_than"]:
        return lo * per + (0 if mod in lang.phrases["at_least"] else 1), None
    if mod in lang.phrases["less_than"]:
        return 0, hi * per
    if mod:
        slack = max(1, hi * per // 6)
        return max(0, lo * per - slack), hi * per + slack
    return lo * per, hi * per


def fixed_day(lang: Language, words: str, sign: str) -> TimexValue:
    """The TIMEX3 template of "the next day", "the following morning", "le matin même", "la veille"."""
    parts = lang.timex.get("day_parts", {})
    part = next((parts[w] for w in reversed(words.lower().split()) if w in parts), None)
    return TimexValue("TIME", f"day{sign}", "REF", f"T{part}") if part else TimexValue("DATE", f"day{sign}", "REF")


def amount_timex(lang: Language, m: re.Match[str], pre: str) -> tuple[str, str]:
    """The TIMEX3 number ("3", "X") and unit ("D", "W") of a matched amount."""
    word = " ".join(m.group(f"{pre}_unit").lower().split())
    unit = lang.timex.get("units", {}).get(word) or {1: "D", 7: "W", 30: "M", 365: "Y"}.get(lang.units.get(word, 1), "D")
    if m.group(f"{pre}_vague"):
        return "X", unit
    return str(count(lang, m.group(f"{pre}_num"))), unit


_CLAUSE_END = re.compile(r"[.;:!?,()\n]|$")


_WORD_RUN = re.compile(r"[^\W\d_][\w'’-]*")


_VERB = 30  # characters before a same-day phrase in which a verb that takes a clause ends
NAMES_NEXT = re.compile(r"[ \t]+[^\W\d_]")  # words, not a stop or a comma, after "avant"


def day_anchor(text: str, start: int, end: int, pats: dict[str, Any]) -> Anchor:
    """What "the next day", "the same day" or "la veille" counts from: the event named by the
    words right after it ("the same day as the discovery", "le lendemain de l'attaque", "the day
    after it found the attack"), as ``phrase:<words>``; else the previous event.

    Not a "that" after a verb that takes a clause ("confirmed that evening that an intruder had
    signed in", ``clause_verbs``): the clause is the verb's, the phrase counts from the previous event.
    Words after the phrase with no linking word ("as", "de") name its event only when they
    are a clause of their own: not when the phrase opens its clause and the words run to the
    end of it ("The next day the clinic notified HHS.": the clinic's own verb)."""
    rest = text[end:end + 80]
    stop = _CLAUSE_END.search(rest)
    assert stop is not None
    words = rest[:stop.start()]
    if pats["day_link"].match(words) and not pats["clause_verb"].search(text, max(0, start - _VERB), start):
        return Anchor("phrase", words)
    if pats["day_subject"].match(words) and (stop.group() == "," or not _opens_clause(text, start, pats)
                                              or pats["date_before"].search(text, max(0, start - 16), start)):
        return Anchor("phrase", words)
    return Anchor("previous")


def _opens_clause(text: str, start: int, pats: dict[str, Any]) -> bool:
    """Whether a phrase at ``start`` opens its clause: at most one word ("On", "And") since
    the last punctuation, or a conjunction right before it."""
    before = text[max(0, start - 120):start]
    head = before[max(before.rfind(c) for c in ".;:!?,()\n") + 1:]
    return len(_WORD_RUN.findall(head)) <= 1 or pats["conjunction"].search(head) is not None


def anchor_relatives(text: str, others: list[TimeExpr], dates: list[TimeExpr]) -> list[TimeExpr]:
    """Relative phrases "N days after <X>": resolve X to a date, an event word, or the previous event."""
    out = []
    starts = {t.start: t for t in dates}
    for t in others:
        if t.kind == "relative" and t.anchor is not None and t.anchor.kind in ("after", "before"):
            rest = text[t.end:t.end + 80]
            lead = len(rest) - len(rest.lstrip(" ,"))
            ref = starts.get(t.end + lead) or next((d for d in dates if t.end < d.start <= t.end + 6
                                                    and "\n" not in text[t.end:d.start]), None)  # not past a line end
            lo, hi = (ref.first.lo, (ref.last or ref.first).hi) if ref is not None and ref.first is not None else (None, None)
            if ref is not None and lo is not None and hi is not None and t.amount is not None:
                sign = t.direction
                a0, a1 = t.amount
                a1 = a0 if a1 is None else a1
                iv = Interval(lo + a0 * sign if sign > 0 else lo - a1, hi + a1 if sign > 0 else hi - a0)
                out.append(TimeExpr(t.start, ref.end, text[t.start:ref.end], "date", first=iv, granularity="fuzzy",
                                    parts=(*t.parts, *(ref.parts or (ref,)))))
                continue
            end = re.search(r"[.;:!?,\n]|$", rest)
            out.append(attrs.evolve(t, anchor=Anchor("phrase", rest[: end.start() if end else 80])))
        else:
            out.append(t)
    # A date consumed by "N days after <date>" is not a date of its own.
    spans = [(o.start, o.end) for o in out if o.kind == "date"]
    return out + [d for d in dates if not any(s <= d.start and d.end <= e for s, e in spans)]


def read_fixed(lang: Language, text: str, m: re.Match[str], pats: dict[str, re.Pattern[str]]) -> TimeExpr | None:
    """ "the next day", "the same day", "the same week", "la veille"; "the day before yesterday" is the text's own ("avant-hier")."""
    g = m.group
    if lang.timex and (longer := timex_rx(lang)["days_at"].match(text, m.start())) and longer.end() > m.end():
        off = lang.timex["days"][" ".join(longer.group(0).lower().replace("’", "'").split())]
        return template(m.start(), longer.end(), longer.group(0), TimexValue("DATE", f"day{off:+d}", "DCT"))
    if g("fix_upon"):
        # "Upon detection, the company notified the FBI": the same day as the event named after it;
        # no time expression where its sentence dates it ("On May 22, upon discovering it, ...")
        words = _clause_after(text, m.end())
        if any(c.isdigit() for c in words + _sentence_before(text, m.start())):
            return None
        return TimeExpr(m.start(), m.end(), g(0), "relative", amount=(0, 0), anchor=Anchor("phrase", words), qualifier="upon",
                        timex=fixed_day(lang, g(0), "+0"))
    if g("fix_hours"):  # "within hours": that day or the next, as "within an hour" (read_within)
        return TimeExpr(m.start(), m.end(), g(0), "relative", amount=(0, 1), anchor=day_anchor(text, m.start(), m.end(), pats))
    if g("fix_week"):  # "the same week": at most six days either side of the event it counts from
        return TimeExpr(m.start(), m.end(), g(0), "relative", amount=(-_WEEK_SPREAD, _WEEK_SPREAD),
                        anchor=day_anchor(text, m.start(), m.end(), pats), granularity="fuzzy",
                        timex=TimexValue("DATE", "week+0", "REF"))
    return TimeExpr(m.start(), m.end(), g(0), "relative", amount=(1, 1) if g("fix_next") or g("fix_prev") else (0, 0),
                    direction=-1 if g("fix_prev") else 1, anchor=day_anchor(text, m.start(), m.end(), pats),
                    timex=fixed_day(lang, g(0), '+1' if g('fix_next') else '-1' if g('fix_prev') else '+0'))


_WEEK_SPREAD = 6  # days between two events of one calendar week, at most


def _sentence_before(text: str, start: int) -> str:
    """The words of a sentence before ``start``, at most 200 characters."""
    head = text[max(0, start - 200):start]
    return head[max(head.rfind(c) for c in ".!?\n") + 1:]


def _clause_after(text: str, end: int) -> str:
    """The words from ``end`` to the end of their clause ("Upon detection, ...": " detection")."""
    rest = text[end:end + 80]
    stop = _CLAUSE_END.search(rest)
    return rest[:stop.start() if stop else len(rest)]


_CALENDAR_UNITS = {"D": "day", "W": "week", "M": "month", "Y": "year"}


def read_relative(lang: Language, text: str, m: re.Match[str]) -> TimeExpr:
    """ "three days later", "two weeks after the attack", "onze jours avant le chiffrement"."""
    g = m.group
    backwards = bool(g("rel_earlier") or g("rel_before"))
    anchor: AnchorKind = "previous"
    if g("rel_after") or g("rel_before"):
        anchor = "after" if g("rel_after") else "before"
    elif backwards and NAMES_NEXT.match(text, m.end()) and g("rel_earlier").lower() in lang.phrases["before_event"]:
        anchor = "before"  # "onze jours avant le chiffrement": "avant" before words is "before <event>"
    n, u = amount_timex(lang, m, "rel")
    cal = _CALENDAR_UNITS.get(u)
    stamp: TimexValue | None = None
    parts: tuple[TimeExpr, ...] = ()
    if anchor == "previous" and n != "X" and cal:
        stamp = TimexValue("DATE", f"{cal}{'-' if backwards else '+'}{n}", "REF")
    else:
        end = m.end("rel_unit")
        parts = (TimeExpr(m.start(), end, text[m.start():end], "timex", timex=TimexValue("DURATION", length(n, u))),)
    return TimeExpr(m.start(), m.end(), g(0), "relative", amount=amount_days(lang, m, "rel", duration=False),
                    minutes=amount_minutes(lang, m, "rel"), direction=-1 if backwards else 1, anchor=Anchor(anchor),
                    timex=stamp, parts=parts)


@functools.lru_cache(maxsize=None)
def _genitive_after(lang: Language) -> re.Pattern[str]:
    """ "of", "de", "following", "suivant" after a length: the words after it name what it counts from."""
    return re.compile(rf"\s+(?:{lang.alt('genitive')}|{lang.alt('within_from')})\s*", re.I)


def read_within(lang: Language, text: str, m: re.Match[str]) -> TimeExpr | None:
    """ "within an hour", "dans les 24 heures": at most that long after the event told before it,
    or the one named after it ("within an hour of the theft"); for a day or less, or a length
    told in hours ("within 72 hours of becoming aware": the bound a deadline counted in hours
    needs; the binder drops it where it states a duty, not an act, ``binding/hour_limits``).
    A longer "within" in days is mostly a time limit the law sets or a text claims to have kept
    ("within 60 days"), not a date."""
    _, hi = amount_days(lang, m, "win", duration=False)
    minutes = amount_minutes(lang, m, "win")
    if hi is None or hi > 1 and minutes is None:
        return None
    n, u = amount_timex(lang, m, "win")
    a0 = m.start("win_num") if m.group("win_num") else m.start("win_vague")
    part = TimeExpr(a0, m.end(), text[a0:m.end()], "timex", timex=TimexValue("DURATION", length(n, u)))
    anchor = Anchor("previous")
    if link := _genitive_after(lang).match(text, m.end()):
        stop = _CLAUSE_END.search(text, link.end())
        anchor = Anchor("phrase", text[link.end():stop.start() if stop else len(text)])
    return TimeExpr(m.start(), m.end(), m.group(0), "relative", amount=(0, hi), minutes=minutes and (0, minutes[1]),
                    anchor=anchor, parts=(part,))


def read_at_once(lang: Language, text: str, m: re.Match[str]) -> TimeExpr:
    """ "immediately", "aussitôt après le constat": the moment of the event told before it, or of
    the one named after "after"; no TIMEX3 (TimeML does not tag it), and only ever a warning's
    ground (``loose``), as which event came before is the reader's guess."""
    words = m.group(0)
    anchor = Anchor("previous")
    if words.lower().split()[-1] in lang.phrases["after_event"]:
        rest = text[m.end():m.end() + 80]
        stop = _CLAUSE_END.search(rest)
        anchor = Anchor("phrase", rest[:stop.start() if stop else len(rest)])
    return TimeExpr(m.start(), m.end(), words, "relative", amount=(0, 0), anchor=anchor, qualifier="at_once")


def read_duration(lang: Language, text: str, m: re.Match[str]) -> TimeExpr:
    """ "for three days", "pendant deux semaines": the length, and the words of it as a TIMEX3 part."""
    g = m.group
    n, u = amount_timex(lang, m, "dur")
    a0 = m.start("dur_mod") if g("dur_mod") else m.start("dur_num") if g("dur_num") else m.start("dur_vague")
    part = TimeExpr(a0, m.end(), text[a0:m.end()], "timex", timex=TimexValue("DURATION", length(n, u)))
    return TimeExpr(m.start(), m.end(), g(0), "duration", amount=amount_days(lang, m, "dur", duration=True), parts=(part,))
