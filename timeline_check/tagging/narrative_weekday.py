"""A bare weekday told just after a dated day of the same weekday is that day (issue 15, item 6).

"Les pirates sont entrés dans la nuit du samedi 9 au dimanche 10 août. Un infirmier a donné
l'alerte dimanche vers 5 heures": the story's "dimanche" is the 10th it has just named, not the
Sunday before the article's date, a week later. Only a weekday with no word of direction
(TIMEX3 ``wd~``, read from the text's own date) moves, and only to the day of the last date stated
before it, close before it, written with that weekday's name ("dimanche 10 août"), before the day the
text's date gave it. A date written without it keeps the weekday after it a later day ("reported
the theft on March 2. It told the attorney general on Monday": the Monday after).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

import attrs

from ..lang import Language
from ..model import Interval, TimeExpr

_NEAR = 250  # characters: the same sentence or the one before
_WORD = re.compile(r"[^\W\d_]+")


def _days(t: TimeExpr) -> list[int]:
    """The single days a stated date or range names (a range by both its ends)."""
    ivs = (t.first, t.last) if t.kind == "range" else (t.first,) if t.kind == "date" else ()
    return [iv.lo for iv in ivs if iv is not None and iv.lo is not None and iv.lo == iv.hi]


def _bare_weekday(t: TimeExpr) -> bool:
    return t.kind == "date" and t.timex is not None and t.timex.anchor == "DCT" and t.timex.value.startswith("wd~") \
        and t.first is not None and t.first.lo is not None


def _names_weekday(lang: Language, t: TimeExpr, wd: int) -> bool:
    """Whether the words of a date name the weekday ``wd`` ("le dimanche 10 août")."""
    return any(lang.weekdays.get(w.lower()) == wd for w in _WORD.findall(t.text))


def narrative_weekdays(lang: Language, exprs: Sequence[TimeExpr]) -> list[TimeExpr]:
    """``exprs`` (in text order), each bare weekday set on the same weekday of the date just before
    it that names that weekday."""
    out: list[TimeExpr] = []
    last: TimeExpr | None = None  # the last stated date or range
    for t in exprs:
        if _bare_weekday(t) and last is not None and t.start - last.end <= _NEAR:
            assert t.first is not None and t.first.lo is not None
            wd, lo = dt.date.fromordinal(t.first.lo).weekday(), t.first.lo
            same = [d for d in _days(last) if dt.date.fromordinal(d).weekday() == wd and d < lo]
            day = same[-1] if same and _names_weekday(lang, last, wd) else None
            if day is not None:
                t = attrs.evolve(t, first=Interval(day, day))
        elif t.kind in ("date", "range") and t.timex is None:
            last = t
        out.append(t)
    return out
