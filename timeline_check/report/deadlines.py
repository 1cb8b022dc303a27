"""The deadline table of `check --deadlines`, and the rule list and explanations of `rules` and `explain`."""

from __future__ import annotations

import textwrap
from typing import Any

from ..evidence import label
from ..messages import ENGLISH, Messages
from ..model import DeadlineRow, Interval, Report, iso
from ..ruleset import REGIME_RULES, DeadlineRule, RegimeOrderRule, Rule, RuleSet
from ..suppress import RuleInfo


def _days(iv: Interval | None) -> str:
    if iv is None or (iv.lo is None and iv.hi is None):
        return "-"
    if iv.lo == iv.hi:
        return str(iso(iv.lo))
    return f"{iso(iv.lo) or '…'}..{iso(iv.hi) or '…'}"


# The verdicts of the deadline table (``DeadlineRow.status``).
STATUSES: tuple[str, ...] = ("met", "missed", "possibly missed", "not checkable", "not stated", "trigger not stated",
                             "not in force", "no number")


def status(row: DeadlineRow, msg: Messages = ENGLISH) -> str:
    """"met", "missed by 3 days", "possibly missed", "not stated (no date for …)", …"""
    if row.status == "missed" and row.over is not None and row.over > 0:
        n = row.over
        if row.unit == "hours":
            late = msg.ngettext("{n} hour", "{n} hours", n).format(n=n)
            late += " (" + msg.ngettext("{n} day", "{n} days", n // 24).format(n=n // 24) + ")" if n >= 48 else ""
        elif row.unit == "business days":
            late = msg.ngettext("{n} business day", "{n} business days", n).format(n=n)
        else:
            late = msg.ngettext("{n} day", "{n} days", n).format(n=n)
        return msg._("missed by {late}").format(late=late)
    word = msg.pgettext("status", row.status)
    if row.note and row.status in ("not stated", "not in force", "no number", "not checkable"):
        return f"{word} ({row.note})"
    return word


def trigger_text(row: DeadlineRow) -> str:
    """The trigger event and its days ("E2 2024-01-22"), or "-"."""
    days = _days(row.trigger)
    return f"{row.event} {days}" if row.event and days != "-" else days


def table(report: Report) -> str:
    """Each document's applicable deadline rules: trigger, actual date, verdict, and how the rule counts."""
    lines: list[str] = []
    for d in report.documents:
        rows, msg = d.deadlines, Messages(d.message_lang)
        regimes = ", ".join(r.name for r in d.regimes) or msg._("none")
        lines.append(msg._("{path}: deadlines (regimes: {regimes})").format(path=d.path, regimes=regimes))
        if not rows:
            lines.append(msg._("  (no deadline rule applies)"))
            continue
        cells = [(msg._("rule"), msg._("trigger"), msg._("actual"), msg._("status"), msg._("counting"))]
        cells += [(r.rule, trigger_text(r), _days(r.actual), status(r, msg), r.counting) for r in rows]
        widths = [max(len(c[i]) for c in cells) for i in range(4)]
        lines.extend(("  " + "  ".join(f"{c:<{w}}" for c, w in zip(c[:4], widths, strict=True)) + "  " + c[4]).rstrip()
                     for c in cells)
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- rules and explain

_HEAD = ("id", "regime", "deadline", "in force", "confidence", "citation")


def _kinds(kinds: tuple[str, ...]) -> str:
    return " or ".join(label(k) for k in kinds)


def _deadline_text(rule: Rule | RuleInfo) -> str:
    """What a regime rule requires, in a few words, events named as reports name them; the kind of any other rule."""
    if isinstance(rule, DeadlineRule):
        after = " after the end of the year of" if rule.anchor else " after"
        if rule.unit == "none":
            return f"{label(rule.deadline)}: no number ({rule.standard or 'without delay'})"
        return f"{label(rule.deadline)} within {rule.limit}{after} {label(rule.trigger)}"
    if isinstance(rule, RegimeOrderRule):
        word = "before" if rule.strict else "no later than"
        return f"{_kinds(rule.before)} {word} {_kinds(rule.after)}"
    return rule.kind


def _cells(rules: RuleSet, rule: Rule | RuleInfo) -> list[tuple[str, ...]]:
    """The cells of one rule's lines (one per version for a rule whose law changed)."""
    if not isinstance(rule, REGIME_RULES) or not rule.regime:
        citation = rule.citation if isinstance(rule, RuleInfo) else ""
        return [(rule.id, "-", _deadline_text(rule), "-", "-", citation)]
    versions = rules.versions(rule.id) or [rule]
    return [(v.id, v.regime, _deadline_text(v), v.window, v.confidence, v.citation) for v in versions]


def rule_table(rules: RuleSet, listed: list[Rule | RuleInfo]) -> list[str]:
    """`timeline-check rules`: a header and one line per rule version, columns as wide as their widest cell."""
    cells = [_HEAD, *(c for r in listed for c in _cells(rules, r))]
    widths = [max(len(c[i]) for c in cells) for i in range(len(_HEAD) - 1)]
    return [("  ".join(f"{c:<{w}}" for c, w in zip(row, widths, strict=False)) + "  " + row[-1]).rstrip()
            for row in cells]


def rule_records(rules: RuleSet, listed: list[Rule | RuleInfo]) -> list[dict[str, Any]]:
    """`timeline-check rules --format json`: every rule version with what the rule files say of it."""
    out: list[dict[str, Any]] = []
    for rule in listed:
        versions: list[Rule | RuleInfo] = list(rules.versions(rule.id)) if isinstance(rule, REGIME_RULES) else []
        out.extend(_record(v) for v in versions or [rule])
    return out


def _record(v: Rule | RuleInfo) -> dict[str, Any]:
    """One rule version as `rules --format json` gives it; a field the rule's kind does not have is null."""
    out: dict[str, Any] = {"id": v.id, "kind": v.kind, "level": v.level}
    out.update(dict.fromkeys(("regime", "citation", "source", "quote", "verified", "confidence", "why", "trigger",
                              "deadline", "amount", "unit", "in_force_from", "in_force_to")), pending=False)
    if isinstance(v, RuleInfo):
        out.update(citation=v.citation or None, source=v.source or None)
    if isinstance(v, REGIME_RULES):
        out.update(regime=v.regime or None, citation=v.citation, source=v.source, quote=v.quote or None,
                   verified=v.verified or None, confidence=v.confidence, why=v.why or None,
                   in_force_from=iso(v.in_force_from), in_force_to=iso(v.in_force_to), pending=v.pending)
    if isinstance(v, DeadlineRule):
        out.update(trigger=v.trigger, deadline=v.deadline, amount=None if v.unit == "none" else v.amount, unit=v.unit)
    return out


def summary_line(rules: RuleSet, rule: Rule | RuleInfo, width: int) -> str:
    """One line of `explain PREFIX`: the rule's id and what it requires."""
    regime = f"[{rule.regime}] " if isinstance(rule, REGIME_RULES) and rule.regime else ""
    unsure = " (unsure)" if isinstance(rule, REGIME_RULES) and rule.confidence == "unsure" else ""
    return f"{rule.id:<{width}}  {regime}{_deadline_text(rule)}{unsure}"


def explain_lines(rules: RuleSet, rule: Rule | RuleInfo) -> list[str]:
    """What `timeline-check explain ID` prints: every version's deadline, then the description and source."""
    out = [rule.id]
    regime_rule = rule if isinstance(rule, REGIME_RULES) and rule.regime else None
    versions: list[Rule | RuleInfo] = [rule]
    if regime_rule is not None:
        versions = list(rules.versions(regime_rule.id)) or [regime_rule]
        out.extend(_regime_lines(rules, regime_rule, versions))
    else:
        out.append(f"  kind: {rule.kind}   level: {rule.level}")
    out.append("")
    seen: set[str] = set()
    for v in reversed(versions):
        text = v.description or ""
        if text and text not in seen:
            seen.add(text)
            out.extend(textwrap.wrap(text, 88, initial_indent="  ", subsequent_indent="  "))
    return out


def _regime_lines(rules: RuleSet, rule: DeadlineRule | RegimeOrderRule, versions: list[Rule | RuleInfo]) -> list[str]:
    """The lines `explain` prints of a regime rule, between its id and its description."""
    reg = rules.regimes.get(rule.regime)
    out = [f"  regime: {reg.name} ({reg.title})"] if reg is not None else []
    out.append(f"  kind: {rule.kind}   level: {rule.level}   confidence: {rule.confidence}")
    if rule.confidence == "unsure":
        out.append(f"  unsure because: {rule.why or 'the official text was not checked for this fact'}")
    out.extend(f"  {attr}: {value}" for attr, value in (("citation", rule.citation), ("source", rule.source)) if value)
    if rule.actor or rule.recipient:
        out.append(f"  who: {rule.actor or '?'} -> {rule.recipient or '?'}")
    for v in versions:
        assert isinstance(v, REGIME_RULES)
        window = f"   (in force: {v.window})" if v.window != "-" else ""
        out.append(f"  {rule.kind}: {_deadline_text(v)}{window}")
    lo, hi = rule.min_affected, rule.max_affected
    if lo is not None or hi is not None:
        who = "residents of the state" if rule.affected == "residents" else "people affected"
        span = (f"at least {lo}" if hi is None else f"at most {hi}" if lo is None else f"{lo} to {hi}")
        out.append(f"  applies to: {span} {who}")
    if isinstance(rule, DeadlineRule):
        out.extend(_deadline_lines(rule, reg.tolling if reg else None))
    return out


def _deadline_lines(rule: DeadlineRule, regime_tolling: str | None) -> list[str]:
    """What `explain` says of a deadline rule's excuses, missing dates, later triggers and calendar."""
    tolling = rule.tolling or regime_tolling
    out = ["  law-enforcement delay: " + ("excuses a missed deadline (warning)" if tolling == "law_enforcement"
                                         else "not an excuse here"),
           f"  when the text gives no date for the notice: {rule.missing}"]
    if tolling == "national_security":
        out.insert(1, "  a delay decided by the US Attorney General (Item 1.05(c)): excuses a missed deadline (warning)")
    if rule.later_triggers:
        out.append("  the clock may instead run from: " + ", ".join(label(k) for k in rule.later_triggers)
                   + " (a miss counted only from the first is a warning)")
    if rule.holidays:
        out.append(f"  business days skip weekends and public holidays of {rule.holidays}")
    return out
