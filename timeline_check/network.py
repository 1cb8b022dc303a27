"""A simple temporal network: points, difference constraints, negative cycles.

An edge ``u -> v`` of weight ``w`` says ``t(v) - t(u) <= w``. The network is
consistent exactly when the distance graph has no negative cycle; the edges on a
negative cycle are the statements that cannot all be true. Graphs here are small
(tens of nodes), so Bellman-Ford is plenty.
"""

from __future__ import annotations

import functools
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
    found = _cycle(n, tuple((e.src, e.dst, e.weight) for e in edges))
    return None if found is None else [edges[i] for i in found]


@functools.lru_cache(maxsize=1024)
def _cycle(n: int, plain: tuple[tuple[int, int, int], ...]) -> tuple[int, ...] | None:
    """The positions in ``plain`` of the edges of one negative cycle, or None.

    Kept for networks seen again: repairs rebuild a text's network once per change they try,
    and most of those networks, once their first contradiction is broken, are ones already
    searched (Bellman-Ford's n passes over every edge are the costly part of reasoning)."""
    dist = [0] * n
    pred = [-1] * n
    last = -1
    numbered = [(src, dst, weight, i) for i, (src, dst, weight) in enumerate(plain)]
    for _ in range(n):
        last = -1
        for src, dst, weight, i in numbered:
            if (d := dist[src] + weight) < dist[dst]:
                dist[dst] = d
                pred[dst] = i
                last = dst
        if last < 0:
            return None
    x = last
    for _ in range(n):
        x = plain[pred[x]][0]
    cycle: list[int] = []
    y = x
    while True:
        i = pred[y]
        cycle.append(i)
        y = plain[i][0]
        if y == x:
            break
    cycle.reverse()
    return tuple(cycle)


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
