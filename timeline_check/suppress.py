"""Suppression directives: a comment in the source silences rules for the paragraph that follows it.

Two forms, each standing on its own line(s)::

    <!-- timeline-check: disable=hipaa/individual-notice: notice delayed at the request of the police -->
    # timeline-check: disable=order/discovery-after-investigation-end,hipaa/

The HTML-comment form works in Markdown, HTML and plain text; the line form (optionally
after ``#``, ``//``, ``--``, ``;`` or ``%``) in plain text only, where it would otherwise
be read as prose. ``disable=`` takes rule ids or prefixes (``hipaa/``), separated by
commas; what follows the next ``:`` is the justification, kept in SARIF's
``suppressions``. A directive covers the paragraph after it: from the next line that is
not blank (nor another directive) up to the line before the next blank line (in HTML,
also up to the line that closes the first block element). A finding is suppressed when
its primary line, or the first line of a sentence it quotes, is in that paragraph.

A directive that suppresses nothing is a ``suppress/unused`` finding, one that cannot be
read a ``suppress/malformed`` finding (both warnings): in a compliance document a
suppression is evidence, and a stale or mistyped one should be seen.

Everything here is pure: source text in, directives out; findings in, findings out.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from difflib import get_close_matches
from typing import Literal

import attrs

from .model import Finding, Suppressed

Mode = Literal["text", "markdown", "html"]
UNUSED = "suppress/unused"
MALFORMED = "suppress/malformed"
SYNTAX = "<!-- timeline-check: disable=RULE[,RULE][: why] -->"
INLINE = "a directive must stand on its own line"

_COMMENT = re.compile(r"<!--(.*?)-->", re.S)
_MARKER = re.compile(r"\s*timeline-check(?![\w-])")
_LINE = re.compile(r"^([ \t]*(?:#+|//+|--|;+|%+)?[ \t]*)(timeline-check[ \t]*:.*?)[ \t]*$", re.M)
_BODY = re.compile(r"timeline-check[ \t]*:?[ \t]*(?P<verb>[A-Za-z-]*)[ \t]*(?P<eq>=?)[ \t]*(?P<rest>.*)", re.S)
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*(?:/[A-Za-z0-9_.-]+)*/?")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})", re.M)
_BLOCK_END = re.compile(r"</(?:p|li|h[1-6]|blockquote|pre|td|th|tr|dd|dt|figcaption|caption|summary|div|section|"
                        r"article|main|table|ul|ol|dl)\s*>", re.I)


@attrs.frozen
class RuleInfo:
    """What ``timeline-check rules``/``explain`` and SARIF show of a ``suppress/*`` rule (code, not a rule file)."""

    id: str
    level: str
    description: str
    kind: str = "suppress"
    citation: str = ""
    source: str = ""


RULES = (
    RuleInfo(MALFORMED, "warning",
             "A suppression directive that cannot be read (an unknown rule, a missing disable=, a directive that does "
             "not stand on its own line) silences nothing. Write " + SYNTAX + " on its own line just before the "
             "paragraph whose findings it silences."),
    RuleInfo(UNUSED, "warning",
             "A suppression directive that silences nothing: no finding of the rule it names is in the paragraph after "
             "it. A stale suppression hides the next real problem there and, in a compliance document, is evidence of "
             "a decision that no longer applies: remove it, or move it before the paragraph it is meant for."),
)


@attrs.frozen
class Directive:
    """One directive as written: where it is, what it names, which lines it covers.

    ``first``..``last`` are the 1-based lines of the paragraph it covers (``first`` 0: none
    follows); ``start``..``end`` its span in the source; ``error`` says why it cannot be
    read (then ``rules`` is empty and it suppresses nothing).
    """

    line: int
    column: int
    start: int
    end: int
    text: str
    rules: tuple[str, ...] = ()
    justification: str | None = None
    first: int = 0
    last: int = 0
    error: str | None = None


@attrs.frozen
class Outcome:
    """What the directives did: the findings kept (with ``suppress/*`` findings added) and those suppressed."""

    findings: tuple[Finding, ...]
    suppressed: tuple[Suppressed, ...]


def _line_starts(source: str) -> list[int]:
    starts = [0]
    i = source.find("\n")
    while i >= 0:
        starts.append(i + 1)
        i = source.find("\n", i + 1)
    return starts


def _fenced(source: str) -> list[tuple[int, int]]:
    """Spans of fenced code blocks in Markdown (a directive shown in a code sample is not one)."""
    spans: list[tuple[int, int]] = []
    pos = 0
    while True:
        m = _FENCE.search(source, pos)
        if not m:
            return spans
        mark = m[1]
        close = re.compile(rf"^ {{0,3}}{re.escape(mark[0])}{{{len(mark)},}}[ \t]*$", re.M).search(source, m.end())
        end = close.end() if close else len(source)
        spans.append((m.start(), end))
        pos = end


def _read(body: str, known: Sequence[str]) -> tuple[tuple[str, ...], str | None, str | None]:
    """Rules, justification and error of a directive's body (``timeline-check: disable=...``)."""
    m = _BODY.fullmatch(body.strip())
    if not m or not m["eq"] or not m["verb"]:
        return (), None, "expected disable=RULE"
    if m["verb"] != "disable":
        return (), None, f'unknown directive "{m["verb"]}"'
    names, _, why = m["rest"].partition(":")
    rules = tuple(n.strip() for n in names.split(","))
    if not any(rules):
        return (), None, "no rule named after disable="
    for r in rules:
        if not _ID.fullmatch(r):
            return (), None, f'"{r}" is not a rule id' if r else "an empty rule id between commas"
        if known and not any(k == r or k.startswith(r.rstrip("/") + "/") for k in known):
            close = get_close_matches(r, known, n=1)
            return (), None, f'unknown rule "{r}"' + (f' (did you mean "{close[0]}"?)' if close else "")
    return rules, " ".join(why.split()) or None, None


def _line_directives(source: str, ids: list[str], comments: list[tuple[int, int]],
                     where: Callable[[int], tuple[int, int]]) -> list[Directive]:
    """The directives of a plain text that stand on lines of their own, outside the comments found."""
    out = []
    for m in _LINE.finditer(source):
        if any(s <= m.start() < e for s, e in comments):
            continue
        line, col = where(m.start(2))
        rules, why, error = _read(m[2], ids)
        out.append(Directive(line, col, m.start(), m.end(), " ".join(m[0].split()), rules, why, error=error))
    return out


def parse(source: str, mode: Mode = "text", known: Iterable[str] = ()) -> tuple[Directive, ...]:
    """Every directive of a source text (the file as written), in order, with the lines each covers.

    ``known`` are the rule ids a directive may name (any, when empty).
    """
    ids = sorted(set(known))
    starts = _line_starts(source)

    def where(offset: int) -> tuple[int, int]:
        lo, hi = 0, len(starts) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if starts[mid] <= offset:
                lo = mid
            else:
                hi = mid - 1
        return lo + 1, offset - starts[lo] + 1

    found: list[Directive] = []
    fences = _fenced(source) if mode == "markdown" else []
    for m in _COMMENT.finditer(source):
        if not _MARKER.match(m[1]) or any(s <= m.start() < e for s, e in fences):
            continue
        line, col = where(m.start())
        end_line, _ = where(m.end())
        before = source[starts[line - 1]:m.start()]
        after_end = source.find("\n", m.end())
        after = source[m.end():len(source) if after_end < 0 else after_end]
        if mode == "markdown" and "`" in before:
            continue  # shown in inline code, not a directive
        text = " ".join(m[0].split())
        if before.strip() or after.strip():
            found.append(Directive(line, col, m.start(), m.end(), text, error=INLINE))
            continue
        rules, why, error = _read(m[1], ids)
        found.append(Directive(line, col, m.start(), m.end(), text, rules, why, error=error))
    if mode == "text":
        found += _line_directives(source, ids, [(d.start, d.end) for d in found], where)
    found.sort(key=lambda d: d.start)
    lines = source.split("\n")
    taken: set[int] = set()  # lines that hold a directive: a paragraph is looked for after them
    for d in found:
        if d.error != INLINE:
            taken.update(range(d.line, source.count("\n", 0, d.end) + 2))
    return tuple(_cover(source, lines, taken, d, mode) for d in found)


def _cover(source: str, lines: list[str], taken: set[int], d: Directive, mode: Mode) -> Directive:
    """The directive with the lines of the paragraph that follows it."""
    n = source.count("\n", 0, d.end) + 2  # the line after the directive's last line
    while n <= len(lines) and (not lines[n - 1].strip() or n in taken):
        n += 1
    if n > len(lines):
        return d
    last = n
    while last < len(lines) and lines[last].strip():  # lines[last] is line last + 1
        if mode == "html" and _BLOCK_END.search(lines[last - 1]):
            break
        last += 1
    return attrs.evolve(d, first=n, last=last)


def blank(text: str, directives: Iterable[Directive]) -> str:
    """``text`` with each directive replaced by spaces (newlines kept), so the checker does not read it as prose."""
    chars = list(text)
    for d in directives:
        for i in range(d.start, min(d.end, len(chars))):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)


def _covers(rule: str, name: str) -> bool:
    return rule == name or rule.startswith(name.rstrip("/") + "/")


def apply(directives: Sequence[Directive], findings: Iterable[Finding]) -> Outcome:
    """Drop the findings a directive covers; add a finding for each unused or malformed directive."""
    used: set[tuple[int, str]] = set()
    kept: list[Finding] = []
    suppressed: list[Suppressed] = []
    for f in findings:
        if f.rule.startswith("suppress/"):
            kept.append(f)
            continue
        hit = None
        lines = {f.line, *(e.line for e in f.evidence)}
        for i, d in enumerate(directives):
            if d.error or not d.first or not any(d.first <= n <= d.last for n in lines):
                continue
            for name in d.rules:
                if _covers(f.rule, name):
                    used.add((i, name))
                    hit = hit or d
        if hit is None:
            kept.append(f)
        else:
            suppressed.append(Suppressed(f, hit.justification, hit.line, hit.column))
    for i, d in enumerate(directives):
        if d.error:
            hint = "" if d.error.startswith("unknown rule") else f" Write {SYNTAX} on its own line before the paragraph."
            kept.append(Finding(MALFORMED, "suppress", "warning",
                                f"This suppression cannot be read ({d.error}), so it silences nothing: « {d.text} ».{hint}",
                                d.line, d.column))
            continue
        for name in d.rules:
            if (i, name) in used:
                continue
            span = ("no paragraph follows it" if not d.first else
                    f"no {name} finding in the paragraph it covers (line {d.first})" if d.first == d.last else
                    f"no {name} finding in the paragraph it covers (lines {d.first}-{d.last})")
            kept.append(Finding(UNUSED, "suppress", "warning",
                                f"The suppression of {name} is unused: {span}. Remove it, or move it just before "
                                f"the paragraph it is meant for.", d.line, d.column))
    return Outcome(tuple(sorted(kept, key=Finding.sort_key)), tuple(suppressed))
