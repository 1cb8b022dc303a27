"""The count kind: numbers of people that cannot all be true (see counts.py for how counts are read)."""

from __future__ import annotations

from ..counts import count_findings
from .context import Context, Result


def run(ctx: Context) -> Result:
    """Totals no reading of which agrees, and shares above the total; none in a text of several incidents."""
    return Result(tuple(count_findings(ctx.doc, ctx.facts.counts, ctx.rules.checks, ctx.timeline.single_incident, ctx.msg)))
