"""Rule kinds: the code that checks the rules of each kind (the rules themselves are data).

Every kind is a function of one signature, ``run(context) -> Result``: it reads the
document's timeline and facts (``Context``) and gives findings and, for regime rules, rows of
the deadline table. ``KINDS`` names them; ``run`` runs them all.
"""

from __future__ import annotations

from . import conflict, content, count, date, deadline, duration, missing, order, regime
from .context import Context, Kind, Result

KINDS: dict[str, Kind] = {
    "order": order.run,
    "conflict": conflict.run,
    "duration": duration.run,
    "date": date.run,
    "deadline": deadline.run,
    "missing": missing.run,
    "count": count.run,
    "content": content.run,
}

__all__ = ["KINDS", "Context", "Kind", "Result", "run"]


def run(ctx: Context) -> Result:
    """The findings of every kind, and the deadline table in the order of the regimes and their rules."""
    results = [kind(ctx) for kind in KINDS.values()]
    rank = regime.row_order(ctx)
    rows = sorted((r for res in results for r in res.rows), key=lambda r: rank[r.rule])
    return Result(tuple(f for res in results for f in res.findings), tuple(rows))
