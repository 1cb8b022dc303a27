"""An act whose completion a relative clause dates ("asked the search engines to have the pages
removed, which was confirmed on August 30", "had the files deleted, which was completed on May 3",
``[phrases] completion_clause``): the date of the "which" clause is the act's, the last event
word before the clause's comma; a relative clause's date dates no word outside it otherwise."""

from __future__ import annotations

from ..model import Mention
from .context import Sentence
from .grammar import ending
from .mentions import mentions_of
from .passes import Pairs

_LEAD = 50  # characters before the date where the words of completion end, at most
_ACT = 160  # characters before the comma where the act's word stands, at most


def completed_act(ctx: Sentence, pairs: Pairs, taken: frozenset[int]) -> tuple[Mention, ...]:
    """The mentions of dates that close a ``completion_clause`` right after a comma, which no
    word dates (not in ``taken``, nor paired but to a blocked word of the clause, "completed"):
    each gives its date to the last unblocked event word before that comma."""
    text, lang, (s, _) = ctx.text, ctx.lang, ctx.span
    out: list[Mention] = []
    for ti, t in ctx.untaken(taken):
        clause = ending(lang.regex["completion_clause"], text, max(s, t.start - _LEAD), t.start)
        if clause is None or not text[:clause.start()].rstrip().endswith(","):
            continue
        if any(tj == ti and not (ctx.triggers[gi].blocked and clause.start() <= ctx.triggers[gi].start) for tj, gi in pairs):
            continue  # a word outside the clause, or one of ours in it, dates it
        comma = len(text[:clause.start()].rstrip()) - 1
        act = next((g for g in reversed(ctx.triggers) if max(s, comma - _ACT) <= g.start and g.end <= comma
                    and not g.blocked and g.kinds), None)
        if act is not None:
            out.extend(mentions_of(text, lang, t, act, ctx.span, True))
    return tuple(out)
