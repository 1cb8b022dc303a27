"""A periodic report filed with a securities regulator ("the Company's Annual Report on Form 10-K
for the fiscal year ended September 27, 2025, filed with the SEC on November 20, 2025", "filed its
quarterly report on Form 10-Q on May 9", ``[phrases] periodic_report`` right before or after the
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
    """Whether a periodic report is named in the ``_BEFORE`` characters before the word of filing
    (``text[start:end]``) or the ``_AFTER`` after it, within the sentence."""
    rx = ctx.regex("periodic_report")
    s, e = ctx.span
    return rx.search(ctx.text, max(s, start - _BEFORE), start) is not None or \
        rx.search(ctx.text, end, min(e, end + _AFTER)) is not None
