"""Which number comes first in a text's numeric dates ("04/03/2025"): the day, where the text
proves it ("21/03/2025" reads no other way) or writes its named dates day first ("4 March 2025")
and names a place or body of a country that writes day first (``[phrases] day_first``: the ICO,
the OAIC, "organisation"); the month where the text proves that; else, when unsure, the order of
its language ("1 February 2015" in an American narrative whose "03/01/2015" is March 1).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..lang import Language
from .dates import month_ok


def _numeric_votes(matches: Iterable[re.Match[str]]) -> set[str]:
    """The orders the numeric dates allow no other reading of: "21/03/2025" is day first, "03/21/2025" month first."""
    votes = set()
    for m in matches:
        a, b = int(m.group("num_a")), int(m.group("num_b"))
        if a > 12 >= b:
            votes.add("dmy")
        elif b > 12 >= a:
            votes.add("mdy")
    return votes


def numeric_order(lang: Language, text: str, matches: list[re.Match[str]]) -> str:
    """``"dmy"`` or ``"mdy"`` for ``text``, whose date matches are ``matches``: what its numeric
    dates prove, else the order its dates with a month name take ("4 March" and no "March 4")
    where the text names a country's body or spelling of that order, else, when unsure, the language's."""
    numeric = [m for m in matches if m.lastgroup == "num"]
    if not numeric:
        return lang.numeric_dates
    votes = _numeric_votes(numeric)
    if len(votes) == 1:
        return votes.pop()
    if votes:
        return lang.numeric_dates
    named = {k for m in matches if (k := m.lastgroup) in ("dmy", "mdy") and month_ok(lang, m.group(f"{k}_mon"))}
    if named == {"dmy"} and lang.regex["day_first"].search(text) is not None:
        return "dmy"
    return lang.numeric_dates
