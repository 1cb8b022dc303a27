"""A relative phrase counted from the event told before it ("The bucket was locked down the
following day") does not reach back past a sentence whose explicit date the reader bound to no
event of ours ("We reached out to the lender on 10 July."): it counts from that day's act, which
the reader did not identify, so its event keeps no day (issue 15: an anchored phrase anchors on the
event it refers to)."""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from ..model import Anchor, Mention, Unplaced

# dates of acts the text tells in sequence that are not ours to place: an act no event word names,
# another party's; not a background year, a law's or a fiscal period's date
_ACTS = frozenset({"no_event", "outsider"})


def past_unplaced(mentions: Sequence[Mention], unplaced: Sequence[Unplaced]) -> list[Mention]:
    """``mentions``, each relative phrase that counts from the event before it (``previous``)
    across a sentence of its own with an act's date no event took made to count from no event."""
    gaps = [u for u in unplaced if u.reason in _ACTS]
    if not gaps:
        return list(mentions)
    return [_unanchored(m, mentions, gaps) for m in mentions]


def _unanchored(m: Mention, mentions: Sequence[Mention], gaps: Sequence[Unplaced]) -> Mention:
    t = m.timex
    if t.kind != "relative" or t.anchor is None or t.anchor.kind != "previous":
        return m
    told = max((p.sentence[1] for p in mentions if p is not m and p.kind != "publication"
                and p.sentence[1] <= m.sentence[0]), default=0)
    if any(told <= u.start and u.end <= m.sentence[0] for u in gaps):
        return attrs.evolve(m, timex=attrs.evolve(t, anchor=Anchor("unknown")))
    return m
