"""Findings of the order, conflict, duration, date and missing kinds, each with its evidence."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from .document import Document
from .evidence import label, quote, sentences_of, when
from .model import Finding, Interval, Mention
from .reason import MAX_MENTIONS, Contradiction, Node, Timeline
from .ruleset import RuleSet
from .tagging import DateProblem


def contradiction_findings(doc: Document, timeline: Timeline, rules: RuleSet,
                           event_id: Callable[[int], str]) -> Iterator[Finding]:
    """One finding for each contradiction the reasoning found."""
    for c in timeline.contradictions:
        mentions = [s.mention for s in c.statements if s.mention is not None]
        if not mentions:
            continue
        if c.category == "order":
            yield _order(doc, timeline, c, mentions, event_id)
        elif c.category == "conflict":
            rule = rules.checks["conflict/one-event-two-dates"]
            node = timeline.nodes[c.nodes[0]]
            dates = " and ".join(f"{m.timex.text.strip()} (line {doc.locate(m.timex.start)[0]})"
                                 for m in sorted(mentions, key=lambda m: m.timex.start))
            at = max(mentions, key=lambda m: m.timex.start)
            yield _finding(doc, rule.id, "conflict", rule.level if c.certain else "warning",
                           rule.message.format(event=label(node.kind), event_cap=label(node.kind, True), dates=dates),
                           at, mentions, (event_id(node.index),))
        else:
            rule = rules.checks["duration/stated-duration"]
            stated = [m for s in c.statements if s.kind in ("relative", "duration") and (m := s.mention) is not None]
            said = stated[0]
            # every length on the cycle: "the next day" and "eight days after" may disagree only together
            phrase = "” and “".join(dict.fromkeys(m.timex.text.strip() for m in sorted(stated, key=lambda m: m.timex.start)))
            dated = [timeline.nodes[i] for i in c.nodes if timeline.nodes[i].stated is not None]
            detail = "the dates stated do not allow it"
            if len(dated) >= 2:
                a, b = sorted(dated[:2], key=lambda n: n.stated.lo or 0 if n.stated else 0)
                detail = f"{label(a.kind)} is dated {when(a.stated)} and {label(b.kind)} {when(b.stated)}, {_apart(a.stated, b.stated)}"
            yield _finding(doc, rule.id, "duration", rule.level if c.certain else "warning",
                           rule.message.format(phrase=phrase, detail=detail),
                           said, mentions, tuple(event_id(i) for i in c.nodes))


def _apart(a: Interval | None, b: Interval | None) -> str:
    if a is None or b is None or None in (a.lo, a.hi, b.lo, b.hi):
        return "which the stated length does not fit"
    lo, hi = b.lo - a.hi, b.hi - a.lo  # type: ignore[operator]
    if lo == hi:
        return f"{lo} day apart" if abs(lo) == 1 else f"{lo} days apart"
    return f"{lo} to {hi} days apart"


def _order(doc: Document, timeline: Timeline, c: Contradiction, mentions: list[Mention],
           event_id: Callable[[int], str]) -> Finding:
    rule = c.rule
    assert rule is not None
    if c.pair is not None:  # the two events the rule orders, of those on the cycle
        before, after = timeline.nodes[c.pair[0]], timeline.nodes[c.pair[1]]
    else:
        nodes = [timeline.nodes[i] for i in c.nodes]
        before = next((n for n in nodes if n.kind in rule.before), nodes[0])
        after = next((n for n in nodes if n.kind in rule.after and n is not before), nodes[-1])
    msg = rule.message.format(before=label(before.kind), after=label(after.kind), before_cap=label(before.kind, True),
                              after_cap=label(after.kind, True), before_date=_date_of(before),
                              after_date=_date_of(after))
    at = next((m for m in mentions if m.kind == before.kind), mentions[0])
    ids = tuple(event_id(n.index) for n in (before, after))
    # In a text that tells of several incidents, two events may belong to different ones.
    sure = c.certain and timeline.single_incident
    return _finding(doc, rule.id, "order", rule.level if sure else "warning", msg, at, mentions, ids)


def _date_of(node: Node) -> str:
    """A node's stated days, or the phrase that dates it from another event ("“the same day”")."""
    if node.stated is not None:
        return when(node.stated)
    phrase = next((m.timex.text.strip() for m in node.mentions if m.timex.kind == "relative"), None)
    return f"“{phrase}”" if phrase else "undated"


def _finding(doc: Document, rule: str, category: str, severity: str, message: str, at: Mention,
             mentions: list[Mention], events: tuple[str, ...]) -> Finding:
    line, col = doc.locate(at.trigger[0])
    return Finding(rule=rule, category=category, severity=severity, message=message, line=line, column=col,  # type: ignore[arg-type]
                   events=events, evidence=sentences_of(doc, mentions))


def date_findings(doc: Document, problems: tuple[DateProblem, ...], rules: RuleSet) -> Iterator[Finding]:
    """Weekdays that do not match their date, and days that do not exist."""
    for p in problems:
        rule = rules.checks[p.rule]
        line, col = doc.locate(p.start)
        yield Finding(rule=rule.id, category="date", severity=rule.level if p.certain else "warning",  # type: ignore[arg-type]
                      message=rule.message.format(detail=p.message), line=line, column=col,
                      evidence=(quote(doc, p.start, p.end),))


def limit_findings(doc: Document, timeline: Timeline, rules: RuleSet) -> Iterator[Finding]:
    """Where the reasoning stopped, when a text has more event mentions than it takes."""
    if not timeline.left_out:
        return
    rule = rules.checks["missing/events-beyond-limit"]
    first = min(timeline.left_out, key=lambda m: m.timex.start)
    line, col = doc.locate(first.trigger[0])
    message = rule.message.format(checked=MAX_MENTIONS, total=MAX_MENTIONS + len(timeline.left_out), line=line)
    yield Finding(rule=rule.id, category="missing", severity=rule.level, message=message, line=line, column=col,  # type: ignore[arg-type]
                  evidence=sentences_of(doc, [first]))
