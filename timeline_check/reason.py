"""Reason over the mentions: one node per event, one edge per statement, contradictions as cycles.

Mentions of a kind that happens once per incident (``singular`` in consistency.toml)
share a node when the text tells of one incident; others share a node when their
dates overlap. Statements become edges of the temporal network: a date bounds a node
from the zero node ``Z``, a relative phrase or stated duration bounds the distance
between two nodes, an order rule says one node is not after another. Contradictions
are found in two phases, so that each is explained by the fewest statements: first
the text's own statements (dates, durations, relative phrases), then the order rules.
Each negative cycle is recorded and its weakest edge dropped (a rule before a stated
length, a stated length before a date) until the network is consistent.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Sequence
from typing import Literal, NamedTuple

import attrs

from .model import Interval, Mention, Undated
from .network import INF, Edge, negative_cycle, shortest
from .ruleset import OrderRule, RuleSet

Z = 0
MAX_MENTIONS = 300  # mentions reasoned over in one text; see reason()


@attrs.frozen
class Statement:
    """Why an edge is in the network."""

    kind: Literal["date", "relative", "duration", "rule"]
    mention: Mention | None = None
    rule: OrderRule | None = None

    @property
    def strength(self) -> int:
        return {"rule": 0, "relative": 1, "duration": 1, "date": 2}[self.kind]

    @property
    def uncertain(self) -> bool:
        """A date whose year was guessed, a loose one (a season, "immediately"), or one that may
        belong to another verb of its sentence."""
        m = self.mention
        return m is not None and (m.timex.year_inferred or m.timex.loose or not m.certain)

    @property
    def guessed_year_only(self) -> bool:
        """A date bound for sure whose only doubt is its guessed year."""
        m = self.mention
        return self.kind == "date" and m is not None and m.certain and m.timex.year_inferred


@attrs.frozen
class Node:
    """An event of the timeline: its kind, the mentions that state it, the days they allow.

    A ``shadow`` node holds a date dropped from node ``shadow`` in a conflict, so that the
    dropped date is still checked against the order rules ("the stray date also comes
    before the discovery"); it is no event of its own."""

    index: int
    kind: str
    mentions: tuple[Mention, ...]
    stated: Interval | None
    shadow: int | None = None

    @property
    def future(self) -> bool:
        return bool(self.mentions) and all(m.future for m in self.mentions)

    @property
    def about(self) -> bool:
        """Whether every mention of it names the incident itself."""
        return bool(self.mentions) and all(m.about for m in self.mentions)

    @property
    def separate(self) -> bool:
        """Whether it is an event of another incident, told as such ("In a separate incident, ...")."""
        return bool(self.mentions) and all(m.separate for m in self.mentions)


@attrs.frozen
class Contradiction:
    """Statements that cannot all be true, and which rule kind they break."""

    category: Literal["order", "conflict", "duration"]
    statements: tuple[Statement, ...]
    nodes: tuple[int, ...]
    rule: OrderRule | None = None
    any_year: bool = False  # it holds whichever year is read for the dates whose year was guessed
    pair: tuple[int, int] | None = None  # the nodes the rule orders, (before, after)

    @property
    def certain(self) -> bool:
        return not any(s.uncertain and not (self.any_year and s.guessed_year_only) for s in self.statements)


_BREACH_KINDS = ("breach_start", "breach_end")
# Notices that a single incident rarely gets twice on different days without saying so
# ("an updated report"): two of them mean the text tells of several incidents.
_ONCE_PER_INCIDENT = ("notification_regulator", "notification_individuals")


@attrs.frozen
class Timeline:
    """The consistent network that remains, and the contradictions found on the way."""

    nodes: tuple[Node, ...]
    edges: tuple[Edge[Statement], ...]
    contradictions: tuple[Contradiction, ...]
    lower: tuple[float, ...]
    upper: tuple[float, ...]
    single_incident: bool
    undated: tuple[Undated, ...] = ()
    left_out: tuple[Mention, ...] = ()  # mentions past MAX_MENTIONS, not reasoned over
    # The other incidents are each told as such ("In a separate incident, ..."): the events of
    # the text's own incident are known to be its own, and reasoned over on their own.
    separated: bool = False
    # Shortest distances from each node asked about, computed once: deadline checks ask for
    # the gap of every (trigger, notice) pair, which recomputed them O(V²) times.
    _from: dict[int, list[float]] = attrs.field(factory=dict, init=False, eq=False, repr=False)

    def of_kind(self, kind: str) -> list[Node]:
        """The events of a kind (shadow nodes left out)."""
        return [n for n in self.nodes if n.kind == kind and n.shadow is None]

    def gap(self, a: int, b: int) -> tuple[float, float]:
        """Bounds of ``t(b) - t(a)`` in days."""
        return -self._distances(b)[a], self._distances(a)[b]

    def _distances(self, src: int) -> list[float]:
        d = self._from.get(src)
        if d is None:
            d = self._from[src] = shortest(len(self.nodes), self.edges, src)
        return d


def interval_of(m: Mention) -> Interval | None:
    """The days a mention allows its event, by its role in the time expression."""
    t = m.timex
    if t.first is None:
        return None
    if m.role == "end":
        return t.last
    if m.role == "span" and t.last is not None:
        return Interval(t.first.lo, t.last.hi)
    return t.first


def _width(iv: Interval) -> float:
    return INF if iv.lo is None or iv.hi is None else iv.hi - iv.lo


def reason(mentions: Sequence[Mention], rules: RuleSet, undated: Sequence[Undated] = ()) -> Timeline:
    """Build the temporal network of ``mentions`` and find its contradictions.

    ``undated`` are the event words with no date: a notice mentioned without a date
    may be the first one, which makes a late dated notice only possibly late."""
    timeline = reason_while(mentions, rules, undated, lambda found: True)
    assert timeline is not None
    return timeline


def reason_while(mentions: Sequence[Mention], rules: RuleSet, undated: Sequence[Undated],
                 going: Callable[[Sequence[Contradiction]], bool]) -> Timeline | None:
    """``reason``, given up (None) once ``going`` is false of the contradictions found so far,
    asked after each phase (the dates of one event, the text's statements, the order rules):
    a repair tried is not worth building further once it has made a contradiction of its own."""
    mentions, undated = _settle_at_once(mentions, undated)
    single = not any(m.distinct for m in mentions)
    left_out: Sequence[Mention] = ()
    if len(mentions) > MAX_MENTIONS:
        # Grouping, rules and negative cycles cost more than linear time in the number of
        # mentions. A narrative of one incident states a few dozen at most (13 in the longest
        # real one here); a text with hundreds is a compilation of incidents: reason over its
        # first MAX_MENTIONS, in text order, as several incidents, so that no date is merged
        # with another incident's.
        mentions, left_out, single = list(mentions[:MAX_MENTIONS]), mentions[MAX_MENTIONS:], False
    # The other incidents each told as such: the text's own is one incident, reasoned on its own.
    separated = not single and not left_out and all(m.separate for m in mentions if m.distinct)
    nodes, contradictions = _nodes(mentions, rules.singular, single or separated)
    if not going(contradictions):
        return None
    # two dated notices of a kind to one recipient: several incidents ("seize jours après", a notice
    # dated only from another event, is no second date: the dated one restated); not the dates one
    # word lists ("notification and substitute notice were provided on May 2 and May 9, respectively")
    if (single or separated) and any(_one_recipient(a.mentions[0], b.mentions[0]) and not _one_word(a, b)
                                     for k in _ONCE_PER_INCIDENT
                                     for i, a in enumerate(nodes) if a.kind == k and not a.separate and a.stated
                                     for b in nodes[i + 1:] if b.kind == k and not b.separate and b.stated):
        single = separated = False
    for c in list(contradictions):  # each date dropped in a conflict, as a shadow of its event
        dropped = c.statements[1].mention
        assert dropped is not None
        nodes.append(Node(len(nodes), dropped.kind, (dropped,), interval_of(dropped), shadow=c.nodes[0]))
    by_mention = {id(m): n.index for n in nodes for m in n.mentions}
    own: list[Edge[Statement]] = []
    for n in nodes[1:]:
        for m in n.mentions:
            iv = interval_of(m) if m.timex.kind in ("date", "range") else None
            if iv is not None and iv.lo is not None and iv.hi is not None:
                own.append(Edge(Z, n.index, iv.hi, Statement("date", m)))
                own.append(Edge(n.index, Z, -iv.lo, Statement("date", m)))
    relative, implied = _relative_edges(mentions, nodes, by_mention, undated)
    nodes.extend(implied)
    own.extend(relative)
    own.extend(_duration_edges(mentions, nodes))
    edges = _resolve(len(nodes), own, contradictions)
    if not going(contradictions):
        return None
    edges = _resolve(len(nodes), edges + _rule_edges(nodes, rules), contradictions)
    if not going(contradictions):
        return None
    up = shortest(len(nodes), edges, Z)
    down = shortest(len(nodes), edges, Z, reverse=True)
    return Timeline(tuple(nodes), tuple(edges), tuple(contradictions), tuple(-d for d in down), tuple(up), single,
                    tuple(undated), tuple(left_out), separated)


def _nodes(mentions: Sequence[Mention], singular: frozenset[str], single: bool) -> tuple[list[Node], list[Contradiction]]:
    groups: list[tuple[str, list[Mention]]] = []
    contradictions: list[Contradiction] = []
    dated = [m for m in mentions if m.role != "duration" and m.timex.kind in ("date", "range")]
    relative = [m for m in mentions if m.role != "duration" and m.timex.kind == "relative"]
    for m in dated:
        iv = interval_of(m)
        if iv is None:
            continue
        home = next((ms for kind, ms in groups if kind == m.kind and _joins(m, ms, iv, singular, single)), None)
        if home is None:
            groups.append((m.kind, [m]))
        else:
            home.append(m)
    for m in relative:
        home = next((ms for kind, ms in groups if kind == m.kind and any(x.trigger == m.trigger for x in ms)), None)
        if home is None and m.kind in singular and single and m.about and not m.separate:
            home = next((ms for kind, ms in groups if kind == m.kind
                         and all(x.about and not x.separate and _one_recipient(x, m) for x in ms)), None)
        if home is None:
            groups.append((m.kind, [m]))
        else:
            home.append(m)
    nodes = [Node(Z, "", (), None)]
    for kind, ms in groups:
        kept, stated = _stated(ms, contradictions, len(nodes))
        nodes.append(Node(len(nodes), kind, tuple(kept), stated))
    return nodes, contradictions


def _joins(m: Mention, ms: list[Mention], iv: Interval, singular: frozenset[str], single: bool) -> bool:
    """Whether a dated mention is the same event as those of a group of its kind: one that happens
    once per incident (``single``: the text's own incident is one), told by one party to one
    recipient, not of another incident told as such, or any whose dates all overlap."""
    if m.kind in singular and single and m.about and not m.separate and all(
            x.about and not x.separate and _one_actor(x, m) and _one_recipient(x, m) for x in ms):
        return True
    if m.once and single and all(x.once for x in ms):
        return True  # one message sent by mistake, dated twice
    return not m.distinct and all((interval_of(x) or iv).intersect(iv) is not None for x in ms)


def _one_recipient(a: Mention, b: Mention) -> bool:
    """Whether two notices may be one: a recipient is named for neither, or the names share one.
    A report to the Office for Civil Rights and one to an attorney general are two."""
    return not a.to or not b.to or not a.to.isdisjoint(b.to)


def _one_word(a: Node, b: Node) -> bool:
    """Whether one event word dates both nodes: a list of dates of one act told in parts (batches
    of letters, a notice and its substitute), not two incidents."""
    return not {m.trigger for m in a.mentions}.isdisjoint(m.trigger for m in b.mentions)


def _one_actor(a: Mention, b: Mention) -> bool:
    """Whether two mentions may be one party's act: a name is given for neither, or the
    names share a word ("Acme", "Acme Corp."). A vendor's discovery and its client's are two."""
    return not a.actor or not b.actor or not a.actor.isdisjoint(b.actor)


def _stated(ms: list[Mention], contradictions: list[Contradiction], index: int) -> tuple[list[Mention], Interval | None]:
    """Intersect a node's dates, narrowest first; a date that fits none of the others is a conflict."""
    stated: Interval | None = None
    kept: list[Mention] = []
    agreeing: list[Mention] = []
    for m in sorted(ms, key=lambda x: (_width(interval_of(x) or Interval(None, None)), x.timex.start)):
        iv = interval_of(m) if m.timex.kind in ("date", "range") else None
        if iv is None:
            kept.append(m)
            continue
        if stated is None:
            stated, agreeing = iv, [m]
            kept.append(m)
            continue
        both = stated.intersect(iv)
        if both is None:
            sts = (Statement("date", agreeing[0]), Statement("date", m))
            contradictions.append(Contradiction("conflict", sts, (index,), any_year=_apart_every_year(sts)))
            continue
        stated = both
        agreeing.append(m)
        kept.append(m)
    kept.sort(key=lambda x: x.timex.start)
    return kept, stated


def _undated_between(last: Mention, m: Mention, undated: Sequence[Undated], mentions: Sequence[Mention]) -> bool:
    """Whether an event word with no date is told between ``last`` and ``m``, in a sentence with no
    time expression the reader understood ("Tuesday, the clinic found the attack.", the weekday
    not placed; not "the attackers had access for one week"): "the same day" after it counts from
    a day the reader did not understand, not from ``last``'s."""
    dated = {x.sentence for x in mentions}
    return any(last.sentence[1] <= u.sentence[0] and u.trigger[0] < m.timex.start and u.sentence != m.sentence
               and u.sentence not in dated for u in undated)


def _settle_at_once(mentions: Sequence[Mention], undated: Sequence[Undated]) -> tuple[list[Mention], list[Undated]]:
    """ "Immediately" with no event just told before it to count from: an event word with no date."""
    kept: list[Mention] = []
    loose = list(undated)
    told = [m for m in mentions if m.role != "duration" and m.kind != "publication"]
    for m in mentions:
        t = m.timex
        if t.qualifier == "at_once" and t.anchor is not None and t.anchor.kind == "previous":
            before = [x for x in told if x.timex.start < t.start and x.trigger != m.trigger]
            if not before or not (_just_told(before[-1], m) or _answers_finding(before, m, mentions)) \
                    or _undated_between(before[-1], m, undated, mentions):
                loose.append(Undated(m.kind, m.trigger, m.sentence))
                continue
        kept.append(m)
    return kept, loose


def _just_told(last: Mention, m: Mention) -> bool:
    """Whether "immediately" (``m``) may count from ``last``: an event of its own sentence ("found the
    theft within an hour and immediately called the police"), not one told sentences earlier,
    which the real narratives leave undated as often as not."""
    return last.sentence == m.sentence


_RESPONSES = ("containment", "investigation_start")
_SENTENCE_GAP = 3  # characters between two sentences next to each other: their spacing, at most


def _answers_finding(before: Sequence[Mention], m: Mention, mentions: Sequence[Mention]) -> bool:
    """Whether "immediately" (``m``) opens a response told in the sentence right after that of a
    dated discovery ("found the intrusion on May 4. The IT lead immediately cut the remote
    connections", "a découvert l'intrusion le 4 mai. Le responsable a aussitôt fait couper les
    connexions"): the organisation's last act of that sentence, its breach dates aside, is the
    finding the response answers, the two sentences next to each other."""
    last = before[-1]
    if m.kind not in _RESPONSES or not 0 <= m.sentence[0] - last.sentence[1] <= _SENTENCE_GAP:
        return False
    acts = [p for p in before if p.sentence == last.sentence and p.kind not in _BREACH_KINDS]
    return bool(acts) and acts[-1].kind == "discovery"


def _finding_before(before: Sequence[tuple[Mention, int]], m: Mention, anchor: int) -> int:
    """For a response or a notice (``m``) told after sentences that only date the breach, the
    discovery it answers when that is the organisation's last act before it ("detected the
    connections on May 27. They had been going on since May 19. The accounts were blocked the same
    day": the 27th; "ont découvert ... le 27 octobre. Les attaquants étaient entrés dès le 19
    octobre. Le maire a déposé plainte le jour même": the 27th); else ``anchor``."""
    if m.kind not in _RESPONSES and not m.kind.startswith("notification_"):
        return anchor
    acts = [(p, j) for p, j in before if p.kind not in _BREACH_KINDS]
    return acts[-1][1] if acts and acts[-1][0].kind == "discovery" else anchor


def _relative_edges(mentions: Sequence[Mention], nodes: Sequence[Node], by_mention: dict[int, int],
                    undated: Sequence[Undated] = ()) -> tuple[list[Edge[Statement]], list[Node]]:
    """The edges relative phrases state, and the events they imply that have no node yet
    (numbered after ``nodes``); ``nodes`` is left as it is."""
    out: list[Edge[Statement]] = []
    implied: list[Node] = []
    ordered = [m for m in mentions if m.role != "duration" and m.kind != "publication"]
    for i, m in enumerate(ordered):
        t = m.timex
        if t.kind != "relative" or t.amount is None or id(m) not in by_mention:
            continue
        me = by_mention[id(m)]
        anchor: int | None = None
        named = t.anchor.name if t.anchor is not None else None
        cands = [n.index for n in (*nodes, *implied) if n.kind == named]
        if named == "previous" or cands == [me]:
            # A phrase whose words name its own event ("the next day the clinic notified HHS")
            # counts from the event before it: for a response, the organisation's act of that
            # sentence rather than the breach dates it describes ("identified on May 3 access that
            # occurred between April 1 and 4. It was blocked the same day": the 3rd).
            before = [(p, j) for p in ordered[:i] if (j := by_mention.get(id(p))) is not None and j != me]
            if before and _undated_between(before[-1][0], m, undated, mentions):
                before = []
            if before:
                last, anchor = before[-1]
                if last.kind in _BREACH_KINDS and m.kind not in _BREACH_KINDS:
                    anchor = next((j for p, j in reversed(before) if p.sentence == last.sentence
                                   and p.kind not in _BREACH_KINDS), _finding_before(before, m, anchor))
        elif cands:
            anchor = cands[0] if len(cands) == 1 else None
        elif named is not None and named != "unknown":
            # "notified the CNIL on 9 May, three days after discovering the attack": the discovery
            # has no date of its own, but the phrase gives it one; its event is the phrase's.
            implied.append(Node(len(nodes) + len(implied), named, (attrs.evolve(m, kind=named),), None))
            anchor = implied[-1].index
        if anchor is None:
            continue
        lo, hi = t.amount
        a, b = (anchor, me) if t.direction > 0 else (me, anchor)
        st = Statement("relative", m)
        if hi is not None:
            out.append(Edge(a, b, hi, st))
        out.append(Edge(b, a, -lo, st))
    return out, implied


def _duration_edges(mentions: Sequence[Mention], nodes: list[Node]) -> list[Edge[Statement]]:
    out: list[Edge[Statement]] = []
    for m in mentions:
        if m.role != "duration" or m.timex.amount is None:
            continue
        end_kind = m.until or m.kind.replace("_start", "_end")
        # of its own incident: a length told of the text's incident is not another's
        starts = [n for n in nodes if n.kind == m.kind and n.separate == m.separate]
        ends = [n for n in nodes if n.kind == end_kind and n.separate == m.separate]
        if len(starts) > 1 or len(ends) > 1:  # several: those its own sentence dates ("pendant onze jours, entre le 8 et le 25 juin")
            starts, ends = _told_with(starts, m), _told_with(ends, m)
        if len(starts) != 1 or len(ends) != 1:
            continue
        lo, hi = m.timex.amount
        st = Statement("duration", m)
        if hi is not None:
            out.append(Edge(starts[0].index, ends[0].index, hi, st))
        out.append(Edge(ends[0].index, starts[0].index, -lo, st))
    return out


def _told_with(nodes: list[Node], m: Mention) -> list[Node]:
    """The nodes a mention of the sentence of length ``m`` states."""
    return [n for n in nodes if any(x.sentence == m.sentence for x in n.mentions)]


def _rule_edges(nodes: list[Node], rules: RuleSet) -> list[Edge[Statement]]:
    """Order rules between the nodes they name, within one incident: the text's own, or the
    others told as such ("In a separate incident, ..."). A rule links two kinds only where
    each has one node in it: with two breach acts or two notices, which one the rule speaks of
    is not known. A rule marked ``every`` holds for each node (every event precedes the text's date)."""
    out: list[Edge[Statement]] = []
    count: dict[tuple[str, bool], int] = {}
    told: set[str] = set()  # kinds with an event whose mentions name the incident itself
    for n in nodes[1:]:
        if n.shadow is None and n.about:
            told.add(n.kind)
    # Where some events of a kind name the incident ("discovered the breach") and others a
    # fact of it ("identified four attachments"), the rules relate the incident's own event.
    members = [n for n in nodes[1:] if n.kind not in told or n.about or n.shadow is not None]
    for n in members:
        if n.shadow is None:
            count[n.kind, n.separate] = count.get((n.kind, n.separate), 0) + 1
    # what the loops below ask of each member, read once (``separate`` and ``future`` walk its mentions)
    facts = [_Member(n.index, n.kind, n.separate, n.shadow is not None, n.future,
                     count.get((n.kind, n.separate), 0) > 1, _no_first_awareness(n)) for n in members]
    for rule in rules.order:
        later = [b for b in facts if b.kind in rule.after]
        if not later:
            continue
        for a in facts:
            if a.kind not in rule.before:
                continue
            for b in later:
                if a.kind == b.kind or a.shadow and b.shadow or not rule.every and (a.several or b.several):
                    continue
                if _related(a, b):
                    out.append(Edge(b.node, a.node, 0, Statement("rule", rule=rule)))
    return out


class _Member(NamedTuple):
    """A node as the order rules see it."""

    node: int
    kind: str
    separate: bool
    shadow: bool
    future: bool
    several: bool  # its kind has other nodes in its incident
    bound_only: bool  # a discovery each of whose dates is given as a bound (``_no_first_awareness``)


def _no_first_awareness(a: Node) -> bool:
    """Whether discovery ``a`` may have come earlier than its date, so that nothing is too early
    for it: each of its dates is given as a bound ("aware of the breach at least on 19 July",
    while it contained "the incident" upon its discovery on 14 June)."""
    return a.kind == "discovery" and bool(a.mentions) and all(m.bound for m in a.mentions)


def _related(a: _Member, b: _Member) -> bool:
    """Whether an order rule may relate ``a`` before ``b``: events of one incident (none across
    incidents), or any event before the text's own date, but a planned one; nothing after a
    discovery that may have come earlier than its date."""
    if b.kind == "publication":
        return not a.future
    if a.bound_only:
        return False
    return a.separate == b.separate or a.kind == "publication"


def _resolve(n: int, edges: list[Edge[Statement]], found: list[Contradiction]) -> list[Edge[Statement]]:
    """Record and break negative cycles until none is left; return the edges kept."""
    edges = list(edges)
    for _ in range(64):
        cycle = negative_cycle(n, edges)
        if cycle is None:
            return edges
        sts = tuple(dict.fromkeys(e.source for e in cycle))
        ruled = next((e for e in cycle if e.source.kind == "rule"), None)
        rule = ruled.source.rule if ruled is not None else None
        category: Literal["order", "conflict", "duration"] = (
            "order" if rule is not None else "duration" if any(s.kind in ("relative", "duration") for s in sts)
            else "conflict")
        found.append(Contradiction(category, sts, tuple(sorted({e.dst for e in cycle} - {Z})), rule,
                                   _any_year(n, edges, sts), (ruled.dst, ruled.src) if ruled is not None else None))
        weakest = min(sts, key=lambda s: (s.strength, -(s.mention.timex.start if s.mention else 0)))
        edges = [e for e in edges if e.source != weakest]
    return edges


MAX_GUESSED = 3  # dates of guessed year tried in every reading (3 ** MAX_GUESSED networks)


def _any_year(n: int, edges: list[Edge[Statement]], sts: tuple[Statement, ...]) -> bool:
    """Whether statements that cannot all be true stay so when each date whose year was
    guessed is read a year earlier or later: "from 18 January 2024 for three days, until 2
    February" is wrong in 2023 and 2025 too, while "December 28" before "January 3" is so only
    in one reading. Tried on the statements' own edges, for each reading."""
    guessed = [s for s in sts if s.guessed_year_only]
    if not guessed or len(guessed) > MAX_GUESSED:
        return False
    own = [e for e in edges if e.source in sts]
    for shifts in itertools.product((-1, 0, 1), repeat=len(guessed)):
        if not any(shifts):
            continue
        by = dict(zip(guessed, shifts))
        moved = [_shifted(e, by[e.source]) if e.source in by else e for e in own]
        if any(m is None for m in moved) or negative_cycle(n, moved) is None:  # type: ignore[arg-type]
            return False
    return True


def _apart_every_year(sts: tuple[Statement, Statement]) -> bool:
    """Whether two dates of one event stay apart whichever year is read for those whose year
    was guessed ("7 novembre" and "8 novembre": in any year)."""
    ivs = [interval_of(s.mention) for s in sts if s.mention is not None]
    if len(ivs) != 2 or any(iv is None or iv.lo is None or iv.hi is None for iv in ivs) \
            or not any(s.guessed_year_only for s in sts) or not all(s.guessed_year_only or not s.uncertain for s in sts):
        return False
    readings = [(-1, 0, 1) if s.guessed_year_only else (0,) for s in sts]
    for ya, yb in itertools.product(*readings):
        a, b = (_moved_interval(iv, y) for iv, y in zip(ivs, (ya, yb)))  # type: ignore[arg-type]
        if a is None or b is None or a.intersect(b) is not None:
            return False
    return True


def _moved_interval(iv: Interval, years: int) -> Interval | None:
    lo, hi = _moved(iv.lo, years), _moved(iv.hi, years)  # type: ignore[arg-type]
    return None if lo is None or hi is None else Interval(lo, hi)


def _moved(day: int, years: int) -> int | None:
    """A day read ``years`` later (None where that day does not exist: 29 February)."""
    if years == 0:
        return day
    d = dt.date.fromordinal(day)
    try:
        return d.replace(year=d.year + years).toordinal()
    except ValueError:
        return None


def _shifted(e: Edge[Statement], years: int) -> Edge[Statement] | None:
    """A date's edge with the date read ``years`` later (None where that day does not exist)."""
    moved = _moved(e.weight if e.src == Z else -e.weight, years)
    if moved is None:
        return None
    return attrs.evolve(e, weight=moved if e.src == Z else -moved)
