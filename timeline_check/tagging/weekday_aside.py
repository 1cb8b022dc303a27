"""A weekday set off after a date with an article ("early on Sept. 21, a Monday, staff ..."):
it names that date's weekday, not a day of its own near the text's date."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from ..lang import Language
from ..model import TimeExpr


@functools.lru_cache(maxsize=None)
def _aside(lang: Language) -> re.Pattern[str]:
    """A comma and the article of a weekday set aside (``[phrases] weekday_aside``), all that stands
    between the date and its weekday."""
    return re.compile(rf",[ \t]{{0,3}}(?:{lang.alt('weekday_aside')})[ \t]{{1,3}}", re.I)


def drop_weekday_asides(text: str, lang: Language, exprs: Sequence[TimeExpr]) -> list[TimeExpr]:
    """``exprs`` (in text order) less each bare weekday that an article and a comma set after a
    day's date."""
    out: list[TimeExpr] = []
    for t in exprs:
        prev = out[-1] if out else None
        if t.timex is not None and t.timex.value.startswith("wd") and prev is not None and prev.kind == "date" \
                and prev.granularity == "day" and _aside(lang).fullmatch(text, prev.end, t.start):
            continue
        out.append(t)
    return out
