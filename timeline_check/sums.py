"""Sums a text says add up: a total and the parts it is broken into.

"12,500 people were affected: 8,000 patients and 4,500 employees" and "8,000 patients and
4,500 employees, for a total of 12,500" say the parts make the whole; "affected 12,500 people,
including 8,000 patients" does not (an inclusive list may leave people out, or count some twice),
and is left to ``counts.disagreements``. The parts are a short list (each a number and at most
three words, joined by commas and the language's ``sum_join`` words), so that a colon before a
sentence of its own ("12,500 people: 8,000 had their addresses exposed and ...") is no
breakdown. Every number is read with its rounding (``counts``): the sum fails only when no
reading of the parts agrees with any reading of the total.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

import attrs

from .counts import number_range, sentence_span
from .document import Document
from .evidence import quote
from .lang import Language
from .messages import ENGLISH, Messages
from .model import Finding
from .numbers import NUMBER, as_written, scale_words
from .rulefile import WordIndex
from .ruleset import CheckRule

_WORD = r"[^\W\d_][\w'’-]{0,30}"
_GAP = r"[ \u00a0]"
_STOP = re.compile(r"[ \u00a0]*(?:[.;!?)\n]|$)")  # a list that ends its clause
_BEFORE_LIST = 220  # characters looked at before a total cue for the list that ends there


@attrs.frozen
class Part:
    """One number of a breakdown, or its total: its span and the numbers it may stand for."""

    start: int
    end: int
    text: str
    value: int  # the number as written ("4.5 million": 4,500,000)
    lo: int  # the numbers it may stand for, rounded as people round
    hi: int


@attrs.frozen
class Sum:
    """A total and the parts the text says it is made of."""

    total: Part
    parts: tuple[Part, ...]

    @property
    def adds_up(self) -> bool:
        """Whether some reading of the parts gives some reading of the total."""
        return sum(p.lo for p in self.parts) <= self.total.hi and self.total.lo <= sum(p.hi for p in self.parts)

    @property
    def adds_up_as_written(self) -> bool:
        """Whether the parts, as written, give the total as written."""
        return sum(p.value for p in self.parts) == self.total.value


@functools.cache
def _patterns(lang: Language) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """An item (a number, its scale word, up to three words), a joint between items, and a
    total's head (the words after a total that open its list)."""
    scale = scale_words(lang)
    join = lang.alt("sum_join")
    item = re.compile(rf"{NUMBER}(?:{_GAP}*({scale})\b)?((?:{_GAP}+(?!(?:{join})\b){_WORD}){{0,3}})", re.I)
    joint = re.compile(rf"{_GAP}*(?:,{_GAP}*(?:(?:{join}){_GAP}+)?|{_GAP}+(?:{join}){_GAP}+)", re.I)
    head = re.compile(rf"(?:{_GAP}+{_WORD}){{0,6}}?{_GAP}*(?::|{_GAP}*[—–]|,?{_GAP}+(?:{lang.alt('sum_intro')}))"
                      rf"{_GAP}+(?=\d)", re.I)
    return item, joint, head


def read_sums(text: str, lang: Language, index: WordIndex) -> tuple[Sum, ...]:
    """Every total with the parts the text says make it up, in text order."""
    found = {s.total.start: s for s in (*_total_first(text, lang, index), *_total_last(text, lang, index))}
    return tuple(found[k] for k in sorted(found))


def _total_first(text: str, lang: Language, index: WordIndex) -> Iterator[Sum]:
    """"12,500 people were affected: 8,000 patients and 4,500 employees"."""
    item, _, head = _patterns(lang)
    for noun in lang.lists["count_people"].finditer(index):
        opening = head.match(text, noun.end(), noun.end() + 120)
        if opening is None:
            continue
        total = next((m for m in item.finditer(text, max(0, noun.start() - 90), noun.end()) if m.end() == noun.end()), None)
        whole = _part(total, lang) if total else None
        parts, end = _list(text, lang, opening.end())
        if whole is not None and len(parts) >= 2 and _STOP.match(text, end):
            yield Sum(whole, parts)


def _total_last(text: str, lang: Language, index: WordIndex) -> Iterator[Sum]:
    """"8,000 patients and 4,500 employees, for a total of 12,500"."""
    item = _patterns(lang)[0]
    for cue in lang.lists["sum_total"].finditer(index):
        total = item.match(text, cue.end() + 1) if text[cue.end():cue.end() + 1] in " \u00a0" else None
        whole = _part(total, lang) if total else None
        if whole is None:
            continue
        back = max(0, cue.start() - _BEFORE_LIST)
        for m in re.finditer(r"(?<![\w.,])\d", text[back:cue.start()]):
            parts, end = _list(text, lang, back + m.start())
            if len(parts) >= 2 and text[end:cue.start()].strip(" \u00a0,") == "":
                yield Sum(whole, parts)
                break


def _list(text: str, lang: Language, pos: int) -> tuple[tuple[Part, ...], int]:
    """The items of a list that starts at ``pos``, in order, and where the last one ends."""
    item, joint, _ = _patterns(lang)
    parts: list[Part] = []
    end = pos
    while (m := item.match(text, pos)) is not None and (part := _part(m, lang)) is not None:
        parts.append(part)
        end = m.end()
        j = joint.match(text, end)
        if j is None or not text[j.end():j.end() + 1].isdigit():
            break
        pos = j.end()
    return tuple(parts), end


def _part(m: re.Match[str], lang: Language) -> Part | None:
    """A matched number as a part, or None for a year, a percentage or an amount of money."""
    unit = (m.group(2) or "").lower()
    value = number_range(m.group(1), unit, lang)
    written = as_written(m.group(1), unit, lang)
    if value is None or written is None or m.string[m.end(1):m.end(1) + 2].strip().startswith("%") or (
            m.start() and m.string[m.start() - 1] in "$€£"):
        return None
    end = m.end() - len(m.group(3) or "")
    return Part(m.start(), end, m.string[m.start():end], written, *value)


def sum_findings(doc: Document, sums: tuple[Sum, ...], checks: dict[str, CheckRule],
                 msg: Messages = ENGLISH) -> list[Finding]:
    """Breakdowns whose parts do not give their total: ``count/sum-mismatch`` when no reading
    of the numbers agrees, ``count/sum-rounded`` when only rounding them would."""
    out = []
    for s in sums:
        rule = checks.get("count/sum-mismatch" if not s.adds_up else "count/sum-rounded" if not s.adds_up_as_written else "")
        if rule is None:
            continue
        line, column = doc.locate(s.total.start)
        parts = " + ".join(p.text for p in s.parts)
        message = msg._(rule.message).format(total=s.total.text, parts=parts, sum=f"{sum(p.value for p in s.parts):,}", line=line)
        spans = sorted({sentence_span(doc.text, p.start, p.end) for p in (s.total, *s.parts)})
        out.append(Finding(rule=rule.id, category="count", severity=rule.level, message=message,  # type: ignore[arg-type]
                           line=line, column=column, evidence=tuple(quote(doc, a, b) for a, b in spans)))
    return out
