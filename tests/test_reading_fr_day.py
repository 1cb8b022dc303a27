"""A French day told in a story's words (issue 15): a technician who noticed, a cut ordered, a
part of the day that belongs to the day told before, a statement's weekday between its verb and
what it owns up to, a dateline after a place name; sentences written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers import Spans, events as events_in

FRIDAY = dt.date(2024, 6, 14)


def events(text: str, lang: str = "fr", date: dt.date | None = FRIDAY) -> Spans:
    return events_in(text, lang, date, own=True)


def test_noticing_is_discovery() -> None:
    assert ("discovery", "2024-06-10", "2024-06-10") in events(
        "Lundi 10 juin 2024, une infirmière a remarqué que son poste affichait un message de rançon.")


@pytest.mark.parametrize("text", [
    "Le 10 juin 2024, le directeur a fait couper les liaisons avec les autres sites.",
    "Le 10 juin 2024, les techniciens ont débranché les serveurs touchés.",
])
def test_a_cut_ordered_is_containment(text: str) -> None:
    assert ("containment", "2024-06-10", "2024-06-10") in events(text)


@pytest.mark.parametrize(("text", "kind"), [
    ("Le 10 juin 2024, le laboratoire a découvert le chiffrement. Les équipes ont isolé le réseau dans la soirée.", "containment"),
    ("Le 10 juin 2024, le laboratoire a découvert le chiffrement et a prévenu la CNIL dans la soirée.", "notification_regulator"),
])
def test_a_part_of_the_day_is_the_day_told_before(text: str, kind: str) -> None:
    assert (kind, "2024-06-10", "2024-06-10") in events(text)


def test_a_part_of_a_dated_day_keeps_its_date() -> None:
    assert ("containment", "2024-06-11", "2024-06-11") in events("Le réseau a été isolé dans la matinée du 11 juin 2024.")


@pytest.mark.parametrize(("text", "lang", "day"), [
    ("Le transporteur a reconnu mercredi avoir été victime d'un piratage de son site.", "fr", "2024-06-12"),
    ("The insurer confirmed Wednesday that it had suffered a ransomware attack.", "en", "2024-06-12"),
])
def test_a_statements_day_before_what_it_owns_up_to_is_the_disclosure(text: str, lang: str, day: str) -> None:
    found = events(text, lang)
    assert ("public_disclosure", day, day) in found
    assert not {e for e in found if e[0] == "breach_start"}


def test_a_date_after_the_owning_up_is_the_breachs() -> None:
    assert not {e for e in events("La société a confirmé avoir subi le 3 mai 2024 une attaque.") if e[0] == "public_disclosure"}


@pytest.mark.parametrize(("text", "day"), [
    ("Incident chez un hébergeur\n\nRennes, 4 juin 2024 — L'hébergeur Nuvalis a subi une panne.\n", "2024-06-04"),
    ("Hospital hit\n\nBoston, June 4, 2024 - A hospital was hit by ransomware.\n", "2024-06-04"),
])
def test_a_capitalised_place_before_a_date_and_a_dash_is_a_dateline(text: str, day: str) -> None:
    lang = "en" if text.startswith("Hospital") else "fr"
    assert ("publication", day, day) in events(text, lang, None)


def test_a_weekday_before_a_date_and_a_dash_is_no_dateline() -> None:
    assert not {e for e in events("Notes\n\nMardi, 4 juin 2024 — le serveur est tombé.\n", "fr", None) if e[0] == "publication"}
