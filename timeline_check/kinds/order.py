"""The order kind: an event that cannot come after another does.

Two sources: the order rules of ``rules/order.toml``, broken where the reasoning found a
cycle through one (a contradiction of the ``order`` category); and the relational duties of a
regime with no number (``kind = "order"`` in a regime file: Maryland's attorney general told
before the residents), checked on the timeline, each a row of the deadline table.
"""

from __future__ import annotations

import functools

from ..deadlines import INF, bounds, node_minutes
from ..messages import Messages
from ..model import DeadlineRow, Finding, Mention
from ..reason import Contradiction, Node, Timeline
from ..ruleset import RegimeOrderRule
from .context import Context, Result, concerning, finding, mended, regime_finding
from .regime import applicable, applies, interval, to_recipient




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
    msg = ctx.msg
    text = msg._(rule.message).format(before=msg.label(before.kind), after=msg.label(after.kind),
                                      before_cap=msg.cap(before.kind), after_cap=msg.cap(after.kind),
                                      before_date=_date_of(msg, before), after_date=_date_of(msg, after))
    at = next((m for m in mentions if m.kind == before.kind), mentions[0])
    ids = tuple(ctx.event_id(n.index) for n in (before, after))
    # In a text that tells of several incidents, two events may belong to different ones; not
    # those of its own incident where each other one is told as such ("In a separate incident").
    own = timeline.separated and not any(timeline.nodes[i].separate for i in c.nodes)
    sure = c.certain and (timeline.single_incident or own)
    return finding(ctx, rule.id, "order", rule.level if sure else "warning", text, at, mentions, ids)


def _date_of(msg: Messages, node: Node) -> str:
    """A node's stated days, or the phrase that dates it from another event ("“the same day”")."""
    if node.stated is not None:
        return msg.when(node.stated)
    phrase = next((m.timex.text.strip() for m in node.mentions if m.timex.kind == "relative"), None)
    return f"“{phrase}”" if phrase else msg._("undated")


# ---------------------------------------------------------------- a regime's order duties

def _duty(ctx: Context, rule: RegimeOrderRule, local: int | None) -> tuple[DeadlineRow, Finding | None] | None:
    """A relational duty: the ``before`` notice no later than (``strict``: before) the ``after`` one.
    None when the rule does not apply to the number of people affected."""
    ok = applies(rule, ctx.facts.affected, local)
    if ok is False:
        return None
    timeline, msg = ctx.timeline, ctx.msg
    word = msg._("before {event}") if rule.strict else msg._("no later than {event}")
    row = functools.partial(DeadlineRow, rule.id, rule.regime, rule.citation, word.format(event=msg.label(rule.after[0])))
    befores = to_recipient(ctx, rule, [n for k in rule.before for n in timeline.of_kind(k) if not n.future])
    afters = [n for k in rule.after for n in timeline.of_kind(k) if not n.future]
    if not befores or not afters:
        missing = msg.label(rule.before[0] if not befores else rule.after[0])
        return row("not stated", note=msg._("no date for {event}").format(event=missing)), None
    if not _in_force_any(rule, [bounds(timeline, n) for n in afters]):
        return row("not in force"), None
    judged = [(a, b, *_came_first(timeline, rule, a, b)) for a in befores for b in afters]
    a, b, certain, possible = next((x for x in judged if not x[2]), judged[0])
    ta, tb = interval(timeline, a), interval(timeline, b)
    first = (msg._("the notice to the {recipient}").format(recipient=msg.regime(rule.recipient)) if rule.recipient
             else str(msg.label(rule.before[0])))
    stated = (msg._("{later} ({later_date}) is dated before {earlier} ({earlier_date}); ") if certain
              else msg._("{later} ({later_date}) is dated on or before {earlier} ({earlier_date}); "))
    duty = msg._("under {citation} {first} must come before {event}.") if rule.strict else msg._(
        "under {citation} {first} must come no later than {event}.")
    facts = (stated.format(later=msg.cap(rule.after[0]), later_date=msg.when(b.stated or tb),
                           earlier=msg.label(rule.before[0]), earlier_date=msg.when(a.stated or ta))
             + duty.format(citation=rule.citation, first=first, event=msg.label(rule.after[0])))
    if all(x[2] for x in judged):
        notes = [note for note, why in (
            (msg._(" The rule applies only above the number of people affected, which the text does not give."), ok is None),
            (msg._(" The text tells of more than one incident; these notices may answer different ones."),
             not timeline.single_incident)) if why]
        level = "warning" if notes else rule.level
        message = facts + _unsure(msg, rule) + "".join(notes)
        return row("missed", trigger=tb, actual=ta), regime_finding(ctx, rule, "order", level, a, message, [a, b])
    if possible and len(judged) == 1:
        return row("possibly missed", trigger=tb, actual=ta), regime_finding(
            ctx, rule, "order", "warning", a, facts + msg._(" The dates do not show which came first.") + _unsure(msg, rule),
            [a, b])
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


def _unsure(msg: Messages, rule: RegimeOrderRule) -> str:
    """Why a finding of an unsure rule is no more than likely: the rule's own reason, in the message language."""
    if rule.confidence != "unsure":
        return ""
    why = msg.regime(rule.why).strip().rstrip(".")
    return msg._(" The limit rests on a fact not yet confirmed in the official text{why}.").format(
        why=msg._(": {why}").format(why=why) if why else "")
