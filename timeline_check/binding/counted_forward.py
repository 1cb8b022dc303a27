"""A length of time counted forward from the date before it ("signed in on Oct. 19 and copied
data over the following four days", "a copié des données pendant les trois jours suivants",
``[phrases] counted_forward``): the lasting breach the length follows ends that many days after
the date that starts it."""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from ..model import Interval, Mention, TimeExpr
from .context import Sentence
from .grammar import MAX_WORDS, WORD

_AFTER = re.compile(r"\s*+")  # the white space after a length, always matched
_LENGTH = re.compile(r"P(\d{1,3})([DW])")  # a TIMEX3 length in days or weeks
_UNIT_DAYS = {"D": 1, "W": 7}


def days_stated(t: TimeExpr) -> int | None:
    """The exact number of days a length in days or weeks states; None for another."""
    if t.timex is None or t.timex.type != "DURATION":
        return None
    m = _LENGTH.fullmatch(t.timex.value)
    return int(m.group(1)) * _UNIT_DAYS[m.group(2)] if m else None


def _after(text: str, end: int) -> int:
    """Where the words after a length start, past its white space."""
    m = _AFTER.match(text, end)
    return m.end() if m else end


def counted_forward(ctx: Sentence, mentions: Sequence[Mention]) -> tuple[Mention, ...]:
    """Breach ends for the lengths counted forward right after a lasting breach word: each the
    start's days plus the length, when the nearest date before the length (no other date
    between) is the one a breach start holds."""
    text, words = ctx.text, ctx.regex("counted_forward")
    starts = {id(m.timex): m for m in mentions if m.kind == "breach_start" and m.role == "point"}
    out: list[Mention] = []
    for t in ctx.timexes:
        days = days_stated(t)
        if days is None or words.search(text, t.start, t.end) is None \
                and words.match(text, _after(text, t.end)) is None:
            continue
        before = [d for d in ctx.dated if d.end <= t.start]
        start = starts.get(id(before[-1])) if before else None
        first = before[-1].first if before else None
        if start is None or first is None or first.lo is None or first.hi is None:
            continue
        near = [g for g in ctx.triggers if g.kinds == ("breach",) and g.span == "durative" and not g.blocked
                and before[-1].end <= g.end <= t.start and len(WORD.findall(text, g.end, t.start)) <= MAX_WORDS]
        if not near:
            continue
        end = attrs.evolve(t, kind="date", first=Interval(first.lo + days, first.hi + days), timex=None, parts=(),
                           year_inferred=before[-1].year_inferred)
        out.append(attrs.evolve(start, kind="breach_end", timex=end, trigger=(near[-1].start, near[-1].end)))
    return tuple(out)
