"""The JSON output contract of DESIGN.md, plus each finding's quoted evidence."""

from __future__ import annotations

import json
from typing import Any

from .. import __version__
from ..model import DeadlineRow, DocumentReport, Evidence, Event, Finding, Report, iso


def _evidence(e: Evidence) -> dict[str, Any]:
    return {"line": e.line, "column": e.column, "start": e.start, "end": e.end, "text": e.text}


def _event(e: Event) -> dict[str, Any]:
    return {"id": e.id, "kind": e.kind, "earliest": iso(e.earliest), "latest": iso(e.latest), "text": e.text,
            "line": e.line, "column": e.column, "start": e.start, "end": e.end}


def _finding(f: Finding) -> dict[str, Any]:
    return {"rule": f.rule, "category": f.category, "severity": f.severity, "message": f.message,
            "events": list(f.events), "line": f.line, "column": f.column, "regime": f.regime,
            "citation": f.citation, "due": iso(f.due), "actual": iso(f.actual),
            "evidence": [_evidence(e) for e in f.evidence]}


def deadline(r: DeadlineRow) -> dict[str, Any]:
    """One row of the deadline table; ``trigger_date`` and ``actual`` are ISO days, or None when not one day."""
    def day(iv: Any) -> str | None:
        return iso(iv.lo) if iv is not None and iv.lo == iv.hi else None

    return {"rule": r.rule, "regime": r.regime, "citation": r.citation, "source": r.source, "trigger": r.event,
            "trigger_date": day(r.trigger), "due": iso(r.due), "actual": day(r.actual), "verdict": r.verdict,
            "counting": r.counting}


def document(d: DocumentReport) -> dict[str, Any]:
    """One document of the contract."""
    return {
        "path": d.path, "language": d.language, "reference_date": iso(d.reference_date),
        "regimes": [r.name for r in d.regimes],
        "regime_cues": {r.name: ({"forced": True} if r.forced else {"cues": [_evidence(c) for c in r.cues]})
                        for r in d.regimes},
        "events": [_event(e) for e in d.events],
        "findings": [_finding(f) for f in d.findings],
        "deadlines": [deadline(r) for r in d.deadlines],
    }


def render(report: Report) -> str:
    """The whole report as JSON text (deterministic: same input, same bytes)."""
    out = {
        "tool": {"name": "timeline-check", "version": __version__},
        "documents": [document(d) for d in report.documents],
        "summary": {"documents": len(report.documents), "errors": report.count("error"),
                    "warnings": report.count("warning"), "infos": report.count("info")},
    }
    return json.dumps(out, ensure_ascii=False, indent=2) + "\n"
