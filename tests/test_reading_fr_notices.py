"""Notices in French decisions, letters and a DPO's notices (issue 15): a complaint to the
authority, an authority's full name before its date, the steps of a notice given in phases, a
letter that speaks of the reader's data; sentences written for the test."""

from __future__ import annotations


import pytest

from timeline_check import check_text
from timeline_check.model import iso
from helpers import events



@pytest.mark.parametrize(("text", "lang"), [
    ("Le 9 février 2025, une locataire a saisi la CNIL d'une plainte au sujet de son dossier.", "fr"),
    ("Le 2 juin 2024, un ancien client a déposé une réclamation auprès de la CNIL.", "fr"),
    ("On 9 February 2025, a tenant filed a complaint with the CNIL about her file.", "en"),
])
def test_a_complaint_to_the_authority_is_no_notice_of_the_breach(text: str, lang: str) -> None:
    assert not {e for e in events(text, lang) if e[0].startswith("notification_")}


@pytest.mark.parametrize(("text", "kind"), [
    # the complaint is not the notice's: a notice "to the CNIL, which had complaints" stays one
    ("Le 2 mai 2024, l'hôpital a notifié la violation à la CNIL, qui avait déjà reçu des plaintes.", "notification_regulator"),
    ("Le 3 mars 2025, la clinique a porté plainte auprès de la gendarmerie.", "notification_law_enforcement"),
])
def test_a_notice_near_a_complaint_stays_one(text: str, kind: str) -> None:
    assert {e[0] for e in events(text, "fr")} == {kind}


def test_an_authoritys_full_name_and_acronym_do_not_push_its_date_to_the_next_verb() -> None:
    text = ("Le cabinet a déclaré la fuite à la Commission nationale de l'informatique et des libertés (CNIL) le "
            "4 juin 2024 et porté plainte au commissariat.")
    assert ("notification_regulator", "2024-06-04", "2024-06-04") in events(text, "fr")


@pytest.mark.parametrize(("text", "day"), [
    ("La mutuelle a complété sa notification initiale, envoyée le 7 mai 2024, par un second envoi.", "2024-05-07"),
    ("La notification préliminaire a été adressée le 21 mai 2024.", "2024-05-21"),
])
def test_the_steps_of_a_notice_in_phases_go_to_the_authority(text: str, day: str) -> None:
    assert ("notification_regulator", day, day) in events(text, "fr")


@pytest.mark.parametrize("text", [
    "Une notification complémentaire a été adressée le 21 mai 2024.",
    "The firm sent the regulator a supplementary notification on 21 May 2024.",
])
def test_a_supplement_is_no_notice_of_its_own(text: str) -> None:
    """A later step of a notice given in phases is not the notice a deadline times: taken for it,
    a supplement weeks after the discovery would read as a late notice."""
    lang = "en" if text.startswith("The") else "fr"
    assert not [e for e in events(text, lang) if e[0] == "notification_regulator"]


def test_a_supplementary_notice_is_not_dated_by_the_text() -> None:
    text = ("À l'attention de la CNIL\n\nObjet : notification complémentaire\n\nNantes, le 20 mai 2024\n\n"
            "La notification initiale a été transmise le 14 mai 2024. Nous avons appris la violation le 13 mai 2024.\n")
    report = check_text(text, lang="fr")
    assert {iso(e.earliest) for e in report.events if e.kind == "notification_regulator"} == {"2024-05-14"}
    assert not [f for f in report.findings if f.rule.startswith("conflict/")]


def test_a_letter_about_the_readers_data_is_a_notice_to_them() -> None:
    text = ("Bordeaux, le 3 juin 2024\n\nObjet : incident touchant vos données personnelles\n\nMadame, Monsieur,\n\n"
            "Le 27 mai 2024, nous avons découvert une intrusion dans notre logiciel de facturation.\n")
    assert ("notification_individuals", "2024-06-03", "2024-06-03") in events(text, "fr")


@pytest.mark.parametrize("text", [
    "L'accès au partage réseau a été fermé le 8 juillet 2024.",
    "Le 8 juillet 2024, les accès des comptes suspects ont été fermés.",
])
def test_access_closed_is_containment(text: str) -> None:
    assert ("containment", "2024-07-08", "2024-07-08") in events(text, "fr")


@pytest.mark.parametrize(("text", "lang"), [
    ("À l'attention de la CNIL\n\nObjet : notification complémentaire\n\nNous précisons le nombre de personnes "
     "concernées : 1 200 adhérents.\n", "fr"),
    ("Information Commissioner's Office\n\nRe: supplemental notification of a personal data breach\n\nDear "
     "Commissioner,\n\nWe write to notify your office that 1,200 members were affected.\n", "en"),
])
def test_a_supplementary_notice_is_not_judged_as_a_whole_notice(text: str, lang: str) -> None:
    report = check_text(text, lang=lang, regimes=["GDPR"])
    assert not [f for f in report.findings if f.category == "content"]


def test_a_first_notice_is_still_judged_on_its_content() -> None:
    text = "À l'attention de la CNIL\n\nObjet : notification d'une violation\n\nNous vous signalons une fuite.\n"
    assert [f for f in check_text(text, lang="fr", regimes=["GDPR"]).findings if f.category == "content"]
