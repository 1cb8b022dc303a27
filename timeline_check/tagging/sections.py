"""A dated update inside a text ("Mise à jour du 12 avril 2025" on a line of its own, after a
first press release): what follows it is told from that day, so "ce jour", "hier" and the
weekdays after it count from it, not from the text's own date (``[phrases] update_heading``)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from ..lang import Language
from ..model import TimeExpr

_TAIL = re.compile(r"[\s:.,;)\]–—-]*")  # what may end the heading's line after its date


def update_days(text: str, lang: Language, dates: Sequence[TimeExpr]) -> list[tuple[int, TimeExpr]]:
    """By where each update's heading ends, the date it gives (of a single day), in the text's
    order: a line that opens with an ``update_heading`` phrase, then that date, then nothing but
    punctuation."""
    if not lang.phrases["update_heading"]:
        return []
    rx = lang.regex["update_heading"]
    out: list[tuple[int, TimeExpr]] = []
    for d in dates:
        first = d.first
        if d.kind != "date" or first is None or first.lo is None or first.lo != first.hi:
            continue
        line = text.rfind("\n", 0, d.start) + 1
        head = rx.match(text, line)
        end = text.find("\n", d.end)
        end = len(text) if end < 0 else end
        if head is not None and not text[head.end():d.start].strip(" \t(") and _TAIL.fullmatch(text, d.end, end):
            out.append((end, d))
    return out


def reference_at(updates: Sequence[tuple[int, TimeExpr]], at: int, reference: int | None) -> int | None:
    """The day the words at ``at`` are told from: the last update's before them, else ``reference``."""
    i = bisect.bisect_right([end for end, _ in updates], at) - 1
    first = updates[i][1].first if i >= 0 else None
    return first.lo if first is not None else reference


def last_update(text: str, lang: Language, timexes: Sequence[TimeExpr], today: int | None) -> TimeExpr | None:
    """The date of the text's last update when it is later than ``today`` (the text's own date
    as its dateline gives it): the text as it stands is of that day."""
    updates = update_days(text, lang, timexes)
    last = updates[-1][1] if updates else None
    return last if last is not None and last.first is not None and last.first.lo is not None \
        and (today is None or last.first.lo > today) else None
