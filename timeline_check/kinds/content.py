"""The content kind: what a text that is itself a notice must say, and must not (see content.py)."""

from __future__ import annotations

from ..content import findings, placeholder_findings
from .context import Context, Result


def run(ctx: Context) -> Result:
    """The findings of the notice's elements checked in the facts stage, and of the placeholders it still
    holds; none for a text that is no notice."""
    notice = ctx.facts.notice
    if notice is None:
        return Result()
    messages = ctx.rules.content.messages
    return Result(tuple(findings(ctx.doc, ctx.facts.content, messages, notice, ctx.msg))
                  + tuple(placeholder_findings(ctx.doc, ctx.facts.placeholders, messages)))
