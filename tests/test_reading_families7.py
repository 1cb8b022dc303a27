"""Families the blind documents of issue 15 left (session 7, helper ``fam``). Sentences written
for the test."""

from __future__ import annotations

import pytest

from timeline_check import check_text
from tests.helpers import days, events


# 1. What a message is said to say is not how it went: a notice whose content is a misdirected
# mailing is the notice; the mailing it tells of keeps its own words (binding/reported.py).
@pytest.mark.parametrize("sentence", [
    "Letters were mailed on May 2, 2026, saying that a vendor error had sent statements to the wrong addresses.",
    "The clinic mailed letters on May 2, 2026, explaining that a printing error had sent statements to the wrong addresses.",
    "On May 2, 2026, the plan sent letters to members to tell them that their statements had been mailed to other members.",
    "Letters were mailed on May 2, 2026 to affected members, stating that a vendor had mistakenly sent their statements to other members.",
    "The practice emailed patients on May 2, 2026, explaining that their invoices had been mailed to the wrong addresses.",
])
def test_a_notice_about_a_misdirected_mailing_is_the_notice(sentence: str) -> None:
    found = days(sentence)
    assert ("notification_individuals", "2026-05-02") in found
    assert ("breach_start", "2026-05-02") not in found


@pytest.mark.parametrize(("sentence", "lang"), [
    ("On April 3, 2026, the plan mailed statements to the wrong addresses, saying nothing about it until June.", "en"),
    ("Letters holding claim numbers were sent to unintended recipients on April 3, 2026, the insurer said.", "en"),
    ("Le 3 avril 2026, la mutuelle a envoyé par erreur des relevés à d'autres adhérents, en indiquant à tort leur solde.", "fr"),
])
def test_a_mailing_that_went_astray_before_the_words_said_stays_the_breach(sentence: str, lang: str) -> None:
    assert ("breach_start", "2026-04-03") in days(sentence, lang)


def test_a_french_letter_about_a_misdirected_mailing_is_no_breach() -> None:
    found = days("Des courriers ont été envoyés le 2 mai 2026 pour informer les patients qu'une erreur d'un "
                 "prestataire avait adressé leurs relevés à de mauvaises adresses.", "fr")
    assert ("breach_start", "2026-05-02") not in found


# 2. Another party's breach told in a clause of its own is background (binding/background.py).
@pytest.mark.parametrize(("sentence", "lang", "other"), [
    ("Unlike the 2021 attack on Harbor Health, which was found on March 3, 2021, this intrusion went unnoticed "
     "until the clinic discovered it on May 9, 2026.", "en", "2021-03-03"),
    ("A similar breach at a rival clinic, disclosed on June 8, 2026, exposed the records of 4,000 patients; "
     "the practice discovered its own incident on May 9, 2026.", "en", "2026-06-08"),
    ("The practice discovered the intrusion on May 9, 2026, weeks after an unrelated attack on a county agency, "
     "which was reported to HHS on April 2, 2026.", "en", "2026-04-02"),
    ("Contrairement à l'attaque contre l'hôpital de Brest en 2021, qui avait été découverte le 3 mars 2021, "
     "la clinique a découvert cette intrusion le 9 mai 2026.", "fr", "2021-03-03"),
    ("Une fuite similaire chez un concurrent, révélée le 8 juin 2026, avait exposé 4 000 patients ; la clinique "
     "a découvert son propre incident le 9 mai 2026.", "fr", "2026-06-08"),
])
def test_another_partys_breach_in_a_clause_dates_nothing_of_ours(sentence: str, lang: str, other: str) -> None:
    found = days(sentence, lang)
    assert ("discovery", "2026-05-09") in found
    assert not any(day == other for _, day in found)


@pytest.mark.parametrize("sentence", [
    "The ransomware attack on Harbor Health, which was discovered on March 3, 2026, encrypted its servers.",
    "The clinic, which discovered the intrusion on March 3, 2026, notified patients on April 1, 2026.",
])
def test_a_clause_about_our_own_breach_keeps_its_date(sentence: str) -> None:
    assert ("discovery", "2026-03-03") in days(sentence)


# 3. A mailing told in a relative clause ("which went out in early April"): dated by a part of a
# month too; letters so sent are the notice, statements after a mix-up the breach (binding/astray.py).
@pytest.mark.parametrize(("sentence", "kind"), [
    ("Notification letters, which went out in early April 2026, described the incident.", "notification_individuals"),
    ("The notices, which went out on April 1, 2026, explained what had happened.", "notification_individuals"),
    ("After a mix-up at the printer, statements, which went out in early April 2026, showed other members' names.",
     "breach_start"),
])
def test_a_mailing_in_a_relative_clause(sentence: str, kind: str) -> None:
    found = events(sentence)
    assert any(k == kind and first is not None and first.startswith("2026-04-0") for k, first, _ in found)
    assert {k for k, _, _ in found} == {kind}


def test_a_part_of_a_month_gives_its_interval() -> None:
    found = events("Notification letters, which went out in early April 2026, described the incident.")
    (kind, first, last), = found
    assert kind == "notification_individuals" and first == "2026-04-01" and last is not None and last > first


def test_a_misdirected_mailing_in_french_part_of_a_month() -> None:
    found = days("Après une erreur de publipostage, les relevés, qui ont été envoyés début avril 2026, portaient "
                 "le nom d'autres adhérents.", "fr")
    assert ("breach_start", "2026-04-01") in found


# 4. French notices told by their noun or by the letters, no recipient named: "notification" alone is
# the authority's (article 33), letters go to the people; a recipient named decides (rules/lang/fr.toml).
@pytest.mark.parametrize(("sentence", "kind"), [
    ("La notification a été faite le 3 mars 2026.", "notification_regulator"),
    ("La notification a été effectuée le 3 mars 2026, soit deux jours après la découverte.", "notification_regulator"),
    ("La notification a été faite aux patients le 3 mars 2026.", "notification_individuals"),
    ("L'information des personnes concernées a eu lieu le 3 mars 2026.", "notification_individuals"),
    ("Les courriers d'information sont partis le 3 mars 2026.", "notification_individuals"),
    ("Des lettres ont été expédiées le 3 mars 2026.", "notification_individuals"),
    ("Des courriers ont été envoyés à la CNIL le 3 mars 2026.", "notification_regulator"),
])
def test_a_french_notice_without_a_named_recipient(sentence: str, kind: str) -> None:
    found = days(sentence, "fr")
    assert (kind, "2026-03-03") in found
    assert {k for k, _ in found if k.startswith("notification")} == {kind}


def test_french_letters_sent_by_mistake_stay_the_breach() -> None:
    found = days("Des courriers ont été envoyés par erreur à d'autres adhérents le 3 mars 2026.", "fr")
    assert found == {("breach_start", "2026-03-03")}


# 5. French containment told with "faire" and an infinitive, an adverb between, or as a passive of
# the things cut off (rules/lang/fr.toml).
@pytest.mark.parametrize("sentence", [
    "Le 3 mars 2026, la mutuelle a aussitôt fait couper les connexions.",
    "Le 3 mars 2026, la clinique a immédiatement fait déconnecter les postes du réseau.",
    "La mairie a fait suspendre les accès à distance le 3 mars 2026.",
    "Le 3 mars 2026, les connexions à distance ont été interrompues.",
    "Le 3 mars 2026, les comptes compromis ont été suspendus.",
    "Les serveurs de la clinique ont été arrêtés le 3 mars 2026.",
])
def test_french_containment(sentence: str) -> None:
    assert days(sentence, "fr") == {("containment", "2026-03-03")}


# 6. A law's date in an aside closed right before its word of duty is the law's: the act it
# requires is owed, not done then (binding/law_aside.py).
@pytest.mark.parametrize(("sentence", "lang"), [
    ("The rule, effective January 1, 2023, requires notice to the Department within 72 hours.", "en"),
    ("The statute, as amended on July 1, 2024, requires notice to affected residents within 30 days.", "en"),
    ("The rule, which took effect on January 1, 2023, requires notice to the Department within 72 hours.", "en"),
    ("L'article 33, en vigueur depuis le 25 mai 2018, impose la notification à la CNIL dans les 72 heures.", "fr"),
    ("Le décret, publié le 3 mars 2023, oblige les opérateurs à notifier l'ANSSI dans les 24 heures.", "fr"),
])
def test_a_duty_after_a_laws_dated_aside_is_no_notice(sentence: str, lang: str) -> None:
    assert not any(k.startswith("notification") for k, _ in days(sentence, lang))


def test_an_act_dated_in_an_aside_without_a_duty_keeps_its_date() -> None:
    assert ("notification_regulator", "2026-05-03") in days("The clinic, on May 3, 2026, notified the Department.")


# 7. A schedule's row dated after the text's own date, or said to be planned, is a plan (binding/schedule.py).
_MEMO = "Status memo, November 6, 2026\n\nThe clinic discovered the breach on October 30, 2026.\n\n"


def _planned(text: str, lang: str = "en") -> dict[str, bool]:
    """Each notice's kind, and whether all its mentions are planned."""
    found = check_text(text, lang=lang)
    return {e.kind: all(m.future for m in e.mentions) for e in found.events if e.kind.startswith("notification")}


@pytest.mark.parametrize(("rows", "lang"), [
    ("- Notice to Ohio media: November 13\n- Notice to HHS: November 4\n", "en"),
    ("| Step | Date |\n| --- | --- |\n| Notice to the media | November 13, 2026 |\n| Notice to HHS | November 4, 2026 |\n", "en"),
    ("Planned: notice to the media — November 3, 2026\nNotice to HHS: November 4, 2026\n", "en"),
])
def test_a_schedule_row_after_the_texts_date_is_planned(rows: str, lang: str) -> None:
    found = check_text(_MEMO + rows, lang=lang)
    assert _planned(_MEMO + rows, lang) == {"notification_media": True, "notification_regulator": False}
    assert not any(f.rule == "order/event-after-publication" for f in found.findings)


def test_a_french_schedule_row() -> None:
    text = ("Note du 6 novembre 2026\n\nLa clinique a découvert la fuite le 30 octobre 2026.\n\n"
            "- Notification à la CNIL : 2 novembre 2026\n- Information des patients : 13 novembre 2026\n")
    assert _planned(text, "fr") == {"notification_regulator": False, "notification_individuals": True}


def test_a_sentence_after_the_texts_date_is_still_told_as_done() -> None:
    found = check_text(_MEMO + "The clinic notified the media on November 13, 2026.\n")
    assert any(f.rule == "order/event-after-publication" for f in found.findings)


@pytest.mark.parametrize(("text", "lang"), [
    (_MEMO + "Actions taken:\n\n- Notice to Ohio media: November 13, 2026\n", "en"),
    ("Note du 6 novembre 2026\n\nLa clinique a découvert la fuite le 30 octobre 2026.\n\nMesures prises :\n\n"
     "- Information des patients : 13 novembre 2026\n", "fr"),
])
def test_a_row_under_a_heading_of_what_was_done_stays_done(text: str, lang: str) -> None:
    assert any(f.rule == "order/event-after-publication" for f in check_text(text, lang=lang).findings)
