"""French news words for an attack suffered, and the dates the press gives them: weekdays, a night
between two days, "le week-end dernier", "il y a dix jours", "début mars", "fin 2023" (sentences
written for the test)."""

from __future__ import annotations

import pytest

from helpers import Spans, events as events_in

HEAD = "Publié le jeudi 18 avril 2024. "


def events(text: str) -> Spans:
    return events_in(HEAD + text, "fr")


@pytest.mark.parametrize(("text", "start"), [
    ("Le centre de santé a été attaqué le 11 avril.", ("2024-04-11", "2024-04-11")),
    ("Le département a été visé par un rançongiciel le 11 avril.", ("2024-04-11", "2024-04-11")),
    ("La commune a été ciblée le 11 avril par des cybercriminels.", ("2024-04-11", "2024-04-11")),
    ("Des pirates ont frappé dans la nuit de samedi à dimanche.", ("2024-04-13", "2024-04-13")),
    ("La maternité a été attaquée le week-end dernier.", ("2024-04-13", "2024-04-14")),
    ("Le lycée a été frappé par une cyberattaque il y a dix jours.", ("2024-04-08", "2024-04-08")),
    ("L'office de tourisme a été attaqué début mars.", ("2024-03-01", "2024-03-10")),
])
def test_an_attack_suffered_in_press_words_starts_the_breach(text: str, start: tuple[str, str]) -> None:
    assert ("breach_start", *start) in events(text)


def test_being_the_target_of_an_inquiry_is_no_attack() -> None:
    assert not any(k.startswith("breach") for k, _, _ in events("La société a été visée par une enquête de la CNIL le 11 avril."))
