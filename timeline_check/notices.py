"""What kind of notice a text is, if it is one: a letter to individuals, a notice to a regulator,
a regulatory filing (a Form 8-K) or a press statement; an article or a report is none.

Read from the words that open it (the language files' lists): a filing's cover, a letter's words
to a regulator, a letter's words to its reader, a press release's heading. Only in its first
characters, and not after a quotation mark in the line: an article that quotes a letter is no
letter.
"""

from __future__ import annotations

import re
from typing import Literal

import attrs

from .lang import Language
from .rulefile import WordIndex
from .sentences import without_defined_terms

NoticeKind = Literal["individuals", "regulator", "filing", "press"]
REACH = 2000  # characters from the start of a text to the words that make it a notice
# The lists that make a text each kind of notice, the first found winning: a filing's cover first
# (it names the regulator it is filed with), then a letter to a regulator, then one to its reader.
_KINDS: tuple[tuple[str, NoticeKind], ...] = (
    ("filing_cover", "filing"), ("addressed_regulator", "regulator"), ("addressed", "individuals"),
    ("press_release", "press"))
_QUOTES = "\"“”«»"
# A Word mail-merge field ("«First_Name»") is no quotation mark: a letter flattened to one line
# may hold its address block of them before "Dear".
_MERGE_FIELD = re.compile(r"«[^\s«»]{1,60}»")
_HEADINGS = ("press", "filing")  # kinds shown by a heading: its words open a line ("FOR IMMEDIATE RELEASE", "FORM 8-K")


@attrs.frozen
class Notice:
    """A text that is itself a notice: its kind and the words that show it."""

    kind: NoticeKind
    start: int
    end: int


def notice_kind(text: str, lang: Language, index: WordIndex) -> Notice | None:
    """The notice ``text`` is, or None for an article, a report or a narrative. A later part of a
    notice to a regulator ("notification complémentaire", ``[phrases] supplement``) is none: GDPR
    Art. 33(4) lets a notice's content come in phases, so a part is not judged as the whole."""
    for key, kind in _KINDS:
        if kind == "regulator" and _opening(text, lang, index, "supplement") is not None:
            continue
        for m in lang.lists[key].finditer(index, before=REACH):
            line_start = text.rfind("\n", 0, m.start()) + 1
            before = without_defined_terms(_MERGE_FIELD.sub("", text[line_start:m.start()]))
            if kind in _HEADINGS and before.strip(" \t#*-"):
                continue  # "posted a press release on its web site": told of, not headed
            if not any(q in before for q in _QUOTES):
                return Notice(kind, m.start(), m.end())
    return None


def _opening(text: str, lang: Language, index: WordIndex, key: str) -> re.Match[str] | None:
    """The first words of list ``key`` in the text's first characters, not after a quotation mark in their line."""
    for m in lang.lists[key].finditer(index, before=REACH):
        if not any(q in text[text.rfind("\n", 0, m.start()) + 1:m.start()] for q in _QUOTES):
            return m
    return None
