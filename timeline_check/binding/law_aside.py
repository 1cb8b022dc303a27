"""A date in an aside about a law, closed by a comma right before the law's word of duty ("The rule,
effective January 1, 2023, requires notice to the Department within 72 hours", "Le règlement,
entré en application le 25 mai 2018, impose de notifier la CNIL"): the date is the law's, and the
act the law requires after its word of duty (``[phrases] duty``) is owed, not done on it."""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Mention, TimeExpr
from .context import Sentence
from .grammar import CLAUSE_PUNCT, WORD, past_blank

_TAIL_WORDS = 6  # words between the date and the aside's closing comma, at most ("for all insurers")


def _duty_after_aside(ctx: Sentence, t: TimeExpr) -> int | None:
    """Where the word of duty ends that follows the comma closing the aside of date ``t``; None
    when ``t`` stands in no aside (no comma before it in the sentence) or no such word follows."""
    text, (s, e) = ctx.text, ctx.span
    if "," not in text[s:t.start]:
        return None
    mark = CLAUSE_PUNCT.search(text, t.end, e)
    if mark is None or mark.group() != "," or len(WORD.findall(text, t.end, mark.start())) > _TAIL_WORDS:
        return None
    duty = ctx.regex("duty").match(text, past_blank(text, mark.end(), e), e)
    return duty.end() if duty else None


def law_aside(ctx: Sentence, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` but those of an event word after a word of duty, dated in the law's aside
    that the word of duty closes."""
    if not ctx.lang.phrases["duty"]:
        return list(mentions)
    ends = {id(t): end for t in ctx.dated if (end := _duty_after_aside(ctx, t)) is not None}
    return [m for m in mentions if not (id(m.timex) in ends and m.trigger[0] >= ends[id(m.timex)])]
