"""A night named by the two days it spans: "dans la nuit du 12 au 13 avril" is one TIMEX3, the
night that begins on the first day (``2024-04-12TNI``), not a night and two dates."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from ..lang import Language
from ..model import TimeExpr

NIGHT = "TNI"  # the TIMEX3 suffix of the night


@functools.lru_cache(maxsize=None)
def _between(lang: Language) -> re.Pattern[str]:
    """What may stand between the night and its days: a genitive ("the night of June 8-9")."""
    return re.compile(rf"\s+(?:{lang.alt('genitive')}\s+)?", re.I)


def night_ranges(text: str, lang: Language, exprs: Sequence[TimeExpr]) -> dict[int, TimeExpr]:
    """The ranges of days that a bare night ("la nuit", "dans la nuit": the night of a day to be
    worked out) right before them names ("du 12 au 13 avril", "of June 8-9"), by the ``id`` of
    that night."""
    out: dict[int, TimeExpr] = {}
    for night, after in zip(exprs, exprs[1:]):
        x = night.timex
        if x is None or x.suffix != NIGHT or x.value != "day+0" or after.kind != "range" or len(after.parts) != 2:
            continue
        if _between(lang).fullmatch(text, night.end, after.start) is None:
            continue
        first, last = after.parts[0].first, after.parts[1].first
        if first is None or last is None or first.lo is None or last.lo is None or last.lo - first.lo != 1:
            continue  # "la nuit du 12 au 13": two days in a row
        out[id(night)] = after
    return out
