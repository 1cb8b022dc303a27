"""A same-day phrase after the date a document bears in its own sentence ("The letter in our file is
dated May 8, and the manager confirms they were mailed that day", "La lettre est datée du 8 mai ; elle
a été envoyée le jour même"; ``[phrases] dated_as``): the day it means is that date, not the day of the
event told before the sentence. Another date that dates no event ("We plan to mail them on March 28
and to inform the police the same day": a plan's) is not the document's."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import attrs

from ..lang import Language
from ..model import Mention, TimeExpr
from .grammar import ends_with


def day_in_sentence(text: str, lang: Language, timexes: Sequence[TimeExpr], mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with each same-day phrase that counts from the event before ("that day", "the
    same day") dated by the last date before it in its sentence, when that date is a document's
    ("dated May 8"), no mention holds it and none is dated between the two."""
    held = sorted(m.timex.start for m in mentions)
    dates = sorted((t for t in timexes if t.kind == "date" and t.first is not None), key=lambda t: t.end)
    ends = [d.end for d in dates]
    out: list[Mention] = []
    for m in mentions:
        t = m.timex
        if t.kind == "relative" and t.amount == (0, 0) and t.qualifier is None and t.anchor is not None \
                and t.anchor.kind == "previous":
            i = bisect.bisect_right(ends, t.start) - 1  # the last date before it (by bisection: linear time)
            day = dates[i] if i >= 0 and dates[i].start >= m.sentence[0] else None
            if day is not None and ends_with(lang.regex["dated_as"], text, max(m.sentence[0], day.start - 24), day.start) \
                    and bisect.bisect_left(held, day.start) == bisect.bisect_left(held, t.start):
                m = attrs.evolve(m, timex=attrs.evolve(day, start=t.start, end=t.end, text=t.text))
        out.append(m)
    return out
