"""Split a text into sentences without breaking on abbreviations ("Inc.", "Aug.", "U.S.")."""

from __future__ import annotations

import re

# A run of marks is taken whole, from its first mark, and never given back: a match can
# only start at the run's first mark (the look-behind, after it so that re scans for the
# mark first) and the possessive ``*+`` cannot backtrack, so "......" (a megabyte of dots)
# costs linear time, not quadratic.
# French quotation marks stand apart from their words ("bloqué. » La clinique ...", ". « Le"):
# a space may come before a closing » and after an opening mark.
_BOUNDARY = re.compile(r"[.!?](?<![.!?][.!?])[.!?]*+(?:[\"'»”’)\]]|[ \u00a0\u202f]»)*+"
                       r"(?=\s+(?:[\"«“(\[][ \u00a0\u202f]?)?[A-Z0-9ÀÂÇÉÈÊËÎÏÔÛÙÜŸÆŒ])|\n[ \t]*\n|\n(?=[ \t]*\S)")
# A single line break ends a sentence only after a short line (a title, a dateline) or
# before a list item or a table row, and never before a lower-case word: hard-wrapped
# paragraphs keep their sentences whole.
_SHORT_LINE = 60
_LIST_ITEM = re.compile(r"[ \t]*(?:(?:[-*•·]|\d{1,3}[.)])\s|\|)")
# A form's dated field on a line of its own ("Date de prise de connaissance : 03/02/2026", "Date
# of discovery: March 4, 2026"): a short label of words alone (not "At 10:30", a wrapped line's
# time of day), a colon, a digit; the line before it is a heading.
_DATED_FIELD = re.compile(r"[ \t]*[^\W\d_](?:[^\W\d_]|[ '’()/-]){0,60}:[ \t\u00a0]{0,3}\d")
# A row of a list of key dates on a line of its own ("9 mai : détection de la fuite", "May 9 – leak
# detected"): a short cell with a digit, then a colon, a pipe or a dash; the long row before it ends there.
_DATED_ROW = re.compile(r"[ \t]*(?=[^\n:|—–.;]{0,30}\d)[^\W_][^\n:|—–.;]{0,40}?[ \t\u00a0]*[:|—–][ \t\u00a0]")
# A timeline row of plain columns ("  2026-03-19          IR firm confirms ...", "12/01/2026\tService desk
# ..."): a short first cell holding a digit (its date, its time), then a gap of two blanks or a tab, then a
# capital: the row before it ends there, however long it is (not a wrapped sentence's end, "December 1,
# 2014.  The breach ...", that a full stop closes).
_COLUMN_ROW = re.compile(r"[ \t]*(?=[^\n\t]{0,24}\d)[\w.,/:-]+(?: [\w.,/:-]+){0,4}(?<![.,;])(?:\t|[ ]{2,})[ \t]*[A-Z0-9ÀÂÇÉÈÊÎÔ]")
# A form's field of words on a line of its own ("Reporter: D. Okafor    Slot: Thursday, May 14", "Status:
# CONFIRMED"): a capitalised label of up to three words, a colon, a blank, its value: the line before it
# (a long heading, "Story: ... may have been taken") ends there.
_FIELD_LINE = re.compile(r"[ \t]*[A-Z][^\W\d_]*(?:[ '’-][^\W\d_]+){0,2}:[ \t]+\S")
_ABBREV = frozenset(
    "inc co corp ltd llc llp plc dr mr mrs ms jr sr st no nos vs etc dept gov univ assn bros "
    "jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thurs fri sat sun "
    "p.a m.d u.s u.k e.g i.e a.m p.m d.c n.y ph.d d.b.a fig al approx est mme mlle m me "
    "art arts para paras p pp cf ref nr sec ch vol prot janv févr fevr avr juil déc".split()
)
_WORD_BEFORE = re.compile(r"([\w.]+)$")
# A defined term in brackets ('Cascade Pediatric Therapy Group ("Cascade")', '(the "Company")'), as
# letters to regulators and filings name their parties: its quotation marks quote no one.
_DEFINED_TERM = re.compile(r'\([^()"“”\n]{0,30}["“][^"“”\n]{1,60}["”]\)')


def without_defined_terms(text: str) -> str:
    """``text`` less its bracketed defined terms, for a search of quotation marks."""
    return _DEFINED_TERM.sub("", text)


def sentences(text: str) -> list[tuple[int, int]]:
    """Spans (start, end) of the sentences of ``text``, in order, white space trimmed."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        if m.group(0)[0] in ".!?" and m.group(0).startswith(".") and len(m.group(0)) == 1:
            w = _WORD_BEFORE.search(text, max(0, m.start() - 12), m.start())
            word = w.group(1).lower().rstrip(".") if w else ""
            if word in _ABBREV or _initials(word):
                continue
        if m.group(0)[0] == "\n" and len(m.group(0).strip(" \t")) > 1:
            # A blank line inside a sentence (text taken from a PDF) when the paragraph
            # before it has no closing mark and the one after opens in lower case or a bracket.
            before = text[max(0, m.start() - 1):m.start()]
            nxt = text[m.end():m.end() + 80].lstrip()[:1]
            if (before.isalnum() or before == ",") and (nxt.islower() or nxt == "("):
                continue
        if m.group(0) == "\n":
            line_start = text.rfind("\n", 0, m.start()) + 1
            nxt = text[m.end():m.end() + 80].lstrip()[:1]
            if nxt.islower() or m.start() - line_start >= _SHORT_LINE and not _LIST_ITEM.match(text, m.end()) \
                    and not _DATED_FIELD.match(text, m.end()) and not _DATED_ROW.match(text, m.end()) \
                    and not _COLUMN_ROW.match(text, m.end()) and not _FIELD_LINE.match(text, m.end()):
                continue
            if _unfinished(text, line_start, m.start(), nxt):
                continue
        if m.group(0)[0] in ".!?" and _open_bracket(text, m.start()):
            continue  # "(prot. No. 37333)": no sentence ends inside brackets
        end = m.end() if m.group(0)[0] in ".!?" else m.start()
        _push(text, start, end, spans)
        start = m.end()
    _push(text, start, len(text), spans)
    return spans


def _initials(word: str) -> bool:
    """Whether a word before a full stop is a letter or initials ("J", "T.J", "A.B.C"): a name goes on."""
    return all(len(part) == 1 and part.isalpha() for part in word.split("."))


_OPENERS = "(“«‘,"
_CLOSERS = "”»’),;:"


def _unfinished(text: str, line_start: int, end: int, nxt: str) -> bool:
    """Whether a short line breaks a sentence in two: it ends in an opening bracket or quote or a
    comma, leaves a bracket or a curly quote open, or the next line opens with a closing one
    (filings broken around a defined name: "Dropbox, Inc. (“\nDropbox\n” or “\nwe\n”) became aware");
    it is one short capitalised word ("On"), or a piece of a name after a line of a lone comma."""
    line = text[line_start:end].rstrip()
    if not line:
        return False
    before = text[max(0, line_start - 80):line_start].rstrip(" \t\n").rpartition("\n")[2]
    return (line[-1] in _OPENERS or (nxt != "" and nxt in _CLOSERS) or line.count("(") > line.count(")")
            or line.count("“") > line.count("”") or _CUT_WORD.fullmatch(line) is not None
            or before.strip() == "," and line[-1] not in ".!?")  # "On\nAugust 25, 2025\n,\nWytec\nInternational, Inc."


_CUT_WORD = re.compile(r"[A-Z][a-z]{1,2}")  # a preposition cut from its date on a line of its own ("On")


def _open_bracket(text: str, pos: int) -> bool:
    """Whether a bracket opened in the 100 characters before ``pos`` is still open there."""
    window = text[max(0, pos - 100):pos]
    return window.rfind("(") > window.rfind(")")


def _push(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
