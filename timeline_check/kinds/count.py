"""The count kind: numbers of people that cannot all be true (see counts.py for how counts are
read), and totals whose parts do not add up (sums.py)."""

from __future__ import annotations

from ..counts import count_findings
from ..sums import sum_findings
from .context import Context, Result


def run(ctx: Context) -> Result:
    """Totals no reading of which agrees, and shares above the total (none in a text of several
    incidents); breakdowns that do not give their total."""
    return Result((*count_findings(ctx.doc, ctx.facts.counts, ctx.rules.checks, ctx.timeline.single_incident, ctx.msg),
                   *sum_findings(ctx.doc, ctx.facts.sums, ctx.rules.checks, ctx.msg)))
