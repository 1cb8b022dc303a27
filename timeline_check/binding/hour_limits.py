"""A bound told in hours and longer than a day ("within 72 hours of becoming aware", "plus de 72
heures après la découverte") dates an act the text tells as done. Told as a duty or a plan
("must notify the authority within 72 hours", "shall notify ... within 72 hours after having
become aware"), it is the law's limit, not an act: no mention, as the dates a duty names are
not the organisation's (a notice "within 72 hours" of the law would meet every deadline)."""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Mention


def owed_limits(mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions but those of a bound in hours longer than a day that the text tells as owed."""
    return [m for m in mentions if not (m.future and _hour_bound(m))]


def _hour_bound(m: Mention) -> bool:
    t = m.timex
    return t.kind == "relative" and t.minutes is not None and t.amount is not None and (t.amount[1] or 2) > 1
