"""Lists read in step: "did not send letters to patients and to HHS until July 15 and July 20,
respectively" tells of two notices, the first recipient's on the first date, the second's on
the second; not of each recipient told on both dates."""

from __future__ import annotations

from collections.abc import Sequence

from ..lang import Language
from ..model import Mention

_REACH = 30  # characters from the last date of the list to the word "respectively"


def in_step(text: str, lang: Language, sent: tuple[int, int], mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions, those of one event word that names as many kinds of event as it has dates,
    listed with ``[phrases] respectively`` right after the last date, paired in step: the n-th
    kind with the n-th date."""
    word = lang.regex["respectively"]
    if not word.search(text, *sent):
        return list(mentions)
    by_word: dict[tuple[int, int], list[Mention]] = {}
    for m in mentions:
        by_word.setdefault(m.trigger, []).append(m)
    drop: set[int] = set()
    for ms in by_word.values():
        kinds = list(dict.fromkeys(m.kind for m in ms))
        dates = sorted({m.timex.start: m.timex for m in ms}.values(), key=lambda t: t.start)
        if len(kinds) < 2 or len(kinds) != len(dates) or not word.search(text, dates[-1].end, min(sent[1], dates[-1].end + _REACH)):
            continue
        order = {t.start: i for i, t in enumerate(dates)}
        drop.update(id(m) for m in ms if kinds.index(m.kind) != order[m.timex.start])
    return [m for m in mentions if id(m) not in drop]
