"""A dateline's later update ("Posted: October 2, 2026 | Last updated: October 16, 2026", a line
"Updated: ..." under it): the text as it reads now is the updated one, so its own date is the
update's, and what the update tells is not after the text's date."""

from __future__ import annotations

from ..lang import Language
from ..model import Mention, TimeExpr

_UPDATE_LINES = 2  # lines under the dateline's own in which an update's field may stand
_SEPARATORS = ("|", "·", "•", "—", "–", "\n")


def updated(text: str, lang: Language, timexes: tuple[TimeExpr, ...], found: Mention) -> Mention:
    """The latest date after ``found`` (a dateline) on its line or the next few that a field of
    updating heads ("Last updated:", "Mis à jour le"), else ``found``. An update's sentence opens
    on ``found``'s date (``superseded``)."""
    stop = found.sentence[1]
    for _ in range(_UPDATE_LINES):
        nxt = text.find("\n", stop + 1)
        stop = len(text) if nxt < 0 else nxt
    words = lang.regex["updated_dateline"]
    best = found
    for t in timexes:
        if t.start <= found.timex.end or t.start > stop or t.kind != "date" or t.granularity != "day" \
                or t.year_inferred or t.first is None or t.first.lo is None:
            continue
        cut = max(text.rfind(sep, 0, t.start) for sep in _SEPARATORS) + 1
        field = text[cut:t.start].strip().rstrip(":").rstrip()
        head = words.match(field)
        last = best.timex.first.lo if best.timex.first is not None and best.timex.first.lo is not None else None
        if head is not None and head.end() == len(field) and (last is None or t.first.lo > last):
            le = text.find("\n", t.end)
            # its sentence opens on the first dateline's date, which dates no event either
            best = Mention("publication", t, "point", (t.start, t.end), (found.timex.start, len(text) if le < 0 else le))
    return best


def superseded(pub: Mention | None, t: TimeExpr) -> bool:
    """Whether ``t`` is the text's own date or the first dateline an update (``pub``) took over from."""
    return pub is not None and (t is pub.timex or t.start == pub.sentence[0])
