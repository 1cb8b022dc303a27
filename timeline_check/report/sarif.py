"""SARIF 2.1.0: the rule set as ``tool.driver.rules``, each finding as a result.

Code-scanning services (GitHub, GitLab, Azure DevOps) and editors read this format.
The finding's position is the primary location; the sentence around it, when one of
the evidence quotes holds it, is its ``contextRegion``; the other quotes are
``relatedLocations``, each with its text as the snippet (and its end, for a plain-text
source, where the quote's length in the text is its length in the file). Columns count Unicode code points (``columnKind``), as the
text and JSON formats do. No timestamps: the same report gives the same bytes.
"""

from __future__ import annotations

import hashlib
import json
import posixpath
from pathlib import PurePosixPath, PureWindowsPath
from typing import Any
from urllib.parse import quote

from .. import __version__
from ..model import DocumentReport, Evidence, Finding, Report, Suppressed, iso
from ..ruleset import REGIME_RULES, Rule, RuleSet
from ..suppress import RuleInfo

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://pypi.org/project/timeline-check/"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def uri(path: str) -> str:
    """A URI reference for a path: ``file://`` when absolute, relative and percent-encoded otherwise."""
    if PurePosixPath(path).is_absolute():
        return PurePosixPath(path).as_uri()
    if PureWindowsPath(path).is_absolute():
        return PureWindowsPath(path).as_uri()
    return quote(posixpath.normpath(path.replace("\\", "/")), safe="/")


def _line_starts(text: str) -> list[int]:
    return [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]


def offset_of(text: str, starts: list[int], line: int, column: int) -> int | None:
    """The offset in ``text`` of a 1-based line and column, or None when there is no such place."""
    if not 1 <= line <= len(starts) or column < 1:
        return None
    end = starts[line] - 1 if line < len(starts) else len(text)
    return starts[line - 1] + column - 1 if starts[line - 1] + column - 1 <= end else None


def positions_are_offsets(d: DocumentReport) -> bool:
    """Whether the lines and columns of ``d`` are places in ``d.text`` (a plain-text source).

    For a DOCX, PDF or HTML source they point into the original file instead, and
    only the start of each quote can be given there.
    """
    if not d.text:
        return False
    starts = _line_starts(d.text)
    spots = [(q.line, q.column, q.start) for f in d.findings for q in f.evidence]
    spots += [(e.line, e.column, e.start) for e in d.events if e.end > e.start]
    return all(offset_of(d.text, starts, line, col) == start for line, col, start in spots)


def _end(e: Evidence) -> tuple[int, int]:
    """Line and (exclusive) column just past the end of a quote."""
    lines = e.text.split("\n")
    if len(lines) == 1:
        return e.line, e.column + len(e.text)
    return e.line + len(lines) - 1, len(lines[-1]) + 1


def _region(e: Evidence, ends: bool) -> dict[str, Any]:
    region: dict[str, Any] = {"startLine": e.line, "startColumn": e.column}
    if ends:
        region["endLine"], region["endColumn"] = _end(e)
    region["snippet"] = {"text": e.text}
    return region


def _holds(e: Evidence, f: Finding, ends: bool) -> bool:
    if not ends:
        return (e.line, e.column) == (f.line, f.column)
    return (e.line, e.column) <= (f.line, f.column) < _end(e)


def _reference(rule: Rule | RuleInfo) -> tuple[str, str]:
    """A rule's citation and source ("" for a rule of a built-in kind)."""
    return (rule.citation, rule.source) if isinstance(rule, (*REGIME_RULES, RuleInfo)) else ("", "")


def _text(rule: Rule | RuleInfo) -> tuple[str, str]:
    """Plain and Markdown help for a rule: its description, then citation and source where it has them."""
    plain, md = [rule.description or rule.id], [rule.description or rule.id]
    citation, source = _reference(rule)
    if citation:
        plain.append(f"Citation: {citation}")
        md.append(f"**Citation:** {citation}")
    if source:
        plain.append(f"Source: {source}")
        md.append(f"**Source:** <{source}>" if source.startswith(("https://", "http://")) else f"**Source:** {source}")
    return "\n\n".join(plain), "\n\n".join(md)


def _short(description: str, fallback: str) -> str:
    first = description.strip().split(". ")[0].strip()
    return (first.rstrip(".") + ".") if first else fallback


def _rule(rule: Rule | RuleInfo) -> dict[str, Any]:
    kind = rule.kind
    plain, md = _text(rule)
    out: dict[str, Any] = {
        "id": rule.id,
        "name": rule.id.split("/", 1)[-1],
        "shortDescription": {"text": _short(rule.description, rule.id)},
        "fullDescription": {"text": rule.description or rule.id},
        "help": {"text": plain, "markdown": md},
        "defaultConfiguration": {"level": LEVELS[rule.level]},
    }
    source = _reference(rule)[1]
    if source.startswith(("https://", "http://")):
        out["helpUri"] = source
    props: dict[str, Any] = {"kind": kind, "tags": [kind]}
    if isinstance(rule, REGIME_RULES):
        props.update(regime=rule.regime, citation=rule.citation, tags=[kind, rule.regime])
        if rule.missing != "none":
            props["missingLevel"] = LEVELS[rule.missing]
    out["properties"] = props
    return out


def _fingerprint(d: DocumentReport, f: Finding) -> str:
    """Stable across edits that only move the text: the rule and the quoted sentences."""
    quoted = "\x1f".join(" ".join(e.text.split()) for e in f.evidence) or f"{f.line}:{f.column}"
    return hashlib.sha256(f"{f.rule}\x1e{quoted}".encode()).hexdigest()[:32]


def _result(d: DocumentReport, f: Finding, index: dict[str, int], ends: bool) -> dict[str, Any]:
    artifact = {"uri": uri(d.path)}
    primary = next((e for e in f.evidence if _holds(e, f, ends)), None)
    physical: dict[str, Any] = {"artifactLocation": artifact, "region": {"startLine": f.line, "startColumn": f.column}}
    if primary is not None:
        physical["contextRegion"] = _region(primary, ends)
    out: dict[str, Any] = {"ruleId": f.rule}
    if f.rule in index:
        out["ruleIndex"] = index[f.rule]
    out.update(level=LEVELS[f.severity], message={"text": f.message}, locations=[{"physicalLocation": physical}])
    related = [(e, "evidence") for e in f.evidence if e is not primary] + [
        (e, "lowers the severity") for e in f.excuses]  # what made a missed deadline a warning
    if related:
        out["relatedLocations"] = [
            {"id": i, "physicalLocation": {"artifactLocation": artifact, "region": _region(e, ends)},
             "message": {"text": why}}
            for i, (e, why) in enumerate(related, 1)]
    out["partialFingerprints"] = {"timelineCheck/v1": _fingerprint(d, f)}
    out["properties"] = {"category": f.category, "regime": f.regime, "citation": f.citation,
                         "due": iso(f.due), "actual": iso(f.actual), "events": list(f.events)}
    return out


def _suppression(d: DocumentReport, s: Suppressed) -> dict[str, Any]:
    """A suppression in the source: the directive's place and its justification (when it gives one)."""
    out: dict[str, Any] = {"kind": "inSource"}
    if s.justification:
        out["justification"] = s.justification
    out["location"] = {"physicalLocation": {"artifactLocation": {"uri": uri(d.path)},
                                            "region": {"startLine": s.line, "startColumn": s.column}}}
    return out


def _results(d: DocumentReport, index: dict[str, int]) -> list[dict[str, Any]]:
    """The document's findings, and those a directive suppressed (with ``suppressions``), in order."""
    ends = positions_are_offsets(d)
    entries: list[tuple[Finding, Suppressed | None]] = [(f, None) for f in d.findings]
    entries += [(s.finding, s) for s in d.suppressed]
    out = []
    for f, s in sorted(entries, key=lambda e: e[0].sort_key()):
        result = _result(d, f, index, ends)
        if s is not None:
            result["suppressions"] = [_suppression(d, s)]
        out.append(result)
    return out


def render(report: Report, rules: RuleSet) -> str:
    """The report as one SARIF 2.1.0 log with one run (deterministic: same input, same bytes)."""
    from .json import deadline
    from ..suppress import RULES as SUPPRESS_RULES

    all_rules: list[Any] = list(rules.all_rules())
    used = {f.rule for d in report.documents for f in d.findings}
    all_rules += [r for r in SUPPRESS_RULES if r.id in used]  # listed only when a directive needs one
    index = {r.id: i for i, r in enumerate(all_rules)}
    results = [r for d in report.documents for r in _results(d, index)]
    artifacts = [{"location": {"uri": uri(d.path)}, "properties": {"language": d.language}} for d in report.documents]
    invocation: dict[str, Any] = {"executionSuccessful": not report.problems}
    if report.problems:
        invocation["toolExecutionNotifications"] = [
            {"level": "error", "message": {"text": p.message}, "locations": [
                {"physicalLocation": {"artifactLocation": {"uri": uri(p.path)}}}]}
            for p in report.problems]
    log = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "timeline-check", "version": __version__, "semanticVersion": __version__,
                                "informationUri": INFORMATION_URI, "rules": [_rule(r) for r in all_rules]}},
            "invocations": [invocation],
            "artifacts": artifacts,
            "columnKind": "unicodeCodePoints",
            "results": results,
            # the deadline table of each document, rows as in the JSON output
            "properties": {"deadlines": [{"path": d.path, "rows": [deadline(r) for r in d.deadlines]}
                                         for d in report.documents]},
        }],
    }
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"
