"""The network in minutes, for deadlines counted in hours.

The timeline reasons in days. A rule counted in hours ("72 hours after becoming aware") needs
more where the text says more: a time of day stated with a date, or a bound told in hours
("notified the ICO within 72 hours of becoming aware", "plus de 72 heures après la
découverte"). Each edge of the day network is read again in minutes, as loosely as its days
allow (``t(v) - t(u) <= w`` days is ``<= w * 1440 + 1439`` minutes, the zero node being
midnight); an edge stated in hours or minutes keeps its exact number, an event whose day
and time are both stated is fixed to that minute, and any other event stays within the days the
day network gives it (a notice "the next day" after a dated act is on that day, not up to two
days later as its widened edge alone would allow). Shortest paths then bound the minutes
between two events.
"""

from __future__ import annotations

import math

from .network import Edge, negative_cycle, shortest
from .reason import Z, Node, Statement, Timeline

DAY = 1440  # minutes in a day


def minute_gap(timeline: Timeline, a: Node, b: Node) -> tuple[float, float] | None:
    """Bounds of the minutes from ``a`` to ``b``; None when the text states nothing finer than a
    day about either, or when its statements in minutes cannot all be true (the days then judge)."""
    node_of = {id(m): n.index for n in timeline.nodes for m in n.mentions}
    edges: list[Edge[Statement]] = []
    finer = False
    for e in timeline.edges:
        exact = _stated_minutes(e, node_of)
        finer = finer or exact is not None
        edges.append(Edge(e.src, e.dst, exact if exact is not None else e.weight * DAY + (DAY - 1 if e.dst != Z else 0),
                          e.source))
    for n in timeline.nodes:
        if n.index == Z:
            continue
        lo, hi = timeline.lower[n.index], timeline.upper[n.index]
        times = sorted({m.timex.time for m in n.mentions if m.timex.time is not None})
        first: int | None
        last: int | None
        if times and lo == hi:  # its day and its time are stated: that minute
            finer = True
            first, last = int(lo) * DAY + times[0], int(lo) * DAY + times[-1]
        else:  # within the days the day network gives it, however they were reached
            first = int(lo) * DAY if math.isfinite(lo) else None
            last = int(hi) * DAY + DAY - 1 if math.isfinite(hi) else None
        if last is not None:
            edges.append(Edge(Z, n.index, last, Statement("date", n.mentions[0])))
        if first is not None:
            edges.append(Edge(n.index, Z, -first, Statement("date", n.mentions[0])))
    if not finer or negative_cycle(len(timeline.nodes), edges) is not None:
        return None
    return -shortest(len(timeline.nodes), edges, b.index)[a.index], shortest(len(timeline.nodes), edges, a.index)[b.index]


def _stated_minutes(e: Edge[Statement], node_of: dict[int, int]) -> int | None:
    """The weight in minutes of an edge a relative phrase told in hours states, else None.

    The phrase's edges are ``earlier -> later: hi`` and ``later -> earlier: -lo``; its own event is
    the later one when it counts forwards ("within 72 hours of discovery")."""
    m = e.source.mention
    if e.source.kind != "relative" or m is None or m.timex.minutes is None:
        return None
    lo, hi = m.timex.minutes
    me = node_of.get(id(m))
    upper = e.dst == me if m.timex.direction > 0 else e.src == me
    if upper:
        return hi
    return -lo
