"""A date a source names as an event's date: "the notice gives Sept. 15 as the date it discovered
the breach", "the filing lists Aug. 27 as the date of first access" (``[phrases] named_as``). The
date is the event's named just after it, not that of the verb of giving or of the source's own
act ("the notice to the attorney general gives ..."): a pair cheaper than any other. A date so
named that the sentence then calls wrong ("gave Sept. 14 as the date the breach was discovered,
the day the review ended, not the day staff first saw the spam", ``[phrases] named_wrong``) is
the source's claim, not the event's date: it dates nothing (``called_wrong``)."""

from __future__ import annotations

import bisect

from ..model import Mention
from .context import Sentence
from .grammar import CLAUSE_MARK, WORD, past_blank

_NAMED_WORDS = 4  # words between "as the date" and the event word it names, at most
_COST = -1.0  # taken before any pair by nearness


def named_dates(ctx: Sentence) -> tuple[tuple[float, int, int], ...]:
    """(cost, date, event word) for each date right before ``named_as`` words and the first event
    word of its clause after them, within ``_NAMED_WORDS`` words."""
    text, e = ctx.text, ctx.span[1]
    named_as = ctx.regex("named_as")
    out: list[tuple[float, int, int]] = []
    for ti, t in enumerate(ctx.dated):
        lead = named_as.match(text, past_blank(text, t.end, e), e)
        if lead is None:
            continue
        for gi in range(bisect.bisect_left(ctx.starts, lead.end()), len(ctx.triggers)):
            g, gap = ctx.triggers[gi], text[lead.end():ctx.triggers[gi].start]
            if CLAUSE_MARK.search(gap) or len(WORD.findall(gap)) > _NAMED_WORDS:
                break
            if not g.blocked and ctx.fits(ti, gi):
                out.append((_COST, ti, gi))
                break
    return tuple(out)


def called_wrong(ctx: Sentence, mentions: list[Mention]) -> list[Mention]:
    """The mentions, less those of a date named as an event's (``named_as``) that the sentence,
    after the event word, says is not that event's day (``named_wrong``)."""
    text, e = ctx.text, ctx.span[1]
    named_as, wrong = ctx.regex("named_as"), ctx.regex("named_wrong")
    return [m for m in mentions
            if not (m.timex.end and named_as.match(text, past_blank(text, m.timex.end, e), e)
                    and wrong.search(text, m.trigger[1], e))]
