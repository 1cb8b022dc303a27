"""The JSON output contract of DESIGN.md, plus each finding's quoted evidence."""

from __future__ import annotations

from collections.abc import Sequence
from json.encoder import encode_basestring
from typing import Any

import attrs

from .. import __version__
from ..model import ChecklistRow, DeadlineRow, DocumentReport, Evidence, Event, Finding, Report, Unplaced, iso


def _evidence(e: Evidence) -> dict[str, Any]:
    return {"line": e.line, "column": e.column, "start": e.start, "end": e.end, "text": e.text}


def _event(e: Event) -> dict[str, Any]:
    return {"id": e.id, "kind": e.kind, "earliest": iso(e.earliest), "latest": iso(e.latest), "text": e.text,
            "line": e.line, "column": e.column, "start": e.start, "end": e.end}


def _unplaced(u: Unplaced) -> dict[str, Any]:
    return {"text": u.text, "reason": u.reason, "line": u.line, "column": u.column, "start": u.start, "end": u.end}


def _finding(f: Finding) -> dict[str, Any]:
    return {"rule": f.rule, "category": f.category, "severity": f.severity, "message": f.message,
            "events": list(f.events), "line": f.line, "column": f.column, "regime": f.regime,
            "citation": f.citation, "due": iso(f.due), "actual": iso(f.actual),
            "suggestions": list(f.suggestions), "evidence": [_evidence(e) for e in f.evidence],
            "excuses": [_evidence(e) for e in f.excuses]}


def _row(r: ChecklistRow) -> dict[str, Any]:
    return {"rule": r.rule, "regime": r.regime, "element": r.label, "citation": r.citation, "outcome": r.outcome,
            "evidence": _evidence(r.evidence) if r.evidence is not None else None}


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
        "notice": d.notice,
        "checklist": [_row(r) for r in d.checklist],
        "unplaced": [_unplaced(u) for u in d.unplaced],
    }


# Where a document's object stands in the output: an item of the top-level "documents" list.
_DOCUMENT = "\n    "


@attrs.frozen
class Entry:
    """One document of the output, made where the document was checked (``engine.check_files``): its
    path and findings (for the summary and the exit code) and its object of the contract, written
    as JSON text (in a worker, with ``--jobs``: the parent only joins the texts)."""

    path: str
    findings: tuple[Finding, ...]
    text: str


def entry(d: DocumentReport) -> Entry:
    """The entry of a document's report."""
    parts: list[str] = []
    _write(document(d), _DOCUMENT, parts)
    return Entry(d.path, d.findings, "".join(parts))


def render(report: Report) -> str:
    """The whole report as JSON text (deterministic: same input, same bytes)."""
    return render_entries([entry(d) for d in report.documents])


def render_entries(entries: Sequence[Entry]) -> str:
    """The JSON text of a report's documents, given as entries: what ``json.dumps(..., ensure_ascii=False,
    indent=2)`` writes of the contract's object."""
    def count(severity: str) -> int:
        return sum(f.severity == severity for e in entries for f in e.findings)

    parts = ["{\n  \"tool\": "]
    _write({"name": "timeline-check", "version": __version__}, "\n  ", parts)
    parts.append(",\n  \"documents\": ")
    if entries:
        parts.append("[" + _DOCUMENT + ("," + _DOCUMENT).join(e.text for e in entries) + "\n  ]")
    else:
        parts.append("[]")
    parts.append(",\n  \"summary\": ")
    _write({"documents": len(entries), "errors": count("error"), "warnings": count("warning"), "infos": count("info")},
           "\n  ", parts)
    parts.append("\n}\n")
    return "".join(parts)


def _write(value: Any, newline: str, out: list[str]) -> None:
    """Append ``value`` as ``json.dumps(value, ensure_ascii=False, indent=2)`` writes it (``newline``:
    a line break and the indentation of the value's line), for the types of the contract; faster,
    since ``json`` writes indented text in pure Python, one small piece at a time."""
    if isinstance(value, str):
        out.append(encode_basestring(value))
    elif value is None:
        out.append("null")
    elif isinstance(value, bool):
        out.append("true" if value else "false")
    elif isinstance(value, int):
        out.append(int.__repr__(value))
    elif isinstance(value, dict):
        if not value:
            out.append("{}")
            return
        inner = newline + "  "
        lead = "{" + inner
        for k, v in value.items():
            out.append(lead + encode_basestring(k) + ": ")
            _write(v, inner, out)
            lead = "," + inner
        out.append(newline + "}")
    elif isinstance(value, list):
        if not value:
            out.append("[]")
            return
        inner = newline + "  "
        lead = "[" + inner
        for v in value:
            out.append(lead)
            _write(v, inner, out)
            lead = "," + inner
        out.append(newline + "]")
    else:
        raise TypeError(f"not in the JSON contract: {type(value).__name__}")
