"""Terse rows of a timeline table or a bullet list ("| 2025-08-06 | Compromised accounts disabled |",
"- May 3 — Stolen laptop recovered"): a row opens on its date, a separator, then a noun phrase."""

from __future__ import annotations

import re

_BULLET = re.compile(r"[ \t|*•>#-]{0,12}")  # what may open a row: blanks, a pipe, a bullet
_SEPARATOR = re.compile(r"[|—–:•]|\s-\s")  # what ends a row's date cell
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
