"""A French statement dated by its verb of saying, the breach told in the "que" clause in a
participle's plural or feminine form ("avaient été dérobées", "piratées", "siphonnés"): the day
is the organisation's public disclosure, as "said Tuesday that ..." is in English; the breach
words in those forms date a breach when the sentence gives them their own date."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers import days

FRIDAY = dt.date(2026, 3, 13)


@pytest.mark.parametrize(("text", "lang", "day"), [
    ("L'enseigne a indiqué mardi que des données de ses clients avaient été dérobées.", "fr", "2026-03-10"),
    ("La mutuelle a fait savoir lundi que des fichiers d'adhérents avaient été piratés.", "fr", "2026-03-09"),
    ("Le transporteur a reconnu mercredi que des coordonnées bancaires avaient été subtilisées.", "fr", "2026-03-11"),
    ("The chain said Tuesday that records of its customers had been stolen.", "en", "2026-03-10"),
])
def test_statement_day_is_the_public_disclosure(text: str, lang: str, day: str) -> None:
    found = days(text, lang, FRIDAY)
    assert ("public_disclosure", day) in found
    assert not any(kind == "breach_start" for kind, _ in found)


@pytest.mark.parametrize(("text", "day"), [
    ("Des fichiers de patients ont été siphonnés le 2 mars 2026.", "2026-03-02"),
    ("Les bases de données ont été chiffrées le 4 mars 2026 par un rançongiciel.", "2026-03-04"),
    ("Des adresses de clients ont été divulguées le 5 mars 2026 sur un forum.", "2026-03-05"),
])
def test_plural_participles_date_the_breach(text: str, day: str) -> None:
    assert ("breach_start", day) in days(text, "fr", FRIDAY)


def test_another_speaker_makes_no_disclosure() -> None:
    found = days("Le procureur a indiqué mardi que des données avaient été dérobées.", "fr", FRIDAY)
    assert not any(kind == "public_disclosure" for kind, _ in found)


def test_a_participle_naming_the_files_dates_no_breach() -> None:
    # "dérobés" describes the files; the year is the analyses'
    found = days("Les fichiers dérobés portent sur des analyses sanguines réalisées mi-2024 en Bretagne.", "fr", FRIDAY)
    assert not any(kind == "breach_start" for kind, _ in found)
