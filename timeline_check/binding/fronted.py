"""A date fronted behind a length of time: "For a period of about 24 hours on July 25 and 26,
2017, an intruder could read an employee's mailbox", "For three days in May 2021, staff records
were exposed". The date stands past more than the few words of a clause's lead, yet opens the
clause as "On July 25, ..." would: it dates the first event word after its comma."""

from __future__ import annotations

import re

from ..model import Mention, TimeExpr
from ..rulefile import Pattern
from .context import Sentence
from .mentions import mentions_of

_COMMA = re.compile(r"\s*,")


def fronted_period(ctx: Sentence, taken: frozenset[int]) -> tuple[Mention, ...]:
    """The mentions of each date not ``taken`` that the sentence opens with a length of time
    before it (its lead words, ``[phrases] duration_lead``, a duration, then a day's or a year's
    lead word) and a comma after: the first event word after it, in its clause, no other
    party's, dated as a fronted date dates it."""
    text, lang, e = ctx.text, ctx.lang, ctx.span[1]
    out: list[Mention] = []
    for ti, t in enumerate(ctx.dated):
        if ti in taken or t.kind not in ("date", "range") or ctx.dates[ti].opens or not _after_length(ctx, t.start):
            continue
        comma = _COMMA.match(text, t.end, e)
        if comma is None:
            continue
        semi = text.find(";", comma.end(), e)
        first = next((g for g in ctx.triggers if comma.end() <= g.start < (semi if semi >= 0 else e)), None)
        if first is not None and not first.blocked:
            out.extend(mentions_of(text, lang, t, first, ctx.span, True))
    return tuple(out)


def _after_length(ctx: Sentence, pos: int) -> bool:
    """Whether the sentence's words before ``pos`` are a length of time, with its lead words, and a
    day's or a year's lead word: "For a period of approximately 24 hours on"."""
    text, s = ctx.text, ctx.span[0]
    lead = ctx.regex("duration_lead")
    on = (ctx.regex("day_lead"), ctx.regex("year_lead"))
    return any(_length(d) and d.end <= pos and _lead(lead, text[s:d.start].strip())
               and any(rx.fullmatch(text[d.end:pos].strip()) for rx in on)
               for d in ctx.timexes)


def _lead(lead: Pattern, words: str) -> bool:
    """Whether the words before a length of time are its lead words, or none: the tagger may read
    "For a period of" as part of the length itself."""
    return not words or lead.fullmatch(words) is not None


def _length(t: TimeExpr) -> bool:
    """Whether a time expression is a length of time: a duration, or one TIMEX3 reads as one."""
    return t.kind == "duration" or t.timex is not None and t.timex.type == "DURATION"
