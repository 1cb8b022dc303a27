"""How long the attackers were inside before a dated later act: "hackers were inside the system for
11 days before the attack was spotted on March 3", "les pirates sont restés neuf jours dans le réseau
avant que l'attaque ne soit découverte le 12 avril". The breach began that length before the later
act's date (its own word dates that act); a length with no upper bound ("for more than a week")
gives no day."""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from ..model import Mention
from .context import Sentence
from .grammar import CLAUSE_MARK, WORD
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
