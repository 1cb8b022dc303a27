"""Phrase lists a text lacks: a list none of whose key words (``Phrases.keys``) the text holds
finds nothing in it, so the binder's searches of it over the text need not run."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator

from ..rulefile import Pattern

_TWO_WORD_CHARS = re.compile(r"\w\w")


class Lacking:
    """The pattern of a phrase list whose key words the text ``text`` lacks: a search of the text
    finds nothing, unless the searched part cuts a word (a cut word's end may be a key word,
    "data" of "database"); then, and on any other string, ``rx`` searches as ever."""

    def __init__(self, rx: Pattern, text: str) -> None:
        self._rx, self._text = rx, text

    @property
    def pattern(self) -> str:
        return self._rx.pattern

    def _runs(self, string: str, pos: int, endpos: int) -> bool:
        """Whether the search must run: on another string, or on a part that cuts a word."""
        if string is not self._text:
            return True
        n = len(string)
        a, b = min(max(pos, 0), n), min(max(endpos, 0), n)
        return 0 < a < n and _TWO_WORD_CHARS.match(string, a - 1) is not None \
            or 0 < b < n and _TWO_WORD_CHARS.match(string, b - 1) is not None

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._rx.search(string, pos, endpos) if self._runs(string, pos, endpos) else None

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._rx.match(string, pos, endpos) if self._runs(string, pos, endpos) else None

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._rx.fullmatch(string, pos, endpos) if self._runs(string, pos, endpos) else None

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self._rx.finditer(string, pos, endpos) if self._runs(string, pos, endpos) else iter(())
