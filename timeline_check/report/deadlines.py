"""The deadline table of `check --deadlines`, and the rule list and explanations of `rules` and `explain`."""

from __future__ import annotations

import textwrap

from ..evidence import label
from ..model import DeadlineRow, Interval, Report, iso
from ..ruleset import REGIME_RULES, DeadlineRule, RegimeOrderRule, Rule, RuleSet
from ..suppress import RuleInfo


def _days(iv: Interval | None) -> str:
    if iv is None or (iv.lo is None and iv.hi is None):
        return "-"
    if iv.lo == iv.hi:
        return str(iso(iv.lo))
    return f"{iso(iv.lo) or '…'}..{iso(iv.hi) or '…'}"


def status(row: DeadlineRow) -> str:
    """"met", "missed by 3 days", "possibly missed", "not stated (no date for …)", …"""
    if row.status == "missed" and row.over is not None and row.over > 0:
        unit = row.unit or "days"
        if row.over == 1:
            unit = unit.rstrip("s") if unit != "business days" else "business day"
        extra = f" ({row.over // 24} days)" if unit == "hours" and row.over >= 48 else ""
        return f"missed by {row.over} {unit}{extra}"
    if row.note and row.status in ("not stated", "not in force", "no number", "not checkable"):
        return f"{row.status} ({row.note})"
    return row.status


def table(report: Report) -> str:
    """Each document's applicable deadline rules: trigger date, due date, actual date, and the verdict."""
    lines: list[str] = []
    for d in report.documents:
        rows = d.deadlines
        regimes = ", ".join(r.name for r in d.regimes) or "none"
        lines.append(f"{d.path}: deadlines (regimes: {regimes})")
        if not rows:
            lines.append("  (no deadline rule applies)")
            continue
        width = max(len(r.rule) for r in rows)
        limit = max(len(r.limit) for r in rows)
        lines.append(f"  {'rule':<{width}}  {'limit':<{limit}}  {'trigger':<10}  {'due':<10}  {'actual':<10}  status")
        for r in rows:
            lines.append(f"  {r.rule:<{width}}  {r.limit:<{limit}}  {_days(r.trigger):<10}  {iso(r.due) or '-':<10}  "
                         f"{_days(r.actual):<10}  {status(r)}")
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- rules and explain

_HEAD = ("id", "regime", "deadline", "in force", "confidence", "citation")
_WIDTHS = (44, 16, 68, 27, 10)


def _deadline_text(rule: Rule | RuleInfo) -> str:
    """What a regime rule requires, in a few words; the kind of any other rule."""
    if isinstance(rule, DeadlineRule):
        after = " after the year end of" if rule.anchor else " after"
        if rule.unit == "none":
            return f"{rule.deadline}: no number ({rule.standard or 'without delay'})"
        return f"{rule.deadline} within {rule.limit}{after} {rule.trigger}"
    if isinstance(rule, RegimeOrderRule):
        word = "before" if rule.strict else "no later than"
        return f"{' / '.join(rule.before)} {word} {' / '.join(rule.after)}"
    return rule.kind


def rule_header() -> str:
    """The header line of `timeline-check rules`."""
    return _row(_HEAD)


def _row(cells: tuple[str, ...]) -> str:
    out = "".join(f"{c:<{w}} " for c, w in zip(cells, _WIDTHS, strict=False))
    return (out + (cells[-1] if len(cells) > len(_WIDTHS) else "")).rstrip()


def rule_lines(rules: RuleSet, rule: Rule | RuleInfo) -> list[str]:
    """One line per rule (per version for a rule whose law changed)."""
    if not isinstance(rule, REGIME_RULES) or not rule.regime:
        citation = rule.citation if isinstance(rule, RuleInfo) else ""
        return [_row((rule.id, "-", _deadline_text(rule), "-", "-", citation))]
    versions = rules.versions(rule.id) or [rule]
    return [_row((v.id, v.regime, _deadline_text(v), v.window, v.confidence, v.citation)) for v in versions]


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
                                         and rule.tolling != "none" else "not an excuse here"),
           f"  when the text gives no date for the notice: {rule.missing}"]
    if rule.later_triggers:
        out.append("  the clock may instead run from: " + ", ".join(label(k) for k in rule.later_triggers)
                   + " (a miss counted only from the first is a warning)")
    if rule.holidays:
        out.append(f"  business days skip weekends and public holidays of {rule.holidays}")
    return out
