"""Tag one text: find the date phrases, read each, infer missing years, join ranges and
anchor relative phrases.
"""

from __future__ import annotations

import re

import attrs

from ..lang import Language
from ..model import TimeExpr
from ..rulefile import WordIndex
from .dates import Atom, DateProblem, combine, date_end, infer_years, read_atom, year_after
from .normalise import template
from .patterns import date_patterns, timex_rx
from .prefilter import date_matches
from .relative import NAMES_NEXT, amount_days, amount_timex, anchor_relatives, day_anchor, fixed_day
from .timex import length, speaks_of_future, timex_expr
from .words import month_number


@attrs.frozen
class Tagging:
    """What the tagger found in one text."""

    timexes: tuple[TimeExpr, ...]
    problems: tuple[DateProblem, ...]


def tag(text: str, lang: Language, reference: int | None = None, index: WordIndex | None = None) -> Tagging:
    """Every time expression in ``text``; ``reference`` (a day ordinal) is the text's own date,
    ``index`` the text's ``WordIndex`` when the caller has built it already."""
    pats = date_patterns(lang)
    atoms: list[tuple[str, Atom | None, re.Match[str]]] = []
    others: list[TimeExpr] = []
    problems: list[DateProblem] = []
    caps = lang.code == "en"

    def month_ok(word: str) -> bool:
        return not caps or word[:1].isupper()

    for m in date_matches(lang, text, index):
        k = m.lastgroup
        g = m.group
        if k in ("rs1", "rs2", "rs3"):
            if k == "rs3":
                if not (month_ok(g("rs3_m1")) and month_ok(g("rs3_m2"))):
                    continue
                y = int(g("rs3_y"))
                m1, m2 = month_number(lang, g("rs3_m1")), month_number(lang, g("rs3_m2"))
                a = Atom(m.start(), m.start("rs3_m1") + len(g("rs3_m1")), y if m1 <= m2 else y - 1, m1)
                b = Atom(m.start("rs3_m2"), m.end(), y, m2)
            else:
                mon = g(f"{k}_mon")
                if not month_ok(mon):
                    continue
                y = int(g(f"{k}_y")) if g(f"{k}_y") else None
                mo = month_number(lang, mon)
                d1, d2 = int(g(f"{k}_d1")), int(g(f"{k}_d2"))
                if d1 >= d2 or not (1 <= d1 <= 31 and 1 <= d2 <= 31):
                    continue
                a = Atom(m.start(), m.end(f"{k}_d1"), y, mo, d1)
                b = Atom(m.start(f"{k}_d2"), date_end(lang, m), y, mo, d2)
            atoms.append(("range", a, m))
            atoms.append(("range_end", b, m))
            continue
        if k == "tx":
            tx_expr = timex_expr(lang, m, text, reference)
            if tx_expr is not None:
                others.append(tx_expr)
            continue
        if k == "fix" and lang.timex:
            longer = timex_rx(lang)["days_at"].match(text, m.start())
            if longer and longer.end() > m.end():
                off = lang.timex["days"][" ".join(longer.group(0).lower().replace("’", "'").split())]
                others.append(template(m.start(), longer.end(), longer.group(0), f"DATE DCT:day{off:+d}", reference))
                continue
        if k == "fix":
            amt = (1, 1) if g("fix_next") or g("fix_prev") else (0, 0)
            others.append(TimeExpr(m.start(), m.end(), g(0), "relative", amount=amt,
                                   direction=-1 if g("fix_prev") else 1, anchor=day_anchor(text, m.start(), m.end(), pats),
                                   timex=fixed_day(lang, g(0), '+1' if g('fix_next') else '-1' if g('fix_prev') else '+0')))
            continue
        if k == "rel":
            amt = amount_days(lang, m, "rel", duration=False)
            backwards = bool(g("rel_earlier") or g("rel_before"))
            anchor = "previous"
            if g("rel_after") or g("rel_before"):
                anchor = "after:" if g("rel_after") else "before:"
            elif backwards and NAMES_NEXT.match(text, m.end()) and g("rel_earlier").lower() in lang.phrases["before_event"]:
                anchor = "before:"  # "onze jours avant le chiffrement": "avant" before words is "before <event>"
            n, u = amount_timex(lang, m, "rel")
            cal = {"D": "day", "W": "week", "M": "month", "Y": "year"}.get(u)
            stamp, parts = None, ()
            if anchor == "previous" and n != "X" and cal:
                stamp = f"DATE REF:{cal}{'-' if backwards else '+'}{n}"
            else:
                parts = (TimeExpr(m.start(), m.end("rel_unit"), text[m.start():m.end("rel_unit")], "timex",
                                  timex=f"DURATION {length(n, u)}"),)
            others.append(TimeExpr(m.start(), m.end(), g(0), "relative", amount=amt,
                                   direction=-1 if backwards else 1, anchor=anchor, timex=stamp, parts=parts))
            continue
        if k == "dur":
            n, u = amount_timex(lang, m, "dur")
            a0 = m.start("dur_mod") if g("dur_mod") else m.start("dur_num") if g("dur_num") else m.start("dur_vague")
            part = TimeExpr(a0, m.end(), text[a0:m.end()], "timex", timex=f"DURATION {length(n, u)}")
            others.append(TimeExpr(m.start(), m.end(), g(0), "duration", amount=amount_days(lang, m, "dur", duration=True),
                                   parts=(part,)))
            continue
        atom = read_atom(lang, k, m, month_ok)
        if atom is None:
            continue
        if atom == "invalid":
            problems.append(DateProblem(m.start(), m.end(), "date/impossible-date", f"“{g(0)}” is not a date: the month has no such day.", True))
            continue
        if atom.year is None and lang.timex and atom.month is not None:
            year_after(lang, text, atom)
            if not atom.lean and atom.year is None and speaks_of_future(lang, text, atom.start, atom.end):
                atom.lean = 1
        atoms.append(("atom", atom, m))

    infer_years(atoms, reference)
    timexes = combine(text, atoms, pats, problems)
    out = sorted(anchor_relatives(text, others, timexes), key=lambda t: (t.start, t.end))
    return Tagging(tuple(out), tuple(problems))
