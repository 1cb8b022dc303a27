"""Linter-style text: ``path:line:col: severity rule message``, then the quoted evidence."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence

from ..content import CONTENT
from ..messages import Messages, of_report
from ..model import DocumentReport, Evidence, Finding, Report, iso

QUOTE_WIDTH = 110


def _quote(e: Evidence) -> str:
    body = " ".join(e.text.split())
    if len(body) > QUOTE_WIDTH:
        body = body[: QUOTE_WIDTH - 1].rstrip() + "…"
    return f"    {e.line}:{e.column:<4} « {body} »"


def render(report: Report, color: bool = False) -> str:
    """Every finding of every document, then a one-line summary."""
    lines: list[str] = []
    msg = of_report(d.message_lang for d in report.documents)
    paint = {"error": "\033[31m", "warning": "\033[33m", "info": "\033[36m"} if color else {}
    reset = "\033[0m" if color else ""
    for d in report.documents:
        for f in d.findings:
            cite = f"  [{f.citation}]" if f.citation else ""
            sev = f"{paint.get(f.severity, '')}{f.severity}{reset}"
            lines.append(f"{d.path}:{f.line}:{f.column}: {sev} {f.rule}{cite}")
            lines.extend(textwrap.wrap(f.message, 100, initial_indent="  ", subsequent_indent="  "))
            lines.extend(_quote(e) for e in f.evidence)
            if f.suggestions:
                lines.extend(textwrap.wrap(msg._("Possible fixes: {fixes}.").format(fixes=msg._("; ").join(f.suggestions)), 100,
                                           initial_indent="  ", subsequent_indent="    "))
        lines.extend(checklist(d))
    lines.append(summary(msg, report))
    return "\n".join(lines) + "\n"


def summary(msg: Messages, report: Report) -> str:
    """The one-line count of a report's findings: "4 findings (1 error, 1 warning, 2 info) in 1 file"."""
    files = len(report.documents)
    return msg._("{counts} in {files}").format(counts=counts(msg, [f for d in report.documents for f in d.findings]),
                                               files=msg.ngettext("{n} file", "{n} files", files).format(n=files))


def counts(msg: Messages, findings: Sequence[Finding]) -> str:
    """Findings counted by severity: "4 findings (1 error, 1 warning, 2 info)"."""
    e, w, i = (sum(f.severity == s for f in findings) for s in ("error", "warning", "info"))
    return msg._("{findings} ({errors}, {warnings}, {info})").format(
        findings=msg.ngettext("{n} finding", "{n} findings", len(findings)).format(n=len(findings)),
        errors=msg.ngettext("{n} error", "{n} errors", e).format(n=e),
        warnings=msg.ngettext("{n} warning", "{n} warnings", w).format(n=w),
        info=msg.ngettext("{n} info", "{n} info", i).format(n=i))


OUTCOME = "outcome"  # the gettext context of the checklist's outcomes
OUTCOME_WORDS = {"present": "present", "missing": "MISSING", "elsewhere": "misplaced", "unknown": "if known",
            "prohibited": "PROHIBITED", "absent": "absent (as required)", "not checkable": "check by hand",
            "not due": "not due"}


def checklist(d: DocumentReport) -> list[str]:
    """What the notice must say, element by element, for a text that is itself a notice."""
    if not d.checklist:
        return []
    msg = Messages(d.message_lang)
    lines = [msg._("{path}: notice checklist ({notice} notice; regimes: {regimes})").format(
        path=d.path, notice=msg.pgettext("notice", str(d.notice)), regimes=", ".join(r.name for r in d.regimes))]
    for r in d.checklist:
        outcome = msg.pgettext(OUTCOME, OUTCOME_WORDS.get(r.outcome, r.outcome))
        lines.append(f"  {outcome:<20} {msg.pgettext(CONTENT, r.label)}  [{r.citation}]")
        if r.evidence is not None:
            lines.append("  " + _quote(r.evidence))
    return lines


def events_table(report: Report) -> str:
    """The extracted timeline of each document as a table."""
    lines: list[str] = []
    for d in report.documents:
        lines.append(f"{d.path} ({d.language}; text date {iso(d.reference_date) or 'not stated'}; "
                     f"regimes: {', '.join(r.name for r in d.regimes) or 'none'})")
        lines.append(f"  {'id':<4} {'kind':<29} {'earliest':<10} {'latest':<10} {'line:col':<9} text")
        for ev in sorted(d.events, key=lambda e: (e.earliest or 0, int(e.id[1:]))):
            where = f"{ev.line}:{ev.column}"
            lines.append(f"  {ev.id:<4} {ev.kind:<29} {iso(ev.earliest) or '?':<10} {iso(ev.latest) or '?':<10} "
                         f"{where:<9} {' '.join(ev.text.split())}")
        if not d.events:
            lines.append("  (no dated events)")
        for u in d.unplaced:  # the dates read but set aside, and why
            lines.append(f"  {'-':<4} {'(' + u.reason + ')':<29} {'':<10} {'':<10} {f'{u.line}:{u.column}':<9} "
                         f"{' '.join(u.text.split())}")
    return "\n".join(lines) + "\n"
