"""An act put off, told by a pro-verb: "should have opened an investigation at once, which it
failed to do until 31 January" (``[phrases] done_until``: "failed to do so until", "ne l'a fait
que le"). The date after those words is the day the act named before them took place, though
that act was told as owed ("should have"): the nearest event word before them, not another's.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

import attrs

from ..model import Mention
from .context import Sentence
from .grammar import ending
from .mentions import mentions_of

_LEAD = 40  # characters before a date searched for the words of a deferred act


def deferred(ctx: Sentence, taken: Collection[int]) -> tuple[tuple[Mention, ...], frozenset[int]]:
    """The mentions of the dates not ``taken`` that end "... failed to do so until": each dates
    the nearest event word before those words, as done. Returns the mentions and the dates bound."""
    out: list[Mention] = []
    done: list[int] = []
    for ti, t in enumerate(ctx.dated):
        words = None if ti in taken or t.kind != "date" else _put_off(ctx, t.start)
        if words is None:
            continue
        act = max((g for g in ctx.triggers if g.end <= words.start() and not g.blocked and g.kinds),
                  key=lambda g: g.start, default=None)
        if act is not None:
            out.extend(attrs.evolve(m, future=False)
                       for m in mentions_of(ctx.text, ctx.lang, t, act, ctx.span, True))
            done.append(ti)
    return tuple(out), frozenset(done)


def carried_out(ctx: Sentence, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions``, those dated right after "... did not do so until" told as done, not owed
    ("should have told the clients at once, but did not do so until 31 January")."""
    return [attrs.evolve(m, future=False) if m.future and _put_off(ctx, m.timex.start) else m for m in mentions]


def _put_off(ctx: Sentence, at: int) -> re.Match[str] | None:
    """The words of a deferred act that end right before position ``at``, if any."""
    return ending(ctx.regex("done_until"), ctx.text, max(ctx.span[0], at - _LEAD), at)
