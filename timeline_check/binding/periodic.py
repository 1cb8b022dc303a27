"""A periodic report filed with a securities regulator ("the Company's Annual Report on Form 10-K
for the fiscal year ended September 27, 2025, filed with the SEC on November 20, 2025", "filed its
quarterly report on Form 10-Q on May 9", ``[phrases] periodic_report`` the report nearest the
word of filing): the filing an 8-K's boilerplate points to, no notice of the breach. Its date is
then the company's history (``unplaced``)."""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Mention
from .context import Sentence

_BEFORE = 100  # characters from the report's name to the word of filing after it, at most
_AFTER = 40  # characters from the word of filing to the report's name after it, at most


def periodic_filings(ctx: Sentence, mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions but the notices to a regulator whose word files a periodic report."""
    return [m for m in mentions if m.kind != "notification_regulator" or not _files_report(ctx, *m.trigger)]


def _files_report(ctx: Sentence, start: int, end: int) -> bool:
    """Whether the report nearest the word of filing (``text[start:end]``) is a periodic one: the
    first named in the ``_AFTER`` characters after it, else the last in the ``_BEFORE`` before it
    (``current_report``: the 8-K itself, "as disclosed in its Form 10-K, the Company filed a Current
    Report on Form 8-K on March 3", is the notice), within the sentence."""
    s, e = ctx.span
    after = _named(ctx, end, min(e, end + _AFTER), last=False)
    if after is not None:
        return after
    return bool(_named(ctx, max(s, start - _BEFORE), start, last=True))


def _named(ctx: Sentence, a: int, b: int, last: bool) -> bool | None:
    """Whether the first (or ``last``) report named in ``text[a:b]`` is periodic; None if none is named."""
    found = [(m.start(), key == "periodic_report") for key in ("periodic_report", "current_report")
             for m in ctx.regex(key).finditer(ctx.text, a, b)]
    if not found:
        return None
    return (max if last else min)(found)[1]
