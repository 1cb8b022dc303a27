"""A disclosure a settlement counts as a duty unmet: "From September 23, 2014 until August 28,
2015, the hospital disclosed PHI to its vendor without obtaining satisfactory assurances as
required under HIPAA". The sentence tells of a rule broken over a period, not of the breach: its
dates start and end no breach (a compliance period, as ``unplaced`` calls such a date)."""

from __future__ import annotations

from ..model import Mention
from .context import Sentence

_BREACH_ROLES = frozenset({"breach_start", "breach_end"})


def without_duty(ctx: Sentence, mentions: list[Mention]) -> list[Mention]:
    """The mentions, less the breach's in a sentence that says a duty went unmet (``[phrases]
    duty_unmet``: "without obtaining satisfactory assurances", "without a business associate agreement")."""
    if not any(m.kind in _BREACH_ROLES for m in mentions) or ctx.regex("duty_unmet").search(ctx.text, *ctx.span) is None:
        return mentions
    return [m for m in mentions if m.kind not in _BREACH_ROLES]
