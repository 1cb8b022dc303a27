"""The order kind: an event that cannot come after another does.

Two sources: the order rules of ``rules/order.toml``, broken where the reasoning found a
cycle through one (a contradiction of the ``order`` category); and the relational duties of a
regime with no number (``kind = "order"`` in a regime file: Maryland's attorney general told
before the residents), checked on the timeline, each a row of the deadline table.
"""

from __future__ import annotations

import functools

from ..deadlines import INF, bounds, node_minutes
from ..evidence import label, when
from ..model import DeadlineRow, Finding, Mention
from ..reason import Contradiction, Node, Timeline
from ..ruleset import RegimeOrderRule
from .context import Context, Result, concerning, finding, mended, regime_finding
from .regime import applicable, applies, interval, to_recipient


_THRESHOLD_UNKNOWN = " The rule applies only above the number of people affected, which the text does not give."
_SEVERAL = " The text tells of more than one incident; these notices may answer different ones."


def run(ctx: Context) -> Result:
    """Findings of the order rules the timeline breaks, and the rows and findings of the regimes' order duties."""
    findings = [mended(ctx, c, concerning(ctx, _broken(ctx, c, mentions))) for c in ctx.timeline.contradictions
                if c.category == "order" and (mentions := [s.mention for s in c.statements if s.mention is not None])]
    rows: list[DeadlineRow] = []
    for regime, local in applicable(ctx):
        for rule in regime.orders:
            outcome = _duty(ctx, rule, local)
            if outcome is None:
                continue
            rows.append(outcome[0])
            if outcome[1] is not None:
                findings.append(outcome[1])
    return Result(tuple(findings), tuple(rows))


# ---------------------------------------------------------------- order rules (order.toml)

def _broken(ctx: Context, c: Contradiction, mentions: list[Mention]) -> Finding:
    timeline = ctx.timeline
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
    ids = tuple(ctx.event_id(n.index) for n in (before, after))
    # In a text that tells of several incidents, two events may belong to different ones; not
    # those of its own incident where each other one is told as such ("In a separate incident").
    own = timeline.separated and not any(timeline.nodes[i].separate for i in c.nodes)
    sure = c.certain and (timeline.single_incident or own)
    return finding(ctx, rule.id, "order", rule.level if sure else "warning", msg, at, mentions, ids)


def _date_of(node: Node) -> str:
    """A node's stated days, or the phrase that dates it from another event ("“the same day”")."""
    if node.stated is not None:
        return when(node.stated)
    phrase = next((m.timex.text.strip() for m in node.mentions if m.timex.kind == "relative"), None)
    return f"“{phrase}”" if phrase else "undated"


# ---------------------------------------------------------------- a regime's order duties

def _duty(ctx: Context, rule: RegimeOrderRule, local: int | None) -> tuple[DeadlineRow, Finding | None] | None:
    """A relational duty: the ``before`` notice no later than (``strict``: before) the ``after`` one.
    None when the rule does not apply to the number of people affected."""
    ok = applies(rule, ctx.facts.affected, local)
    if ok is False:
        return None
    timeline = ctx.timeline
    word = "before" if rule.strict else "no later than"
    row = functools.partial(DeadlineRow, rule.id, rule.regime, rule.citation, f"{word} {label(rule.after[0])}")
    befores = to_recipient(ctx, rule, [n for k in rule.before for n in timeline.of_kind(k) if not n.future])
    afters = [n for k in rule.after for n in timeline.of_kind(k) if not n.future]
    if not befores or not afters:
        return row("not stated", note=f"no date for {label(rule.before[0]) if not befores else label(rule.after[0])}"), None
    if not _in_force_any(rule, [bounds(timeline, n) for n in afters]):
        return row("not in force"), None
    judged = [(a, b, *_came_first(timeline, rule, a, b)) for a in befores for b in afters]
    a, b, certain, possible = next((x for x in judged if not x[2]), judged[0])
    ta, tb = interval(timeline, a), interval(timeline, b)
    first = f"the notice to the {rule.recipient}" if rule.recipient else label(rule.before[0])
    facts = (f"{label(rule.after[0], True)} ({when(b.stated or tb)}) is dated "
             f"{'before' if certain else 'on or before'} {label(rule.before[0])} ({when(a.stated or ta)}); "
             f"under {rule.citation} {first} must come {word} {label(rule.after[0])}.")
    if all(x[2] for x in judged):
        notes = [note for note, why in ((_THRESHOLD_UNKNOWN, ok is None), (_SEVERAL, not timeline.single_incident)) if why]
        level = "warning" if notes else rule.level
        message = facts + _unsure(rule) + "".join(notes)
        return row("missed", trigger=tb, actual=ta), regime_finding(ctx, rule, "order", level, a, message, [a, b])
    if possible and len(judged) == 1:
        return row("possibly missed", trigger=tb, actual=ta), regime_finding(
            ctx, rule, "order", "warning", a, facts + " The dates do not show which came first." + _unsure(rule), [a, b])
    return row("met", trigger=tb, actual=ta), None


def _came_first(timeline: Timeline, rule: RegimeOrderRule, a: Node, b: Node) -> tuple[bool, bool]:
    """Whether the ``after`` event ``b`` certainly, and possibly, came too early for the ``before`` one ``a``."""
    lo, hi = timeline.gap(a.index, b.index)  # t(b) - t(a)
    ma, mb = node_minutes(timeline, a), node_minutes(timeline, b)
    if lo == hi == 0 and ma[0] == ma[1] and mb[0] == mb[1]:  # the same day, both at a stated time
        certain = mb[0] < ma[0] or (rule.strict and mb[0] == ma[0])
        return certain, certain
    return hi < 0, lo < 0 or (rule.strict and lo <= 0)


def _in_force_any(rule: RegimeOrderRule, spans: list[tuple[float, float]]) -> bool:
    if rule.pending:
        return False
    start = -INF if rule.in_force_from is None else rule.in_force_from
    end = INF if rule.in_force_to is None else rule.in_force_to
    return any(start <= hi and end >= lo for lo, hi in spans)


def _unsure(rule: RegimeOrderRule) -> str:
    if rule.confidence != "unsure":
        return ""
    return " The limit rests on a fact not yet confirmed in the official text."
