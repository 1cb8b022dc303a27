"""Notices given at once upon an event ("Upon detection, the company notified the FBI",
``[phrases] upon``): on the same day as that event, when the text dates it; else no date at all,
not an event with none (the phrase would only restate the event it counts from). Only a notice
to an authority, a single act done at once: steps taken "upon discovery" to contain or to
investigate are work that runs on from it (a filing's "took steps to contain"), and letters to
the people affected take weeks, so neither is dated by the phrase."""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Mention

AT_ONCE = frozenset({"notification_law_enforcement", "notification_regulator"})


def dated_by_their_event(mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` less those an "upon" phrase dates that are no notice to an authority, or
    whose event no other mention dates."""
    dated = {m.kind for m in mentions if m.timex.qualifier != "upon"}
    return [m for m in mentions if m.timex.qualifier != "upon"
            or m.kind in AT_ONCE and m.timex.anchor is not None and m.timex.anchor.kind == "event"
            and m.timex.anchor.words in dated]
