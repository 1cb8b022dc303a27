"""An insider's departure and what they took with them: "a former employee retained a laptop
following his termination on July 15", "the records were given to her new employer after her
employment ended on March 18", "upon her resignation, a nurse took a logbook on October 28". In a
sentence that names both an employee's leaving (``[phrases] departure``) and a taking or keeping
(``[phrases] taking``) of data or a device holding it (``[phrases] held_data``), the breach
starts on the day of leaving, or on the day the taking or the sentence's lead gives."""

from __future__ import annotations

import bisect

from ..model import Mention
from .context import Sentence, region_of
from .grammar import MAX_WORDS, WORD, ends_with
from .mentions import mentions_of
from .passes import Pairs
from .triggers import Trigger

_LEAD = 30  # characters between the words of leaving and the date after them, at most ("termination on")
_OBJECT = 80  # characters after a taking word where what was taken is named ("took a new job": none)


def departure_breach(ctx: Sentence, pairs: Pairs) -> tuple[Mention, ...]:
    """The breach starts of a sentence that tells an insider's leaving and a taking of data: each
    date no event word dates (``pairs``, bar blocked words) that follows the words of leaving or
    the taking word in its clause, or opens its clause and no word at all dates; in one bracket
    or relative clause with the word it follows."""
    text, lang, (s, e) = ctx.text, ctx.lang, ctx.span
    leaving = list(ctx.regex("departure").finditer(text, s, e))
    held = ctx.regex("held_data")
    taking = [m for m in ctx.regex("taking").finditer(text, s, e) if held.search(text, m.end(), min(e, m.end() + _OBJECT))]
    if not leaving or not taking:
        return ()
    bound = {ti for ti, gi in pairs if not ctx.triggers[gi].blocked}
    taken_at = [m.end() for m in taking]
    out: list[Mention] = []
    for ti, t in enumerate(ctx.dated):
        region = region_of(t.start, ctx.closed)
        if ti in bound or t.kind not in ("date", "range"):
            continue
        after_leaving = next((m for m in leaving if ends_with(ctx.regex("departure_lead"), text, m.end(), t.start)
                              and t.start - m.end() <= _LEAD), None)
        last = bisect.bisect_right(taken_at, t.start) - 1
        gap = text[taken_at[last]:t.start] if last >= 0 else ""
        after_taking = last >= 0 and len(WORD.findall(gap)) <= MAX_WORDS and not any(c in gap for c in ",;")
        # a fronted date some other party's word took is that party's ("On May 3, OCR found that ...")
        opens = ctx.dates[ti].opens and all(tj != ti for tj, _ in pairs)
        word = after_leaving or (taking[last] if after_taking else taking[0] if opens else None)
        if word is not None and region_of(word.start(), ctx.closed) == region:
            out.extend(mentions_of(text, lang, t, Trigger(word.start(), word.end(), ("breach",), "instant"), ctx.span, True))
    return tuple(out)
