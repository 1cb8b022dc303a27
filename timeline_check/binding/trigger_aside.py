"""Event words split by a date set off by commas: "a exploité, le 2 mars, une faille" is one
phrase of the language's lists, its date inside it. The event word ends before the aside, so the
date stands after it, where the binder looks."""

from __future__ import annotations

from collections.abc import Sequence


def end_before_aside(text: str, start: int, end: int, dates: Sequence[tuple[int, int]]) -> int:
    """The end of the event words ``text[start:end]``: before the comma that opens a date set off
    by commas inside them (the date closed by a comma before ``end``), else ``end``."""
    for x, y in dates:
        if start < x and y < end:
            comma = text.rfind(",", start, x)
            if comma > start and "," in text[y:end] and text[comma + 1:x].strip().count(" ") <= 3:
                return len(text[:comma].rstrip())
    return end
