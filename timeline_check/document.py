"""The Document every stage reads: its text, where each character came from, and its own date.

Reading files of each format lives in ``timeline_check.read``; this module keeps the
data (``Document``, ``SourceMap``), the error (``InputError``) and text decoding.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re

import attrs

from .errors import TimelineCheckError

MAX_BYTES = 64 * 1024 * 1024  # bytes read from one file (a PDF or DOCX is mostly not text)
# Characters of text checked in one document: ten megabytes take some 15 to 40 seconds,
# linear in the length; a longer text is refused in one line, at once (a 50 MB log is
# no narrative). The Python API (``check_text``) has no such limit.
MAX_CHARS = 10 * 1024 * 1024


class InputError(TimelineCheckError):
    """An input that cannot be checked; ``str()`` is a one-line message (which names the file)."""

    def __init__(self, message: str) -> None:
        # One line whatever the file is called: a line break (or other control character)
        # in a file name is shown escaped, as Python writes it.
        super().__init__(_CONTROL.sub(lambda m: repr(m.group())[1:-1], message))


_CONTROL = re.compile(r"[\x00-\x1f\x7f\x85\u2028\u2029]")


@attrs.frozen
class SourceMap:
    """Where each character of an extracted text stands in the original file.

    The text is cut into runs: run ``i`` begins at text offset ``starts[i]`` at
    ``lines[i]``:``columns[i]`` of the original; with ``steps[i] == 1`` each further
    character of the run is one column to the right (text copied as is), with 0 the
    whole run stands at that one place (a decoded ``&amp;``, a space standing for a
    run of white space, a paragraph break the reader put in). ``unit`` says what a
    "line" is: ``line`` of the file (of its page for a PDF) or ``paragraph`` (DOCX).
    ``pages`` holds the text offset where each page begins (PDF), else is empty.
    """

    starts: tuple[int, ...]
    lines: tuple[int, ...]
    columns: tuple[int, ...]
    steps: tuple[int, ...]
    unit: str = "line"
    pages: tuple[int, ...] = ()

    def locate(self, offset: int) -> tuple[int, int]:
        """1-based line (or paragraph) and column in the original of a text offset."""
        i = bisect.bisect_right(self.starts, offset) - 1
        if i < 0:
            return 1, 1
        return self.lines[i], self.columns[i] + self.steps[i] * (offset - self.starts[i])

    def page(self, offset: int) -> int | None:
        """1-based page of a text offset, or None when the original has no pages."""
        if not self.pages:
            return None
        return max(1, bisect.bisect_right(self.pages, offset))


@attrs.frozen
class Document:
    """A text to check, its own date when the file's metadata gives one, and where its characters came from.

    ``source`` is None when the text is the file itself, character for character
    (plain text, Markdown without soft line breaks); readers that extract text
    (HTML, DOCX, PDF) give a ``SourceMap`` so that findings point into the original.
    ``raw`` is the decoded file as written when the reader changed or left out parts of it
    (Markdown, HTML): suppression directives are read from it, in comments the text lost.
    """

    path: str
    text: str
    date: dt.date | None = None
    source: SourceMap | None = None
    raw: str | None = attrs.field(default=None, repr=False)  # the file as written, when ``text`` is extracted from it
    line_starts: tuple[int, ...] = attrs.field(init=False, repr=False)

    @line_starts.default
    def _line_starts(self) -> tuple[int, ...]:
        starts = [0]
        find = self.text.find
        i = find("\n")
        while i >= 0:
            starts.append(i + 1)
            i = find("\n", i + 1)
        return tuple(starts)

    def locate(self, offset: int) -> tuple[int, int]:
        """1-based line and column in the original file of a character offset of ``text``.

        For a DOCX the "line" is the paragraph number; for a PDF it is the line of the
        page (see ``page``).
        """
        if self.source is not None:
            return self.source.locate(offset)
        line = bisect.bisect_right(self.line_starts, offset) - 1
        return line + 1, offset - self.line_starts[line] + 1

    def page(self, offset: int) -> int | None:
        """1-based page of a character offset (PDF), or None."""
        return self.source.page(offset) if self.source is not None else None

    def where(self, offset: int) -> str:
        """Where an offset is, in words: ``line 5, column 3``, ``page 2, line 5, column 3`` or ``paragraph 4``."""
        line, col = self.locate(offset)
        if self.source is not None and self.source.unit == "paragraph":
            return f"paragraph {line}"
        page = self.page(offset)
        return f"{f'page {page}, ' if page else ''}line {line}, column {col}"


def decode(data: bytes, name: str) -> str:
    """Text of a file's bytes: UTF-8 (with or without BOM) or UTF-16 with BOM; binary is refused."""
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):  # its BOM starts like UTF-16's
        raise InputError(f"{name}: UTF-32 text; convert it to UTF-8 first")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(f"{name}: not valid UTF-16 text") from None
        return text.replace("\r\n", "\n").replace("\r", "\n")
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: not valid UTF-8 (byte {exc.start}); convert it to UTF-8 first") from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_path(path: str, recursive: bool = False) -> list[Document]:
    """Documents at ``path`` (``-`` is standard input); a directory needs ``recursive``.

    Kept here for callers of ``timeline_check.document.read_path``; the readers by
    format are in ``timeline_check.read``.
    """
    from .read import read_path as read

    return read(path, recursive=recursive)
