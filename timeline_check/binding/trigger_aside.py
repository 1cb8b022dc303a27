"""Event words split by a date: "a exploité, le 2 mars, une faille" and "called the plan on
April 14 to say" are each one phrase of the language's lists, their date inside it. The event
word ends before the date (before the comma that sets it off, if any), so the date stands after
it, where the binder looks."""

from __future__ import annotations

from collections.abc import Sequence


def end_before_aside(text: str, start: int, end: int, dates: Sequence[tuple[int, int]]) -> int:
    """The end of the event words ``text[start:end]``: before the comma that opens a date set off
    by commas inside them (the date closed by a comma before ``end``), else before the first
    date inside them, else ``end``."""
    for x, y in dates:
        if start < x and y < end:
            comma = text.rfind(",", start, x)
            if comma > start and "," in text[y:end] and text[comma + 1:x].strip().count(" ") <= 3:
                return len(text[:comma].rstrip())
            return len(text[:x].rstrip())
    return end
