"""A ransomware gang's claim of the attack and its leak of the stolen data are the gang's acts after
the breach: they date no event (neither the breach's start nor a discovery), in French and in
English; an organisation's own publication by mistake stays the breach (binding/leaks.py).
Sentences written for the test."""

from __future__ import annotations

import pytest

from timeline_check import check_text
from timeline_check.model import iso

FR = "Publié le lundi 24 mars 2025. "
EN = "Published Monday, March 24, 2025. "


def events(text: str, lang: str) -> set[tuple[str, str | None]]:
    return {(e.kind, iso(e.earliest)) for e in check_text(text, lang=lang).events if e.kind != "publication"}


@pytest.mark.parametrize(("text", "lang"), [
    (FR + "Le 14 mars, le groupe Akira a revendiqué la cyberattaque contre la clinique.", "fr"),
    (FR + "La cyberattaque a été revendiquée le 14 mars par un collectif de pirates.", "fr"),
    (FR + "Le 21 mars, des données de patients volées lors de la cyberattaque ont été diffusées sur le darkweb.", "fr"),
    (FR + "Les fiches dérobées ont été mises en ligne le 21 mars par les attaquants.", "fr"),
    (FR + "Les pirates ont publié, le 21 mars, une partie des fichiers dérobés.", "fr"),
    (EN + "On March 21, the hackers posted part of the stolen data on their leak site.", "en"),
    (EN + "The stolen patient files were posted online on March 21.", "en"),
    (EN + "The gang claimed responsibility for the attack on March 14.", "en"),
])
def test_a_gangs_claim_or_leak_dates_no_event(text: str, lang: str) -> None:
    assert events(text, lang) == set()


@pytest.mark.parametrize(("text", "lang", "event"), [
    # the theft keeps its own date; the leak after it dates nothing
    (FR + "Des pirates ont volé les fichiers le 2 mars, puis les ont mis en vente le 21 mars.", "fr",
     {("breach_start", "2025-03-02")}),
    # the organisation's own publication by mistake is the breach
    (FR + "Le 2 mars, des données de santé ont été publiées par erreur sur le site de la clinique.", "fr",
     {("breach_start", "2025-03-02")}),
    (EN + "On March 2, the clinic mistakenly posted patient records on its public website.", "en",
     {("breach_start", "2025-03-02")}),
    # a company publishing a statement is no leak
    (FR + "Le groupe a publié un communiqué le 21 mars.", "fr", {("public_disclosure", "2025-03-21")}),
])
def test_the_breach_and_the_organisations_own_words_keep_their_dates(text: str, lang: str,
                                                                      event: set[tuple[str, str]]) -> None:
    assert events(text, lang) == event


def test_a_story_of_a_claimed_and_leaked_attack_raises_no_order_error() -> None:
    text = (FR + "La clinique a découvert l'attaque le 10 mars et a porté plainte le 11 mars. "
            "Le groupe de rançongiciel a revendiqué l'attaque le 14 mars. "
            "Le 21 mars, les données volées lors de l'attaque ont été diffusées sur un forum.")
    report = check_text(text, lang="fr")
    assert not [f.rule for f in report.findings if f.severity == "error"]
    assert {(e.kind, iso(e.earliest)) for e in report.events if e.kind != "publication"} == {
        ("discovery", "2025-03-10"), ("notification_law_enforcement", "2025-03-11")}


@pytest.mark.parametrize("sentence", [
    "On March 21, the group posted samples of what it said were patient files on its leak site.",
    "On March 21, the attackers added the clinic to their leak site.",
    "On March 21, a threat actor posted the clinic's files on a dark web forum.",
    "On March 21, the ransomware group published the files it had taken.",
])
def test_leaks_told_by_their_place_or_their_actor_date_no_event(sentence: str) -> None:
    assert events(EN + sentence, "en") == set()


@pytest.mark.parametrize(("sentence", "kind"), [
    ("On March 21, the dental group posted a notice of the incident on its website.", "public_disclosure"),
    ("On March 2, an employee posted a patient list on the clinic's public website by mistake.", "breach_start"),
])
def test_an_organisations_own_posting_keeps_its_date(sentence: str, kind: str) -> None:
    assert {k for k, _ in events(EN + sentence, "en")} == {kind}
