"""The stretches of text the binder reads as sentences: a question of when joined to its answer,
over-long sentences cut into pieces."""

from __future__ import annotations

import bisect
import re

from ..lang import Language
from ..model import TimeExpr


MAX_SENTENCE = 2000  # characters bound as one sentence; see capped


_NUMBERED = re.compile(r"[ \t]*(?:[-*•·]|\d{1,3}[.)]|[a-z][.)])?[ \t]*")  # a list item's mark before a question


def answered(text: str, lang: Language, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentences, a question of when joined to the sentence that answers it ("When did you become
    aware of it? On 4 March 2024 at 09:45."): a form's or an FAQ's event word and its date."""
    if "?" not in text:
        return spans
    out: list[tuple[int, int]] = []
    question = lang.regex["question"]
    i = 0
    while i < len(spans):
        s, e = spans[i]
        if i + 1 < len(spans) and text[e - 1] == "?" and "\n\n" not in text[e:spans[i + 1][0]] \
                and question.match(text, _NUMBERED.match(text, s, e).end(), e):  # type: ignore[union-attr]
            out.append((s, spans[i + 1][1]))
            i += 2
            continue
        out.append((s, e))
        i += 1
    return out


def capped(text: str, spans: list[tuple[int, int]], timexes: tuple[TimeExpr, ...]) -> list[tuple[int, int]]:
    """Sentences longer than ``MAX_SENTENCE`` cut into pieces at white space outside dates.

    Binding a sentence costs more than linear time in its length (each date against each
    event word, each clause against each other); real sentences stay far below the cap (the
    longest of 25,000 real ones is about 1,500 characters), while a megabyte without a full
    stop would take hours. A piece is bound like a sentence of its own."""
    if all(e - s <= MAX_SENTENCE for s, e in spans):
        return spans
    tstarts = [t.start for t in timexes]
    out: list[tuple[int, int]] = []
    for s, e in spans:
        while e - s > MAX_SENTENCE:
            limit = s + MAX_SENTENCE
            cut = max(text.rfind(" ", s + MAX_SENTENCE // 2, limit), text.rfind("\n", s + MAX_SENTENCE // 2, limit))
            cut = limit if cut < 0 else cut
            i = bisect.bisect_left(tstarts, cut) - 1  # the date that starts last before the cut
            if i >= 0 and timexes[i].end > cut:  # would be cut in two: cut before it, or after it
                cut = timexes[i].start if timexes[i].start > s else min(e, timexes[i].end)
            out.append((s, cut))
            s = cut
            while s < e and text[s].isspace():
                s += 1
        if e > s:
            out.append((s, e))
    return out
