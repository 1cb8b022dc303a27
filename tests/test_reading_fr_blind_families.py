"""Families the third French blind set revealed (session fr6), each with sentences written for the
test: a letter's first person ("nous avons retiré"), a passive clause of its own after a list of
recipients, the people a mutual, a federation or a school board writes to, Québec's and Belgium's
words of notice, a demonstrative length ("pendant ces deux semaines"), a date past a new clause
after a relative phrase, an attack told around an aside, a report made by an outsider."""

from __future__ import annotations

import pytest

from timeline_check import check_text
from timeline_check.lang import Language
from timeline_check.persons import with_persons
from timeline_check.ruleset import load_rules
from helpers import days, days_of


def _fr() -> Language:
    return load_rules().languages["fr"]


def test_an_auxiliary_gets_its_other_persons_but_a_passive_keeps_its_agreement() -> None:
    forms = {"a": ["avons"], "avait": ["avions"]}
    got = with_persons(["a retiré", "avait appris", "a été informé", "retiré", "ont fermé"], forms, frozenset({"été"}))
    assert got == ("a retiré", "avons retiré", "avait appris", "avions appris", "a été informé", "retiré", "ont fermé")


@pytest.mark.parametrize(("text", "kind", "day"), [
    ("Le 3 mars 2025, un intrus a copié des fichiers. Nous avons retiré le script malveillant le 4 mars 2025.",
     "containment", "2025-03-04"),
    ("Nous avons appris le 12 juin 2024 qu'un tiers avait consulté notre base de clients.", "discovery", "2024-06-12"),
    ("Nous avions retiré le fichier du site le 2 février 2025, avant même la plainte.", "containment", "2025-02-02"),
    ("Nous avons écrit à chaque adhérent concerné le 20 mai 2024.", "notification_individuals", "2024-05-20"),
])
def test_a_letter_tells_its_own_acts_in_the_first_person(text: str, kind: str, day: str) -> None:
    assert (kind, day) in days(text, "fr")


def test_the_first_person_is_made_for_the_language_but_not_for_a_passive() -> None:
    lang = _fr()
    phrases = [p for t in lang.triggers for p in t.words.phrases] + [p for n in lang.notices for p in n.words.phrases]
    assert "avons retiré" in phrases and "avions appris" in phrases
    assert not [p for p in phrases if p.startswith("avons été ")]


@pytest.mark.parametrize(("text", "lang"), [
    ("Le cabinet a porté plainte le 6 février 2025 auprès de la gendarmerie, et la CNIL a été notifiée le 7 février 2025.", "fr"),
    ("The clinic reported the theft to the police on February 6, 2025, and HHS was notified on February 7, 2025.", "en"),
])
def test_a_recipient_that_opens_a_passive_of_its_own_ends_the_list(text: str, lang: str) -> None:
    report = check_text(text, lang=lang)
    found = days_of(report.events)
    assert found == {("notification_law_enforcement", "2025-02-06"), ("notification_regulator", "2025-02-07")}
    assert not [f for f in report.findings if f.rule.startswith("conflict/")]


@pytest.mark.parametrize(("text", "kind", "day"), [
    ("Les licenciés ont été prévenus par courriel le 13 novembre 2025.", "notification_individuals", "2025-11-13"),
    ("Chaque affilié a reçu un courrier le 26 septembre 2024.", "notification_individuals", "2024-09-26"),
    ("Dans un courriel transmis au personnel le 15 octobre 2024, la direction décrit l'incident.",
     "notification_individuals", "2024-10-15"),
    ("La direction a écrit au personnel le 15 octobre 2024.", "notification_individuals", "2024-10-15"),
    ("L'organisme a avisé la Commission d'accès à l'information le 7 octobre 2024.", "notification_regulator", "2024-10-07"),
    ("La mutualité a introduit une notification auprès de l'Autorité de protection des données le 19 septembre 2024.",
     "notification_regulator", "2024-09-19"),
    ("La clinique a signalé l'intrusion au commissariat le 4 mars 2025.", "notification_law_enforcement", "2025-03-04"),
])
def test_the_people_and_bodies_a_french_speaking_organisation_tells(text: str, kind: str, day: str) -> None:
    assert (kind, day) in days(text, "fr")


@pytest.mark.parametrize(("text", "kind", "day"), [
    ("Les équipes ne s'en sont aperçues que le 11 novembre 2025.", "discovery", "2025-11-11"),
    ("Le prestataire a mis le serveur fautif hors ligne le 13 septembre 2024.", "containment", "2024-09-13"),
    ("Le service a suspendu l'accès au logiciel le 4 octobre 2024.", "containment", "2024-10-04"),
    ("Le portail a été fermé le 11 avril 2025.", "containment", "2025-04-11"),
    ("L'erreur a été signalée par un parent le 11 avril 2025.", "discovery", "2025-04-11"),
    ("La ville a été victime, le 5 février 2025 en fin de journée, d'une attaque par rançongiciel.", "breach_start", "2025-02-05"),
])
def test_french_words_of_learning_stopping_and_being_attacked(text: str, kind: str, day: str) -> None:
    assert (kind, day) in days(text, "fr")


def test_a_report_to_the_authority_is_not_a_discovery() -> None:
    assert days("La fuite a été signalée à la CNIL le 12 avril 2025.", "fr") == {("notification_regulator", "2025-04-12")}


def test_an_interruption_put_off_to_a_day_is_no_containment() -> None:
    text = "Le 5 février 2025, la mairie a subi une attaque. Les inscriptions, ouvertes depuis le 3 février, sont suspendues."
    assert not {k for k, _ in days(text, "fr")} & {"containment"}


@pytest.mark.parametrize("lead", ["Pendant ces", "Durant ces", "Au cours de ces"])
def test_a_demonstrative_length_is_a_stated_duration(lead: str) -> None:
    text = f"Des factures ont été consultées entre le 7 et le 11 avril 2025. {lead} deux semaines, des factures ont été consultées."
    rules = [f.rule for f in check_text(text, lang="fr").findings]
    assert "duration/stated-duration" in rules


def test_a_length_that_fits_its_dates_raises_nothing() -> None:
    text = "Des factures ont été consultées entre le 7 et le 11 avril 2025. Pendant ces cinq jours, des factures ont été consultées."
    assert "duration/stated-duration" not in [f.rule for f in check_text(text, lang="fr").findings]


def test_a_date_past_a_new_clause_after_a_relative_phrase_is_the_later_verbs() -> None:
    text = ("Un parent a signalé l'erreur le 11 avril 2025 ; le portail a été fermé le jour même, "
            "puis remis en service après correction le 14 avril 2025.")
    found = days(text, "fr")
    assert ("containment", "2025-04-11") in found and ("containment", "2025-04-14") not in found


def test_within_the_hour_is_the_same_day() -> None:
    text = "La clinique a découvert l'intrusion le 3 mai 2024 et a désactivé le compte dans l'heure."
    assert ("containment", "2024-05-03") in days(text, "fr")


@pytest.mark.parametrize(("text", "day"), [
    ("Publié le 17 octobre 2024. Des dossiers ont été copiés, a confirmé la direction mercredi.", "2024-10-16"),
    ("Des fichiers de paie ont été dérobés, a confirmé l'organisme le 16 octobre 2024.", "2024-10-16"),
    ("« Aucune carte bancaire n'a été lue », a assuré la société le 16 octobre 2024.", "2024-10-16"),
])
def test_an_incise_with_the_organisation_as_speaker_dates_its_public_statement(text: str, day: str) -> None:
    found = days(text, "fr")
    assert ("public_disclosure", day) in found and not {k for k, _ in found} & {"determination"}


@pytest.mark.parametrize("text", [
    "La société a confirmé l'intrusion le 3 mai 2024.",  # no incise: a determination
    "Des fichiers ont été copiés, a confirmé le groupe de pirates le 3 mai 2024.",  # the attackers speak
])
def test_no_incise_of_the_organisation_no_statement(text: str) -> None:
    assert not {k for k, _ in days(text, "fr")} & {"public_disclosure"}


@pytest.mark.parametrize(("text", "lang"), [
    ("La mairie a subi une attaque le 5 février 2025. Le service informatique a repéré le chiffrement vers 14 h 30.", "fr"),
    ("La mairie a subi une attaque le 5 février 2025. Vers 14 h 30, le service informatique a repéré le chiffrement.", "fr"),
    ("The town was hit by ransomware on February 5, 2025. At 2:30 p.m., the IT team detected the encryption.", "en"),
])
def test_a_clock_time_alone_is_on_the_day_of_the_event_before_it(text: str, lang: str) -> None:
    assert ("discovery", "2025-02-05") in days(text, lang)


def test_a_clock_time_beside_a_date_keeps_that_date() -> None:
    text = "La mairie a subi une attaque le 5 février 2025. Le 6 février 2025 à 9 heures, le service a repéré le chiffrement."
    assert ("discovery", "2025-02-06") in days(text, "fr")


@pytest.mark.parametrize(("text", "kind", "day"), [
    ("La gendarmerie a été contactée le 6 octobre 2025.", "notification_law_enforcement", "2025-10-06"),
    ("La gendarmerie a été contactée le 6 octobre 2025 et la CNIL le lendemain.", "notification_regulator", "2025-10-07"),
    ("La ligue en aurait été informée le 22 mars 2025 par un partenaire.", "discovery", "2025-03-22"),
    ("Un SMS a été reçu par les adhérents le 7 janvier 2025.", "notification_individuals", "2025-01-07"),
])
def test_passives_of_the_press_for_contacting_learning_and_receiving(text: str, kind: str, day: str) -> None:
    assert (kind, day) in days(text, "fr")


@pytest.mark.parametrize("text", [
    "Le 3 mars 2025, le cabinet a contacté un avocat.",
    "Un courriel suspect a été reçu par la société le 7 janvier 2025.",
])
def test_contacting_or_receiving_with_no_recipient_of_ours_is_no_notice(text: str) -> None:
    assert days(text, "fr") == set()


@pytest.mark.parametrize(("belgian", "french"), [("septante-deux", "soixante-douze"), ("nonante", "quatre-vingt-dix"),
                                                 ("huitante et un", "quatre-vingt-un")])
def test_belgian_and_swiss_numbers_count_as_the_french(belgian: str, french: str) -> None:
    def read(number: str) -> set[tuple[str, str | None]]:
        return days(f"La mutuelle a découvert la fuite le 2 mai 2024. Elle l'a notifiée à l'APD {number} heures plus tard.", "fr")
    found = read(belgian)
    assert found == read(french) and any(k == "notification_regulator" and d for k, d in found)
