"""Counts of people: read with their rounding, and the ones that cannot all be true."""

from __future__ import annotations

import pytest

from timeline_check.applicability import affected_count
from timeline_check.counts import Count, disagreements, read_counts
from timeline_check.rulefile import word_index
from timeline_check.ruleset import load_rules
from timeline_check.tagging import tag

RULES = load_rules()


def _counts(text: str, lang: str = "en") -> tuple[Count, ...]:
    language = RULES.languages[lang]
    dates = [(t.start, t.end) for t in tag(text, language, None, word_index(text)).timexes if t.kind in ("date", "range")]
    return read_counts(text, language, dates)


def _found(text: str, lang: str = "en") -> list[tuple[str, str, str]]:
    return [(k, a.text, b.text) for k, a, b in disagreements(_counts(text, lang))]


@pytest.mark.parametrize(("text", "lo", "hi"), [
    ("The attack affected 4.5 million patients.", 4_450_000, 4_549_999),
    ("The attack affected 4,452,782 patients.", 4_452_782, 4_452_782),
    # 4.1 × 10⁶ is 4,099,999.99… in binary floating point: the scale is applied exactly
    ("The attack affected 4.1 million patients.", 4_050_000, 4_149_999),
    ("Le vol concerne 1,3 million d'assurés.", 1_250_000, 1_349_999),
    ("Le vol concerne 2 millions d’abonnés.", 1_500_000, 2_499_999),
    ("The attack affected 12,000 patients.", 11_500, 12_499),
    ("The attack affected more than 500 patients.", 500, None),
    ("The attack affected fewer than 300 patients.", 0, 300),
    ("The attack affected roughly 12,400 members.", 10_540, 14_260),
    ("L'attaque touche 2 millions de patients.", 1_500_000, 2_499_999),
])
def test_a_count_is_every_number_its_words_allow(text: str, lo: int, hi: int | None) -> None:
    lang = "fr" if text.startswith(("L'", "Le ")) else "en"
    (c,) = _counts(text, lang)
    assert (c.lo, c.hi) == (lo, hi)


def test_a_threshold_and_a_year_are_no_counts() -> None:
    assert _counts("Breaches affecting 500 or more individuals go to the media. In 2019 patients were told.") == ()


@pytest.mark.parametrize(("text", "role"), [
    ("The breach affected 13,055 individuals.", "total"),
    ("A total of 980 patients were affected.", "total"),
    ("The intrusion exposed the health records of 7,310 members.", "total"),
    ("The breach affected 3,000 individuals who bought insurance from the plan.", "other"),
    ("The clinic mailed a flyer to 200 patients.", "other"),
    ("The breaches filed with the agency this year affected some 40 million people.", "other"),
    ("Of those affected, 1,204 were Texas residents.", "part"),
    ("The breach affected 2,400 Ohio residents.", "part"),
    ("Au total, 52 000 adhérents ont été touchés.", "total"),
    ("Parmi eux, dont 300 salariés de la mutuelle.", "part"),
])
def test_what_a_count_counts(text: str, role: str) -> None:
    lang = "fr" if " ont " in text or "Parmi" in text else "en"
    (c,) = _counts(text, lang)
    assert c.role == role


def test_a_headline_rounding_agrees_with_the_exact_count() -> None:
    text = ("Clinic group breach hits 4.5 million patients\n"
            "Attackers copied the files of nearly 4.5 million people. A filing put the number of "
            "individuals affected at 4,452,782 individuals affected.")
    assert _found(text) == []


def test_two_totals_that_no_rounding_reconciles() -> None:
    text = ("Clinic group breach hits 4.5 million patients\n"
            "The filing says the attack affected 3.2 million patients.")
    assert _found(text) == [("totals-disagree", "4.5 million patients", "3.2 million patients")]


def test_a_share_larger_than_the_whole() -> None:
    text = "The breach affected 13,055 individuals, of whom 21,204 were Texas residents."
    assert _found(text) == [("part-above-total", "21,204 were Texas residents", "13,055 individuals")]


def test_a_revised_count_is_a_change_not_a_contradiction() -> None:
    text = ("The hospital initially said the breach affected 6,000 patients. After a review, it raised "
            "the figure to 13,481 patients affected.")
    assert _found(text) == []


def test_counts_of_two_dated_incidents_are_not_compared() -> None:
    text = ("The March 3, 2022, theft affected 3,700 individuals. The June 9, 2023, loss of a drive "
            "affected 520 individuals.")
    assert _found(text) == []


def test_french_counts_agree_and_disagree() -> None:
    ok = ("La fuite touche 4,5 millions de patients\n"
          "Selon le rapport, 4 452 782 personnes ont été touchées, dont 112 005 associées à un client.")
    assert _found(ok, "fr") == []
    bad = ("La fuite touche 4,5 millions de patients\n"
           "Selon le rapport, 1 200 000 personnes ont été touchées.")
    assert [k for k, _, _ in _found(bad, "fr")] == ["totals-disagree"]


@pytest.mark.parametrize(("text", "lang", "n"), [
    ("The attack affected 4.1 million patients.", "en", 4_100_000),
    ("La fuite touche 1,3 million d'assurés.", "fr", 1_300_000),
    ("Le vol concerne 2 millions d’abonnés.", "fr", 2_000_000),
])
def test_the_count_a_threshold_is_compared_with(text: str, lang: str, n: int) -> None:
    """Regime thresholds ("500 or more") read the written number, exactly, in both languages."""
    assert affected_count(text, RULES.languages[lang]) == n
