"""A response told done by a date ("restored most systems by Feb. 23", "contained before March 3"):
no day of its own, but a bound on it, so the date is read as every day up to it. Only for the
organisation's containment: a notice or a discovery told "by" a date is left to the words that
owe it (a deadline), and a breach's "before" dates the breach as the text can best say."""

from __future__ import annotations

import attrs

from ..model import Interval, TimeExpr

BOUNDED_KINDS = frozenset({"containment"})


def done_by(t: TimeExpr, kinds: tuple[str, ...]) -> TimeExpr | None:
    """The date ``t`` (a "by" or "before" date) as a bound on an event of ``kinds``: every day up
    to it; None when it bounds no such event."""
    if t.qualifier != "before" or t.kind != "date" or t.first is None or t.first.hi is None \
            or not kinds or not set(kinds) <= BOUNDED_KINDS:
        return None
    return attrs.evolve(t, first=Interval(None, t.first.hi), qualifier=None, granularity="fuzzy")
