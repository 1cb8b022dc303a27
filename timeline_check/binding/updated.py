"""A dateline's later update ("Posted: October 2, 2026 | Last updated: October 16, 2026", a line
"Updated: ..." under it): the text was first given on its dateline's day, but as it reads now it is
the updated one, of the update's day (the engine's ``update``, as a dated update heading,
``tagging/sections``); the update's date dates no event."""

from __future__ import annotations

from ..lang import Language
from ..model import Mention, TimeExpr

_UPDATE_LINES = 2  # lines under the dateline's own in which an update's field may stand
_SEPARATORS = ("|", "·", "•", "—", "–", "\n")


def dateline_update(text: str, lang: Language, timexes: tuple[TimeExpr, ...], dateline: Mention | None) -> TimeExpr | None:
    """The latest date after ``dateline`` on its line or the next few, later than it, that a field
    of updating heads ("Last updated:", "Mis à jour le"); None if there is none."""
    if dateline is None or dateline.timex.first is None or dateline.timex.first.lo is None:
        return None
    stop = dateline.sentence[1]
    for _ in range(_UPDATE_LINES):
        nxt = text.find("\n", stop + 1)
        stop = len(text) if nxt < 0 else nxt
    words = lang.regex["updated_dateline"]
    best: TimeExpr | None = None
    last = dateline.timex.first.lo
    for t in timexes:
        if t.start <= dateline.timex.end or t.start > stop or t.kind != "date" or t.granularity != "day" \
                or t.year_inferred or t.first is None or t.first.lo is None or t.first.lo <= last:
            continue
        cut = max(text.rfind(sep, 0, t.start) for sep in _SEPARATORS) + 1
        field = text[cut:t.start].strip().rstrip(":").rstrip()
        head = words.match(field)
        if head is not None and head.end() == len(field):
            best, last = t, t.first.lo
    return best
