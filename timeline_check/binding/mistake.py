"""A date that opens a clause whose act, in words no event list holds, is done by mistake: "On
March 30, 2012, the plan's sponsor erroneously distributed an email holding members' records",
"On May 2, a clerk inadvertently handed a patient another's chart", "Le 3 mai 2022, un agent a
transmis par erreur ...". The mistaken act is the breach's first act: its start on that date;
over a range, the breach's start and end."""

from __future__ import annotations

from ..model import Mention
from .context import Sentence, opening_word
from .mentions import mentions_of
from .triggers import Trigger

_REACH = 200  # characters from the date to the word of mistake, at most (about one clause)


def mistaken_act(ctx: Sentence, taken: frozenset[int]) -> tuple[Mention, ...]:
    """The breach starts a word of mistake (``[phrases] by_mistake``) dates: a date not ``taken``
    that opens its clause, no bracket or relative clause around it, with no event word, no other
    date, no "that" and no ";" between it and the word of mistake (what another party said or
    learned of a mistake is theirs)."""
    text, lang = ctx.text, ctx.lang
    mistake, complementizer = ctx.regex("by_mistake"), ctx.regex("complementizer")
    out: list[Mention] = []
    for t, word in opening_word(ctx, taken, mistake, _REACH):
        if complementizer.search(text, t.end, word.start()) \
                or any(t.end <= g.start < word.start() for g in ctx.triggers):
            continue
        out.extend(mentions_of(text, lang, t, Trigger(word.start(), word.end(), ("breach",)), ctx.span, True))
    return tuple(out)
