"""Rows of a timeline table or a list ("| 2025-08-06 | Compromised accounts disabled |",
"- May 3 — Stolen laptop recovered", "2024-01-23: firm engaged; investigation opened"): a row
opens on its date, a separator, then its text. One room for the three ways binding asks:

- ``opens_row``: from a row's text, looking back: does a date cell stand before it? Any
  separator of a terse row counts (a pipe, a colon, a dash, a bullet): the capitalised noun
  phrase after it is a row's text, not prose.
- ``heads_row``: from a date, looking on: do its clauses, semicolons and all, come after it?
  Only a colon or a pipe ends the cell: after a dash a date in prose goes on ("On May 3 — a
  Friday — ...").
- ``cell_follows``: is a date a table row's first cell, another cell with a word after it (no
  dateline)? Only a pipe: a dateline's own field may end at a colon or a dash.
"""

from __future__ import annotations

import re

_BULLET = re.compile(r"[ \t|*•>#-]{0,12}")  # what may open a row: blanks, a pipe, a bullet
_SEPARATOR = re.compile(r"[|—–:•]|\s-\s")  # what ends a row's date cell
_CELL_END = re.compile(r"\s*[:|]")  # a date cell's end, right after the date: "2024-01-23: ", "2025-05-20 | "
_NEXT_CELL = re.compile(r"[ \t]*\|[ \t]*\w")  # "2024-09-04 | Server isolated"
_LEAD = 40  # characters of a row's date cell, at most
_REACH = 120  # characters looked back for the start of a row's line


def opens_row(text: str, pos: int) -> bool:
    """Whether ``pos`` starts, at a capital letter, the first word of a terse row's text: at the
    start of its line past a bullet, or past a short cell holding a digit (its date) and a
    separator ("2025-08-06 — ", "| Aug. 6 | ")."""
    if pos >= len(text) or not text[pos].isupper():
        return False
    lo = max(0, pos - _REACH)
    line = text.rfind("\n", lo, pos) + 1
    if not line and lo:
        return False  # no line start within reach: prose, not a row
    start = _BULLET.match(text, line, pos)
    lead = text[start.end() if start else line:pos]
    if not lead.strip():
        return True
    seps = list(_SEPARATOR.finditer(lead))
    if not seps or lead[seps[-1].end():].strip():
        return False
    cell = lead[:seps[-1].start()]
    return len(cell) <= _LEAD and any(c.isdigit() for c in cell)


def heads_row(text: str, line: int, start: int, end: int) -> bool:
    """Whether the date from ``start`` to ``end`` heads a list item or a table row: nothing but
    blanks and marks from ``line`` (where its line or sentence starts) to the date, and its cell
    ends at ``end`` with a colon or a pipe."""
    return bool(_CELL_END.match(text, end)) and not any(c.isalnum() for c in text[line:start])


def cell_follows(text: str, end: int) -> bool:
    """Whether another cell of a table row, with a word, follows a date that ends at ``end``."""
    return _NEXT_CELL.match(text, end) is not None
