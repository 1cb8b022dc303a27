"""Deadline findings: for each rule of each applicable regime, met, missed, possibly missed, or not checkable.

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
the notice to miss even the most lenient of the versions. Relational rules with no number
(``kind = "order"``: Maryland's attorney general before the residents) are checked on the
same timeline and give ``order`` findings.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
from collections.abc import Callable, Sequence

import attrs

from .document import Document
from .evidence import label, sentences_of, when
from .model import DeadlineRow, Evidence, Finding, Interval, RegimeMatch, iso
from .reason import Node, Timeline, interval_of
from .ruleset import DeadlineRule, Regime, RegimeOrderRule, RuleSet

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


def _bounds(timeline: Timeline, n: Node) -> tuple[float, float]:
    return timeline.lower[n.index], timeline.upper[n.index]


def _candidates(versions: Sequence[DeadlineRule], lo: float, hi: float) -> list[DeadlineRule]:
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
    la, ua = _bounds(timeline, a) if a_days is None else _open(a_days)
    lb, ub = _bounds(timeline, b) if b_days is None else _open(b_days)
    if a_days is None and b_days is None:
        glo, ghi = timeline.gap(a.index, b.index)
    else:
        glo, ghi = lb - ua, ub - la
    ma = node_minutes(timeline, a) if a_days is None else (0, DAY - 1)
    mb = node_minutes(timeline, b) if b_days is None else (0, DAY - 1)
    return judge(versions, la, ua, lb, ub, glo, ghi, ma, mb)


def _open(iv: Interval) -> tuple[float, float]:
    return -INF if iv.lo is None else iv.lo, INF if iv.hi is None else iv.hi


def judge(versions: Sequence[DeadlineRule], la: float, ua: float, lb: float, ub: float, glo: float, ghi: float,
          ma: tuple[int, int] = (0, DAY - 1), mb: tuple[int, int] = (0, DAY - 1)) -> Verdict | None:
    """The verdict from bare bounds: the trigger's days ``la..ua``, the notice's ``lb..ub``, the
    gap between them ``glo..ghi`` (days), and their possible times of day in minutes."""
    cands = _candidates(versions, la, ua)
    if not cands:
        return None
    if cands[0].unit == "hours":
        return _hours(cands, ua, glo, ghi, ma, mb)
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
           mb: tuple[int, int]) -> Verdict:
    lenient = max(cands, key=lambda v: v.amount)
    strict = min(cands, key=lambda v: v.amount)
    shortest = glo * DAY + mb[0] - ma[1]
    longest = ghi * DAY + mb[1] - ma[0]
    certain = shortest > lenient.amount * 60
    possible = longest > strict.amount * 60
    known = ma[0] == ma[1]
    due = None if ua == INF else due_day(lenient, int(ua), ma[1] if known else None)
    due_minute = (ma[1] + lenient.amount * 60) % DAY if known else None
    over = math.ceil((shortest - lenient.amount * 60) / 60) if certain and shortest != INF else None
    times = (shortest, longest) if known and mb[0] == mb[1] else None
    return Verdict(certain, possible, due, over, "hours", lenient, times, due_minute)


# ---------------------------------------------------------------- rules to findings and table rows

@attrs.frozen
class DeadlineResult:
    """The findings of every regime rule, and the deadline table."""

    findings: tuple[Finding, ...]
    rows: tuple[DeadlineRow, ...]


def evaluate(doc: Document, timeline: Timeline, rules: RuleSet, regimes: tuple[RegimeMatch, ...],
             affected: int | None, tolling: Evidence | None, event_id: Callable[[int], str],
             residents: Callable[[Regime], int | None] | None = None) -> DeadlineResult:
    """Findings and table rows for every rule of the regimes that apply.

    ``affected`` is the number of people the text says were affected; ``residents`` gives,
    for a regime, how many of its own residents the text says were affected (or None)."""
    findings: list[Finding] = []
    rows: list[DeadlineRow] = []
    # Kinds an order rule puts one before the other: a notice dated before such a trigger cannot answer it.
    ordered = frozenset((x, y) for r in rules.order if not r.every for x in r.before for y in r.after)
    for match in regimes:
        regime = rules.regimes[match.name]
        local = residents(regime) if residents and regime.residents is not None else None
        for versions in regime.versions().values():
            _deadline(doc, timeline, regime, versions, affected, local, tolling, event_id, findings, rows, ordered)
        for order in regime.orders:
            _order(doc, timeline, order, affected, local, event_id, findings, rows)
    return DeadlineResult(tuple(findings), tuple(rows))


def _applies(rule: DeadlineRule | RegimeOrderRule, total: int | None, local: int | None) -> bool | None:
    """True, False, or None when the number affected that the threshold counts is not known."""
    if rule.min_affected is None and rule.max_affected is None:
        return True
    n = local if rule.affected == "residents" else total
    if n is None and rule.affected == "residents" and total is not None:
        # The total bounds the residents from above.
        if rule.min_affected is not None and total < rule.min_affected:
            return False
        if rule.max_affected is not None and total <= rule.max_affected and rule.min_affected is None:
            return True
        return None
    if n is None:
        return False if rule.max_affected is not None else None
    if rule.min_affected is not None and n < rule.min_affected:
        return False
    return not (rule.max_affected is not None and n > rule.max_affected)


def _recipient(doc: Document, rule: DeadlineRule | RegimeOrderRule, nodes: list[Node]) -> list[Node]:
    """The notices whose sentence names this rule's recipient (all of them when the rule names none)."""
    if rule.recipient_cues is None:
        return nodes
    return [n for n in nodes if any(rule.recipient_cues.regex.search(doc.text, m.sentence[0], m.sentence[1])
                                    for m in n.mentions)]


def _threshold(rule: DeadlineRule) -> str:
    """The number affected a rule applies to, in words, as laws write it ("500 or more people",
    "more than 500 people", "fewer than 500 residents of the state")."""
    who = "residents of the state" if rule.affected == "residents" else "people"
    lo, hi = rule.min_affected, rule.max_affected
    if lo is not None and hi is not None:
        return f"{lo:,} to {hi:,} {who}"
    if lo is not None:
        return f"more than {lo - 1:,} {who}" if (lo - 1) % 10 == 0 else f"{lo:,} or more {who}"
    assert hi is not None
    return f"fewer than {hi + 1:,} {who}" if (hi + 1) % 10 == 0 else f"{hi:,} or fewer {who}"


def _unit_word(rule: DeadlineRule) -> str:
    return {"business_days": "business days", "hours": "hours", "months": "days"}.get(rule.unit, "days")


def _deadline(doc: Document, timeline: Timeline, regime: Regime, versions: list[DeadlineRule], total: int | None,
              local: int | None, tolling: Evidence | None, event_id: Callable[[int], str],
              findings: list[Finding], rows: list[DeadlineRow], ordered: frozenset[tuple[str, str]]) -> None:
    rule = versions[-1]
    applying = [(v, _applies(v, total, local)) for v in versions]
    versions = [v for v, ok in applying if ok is not False]
    if not versions:
        return
    conditional = next((v for v, ok in applying if ok is None), None)  # applies if its threshold is met
    row = functools.partial(DeadlineRow, rule.id, rule.regime, rule.citation, rule.limit, unit=_unit_word(rule))
    if all(v.pending for v in versions):
        rows.append(row("not in force", note="no in-force date yet"))
        return
    if rule.unit == "none":
        ends = _recipient(doc, rule, timeline.of_kind(rule.deadline))
        actual = _interval(timeline, ends[0]) if ends else None
        rows.append(row("no number", actual=actual, note=rule.standard or "no number of days is set"))
        return
    starts = [n for n in timeline.of_kind(rule.trigger) if not n.future]
    ends = _recipient(doc, rule, timeline.of_kind(rule.deadline))
    if rule.trigger == rule.deadline:  # a follow-up report counted from the first one
        nodes = sorted(ends, key=lambda n: (timeline.lower[n.index], n.index))
        starts, ends = nodes[:1], nodes[1:]
        if not ends:
            rows.append(row("not stated", trigger=_interval(timeline, starts[0]) if starts else None,
                            note=f"no later {label(rule.deadline)}"))
            return
    cite = f"{rule.citation} ({rule.limit})"
    level_note = _unsure(rule)
    if not starts and not ends:
        rows.append(row("not stated", note=f"no date for {label(rule.trigger)} nor {label(rule.deadline)}"))
        return
    if not starts:
        end = ends[0]
        top = max(timeline.upper[n.index] for n in ends)
        if not _candidates(versions, -INF, top):
            rows.append(row("not in force", actual=_interval(timeline, end)))
            return
        # An event the trigger cannot precede ("discovered on February 5": the determination
        # comes no earlier) bounds the due date from below.
        floor = _floor(timeline, ordered, rule.trigger) if timeline.single_incident else None
        earliest = that_day = None
        if floor is not None:
            lo = int(timeline.lower[floor.index])
            # met whatever the day and whichever version then in force: each due date only grows with the day
            earliest = min((due_day(v, lo) for v in _candidates(versions, lo, INF)), default=None)
            that_day = max((due_day(v, lo) for v in _candidates(versions, lo, lo)), default=None)
        if floor is not None and earliest is not None and top <= earliest:
            rows.append(row("met", actual=_interval(timeline, end), due=earliest,
                            note=f"counted from {label(floor.kind)}, which {label(rule.trigger)} cannot precede"))
            return
        rows.append(row("not stated", actual=_interval(timeline, end), note=f"no date for {label(rule.trigger)}"))
        if rule.missing == "none":
            return
        bound = (f" Had {label(rule.trigger)} come the day of {label(floor.kind)} ({when(floor.stated or _interval(timeline, floor))}), "
                 f"the limit was {iso(that_day)}." if floor is not None and that_day is not None else "")
        findings.append(_finding(
            doc, rule, "missing", rule.missing, end,
            f"{label(rule.deadline, True)} is dated {when(end.stated or _interval(timeline, end))}, but the text "
            f"gives no date for {label(rule.trigger)}: {cite} cannot be checked.{bound}",
            [end, *([floor] if floor is not None else [])], event_id))
        return
    if not ends:
        start = starts[0]
        lo, hi = _bounds(timeline, start)
        cands = _candidates(versions, lo, hi)
        if not cands:
            rows.append(row("not in force", trigger=_interval(timeline, start)))
            return
        due = None
        if hi != INF:
            m = node_minutes(timeline, start)
            due = max(due_day(v, int(hi), m[1] if m[0] == m[1] else None) for v in cands)
        # A dated notice of this kind that names no recipient of this rule ("the CE reported the
        # breach on June 25"): it may be this notice, but the text does not say so.
        unnamed = [n for n in timeline.of_kind(rule.deadline) if n.stated is not None]
        gap = (f"the text dates {label(rule.deadline)} on {when(unnamed[0].stated)} but does not say it went to "
               f"{rule.recipient}" if unnamed and rule.recipient else "the text gives no date for it")
        # Not yet due on the text's own date: the notice may simply be still to come.
        own = next((n.stated.hi for n in timeline.of_kind("publication") if n.stated is not None), None)
        pending = due is not None and own is not None and due > own
        note = gap.removeprefix("the text ") if unnamed else f"no date for {label(rule.deadline)}"
        rows.append(row("not stated", trigger=_interval(timeline, start), due=due,
                        note=note + (", not yet due on the text's own date" if pending else "")))
        if rule.missing == "none":
            return
        version = max(cands, key=lambda v: (v.amount, v.in_force_from or 0))
        due_text = (f"; with {label(rule.trigger)} on {when(start.stated or _interval(timeline, start))} it "
                    + (f"is due by {iso(due)}, after the text's own date ({iso(own)})" if pending else f"was due by {iso(due)}")
                    if due is not None else "")
        need = f"If {_threshold(conditional)} were affected (the text does not say how many), " if conditional else ""
        findings.append(_finding(
            doc, rule, "missing", "info" if conditional or pending else rule.missing, start,
            f"{need}{version.citation} requires {label(rule.deadline)} within {version.limit}"
            f"{' after the end of the year' if version.anchor else ''}; {gap}{due_text}.",
            [start, *unnamed[:1]], event_id, due=due))
        return
    pairs = [(a, b) for a in starts for b in ends if a is not b and not _impossible(timeline, ordered, a, b)]
    if not pairs:
        rows.append(row("not checkable", trigger=_interval(timeline, starts[0]), actual=_interval(timeline, ends[0]),
                        note=f"{label(rule.deadline)} is dated before {label(rule.trigger)}"))
        return
    judged = [(a, b, v) for a, b in pairs if (v := verdict(timeline, versions, a, b))]
    if not judged:
        rows.append(row("not in force", trigger=_interval(timeline, starts[0]), actual=_interval(timeline, ends[0])))
        return
    if all(x[2].certain for x in judged):
        a, b, v = min(judged, key=lambda t: t[2].over if t[2].over is not None else 0)  # the most favourable pair
    else:
        a, b, v = next((x for x in judged if not x[2].possible), next(x for x in judged if not x[2].certain))
    trig, act = _interval(timeline, a), _interval(timeline, b)
    facts = (f"{label(rule.deadline, True)} ({when(b.stated or act)}) came {_span(timeline, v, a, b)} after "
             f"{label(rule.trigger)} ({when(a.stated or trig)}){' and the end of that year' if v.rule.anchor else ''}; "
             f"{v.rule.citation} ({v.rule.limit}) sets the limit")
    due_text = iso(v.due) if v.due is not None else "an unknown day"
    if v.due is not None and v.due_minute is not None:
        due_text += f" at {v.due_minute // 60:02d}:{v.due_minute % 60:02d}"
    actual = int(timeline.lower[b.index]) if timeline.lower[b.index] != -INF else None
    if all(x[2].certain for x in judged):
        rows.append(row("missed", trigger=trig, due=v.due, actual=act, over=v.over, unit=v.unit))
        level, notes = v.rule.level, level_note
        if conditional:
            level, notes = "warning", notes + f" The limit applies only if {_threshold(conditional)} were affected, and the text does not say how many."
        toll = tolling if (v.rule.tolling or regime.tolling) == "law_enforcement" and v.rule.tolling != "none" else None
        if toll is not None:
            level, notes = "warning", notes + f" The text states a law-enforcement delay (“{toll.text.strip()}”), which can excuse it."
        other = _other_reading(doc, timeline, versions, ordered, a, b) or _later_trigger(timeline, versions, b)
        if other:
            level, notes = "warning", notes + other
        if not timeline.single_incident:
            level, notes = "warning", notes + " The text tells of more than one incident; this notice may answer another one."
        elif any(u.kind == rule.deadline for u in timeline.undated):
            level, notes = "warning", notes + f" The text also mentions {label(rule.deadline)} without a date, which may have come first."
        findings.append(_finding(doc, v.rule, "deadline", level, b, f"{facts}: due by {due_text}, missed.{notes}",
                                 [a, b], event_id, due=v.due, actual=actual, extra=toll))
        return
    if v.possible:
        rows.append(row("possibly missed", trigger=trig, due=v.due, actual=act))
        if len(judged) == 1:
            findings.append(_finding(doc, v.rule, "deadline", "warning", b,
                                     f"{facts}: due by {due_text}; some readings of the dates miss it.{level_note}",
                                     [a, b], event_id, due=v.due, actual=actual,
                                     extra=tolling if regime.tolling == "law_enforcement" else None))
        return
    rows.append(row("met", trigger=trig, due=v.due, actual=act))


def _floor(timeline: Timeline, ordered: frozenset[tuple[str, str]], kind: str) -> Node | None:
    """The dated event that an event of ``kind`` cannot precede, the latest such (or None)."""
    nodes = [n for k, later in ordered if later == kind for n in timeline.of_kind(k)
             if not n.future and timeline.lower[n.index] != -INF]
    return max(nodes, key=lambda n: timeline.lower[n.index], default=None)


def _impossible(timeline: Timeline, ordered: frozenset[tuple[str, str]], a: Node, b: Node) -> bool:
    """A notice dated certainly before a trigger that must precede it cannot answer that trigger."""
    return (a.kind, b.kind) in ordered and timeline.gap(a.index, b.index)[1] < 0


def _other_reading(doc: Document, timeline: Timeline, versions: Sequence[DeadlineRule],
                   ordered: frozenset[tuple[str, str]], a: Node, b: Node) -> str:
    """When the text gives the trigger or the notice a second, conflicting date, and the deadline
    is met under that date, say so: the miss is then not certain."""
    for node, is_trigger in ((a, True), (b, False)):
        for c in timeline.contradictions:
            if c.category != "conflict" or node.index not in c.nodes:
                continue
            for st in c.statements:
                m = st.mention
                iv = interval_of(m) if m is not None and m not in node.mentions else None
                if m is None or iv is None or iv.lo is None or iv.hi is None:
                    continue
                ua = iv.hi if is_trigger else timeline.upper[a.index]
                lb = timeline.lower[b.index] if is_trigger else iv.lo
                if (a.kind, b.kind) in ordered and lb != -INF and ua != INF and b.kind != a.kind and \
                        (timeline.upper[b.index] if is_trigger else iv.hi) < (iv.lo if is_trigger else timeline.lower[a.index]):
                    continue  # that reading puts the notice before its trigger
                v = verdict(timeline, versions, a, b, a_days=iv if is_trigger else None, b_days=None if is_trigger else iv)
                if v is not None and not v.certain:
                    line = doc.locate(m.timex.start)[0]
                    return (f" The text also dates {label(node.kind)} {when(iv)} (line {line}), and under that "
                            "reading the notice is not late.")
    return ""


def _later_trigger(timeline: Timeline, versions: Sequence[DeadlineRule], b: Node) -> str:
    """When the clock may have started at one of the rule's ``later_triggers`` and the notice is
    not late counted from it, say so: the miss is then not certain."""
    rule = versions[-1]
    for kind in rule.later_triggers:
        for n in timeline.of_kind(kind):
            v = None if n.future or n is b else verdict(timeline, versions, n, b)
            if v is not None and not v.certain:
                return (f" Counted from {label(kind)} ({when(n.stated or _interval(timeline, n))}), when "
                        f"{rule.actor or 'the party'} may first have known of the breach, the notice is not late.")
    return ""


def _unsure(rule: DeadlineRule | RegimeOrderRule) -> str:
    if rule.confidence != "unsure":
        return ""
    return " The limit rests on a fact not yet confirmed in the official text."


def _span(timeline: Timeline, v: Verdict, a: Node, b: Node) -> str:
    """How far apart the two events are, in the words of the rule's unit."""
    if v.gap_minutes is not None:
        lo, hi = v.gap_minutes
        if lo == hi:
            h, m = divmod(int(lo), 60)
            return f"{h} hours" + (f" {m} minute{'s' * (m != 1)}" if m else "")
    gap = timeline.gap(a.index, b.index)
    if v.rule.unit == "business_days":
        la, ua, lb, ub = *_bounds(timeline, a), *_bounds(timeline, b)
        if la == ua and lb == ub and la != -INF and lb != -INF:
            n = business_days_between(int(la), int(lb), v.rule.holidays or "US")
            return f"{int(gap[0])} days ({n} business days)"
    return _days(gap)


def _days(gap: tuple[float, float]) -> str:
    lo, hi = gap
    if lo == hi:
        return f"{int(lo)} days"
    if hi == INF:
        return f"at least {int(lo)} days"
    if lo == -INF:
        return f"at most {int(hi)} days"
    return f"{int(lo)} to {int(hi)} days"


def _interval(timeline: Timeline, n: Node) -> Interval:
    lo, hi = _bounds(timeline, n)
    return Interval(None if lo == -INF else int(lo), None if hi == INF else int(hi))


def _order(doc: Document, timeline: Timeline, rule: RegimeOrderRule, total: int | None, local: int | None,
           event_id: Callable[[int], str], findings: list[Finding], rows: list[DeadlineRow]) -> None:
    """A relational duty: the ``before`` notice no later than (``strict``: before) the ``after`` one."""
    ok = _applies(rule, total, local)
    if ok is False:
        return
    word = "before" if rule.strict else "no later than"
    limit = f"{word} {label(rule.after[0])}"
    row = functools.partial(DeadlineRow, rule.id, rule.regime, rule.citation, limit)
    befores = _recipient(doc, rule, [n for k in rule.before for n in timeline.of_kind(k) if not n.future])
    afters = [n for k in rule.after for n in timeline.of_kind(k) if not n.future]
    if not befores or not afters:
        rows.append(row("not stated", note=f"no date for {label(rule.before[0]) if not befores else label(rule.after[0])}"))
        return
    if not _in_force_any(rule, [_bounds(timeline, n) for n in afters]):
        rows.append(row("not in force"))
        return
    judged = []
    for a in befores:
        for b in afters:
            lo, hi = timeline.gap(a.index, b.index)  # t(b) - t(a)
            ma, mb = node_minutes(timeline, a), node_minutes(timeline, b)
            timed = lo == hi == 0 and ma[0] == ma[1] and mb[0] == mb[1]
            if timed:
                certain = mb[0] < ma[0] or (rule.strict and mb[0] == ma[0])
                possible = certain
            else:
                certain = hi < 0
                possible = lo < 0 or (rule.strict and lo <= 0)
            judged.append((a, b, certain, possible))
    a, b, certain, possible = next((x for x in judged if not x[2]), judged[0])
    ta, tb = _interval(timeline, a), _interval(timeline, b)
    first = f"the notice to the {rule.recipient}" if rule.recipient else label(rule.before[0])
    facts = (f"{label(rule.after[0], True)} ({when(b.stated or tb)}) is dated "
             f"{'before' if certain else 'on or before'} {label(rule.before[0])} ({when(a.stated or ta)}); "
             f"under {rule.citation} {first} must come {word} {label(rule.after[0])}.")
    if all(x[2] for x in judged):
        rows.append(row("missed", trigger=tb, actual=ta))
        level, notes = rule.level, _unsure(rule)
        if ok is None:
            level, notes = "warning", notes + " The rule applies only above the number of people affected, which the text does not give."
        if not timeline.single_incident:
            level, notes = "warning", notes + " The text tells of more than one incident; these notices may answer different ones."
        findings.append(_finding(doc, rule, "order", level, a, facts + notes, [a, b], event_id))
        return
    if possible and len(judged) == 1:
        rows.append(row("possibly missed", trigger=tb, actual=ta))
        findings.append(_finding(doc, rule, "order", "warning", a,
                                 facts + " The dates do not show which came first." + _unsure(rule),
                                 [a, b], event_id))
        return
    rows.append(row("met", trigger=tb, actual=ta))


def _in_force_any(rule: RegimeOrderRule, spans: list[tuple[float, float]]) -> bool:
    if rule.pending:
        return False
    start = -INF if rule.in_force_from is None else rule.in_force_from
    end = INF if rule.in_force_to is None else rule.in_force_to
    return any(start <= hi and end >= lo for lo, hi in spans)


def _finding(doc: Document, rule: DeadlineRule | RegimeOrderRule, category: str, level: str, at: Node, message: str,
             nodes: list[Node], event_id: Callable[[int], str], due: int | None = None, actual: int | None = None,
             extra: Evidence | None = None) -> Finding:
    m = at.mentions[0] if at.mentions else None
    line, col = doc.locate(m.trigger[0]) if m else (1, 1)
    evidence = sentences_of(doc, [x for n in nodes for x in n.mentions])
    if extra is not None:
        evidence = tuple(sorted(set(evidence) | {extra}, key=lambda e: e.start))
    return Finding(rule=rule.id, category=category, severity=level, message=message, line=line, column=col,  # type: ignore[arg-type]
                   events=tuple(event_id(n.index) for n in nodes), evidence=evidence, regime=rule.regime,
                   citation=rule.citation, due=due, actual=actual)
