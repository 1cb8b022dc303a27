"""A date set off by commas right after a verb of telling, before its object and recipients
("a notifié, le 5 mai, la violation à la CNIL", "notified, on June 14, 2023, the patients"): read
past, so that the recipients after it are found."""

from __future__ import annotations

import functools
import re

from ..lang import Language
from ..rulefile import alternation

_OPEN = re.compile(r"\s*,\s*")
# the date: a digit first or after one word (a month, a weekday), up to its closing comma (a comma
# before a year is the date's: "notified, on June 14, 2023, the patients"; not "submitted on May 3,")
_DATED = r"(?:[^\W\d]{1,10}\.?\s)?\d(?:[^,;:()]|,(?=\s\d)){0,30},"


@functools.lru_cache(maxsize=None)
def _aside(lang: Language) -> re.Pattern[str]:
    """The aside after its opening comma: a lead word ("le", "dès le", "on"), then the date."""
    leads = alternation(lang.phrases["scene_lead"] + lang.phrases["aside_lead"])
    return re.compile(rf"(?:{leads}\s*)?\s*{_DATED}", re.I)


def past_date_aside(lang: Language, after: str) -> str:
    """``after`` (the words after a verb of telling) less a date set off by commas at its start."""
    if (comma := _OPEN.match(after)) is None or "," not in comma.group():
        return after
    date = _aside(lang).match(after, comma.end())
    return after[date.end():] if date else after
