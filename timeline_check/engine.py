"""The pipeline: read -> tag -> bind -> reason -> rules -> report, one pure stage after another."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from pathlib import Path

from .applicability import affected_count, detect, resident_count
from .checks import contradiction_findings, date_findings
from .deadlines import evaluate
from .document import Document, InputError
from .read import expand, read_path
from .events import bind
from .evidence import quote
from .lang import Language
from .model import DocumentReport, Event, Finding, InputProblem, Interval, Mention, Report, TimeExpr
from .reason import Timeline, reason
from .ruleset import RuleSet, load_rules
from .taxonomy import EVENT_KINDS
from .temporal import tag

_WORDS = re.compile(r"[^\W\d_]+")


def guess_language(text: str, rules: RuleSet) -> Language:
    """The language whose frequent words the text uses most (English on a tie)."""
    words = [w.lower() for w in _WORDS.findall(text[:20000])]
    best = max(rules.languages.values(), key=lambda lang: (sum(w in lang.stopwords for w in words), lang.code == "en"))
    return best


def check_document(doc: Document, *, lang: str | None = None, date: dt.date | None = None,
                   regimes: Sequence[str] = (), detect_regimes: bool = True,
                   rules: RuleSet | None = None) -> DocumentReport:
    """Check one document; ``date`` is the text's own date when the text does not state one."""
    rules = rules or load_rules()
    language = rules.languages[lang] if lang else guess_language(doc.text, rules)
    date = date or doc.date
    reference = date.toordinal() if date else None
    tagging = tag(doc.text, language, reference)
    binding = bind(doc.text, language, tagging.timexes)
    mentions = list(binding.mentions)
    if reference is not None and not any(m.kind == "publication" for m in mentions):
        stamp = TimeExpr(0, 0, "", "date", first=Interval(reference, reference))
        mentions.insert(0, Mention("publication", stamp, "point", (0, 0), (0, 0)))
    timeline = reason(mentions, rules, binding.undated)
    ids = _event_ids(timeline)

    def event_id(index: int) -> str:
        return ids.get(index, "")

    matched = detect(doc, language, rules, tuple(regimes), detect_regimes)
    toll = language.regex["law_enforcement_delay"].search(doc.text)
    deadlines = evaluate(doc, timeline, rules, matched, affected_count(doc.text, language),
                         quote(doc, toll.start(), toll.end()) if toll else None, event_id,
                         lambda reg: resident_count(doc.text, language, reg.residents) if reg.residents else None)
    findings: list[Finding] = [
        *contradiction_findings(doc, timeline, rules, event_id),
        *date_findings(doc, tagging.problems, rules),
        *deadlines.findings,
    ]
    return DocumentReport(
        path=doc.path, language=language.code,
        reference_date=_reference(timeline, reference),
        regimes=matched, events=_events(doc, timeline, ids),
        findings=tuple(sorted(findings, key=Finding.sort_key)), text=doc.text, deadlines=deadlines.rows)


def _event_ids(timeline: Timeline) -> dict[int, str]:
    nodes = sorted((n for n in timeline.nodes[1:] if n.mentions),
                   key=lambda n: (n.mentions[0].timex.start, EVENT_KINDS.index(n.kind)))
    return {n.index: f"E{i}" for i, n in enumerate(nodes, 1)}


def _reference(timeline: Timeline, given: int | None) -> int | None:
    pub = timeline.of_kind("publication")
    if pub and pub[0].stated is not None:
        return pub[0].stated.lo
    return given


def _events(doc: Document, timeline: Timeline, ids: dict[int, str]) -> tuple[Event, ...]:
    out = []
    for n in timeline.nodes[1:]:
        if n.index not in ids:
            continue
        first = n.mentions[0]
        if n.stated is not None:
            lo, hi = n.stated.lo, n.stated.hi
        else:
            low, up = timeline.lower[n.index], timeline.upper[n.index]
            lo = None if low == float("-inf") else int(low)
            hi = None if up == float("inf") else int(up)
        t = first.timex
        line, col = doc.locate(t.start)
        out.append(Event(ids[n.index], n.kind, lo, hi, t.text, t.start, t.end, line, col, n.mentions))
    return tuple(sorted(out, key=lambda e: int(e.id[1:])))


def check_text(text: str, *, lang: str | None = None, date: dt.date | None = None,
               regimes: Sequence[str] = (), detect_regimes: bool = True, path: str = "<text>",
               rules_dir: Path | None = None) -> DocumentReport:
    """Check a narrative given as a string.

    ``lang`` is ``"en"`` or ``"fr"`` (guessed when None); ``date`` the text's own date
    when it states none; ``regimes`` legal regimes to apply whatever the text says
    (``"HIPAA"``); ``detect_regimes=False`` applies only those.
    """
    return check_document(Document(path, text), lang=lang, date=date, regimes=regimes,
                          detect_regimes=detect_regimes, rules=load_rules(rules_dir))


def check_path(paths: str | Iterable[str], *, lang: str | None = None, date: dt.date | None = None,
               regimes: Sequence[str] = (), detect_regimes: bool = True, recursive: bool = False,
               rules_dir: Path | None = None) -> Report:
    """Check files (``-`` for standard input); unreadable ones are listed in ``Report.problems``."""
    rules = load_rules(rules_dir)
    docs: list[DocumentReport] = []
    problems: list[InputProblem] = []
    files: list[str] = []
    for p in [paths] if isinstance(paths, str) else paths:
        try:
            files.extend(expand(p, recursive))
        except InputError as exc:
            problems.append(InputProblem(p, str(exc)))
    for f in files:
        try:
            found = read_path(f)
        except InputError as exc:
            problems.append(InputProblem(f, str(exc)))
            continue
        for doc in found:
            docs.append(check_document(doc, lang=lang, date=date, regimes=regimes,
                                       detect_regimes=detect_regimes, rules=rules))
    return Report(tuple(docs), tuple(problems))
