"""A date set off right after a clause join ("took the application offline and, on May 12, 2026,
reported the matter to the FBI", ", and on May 12, 2026, we notified ...", "et, le 12 mai 2026, a
porté plainte", ``[phrases] join_lead``): it opens the clause the join begins, as at a sentence's
start, and dates the verb after it, not the act before the join. The join is set off by a comma on
one side, and the date by one after it or by its preposition after ", and" (", and on May 12 the
clinic notified"), so that the second date of "between May 7, 2026 and May 9, 2026" or "the laptop and the
server on May 12," opens nothing."""

from __future__ import annotations

import re

from ..lang import Language
from ..model import TimeExpr
from .grammar import ending

_REACH = 40  # characters from the join's start to the date, at most
_WORD = re.compile(r"\s+[^\W\d_]+\s*$")  # one word between the join and the date ("on", "le")
_SET_OFF = re.compile(r"\s*,")  # a comma after the date ("May 12, 2026, reported")


def past_join(text: str, lang: Language, s: int, t: TimeExpr) -> int:
    """Where the clause a join opens starts, when the date ``t`` stands right after the join and
    its comma (at most one word, its preposition, between them); ``s`` otherwise."""
    if t.kind not in ("date", "range"):
        return s  # "and on the same day it notified": a relative phrase reads to its own verb (context.py)
    b = t.start
    word = _WORD.search(text, max(s, b - 20), b)
    if word is not None:
        b = word.start()
    a = max(s, t.start - _REACH)
    comma_after = text[a:b].rstrip().endswith(",")  # a bounded window: no copy of the text before (linear time)
    end = text.rfind(",", a, b) if comma_after else b
    join = ending(lang.regex["join_lead"], text, a, end)
    comma_before = join is not None and text[max(s, join.start() - _REACH):join.start()].rstrip().endswith(",")
    # set off by commas, or led by its preposition after ", and" (", and on the same day it notified")
    if join is None or not (comma_after or comma_before) or not (_SET_OFF.match(text, t.end) or comma_before and word):
        return s
    if join.start() > s and not text[join.start() - 1].isspace() and text[join.start() - 1] != ",":
        return s
    at = end + 1 if comma_after else join.end()
    return at + len(text[at:t.start]) - len(text[at:t.start].lstrip())
