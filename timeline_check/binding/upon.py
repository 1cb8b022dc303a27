"""Acts dated by the event they follow at once ("Upon detection, the company notified the FBI",
``[phrases] upon``): the same day as that event, when the text dates it; else no date at all,
not an event with none (the phrase would only restate the event it counts from)."""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Mention

_BREACH = frozenset({"breach", "breach_start", "breach_end"})


def dated_by_their_event(mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` less those an "upon" phrase dates whose event no other mention dates, and the
    breach words it would date ("Upon detection, the company began its incident response":
    a response, never the breach)."""
    dated = {m.kind for m in mentions if m.timex.qualifier != "upon"}
    return [m for m in mentions if m.timex.qualifier != "upon"
            or m.timex.anchor is not None and m.timex.anchor.kind == "event" and m.timex.anchor.words in dated
            and m.kind != m.timex.anchor.words and m.kind not in _BREACH]
