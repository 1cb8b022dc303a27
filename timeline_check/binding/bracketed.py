"""A date in brackets right after one recipient of a notice's list ("told the regulator, its
patients (on May 4, 2021), and the press"): that recipient's notice only, not the others'."""

from __future__ import annotations

from ..model import Mention
from .context import Sentence

_REACH = 60  # characters before the bracket where the recipient's name may end


def bracketed_recipient(ctx: Sentence, mentions: list[Mention]) -> list[Mention]:
    """The mentions less the notices of other recipients dated by a bracketed date that follows
    one recipient's name."""
    out: list[Mention] = []
    for m in mentions:
        own = _bracket_owner(ctx, m) if m.kind.startswith("notification_") else None
        if own is not None and own != m.kind and any(o.kind == own and o.timex is m.timex for o in mentions):
            continue
        out.append(m)
    return out


def _bracket_owner(ctx: Sentence, m: Mention) -> str | None:
    """The kind of notice whose recipient stands right before the bracket that holds ``m``'s date."""
    text, t = ctx.text, m.timex
    opening = text.rfind("(", max(ctx.span[0], t.start - 20), t.start)
    if opening < 0 or ")" in text[opening:t.start] or not text[t.end:].lstrip().startswith(")"):
        return None
    before = text[max(ctx.span[0], opening - _REACH):opening].rstrip()
    ending = [(k, mt.start()) for k, rx in ctx.lang.recipients for mt in rx.finditer(before) if mt.end() == len(before)]
    return min(ending, key=lambda x: x[1])[0] if ending else None
