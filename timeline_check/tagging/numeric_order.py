"""Which number comes first in a text's numeric dates ("04/03/2025"): the day, where the text writes
its dates day first (a British, Irish or Australian text: "4 March 2025", "21/03/2025"), the month
where it writes them month first, else the order of its language."""

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


def numeric_order(lang: Language, matches: list[re.Match[str]]) -> str:
    """``"dmy"`` or ``"mdy"`` for the text whose date matches are ``matches``: what its numeric
    dates prove, else the order its dates with a month name take ("4 March" and no "March 4"),
    else, when unsure (no such date, or both orders), the language's."""
    numeric = [m for m in matches if m.lastgroup == "num"]
    if not numeric:
        return lang.numeric_dates
    votes = _numeric_votes(numeric)
    if len(votes) == 1:
        return votes.pop()
    if votes:
        return lang.numeric_dates
    named = {k for m in matches if (k := m.lastgroup) in ("dmy", "mdy") and month_ok(lang, m.group(f"{k}_mon"))}
    return named.pop() if len(named) == 1 else lang.numeric_dates
