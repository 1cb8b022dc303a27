"""Counting deadlines as the law counts them, and the verdict on one trigger and one notice.

A deadline "b within N units of a" is missed for certain when even the most favourable
reading of the dates misses it, possibly missed when some reading does, and cannot be
checked when the text states no date for ``a`` or for ``b`` (a ``missing`` finding that
names the fact needed). Units are counted as the law counts them:

- calendar days: plain day differences;
- business days: weekends and the regime's public holidays (the ``holidays`` package,
  imported only when such a rule is evaluated) do not count;
- months: the same day of a later month (or that month's last day);
- hours: minutes when the text gives a time of day (``TimeExpr.time``), otherwise each
  date is the whole day: certainly missed only when the latest possible trigger and the
  earliest possible notice are more than N hours apart.

A rule whose law changed has versions with in-force windows: the version in force on the
trigger date applies; when the trigger's possible dates straddle a change, an error needs
the notice to miss even the most lenient of the versions. The deadline rule kind
(``kinds/deadline.py``) turns verdicts into findings and rows of the deadline table.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
from collections.abc import Sequence

import attrs

from .messages import ENGLISH, Messages
from .model import Interval, iso
from .reason import Node, Timeline
from .ruleset import DeadlineRule

INF = float("inf")
DAY = 1440  # minutes in a day
_SCAN = 4000  # the widest trigger interval (days) scanned day by day


# ---------------------------------------------------------------- counting as the law counts

@functools.lru_cache(maxsize=128)
def _holidays(code: str, year: int) -> frozenset[int]:
    """Public holidays of ``code`` ("US", "US-VT", "BR") in ``year``, as day ordinals."""
    import holidays  # here, not at the top: only business-day rules need it, and start-up stays fast

    country, _, subdiv = code.partition("-")
    try:
        calendar = holidays.country_holidays(country, subdiv=subdiv or None, years=year)
    except NotImplementedError as exc:
        raise ValueError(f"no public-holiday calendar for {code!r}") from exc
    return frozenset(d.toordinal() for d in calendar)


def is_business_day(day: int, code: str) -> bool:
    """Monday to Friday, and not a public holiday of ``code``."""
    d = dt.date.fromordinal(day)
    return d.weekday() < 5 and day not in _holidays(code, d.year)


def add_business_days(day: int, n: int, code: str) -> int:
    """The day ``n`` business days after ``day`` (``day`` itself does not count)."""
    d, k = day, 0
    while k < n:
        d += 1
        if is_business_day(d, code):
            k += 1
    return d


def business_days_between(a: int, b: int, code: str) -> int:
    """Business days after ``a`` up to and including ``b`` (negative when ``b`` is before ``a``)."""
    if b < a:
        return -business_days_between(b, a, code)
    return sum(is_business_day(d, code) for d in range(a + 1, b + 1))


def add_months(day: int, n: int) -> int:
    """The same day ``n`` months later, or the last day of that month when it is shorter."""
    d = dt.date.fromordinal(day)
    m = d.month - 1 + n
    year, month = d.year + m // 12, m % 12 + 1
    nxt = dt.date(year + month // 12, month % 12 + 1, 1)
    return dt.date(year, month, min(d.day, (nxt - dt.timedelta(days=1)).day)).toordinal()


def due_day(rule: DeadlineRule, day: int, minute: int | None = None) -> int:
    """The last day on which a notice can meet ``rule`` for a trigger on ``day``.

    For an hours rule, ``minute`` is the trigger's time of day; unknown, the trigger is
    taken at the end of its day (the reading that leaves the most time)."""
    if rule.anchor == "year_end":
        day = dt.date(dt.date.fromordinal(day).year, 12, 31).toordinal()
    if rule.unit == "business_days":
        return add_business_days(day, rule.amount, rule.holidays or "US")
    if rule.unit == "months":
        return add_months(day, rule.amount)
    if rule.unit == "hours":
        return day + ((DAY - 1 if minute is None else minute) + rule.amount * 60) // DAY
    return day + rule.amount


# ---------------------------------------------------------------- the verdict on one pair of events

@attrs.frozen
class Verdict:
    """What the dates allow for one trigger and one notice under a rule's versions."""

    certain: bool  # missed under every reading
    possible: bool  # missed under some reading
    due: int | None  # the last day allowed (the latest, over the readings)
    over: int | None  # when certain: by how much at least, in ``unit``
    unit: str
    rule: DeadlineRule  # the version the message names
    gap_minutes: tuple[float, float] | None = None  # hours rules with times of day: the gap in minutes
    due_minute: int | None = None  # hours rules: time of day of the limit, when the trigger's is known


def node_minutes(timeline: Timeline, n: Node) -> tuple[int, int]:
    """The times of day an event may have: a stated time when its day is exact, else the whole day."""
    if timeline.lower[n.index] == timeline.upper[n.index]:
        stated = sorted({m.timex.time for m in n.mentions if m.timex.time is not None})
        if stated:
            return stated[0], stated[-1]
    return 0, DAY - 1


def bounds(timeline: Timeline, n: Node) -> tuple[float, float]:
    """The first and last day an event may fall on (infinite where the text sets no bound)."""
    return timeline.lower[n.index], timeline.upper[n.index]


def candidates(versions: Sequence[DeadlineRule], lo: float, hi: float) -> list[DeadlineRule]:
    """Versions in force on some day of [lo, hi]."""
    out = []
    for v in versions:
        if v.pending:
            continue
        start = -INF if v.in_force_from is None else v.in_force_from
        end = INF if v.in_force_to is None else v.in_force_to
        if start <= hi and end >= lo:
            out.append(v)
    return out


def verdict(timeline: Timeline, versions: Sequence[DeadlineRule], a: Node, b: Node,
            a_days: Interval | None = None, b_days: Interval | None = None) -> Verdict | None:
    """Met, missed or possibly missed for trigger ``a`` and notice ``b``; None when no version
    of the rule is in force on any day the trigger may fall on. ``a_days`` / ``b_days`` replace
    an event's days by another reading (a date the text also gives it)."""
    la, ua = bounds(timeline, a) if a_days is None else _open(a_days)
    lb, ub = bounds(timeline, b) if b_days is None else _open(b_days)
    if a_days is None and b_days is None:
        glo, ghi = timeline.gap(a.index, b.index)
    else:
        glo, ghi = lb - ua, ub - la
    ma = node_minutes(timeline, a) if a_days is None else (0, DAY - 1)
    mb = node_minutes(timeline, b) if b_days is None else (0, DAY - 1)
    finer = None
    if a_days is None and b_days is None and any(v.unit == "hours" for v in versions):
        from .minutes import minute_gap  # here: the network in minutes is built for rules counted in hours only
        finer = minute_gap(timeline, a, b)
    return judge(versions, la, ua, lb, ub, glo, ghi, ma, mb, finer)


def _open(iv: Interval) -> tuple[float, float]:
    return -INF if iv.lo is None else iv.lo, INF if iv.hi is None else iv.hi


def judge(versions: Sequence[DeadlineRule], la: float, ua: float, lb: float, ub: float, glo: float, ghi: float,
          ma: tuple[int, int] = (0, DAY - 1), mb: tuple[int, int] = (0, DAY - 1),
          minutes: tuple[float, float] | None = None) -> Verdict | None:
    """The verdict from bare bounds: the trigger's days ``la..ua``, the notice's ``lb..ub``, the
    gap between them ``glo..ghi`` (days), their possible times of day in minutes, and for a rule
    counted in hours the gap in minutes where the text states one finer than its days (``minutes``)."""
    cands = candidates(versions, la, ua)
    if not cands:
        return None
    if cands[0].unit == "hours":
        return _hours(cands, ua, glo, ghi, ma, mb, minutes)
    if la == -INF or ua == INF or ua - la > _SCAN:
        return _rough(cands, glo, ghi)
    met_ok = miss = False
    due: int | None = None
    best: tuple[float, int, DeadlineRule] | None = None  # (excess, day, version) of the most favourable reading
    for d in range(int(la), int(ua) + 1):
        own = next((v for v in cands if v.in_force(d)), None)
        if own is None:
            continue
        bmin, bmax = max(lb, d + glo), min(ub, d + ghi)
        if bmin > bmax:
            continue
        lenient = max(cands, key=lambda v: due_day(v, d))
        lenient_due, own_due = due_day(lenient, d), due_day(own, d)
        due = lenient_due if due is None else max(due, lenient_due)
        met_ok = met_ok or bmin <= lenient_due
        miss = miss or bmax > own_due
        if best is None or bmin - lenient_due < best[0]:
            best = (bmin - lenient_due, d, lenient)
    if best is None:
        return None
    rule = best[2]
    over = None
    if not met_ok and best[0] != INF:
        excess_from = due_day(rule, best[1])
        first = int(excess_from + best[0])
        over = (business_days_between(excess_from, first, rule.holidays or "US") if rule.unit == "business_days"
                else first - excess_from)
    unit = "business days" if rule.unit == "business_days" else "days"
    return Verdict(not met_ok, miss, due, over, unit, rule)


def _rough(cands: Sequence[DeadlineRule], glo: float, ghi: float) -> Verdict:
    """When the trigger has no bounded date, judge from the gap alone, generously."""
    rule = max(cands, key=lambda v: v.amount)
    widest = {"calendar_days": rule.amount, "months": 31 * rule.amount,
              "business_days": rule.amount + 2 * (rule.amount // 5 + 1) + 15}.get(rule.unit, rule.amount)
    narrowest = min(v.amount for v in cands)
    certain = glo > widest
    return Verdict(certain, ghi > narrowest, None, int(glo - widest) if certain and rule.unit == "calendar_days" else None,
                   "days", rule)


def _hours(cands: Sequence[DeadlineRule], ua: float, glo: float, ghi: float, ma: tuple[int, int],
           mb: tuple[int, int], minutes: tuple[float, float] | None = None) -> Verdict:
    lenient = max(cands, key=lambda v: v.amount)
    strict = min(cands, key=lambda v: v.amount)
    by_days = (glo * DAY + mb[0] - ma[1], ghi * DAY + mb[1] - ma[0])
    shortest, longest = minutes or by_days
    certain = shortest > lenient.amount * 60
    possible = longest > strict.amount * 60
    known = ma[0] == ma[1]
    due = None if ua == INF else due_day(lenient, int(ua), ma[1] if known else None)
    due_minute = (ma[1] + lenient.amount * 60) % DAY if known else None
    over = math.ceil((shortest - lenient.amount * 60) / 60) if certain and shortest != INF else None
    # the gap in minutes, where the text says more than its days do (in words, hours rather than days)
    times = (shortest, longest) if known and mb[0] == mb[1] or minutes not in (None, by_days) else None
    return Verdict(certain, possible, due, over, "hours", lenient, times, due_minute)


# ---------------------------------------------------------------- the counting, in words

def counting(rule: DeadlineRule, trigger: Interval | None, due: int | None, due_minute: int | None = None,
             undated: bool = True, msg: Messages = ENGLISH) -> str:
    """How ``rule`` counts, in the one wording of every report: "60 calendar days after the discovery;
    due 2024-03-22", "4 business days (6 calendar days) after the determination that a breach occurred
    (US federal holidays); due 2025-03-07", "72 hours after the discovery; due 2025-05-12 16:05".
    With no ``trigger`` (and ``undated``: the text dates none), what would start the clock instead of a due date."""
    if rule.unit == "none":
        return msg._("no set number of days: {standard}").format(standard=msg.regime(rule.standard) or msg._("without delay"))
    limit = msg.limit(rule.unit, rule.amount)
    day = trigger.hi if trigger is not None and trigger.lo == trigger.hi else None
    if rule.unit == "business_days" and due is not None and day is not None and not rule.anchor:
        limit += " (" + msg.ngettext("{n} calendar day", "{n} calendar days", due - day).format(n=due - day) + ")"
    after = msg._("{limit} after the end of the year {event:de}") if rule.anchor else msg._("{limit} after {event}")
    text = after.format(limit=limit, event=msg.label(rule.trigger))
    if rule.unit == "business_days":
        code = rule.holidays or "US"
        text += msg._(" (US federal holidays)") if code == "US" else msg._(" ({code} public holidays)").format(code=code)
    if undated and (trigger is None or (trigger.lo is None and trigger.hi is None)):
        return msg._("{counting}; starts at {event}, which the text does not date").format(
            counting=text, event=msg.label(rule.trigger))
    if due is None:
        return text
    at = f" {due_minute // 60:02d}:{due_minute % 60:02d}" if due_minute is not None else ""
    return msg._("{counting}; due {due}").format(counting=text, due=f"{iso(due)}{at}")
