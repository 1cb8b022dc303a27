"""A dated update inside a text ("Mise à jour du 12 avril 2025" on a line of its own, after a
first press release; "Update, March 5, 2025: ..." opening its paragraph): what follows it is told
from that day, so "ce jour", "hier", "today" and the weekdays after it count from it, not from the
text's own date (``[phrases] update_heading``). On a status page the stamp follows the update
("Investigating - ... today. / Mar 5, 2025 - 10:02 UTC", ``[phrases] status_word``): the words of
the paragraph before it are told from its day."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from ..lang import Language
from ..model import TimeExpr

_TAIL = re.compile(r"[\s:.,;)\]–—-]*")  # what may end the heading's line after its date
_LEAD = " \t(,:–—-"  # what may stand between the heading's words and its date ("Update, March 5")
_INLINE = re.compile(r"\)?[ \t]*[:–—-][ \t]+(?=\S)")  # "Update, March 5, 2025: The firm now says ...": the update on its line
# after a status page's stamp: a time of day and its zone ("Mar 5, 2025 - 10:02 UTC")
_STAMP_TAIL = re.compile(r"[ \t,–—-]*(?:at[ \t]+)?(?:\d{1,2}[:h.]\d{2}(?:[ \t]*[ap]\.?m\.?)?(?:[ \t]+[A-Z]{2,5})?)?[ \t]*", re.I)
_PARAGRAPH_LINES = 12  # lines a status update's paragraph may run to


_NONBLANK = re.compile(r"\S")  # a character that is no white space (found at once on a long line)

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
        if head is not None and not text[head.end():d.start].strip(_LEAD):
            if _TAIL.fullmatch(text, d.end, end):
                out.append((end, d))
            elif (inline := _INLINE.match(text, d.end, end)) is not None:
                out.append((inline.end(), d))
        elif (told := _stamped(text, lang, d, line, end)) is not None:
            out.append((told, d))
    return sorted(out, key=lambda u: u[0])


def _stamped(text: str, lang: Language, d: TimeExpr, line: int, end: int) -> int | None:
    """Where the paragraph a status page's stamp closes starts, when ``d`` is such a stamp: the
    date alone on its line but for a time of day, the paragraph before it opening with a status
    word and a dash or colon ("Resolved - ...", ``status_word``)."""
    if not lang.phrases["status_word"] or _NONBLANK.search(text, line, d.start) or not _STAMP_TAIL.fullmatch(text, d.end, end):
        return None
    start = line
    for _ in range(_PARAGRAPH_LINES):  # back to the first line after a blank one
        prev = text.rfind("\n", 0, start - 1) + 1 if start else 0
        if start == 0 or not text[prev:start].strip():
            break
        start = prev
    head = lang.regex["status_word"].match(text, start)
    return start if head is not None and line > start and _INLINE.match(text, head.end()) else None


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
