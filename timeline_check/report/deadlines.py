"""The deadline table of `check --deadlines`, and the rule list and explanations of `rules` and `explain`."""

from __future__ import annotations

import textwrap
from typing import Any

from ..evidence import label
from ..model import DeadlineRow, Interval, Report, iso


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
        rows: tuple[DeadlineRow, ...] = getattr(d, "deadlines", ())
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


def _deadline_text(rule: Any) -> str:
    kind = getattr(rule, "kind", "order" if rule.id.startswith("order/") else "deadline")
    if kind == "deadline" and hasattr(rule, "limit"):
        after = " after the year end of" if getattr(rule, "anchor", None) else " after"
        if rule.unit == "none":
            return f"{rule.deadline}: no number ({rule.standard or 'without delay'})"
        return f"{rule.deadline} within {rule.limit}{after} {rule.trigger}"
    if kind == "order" and hasattr(rule, "strict"):
        word = "before" if rule.strict else "no later than"
        return f"{' / '.join(rule.before)} {word} {' / '.join(rule.after)}"
    return kind


def rule_header() -> str:
    """The header line of `timeline-check rules`."""
    return _row(_HEAD)


def _row(cells: tuple[str, ...]) -> str:
    out = "".join(f"{c:<{w}} " for c, w in zip(cells, _WIDTHS, strict=False))
    return (out + (cells[-1] if len(cells) > len(_WIDTHS) else "")).rstrip()


def rule_lines(rules: Any, rule: Any) -> list[str]:
    """One line per rule (per version for a rule whose law changed)."""
    regime = getattr(rule, "regime", None)
    if not regime:
        return [_row((rule.id, "-", _deadline_text(rule), "-", "-", getattr(rule, "citation", "") or ""))]
    versions = rules.versions(rule.id) or [rule]
    return [_row((v.id, v.regime, _deadline_text(v), v.window, v.confidence, v.citation)) for v in versions]


def explain_lines(rules: Any, rule: Any) -> list[str]:
    """What `timeline-check explain ID` prints: every version's deadline, then the description and source."""
    out = [rule.id]
    regime = getattr(rule, "regime", None)
    reg = rules.regimes.get(regime) if regime else None
    kind = getattr(rule, "kind", "order" if rule.id.startswith("order/") else "deadline")
    if reg is not None:
        out.append(f"  regime: {reg.name} ({reg.title})")
    out.append(f"  kind: {kind}   level: {rule.level}" + (f"   confidence: {rule.confidence}" if regime else ""))
    for attr in ("citation", "source"):
        if getattr(rule, attr, None):
            out.append(f"  {attr}: {getattr(rule, attr)}")
    if regime and (rule.actor or rule.recipient):
        out.append(f"  who: {rule.actor or '?'} -> {rule.recipient or '?'}")
    versions = (rules.versions(rule.id) or [rule]) if regime else [rule]
    if hasattr(rule, "limit") or hasattr(rule, "strict"):
        for v in versions:
            window = f"   (in force: {v.window})" if v.window != "-" else ""
            out.append(f"  {'deadline' if kind == 'deadline' else 'order'}: {_deadline_text(v)}{window}")
    if regime:
        lo, hi = rule.min_affected, rule.max_affected
        if lo is not None or hi is not None:
            who = "residents of the state" if rule.affected == "residents" else "people affected"
            span = (f"at least {lo}" if hi is None else f"at most {hi}" if lo is None else f"{lo} to {hi}")
            out.append(f"  applies to: {span} {who}")
        if kind == "deadline":
            tolling = rule.tolling or (reg.tolling if reg else None)
            out.append("  law-enforcement delay: " + ("excuses a missed deadline (warning)" if tolling == "law_enforcement"
                                                      and rule.tolling != "none" else "not an excuse here"))
            out.append(f"  when the text gives no date for the notice: {rule.missing}")
            if rule.later_triggers:
                out.append("  the clock may instead run from: " + ", ".join(label(k) for k in rule.later_triggers)
                           + " (a miss counted only from the first is a warning)")
        if getattr(rule, "holidays", None):
            out.append(f"  business days skip weekends and public holidays of {rule.holidays}")
    out.append("")
    seen: set[str] = set()
    for v in reversed(versions):
        text = getattr(v, "description", "") or ""
        if text and text not in seen:
            seen.add(text)
            out.extend(textwrap.wrap(text, 88, initial_indent="  ", subsequent_indent="  "))
    return out
