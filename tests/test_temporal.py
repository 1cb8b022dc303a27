"""The time-expression tagger: every form becomes the right interval of days, with its span."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_check.model import Interval
from timeline_check.ruleset import load_rules
from timeline_check.tagging import tag

RULES = load_rules()
EN, FR = RULES.languages["en"], RULES.languages["fr"]


def d(text: str) -> int:
    return dt.date.fromisoformat(text).toordinal()


def parse_expected(spec: str) -> tuple[Interval, Interval | None]:
    """"2023-07-14", "2023-07" (a month), "lo/hi" (an interval), "a..b" (a range)."""
    if ".." in spec:
        a, b = spec.split("..")
        return parse_expected(a)[0], parse_expected(b)[0]
    if "/" in spec:
        a, b = spec.split("/")
        return Interval(d(a), d(b)), None
    if len(spec) == 7:
        y, m = map(int, spec.split("-"))
        last = (dt.date(y + m // 12, m % 12 + 1, 1) - dt.timedelta(days=1)).day
        return Interval(d(f"{spec}-01"), d(f"{spec}-{last:02d}")), None
    return Interval(d(spec), d(spec)), None


def first_date(text: str, lang, reference: int | None = None):
    found = [t for t in tag(text, lang, reference).timexes if t.kind in ("date", "range")]
    assert found, f"no date found in {text!r}"
    return found[0]


CASES = [
    (EN, "It happened on July 14, 2023.", "2023-07-14"),
    (EN, "It happened on 14 July 2023.", "2023-07-14"),
    (EN, "It happened on Aug. 20, 2016.", "2016-08-20"),
    (EN, "It happened on 07/14/2023.", "2023-07-14"),
    (EN, "It happened on 2023-07-14.", "2023-07-14"),
    (EN, "It happened in July 2023.", "2023-07"),
    (EN, "It happened in July of 2023.", "2023-07"),  # not "in July" with a guessed year, then "2023"
    (EN, "It happened in early March of 2024.", "2024-03-01/2024-03-10"),
    (EN, "It happened in 2023.", "2023-01-01/2023-12-31"),
    (EN, "It happened in early March 2024.", "2024-03-01/2024-03-10"),
    (EN, "It happened in mid-July 2023.", "2023-07-11/2023-07-20"),
    (EN, "It happened in late July 2023.", "2023-07-21/2023-07-31"),
    (EN, "It lasted between July 14 and 23, 2023.", "2023-07-14..2023-07-23"),
    (EN, "It lasted from June 3 to June 19, 2023.", "2023-06-03..2023-06-19"),
    (EN, "It lasted from October 2014 until September 2015.", "2014-10..2015-09"),
    (EN, "It lasted between October and December 2023.", "2023-10..2023-12"),
    (EN, "It lasted from December 28 to January 3, 2024.", "2023-12-28..2024-01-03"),
    (EN, "2024-01-16 to 2024-01-19: logins from abroad.", "2024-01-16..2024-01-19"),
    (EN, "It lasted between approximately January 30, 2024 and February 9, 2024.", "2024-01-30..2024-02-09"),
    (EN, "It lasted between January 30, 2024 and about February 9, 2024.", "2024-01-30..2024-02-09"),
    (FR, "Le 14 juillet 2023, tout a commencé.", "2023-07-14"),
    (FR, "Le 1er août 2023, tout a commencé.", "2023-08-01"),
    (FR, "Le 14/07/2023, tout a commencé.", "2023-07-14"),
    (FR, "Cela a duré entre le 14 et le 23 juillet 2023.", "2023-07-14..2023-07-23"),
    (FR, "Cela a duré du 2 au 5 avril 2024.", "2024-04-02..2024-04-05"),
    (FR, "Cela a commencé début juillet 2023.", "2023-07-01/2023-07-10"),
    (FR, "Cela a commencé fin 2023.", "2023-09-01/2023-12-31"),
    (FR, "Cela a commencé en juillet 2023.", "2023-07"),
    (FR, "16/01/2024 au 19/01/2024 : connexions depuis l'étranger.", "2024-01-16..2024-01-19"),
    (FR, "Cela s'est produit dans la nuit du samedi 1er au dimanche 2 juin 2024.", "2024-06-01..2024-06-02"),
    (FR, "Cela a duré entre environ le 3 mars 2024 et le 9 mars 2024.", "2024-03-03..2024-03-09"),
]


def test_to_alone_joins_only_dates_with_their_years() -> None:
    text = "The clinic moved the audit March 3 to March 5, 2024."
    assert [t.kind for t in tag(text, EN).timexes if t.kind in ("date", "range")] == ["date", "date"]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES, ids=[c[1] for c in CASES])
def test_dates_become_intervals(lang, text, expected) -> None:
    t = first_date(text, lang)
    first, last = parse_expected(expected)
    assert t.first == first
    assert t.last == last
    assert text[t.start:t.end] == t.text


@pytest.mark.parametrize("lang", [EN, FR], ids=["en", "fr"])
def test_language_file_examples_run(lang) -> None:
    """Every [[example]] of a language file is tagged as it says."""
    assert lang.examples
    for text, dates in lang.examples:
        got = [t for t in tag(text, lang).timexes if t.kind in ("date", "range")]
        assert len(got) == len(dates), text
        for t, spec in zip(got, dates):
            first, last = parse_expected(spec)
            assert (t.first, t.last) == (first, last), text


def test_missing_year_comes_from_a_full_date_just_before_it_rather_than_the_texts_own() -> None:
    text = "The insurer learned on September 30, 2024 that an employee had been sending files since June."
    june = [t for t in tag(text, EN, reference=d("2025-03-04")).timexes if t.text == "June"][0]
    assert june.first == Interval(d("2024-06-01"), d("2024-06-30"))


def test_missing_year_comes_from_the_texts_own_date() -> None:
    t = first_date("The attack began on December 28.", EN, reference=d("2024-01-12"))
    assert t.first == Interval(d("2023-12-28"), d("2023-12-28"))
    assert t.year_inferred


def test_missing_year_comes_from_the_nearest_dated_expression() -> None:
    found = [t for t in tag("On March 3, 2021 it began. On May 2 it ended.", EN).timexes if t.kind == "date"]
    assert found[1].first == Interval(d("2021-05-02"), d("2021-05-02"))


def test_a_wrong_weekday_is_a_problem_and_a_right_one_is_not() -> None:
    assert not tag("Tuesday, March 5, 2024", EN).problems
    problems = tag("Wednesday, March 5, 2024", EN).problems
    assert len(problems) == 1 and problems[0].rule == "date/weekday-mismatch" and problems[0].certain
    assert tag("mercredi 5 mars 2024", FR).problems


@pytest.mark.parametrize(("lang", "text", "span"), [
    (FR, "La CNIL a été notifiée le 21 novembre.", "21 novembre"),
    (FR, "Les faits ont eu lieu du 2 au 5 avril.", "du 2 au 5 avril"),
    (EN, "It was reported on 21 November.", "21 November"),
    (EN, "It was reported on 21 Nov. 2023.", "21 Nov. 2023"),
    (EN, "It was reported on Nov. 21.", "Nov. 21"),
])
def test_a_full_stop_after_a_month_ends_the_sentence_not_the_date(lang, text, span) -> None:
    dates = [t for t in tag(text, lang, reference=dt.date(2023, 12, 1).toordinal()).timexes if t.kind in ("date", "range")]
    assert [t.text for t in dates] == [span]


def test_a_day_the_month_lacks_is_a_problem() -> None:
    problems = tag("It happened on February 30, 2024.", EN).problems
    assert [p.rule for p in problems] == ["date/impossible-date"]


@pytest.mark.parametrize(("lang", "text", "amount", "direction", "anchor"), [
    (EN, "Two days later, it called.", (2, 2), 1, "previous"),
    (EN, "The following day, it called.", (1, 1), 1, "previous"),
    (EN, "Three weeks after the detection, it called.", (20, 22), 1, "after:"),
    (FR, "Le lendemain, elle a appelé.", (1, 1), 1, "previous"),
    (FR, "Deux semaines plus tard, elle a appelé.", (13, 15), 1, "previous"),
    (FR, "La veille, elle a appelé.", (1, 1), -1, "previous"),
    # A day phrase followed by what it counts from; not when the words after it are its own clause.
    (EN, "It called the day after the detection.", (1, 1), 1, "phrase:"),
    (EN, "It called the same day it found the malware.", (0, 0), 1, "phrase:"),
    (EN, "The same day it found the malware, it called.", (0, 0), 1, "phrase:"),
    (EN, "The same day it called the police.", (0, 0), 1, "previous"),
    (EN, "It found malware, and the next day it called the police.", (1, 1), 1, "previous"),
    (EN, "It called the police the next day and wrote to patients.", (1, 1), 1, "previous"),
    (FR, "Elle a appelé le lendemain de la découverte.", (1, 1), 1, "phrase:"),
    # numbers written in two words: not "huit" in "dix-huit"
    (FR, "Elle a appelé dix-huit jours plus tard.", (18, 18), 1, "previous"),
    (FR, "Elle a appelé vingt et un jours plus tard.", (21, 21), 1, "previous"),
    (EN, "It called twenty-one days later.", (21, 21), 1, "previous"),
    # an elided "de": "plus d'un mois" is more than a month
    (FR, "Elle a appelé plus d'un mois plus tard.", (27, None), 1, "previous"),
    (FR, "Elle a appelé la veille de la publication.", (1, 1), -1, "phrase:"),
])
def test_relative_phrases(lang, text, amount, direction, anchor) -> None:
    rel = [t for t in tag(text, lang).timexes if t.kind == "relative"]
    assert len(rel) == 1
    assert rel[0].amount == amount and rel[0].direction == direction
    assert rel[0].anchor is not None and rel[0].anchor.kind == ("previous" if anchor == "previous" else "phrase")


@pytest.mark.parametrize(("lang", "text", "amount"), [
    (EN, "The attackers had access for three days.", (2, 3)),
    (EN, "It went on for over a month.", (27, None)),
    (FR, "Les pirates sont restés pendant neuf jours.", (8, 9)),
])
def test_stated_durations(lang, text, amount) -> None:
    dur = [t for t in tag(text, lang).timexes if t.kind == "duration"]
    assert [t.amount for t in dur] == [amount]


def test_n_days_after_a_date_is_a_date() -> None:
    t = first_date("The letters went out 30 days after March 1, 2024.", EN)
    assert t.first == Interval(d("2024-03-31"), d("2024-03-31"))


@pytest.mark.parametrize("text", ["a 2019 law", "It may be delayed.", "We will march on.", "4,452,782 people"])
def test_no_date_where_there_is_none(text) -> None:
    assert [t for t in tag(text, EN).timexes if t.kind in ("date", "range")] == []


def test_prepositions_give_the_role_of_a_date() -> None:
    assert first_date("access continued until July 16, 2016", EN).qualifier == "until"
    assert first_date("accessing records since July 1, 2015", EN).qualifier == "since"
    assert first_date("it occurred prior to September 23, 2013", EN).qualifier == "before"


@pytest.mark.parametrize(("lang", "text"), [(EN, "Files were encrypted over the weekend of April 13-14."),
                                            (EN, "Files were encrypted over the weekend of April 13."),
                                            (FR, "Les fichiers ont été chiffrés le week-end du 13 avril.")])
def test_the_weekend_of_a_date_is_that_date_not_the_last_weekend(lang, text) -> None:
    t = first_date(text, lang, d("2024-05-02"))
    assert t.first is not None and t.first.lo == d("2024-04-13")
