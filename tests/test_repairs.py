"""Repairs of contradictions: what they propose, and that none creates a new contradiction."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_check.model import Anchor, Interval, Mention, TimeExpr
from timeline_check.reason import Contradiction, reason, reason_while
from timeline_check.repairs import Repair, _key, suggest
from timeline_check.ruleset import load_rules
from timeline_check.rulefile import word_index
from timeline_check.tagging import tag
from timeline_check.binding import bind

RULES = load_rules()
BASE = dt.date(2024, 3, 1).toordinal()
KINDS = ("breach_start", "breach_end", "discovery", "containment", "investigation_start", "investigation_end",
         "determination", "notification_individuals", "notification_regulator")


def _mentions(text: str, lang: str) -> tuple[list[Mention], object]:
    language = RULES.languages[lang]
    index = word_index(text)
    bound = bind(text, language, tag(text, language, None, index).timexes, index)
    return list(bound.mentions), bound.undated


def _repairs(text: str, lang: str) -> list[list[Repair]]:
    mentions, undated = _mentions(text, lang)
    timeline = reason(mentions, RULES, undated)  # type: ignore[arg-type]
    return [list(suggest(mentions, RULES, undated, timeline, c)) for c in timeline.contradictions]  # type: ignore[arg-type]


def test_a_late_discovery_fits_as_the_notice_date() -> None:
    text = ("Chez Valmont Santé, l'intrusion a duré du 3 au 9 mai 2023. La fuite, découverte le 4 septembre 2023, "
            "touchait les dossiers de 8 000 patients. Au terme de l'enquête, le 20 juin 2023, les experts savaient "
            "quelles données avaient été copiées.")
    (repairs,) = _repairs(text, "fr")
    words = [r.text() for r in repairs]
    assert words[0] == "4 September 2023 fits as the date of the notice to individuals"
    assert "the discovery fits any day from 3 May 2023 to 20 June 2023" in words
    assert len(words) <= 3


def test_a_wrong_length_gives_the_length_that_fits() -> None:
    text = ("Attackers were inside the billing system of Pell Orthopedics for three days, from March 1 to "
            "March 17, 2024. The practice discovered the breach on March 20, 2024.")
    (repairs,) = _repairs(text, "en")
    drop = next(r for r in repairs if r.change == "drop")
    assert drop.text() == "“for three days” does not fit the dates; a length of 16 days would"


def test_a_date_given_twice_is_moved_to_the_other() -> None:
    text = ("Harbor Dental discovered the breach on April 2, 2024. In a statement, the practice said it "
            "discovered the breach on April 12, 2024, and notified patients in May.")
    (repairs,) = _repairs(text, "en")
    assert repairs, "a conflict gets at least one repair"
    moves = [r for r in repairs if r.change == "move"]
    assert moves and all(r.days is not None and r.days.lo == r.days.hi for r in moves)


def test_a_consistent_text_has_nothing_to_repair() -> None:
    assert _repairs("The clinic discovered the breach on May 2, 2024 and notified patients on June 3, 2024.", "en") == []


# --------------------------------------------------------------------- generated networks

def _date(kind: str, day: int, pos: int) -> Mention:
    t = TimeExpr(pos, pos + 5, f"d{day}", "date", first=Interval(BASE + day, BASE + day))
    return Mention(kind, t, "point", (pos, pos + 3), (pos, pos + 10), about=True)


@st.composite
def networks(draw: st.DrawFn) -> list[Mention]:
    """Dated mentions of random kinds on random days within two months, a stated length and a
    relative phrase now and then: contradictions of every category are frequent."""
    n = draw(st.integers(2, 7))
    out: list[Mention] = []
    for i in range(n):
        out.append(_date(draw(st.sampled_from(KINDS)), draw(st.integers(0, 60)), 20 * i))
    if draw(st.booleans()):
        days = draw(st.integers(1, 20))
        t = TimeExpr(500, 510, f"for {days} days", "duration", amount=(days, days))
        out.append(Mention("breach_start", t, "duration", (500, 503), (500, 520)))
    if draw(st.booleans()):
        days = draw(st.integers(1, 20))
        anchor = draw(st.sampled_from(KINDS))
        t = TimeExpr(600, 610, f"{days} days later", "relative", amount=(days, days), anchor=Anchor.named(anchor))
        out.append(Mention(draw(st.sampled_from(KINDS)), t, "point", (600, 603), (600, 620), about=True))
    return out


@settings(max_examples=150, deadline=None)
@given(networks())
def test_no_repair_creates_a_contradiction(mentions: list[Mention]) -> None:
    timeline = reason(mentions, RULES)
    for c in timeline.contradictions:
        allowed = {_key(x) for x in timeline.contradictions} - {_key(c)}
        for r in suggest(mentions, RULES, (), timeline, c):
            days = [None] if r.days is None or r.change != "move" else sorted(
                {d for d in (r.days.lo, r.days.hi, _mid(r.days)) if d is not None}) or [None]
            for day in days:
                fixed = r.applied(mentions, day) if r.change != "move" or day is not None else r.applied(mentions)
                after = reason(fixed, RULES)
                assert all(_key(x) in allowed for x in after.contradictions), (r.text(), day)


@settings(max_examples=100, deadline=None)
@given(networks())
def test_networks_kept_for_other_contradictions_give_the_same_repairs(mentions: list[Mention]) -> None:
    timeline = reason(mentions, RULES)
    tried: dict[tuple[object, ...], object] = {}
    for c in timeline.contradictions:  # each contradiction on its own, then sharing what the others built
        alone = suggest(mentions, RULES, (), timeline, c)
        assert suggest(mentions, RULES, (), timeline, c, tried=tried) == alone  # type: ignore[arg-type]
    if len(timeline.contradictions) > 1:
        assert tried


@settings(max_examples=100, deadline=None)
@given(networks())
def test_a_shorter_limit_gives_the_first_repairs_of_a_longer_one(mentions: list[Mention]) -> None:
    # the changes are tried lazily, in turns: stopping at the limit must not change which come first
    timeline = reason(mentions, RULES)
    for c in timeline.contradictions:
        every = suggest(mentions, RULES, (), timeline, c, limit=99)
        for limit in (1, 2, 3):
            assert suggest(mentions, RULES, (), timeline, c, limit=limit) == every[:limit]


@settings(max_examples=60, deadline=None)
@given(networks())
def test_a_network_given_up_is_one_whose_contradictions_failed_the_test(mentions: list[Mention]) -> None:
    whole = reason(mentions, RULES)
    assert reason_while(mentions, RULES, (), lambda found: True) == whole
    seen: list[int] = []

    def going(found: Sequence[Contradiction]) -> bool:
        seen.append(len(found))
        return not found

    partial = reason_while(mentions, RULES, (), going)
    assert seen == sorted(seen)  # asked as the network grows
    assert (partial is None) == bool(whole.contradictions)
    assert partial is None or partial == whole


def _mid(iv: Interval) -> int | None:
    return (iv.lo + iv.hi) // 2 if iv.lo is not None and iv.hi is not None else None


def test_applied_move_without_a_day_leaves_the_date_open() -> None:
    m = _date("discovery", 5, 0)
    r = Repair("move", m, days=Interval(None, None))
    (moved,) = r.applied([m])
    assert moved.timex.first == Interval(None, None)
    assert attrs.evolve(moved, timex=m.timex) == m
