"""Paragraphs that tell of another incident.

A sentence that opens on another incident ("In a separate incident, ...", "A second breach
occurred on ...") marks its own events as that incident's (``Mention.separate``). When it opens
a paragraph, the sentences after it in that paragraph go on telling of that incident ("The
vendor told the clinic on September 30 ..."): their events are that incident's too, up to a
sentence that speaks of the incidents together ("Following both breaches, ...").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

import attrs

from ..lang import Language
from ..model import Mention

_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def paragraph_incidents(text: str, lang: Language, spans: Sequence[tuple[int, int]],
                        mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions, those told in a paragraph that another incident's sentence opens marked as
    that incident's (``separate`` and ``distinct``)."""
    opened = {m.sentence for m in mentions if m.separate}
    if not opened:
        return list(mentions)
    breaks = paragraph_breaks(text)
    starts = [s for s, _ in spans]
    marked: set[tuple[int, int]] = set()
    for sent in sorted(opened):
        i = bisect.bisect_left(starts, sent[0])
        if i >= len(spans) or spans[i] != sent or not _opens_paragraph(text, breaks, spans, i):
            continue
        for later in spans[i + 1:]:
            if paragraph_of(breaks, later[0]) != paragraph_of(breaks, sent[0]) or \
                    lang.regex["incidents_together"].search(text, *later):
                break
            marked.add(later)
    return [attrs.evolve(m, separate=True, distinct=True) if m.sentence in marked and not m.separate else m
            for m in mentions]


def paragraph_breaks(text: str) -> list[int]:
    """Where the text's paragraphs end: the start of each blank line, in order."""
    return [m.start() for m in _BLANK_LINE.finditer(text)]


def paragraph_of(breaks: list[int], at: int) -> int:
    """The paragraph ``at`` stands in, counted from the text's start (``breaks``: ``paragraph_breaks``)."""
    return bisect.bisect_right(breaks, at)


def _opens_paragraph(text: str, breaks: list[int], spans: Sequence[tuple[int, int]], i: int) -> bool:
    """Whether sentence ``i`` is the first of its paragraph (the text's first one is not: a text
    that opens on another incident tells of it as its own)."""
    return i > 0 and paragraph_of(breaks, spans[i - 1][0]) != paragraph_of(breaks, spans[i][0])
