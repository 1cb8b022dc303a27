"""Build an extracted text together with its map back to the original file."""

from __future__ import annotations

import datetime as dt
import re

from ..document import Document, SourceMap

_DATE = re.compile(r"\s*[\"']?(\d{4})-(\d{2})-(\d{2})")


def iso_date(value: str | None) -> dt.date | None:
    """The date an ISO 8601 value begins with (``2024-03-12``, ``2024-03-12T08:00:00Z``), or None."""
    m = _DATE.match(value or "")
    if not m:
        return None
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


class TextBuilder:
    """Append pieces of text, each with the place in the original it comes from."""

    def __init__(self, unit: str = "line") -> None:
        self.unit = unit
        self._parts: list[str] = []
        self._length = 0
        self._starts: list[int] = []
        self._lines: list[int] = []
        self._columns: list[int] = []
        self._steps: list[int] = []
        self._pages: list[int] = []
        self.last = ""  # the last character appended, "" at the start

    def __len__(self) -> int:
        return self._length

    def _run(self, text: str, line: int, column: int, step: int) -> None:
        if self._starts and step == self._steps[-1] == 1 and self._lines[-1] == line and \
                self._columns[-1] + self._length - self._starts[-1] == column:
            pass  # continues the previous run exactly
        else:
            self._starts.append(self._length)
            self._lines.append(line)
            self._columns.append(column)
            self._steps.append(step)
        self._parts.append(text)
        self._length += len(text)
        self.last = text[-1]

    def verbatim(self, text: str, line: int, column: int) -> None:
        """``text`` copied from the original, starting at ``line``:``column``; a newline starts the next line."""
        pos = 0
        while pos < len(text):
            nl = text.find("\n", pos)
            end = len(text) if nl < 0 else nl + 1
            self._run(text[pos:end], line, column, 1)
            if nl < 0:
                break
            pos, line, column = end, line + 1, 1

    def copy(self, text: str, line: int, column: int) -> None:
        """``text`` copied from the original at ``line``:``column``, one column a character, newlines included."""
        if text:
            self._run(text, line, column, 1)

    def put(self, text: str, line: int, column: int) -> None:
        """``text`` that stands for the one place ``line``:``column`` of the original."""
        if text:
            self._run(text, line, column, 0)

    def new_page(self) -> None:
        """Mark that the next character begins a new page."""
        self._pages.append(self._length)

    def ends_with(self, suffix: str) -> bool:
        if not suffix:
            return True
        tail = "".join(self._parts[-len(suffix):])
        return tail.endswith(suffix)

    def text(self) -> str:
        return "".join(self._parts)

    def document(self, path: str, date: dt.date | None = None) -> Document:
        source = SourceMap(tuple(self._starts), tuple(self._lines), tuple(self._columns), tuple(self._steps),
                           self.unit, tuple(self._pages))
        return Document(path, self.text(), date=date, source=source)
