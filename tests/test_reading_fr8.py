"""French-language press of France, Belgium, Switzerland and Québec (issue 15, blind set fr-press9):
a notice named by its noun and put off in the negative, data left reachable, the intruders'
moves and the data pulled out over a period, a weekday that names the day just told, a
weekday that pins a date's year, and a bare weekend told in the past; sentences written for the
test, with sentences that must not change."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers import days
from timeline_check import check_text


def fr(text: str, date: dt.date | None = None) -> set[tuple[str, str | None]]:
    return days(text, "fr", date)


@pytest.mark.parametrize(("text", "kind"), [
    ("La déclaration à la CNIL n'a été faite que le 12 mars 2025.", "notification_regulator"),
    ("La notification à l'autorité n'a été transmise que le 12 mars 2025, soit neuf jours plus tard.", "notification_regulator"),
    ("La notification aux patients n'a été envoyée que le 12 mars 2025.", "notification_individuals"),
    ("La clinique n'a notifié la CNIL que le 12 mars 2025.", "notification_regulator"),  # unchanged
    ("La déclaration à la CNIL a été faite le 12 mars 2025.", "notification_regulator"),  # unchanged
])
def test_a_notice_named_by_its_noun_and_put_off_in_the_negative(text: str, kind: str) -> None:
    assert (kind, "2025-03-12") in fr(text)


@pytest.mark.parametrize("text", [
    "Le 17 février 2025, un espace de stockage a été laissé accessible sans mot de passe.",
    "Le 17 février 2025, un serveur de sauvegarde a été laissé exposé sur internet.",
    "Le 17 février 2025, le prestataire a laissé accessibles des dossiers de patients.",
])
def test_data_left_reachable_starts_the_breach(text: str) -> None:
    assert ("breach_start", "2025-02-17") in fr(text)


def test_a_door_left_open_is_no_breach() -> None:
    assert not {k for k, _ in fr("Le 17 février 2025, le guichet de la mairie a été laissé ouvert tout l'après-midi.")
                if k.startswith("breach")}


@pytest.mark.parametrize("text", [
    "Les premières analyses situent l'extraction entre le 28 janvier et le 3 février 2025.",
    "Les attaquants ont circulé pendant onze jours dans le réseau, entre le 28 janvier et le 3 février 2025.",
    "Les pirates ont circulé dans le système d'information du 28 janvier au 3 février 2025.",
])
def test_the_intruders_moves_and_the_extraction_over_a_period(text: str) -> None:
    got = fr(text)
    assert {("breach_start", "2025-01-28"), ("breach_end", "2025-02-03")} <= got


def test_data_passed_around_after_the_breach_starts_nothing() -> None:
    assert not {k for k, _ in fr("Les données ont circulé sur des forums à partir du 30 juin 2025.") if k.startswith("breach")}


@pytest.mark.parametrize(("text", "day"), [
    ("Les pirates sont entrés dans la nuit du samedi 9 au dimanche 10 août 2025. Un infirmier a donné l'alerte dimanche vers 5 heures.",
     "2025-08-10"),
    ("L'attaque a commencé le mardi 5 août 2025. Le service informatique l'a détectée mardi soir.", "2025-08-05"),
    ("The attack began on Tuesday, August 5, 2025. The IT team detected it Tuesday evening.", "2025-08-05"),
])
def test_a_bare_weekday_after_a_date_of_that_weekday_is_that_day(text: str, day: str) -> None:
    lang = "en" if text.startswith("The") else "fr"
    assert ("discovery", day) in days(text, lang, dt.date(2025, 8, 22))


def test_a_bare_weekday_with_no_date_before_it_reads_from_the_texts_date() -> None:
    assert ("discovery", "2025-08-17") in fr("Un infirmier a donné l'alerte dimanche vers 5 heures.", dt.date(2025, 8, 22))


@pytest.mark.parametrize(("text", "lang"), [
    ("Un chercheur a prévenu la clinique le lundi 3 mars. La clinique a notifié la CNIL le jeudi 13 mars.", "fr"),
    ("A researcher alerted the clinic on Monday, March 3. The clinic notified the supervisory authority on Thursday, March 13.", "en"),
])
def test_a_weekday_that_agrees_pins_the_year_of_a_late_notice(text: str, lang: str) -> None:
    report = check_text(text, lang=lang, date=dt.date(2025, 4, 2), regimes=("GDPR",))
    late = [f for f in report.findings if f.rule == "gdpr/authority-notice"]
    assert late and late[0].severity == "error"


def test_a_date_with_no_weekday_keeps_its_year_guessed() -> None:
    report = check_text("Un chercheur a prévenu la clinique le 3 mars. La clinique a notifié la CNIL le 13 mars.",
                        lang="fr", date=dt.date(2025, 4, 2), regimes=("GDPR",))
    assert [f.severity for f in report.findings if f.rule == "gdpr/authority-notice"] == ["warning"]


def test_a_bare_weekend_told_in_the_past_is_not_the_coming_one() -> None:
    got = fr("Le rançongiciel a chiffré les serveurs au cours du week-end.", dt.date(2025, 11, 14))
    assert all(d is None or d <= "2025-11-14" for k, d in got if k.startswith("breach"))


@pytest.mark.parametrize(("text", "lang"), [
    ("Les dates clés\n\n28 avril 2025 : courriel d'hameçonnage reçu par une coordinatrice\n"
     "9 mai 2025 : détection de la fuite par l'association\n"
     "14 mai 2025 : courriel d'information envoyé aux bénévoles\n", "fr"),
    ("Key dates\n\nApril 28, 2025: phishing email received by a coordinator of the association\n"
     "May 9, 2025: detection of the leak by the association\n"
     "May 14, 2025: information email sent to the volunteers\n", "en"),
])
def test_each_row_of_a_list_of_key_dates_is_its_own_sentence(text: str, lang: str) -> None:
    got = days(text, lang, dt.date(2025, 5, 16))
    assert ("discovery", "2025-05-09") in got and ("breach_start", "2025-05-09") not in got


def test_a_long_line_of_prose_still_runs_on_past_its_break() -> None:
    text = ("Le responsable informatique de l'association a remarqué un export massif de fichiers\n"
            "le 9 mai 2025, en fin de journée.")
    assert ("discovery", "2025-05-09") in fr(text)


@pytest.mark.parametrize("text", [
    "Le pirate avait utilisé l'identifiant d'une coordinatrice, récupéré par un faux courriel envoyé le 28 avril 2025.",
    "Les mots de passe, obtenus par hameçonnage le 28 avril 2025, ont servi à entrer dans la messagerie.",
])
def test_credentials_taken_by_a_ruse_start_the_breach(text: str) -> None:
    got = fr(text)
    assert ("breach_start", "2025-04-28") in got and not {k for k, _ in got if k == "containment"}


def test_what_was_recovered_still_ends_the_exposure() -> None:
    assert ("containment", "2025-05-04") in fr("Le cabinet a récupéré les classeurs auprès du transporteur le 4 mai 2025.")


@pytest.mark.parametrize("text", [
    "Une employée de la caisse a consulté sans autorisation les dossiers de 2300 membres entre le 3 janvier et le 20 février 2025, "
    "a appris notre journal.",
    "Des pirates ont copié les fichiers de la mairie entre le 3 janvier et le 20 février 2025, ont appris nos confrères de Radio-Canada.",
])
def test_what_the_paper_learned_is_no_finding_of_the_organisation(text: str) -> None:
    got = fr(text)
    assert ("breach_start", "2025-01-03") in got and not {k for k, _ in got if k == "discovery"}


def test_the_organisation_that_learned_still_discovers() -> None:
    assert ("discovery", "2025-03-03") in fr("Le 3 mars 2025, la mairie a appris l'intrusion, a indiqué la direction.")


@pytest.mark.parametrize(("text", "lang"), [
    ("Le 27 octobre 2025, les agents ont découvert un message de rançon. "
     "Les attaquants étaient entrés dans le réseau dès le 19 octobre 2025. Le maire a déposé plainte le jour même.", "fr"),
    ("On October 27, 2025, staff discovered a ransom note. The attackers had entered the network on October 19, 2025. "
     "The town filed a police report the same day.", "en"),
])
def test_a_same_day_notice_after_the_breach_backstory_counts_from_the_finding(text: str, lang: str) -> None:
    assert ("notification_law_enforcement", "2025-10-27") in days(text, lang, dt.date(2025, 11, 14))


def test_a_same_day_notice_after_the_breach_alone_counts_from_the_breach() -> None:
    text = "Les pirates sont entrés dans le réseau le 19 octobre 2025. Le maire a déposé plainte le jour même."
    assert ("notification_law_enforcement", "2025-10-19") in fr(text, dt.date(2025, 11, 14))


@pytest.mark.parametrize(("text", "lang"), [
    ("Les attaquants ont circulé pendant onze jours dans le réseau, entre le 8 et le 25 juin 2025. "
     "Le 25 juin 2025 au matin, les serveurs étaient chiffrés.", "fr"),
    ("The attackers had access to the network for eleven days, from June 8 to June 25, 2025. "
     "On June 25, 2025, the servers were encrypted.", "en"),
])
def test_a_length_is_measured_against_the_dates_of_its_own_sentence(text: str, lang: str) -> None:
    report = check_text(text, lang=lang, date=dt.date(2025, 7, 10))
    assert [f.rule for f in report.findings if f.rule.startswith("duration/")] == ["duration/stated-duration"]


def test_a_length_that_agrees_with_its_own_sentence_raises_nothing() -> None:
    text = ("Les attaquants ont circulé pendant dix-sept jours dans le réseau, entre le 8 et le 25 juin 2025. "
            "Le 25 juin 2025 au matin, les serveurs étaient chiffrés.")
    report = check_text(text, lang="fr", date=dt.date(2025, 7, 10))
    assert not [f for f in report.findings if f.rule.startswith("duration/")]


@pytest.mark.parametrize(("text", "day"), [
    ("La Fédération française de course d'orientation a reconnu mercredi soir une fuite de données.", "2026-02-11"),
    ("Le commerçant l'a confirmé mardi.", "2026-02-10"),
    ("La direction a fait le point jeudi devant la presse.", "2026-02-12"),
    ("Une page d'information a été mise en ligne jeudi sur le site de l'hôpital.", "2026-02-12"),
])
def test_what_the_organisation_tells_the_press_on_a_weekday_is_public(text: str, day: str) -> None:
    assert ("public_disclosure", day) in fr(text, dt.date(2026, 2, 12))


def test_files_the_attackers_put_online_are_no_statement() -> None:
    got = fr("Les pirates ont mis en ligne jeudi les fichiers de l'hôpital.", dt.date(2026, 2, 12))
    assert not {k for k, _ in got if k == "public_disclosure"}


@pytest.mark.parametrize("text", [
    "Un infirmier a donné l'alerte le dimanche 10 août 2025 vers 5 heures. Les serveurs des trois sites ont alors été coupés d'Internet.",
    "Le 10 août 2025, un technicien a découvert le chiffrement. L'hôpital a alors coupé ses connexions.",
])
def test_then_after_a_dated_finding_is_a_response_at_once(text: str) -> None:
    assert ("containment", "2025-08-10") in fr(text, dt.date(2025, 8, 22))


@pytest.mark.parametrize("text", [
    "Le code malveillant a été actif du 2 au 19 septembre 2025.",
    "Le logiciel espion est resté actif sur le poste du 2 au 19 septembre 2025.",
])
def test_malicious_code_active_over_a_period_is_the_breach(text: str) -> None:
    assert {("breach_start", "2025-09-02"), ("breach_end", "2025-09-19")} <= fr(text)


def test_a_site_active_over_a_period_is_no_breach() -> None:
    assert not {k for k, _ in fr("Le site de la mairie a été actif du 2 au 19 septembre 2025.") if k.startswith("breach")}


@pytest.mark.parametrize(("text", "lang"), [
    ("C'est l'émetteur des cartes qui a signalé le 22 septembre 2025 des fraudes touchant ses clients ; "
     "le script a été retiré le jour même.", "fr"),
    ("The company announced the incident on September 30, 2025. On September 22, 2025, a bank flagged unusual charges; "
     "the script was removed the same day.", "en"),
])
def test_the_same_day_after_a_day_its_sentence_names_is_that_day(text: str, lang: str) -> None:
    got = days(text, lang, dt.date(2025, 10, 1))
    assert ("containment", "2025-09-22") in got and ("containment", "2025-09-30") not in got


@pytest.mark.parametrize(("text", "lang"), [
    ("Le 22 septembre 2025, la banque a signalé des fraudes touchant plusieurs clients de l'enseigne.", "fr"),
    ("On May 3, 2025, the bank reported fraud affecting several customers of the store.", "en"),
])
def test_those_a_breach_affects_are_not_told(text: str, lang: str) -> None:
    assert not {k for k, _ in days(text, lang, dt.date(2025, 10, 1)) if k == "notification_individuals"}


@pytest.mark.parametrize(("text", "lang", "kind"), [
    ("Le 3 mai 2025, la clinique a notifié la violation touchant 500 patients à la CNIL.", "fr", "notification_regulator"),
    ("On May 3, 2025, the clinic reported a breach affecting 500 patients to HHS.", "en", "notification_regulator"),
    ("Le 3 mai 2025, la clinique a informé les patients concernés.", "fr", "notification_individuals"),
])
def test_a_recipient_after_those_affected_is_still_told(text: str, lang: str, kind: str) -> None:
    assert (kind, "2025-05-03") in days(text, lang, dt.date(2025, 10, 1))


@pytest.mark.parametrize(("text", "lang"), [
    ("Le 22 septembre 2025, l'émetteur des cartes a signalé des fraudes touchant plusieurs clients de l'enseigne.", "fr"),
    ("On September 22, 2025, the card issuer reported fraudulent charges to the store.", "en"),
])
def test_a_card_issuer_that_reports_fraud_is_how_the_merchant_learns(text: str, lang: str) -> None:
    assert ("discovery", "2025-09-22") in days(text, lang, dt.date(2025, 10, 1))


def test_a_researcher_who_admits_what_a_hacker_did_discloses_nothing() -> None:
    assert not fr("Le chercheur a reconnu le 5 avril 2024 qu'un pirate avait copié les dossiers.")


@pytest.mark.parametrize("text", [
    "Le 7 décembre 2025, le compte compromis a été bloqué.",
    "Le 7 décembre 2025, le compte piraté a été désactivé.",
    "Le 7 décembre 2025, les serveurs chiffrés ont été isolés du réseau.",
    "Dès la détection de l'intrusion, le 7 décembre 2025, les serveurs ont été placés en maintenance.",
])
def test_a_breach_participle_after_its_noun_names_the_thing_the_verb_acts_on(text: str) -> None:
    got = fr(text, dt.date(2025, 12, 20))
    assert ("containment", "2025-12-07") in got and not {k for k, _ in got if k.startswith("breach")}


@pytest.mark.parametrize("text", [
    "Le serveur a été piraté le 7 décembre 2025.",
    "La mairie piratée le 7 décembre 2025 a porté plainte.",
    "Le 7 décembre 2025, le compte de l'employé a été compromis.",
])
def test_a_breach_participle_that_is_the_verb_still_dates_the_breach(text: str) -> None:
    assert ("breach_start", "2025-12-07") in fr(text, dt.date(2025, 12, 20))


def test_a_bare_weekday_after_a_date_written_without_its_weekday_is_a_later_day() -> None:
    text = "La clinique a prévenu la police le 4 août 2025. Elle a saisi la CNIL lundi."
    assert ("notification_regulator", "2025-08-18") in fr(text, dt.date(2025, 8, 22))
