"""The time axis of the HTML report's timeline: days to x, broken where the days lie far apart.

A date years away from the others (a company founded in 2009, an earlier breach) would
squeeze the incident's weeks into a few pixels. So the days are cut into stretches where a
gap between them is much longer than the days they leave together: each stretch gets its own
part of the drawing, with its own ticks, and a narrow break stands for each gap. The scale is
piecewise linear and increasing, so a bar across a break is still drawn from its first day
to its last.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import attrs

from ..model import iso

BREAK_W = 34  # pixels a break takes on the axis
MIN_STRETCH = 90  # the fewest pixels a stretch of days gets
MIN_GAP = 90  # days: a shorter gap is never broken
MAX_BREAKS = 4


@attrs.frozen
class Scale:
    """Days to x: the knots (day, x) of an increasing piecewise linear map, two per stretch."""

    stretches: tuple[tuple[int, int], ...]  # each stretch's first and last day (padded)
    knots: tuple[tuple[float, float], ...]
    x0: float
    x1: float

    def __call__(self, day: float) -> float:
        k = self.knots
        i = next((j for j in range(1, len(k) - 1) if day < k[j][0]), len(k) - 1)
        (d0, x0), (d1, x1) = k[i - 1], k[i]
        return round(x0 + (day - d0) * (x1 - x0) / (d1 - d0), 1)

    def breaks(self) -> list[tuple[float, int]]:
        """Each break: its x at the middle, and how many days the gap it stands for lasts."""
        out = []
        for (_, hi), (lo, _) in zip(self.stretches, self.stretches[1:]):
            out.append((round((self(hi) + self(lo)) / 2, 1), lo - hi))
        return out

    def ticks(self) -> list[tuple[float, str]]:
        """Tick positions and labels, each stretch ticked on its own, as many as its width holds."""
        out = []
        for lo, hi in self.stretches:
            most = max(1, int((self(hi) - self(lo)) // 80))
            out += [(self(day), text) for day, text in ticks(lo, hi - 1, most)]
        return out


def scale(days: Sequence[int], x0: float, x1: float) -> Scale:
    """The scale of ``days`` (at least one) over the drawing from ``x0`` to ``x1``."""
    stretches = _padded(_stretches(sorted(set(days))))
    room = x1 - x0 - BREAK_W * (len(stretches) - 1)
    lengths = [hi - lo for lo, hi in stretches]
    widths = [max(MIN_STRETCH, room * n / sum(lengths)) for n in lengths]
    wide = sum(w for w, n in zip(widths, lengths) if w > MIN_STRETCH) or 1
    over = sum(widths) - room  # what the smallest stretches took beyond their share
    widths = [w - over * w / wide if w > MIN_STRETCH else w for w in widths]
    knots = []
    x = x0
    for (lo, hi), w in zip(stretches, widths):
        knots += [(float(lo), x), (float(hi), x + w)]
        x += w + BREAK_W
    return Scale(tuple(stretches), tuple(knots), x0, x1)


def _stretches(days: list[int]) -> list[tuple[int, int]]:
    """The days cut at the longest gaps: the most gaps such that the shortest of them is longer
    than MIN_GAP and than twice the days the cuts leave together, and some days are left
    together (days evenly far apart read well on one axis)."""
    span = days[-1] - days[0]
    gaps = sorted(((b - a, i) for i, (a, b) in enumerate(zip(days, days[1:]))), reverse=True)[:MAX_BREAKS]
    cut: list[int] = []
    for k in range(1, len(gaps) + 1):
        top = gaps[:k]
        shortest = top[-1][0]
        together = span - sum(g for g, _ in top)
        if shortest > MIN_GAP and shortest > 2 * together and together > 0:
            cut = sorted(i for _, i in top)
    bounds = [0, *(i + 1 for i in cut), len(days)]
    return [(days[a], days[b - 1]) for a, b in zip(bounds, bounds[1:])]


def _padded(stretches: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Each stretch with a margin on both sides (and one day more at its end, so its last day has width)."""
    out = []
    for lo, hi in stretches:
        pad = max(3, (hi - lo) // 25)
        out.append((lo - pad, hi + 1 + pad))
    return out


def ticks(lo: int, hi: int, most: int = 9) -> list[tuple[int, str]]:
    """Tick days and labels for the days lo..hi: days, weeks, months, quarters or years, at most
    ``most`` (one at least: the middle day, when no round day falls in so short a stretch)."""
    span = hi - lo
    a, b = dt.date.fromordinal(lo), dt.date.fromordinal(hi)
    middle = (lo + hi) // 2
    if most == 1 and span <= 63:  # a narrow stretch around a few days: its middle, clear of the breaks
        return [(middle, iso(middle) or "")]
    if span < most:
        return [(d, iso(d) or "") for d in range(lo, hi + 1)]
    first = lo + (-a.weekday()) % 7  # Mondays
    mondays = list(range(first, hi + 1, 7))
    if span <= 63 and 0 < len(mondays) <= most:
        return [(d, iso(d) or "") for d in mondays]
    months = []
    y, m = a.year, a.month
    while (y, m) <= (b.year, b.month):
        months.append(dt.date(y, m, 1))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    months = [d for d in months if lo <= d.toordinal() <= hi]
    for step in (1, 2, 3, 6):
        picked = [d for d in months if (d.month - 1) % step == 0]
        if 0 < len(picked) <= most:
            return [(d.toordinal(), d.strftime("%Y-%m")) for d in picked]
    years = [dt.date(y, 1, 1) for y in range(a.year, b.year + 1)]
    years = [d for d in years if lo <= d.toordinal() <= hi]
    step = max(1, -(-len(years) // most))
    picked = years[::step]
    if picked:
        return [(d.toordinal(), str(d.year)) for d in picked]
    return [(middle, iso(middle) or "")]
