"""Several notices put off together, told with one negation and one "until": "did not mail letters
to patients, post a notice on its home page or alert local media until March 21, 2017". The date
pairs with the nearest notice word only; it is the day of each notice word of the list, from the
first one the negation governs, in one clause with no other date."""

from __future__ import annotations

from ..model import Mention
from .context import Sentence
from .grammar import grammar_of
from .mentions import mentions_of
from .passes import Pairs

_NEGATION_REACH = 30  # characters from a negation to the first notice word it governs, at most


def put_off_list(ctx: Sentence, pairs: Pairs, heads: frozenset[int]) -> tuple[Mention, ...]:
    """The mentions of each notice word of a list put off until the date a pair binds, for the
    words no date dates yet (``heads``)."""
    text, lang = ctx.text, ctx.lang
    negated, until = grammar_of(lang).negated, ctx.regex("negated_until")
    out: list[Mention] = []
    for ti, gi in pairs:
        t, g = ctx.dated[ti], ctx.triggers[gi]
        if not _notice(ctx, gi) or until.search(text, g.end, t.start) is None:
            continue
        listed: list[int] = []
        for gj in range(gi - 1, -1, -1):
            h = ctx.triggers[gj]
            if not _notice(ctx, gj) or ";" in text[h.end:g.start] \
                    or any(h.end <= d.start < t.start for d in ctx.dated if d is not t):
                break
            listed.append(gj)
            if negated.search(text, max(ctx.span[0], h.start - _NEGATION_REACH), h.start):
                out.extend(m for k in listed if k not in heads
                           for m in mentions_of(text, lang, t, ctx.triggers[k], ctx.span, True))
                break
    return tuple(out)


def _notice(ctx: Sentence, gi: int) -> bool:
    """Whether event word ``gi`` is an unblocked notice to someone."""
    g = ctx.triggers[gi]
    return g.notice and not g.blocked
