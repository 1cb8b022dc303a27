"""An event phrase with a gap that runs on past a clause join ("gained access to the server, and
the server was removed from the network": "access ~ ~ ~ was removed" matched from "access"): the
act it names is the second clause's, its start moves past the join (``[phrases] clause_join``), so
that it no longer overlaps the first clause's own event word."""

from __future__ import annotations

from ..lang import Language


def start_after_join(text: str, lang: Language, start: int, end: int) -> int:
    """The start of the event words ``text[start:end]``: right after the last clause join inside
    them, past its white space, else ``start``."""
    last = None
    for last in lang.regex["clause_join"].finditer(text, start + 1, end):
        pass
    if last is None:
        return start
    after = last.end()
    while after < end and text[after].isspace():
        after += 1
    return after if after < end else start
