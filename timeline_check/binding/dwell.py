"""How long the attackers were inside before a dated later act: "hackers were inside the system for
11 days before the attack was spotted on March 3", "les pirates sont restés neuf jours dans le réseau
avant que l'attaque ne soit découverte le 12 avril". The breach began that length before the later
act's date (its own word dates that act); a length with no upper bound ("for more than a week")
gives no day."""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from ..model import Mention
from .context import Sentence
from .grammar import CLAUSE_MARK, WORD
from .counted_forward import days_stated
from .passes import counted_back

_LEAD_WORDS = 4  # words between the length and "before", at most ("pendant neuf jours dans le réseau avant")


def dwelled_before(ctx: Sentence, mentions: Sequence[Mention]) -> tuple[Mention, ...]:
    """A breach start for each breach length followed by "before" and a later act dated on a
    day, when no date dates the breach's start in the sentence already."""
    before = ctx.regex("before_event")
    started = {m.trigger for m in mentions if m.kind == "breach_start" and m.role == "point"}
    out: list[Mention] = []
    for m in mentions:
        length = m.timex.amount
        if m.kind != "breach_start" or m.role != "duration" or length is None or length[1] is None \
                or m.trigger in started:
            continue
        word = before.search(ctx.text, m.timex.end, ctx.span[1])
        if word is None or len(WORD.findall(ctx.text, m.timex.end, word.start())) > _LEAD_WORDS \
                or CLAUSE_MARK.search(ctx.text, m.timex.end, word.start()):
            continue
        later = min((o for o in mentions if o.role == "point" and o.trigger[0] >= word.end() and o.timex.kind == "date"),
                    key=lambda o: o.trigger[0], default=None)
        first = counted_back(later.timex.first, length) if later is not None and later.timex.first is not None else None
        if later is None or first is None:
            continue
        out.append(attrs.evolve(m, role="point", timex=attrs.evolve(later.timex, first=first, qualifier=None)))
    return tuple(out)


_FIELD_GAP = re.compile(r"[\s:=(–—-]*(?:(?:was|is|of|est|était|de|d'environ|about|roughly|around)\s+){0,2}", re.IGNORECASE)


def dwell_field(ctx: Sentence) -> tuple[Mention, ...]:
    """A length told as the attackers' dwell before detection ("Dwell time: 9 days", "a dwell time
    of nine days", "Temps de présence : 9 jours"; ``[phrases] dwell_length``): the length from the
    breach's start to its discovery, whatever dates the text gives those two."""
    label = ctx.regex("dwell_length")
    if ctx.regex("dwell_statistic").search(ctx.text, *ctx.span):
        return ()  # "the median dwell time was 10 days": figures across incidents
    out: list[Mention] = []
    for t in ctx.timexes:
        if t.kind != "duration" and (days := days_stated(t)) is not None:
            t = attrs.evolve(t, kind="duration", amount=(days, days))  # a bare length, "9 days"
        if t.kind != "duration" or t.amount is None:
            continue
        found = None
        for found in label.finditer(ctx.text, ctx.span[0], t.start):
            pass  # the last label before the length
        if found is None or _FIELD_GAP.fullmatch(ctx.text, found.end(), t.start) is None:
            continue
        out.append(Mention("breach_start", t, "duration", (found.start(), found.end()), ctx.span, until="discovery"))
    return tuple(out)
