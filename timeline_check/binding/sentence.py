"""Binding one sentence: its context read once, then the passes in turn (see ``passes``), the
pairs and the event words they date flowing from one to the next as values."""

from __future__ import annotations

from collections.abc import Sequence

from ..lang import Language
from ..model import Mention, TimeExpr, Undated
from . import passes
from .astray import mailed_astray, mailed_notice
from .bracketed import bracketed_recipient
from .causes import caused_breach
from .completed import completed_act
from .context import Sentence, read_sentence
from .deferred import carried_out, deferred
from .departure import departure_breach
from .disclosed import disclosed_on
from .duty import without_duty
from .exposing import exposing_breach
from .fronted import fronted_period
from .held_found import found_holding
from .hour_limits import owed_limits
from .law_aside import law_aside
from .mentions import undated_of
from .dwell import dwell_field, dwelled_before
from .mistake import mistaken_act
from .put_off import put_off_list
from .named import called_wrong, named_dates
from .periodic import periodic_filings
from .voluntary import voluntary_filings
from .respective import in_step
from .review_found import review_found
from .said_on import said_on
from .same_day_named import same_day_named
from .served import served_documents
from .several import each_day
from .setup import setup_breach
from .spanned import span_start
from .stamp import stamped
from .incise_dated import incise_on
from .statement import stated_on
from .traced import traced_breach
from .counted_forward import counted_forward
from .until_end import until_end
from .upon_dated import upon_dated
from .triggers import Scan, find_triggers


def bind_sentence(text: str, lang: Language, sent: tuple[int, int], ts: list[TimeExpr],
                  scan: Scan) -> tuple[list[Mention], list[Undated]]:
    """The mentions of the sentence ``text[sent[0]:sent[1]]`` with time expressions ``ts``, and
    its event words with no date."""
    s, e = sent
    if not ts:  # only notices matter without a date: a deadline may hinge on an undated one
        return [], undated_of(text, lang, find_triggers(text, lang, s, e, notices_only=True, scan=scan), sent)
    ctx = read_sentence(text, lang, sent, ts, scan)
    before, loose = passes.candidates_before(ctx)
    greedy = passes.pair(ctx, before + passes.candidates_after(ctx) + named_dates(ctx))
    pairs = passes.restatements(ctx, greedy)
    pairs += passes.question(ctx, pairs)
    heads = frozenset(gi for _, gi in pairs)
    mentions = list(passes.paired(ctx, pairs, loose))
    got, more = passes.coordinated(ctx, pairs, heads)
    mentions += got + review_found(ctx, pairs, heads | more)
    mentions += put_off_list(ctx, pairs, heads | more)
    got, when = passes.when_clauses(ctx, heads | more)
    mentions += got
    taken = frozenset(ti for ti, _ in greedy)
    got, listed = passes.listed(ctx, pairs, taken)
    mentions += got
    got, put_off = deferred(ctx, taken | listed)
    mentions += got
    ended = until_end(ctx, pairs, taken | listed | put_off)
    mentions += ended
    put_off |= _dated_by(ctx, ended)
    reported = passes.reported_breach(ctx, taken | listed | put_off)
    mentions += reported
    placed = _dated_by(ctx, reported)
    mentions += caused_breach(ctx, greedy, listed | put_off | placed)
    mentions += traced_breach(ctx, taken | listed | put_off | placed)
    mentions += departure_breach(ctx, pairs)
    mentions += mistaken_act(ctx, taken | listed | put_off | placed)
    mentions += found_holding(ctx, taken | listed | put_off | placed)
    mentions += mailed_astray(ctx, taken | listed | put_off | placed)
    mentions += mailed_notice(ctx, taken | listed | put_off | placed)
    set_up = setup_breach(ctx, taken | listed | put_off | placed)
    mentions += set_up
    mentions += exposing_breach(ctx, taken | listed | put_off | placed | _dated_by(ctx, set_up))
    mentions += fronted_period(ctx, taken | listed | put_off)
    mentions += span_start(ctx, taken | listed | put_off | placed)
    mentions += disclosed_on(ctx, taken | listed | put_off | placed)
    mentions += stated_on(ctx, taken | listed | put_off | placed)
    mentions += incise_on(ctx, taken | listed | put_off | placed)
    mentions += upon_dated(ctx)
    mentions += completed_act(ctx, greedy, listed | put_off | placed)
    mentions += passes.ended_breach(ctx, mentions)
    mentions += passes.durations(ctx) + dwell_field(ctx)
    mentions += counted_forward(ctx, mentions)
    mentions = called_wrong(ctx, without_duty(ctx, each_day(ctx, carried_out(ctx, passes.lasted_before(ctx, mentions)))))
    mentions += dwelled_before(ctx, mentions)
    filed = voluntary_filings(ctx, periodic_filings(ctx, served_documents(ctx, owed_limits(ctx, said_on(ctx, mentions)))))
    mentions = stamped(ctx, same_day_named(ctx, bracketed_recipient(ctx, law_aside(ctx, filed))))
    return in_step(text, lang, sent, mentions), list(passes.undated(ctx, heads | more | when))


def _dated_by(ctx: Sentence, mentions: Sequence[Mention]) -> frozenset[int]:
    """The indices of the sentence's dates that ``mentions`` hold."""
    return frozenset(ti for ti, t in enumerate(ctx.dated) if any(m.timex is t for m in mentions))
