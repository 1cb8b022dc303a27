"""A fault traced to a dated act: "Engineering traced the fault to a software update released on
April 2", "the exposure stemmed from a configuration change made on March 31" (``[phrases]
traced_to``, after a word of fault, ``fault_noun``). The act the fault comes from is the breach's
first act: its start on the first date after the words of tracing, in their clause."""

from __future__ import annotations

from ..model import Mention
from .context import Sentence
from .mentions import mentions_of
from .triggers import Trigger

_LEAD = 40  # characters before the words of tracing where the fault is named, at most
_REACH = 100  # characters from the words of tracing to the date, at most


def traced_breach(ctx: Sentence, taken: frozenset[int]) -> tuple[Mention, ...]:
    """The breach start of the first date not ``taken`` after each ``traced_to`` phrase that a
    ``fault_noun`` precedes or fills (within ``_LEAD`` characters), no ";" nor other date between."""
    text, lang, (s, e) = ctx.text, ctx.lang, ctx.span
    fault = ctx.regex("fault_noun")
    out: list[Mention] = []
    for m in ctx.regex("traced_to").finditer(text, s, e):
        if fault.search(text, max(s, m.start() - _LEAD), m.end()) is None:
            continue
        ti = next((i for i, t in enumerate(ctx.dated) if t.start >= m.end()), None)
        if ti is None or ti in taken or ctx.dated[ti].kind not in ("date", "range"):
            continue
        t = ctx.dated[ti]
        if t.start - m.end() > _REACH or ";" in text[m.end():t.start]:
            continue
        out.extend(mentions_of(text, lang, t, Trigger(m.start(), m.end(), ("breach",)), ctx.span, True))
    return tuple(out)
