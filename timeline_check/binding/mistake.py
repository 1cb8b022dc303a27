"""A date that opens a clause whose act, in words no event list holds, is done by mistake: "On
March 30, 2012, the plan's sponsor erroneously distributed an email holding members' records",
"On May 2, a clerk inadvertently handed a patient another's chart", "Le 3 mai 2022, un agent a
transmis par erreur ...". The mistaken act is the breach's first act: its start on that date;
over a range, the breach's start and end. A thing that was sent by mistake ("On May 2, the firm received a
drive of records that was delivered in error") dates it the same way: "that" right before an
auxiliary opens a relative clause on the thing, not what someone learned."""

from __future__ import annotations

from ..model import Mention
from .context import Sentence, opening_word
from .grammar import grammar_of
from .mentions import mentions_of
from .triggers import Trigger

_REACH = 280  # characters from the date to the word of mistake, at most (one clause, with its appositions)


def mistaken_act(ctx: Sentence, taken: frozenset[int]) -> tuple[Mention, ...]:
    """The breach starts a word of mistake (``[phrases] by_mistake``) dates: a date not ``taken``
    that opens its clause, no bracket or relative clause around it, with no event word, no other
    date, no "that" opening a clause of its own and no ";" between it and the word of mistake (what another party said or
    learned of a mistake is theirs)."""
    text, lang = ctx.text, ctx.lang
    mistake, complementizer = ctx.regex("by_mistake"), ctx.regex("complementizer")
    out: list[Mention] = []
    for t, word in opening_word(ctx, taken, mistake, _REACH):
        if any(not _relative(ctx, c.end()) for c in complementizer.finditer(text, t.end, word.start())) \
                or any(t.end <= g.start < word.start() for g in ctx.triggers):
            continue
        out.extend(mentions_of(text, lang, t, Trigger(word.start(), word.end(), ("breach",)), ctx.span, True))
    return tuple(out)


def _relative(ctx: Sentence, at: int) -> bool:
    """Whether the "that" ending at ``at`` opens a relative clause on the noun before it: an
    auxiliary right after it, no subject of its own ("a drive that was delivered in error")."""
    gap = ctx.text[at:at + 4]
    return grammar_of(ctx.lang).auxiliary.match(ctx.text, at + len(gap) - len(gap.lstrip())) is not None
