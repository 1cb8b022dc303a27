"""The date kind: a weekday that does not match its date, a day the month does not have."""

from __future__ import annotations

from ..evidence import quote
from ..model import Finding
from .context import Context, Result


def run(ctx: Context) -> Result:
    """One finding for each date problem the tagger found."""
    out = []
    for p in ctx.problems:
        rule = ctx.rules.checks[p.rule]
        line, col = ctx.doc.locate(p.start)
        out.append(Finding(rule=rule.id, category="date", severity=rule.level if p.certain else "warning",  # type: ignore[arg-type]
                           message=rule.message.format(detail=p.message), line=line, column=col,
                           evidence=(quote(ctx.doc, p.start, p.end),)))
    return Result(tuple(out))
