"""Seasons and vague periods (issue 15): a season is an uncertain interval (astronomical bounds),
narrowed by the text's other dates; what it proves is a warning, never an error."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_check import check_text
from helpers import events



@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("La médiathèque a subi une cyberattaque au cours de l'été 2022.", "fr", ("2022-06-21", "2022-09-22")),
    ("Le syndicat a été victime d'un rançongiciel à l'automne 2021.", "fr", ("2021-09-23", "2021-12-20")),
    ("The pharmacy chain was hit by a ransomware attack in the summer of 2019.", "en", ("2019-06-21", "2019-09-22")),
    # winter runs into the next year
    ("Une cyberattaque a visé la régie des eaux durant l'hiver 2020.", "fr", ("2020-12-21", "2021-03-19")),
])
def test_a_season_with_its_year_is_an_interval(text: str, lang: str, expected: tuple[str, str]) -> None:
    assert ("breach_start", *expected) in events(text, lang)


def test_a_bare_season_is_the_last_one_begun_by_the_texts_date() -> None:
    text = "Une intrusion menée au cours de l'été et confirmée le 3 septembre dernier a touché la mutuelle."
    got = events(text, "fr", dt.date(2023, 9, 20))
    # the season is narrowed by the confirmation that follows it
    assert got >= {("breach_start", "2023-06-21", "2023-09-03"), ("discovery", "2023-09-03", "2023-09-03")}


def test_a_season_after_its_discovery_is_a_warning_not_an_error() -> None:
    text = "La clinique a été victime d'une cyberattaque au cours de l'été 2022 et l'a découverte le 2 juin 2022."
    loud = [(f.rule, f.severity) for f in check_text(text, lang="fr").findings if f.category == "order"]
    assert loud == [("order/discovery-before-breach", "warning")]


@pytest.mark.parametrize("text", [
    "Les Jeux d'hiver 2022 ont été diffusés le 4 février 2022.",
    "Le passage à l'heure d'été a eu lieu le 27 mars 2022.",
])
def test_a_season_used_as_an_adjective_is_no_date(text: str) -> None:
    assert all(e.text not in ("hiver", "été") for e in check_text(text, lang="fr").events)


@pytest.mark.parametrize(("text", "lang"), [
    ("Une enquête menée en mars 2024 par la CNIL a visé la clinique.", "fr"),
    ("Une réunion conduite le 4 mars 2024 a fixé le calendrier.", "fr"),
])
def test_a_participle_of_carrying_out_dates_only_an_attack(text: str, lang: str) -> None:
    assert events(text, lang) == set()


@pytest.mark.parametrize(("text", "day"), [
    ("La cyberattaque menée le 4 mars 2024 a paralysé les guichets de la mairie.", "2024-03-04"),
    ("Un piratage informatique conduit le 9 mai 2023 a touché le fichier des abonnés.", "2023-05-09"),
])
def test_an_attack_carried_out_on_a_day_is_the_breach(text: str, day: str) -> None:
    assert ("breach_start", day, day) in events(text, "fr")
