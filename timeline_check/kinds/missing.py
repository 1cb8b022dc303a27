"""The missing kind: where the reasoning stopped, when a text has more event mentions than it takes.

(Deadline rules report the dates they miss themselves, as ``missing`` findings of their own.)
"""

from __future__ import annotations

from ..evidence import sentences_of
from ..model import Finding
from ..reason import MAX_MENTIONS
from .context import Context, Result

RULE = "missing/events-beyond-limit"


def run(ctx: Context) -> Result:
    """A finding at the first mention left out, when some were."""
    left_out = ctx.timeline.left_out
    if not left_out:
        return Result()
    rule = ctx.rules.checks[RULE]
    first = min(left_out, key=lambda m: m.timex.start)
    line, col = ctx.doc.locate(first.trigger[0])
    message = ctx.msg._(rule.message).format(checked=MAX_MENTIONS, total=MAX_MENTIONS + len(left_out), line=line)
    return Result((Finding(rule=rule.id, category="missing", severity=rule.level, message=message, line=line,  # type: ignore[arg-type]
                           column=col, evidence=sentences_of(ctx.doc, [first])),))
