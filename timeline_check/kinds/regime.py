"""What the rules of a legal regime share, whatever their kind: whether a rule applies to the
number of people affected, which notices went to its recipient, and an event's days."""

from __future__ import annotations

from collections.abc import Iterator

from ..deadlines import INF, bounds
from ..model import Interval
from ..reason import Node, Timeline
from ..ruleset import DeadlineRule, Regime, RegimeOrderRule
from .context import Context


def applicable(ctx: Context) -> Iterator[tuple[Regime, int | None]]:
    """The regimes that apply, in the order the facts give them, each with the number of its
    own residents affected (None when the text does not say, or the regime counts no residents)."""
    for match in ctx.facts.regimes:
        regime = ctx.rules.regimes[match.name]
        yield regime, ctx.facts.residents.get(regime.name) if regime.residents is not None else None


def applies(rule: DeadlineRule | RegimeOrderRule, total: int | None, local: int | None) -> bool | None:
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


def to_recipient(ctx: Context, rule: DeadlineRule | RegimeOrderRule, nodes: list[Node]) -> list[Node]:
    """The notices whose sentence names this rule's recipient (all of them when the rule names none)."""
    if rule.recipient_cues is None:
        return nodes
    return [n for n in nodes if any(ctx.facts.names_recipient(rule.id, m.sentence) for m in n.mentions)]


def interval(timeline: Timeline, n: Node) -> Interval:
    """The days event ``n`` may fall on (None for an open end)."""
    lo, hi = bounds(timeline, n)
    return Interval(None if lo == -INF else int(lo), None if hi == INF else int(hi))


def row_order(ctx: Context) -> dict[str, int]:
    """The place of each applicable regime rule in the deadline table: regime by regime, its
    deadline rules, then its order rules."""
    ids = [rid for regime, _ in applicable(ctx) for rid in [*regime.versions(), *(o.id for o in regime.orders)]]
    return {rid: i for i, rid in enumerate(ids)}
