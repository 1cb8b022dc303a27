"""The content kind: what a text that is itself a notice must say, and must not (see content.py)."""

from __future__ import annotations

from ..content import findings
from .context import Context, Result


def run(ctx: Context) -> Result:
    """The findings of the notice's elements checked in the facts stage; none for a text that is no notice."""
    notice = ctx.facts.notice
    if notice is None:
        return Result()
    return Result(tuple(findings(ctx.doc, ctx.facts.content, ctx.rules.content.messages, notice, ctx.msg)))
