"""The binder's entry point: a whole text, sentence by sentence."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import attrs

from ..lang import Language
from ..model import Mention, TimeExpr, Undated, Unplaced
from ..rulefile import WordIndex, word_index
from ..sentences import sentences
from .incidents import paragraph_incidents
from .records import record_incidents
from .own_date import addressee, letter_notice, own_stamp, publication
from .release import release_notice
from .roundup import roundup_incidents
from .day_before import day_in_sentence
from .one_off import one_off_acts
from .refuted import refuted_claims
from .sentence import bind_sentence
from .struck import struck_cells
from .spans import answered, capped
from .stages import later_findings
from .triggers import Scan
from .updated import dateline_update
from .upon import dated_by_their_event
from .apposed_day import restated_days
from .unplaced import unplaced


@attrs.frozen
class Binding:
    """The binder's result: every event mention, the event words with no date, and the explicit
    dates that date no event (``unplaced``)."""

    mentions: tuple[Mention, ...]
    undated: tuple[Undated, ...] = ()
    letter: Undated | None = None  # the text is itself a notice to its reader, of its own date
    addressee: tuple[int, int] | None = None  # a letter to a regulator: the line of its head naming it
    unplaced: tuple[Unplaced, ...] = ()


def bind(text: str, lang: Language, timexes: tuple[TimeExpr, ...], index: WordIndex | None = None) -> Binding:
    """Mentions of events in ``text``, each with its time expression; ``index`` is the
    text's ``WordIndex`` when the caller has built it already. The text's own date is found
    in ``timexes`` (``own_date.publication``)."""
    return bind_dated(text, lang, timexes, publication(text, lang, timexes), index)


def bind_dated(text: str, lang: Language, timexes: tuple[TimeExpr, ...], pub: Mention | None,
               index: WordIndex | None = None) -> Binding:
    """As ``bind``, given the text's own date ``pub`` (one of ``timexes``, or None) by a caller
    that has found it already (the engine, which normalises on it)."""
    spans = capped(text, answered(text, lang, sentences(text)), timexes)
    starts = [s for s, _ in spans]
    by_sentence: dict[int, list[TimeExpr]] = {}
    update = dateline_update(text, lang, timexes, pub)  # "Posted: May 2 | Last updated: May 16": the text's own
    for t in timexes:
        i = bisect.bisect_right(starts, t.start) - 1
        if i >= 0 and t is not update:
            by_sentence.setdefault(i, []).append(t)
    mentions: list[Mention] = []
    undated: list[Undated] = []
    if pub is not None:
        mentions.append(pub)
    index = index or word_index(text)
    scan = Scan(lang, index, spans)
    # A correction note ("An earlier version of this article said ... on February 12") withdraws
    # what it quotes: its sentence dates no event.
    withdrawn = {bisect.bisect_right(starts, m.start()) - 1 for m in lang.lists["retracted"].finditer(index)}
    withdrawn |= refuted_claims(text, lang, spans)  # a fact-check's claim marked wrong
    letter = letter_notice(text, lang, index, spans, starts) or release_notice(text, lang, index, spans, starts)
    struck = struck_cells(text, lang)  # a corrections log's "What we published", its "Logged" day
    for i, sent in enumerate(spans):
        if i in withdrawn:
            continue
        ts = [t for t in by_sentence.get(i, ())
              if (pub is None or not own_stamp(text, pub, t)) and not _inside(t.start, struck)]
        got, bare = bind_sentence(text, lang, sent, ts, scan)
        mentions.extend(m for m in got if not _inside(m.trigger[0], struck))
        undated.extend(bare)
    # In text order; within one expression the end of a range last, so "two days later" after
    # "from June 3 to June 19" counts from June 19.
    mentions = later_findings(text, lang, record_incidents(text, lang, mentions))  # a register's records first
    mentions = paragraph_incidents(text, lang, spans, mentions)
    mentions = roundup_incidents(text, lang, spans, mentions)
    mentions = one_off_acts(text, lang, spans, mentions)
    mentions = day_in_sentence(text, lang, timexes, restated_days(text, timexes, dated_by_their_event(mentions)))
    order = {"start": 0, "span": 1, "point": 1, "duration": 1, "end": 2}
    mentions.sort(key=lambda m: (m.timex.start, order[m.role], m.kind))
    return Binding(tuple(mentions), tuple(undated), letter, None if letter is None else addressee(text, lang, spans, letter),
                   unplaced(text, lang, spans, by_sentence, mentions, withdrawn))


def _inside(pos: int, cells: Sequence[tuple[int, int]]) -> bool:
    """Whether ``pos`` lies in one of ``cells``."""
    return any(a <= pos < b for a, b in cells)
