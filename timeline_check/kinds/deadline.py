"""The deadline kind: for each deadline rule of each applicable regime, met, missed, possibly
missed, or not checkable, as a row of the deadline table and, where the text shows a problem,
a finding.

A rule whose event that starts the clock has no date, or whose notice has none, gives a
``missing`` finding that names the fact needed. The words of every finding are templates
(``rules/deadline.toml``, or a regime's own ``[messages]``); counting is ``deadlines.py``'s.
"""

from __future__ import annotations

from typing import Any

import attrs

from ..deadlines import (INF, Verdict, bounds, business_days_between, candidates, counting, due_day, node_minutes,
                         verdict)
from ..evidence import quote
from ..messages import Messages
from ..model import DeadlineRow, Evidence, Finding, Interval, Undated, iso
from ..reason import Node, Timeline, interval_of
from ..ruleset import DeadlineRule, Regime
from .context import Context, Result, regime_finding
from .regime import applicable, applies, interval, to_recipient

Outcome = tuple[DeadlineRow, Finding | None]


def run(ctx: Context) -> Result:
    """The rows and findings of every deadline rule of the regimes that apply."""
    findings: list[Finding] = []
    rows: list[DeadlineRow] = []
    # Kinds an order rule puts one before the other: a notice dated before such a trigger cannot answer it.
    ordered = frozenset((x, y) for r in ctx.rules.order if not r.every for x in r.before for y in r.after)
    for regime, local in applicable(ctx):
        for versions in regime.versions().values():
            case = _case(ctx, regime, versions, local, ordered)
            if case is None:
                continue
            row, found = _outcome(case)
            rows.append(row)
            if found is not None:
                findings.append(found)
    return Result(tuple(findings), tuple(rows))


@attrs.frozen(eq=False)
class _Case:
    """One deadline rule to check: its newest version (``rule``), the versions whose threshold
    the text may meet, the one that applies only if a number the text does not give is reached."""

    ctx: Context
    regime: Regime
    rule: DeadlineRule
    versions: tuple[DeadlineRule, ...]
    conditional: DeadlineRule | None
    ordered: frozenset[tuple[str, str]]

    @property
    def timeline(self) -> Timeline:
        return self.ctx.timeline

    @property
    def msg(self) -> Messages:
        return self.ctx.msg

    @property
    def undated_notices(self) -> list[Undated]:
        """The text's mentions of this rule's notice that give no date ("The clinic notified HHS.")."""
        return [u for u in self.timeline.undated if u.kind == self.rule.deadline]

    def row(self, status: str, start: Node | None = None, due_minute: int | None = None, undated: bool = True,
            **fields: Any) -> DeadlineRow:
        """A row of the table, counted from ``start`` (the trigger event; None with ``undated``: the text dates none)."""
        rule = self.rule
        fields.setdefault("unit", _unit_word(rule))
        trigger = self.days(start) if start is not None else None
        event = (self.ctx.event_id(start.index) or None) if start is not None else None
        return DeadlineRow(rule.id, rule.regime, rule.citation, rule.limit, status, trigger=trigger, source=rule.source,
                           event=event, counting=counting(rule, trigger, fields.get("due"), due_minute, undated, self.msg), **fields)

    def say(self, key: str, **fields: Any) -> str:
        """The message template ``key``, as this rule's regime words it, filled in."""
        return self.msg._(self.ctx.rules.message(self.regime, key)).format(**fields)

    def days(self, n: Node) -> Interval:
        return interval(self.timeline, n)

    def when(self, n: Node) -> str:
        """The days of event ``n`` in words: those the text states, else those the timeline allows."""
        return self.msg.when(n.stated or self.days(n))


def _case(ctx: Context, regime: Regime, versions: list[DeadlineRule], local: int | None,
          ordered: frozenset[tuple[str, str]]) -> _Case | None:
    """The rule with its versions, or None when no version applies to the number of people affected,
    or when its notice is one only another party sends and the text does not speak of it."""
    if versions[-1].deadline in _OTHER_PARTY and not _speaks_of(ctx.timeline, versions[-1].deadline):
        return None
    applying = [(v, applies(v, ctx.facts.affected, local)) for v in versions]
    kept = tuple(v for v, ok in applying if ok is not False)
    if not kept:
        return None
    conditional = next((v for v, ok in applying if ok is None), None)  # applies if its threshold is met
    return _Case(ctx, regime, versions[-1], kept, conditional, ordered)


# Notices a party other than the usual writer sends: a business associate's to the covered entity.
# A covered entity's own letter does not speak of it, and the rule is not listed for it.
_OTHER_PARTY = frozenset({"notification_covered_entity"})


def _speaks_of(timeline: Timeline, kind: str) -> bool:
    """Whether the text names an event of ``kind``, dated or not."""
    return bool(timeline.of_kind(kind)) or any(u.kind == kind for u in timeline.undated)


def _unit_word(rule: DeadlineRule) -> str:
    return {"business_days": "business days", "hours": "hours", "months": "days"}.get(rule.unit, "days")


def _outcome(case: _Case) -> Outcome:
    """The row, and the finding if any, of one rule: which events it needs the text dates."""
    rule, timeline = case.rule, case.timeline
    if all(v.pending for v in case.versions):
        return case.row("not in force", note=case.msg._("no in-force date yet"), undated=False), None
    ends = to_recipient(case.ctx, rule, timeline.of_kind(rule.deadline))
    if rule.unit == "none":
        return case.row("no number", actual=case.days(ends[0]) if ends else None,
                        note=case.msg.regime(rule.standard) or case.msg._("no number of days is set")), None
    starts = [n for n in timeline.of_kind(rule.trigger) if not n.future] or _stand_ins(case)
    if rule.trigger == rule.deadline:  # a follow-up report counted from the first one
        nodes = sorted(ends, key=lambda n: (timeline.lower[n.index], n.index))
        starts, ends = nodes[:1], nodes[1:]
        if not ends:
            return case.row("not stated", start=starts[0] if starts else None,
                            note=case.msg._("no later {event}").format(event=case.msg.label(rule.deadline))), None
    if not starts and not ends:
        return case.row("trigger not stated", note=case.msg._("no date for {trigger} nor {notice}").format(
            trigger=case.msg.label(rule.trigger), notice=case.msg.label(rule.deadline))), None
    if not starts:
        return _no_trigger(case, ends)
    if not ends:
        return _no_notice(case, starts[0])
    return _judged(case, starts, ends)


def _stand_ins(case: _Case) -> list[Node]:
    """With no trigger told, the later triggers the clock may run from: the latest the actor can
    have learned of the breach ("the business associate notified the covered entity on December
    27": the covered entity's discovery, as 45 CFR 164.404(a)(2) reads it, when no other is told)."""
    return [n for k in case.rule.later_triggers for n in case.timeline.of_kind(k) if not n.future]


# ---------------------------------------------------------------- a date the rule needs is missing

def _no_trigger(case: _Case, ends: list[Node]) -> Outcome:
    """The notice is dated, the event that starts the clock is not."""
    rule, timeline, end = case.rule, case.timeline, ends[0]
    top = max(timeline.upper[n.index] for n in ends)
    if not candidates(case.versions, -INF, top):
        return case.row("not in force", actual=case.days(end)), None
    # An event the trigger cannot precede ("discovered on February 5": the determination
    # comes no earlier) bounds the due date from below.
    floor = _floor(timeline, case.ordered, rule.trigger) if timeline.single_incident else None
    earliest = that_day = None
    if floor is not None:
        lo = int(timeline.lower[floor.index])
        # met whatever the day and whichever version then in force: each due date only grows with the day
        earliest = min((due_day(v, lo) for v in candidates(case.versions, lo, INF)), default=None)
        that_day = max((due_day(v, lo) for v in candidates(case.versions, lo, lo)), default=None)
    if floor is not None and earliest is not None and top <= earliest:
        # met whatever the trigger's day, but the table gives no due date counted from another event
        return case.row("trigger not stated", actual=case.days(end),
                        note=case.msg._("met counted from {event}, which {trigger} cannot precede").format(
                            event=case.msg.label(floor.kind), trigger=case.msg.label(rule.trigger))), None
    row = case.row("trigger not stated", actual=case.days(end),
                   note=case.msg._("no date for {event}").format(event=case.msg.label(rule.trigger)))
    if rule.missing == "none" or timeline.lower[end.index] == -INF and timeline.upper[end.index] == INF:
        return row, None  # (a notice counted from an event the text does not date is no dated notice)
    bound = (case.say("floor", trigger=case.msg.label(rule.trigger), event=case.msg.label(floor.kind), event_date=case.when(floor),
                      due=iso(that_day)) if floor is not None and that_day is not None else "")
    message = case.say("no_trigger_date", notice=case.msg.label(rule.deadline), notice_cap=case.msg.cap(rule.deadline),
                       notice_date=case.when(end), trigger=case.msg.label(rule.trigger), citation=rule.citation,
                       limit=case.msg.limit(rule.unit, rule.amount), floor=bound)
    return row, regime_finding(case.ctx, rule, "missing", rule.missing, end, message,
                               [end, *([floor] if floor is not None else [])])


def _floor(timeline: Timeline, ordered: frozenset[tuple[str, str]], kind: str) -> Node | None:
    """The dated event that an event of ``kind`` cannot precede, the latest such (or None)."""
    nodes = [n for k, later in ordered if later == kind for n in timeline.of_kind(k)
             if not n.future and timeline.lower[n.index] != -INF]
    return max(nodes, key=lambda n: timeline.lower[n.index], default=None)


def _no_notice(case: _Case, start: Node) -> Outcome:
    """The clock started, and the text dates no notice to this rule's recipient."""
    rule, timeline = case.rule, case.timeline
    lo, hi = bounds(timeline, start)
    cands = candidates(case.versions, lo, hi)
    if not cands:
        return case.row("not in force", start=start), None
    due = None
    if hi != INF:
        m = node_minutes(timeline, start)
        due = max(due_day(v, int(hi), m[1] if m[0] == m[1] else None) for v in cands)
    # A dated notice of this kind that names no recipient of this rule ("the CE reported the
    # breach on June 25"): it may be this notice, but the text does not say so.
    unnamed = [n for n in timeline.of_kind(rule.deadline) if n.stated is not None]
    # Not yet due on the text's own date: the notice may simply be still to come.
    own = next((n.stated.hi for n in timeline.of_kind("publication") if n.stated is not None), None)
    pending = due is not None and own is not None and due > own
    note = case.msg._("no date for {event}").format(event=case.msg.label(rule.deadline))
    if unnamed:
        note = (case.msg._("dates {notice} on {date} but does not say it went to {recipient}").format(
            notice=case.msg.label(rule.deadline), date=case.msg.when(unnamed[0].stated), recipient=case.msg.regime(rule.recipient))
                if rule.recipient else case.msg._("gives no date for it"))
    row = case.row("not stated", start=start, due=due, pending=pending,
                   note=note + (case.msg._(", not yet due on the text's own date") if pending else ""))
    if rule.missing == "none":
        return row, None
    version = max(cands, key=lambda v: (v.amount, v.in_force_from or 0))
    due_note = "" if due is None else case.say("not_yet_due" if pending else "was_due", trigger=case.msg.label(start.kind),
                                              trigger_date=case.when(start), due=iso(due), own_date=iso(own))
    fields = dict(citation=version.citation, notice=case.msg.label(rule.deadline), notice_cap=case.msg.cap(rule.deadline),
                  limit=case.msg.limit(version.unit, version.amount),
                  year_end=case.say("year_end_limit") if version.anchor else "", due_note=due_note,
                  condition=case.say("threshold_unknown", threshold=_threshold(case.msg, case.conditional)) if case.conditional else "")
    # "Letters went out to the patients, and HHS and the press were told as well": the text
    # says the notice was given, only not when — a fact to add, not a notice owed (issue 15).
    told = next((u for u in case.undated_notices if u.sentence[1] > u.sentence[0]), None)
    # "The CE concluded there was a low probability of compromise": no notice missed, a judgement to check.
    owed = case.ctx.facts.not_owed if told is None and not unnamed else None
    if unnamed and rule.recipient:
        message = case.say("notice_not_addressed", notice_date=case.msg.when(unnamed[0].stated),
                           recipient=case.msg.regime(rule.recipient), **fields)
    elif told is not None and not unnamed:
        message = case.say("notice_undated", **fields)
    elif owed is not None:
        message = case.say("notice_not_owed", quote=owed.text.strip(), **fields)
    else:
        message = case.say("no_notice_date", **fields)
    level = "info" if case.conditional or pending or told is not None or owed is not None else rule.missing
    return row, regime_finding(case.ctx, rule, "missing", level, start, message, [start, *unnamed[:1]], due=due,
                               extra=quote(case.ctx.doc, *told.sentence) if told is not None
                               else case.ctx.facts.not_owed_sentence if owed is not None else None)


def _threshold(msg: Messages, rule: DeadlineRule) -> str:
    """The number affected a rule applies to, in words, as laws write it ("500 or more people",
    "more than 500 people", "fewer than 500 residents of the state")."""
    who = msg._("residents of the state") if rule.affected == "residents" else msg._("people")
    lo, hi = rule.min_affected, rule.max_affected
    if lo is not None and hi is not None:
        return msg._("{lo} to {hi} {who}").format(lo=msg.number(lo), hi=msg.number(hi), who=who)
    if lo is not None:
        if (lo - 1) % 10 == 0:
            return msg._("more than {n} {who}").format(n=msg.number(lo - 1), who=who)
        return msg._("{n} or more {who}").format(n=msg.number(lo), who=who)
    assert hi is not None
    if (hi + 1) % 10 == 0:
        return msg._("fewer than {n} {who}").format(n=msg.number(hi + 1), who=who)
    return msg._("{n} or fewer {who}").format(n=msg.number(hi), who=who)



# ---------------------------------------------------------------- both dates known: the verdict

@attrs.frozen
class _Pair:
    """The trigger and notice the verdict is given on, with the verdict."""

    a: Node
    b: Node
    v: Verdict
    certain: bool  # missed under every pair judged


def _judged(case: _Case, starts: list[Node], ends: list[Node]) -> Outcome:
    """Met, missed or possibly missed, for the pair of events most favourable to the notice."""
    timeline = case.timeline
    pairs = [(a, b) for a in starts for b in ends if a is not b and not _impossible(timeline, case.ordered, a, b)]
    if not pairs:
        return case.row("not checkable", start=starts[0], actual=case.days(ends[0]),
                        note=case.msg._("{notice} is dated before {trigger}").format(
                            notice=case.msg.label(case.rule.deadline), trigger=case.msg.label(case.rule.trigger))), None
    judged = [(a, b, v) for a, b in pairs if (v := verdict(timeline, case.versions, a, b))]
    if not judged:
        return case.row("not in force", start=starts[0], actual=case.days(ends[0])), None
    certain = all(x[2].certain for x in judged)
    if certain:
        a, b, v = min(judged, key=lambda t: t[2].over if t[2].over is not None else 0)  # the most favourable pair
    else:
        a, b, v = next((x for x in judged if not x[2].possible), next(x for x in judged if not x[2].certain))
    pair = _Pair(a, b, v, certain)
    if certain:
        return _missed(case, pair)
    if v.possible:
        return _possibly_missed(case, pair)
    return case.row("met", start=a, due=v.due, due_minute=v.due_minute, actual=case.days(b)), None


def _impossible(timeline: Timeline, ordered: frozenset[tuple[str, str]], a: Node, b: Node) -> bool:
    """A notice dated certainly before a trigger that must precede it cannot answer that trigger."""
    return (a.kind, b.kind) in ordered and timeline.gap(a.index, b.index)[1] < 0


def _verdict_fields(case: _Case, p: _Pair) -> dict[str, Any]:
    """The placeholders of the ``missed`` and ``possibly_missed`` templates, but for ``notes``."""
    rule, v = case.rule, p.v
    due = case.say("unknown_due") if v.due is None else iso(v.due)
    if v.due is not None and v.due_minute is not None:
        due = case.say("due_at_time", due=due, time=f"{v.due_minute // 60:02d}:{v.due_minute % 60:02d}")
    return dict(notice=case.msg.label(rule.deadline), notice_cap=case.msg.cap(rule.deadline), notice_date=case.when(p.b),
                trigger=case.msg.label(p.a.kind), trigger_date=case.when(p.a), gap=_span(case.msg, case.timeline, v, p.a, p.b),
                year_end=case.say("year_end") if v.rule.anchor else "", citation=v.rule.citation,
                limit=case.msg.limit(v.rule.unit, v.rule.amount), due=due)


def _actual(timeline: Timeline, b: Node) -> int | None:
    return int(timeline.lower[b.index]) if timeline.lower[b.index] != -INF else None


def _missed(case: _Case, p: _Pair) -> Outcome:
    """Missed under every reading of the dates: at the rule's level, or a warning when a note may excuse it."""
    v = p.v
    row = case.row("missed", start=p.a, due=v.due, due_minute=v.due_minute, actual=case.days(p.b), over=v.over, unit=v.unit)
    kind, toll = _toll(case, v.rule)
    excuses, quotes = _excuses(case, p, toll, kind)
    level = "warning" if excuses else v.rule.level
    message = case.say("missed", notes=_unsure(case) + "".join(excuses), **_verdict_fields(case, p))
    found = regime_finding(case.ctx, v.rule, "deadline", level, p.b, message, [p.a, p.b], due=v.due,
                           actual=_actual(case.timeline, p.b), extra=toll)
    return row, attrs.evolve(found, excuses=quotes) if quotes else found


def _unsure(case: _Case) -> str:
    why = case.msg.regime(case.rule.why).strip().rstrip(".")
    return case.say("unsure", why=case.msg._(": {why}").format(why=why) if why else "") if case.rule.confidence == "unsure" else ""


def _toll(case: _Case, rule: DeadlineRule) -> tuple[str, Evidence | None]:
    """The kind of delay that may excuse a miss of ``rule`` (its own ``tolling``, else its
    regime's; "none": no excuse) and the text's statement of it, if any."""
    kind = rule.tolling or case.regime.tolling or "none"
    facts = case.ctx.facts
    return kind, {"law_enforcement": facts.tolling, "national_security": facts.security_delay}.get(kind)


def _excuses(case: _Case, p: _Pair, toll: Evidence | None, kind: str) -> tuple[list[str], tuple[Evidence, ...]]:
    """The notes that make a miss uncertain, each worded by its template: the threshold not
    known to be met, a stated delay of the ``kind`` that may excuse it, an awareness told as not
    yet certain, another reading of the dates, another incident, a year the text does not give;
    and the quotes that say so in the text (the delay, the words of doubt, the undated mentions of
    the notice)."""
    rule, timeline = case.rule, case.timeline
    notes = []
    quotes: list[Evidence] = []
    if case.conditional:
        notes.append(case.say("threshold_not_stated", threshold=_threshold(case.msg, case.conditional)))
    if toll is not None:
        notes.append(case.say(f"{kind}_delay", quote=toll.text.strip()))
        quotes.append(toll)
    doubt = next((w for m in p.a.mentions if (w := case.ctx.facts.unconfirmed.get(m.sentence))), None)
    if doubt is not None:  # "although not yet certain of the fraud": the clock may have started later
        notes.append(case.say("unconfirmed_trigger", trigger=case.msg.label(p.a.kind), quote=doubt.text.strip()))
        quotes.append(doubt)
    other = _other_reading(case, p.a, p.b) or _later_trigger(case, p.b)
    if other:
        notes.append(other)
    if not timeline.single_incident:
        notes.append(case.say("several_incidents"))
    elif (undated := case.undated_notices) and not any(m.sentence in case.ctx.facts.put_off for m in p.b.mentions):
        notes.append(case.say("undated_notice", notice=case.msg.label(rule.deadline)))
        quotes += (quote(case.ctx.doc, *u.sentence) for u in undated if u.sentence[1] > u.sentence[0])
    guessed = next((m.timex.text for n in (p.a, p.b) for m in n.mentions if m.timex.year_inferred), None)
    if guessed is not None:  # "on December 20": a year read from the text's date or tense may be wrong
        notes.append(case.say("guessed_year", date=guessed))
    return notes, tuple(sorted(set(quotes), key=lambda q: q.start))


def _possibly_missed(case: _Case, p: _Pair) -> Outcome:
    """Some readings of the dates miss the limit: always a warning (issue 15: a row the table calls
    possibly missed is never beside a page that says there is no finding)."""
    v = p.v
    row = case.row("possibly missed", start=p.a, due=v.due, due_minute=v.due_minute,
                   actual=case.days(p.b))
    toll = _toll(case, v.rule)[1]
    message = case.say("possibly_missed", notes=_unsure(case), **_verdict_fields(case, p))
    return row, regime_finding(case.ctx, v.rule, "deadline", "warning", p.b, message, [p.a, p.b], due=v.due,
                               actual=_actual(case.timeline, p.b), extra=toll)


def _other_reading(case: _Case, a: Node, b: Node) -> str:
    """When the text gives the trigger or the notice a second, conflicting date, and the deadline
    is met under that date, say so: the miss is then not certain."""
    for node, is_trigger in ((a, True), (b, False)):
        for c in case.timeline.contradictions:
            if c.category != "conflict" or node.index not in c.nodes:
                continue
            for st in c.statements:
                m = st.mention
                iv = interval_of(m) if m is not None and m not in node.mentions else None
                if m is None or iv is None or iv.lo is None or iv.hi is None:
                    continue
                if _met_otherwise(case, a, b, iv, is_trigger):
                    return case.say("other_reading", event=case.msg.label(node.kind), date=case.msg.when(iv),
                                    line=case.ctx.doc.locate(m.timex.start)[0])
    return ""


def _met_otherwise(case: _Case, a: Node, b: Node, iv: Interval, is_trigger: bool) -> bool:
    """Whether the notice is not late when the trigger (``is_trigger``) or the notice falls on ``iv`` instead."""
    timeline = case.timeline
    assert iv.lo is not None and iv.hi is not None
    ua = iv.hi if is_trigger else timeline.upper[a.index]
    lb = timeline.lower[b.index] if is_trigger else iv.lo
    if (a.kind, b.kind) in case.ordered and lb != -INF and ua != INF and b.kind != a.kind and \
            (timeline.upper[b.index] if is_trigger else iv.hi) < (iv.lo if is_trigger else timeline.lower[a.index]):
        return False  # that reading puts the notice before its trigger
    v = verdict(timeline, case.versions, a, b, a_days=iv if is_trigger else None, b_days=None if is_trigger else iv)
    return v is not None and not v.certain


def _later_trigger(case: _Case, b: Node) -> str:
    """When the clock may have started at one of the rule's ``later_triggers`` and the notice is
    not late counted from it, say so: the miss is then not certain."""
    rule = case.versions[-1]
    for kind in rule.later_triggers:
        for n in case.timeline.of_kind(kind):
            v = None if n.future or n is b else verdict(case.timeline, case.versions, n, b)
            if v is not None and not v.certain:
                return case.say("later_trigger", event=case.msg.label(kind), date=case.when(n),
                                actor=case.msg.regime(rule.actor) or case.say("unnamed_actor"))
    return ""


def _span(msg: Messages, timeline: Timeline, v: Verdict, a: Node, b: Node) -> str:
    """How far apart the two events are, in the words of the rule's unit."""
    if v.gap_minutes is not None:
        lo, hi = v.gap_minutes
        if lo == hi:
            h, m = divmod(int(lo), 60)
            hours = msg.ngettext("{n} hour", "{n} hours", h).format(n=h)
            return hours + (" " + msg.ngettext("{n} minute", "{n} minutes", m).format(n=m) if m else "")
        if lo > 0 and hi == INF:  # "more than 72 hours after the discovery"
            return msg._("at least {n} hours").format(n=int(lo) // 60)
        if hi != INF and lo != -INF:
            return msg._("{lo} to {hi} hours").format(lo=max(0, int(lo)) // 60, hi=-(-int(hi) // 60))
    gap = timeline.gap(a.index, b.index)
    if v.rule.unit == "business_days":
        la, ua, lb, ub = *bounds(timeline, a), *bounds(timeline, b)
        if la == ua and lb == ub and la != -INF and lb != -INF:
            n = business_days_between(int(la), int(lb), v.rule.holidays or "US")
            return msg._("{days} ({business})").format(
                days=msg.ngettext("{n} day", "{n} days", int(gap[0])).format(n=int(gap[0])),
                business=msg.ngettext("{n} business day", "{n} business days", n).format(n=n))
    return _days(msg, gap)


def _days(msg: Messages, gap: tuple[float, float]) -> str:
    lo, hi = gap
    if lo == hi:
        return msg._("{n} days").format(n=int(lo))
    if lo == -INF and hi == INF:  # nothing bounds the gap (a bound read on neither side)
        return msg._("an unknown number of days")
    if hi == INF:
        return msg._("at least {n} days").format(n=int(lo))
    if lo == -INF:
        return msg._("at most {n} days").format(n=int(hi))
    return msg._("{lo} to {hi} days").format(lo=int(lo), hi=int(hi))
