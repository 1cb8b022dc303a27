"""Counts of people a text gives, read as people write them, and the ones that cannot all be true.

"4,5 millions de patients" is every number from 4,450,000 to 4,549,999; "près de 4,5 millions"
also the numbers somewhat below; "more than 500" is 501 and up; "12,000" may be rounded, so
11,500 to 12,499; "4,452,782" is that number. A count is a *total* when the words around it say
the people were affected ("affected 13,055 individuals", "4 452 782 personnes avaient été
touchées"), a *part* when they single out a share ("of whom 1,204 were Texas residents",
"112 005 personnes associées à MD Valuecare"), and otherwise neither. Two totals whose readings
do not overlap disagree; a part above every reading of a total cannot be. A total revised in the
text ("initially", "later raised to", "dans un premier temps") is a change, not a contradiction.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from typing import Literal

import attrs

from .document import Document
from .evidence import quote
from .lang import Language
from .messages import ENGLISH, Messages
from .rulefile import WordIndex
from .model import Finding
from .numbers import NUMBER, is_year, scale_words, scaled, whole
from .ruleset import CheckRule

Role = Literal["total", "part", "other"]
_WINDOW = 80  # characters looked at before a count and after its noun for the words that place it
_CLAUSE = re.compile(r"[.;:!?\n]")
_NAMED = re.compile(r"\b[A-Z][\w'’-]*")  # a capitalised word between a number and its noun names a subgroup


@attrs.frozen
class Count:
    """A number of people: its span, the numbers it may stand for, and what it counts."""

    start: int
    end: int
    text: str
    lo: int
    hi: int | None  # None: unbounded ("more than 500")
    role: Role
    revised: bool = False  # its sentence says the number changed ("initially", "later raised to")
    dated: tuple[str, ...] = ()  # the dates its sentence gives before it: the incident it counts ("the May 2 breach")

    def overlaps(self, other: Count) -> bool:
        return (self.hi is None or other.lo <= self.hi) and (other.hi is None or self.lo <= other.hi)


@functools.cache
def _pattern(lang: Language) -> re.Pattern[str]:
    scale = scale_words(lang)
    nouns = lang.alt("count_people")
    of = rf"(?:{lang.alt('genitive')}(?:(?<=['’])|[ \u00a0]+))?"  # "de patients", "d'assurés"
    return re.compile(rf"{NUMBER}[ \u00a0]*(?:({scale})\b[ \u00a0]*)?{of}"
                      rf"(?:[^\W\d_][\w'’-]{{0,30}}[ \u00a0]+){{0,2}}?({nouns})\b", re.I)


_REACH = 90  # characters from a number to the noun it counts: "4,5 millions de patients", "3,700 Ohio residents"


def read_counts(text: str, lang: Language, dates: Sequence[tuple[int, int]] = (),
                index: WordIndex | None = None) -> tuple[Count, ...]:
    """Every count of people in ``text``, in text order; ``dates`` are the spans of its dates.
    With the text's ``index``, only the stretches before the nouns of people are read."""
    return tuple(_counts(text, lang, sorted(dates), _candidates(text, lang, index)))


def _candidates(text: str, lang: Language, index: WordIndex | None) -> Iterator[re.Match[str]]:
    """The matches of the count pattern: over the whole text, or where a noun of people ends one."""
    if index is None:
        yield from _pattern(lang).finditer(text)
        return
    seen = -1
    for noun in lang.lists["count_people"].finditer(index):
        for m in _pattern(lang).finditer(text, max(0, noun.start() - _REACH, seen), noun.end()):
            if m.end() == noun.end() and m.start() > seen:
                seen = m.end()
                yield m


def _counts(text: str, lang: Language, dates: list[tuple[int, int]], found: Iterator[re.Match[str]]) -> Iterator[Count]:
    for m in found:
        value = number_range(m.group(1), (m.group(2) or "").lower(), lang)
        if value is None:
            continue
        before = _clause_before(text, m.start())
        after = _clause_after(text, m.end())
        gap = len(text[m.end(1):m.end(1) + 3]) - len(text[m.end(1):m.end(1) + 3].lstrip())
        if lang.regex["count_threshold"].match(text, m.end(1) + gap, m.end(1) + 24):
            continue  # "500 or more individuals": a threshold, no count
        lo, hi = _qualified(lang, before, *value)
        named = _NAMED.search(text, m.end(2) if m.group(2) else m.end(1), m.start(3))  # "1,204 Texas residents"
        role: Role = "part" if named else _role(lang, before, after)
        sentence = _sentence(text, m.start(), m.end())
        begin = m.start() - sentence.index(m.group(0)) if m.group(0) in sentence else m.start()
        yield Count(m.start(), m.end(), m.group(0), lo, hi, role,
                    revised=bool(lang.regex["count_revised"].search(sentence)),
                    dated=tuple(" ".join(text[a:b].split()) for a, b in dates if begin <= a and b <= m.start()))


def number_range(digits: str, unit: str, lang: Language) -> tuple[int, int] | None:
    """The numbers a written count stands for, rounding included."""
    if unit:
        value = scaled(digits, lang.count_scale[unit])
        if value is None:
            return None
        centre, step = value
        return max(0, centre - step // 2), centre + step // 2 - 1 + step % 2
    n = whole(digits)
    if n is None or is_year(n, digits):
        return None  # "4.5 patients", "2023 patients": no count
    zeros = len(str(n)) - len(str(n).rstrip("0"))
    if n < 1000 or zeros < 3:
        return n, n  # "13,055", "500": as written
    step = 10 ** zeros  # "12,000": to the thousand it may be rounded to
    return n - step // 2, n + step // 2 - 1


def _qualified(lang: Language, before: str, lo: int, hi: int) -> tuple[int, int | None]:
    """The numbers once the words before the count are read: more than, less than, about."""
    near = " ".join(before.split()[-3:])
    if _ends(lang, "more_than", near):
        return lo, None
    if _ends(lang, "less_than", near):
        return 0, hi
    if _ends(lang, "about", near):
        return lo * 85 // 100, -(-hi * 115 // 100)
    return lo, hi


def _unqualified(lang: Language, before: str) -> str:
    """The words before a count without the qualifier that ends them ("affected roughly" -> "affected")."""
    for key in ("about", "more_than", "less_than"):
        m = next((m for m in lang.regex[key].finditer(before) if not before[m.end():].strip()), None)
        if m is not None:
            return before[:m.start()]
    return before


def _ends(lang: Language, key: str, words: str) -> bool:
    return any(m.end() == len(words) for m in lang.regex[key].finditer(words))


def _role(lang: Language, before: str, after: str) -> Role:
    """Total, part or neither, by the words around a count. A restrictive word right after its
    noun ("who received insurance from the CE", "of the CE", "in 27 states") makes it a subgroup;
    a threshold ("500 or more") or a count of what was done to people ("sent to 200 patients") is
    neither."""
    near_before = " ".join(before.split()[-3:])
    head = after.lstrip()
    if lang.regex["count_part"].search(near_before) or lang.regex["count_part_after"].match(head):
        return "part"
    if lang.regex["count_affected_after"].match(head):
        return "total"
    if head[:1] in ("’", "'") or lang.regex["count_restrictive"].match(head) or _ends(
            lang, "count_threshold", " ".join(before.split()[-2:])):
        return "other"
    lead = _unqualified(lang, before)
    if lang.regex["count_aggregate"].search(" ".join(lead.split()[-12:])):
        return "other"  # "breaches filed this year affected 40 million people": many incidents, not ours
    if _ends(lang, "count_affected", " ".join(lead.split()[-4:])) or _ends(
            lang, "count_affected_of", " ".join(lead.split()[-8:])):
        return "total"
    return "other"


def _clause_before(text: str, pos: int) -> str:
    chunk = text[max(0, pos - _WINDOW):pos]
    cut = max((m.end() for m in _CLAUSE.finditer(chunk)), default=0)
    return chunk[cut:]


def _clause_after(text: str, pos: int) -> str:
    chunk = text[pos:pos + _WINDOW]
    m = _CLAUSE.search(chunk)
    return chunk[:m.start()] if m else chunk


_STOP = re.compile(r"[.!?](?=\s)|\n")


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around a count (looked for within a few hundred characters)."""
    return text[slice(*sentence_span(text, start, end))]


def disagreements(counts: tuple[Count, ...]) -> Iterator[tuple[str, Count, Count]]:
    """Pairs of counts that cannot both be true: ``("totals-disagree", earlier total, later total)``
    and ``("part-above-total", part, total)``. Revised counts are changes, not contradictions."""
    totals = [c for c in counts if c.role == "total" and not c.revised]
    for i, b in enumerate(totals):
        a = next((a for a in totals[:i] if not a.overlaps(b) and _same_incident(a, b)), None)
        if a is not None:
            yield "totals-disagree", a, b
    for p in counts:
        if p.role != "part" or p.revised:
            continue
        t = next((t for t in counts if t.role == "total" and t.hi is not None and p.lo > t.hi), None)
        if t is not None:
            yield "part-above-total", p, t


def _same_incident(a: Count, b: Count) -> bool:
    """Whether two counts may count one incident: not when each sentence dates its own
    ("The September 24, 2010, breach affected 3,700 ...; the January 31, 2011, breach affected ...")."""
    return not (a.dated and b.dated and set(a.dated).isdisjoint(b.dated))


def count_findings(doc: Document, counts: tuple[Count, ...], checks: dict[str, CheckRule],
                   single_incident: bool, msg: Messages = ENGLISH) -> list[Finding]:
    """Counts that cannot all be true, as findings of the ``count/*`` rules the rule set has; none
    in a text that tells of several incidents (each may have its own count)."""
    if not single_incident:
        return []
    out = []
    for name, a, b in disagreements(counts):
        rule = checks.get(f"count/{name}")
        if rule is None:
            continue
        la, lb = doc.locate(a.start)[0], doc.locate(b.start)[0]
        message = msg._(rule.message).format(first=a.text.strip(), second=b.text.strip(), first_line=la, second_line=lb)
        evidence = tuple(quote(doc, *sentence_span(doc.text, c.start, c.end)) for c in sorted((a, b), key=lambda c: c.start))
        at = b if name == "totals-disagree" else a
        line, column = doc.locate(at.start)
        out.append(Finding(rule=rule.id, category="count", severity=rule.level, message=message,  # type: ignore[arg-type]
                           line=line, column=column, evidence=evidence))
    return out


def sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    head = text[max(0, start - 300):start]
    s = start - len(head) + max((m.end() for m in _STOP.finditer(head)), default=0)
    while s < start and text[s].isspace():
        s += 1
    stop = _STOP.search(text, end, end + 300)
    return s, stop.end() if stop else min(len(text), end + 300)
