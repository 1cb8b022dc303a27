"""Deadline findings: for each rule of each applicable regime, met, missed, possibly missed, or not checkable.

A deadline "b within N days of a" is missed for certain when even the shortest gap
the network allows exceeds N, possibly missed when the longest does, and cannot be
checked when the text states no date for ``a`` or for ``b`` (a ``missing`` finding
that names the fact needed).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

from .document import Document
from .evidence import label, sentences_of, when
from .model import Evidence, Finding, Interval, RegimeMatch, iso
from .reason import Node, Timeline
from .ruleset import DeadlineRule, RuleSet


def deadline_findings(doc: Document, timeline: Timeline, rules: RuleSet, regimes: tuple[RegimeMatch, ...],
                      affected: int | None, tolling: Evidence | None,
                      event_id: Callable[[int], str]) -> Iterator[Finding]:
    """Findings for every deadline rule of the regimes that apply."""
    for match in regimes:
        regime = rules.regimes[match.name]
        toll = tolling if regime.tolling == "law_enforcement" else None
        for rule in regime.rules:
            applies = _applies(rule, affected)
            if applies is False:
                continue
            yield from _check(doc, timeline, rule, applies is None, toll, event_id)


def _applies(rule: DeadlineRule, affected: int | None) -> bool | None:
    """True, False, or None when the number affected is not known and the rule has a threshold."""
    if rule.min_affected is None and rule.max_affected is None:
        return True
    if affected is None:
        return False if rule.max_affected is not None else None
    if rule.min_affected is not None and affected < rule.min_affected:
        return False
    return not (rule.max_affected is not None and affected > rule.max_affected)


def _anchor(rule: DeadlineRule, day: float) -> float:
    """The day a deadline counts from: the trigger's day, or the end of its calendar year."""
    if rule.anchor == "year_end" and day not in (float("inf"), float("-inf")):
        return dt.date(dt.date.fromordinal(int(day)).year, 12, 31).toordinal()
    return day


def _check(doc: Document, timeline: Timeline, rule: DeadlineRule, conditional: bool, toll: Evidence | None,
           event_id: Callable[[int], str]) -> Iterator[Finding]:
    starts = [n for n in timeline.of_kind(rule.trigger) if not n.future]
    ends = timeline.of_kind(rule.deadline)
    cite = f"{rule.citation} ({rule.amount} {rule.unit.replace('_', ' ')})"
    if not starts and not ends or not ends and rule.missing == "none":
        return
    if not starts:
        end = ends[0]
        yield _finding(doc, rule, "missing", "info" if rule.missing == "none" else rule.missing, end,
                       f"{label(rule.deadline, True)} is dated {when(end.stated or _bounds(timeline, end))}, but the text "
                       f"gives no date for {label(rule.trigger)}: {cite} cannot be checked.",
                       [end], event_id)
        return
    if not ends:
        start = starts[0]
        latest = timeline.upper[start.index]
        due = _anchor(rule, latest) + rule.amount if latest != float("inf") else None
        due_text = f"; with {label(rule.trigger)} on {when(start.stated or _bounds(timeline, start))} it was due by {iso(int(due))}" if due else ""
        need = "if this many people were affected, " if conditional else ""
        yield _finding(doc, rule, "missing", "info" if conditional else rule.missing, start,
                       f"{need}{rule.citation} requires {label(rule.deadline)} within {rule.amount} "
                       f"{rule.unit.replace('_', ' ')}{' after the end of the year' if rule.anchor else ''}; "
                       f"the text gives no date for it{due_text}.",
                       [start], event_id, due=int(due) if due else None)
        return
    pairs = [(a, b) for a in starts for b in ends]
    gaps = [_gap(timeline, rule, a, b) for a, b in pairs]
    shortest = min(g[0] for g in gaps)
    a, b = pairs[0]
    due = _anchor(rule, timeline.upper[a.index]) + rule.amount
    actual = timeline.lower[b.index]
    facts = (f"{label(rule.deadline, True)} ({when(b.stated or _bounds(timeline, b))}) came "
             f"{_days(gaps[0])} after {label(rule.trigger)} ({when(a.stated or _bounds(timeline, a))})"
             f"{' and the end of that year' if rule.anchor else ''}; {cite} sets the limit")
    if shortest > rule.amount:
        level = rule.level
        notes = ""
        if conditional:
            level, notes = "warning", " The limit applies only above the number of people affected, which the text does not give."
        if toll is not None:
            level, notes = "warning", notes + f" The text states a law-enforcement delay (“{toll.text.strip()}”), which can excuse it."
        if not timeline.single_incident:
            level, notes = "warning", notes + " The text tells of more than one incident; this notice may answer another one."
        elif any(u.kind == rule.deadline for u in timeline.undated):
            level, notes = "warning", notes + f" The text also mentions {label(rule.deadline)} without a date, which may have come first."
        if len(pairs) == 1 or level == rule.level:
            yield _finding(doc, rule, "deadline", level, b, f"{facts}: due by {iso(int(due))}, missed.{notes}",
                           [a, b], event_id, due=int(due), actual=int(actual), extra=toll)
        return
    if len(pairs) == 1 and gaps[0][1] > rule.amount:
        yield _finding(doc, rule, "deadline", "warning", b,
                       f"{facts}: due by {iso(int(due))}; some readings of the dates miss it.",
                       [a, b], event_id, due=int(due), actual=int(actual), extra=toll)


def _gap(timeline: Timeline, rule: DeadlineRule, a: Node, b: Node) -> tuple[float, float]:
    if rule.anchor is None:
        return timeline.gap(a.index, b.index)
    lo_a, hi_a = timeline.lower[a.index], timeline.upper[a.index]
    return timeline.lower[b.index] - _anchor(rule, hi_a), timeline.upper[b.index] - _anchor(rule, lo_a)


def _days(gap: tuple[float, float]) -> str:
    lo, hi = gap
    if lo == hi:
        return f"{int(lo)} days"
    if hi == float("inf"):
        return f"at least {int(lo)} days"
    return f"{int(lo)} to {int(hi)} days"


def _bounds(timeline: Timeline, n: Node) -> Interval:
    lo, hi = timeline.lower[n.index], timeline.upper[n.index]
    return Interval(None if lo == float("-inf") else int(lo), None if hi == float("inf") else int(hi))


def _finding(doc: Document, rule: DeadlineRule, category: str, level: str, at: Node, message: str,
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

