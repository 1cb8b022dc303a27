"""Items of a list under a heading that calls them due ("Due dates (60 days from discovery):",
"Deadlines:", ``[phrases] due_heading``): each item's act is owed, not done, so it is planned
like a "will" ("- Notice to the media: November 13" is a deadline, not a notice given)."""

from __future__ import annotations

import re

from ..lang import Language
from .triggers import Trigger

_ITEM = re.compile(r"[ \t]{0,8}(?:[-*•–]|\d{1,2}[.)]|\|)")  # a list item's or a table row's opening
_REACH = 12  # lines looked back past the list's other items for its heading, at most


def under_due_heading(text: str, lang: Language, g: Trigger) -> bool:
    """Whether event word ``g`` stands in a list item whose list (its items and blank lines, read
    upwards) hangs from a line ending in a colon that holds a ``due_heading`` phrase."""
    heading = list_heading(text, g.start)
    return heading is not None and lang.regex["due_heading"].search(heading) is not None


def list_heading(text: str, pos: int) -> str | None:
    """The line ending in a colon that the list item or table row around ``pos`` hangs from (its
    items and blank lines read upwards); None when ``pos`` is in no item or no such line heads it."""
    start = text.rfind("\n", 0, pos) + 1
    if not _ITEM.match(text, start):
        return None
    for _ in range(_REACH):
        if start == 0:
            return None
        above = text.rfind("\n", 0, start - 1) + 1
        line, start = text[above:start - 1], above
        if line.strip() and not _ITEM.match(line):
            return line if line.rstrip().endswith(":") else None
    return None
