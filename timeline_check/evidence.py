"""Quote the sentences a finding rests on, located in the original file, and name event kinds in
English (``explain``; findings word theirs through ``messages``)."""

from __future__ import annotations

from collections.abc import Iterable

from .document import Document
from .model import Evidence, Mention
from .taxonomy import LABELS


def quote(doc: Document, start: int, end: int) -> Evidence:
    """The text from ``start`` to ``end``, with its line and column."""
    line, col = doc.locate(start)
    return Evidence(start, end, line, col, doc.text[start:end])


def sentences_of(doc: Document, mentions: Iterable[Mention]) -> tuple[Evidence, ...]:
    """The sentences of ``mentions``, once each, in text order."""
    spans = sorted({m.sentence for m in mentions if m.sentence[1] > m.sentence[0]})
    return tuple(quote(doc, s, e) for s, e in spans)


def label(kind: str, cap: bool = False) -> str:
    """How a message names an event kind."""
    text = LABELS.get(kind, kind.replace("_", " "))
    return text[:1].upper() + text[1:] if cap else text

