"""Tag one text in two passes (HeidelTime's split).

``recognise`` finds the date phrases and reads each, with no need of the text's own date;
``normalise`` then anchors them on that date once it is known: templates ("yesterday") worked
out, missing years inferred, atoms joined into ranges, relative phrases tied to their dates.
``tag`` is the two in one.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import attrs

from ..lang import Language
from ..model import TimeExpr
from ..rulefile import WordIndex
from .dates import ATOMS, Atom, DateProblem, Slot, combine, date_end, infer_years, month_ok, numeric_day, year_after
from .numeric_order import numeric_order
from .narrative_weekday import narrative_weekdays
from .normalise import anchor_template
from .patterns import date_patterns
from .prefilter import date_matches
from .sections import reference_at, update_days
from .relative import anchor_relatives, read_duration, read_fixed, read_relative, read_within, read_at_once
from .timex import speaks_of_future, timex_expr
from .weekday_aside import drop_weekday_asides
from .words import month_number


@attrs.frozen
class Tagging:
    """What the tagger found in one text."""

    timexes: tuple[TimeExpr, ...]
    problems: tuple[DateProblem, ...]


@attrs.frozen
class Recognised:
    """What recognition found in one text, before the text's own date anchors it: the dates
    (``slots``, in text order), the other expressions, and dates that cannot be."""

    text: str
    lang: Language
    slots: tuple[Slot, ...]
    others: tuple[TimeExpr, ...]
    problems: tuple[DateProblem, ...]


@attrs.define
class _Found:
    """What the readers of one text add to, in text order."""

    lang: Language
    text: str
    numeric: str  # the order of the text's numeric dates, "mdy" or "dmy" (``numeric_order``)
    slots: list[Slot] = attrs.Factory(list)
    others: list[TimeExpr] = attrs.Factory(list)
    problems: list[DateProblem] = attrs.Factory(list)


def _day_range(f: _Found, m: re.Match[str], k: str) -> None:
    """ "June 3-19, 2023", "du 3 au 19 juin": one month, two days."""
    g, lang = m.group, f.lang
    mon = g(f"{k}_mon")
    d1, d2 = int(g(f"{k}_d1")), int(g(f"{k}_d2"))
    if not month_ok(lang, mon) or d1 >= d2 or not (1 <= d1 <= 31 and 1 <= d2 <= 31):
        return
    y = int(g(f"{k}_y")) if g(f"{k}_y") else None
    mo = month_number(lang, mon)
    f.slots.append(("range", Atom(m.start(), m.end(f"{k}_d1"), y, mo, d1), m.start()))
    f.slots.append(("range_end", Atom(m.start(f"{k}_d2"), date_end(lang, m), y, mo, d2), m.start()))


def _month_range(f: _Found, m: re.Match[str], k: str) -> None:
    """ "November-December 2023": the first month in the year before when it comes later."""
    g, lang = m.group, f.lang
    if not (month_ok(lang, g("rs3_m1")) and month_ok(lang, g("rs3_m2"))):
        return
    y = int(g("rs3_y"))
    m1, m2 = month_number(lang, g("rs3_m1")), month_number(lang, g("rs3_m2"))
    f.slots.append(("range", Atom(m.start(), m.start("rs3_m1") + len(g("rs3_m1")), y if m1 <= m2 else y - 1, m1), m.start()))
    f.slots.append(("range_end", Atom(m.start("rs3_m2"), m.end(), y, m2), m.start()))


def _timex(f: _Found, m: re.Match[str], k: str) -> None:
    if (t := timex_expr(f.lang, m, f.text)) is not None:
        f.others.append(t)


def _atom(f: _Found, m: re.Match[str], k: str) -> None:
    """A date of its own; a date without a year reads what follows it ("le 6 mai dernier")."""
    lang, text = f.lang, f.text
    atom = numeric_day(lang, m, f.numeric) if k == "num" else ATOMS[k](lang, m, k)
    if atom is None:
        return
    if atom == "invalid":
        f.problems.append(DateProblem(m.start(), m.end(), "date/impossible-date", True))
        return
    if atom.year is None and lang.timex and atom.month is not None:
        atom = year_after(lang, text, atom)
        if not atom.lean and atom.year is None and speaks_of_future(lang, text, atom.start, atom.end):
            atom = attrs.evolve(atom, lean=1)
    f.slots.append(("atom", atom, m.start()))


# An alternative of the "main" pattern -> its reader.
_READERS: dict[str, Callable[[_Found, re.Match[str], str], None]] = {
    "rs1": _day_range, "rs2": _day_range, "rs3": _month_range, "tx": _timex,
    "fix": lambda f, m, k: f.others.extend(t for t in (read_fixed(f.lang, f.text, m, date_patterns(f.lang)),) if t),
    "rel": lambda f, m, k: f.others.append(read_relative(f.lang, f.text, m)),
    "dur": lambda f, m, k: f.others.append(read_duration(f.lang, f.text, m)),
    "once": lambda f, m, k: f.others.append(read_at_once(f.lang, f.text, m)),
    "win": lambda f, m, k: f.others.extend(t for t in (read_within(f.lang, f.text, m),) if t is not None),
    **{k: _atom for k in ATOMS},
}


def recognise(text: str, lang: Language, index: WordIndex | None = None) -> Recognised:
    """Every time expression in ``text``, read without the text's own date; ``index`` is the
    text's ``WordIndex`` when the caller has built it already."""
    matches = list(date_matches(lang, text, index))
    found = _Found(lang, text, numeric_order(lang, text, matches))
    for m in matches:
        assert m.lastgroup is not None
        _READERS[m.lastgroup](found, m, m.lastgroup)
    return Recognised(text, lang, tuple(found.slots), tuple(found.others), tuple(found.problems))


def normalise(found: Recognised, reference: int | None = None) -> Tagging:
    """The expressions ``recognise`` found, anchored on the text's own date ``reference`` (a day ordinal)."""
    text = found.text
    problems = list(found.problems)
    dates = combine(text, infer_years(list(found.slots), reference), date_patterns(found.lang), problems)
    # after a dated update's heading ("Mise à jour du 12 avril 2025"), "ce jour" is that day
    updates = update_days(text, found.lang, dates)
    others = [t for t in (anchor_template(o, reference_at(updates, o.start, reference)) for o in found.others)
              if t is not None]
    out = sorted(anchor_relatives(text, others, dates), key=lambda t: (t.start, t.end))
    return Tagging(tuple(narrative_weekdays(found.lang, drop_weekday_asides(text, found.lang, out))), tuple(problems))


def tag(text: str, lang: Language, reference: int | None = None, index: WordIndex | None = None) -> Tagging:
    """Every time expression in ``text``; ``reference`` (a day ordinal) is the text's own date,
    ``index`` the text's ``WordIndex`` when the caller has built it already."""
    return normalise(recognise(text, lang, index), reference)
