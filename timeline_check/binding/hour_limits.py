"""A bound told in hours and longer than a day ("within 72 hours of becoming aware", "plus de 72
heures après la découverte") dates an act the text tells as done, when nothing else dates it.

Told as a duty or a plan ("must notify the authority within 72 hours", "shall notify ... within
72 hours after having become aware", "our policy is to notify ... within 72 hours": a modal, or
an infinitive, ``[phrases] infinitive_lead``), it is the law's limit, not an act: no mention, as a
notice "within 72 hours" of the law would meet every deadline. Told of an act its sentence dates
("notified the authority on January 20, within 72 hours of becoming aware"), it is the writer's
claim of having kept the limit: the date says when, and the claim, counted from whichever
discovery the reader found, could only contradict it. Kept, it is still a claim counted from the
event the reader took for its anchor: a contradiction it takes part in is not certain."""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from ..model import Mention
from .context import Sentence
from .mentions import infinitive


def owed_limits(ctx: Sentence, mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions but those of a bound in hours longer than a day told as owed, or of an act
    the sentence dates; those kept, not certain."""
    dated = {(m.trigger, m.kind) for m in mentions if m.timex.kind in ("date", "range")}
    return [attrs.evolve(m, certain=False) if _hour_bound(m) else m for m in mentions
            if not (_hour_bound(m) and (m.future or (m.trigger, m.kind) in dated
                                        or infinitive(ctx.text, ctx.lang, m.trigger[0], ctx.span[0])))]


def _hour_bound(m: Mention) -> bool:
    t = m.timex
    return t.kind == "relative" and t.minutes is not None and t.amount is not None and (t.amount[1] or 2) > 1
