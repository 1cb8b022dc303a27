"""What every rule kind reads (``Context``) and gives back (``Result``), and the finding builders they share."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence

import attrs

from ..document import Document
from ..evidence import sentences_of
from ..facts import Facts
from ..messages import ENGLISH, Messages
from ..model import DeadlineRow, Evidence, Finding, Mention
from ..reason import Contradiction, Node, Timeline
from ..repairs import Tried, suggest
from ..ruleset import DeadlineRule, RegimeOrderRule, RuleSet
from ..tagging import DateProblem


@attrs.frozen(eq=False)
class Context:
    """One document as the rule kinds see it: the document (to locate and quote evidence, never
    to read), its timeline, its facts, the date problems the tagger found, the rules, and the
    ids of the events reported (node index -> ``"E3"``), and the language of the messages."""

    doc: Document
    timeline: Timeline
    facts: Facts
    rules: RuleSet
    event_ids: Mapping[int, str]
    problems: tuple[DateProblem, ...] = ()
    mentions: tuple[Mention, ...] = ()  # what the timeline was built from: repairs build it again, changed
    msg: Messages = ENGLISH
    # the networks the repairs of one contradiction built, for the others' (see ``repairs.suggest``)
    tried: Tried = attrs.field(factory=dict, init=False, repr=False)

    def event_id(self, index: int) -> str:
        """The reported id of node ``index`` ("" for an event not reported)."""
        return self.event_ids.get(index, "")


@attrs.frozen
class Result:
    """What a rule kind found: findings, and rows of the deadline table (for regime rules)."""

    findings: tuple[Finding, ...] = ()
    rows: tuple[DeadlineRow, ...] = ()


Kind = Callable[[Context], Result]


def finding(ctx: Context, rule: str, category: str, severity: str, message: str, at: Mention,
            mentions: Sequence[Mention], events: tuple[str, ...]) -> Finding:
    """A finding located at ``at``'s trigger word, quoting the sentences of ``mentions``."""
    line, col = ctx.doc.locate(at.trigger[0])
    return Finding(rule=rule, category=category, severity=severity, message=message, line=line, column=col,  # type: ignore[arg-type]
                   events=events, evidence=sentences_of(ctx.doc, mentions))


def regime_finding(ctx: Context, rule: DeadlineRule | RegimeOrderRule, category: str, level: str, at: Node,
                   message: str, nodes: Iterable[Node], due: int | None = None, actual: int | None = None,
                   extra: Evidence | None = None) -> Finding:
    """A regime rule's finding, located at event ``at``, quoting the sentences of ``nodes`` (and ``extra``)."""
    nodes = list(nodes)
    m = at.mentions[0] if at.mentions else None
    line, col = ctx.doc.locate(m.trigger[0]) if m else (1, 1)
    evidence = sentences_of(ctx.doc, [x for n in nodes for x in n.mentions])
    if extra is not None:
        evidence = tuple(sorted(set(evidence) | {extra}, key=lambda e: e.start))
    return Finding(rule=rule.id, category=category, severity=level, message=message, line=line, column=col,  # type: ignore[arg-type]
                   events=tuple(ctx.event_id(n.index) for n in nodes), evidence=evidence, regime=rule.regime,
                   citation=rule.citation, due=due, actual=actual)


def mended(ctx: Context, c: Contradiction, f: Finding) -> Finding:
    """A contradiction's finding with its possible fixes: the smallest changes that remove it and add none."""
    return attrs.evolve(f, suggestions=tuple(r.text(ctx.msg) for r in suggest(ctx.mentions, ctx.rules, ctx.timeline.undated,
                                                                        ctx.timeline, c, tried=ctx.tried)))


def concerning(ctx: Context, f: Finding) -> Finding:
    """A contradiction names the applicable regimes whose deadlines count from or to one of its
    events: a conflicting notice date matters to the law that sets that notice's deadline."""
    kinds_by_id = {ctx.event_ids[n.index]: n.kind for n in ctx.timeline.nodes[1:] if n.index in ctx.event_ids}
    kinds = {kinds_by_id.get(e) for e in f.events}
    names = []
    for m in ctx.facts.regimes:
        reg = ctx.rules.regimes[m.name]
        counted = {k for r in reg.rules for k in (r.trigger, r.deadline)}
        counted |= {k for o in reg.orders for k in (*o.before, *o.after)}
        if kinds & counted:
            names.append(m.name)
    return attrs.evolve(f, regime=", ".join(names)) if names else f
