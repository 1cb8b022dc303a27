"""Columns of a table that hold what is not so: a corrections log's "What we published" beside its
"What is correct", or the day an entry was logged ("| Logged | Story | What we published | What is
correct |"; ``[phrases] struck_column``). Their cells date no event and name none: the row's events
are those of its other cells."""

from __future__ import annotations

import re

from ..lang import Language

_ROW = re.compile(r"^[ \t]*\|.*\|[ \t]*$", re.M)  # a line of a pipe table
_RULE = re.compile(r"[ \t]*\|(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*")  # its header's rule: |---|---|
_CELL = re.compile(r"[^|]+")


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of a row's cells, in order, between its pipes."""
    inner = text.index("|", start) + 1
    last = text.rindex("|", start, end)
    return [(m.start(), m.end()) for m in _CELL.finditer(text, inner, last)]


def struck_cells(text: str, lang: Language) -> list[tuple[int, int]]:
    """The spans of the cells under a header that names what is not so, in every pipe table of ``text``."""
    if "|" not in text or not lang.phrases["struck_column"]:
        return []
    struck = lang.regex["struck_column"]
    rows = list(_ROW.finditer(text))
    out: list[tuple[int, int]] = []
    columns: set[int] = set()
    for i, row in enumerate(rows):
        if _RULE.fullmatch(text, row.start(), row.end()):
            continue
        follows = i > 0 and text.count("\n", rows[i - 1].end(), row.start()) == 1
        if i + 1 < len(rows) and _RULE.fullmatch(text, rows[i + 1].start(), rows[i + 1].end()):
            columns = {ci for ci, (a, b) in enumerate(_cells(text, row.start(), row.end()))
                       if struck.fullmatch(text[a:b].strip().rstrip(":")) is not None}
            continue
        if not follows and (i == 0 or not _RULE.fullmatch(text, rows[i - 1].start(), rows[i - 1].end())):
            columns = set()  # a table with no header: nothing struck
        out.extend(c for ci, c in enumerate(_cells(text, row.start(), row.end())) if ci in columns)
    return out
