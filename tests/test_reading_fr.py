"""Families of issue 15 read in French (and in English where the family exists there): periods,
anchored phrases, durations; each with sentences written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_check import check_text
from timeline_check.model import iso

Events = set[tuple[str, str | None, str | None]]


def events(text: str, lang: str, date: dt.date | None = None) -> Events:
    report = check_text(text, lang=lang, date=date)
    return {(e.kind, iso(e.earliest), iso(e.latest)) for e in report.events if e.kind != "publication"}


@pytest.mark.parametrize(("text", "date", "day"), [
    # the noun before the first participle and its date is what the second one says
    ("Une attaque informatique menée en juin 2024 et confirmée le 3 juillet 2024 a touché l'hôpital.", None, "2024-07-03"),
    ("Le groupe a porté plainte après une intrusion conduite au cours de l'été et confirmée le 12 septembre dernier.",
     dt.date(2021, 9, 15), "2021-09-12"),
])
def test_a_participle_coordinated_with_another_shares_its_noun(text: str, date: dt.date | None, day: str) -> None:
    assert ("discovery", day, day) in events(text, "fr", date)


def test_a_second_participle_names_nothing_without_a_breach_noun() -> None:
    text = "Une mise à jour publiée en juin 2024 et confirmée le 3 juillet 2024 a changé le logiciel."
    assert events(text, "fr") == set()


@pytest.mark.parametrize(("text", "lang", "day"), [
    ("Le cabinet a découvert la fuite le 3 mai 2022. Par un courriel du même jour, il a coupé l'accès au serveur.",
     "fr", "2022-05-03"),
    ("Le cabinet a découvert la fuite le 3 mai 2022. Par un courrier du lendemain, il a coupé l'accès au serveur.",
     "fr", "2022-05-04"),
])
def test_a_letter_of_the_same_or_next_day_dates_what_it_says(text: str, lang: str, day: str) -> None:
    assert ("containment", day, day) in events(text, lang)


@pytest.mark.parametrize(("text", "lang", "day"), [
    ("Le 3 octobre 2019, le praticien a pris les mesures utiles pour mettre fin à la violation.", "fr", "2019-10-03"),
    ("Le 8 mars 2023, l'éditeur du logiciel a mis un terme à l'intrusion.", "fr", "2023-03-08"),
    ("On 14 February 2020, the firm isolated the host and took steps to put an end to the personal data breach.",
     "en", "2020-02-14"),
])
def test_ending_the_breach_is_its_end_and_its_containment(text: str, lang: str, day: str) -> None:
    assert {("containment", day, day), ("breach_end", day, day)} <= events(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("Le 3 octobre 2019, la clinique a mis fin à l'accès du prestataire.", "fr"),
    ("On 3 October 2019, the clinic put an end to the vendor's remote session.", "en"),
])
def test_ending_something_else_is_a_containment_only(text: str, lang: str) -> None:
    assert "breach_end" not in {k for k, _, _ in events(text, lang)}
