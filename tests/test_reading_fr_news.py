"""French news phrasings (issue 15): the day of a statement after its source, the reporter's
conditional, "cesser de", notices to two authorities; sentences written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_check import check_text
from timeline_check.model import iso
from helpers import events



@pytest.mark.parametrize("text", [
    "La mutuelle Horizon a subi une cyberattaque qui a bloqué ses remboursements, a indiqué mercredi sa direction.",
    "Le conseil départemental a été victime d'un rançongiciel, a-t-on appris vendredi auprès de la préfecture.",
])
def test_the_weekday_after_a_source_is_the_statements_not_the_breachs(text: str) -> None:
    assert not {e for e in events(text, "fr", dt.date(2024, 5, 17)) if e[0] == "breach_start"}


@pytest.mark.parametrize(("text", "day"), [
    ("Selon l'enquête, les pirates se seraient introduits dans le réseau dès le 4 novembre 2024.", "2024-11-04"),
    ("D'après la mairie, un tiers aurait eu accès aux fichiers de l'état civil le 12 mars 2024.", "2024-03-12"),
])
def test_the_reporters_conditional_is_the_breach(text: str, day: str) -> None:
    assert ("breach_start", day, day) in events(text, "fr")


def test_ceasing_to_do_something_is_no_end_of_the_breach() -> None:
    text = "L'attaque a été détectée le 4 avril 2024, lorsque les automates du laboratoire ont cessé de répondre."
    assert events(text, "fr") == {("discovery", "2024-04-04", "2024-04-04")}


def test_an_attack_that_ceased_on_a_day_ends_then() -> None:
    assert events("L'intrusion a cessé le 5 mars 2024.", "fr") == {("breach_end", "2024-03-05", "2024-03-05")}


@pytest.mark.parametrize(("text", "lang"), [
    # a notice "the same day" to one authority is not a second date of the notice to another
    ("Une plainte a été déposée le 5 avril 2024 et l'ANSSI a été prévenue le même jour. La CNIL a été notifiée le "
     "6 avril 2024.", "fr"),
    ("The clinic reported the attack to the police on April 5, 2024 and told the state attorney general the same day. "
     "It notified HHS on April 6, 2024.", "en"),
])
def test_a_same_day_notice_to_another_authority_is_its_own_event(text: str, lang: str) -> None:
    report = check_text(text, lang=lang)
    assert not [f for f in report.findings if f.severity == "error"]
    days = {iso(e.earliest) for e in report.events if e.kind == "notification_regulator"}
    assert days == {"2024-04-05", "2024-04-06"}


@pytest.mark.parametrize("text", [
    "Le 14 juin 2023, l'hébergeur a subi une importante fuite de données.",
    "Le 14 juin 2023, le club de rugby a été victime d'un piratage de sa billetterie.",
    "Le 14 juin 2023, les coordonnées de 900 adhérents ont fuité.",
    "Le 14 juin 2023, des fiches de paie ont été dérobées dans le réseau du syndicat.",
])
def test_french_breach_verbs(text: str) -> None:
    assert events(text, "fr") == {("breach_start", "2023-06-14", "2023-06-14")}


@pytest.mark.parametrize(("text", "kind"), [
    ("Une plainte contre X a été déposée le 19 juin 2023 par la direction.", "notification_law_enforcement"),
    ("Le parquet de Lille a été saisi le 19 juin 2023.", "notification_law_enforcement"),
    ("Un courrier explicatif a été adressé aux adhérents le 19 juin 2023.", "notification_individuals"),
])
def test_french_notices(text: str, kind: str) -> None:
    assert events(text, "fr") == {(kind, "2023-06-19", "2023-06-19")}


@pytest.mark.parametrize(("text", "lang"), [
    ("RENNES, 12 mars 2024 (AFP) - La mutuelle Armorique a annoncé mardi une intrusion dans son extranet.", "fr"),
    ("DAYTON, March 12, 2024 (Reuters) - A county clinic said its scheduling portal had been breached.", "en"),
])
def test_a_wire_dateline_with_the_agencys_credit_is_the_texts_date(text: str, lang: str) -> None:
    assert check_text(text, lang=lang).reference_date == dt.date(2024, 3, 12).toordinal()


def test_a_participle_after_its_noun_names_the_thing_not_the_act() -> None:
    # "les fichiers dérobés": the stolen files; the date is the tests', no breach's
    text = "Les fichiers dérobés concernent surtout des analyses réalisées mi-2020 dans la région."
    assert events(text, "fr") == set()
