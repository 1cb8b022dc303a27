"""A current report filed under an item a registrant chooses to report ("the Form 8-K filed on
October 8, 2026 under Item 8.01", "furnished under Item 7.01", ``[phrases] voluntary_item``): a
disclosure to the market, not the Item 1.05 report its four business days ask for. Its word of
filing dates a public disclosure, so that the later Item 1.05 report is not the same notice given
two dates, and the determination's clock is not met by a report filed before it."""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from ..model import Mention
from .context import Sentence

_BEFORE = 60  # characters from the item's number to the word of filing after it, at most
_AFTER = 40  # characters from the word of filing, or its date, to the item's number, at most


def voluntary_filings(ctx: Sentence, mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions, a notice to a regulator whose word files a report under a voluntary item made
    a public disclosure."""
    return [attrs.evolve(m, kind="public_disclosure", to=frozenset()) if m.kind == "notification_regulator"
            and _voluntary(ctx, m) else m for m in mentions]


def _voluntary(ctx: Sentence, m: Mention) -> bool:
    s, e = ctx.span
    a, b = max(s, m.trigger[0] - _BEFORE), min(e, max(m.trigger[1], m.timex.end) + _AFTER)
    return ctx.regex("voluntary_item").search(ctx.text, a, b) is not None
