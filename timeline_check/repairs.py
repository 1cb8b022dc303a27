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

from collections.abc import Callable, Iterator, Sequence
from typing import Literal

import attrs

from .messages import ENGLISH, Messages
from .model import Interval, Mention, Undated
from .reason import Contradiction, Statement, Timeline, reason_while
from .ruleset import RuleSet

LIMIT = 3
Change = Literal["rekind", "move", "drop"]
_CHANGES: tuple[Change, ...] = ("rekind", "move", "drop")  # the order of the turns
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


# The networks built for the changes tried, by change: (what was tried, the network built, or None
# where it made a contradiction the text did not have, given up there). A statement is often in
# several contradictions of a text, and the network its change gives is the same for each; only
# whether that network has lost the one contradiction differs.
Tried = dict[tuple[object, ...], tuple[Mention | None, Timeline | None]]
Key = tuple[object, ...]


def suggest(mentions: Sequence[Mention], rules: RuleSet, undated: Sequence[Undated], timeline: Timeline,
            contradiction: Contradiction, limit: int = LIMIT, tried: Tried | None = None) -> tuple[Repair, ...]:
    """At most ``limit`` repairs of ``contradiction``, best first (see the module's docstring).

    ``tried`` keeps the networks built, for the text's other contradictions: pass the same dict
    for every contradiction of one ``mentions``, and no other. A change is tried only until
    ``limit`` repairs are known: one of each kind of change in turn, each kind's in rank order."""
    trials = _Trials(mentions, rules, undated, frozenset(_key(c) for c in timeline.contradictions),
                     _key(contradiction), {} if tried is None else tried)
    statements = [(st, m) for st in contradiction.statements
                  if (m := st.mention) is not None and any(x is m for x in mentions)]
    statements.sort(key=lambda sm: (not sm[0].uncertain, sm[1].timex.start))

    def of_change(change: Change) -> Iterator[Repair]:
        for st, m in statements:
            repair = trials.candidate(change, st, m)
            if repair is not None:
                yield repair

    turns = [of_change(change) for change in _CHANGES]
    out: list[Repair] = []
    while turns and len(out) < limit:
        for change in list(turns):
            repair = next(change, None)
            if repair is None:
                turns.remove(change)
                continue
            out.append(repair)
            if len(out) == limit:
                break
    return tuple(out)


@attrs.frozen
class _Trials:
    """The changes tried on one text's mentions for one of its contradictions (``repaired``):
    a change holds if its network has lost that contradiction and has none that is not in ``before``."""

    mentions: Sequence[Mention]
    rules: RuleSet
    undated: Sequence[Undated]
    before: frozenset[Key]
    repaired: Key
    tried: Tried

    def candidate(self, change: Change, st: Statement, m: Mention) -> Repair | None:
        """The repair of one statement by one kind of change, if one holds."""
        if change == "rekind":
            if st.kind != "date" or m.role not in ("point", "span"):
                return None
            dated = {x.kind for x in self.mentions if x.timex.kind in ("date", "range") and x is not m}
            # a kind the text dates nowhere else first: the date may be the one that event lacks
            for kind in sorted(self.rules.rekind.get(m.kind, ()), key=lambda k: k in dated):
                repair = Repair("rekind", m, kind=kind)
                if self.holds(("rekind", id(m), kind), lambda: (None, repair.applied(self.mentions))) is not None:
                    return repair
            return None
        if change == "move":
            return self.move(m) if st.kind == "date" else None
        if st.kind not in ("relative", "duration"):
            return None
        held = self.holds(("drop", id(m)), lambda: (None, [x for x in self.mentions if x is not m]))
        if held is None:
            return None
        return Repair("drop", m, days=_length_fits(m, held[1]) if st.kind == "duration" else None)

    def move(self, m: Mention) -> Repair | None:
        """The days an event could take instead of its stated date, if some fit."""

        def freed() -> tuple[Mention, list[Mention]]:
            free = _dated(m, _UNBOUNDED)
            return free, [free if x is m else x for x in self.mentions]

        held = self.holds(("free", id(m)), freed)
        if held is None:
            return None
        free, after = held
        node = next((n for n in after.nodes if any(x is free for x in n.mentions)), None)
        if node is None:
            return None
        lo, hi = after.lower[node.index], after.upper[node.index]
        days = Interval(None if lo == float("-inf") else int(lo), None if hi == float("inf") else int(hi))
        if days.lo is not None and days.hi is not None and days.lo > days.hi:
            return None
        repair = Repair("move", m, days=days)
        ends = {d for d in (days.lo, days.hi) if d is not None}
        if not all(self.holds(("move", id(m), d), lambda: (None, repair.applied(self.mentions, d))) is not None
                   for d in ends):
            return None
        return repair

    def holds(self, key: Key, change: Callable[[], tuple[Mention | None, list[Mention]]]) -> tuple[Mention | None, Timeline] | None:
        """The network of the mentions ``change`` gives (with the mention it made, if it keeps one),
        if the change holds; built once for ``key``, and only as far as it takes to know."""
        found = self.tried.get(key)
        if found is None:
            made, mentions = change()
            found = self.tried[key] = made, reason_while(mentions, self.rules, self.undated, self._only_before)
        made, timeline = found
        if timeline is None or any(_key(c) == self.repaired for c in timeline.contradictions):
            return None
        return made, timeline

    def _only_before(self, found: Sequence[Contradiction]) -> bool:
        return all(_key(c) in self.before for c in found)


def _length_fits(m: Mention, timeline: Timeline) -> Interval | None:
    """The lengths in days the dates allow between the events a stated length joins."""
    end_kind = m.kind.replace("_start", "_end")
    starts, ends = timeline.of_kind(m.kind), timeline.of_kind(end_kind)
    if len(starts) != 1 or len(ends) != 1:
        return None
    lo, hi = timeline.gap(starts[0].index, ends[0].index)
    return Interval(None if lo == float("-inf") else int(lo), None if hi == float("inf") else int(hi))


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
