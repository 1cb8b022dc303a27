"""The binder's passes over one sentence: each a function of the sentence's context (and of what
the passes before it bound), returning what it binds."""

from __future__ import annotations

import re
from collections.abc import Iterator


from ..lang import Language
from ..model import Mention, TimeExpr

from .grammar import MAX_WORDS, WORD, grammar_of
from .topics import topic_of
from .triggers import Scan, Trigger


COMMA_THEN = re.compile(r"\s*,\s*")


DIGIT_COMMA = re.compile(r"(?<=\d),(?=\d)")  # a thousands separator, no clause break


def with_restatements(text: str, lang: Language, dated: list[TimeExpr], pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Pairs where a relative phrase set off right after a date ("le 9 mai, soit trois jours
    après avoir découvert l'attaque", "on May 9, three days after it found the attack") dates
    what that date dates: it restates the date, whatever word stands nearer after it."""
    bound = dict(pairs)
    restates = grammar_of(lang).restates
    for ti, t in enumerate(dated):
        if t.kind != "relative" or ti == 0 or dated[ti - 1].kind == "relative" or ti - 1 not in bound:
            continue
        gi = bound[ti - 1]
        if bound.get(ti) != gi and restates.fullmatch(text, dated[ti - 1].end, t.start) \
                and not any(bound[o] == gi and dated[o].kind == "relative" for o in bound if o != ti):
            bound[ti] = gi
    paired = {ti for ti, _ in pairs}
    return [(ti, bound[ti]) for ti, _ in pairs] + [(ti, gi) for ti, gi in bound.items() if ti not in paired]


def trails(text: str, date: TimeExpr, relative: TimeExpr) -> bool:
    """Whether a relative phrase comes after a date with more than two words between them."""
    return relative.start > date.end and len(WORD.findall(text, date.end, relative.start)) > 2


_CLAUSE_END = re.compile(r"[\W_]*?(?:[,;:.!?)]|$)")


def ends_clause(text: str, pos: int, e: int) -> bool:
    """Whether no word stands between ``pos`` and the end of its clause (a comma, a full stop, the sentence's end)."""
    return _CLAUSE_END.match(text, pos, e) is not None


def listed_with(text: str, lang: Language, dated: list[TimeExpr], ti: int, bound_to: dict[int, int]) -> int | None:
    """The bound date next to date ``ti`` in a list ("June 15, 2015, and June 19, 2015"), if any."""
    for j in (ti - 1, ti + 1):
        if j in bound_to:
            a, b = (dated[j], dated[ti]) if j < ti else (dated[ti], dated[j])
            if grammar_of(lang).list_gap.fullmatch(text, a.end, b.start):
                return j
    return None


def durations(text: str, lang: Language, durs: list[TimeExpr], triggers: list[Trigger],
               sent: tuple[int, int]) -> Iterator[Mention]:
    """A stated duration belongs to the nearest breach or investigation word of its sentence."""
    for t in durs:
        best: tuple[int, str, Trigger] | None = None
        for g in triggers:
            if g.blocked or g.needs_topic and topic_of(text, lang, g.start, g.end, *sent) != "breach":
                continue  # "the investigation, which lasted ten weeks": no breach named
            if g.kinds == ("breach",) and g.span == "durative":
                kind = "breach_start"
            elif set(g.kinds) & {"investigation_start", "investigation_end"}:
                kind = "investigation_start"
            else:
                continue
            gap = text[g.end:t.start] if g.end <= t.start else text[t.end:g.start]
            words = len(WORD.findall(gap))
            if words <= MAX_WORDS and (best is None or words < best[0]):
                best = (words, kind, g)
        if best is not None:
            yield Mention(best[1], t, "duration", (best[2].start, best[2].end), sent)
