"""Dates of the data rather than of an event: a date or range right after the held data and a
participle that dates it ("the loss of records documented by the clinic's doctors during the
period from July 11 through July 26", "the files of patients seen in the clinic from May 2012
through October 2013", "les dossiers des patients soignés entre 2019 et 2021"): when the data
was made, not when it was stolen or lost. The participles are language data (``[phrases]
data_dated``), after a word of the data (``held_data``) or of the people (``count_nouns``)."""

from __future__ import annotations

from ..lang import Language
from ..model import TimeExpr
from .grammar import CLAUSE_MARK, WORD, ends_with

_REACH = 80  # characters before a date read for its participle
_GAP_WORDS = 7  # words at most between the participle and the date ("by the CE's physicians during the period")


def dates_the_data(text: str, lang: Language, s: int, t: TimeExpr) -> bool:
    """Whether range ``t`` (its sentence starting at ``s``) follows, in its clause, a participle
    of ``data_dated`` right after a word of the data or of the people it is about, with no
    auxiliary between them ("the notes documented by the nurses were erased between ...": the
    erasure's range)."""
    a = max(s, t.start - _REACH)
    rx = lang.regex
    for m in rx["data_dated"].finditer(text, a, t.start):
        gap = text[m.end():t.start]
        if CLAUSE_MARK.search(gap) or len(WORD.findall(gap)) > _GAP_WORDS or rx["auxiliary"].search(gap):
            continue
        if ends_with(rx["held_data"], text, max(s, m.start() - 40), m.start()) \
                or ends_with(rx["count_nouns"], text, max(s, m.start() - 40), m.start()):
            return True
    return False
