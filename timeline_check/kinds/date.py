"""The date kind: a weekday that does not match its date, a day the month does not have, a range
that ends before it starts."""

from __future__ import annotations

import datetime as dt

from ..evidence import quote
from ..messages import Messages
from ..model import Finding
from ..tagging import DateProblem
from .context import Context, Result

WEEKDAYS: tuple[str, ...] = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def run(ctx: Context) -> Result:
    """One finding for each date problem the tagger found."""
    out = []
    for p in ctx.problems:
        rule = ctx.rules.checks[p.rule]
        line, col = ctx.doc.locate(p.start)
        out.append(Finding(rule=rule.id, category="date", severity=rule.level if p.certain else "warning",  # type: ignore[arg-type]
                           message=ctx.msg._(rule.message).format(detail=_detail(ctx.msg, p, ctx.doc.text[p.start:p.end])),
                           line=line, column=col,
                           evidence=(quote(ctx.doc, p.start, p.end),)))
    return Result(tuple(out))


def _detail(msg: Messages, p: DateProblem, phrase: str) -> str:
    """What is wrong with the date ``phrase``, in words."""
    if p.span is not None:
        first, last = (dt.date.fromordinal(d).isoformat() for d in p.span)
        if p.certain:
            return msg._("“{phrase}”: the range ends ({last}) before it starts ({first}).").format(
                phrase=phrase, first=first, last=last)
        return msg._("“{phrase}”: read as running from {first}, the year before, to {last}; the end may come "
                     "before the start.").format(phrase=phrase, first=first, last=last)
    if p.actual is None:
        return msg._("“{phrase}” is not a date: the month has no such day.").format(phrase=phrase)
    day = dt.date.fromordinal(p.actual)
    return msg._("“{phrase}”: {day} was a {weekday}, not the weekday stated.").format(
        phrase=phrase, day=day.isoformat(), weekday=msg.pgettext("weekday", WEEKDAYS[day.weekday()]))
