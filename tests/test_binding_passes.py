"""The binder's passes one by one: each given the context of a sentence written here returns
what it binds, and leaves to the other passes what is theirs."""

from __future__ import annotations

import attrs
import pytest

from timeline_check.binding import passes
from timeline_check.binding.causes import caused_breach
from timeline_check.binding.context import Sentence, read_sentence
from timeline_check.binding.triggers import Scan, Trigger
from timeline_check.engine import load_rules
from timeline_check.rulefile import word_index
from timeline_check.tagging import tag


def context(text: str, code: str = "en") -> Sentence:
    """The context of ``text`` read as one sentence."""
    lang = load_rules().languages[code]
    index = word_index(text)
    return read_sentence(text, lang, (0, len(text)), list(tag(text, lang, None, index).timexes),
                         Scan(lang, index, [(0, len(text))]))


def word(ctx: Sentence, words: str) -> int:
    """The index of the event word ``words`` among the sentence's triggers."""
    return next(i for i, g in enumerate(ctx.triggers) if ctx.text[g.start:g.end] == words)


def paired(ctx: Sentence) -> passes.Pairs:
    before, _ = passes.candidates_before(ctx)
    return passes.pair(ctx, before + passes.candidates_after(ctx))


def test_the_context_is_frozen_and_read_once() -> None:
    ctx = context("On May 3, 2024, the clinic isolated the server.")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        ctx.asked = 3  # type: ignore[misc]
    assert [ctx.text[t.start:t.end] for t in ctx.dated] == ["May 3, 2024"]
    assert ctx.dates[0].opens and not ctx.dates[0].heads


def test_a_date_before_its_word_is_a_candidate_after_and_pairs_with_it() -> None:
    ctx = context("On May 3, 2024, the clinic isolated the server.")
    assert passes.candidates_before(ctx) == ((), frozenset())
    after = passes.candidates_after(ctx)
    assert [(ti, gi) for _, ti, gi in after] == [(0, word(ctx, "isolated"))]
    assert paired(ctx) == ((0, word(ctx, "isolated")),)


def test_pairing_takes_the_cheapest_and_one_date_a_word() -> None:
    ctx = context("The clinic discovered the intrusion on March 2, 2021, and March 9, 2021.")
    found = word(ctx, "discovered")
    before, loose = passes.candidates_before(ctx)
    assert {(ti, gi) for _, ti, gi in before} == {(0, found), (1, found)} and not loose
    assert paired(ctx) == ((0, found),)  # the nearer date: fewer words and commas between


def test_a_date_listed_with_a_bound_one_dates_its_word_too() -> None:
    ctx = context("The clinic discovered the intrusion on March 2, 2021, and March 9, 2021.")
    pairs = paired(ctx)
    mentions, dates = passes.listed(ctx, pairs, frozenset(ti for ti, _ in pairs))
    assert dates == {1}
    assert [(m.kind, m.timex.text) for m in mentions] == [("discovery", "March 9, 2021")]
    assert passes.listed(ctx, pairs, frozenset({0, 1})) == ((), frozenset())  # both taken: nothing to list


def test_a_date_that_opens_its_clause_dates_the_coordinated_verbs() -> None:
    ctx = context("On May 3, 2024, the clinic isolated the server and notified the state attorney general.")
    pairs = paired(ctx)
    told = word(ctx, "notified")
    mentions, heads = passes.coordinated(ctx, pairs, frozenset(gi for _, gi in pairs))
    assert heads == {told}
    assert [(m.kind, m.timex.text) for m in mentions] == [("notification_regulator", "May 3, 2024")]
    # a word dated already is left alone
    assert passes.coordinated(ctx, pairs, frozenset({word(ctx, "isolated"), told})) == ((), frozenset())


def test_a_date_that_does_not_open_its_clause_dates_no_coordinated_verb() -> None:
    ctx = context("The clinic isolated the server on May 3, 2024 and notified the state attorney general.")
    pairs = paired(ctx)
    assert passes.coordinated(ctx, pairs, frozenset(gi for _, gi in pairs)) == ((), frozenset())


def test_a_when_clause_after_a_date_happens_on_that_date() -> None:
    ctx = context("The intrusion ended in July 2023, when an audit flagged the activity.")
    pairs = paired(ctx)
    assert pairs == ((0, word(ctx, "ended")),)
    mentions, heads = passes.when_clauses(ctx, frozenset(gi for _, gi in pairs))
    assert heads == {word(ctx, "flagged")}
    assert [(m.kind, m.timex.text) for m in mentions] == [("discovery", "July 2023")]


def test_a_breach_reported_in_a_that_clause_takes_the_clause_s_date() -> None:
    ctx = context("The consultant determined that on 2 May 2024 an outside party had entered the network.")
    assert paired(ctx) == ()  # the date is inside the word's own "that" clause, and the clause's verb is before it
    assert [(m.kind, m.timex.text) for m in passes.reported_breach(ctx, frozenset())] == [("breach_start", "2 May 2024")]
    assert passes.reported_breach(ctx, frozenset({0})) == ()  # taken by another pass


def test_a_question_of_when_takes_its_answer_s_date() -> None:
    text = ("When did the practice first notify patients about the missing laptop and the records that it held at"
            " the time? We did so by letter in the week of 4 March 2024.")
    ctx = context(text)
    assert ctx.asked == text.index("?")
    pairs = paired(ctx)
    assert pairs == ()  # too far for pairing
    assert passes.question(ctx, pairs) == ((0, word(ctx, "notify")),)


def test_a_sentence_with_no_question_adds_no_pair() -> None:
    ctx = context("The clinic discovered the intrusion on March 2, 2021.")
    assert ctx.asked == -1 and passes.question(ctx, paired(ctx)) == ()


def test_words_no_date_dates_are_undated_unless_planned() -> None:
    ctx = context("On 3 June 2024 the clinic isolated the server; it will notify patients.", "en")
    pairs = paired(ctx)
    assert [u.kind for u in passes.undated(ctx, frozenset(gi for _, gi in pairs))] == []  # planned: no event yet
    assert [u.kind for u in passes.undated(ctx, frozenset())] == ["containment"]


@pytest.mark.parametrize(("nominal", "dated"), [(True, True), (False, False)])
def test_a_cause_takes_a_fronted_date_from_a_noun_of_telling_to_no_one_only(nominal: bool, dated: bool) -> None:
    text = "On July 3, 2021, the vendor swapped two columns, causing the mailing of statements to other members."
    ctx = context(text)
    at = text.index("the mailing")
    noun = Trigger(at, at + len("the mailing"), (), head=True, blocked=True, nominal=nominal)
    ctx = attrs.evolve(ctx, triggers=(noun,))
    got = caused_breach(ctx, ((0, 0),), frozenset())
    assert [(m.kind, m.timex.text) for m in got] == ([("breach_start", "July 3, 2021")] if dated else [])
