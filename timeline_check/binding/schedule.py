"""Rows of a schedule: a list or table row that names an act, then its date ("Notice to Ohio media:
November 13", "- Letters to residents — November 20"), dated after the text's own date, is planned,
not done: written before that day, the text can only announce it. So is any row that says so
(``[phrases] planned_row``: "Planned: letters to residents — November 20", "to be sent"). Not by
its date alone under a heading of what was done (``done_heading``, "Steps taken:"): there a row
after the text's date is told as done. The date's year, if guessed, stays: a plan is not moved
back to a past year (``tense``)."""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from ..lang import Language
from ..model import Mention
from .due_list import list_heading

_OPEN = re.compile(r"[ \t]{0,8}(?:[-*•–|]|\d{1,2}[.)])?[ \t]{0,4}")  # a row's bullet or first pipe
_CELL = re.compile(r"[ \t]*(?::|—|–|\||\s-)[ \t]*(?:\w{2,3}[ \t]+)?$")  # a separator, a lead ("on"), before the date
_END = re.compile(r"[ \t|.;)]*(?:\n|$)")  # what may close the row after its date


def _row(text: str, at: int) -> tuple[int, int]:
    """The line around position ``at``."""
    return text.rfind("\n", 0, at) + 1, (text.find("\n", at) + 1 or len(text) + 1) - 1


def scheduled_rows(text: str, lang: Language, mentions: Sequence[Mention], today: int | None) -> list[Mention]:
    """``mentions``, those in a schedule row planned: a row (a line whose label holds the event word,
    a separator, then the date that closes it) dated after ``today``, or a row with ``planned_row`` words."""
    planned = lang.regex["planned_row"] if lang.phrases["planned_row"] else None
    out: list[Mention] = []
    for m in mentions:
        t = m.timex
        if m.future or m.kind == "publication" or m.trigger[1] > t.start:
            out.append(m)
            continue
        a, b = _row(text, t.start)
        if m.trigger[0] < a or not _OPEN.match(text, a) or not _CELL.search(text, m.trigger[1], t.start) \
                or not _END.match(text, t.end):
            out.append(m)
            continue
        ahead = today is not None and t.first is not None and t.first.lo is not None and t.first.lo > today \
            and not _done_list(text, lang, a)
        said = planned is not None and planned.search(text, a, b) is not None
        out.append(attrs.evolve(m, future=True) if ahead or said else m)
    return out


def _done_list(text: str, lang: Language, at: int) -> bool:
    """Whether the row at ``at`` hangs from a heading of what was done (``done_heading``)."""
    heading = list_heading(text, at)
    return heading is not None and bool(lang.phrases["done_heading"]) and lang.regex["done_heading"].search(heading) is not None
