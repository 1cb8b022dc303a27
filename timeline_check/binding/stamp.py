"""A heading's stamp of posting: "Original notice - posted March 20, 2026", "Notice of Data Event |
Published: May 3, 2026", "Initial notice — first posted on March 20, 2026". A line of a few words of
its own, then a separator, a dateline word (``[phrases] dateline``: "posted", "published") and a date
that ends the line, dates when that part of the page was put up: no breach by posting or publishing."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Mention
from .context import Sentence
from .grammar import WORD

_BREACH = frozenset({"breach", "breach_start", "breach_end"})
_SEPARATOR = re.compile(r"\s[-–—|:]\s|[|:]\s")  # between a heading's words and its stamp
_LABEL_WORDS = 5  # words of the heading before its stamp, at most
_LEAD = re.compile(r"\s*(?:first\s+|originally\s+|initially\s+)?", re.I)


def stamped(ctx: Sentence, mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions but the breaches a heading's stamp of posting makes."""
    return [m for m in mentions if m.kind not in _BREACH or not _stamp(ctx, m)]


def _stamp(ctx: Sentence, m: Mention) -> bool:
    """Whether mention ``m``'s word and date are a heading's stamp: the date ends its line, and the
    line up to the word holds a separator after at most ``_LABEL_WORDS`` words and nothing else."""
    text = ctx.text
    a, b = m.trigger
    t = m.timex
    if t.start < b or text[b:t.start].strip(" \t:").lower() not in ("", "on"):
        return False
    ls = text.rfind("\n", 0, a) + 1
    le = text.find("\n", t.end)
    if text[t.end:len(text) if le < 0 else le].strip(" \t."):
        return False
    head = text[ls:a]
    sep = None
    for sep in _SEPARATOR.finditer(head):
        pass
    if sep is None or len(WORD.findall(head, 0, sep.start())) > _LABEL_WORDS:
        return False
    rest = head[sep.end():]
    lead = _LEAD.match(rest)
    return lead is not None and lead.end() == len(rest) and ctx.regex("dateline").fullmatch(text[a:b]) is not None
