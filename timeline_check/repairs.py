"""Repairs: the smallest changes to a text's statements that make one contradiction go away.

A contradiction is a set of statements that cannot all be true (a negative cycle of the
temporal network). A repair changes one of them, and is kept only if the network built again
from the changed statements has lost that contradiction and gained none:

- ``rekind``: the date read as another event's ("22 December 2023 fits as the date of the
  notice to individuals"), the kinds tried in the order ``rules/repairs.toml`` gives;
- ``move``: the event given another date; the days it could take are its bounds in the
  network without its own date (any of them fits: a simple temporal network's bounds are tight);
- ``drop``: a stated length or relative phrase left out; for a length, the lengths that fit.

Repairs are ranked so that the least certain statements come first, then by kind of change
(a date read as another event's, then a date moved, then a length dropped), one of each kind
in turn, and at most ``LIMIT`` are given.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Literal

import attrs

from .messages import ENGLISH, Messages
from .model import Interval, Mention, Undated
from .reason import Contradiction, Statement, Timeline, reason
from .ruleset import RuleSet

LIMIT = 3
Change = Literal["rekind", "move", "drop"]
_ORDER: dict[str, int] = {"rekind": 0, "move": 1, "drop": 2}
_UNBOUNDED = Interval(None, None)


@attrs.frozen
class Repair:
    """One change that removes a contradiction and adds none.

    ``mention`` is the statement changed; ``kind`` the event kind it fits as (``rekind``);
    ``days`` the days the event fits (``move``) or the lengths in days that fit (``drop`` of a
    stated length; None for a relative phrase)."""

    change: Change
    mention: Mention
    kind: str | None = None
    days: Interval | None = None

    def applied(self, mentions: Sequence[Mention], day: int | None = None) -> list[Mention]:
        """The mentions with this repair made (a ``move`` to ``day``, its first day when None)."""
        if self.change == "drop":
            return [m for m in mentions if m is not self.mention]
        if self.change == "rekind":
            assert self.kind is not None
            new = attrs.evolve(self.mention, kind=self.kind)
        else:
            target = day if day is not None else (self.days.lo if self.days is not None else None)
            new = _dated(self.mention, Interval(target, target) if target is not None else _UNBOUNDED)
        return [new if m is self.mention else m for m in mentions]

    def text(self, msg: Messages = ENGLISH) -> str:
        """The repair in words, for a message."""
        m = self.mention
        if self.change == "rekind":
            assert self.kind is not None
            return msg._("{date} fits as the date {event:de}").format(date=_written(msg, m), event=msg.label(self.kind))
        if self.change == "move":
            return msg._("{event} fits {days}").format(event=msg.label(m.kind), days=_days(msg, self.days))
        phrase = m.timex.text.strip()
        if self.days is None or (self.days.lo is None and self.days.hi is None):
            return msg._("Without “{phrase}” the dates agree").format(phrase=phrase)
        return msg._("“{phrase}” does not fit the dates; {lengths} would").format(phrase=phrase,
                                                                                lengths=_lengths(msg, self.days))


# The networks built for the changes tried, by change: (what was tried, the network built). A
# statement is often in several contradictions of a text, and the network its change gives is
# the same for each; only whether that network has fixed the one contradiction differs.
Tried = dict[tuple[object, ...], tuple[Mention | None, Timeline]]


def suggest(mentions: Sequence[Mention], rules: RuleSet, undated: Sequence[Undated], timeline: Timeline,
            contradiction: Contradiction, limit: int = LIMIT, tried: Tried | None = None) -> tuple[Repair, ...]:
    """At most ``limit`` repairs of ``contradiction``, best first (see the module's docstring).

    ``tried`` keeps the networks built, for the text's other contradictions: pass the same dict
    for every contradiction of one ``mentions``, and no other."""
    tried = {} if tried is None else tried
    before = {_key(c) for c in timeline.contradictions}
    allowed = before - {_key(contradiction)}
    by_change: dict[str, list[tuple[tuple[bool, int], Repair]]] = {"rekind": [], "move": [], "drop": []}
    for st in contradiction.statements:
        m = st.mention
        if m is None or not any(x is m for x in mentions):
            continue
        rank = (not st.uncertain, m.timex.start)
        for repair in _candidates(st, m, mentions, rules, undated, allowed, tried):
            by_change[repair.change].append((rank, repair))
    ranked = [sorted(v, key=lambda r: r[0]) for _, v in sorted(by_change.items(), key=lambda kv: _ORDER[kv[0]])]
    out: list[Repair] = []
    for turn in range(max((len(r) for r in ranked), default=0)):
        out.extend(r[turn][1] for r in ranked if turn < len(r))
    return tuple(out[:limit])


def _candidates(st: Statement, m: Mention, mentions: Sequence[Mention], rules: RuleSet,
                undated: Sequence[Undated], allowed: set[tuple[object, ...]], tried: Tried) -> list[Repair]:
    """The repairs of one statement that hold: at most one of each change."""
    found: list[Repair] = []
    if st.kind == "date":
        if m.role in ("point", "span"):
            dated = {x.kind for x in mentions if x.timex.kind in ("date", "range") and x is not m}
            # a kind the text dates nowhere else first: the date may be the one that event lacks
            for kind in sorted(rules.rekind.get(m.kind, ()), key=lambda k: k in dated):
                repair = Repair("rekind", m, kind=kind)
                if _fixed(_built(tried, ("rekind", id(m), kind), lambda: (None, repair.applied(mentions)), rules,
                                 undated)[1], allowed):
                    found.append(repair)
                    break
        moved = _move(m, mentions, rules, undated, allowed, tried)
        if moved is not None:
            found.append(moved)
    elif st.kind in ("relative", "duration"):
        after = _built(tried, ("drop", id(m)), lambda: (None, [x for x in mentions if x is not m]), rules, undated)[1]
        if _fixed(after, allowed):
            found.append(Repair("drop", m, days=_length_fits(m, after) if st.kind == "duration" else None))
    return found


def _move(m: Mention, mentions: Sequence[Mention], rules: RuleSet, undated: Sequence[Undated],
          allowed: set[tuple[object, ...]], tried: Tried) -> Repair | None:
    """The days an event could take instead of its stated date, if some fit."""

    def freed() -> tuple[Mention, list[Mention]]:
        free = _dated(m, _UNBOUNDED)
        return free, [free if x is m else x for x in mentions]

    free, after = _built(tried, ("free", id(m)), freed, rules, undated)
    if not _fixed(after, allowed):
        return None
    node = next((n for n in after.nodes if any(x is free for x in n.mentions)), None)
    if node is None:
        return None
    lo, hi = after.lower[node.index], after.upper[node.index]
    days = Interval(None if lo == float("-inf") else int(lo), None if hi == float("inf") else int(hi))
    if days.lo is not None and days.hi is not None and days.lo > days.hi:
        return None
    repair = Repair("move", m, days=days)
    ends = {d for d in (days.lo, days.hi) if d is not None}
    if not all(_fixed(_built(tried, ("move", id(m), d), lambda: (None, repair.applied(mentions, d)), rules,
                             undated)[1], allowed) for d in ends):
        return None
    return repair


def _built(tried: Tried, key: tuple[object, ...], change: Callable[[], tuple[Mention | None, list[Mention]]],
           rules: RuleSet, undated: Sequence[Undated]) -> tuple[Mention | None, Timeline]:
    """The network of the mentions ``change`` gives (with the mention it made, if it keeps one),
    built once for ``key``."""
    found = tried.get(key)
    if found is None:
        made, mentions = change()
        found = tried[key] = made, reason(mentions, rules, undated)
    return found


def _length_fits(m: Mention, timeline: Timeline) -> Interval | None:
    """The lengths in days the dates allow between the events a stated length joins."""
    end_kind = m.kind.replace("_start", "_end")
    starts, ends = timeline.of_kind(m.kind), timeline.of_kind(end_kind)
    if len(starts) != 1 or len(ends) != 1:
        return None
    lo, hi = timeline.gap(starts[0].index, ends[0].index)
    return Interval(None if lo == float("-inf") else int(lo), None if hi == float("inf") else int(hi))


def _fixed(timeline: Timeline, allowed: set[tuple[object, ...]]) -> bool:
    """Whether every contradiction left was there before, and is not the one repaired."""
    return all(_key(c) in allowed for c in timeline.contradictions)


def _key(c: Contradiction) -> tuple[object, ...]:
    """A contradiction by what it says, the same across networks built anew."""
    spots = frozenset((s.kind, s.mention.timex.start, s.mention.trigger) for s in c.statements if s.mention is not None)
    return c.category, c.rule.id if c.rule is not None else None, spots


def _dated(m: Mention, iv: Interval) -> Mention:
    """The mention with its date replaced by ``iv``, whatever part of a range it took."""
    t = attrs.evolve(m.timex, first=iv, last=iv if m.timex.last is not None else None, year_inferred=False)
    return attrs.evolve(m, timex=t)


def _written(msg: Messages, m: Mention) -> str:
    iv = m.timex.last if m.role == "end" else m.timex.first
    if iv is not None and iv.lo is not None and iv.lo == iv.hi:
        return msg.day(iv.lo)
    return f"“{m.timex.text.strip()}”"


def _days(msg: Messages, iv: Interval | None) -> str:
    if iv is None or iv.lo is None and iv.hi is None:
        return msg._("any date")
    if iv.lo == iv.hi:
        assert iv.lo is not None
        return msg._("only {day}").format(day=msg.day(iv.lo))
    if iv.lo is None:
        assert iv.hi is not None
        return msg._("any day up to {day}").format(day=msg.day(iv.hi))
    if iv.hi is None:
        return msg._("any day from {day} on").format(day=msg.day(iv.lo))
    return msg._("any day from {first} to {last}").format(first=msg.day(iv.lo), last=msg.day(iv.hi))


def _lengths(msg: Messages, iv: Interval) -> str:
    def n(x: int) -> str:
        return msg.ngettext("{n} day", "{n} days", abs(x)).format(n=x)

    if iv.lo == iv.hi and iv.lo is not None:
        return msg._("a length of {days}").format(days=n(iv.lo))
    if iv.lo is None:
        assert iv.hi is not None
        return msg._("a length of at most {days}").format(days=n(iv.hi))
    if iv.hi is None:
        return msg._("a length of at least {days}").format(days=n(iv.lo))
    return msg._("a length of {lo} to {days}").format(lo=iv.lo, days=n(iv.hi))
