"""A clock time alone in its sentence ("Le service a repéré le chiffrement vers 14 h 30", "At 2:30
p.m., the team isolated the network"): no date of its own, it tells of the day the story is on,
the day of the event told before it, as "the same day" would."""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from ..model import Anchor, TimeExpr


# a year right before a clock time: the time of that date, as a byline writes it ("Posted: Mar 06,
# 2025 4:00 AM EST", "14 November 2025, 10:32 GMT"), whose date the text's own date took
_OF_A_DATE = re.compile(r"\b(?:19|20)\d\d[ \t]*+(?:,[ \t]*+|at[ \t]++|[-–·|][ \t]*+)?$")


def clock_as_same_day(ts: Sequence[TimeExpr], text: str = "") -> list[TimeExpr]:
    """The time expressions of a sentence, each clock time made "the same day" as the event
    before it when no date or range of the sentence gives it a day, nor a date right before it."""
    if any(t.kind in ("date", "range") for t in ts):
        return list(ts)
    return [attrs.evolve(t, kind="relative", amount=(0, 0), anchor=Anchor("previous"))
            if _clock(t) and not _OF_A_DATE.search(text, max(0, t.start - 12), t.start) else t for t in ts]


def _clock(t: TimeExpr) -> bool:
    """Whether ``t`` is a clock reading of the day the story is on ("14 h 30", "2:30 p.m.", "noon"):
    not "now", "in the future", nor "this morning" (the text's own day)."""
    return t.kind == "time" and t.timex is not None and t.timex.anchor == "REF" and t.timex.value == "day+0" \
        and t.timex.suffix[1:2].isdigit()
