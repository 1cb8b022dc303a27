"""A press release dated by its own heading, an act "dès la détection" with the detection's date set
off after it, a notice to the regional health agency, a table's French noun rows (binding/release.py,
upon_dated.py; sentences written for the test)."""

from __future__ import annotations

import pytest

from helpers import Days, days


def events(text: str, lang: str = "fr") -> Days:
    return days(text, lang)


RELEASE = """{heading}

Lyon, le 9 octobre 2024

La coopérative Valfruits informe ses adhérents qu'elle a subi une intrusion dans sa messagerie le 6 octobre 2024.
"""


@pytest.mark.parametrize("heading", ["COMMUNIQUÉ DE PRESSE", "Communiqué de presse — pour diffusion immédiate"])
def test_a_press_release_discloses_on_its_own_date(heading: str) -> None:
    assert ("public_disclosure", "2024-10-09") in events(RELEASE.format(heading=heading))


def test_a_release_told_of_inside_a_line_is_no_heading() -> None:
    text = RELEASE.format(heading="Note interne : la direction prépare un communiqué de presse.")
    assert ("public_disclosure", "2024-10-09") not in events(text)


@pytest.mark.parametrize(("text", "act"), [
    ("Lyon, le 9 octobre 2024. Dès la détection de l'intrusion, le dimanche 6 octobre 2024 au soir, "
     "le service informatique a isolé la messagerie.", "containment"),
    ("Lyon, le 9 octobre 2024. Dès la découverte de la fuite, le 6 octobre 2024, la coopérative a prévenu la gendarmerie.",
     "notification_law_enforcement"),
])
def test_an_act_upon_detection_and_the_detection_share_the_date_set_off(text: str, act: str) -> None:
    assert {("discovery", "2024-10-06"), (act, "2024-10-06")} <= events(text)


def test_a_date_not_set_off_after_upon_dates_only_its_own_act() -> None:
    got = events("Lyon, le 9 octobre 2024. Dès la détection de l'intrusion, la coopérative a coupé la messagerie le 7 octobre 2024.")
    assert ("containment", "2024-10-07") in got and ("discovery", "2024-10-07") not in got


@pytest.mark.parametrize("text", [
    "Publié le 9 octobre 2024. Le centre hospitalier a également signalé l'attaque à la CNIL et à l'agence régionale de santé mardi.",
    "Publié le 9 octobre 2024. Mardi, la clinique a signalé l'incident à l'ARS.",
])
def test_a_notice_to_the_health_agency_or_with_an_adverb_is_a_notice_to_an_authority(text: str) -> None:
    assert ("notification_regulator", "2024-10-08") in events(text)


def test_the_noun_rows_of_a_french_chronology() -> None:
    text = """Chronologie de l'incident

| Date | Constat ou action |
| --- | --- |
| 02/09/2024 10:05 | Ouverture d'une pièce jointe malveillante par une secrétaire |
| 03/09/2024 06:30 | Le prestataire constate le chiffrement du serveur de fichiers |
| 03/09/2024 07:10 | Déconnexion du serveur de fichiers |
| 06/09/2024 | Information des agents concernés par courriel |
"""
    assert {("breach_start", "2024-09-02"), ("discovery", "2024-09-03"), ("containment", "2024-09-03"),
            ("notification_individuals", "2024-09-06")} <= events(text)
