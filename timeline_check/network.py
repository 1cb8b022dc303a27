"""A simple temporal network: points, difference constraints, negative cycles.

An edge ``u -> v`` of weight ``w`` says ``t(v) - t(u) <= w``. The network is
consistent exactly when the distance graph has no negative cycle; the edges on a
negative cycle are the statements that cannot all be true. Graphs here are small
(tens of nodes), so Bellman-Ford is plenty.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Generic, TypeVar

import attrs

P = TypeVar("P")
INF = float("inf")


@attrs.frozen
class Edge(Generic[P]):
    """``t(dst) - t(src) <= weight``, and the statement that says so."""

    src: int
    dst: int
    weight: int
    source: P


def negative_cycle(n: int, edges: Sequence[Edge[P]]) -> list[Edge[P]] | None:
    """The edges of one negative cycle, in order, or None when the network is consistent."""
    dist = [0.0] * n
    pred: list[Edge[P] | None] = [None] * n
    last: int | None = None
    plain = [(e.src, e.dst, e.weight, e) for e in edges]  # tuples: the loop below is the hot one
    for _ in range(n):
        last = None
        for src, dst, weight, e in plain:
            if (d := dist[src] + weight) < dist[dst]:
                dist[dst] = d
                pred[dst] = e
                last = dst
        if last is None:
            return None
    x = last
    assert x is not None
    for _ in range(n):
        p = pred[x]
        assert p is not None
        x = p.src
    cycle: list[Edge[P]] = []
    y = x
    while True:
        p = pred[y]
        assert p is not None
        cycle.append(p)
        y = p.src
        if y == x:
            break
    cycle.reverse()
    return cycle


def shortest(n: int, edges: Sequence[Edge[P]], src: int, reverse: bool = False) -> list[float]:
    """Shortest distances from ``src`` (to ``src`` with ``reverse``) on a consistent network."""
    dist = [INF] * n
    dist[src] = 0.0
    plain = [(e.dst, e.src, e.weight) if reverse else (e.src, e.dst, e.weight) for e in edges]
    for _ in range(n - 1):
        changed = False
        for a, b, weight in plain:
            if (d := dist[a] + weight) < dist[b]:
                dist[b] = d
                changed = True
        if not changed:
            break
    return dist
