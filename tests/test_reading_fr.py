"""Families of issue 15 read in French (and in English where the family exists there): periods,
anchored phrases, durations; each with sentences written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_check import check_text
from timeline_check.model import iso
from helpers import Spans, events



@pytest.mark.parametrize(("text", "date", "day"), [
    # the noun before the first participle and its date is what the second one says
    ("Une attaque informatique menée en juin 2024 et confirmée le 3 juillet 2024 a touché l'hôpital.", None, "2024-07-03"),
    ("Le groupe a porté plainte à cause d'une intrusion lancée durant l'été et confirmée le 12 septembre dernier.",
     dt.date(2021, 9, 15), "2021-09-12"),
])
def test_a_participle_coordinated_with_another_shares_its_noun(text: str, date: dt.date | None, day: str) -> None:
    assert ("discovery", day, day) in events(text, "fr", date)


def test_a_second_participle_names_nothing_without_a_breach_noun() -> None:
    text = "Une mise à jour publiée en juin 2024 et confirmée le 3 juillet 2024 a changé le logiciel."
    assert events(text, "fr") == set()


@pytest.mark.parametrize(("text", "lang", "day"), [
    ("Le cabinet a découvert la fuite le 3 mai 2022. Par un courriel du même jour, il a coupé l'accès au serveur.",
     "fr", "2022-05-03"),
    ("Le cabinet a découvert la fuite le 3 mai 2022. Par un courrier du lendemain, il a coupé l'accès au serveur.",
     "fr", "2022-05-04"),
])
def test_a_letter_of_the_same_or_next_day_dates_what_it_says(text: str, lang: str, day: str) -> None:
    assert ("containment", day, day) in events(text, lang)


@pytest.mark.parametrize(("text", "lang", "day"), [
    ("Le 3 octobre 2019, le praticien a pris les mesures utiles pour mettre fin à la violation.", "fr", "2019-10-03"),
    ("Le 8 mars 2023, l'éditeur du logiciel a mis un terme à l'intrusion.", "fr", "2023-03-08"),
    ("On 14 February 2020, the firm isolated the host and took steps to put an end to the personal data breach.",
     "en", "2020-02-14"),
])
def test_ending_the_breach_is_its_end_and_its_containment(text: str, lang: str, day: str) -> None:
    assert {("containment", day, day), ("breach_end", day, day)} <= events(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("Le 3 octobre 2019, la clinique a mis fin à l'accès du prestataire.", "fr"),
    ("On 3 October 2019, the clinic put an end to the vendor's remote session.", "en"),
])
def test_ending_something_else_is_a_containment_only(text: str, lang: str) -> None:
    assert "breach_end" not in {k for k, _, _ in events(text, lang)}


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # exposure and transfers over a period: a start and an end, in any position
    ("L'annuaire de l'association est resté accessible sur internet du 2 février 2021 au 9 mars 2021.", "fr",
     {("breach_start", "2021-02-02", "2021-02-02"), ("breach_end", "2021-03-09", "2021-03-09")}),
    ("Du 6 avril 2022 au 1er juin 2022, les fichiers de la crèche ont été transférés vers un serveur inconnu.", "fr",
     {("breach_start", "2022-04-06", "2022-04-06"), ("breach_end", "2022-06-01", "2022-06-01")}),
    ("Les résultats d'analyses étaient consultables en ligne entre le 4 et le 19 janvier 2022.", "fr",
     {("breach_start", "2022-01-04", "2022-01-04"), ("breach_end", "2022-01-19", "2022-01-19")}),
    ("Un comptable a fait suivre des bulletins de paie vers sa messagerie personnelle du 3 janvier au 14 avril 2022.",
     "fr", {("breach_start", "2022-01-03", "2022-01-03"), ("breach_end", "2022-04-14", "2022-04-14")}),
    ("La base des licenciés est restée en libre accès de janvier à avril 2020.", "fr",
     {("breach_start", "2020-01-01", "2020-01-31"), ("breach_end", "2020-04-01", "2020-04-30")}),
])
def test_periods_of_exposure_and_transfer(text: str, lang: str, expected: Spans) -> None:
    assert events(text, lang) == expected


def test_patients_moved_to_another_hospital_are_no_breach() -> None:
    text = "Pendant la panne, des patients ont été transférés vers un autre hôpital le 4 mars 2023."
    assert events(text, "fr") == set()


@pytest.mark.parametrize(("text", "lang", "day"), [
    ("Dans un courrier du 2 août 2022, la mutuelle a indiqué avoir corrigé la faille le 28 juillet 2022.", "fr",
     "2022-07-28"),
    ("On August 2, 2022, the retailer said it had patched the flaw on July 28, 2022.", "en", "2022-07-28"),
])
def test_an_opening_date_yields_to_the_words_own_date(text: str, lang: str, day: str) -> None:
    assert events(text, lang) == {("containment", day, day)}


@pytest.mark.parametrize(("text", "lang", "day"), [
    ("On May 1, 2024, the clinic learned of the attack of April 28.", "en", "2024-05-01"),
    ("Le 1er mai 2024, la clinique a appris l'existence de la fuite du 28 avril.", "fr", "2024-05-01"),
])
def test_a_date_named_by_a_genitive_leaves_the_opening_date(text: str, lang: str, day: str) -> None:
    assert ("discovery", day, day) in events(text, lang)


def test_a_notice_made_before_the_authority_is_to_the_regulator() -> None:
    text = "Le 15 juin 2021, l'office a procédé à une notification de violation auprès de la CNIL."
    assert events(text, "fr") == {("notification_regulator", "2021-06-15", "2021-06-15")}


@pytest.mark.parametrize(("text", "lang"), [
    ("The outage lasted between October 9, 2023 and September 14, 2023 at the depot.", "en"),
    ("Les accès suspects ont eu lieu entre le 9 octobre 2023 et le 14 septembre 2023.", "fr"),
    ("Les fichiers ont été copiés du 12 mai 2022 au 3 avril 2022.", "fr"),
])
def test_a_range_written_backwards_is_a_date_error(text: str, lang: str) -> None:
    found = [(f.rule, f.severity) for f in check_text(text, lang=lang).findings if f.category == "date"]
    assert found == [("date/reversed-range", "error")]


@pytest.mark.parametrize(("text", "lang", "severity"), [
    # the first year inferred: maybe the year before, maybe backwards
    ("The files were copied between October 9 and September 14, 2023.", "en", ["warning"]),
    ("Les fichiers ont été copiés entre le 9 octobre et le 14 septembre 2023.", "fr", ["warning"]),
    # across New Year, a short range is usual
    ("The files were copied from December 28 to January 3, 2024.", "en", []),
    ("Les fichiers ont été copiés du 12 avril 2022 au 3 mai 2022.", "fr", []),
])
def test_a_range_read_into_the_year_before(text: str, lang: str, severity: list[str]) -> None:
    report = check_text(text, lang=lang)
    assert [f.severity for f in report.findings if f.rule == "date/reversed-range"] == severity


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # a date set off by a comma opens the "that" clause of a verb that is no event word
    ("A later review revealed that from March 2019 to May 2020, a nurse had viewed the charts of 312 patients.", "en",
     {("breach_start", "2019-03-01", "2019-03-31"), ("breach_end", "2020-05-01", "2020-05-31")}),
    ("L'audit a montré que, du 2 au 9 mai 2023, un salarié avait consulté sans motif les dossiers de 40 patients.", "fr",
     {("breach_start", "2023-05-02", "2023-05-02"), ("breach_end", "2023-05-09", "2023-05-09")}),
    # a word of telling that a breach word acts on is a noun, and holds no date
    ("The practice exposed the charts of 412 people by placing old printouts in a paper bin instead of a shred bin "
     "from June to August 2016.", "en",
     {("breach_start", "2016-06-01", "2016-06-30"), ("breach_end", "2016-08-01", "2016-08-31")}),
])
def test_periods_after_that_and_after_a_noun_object(text: str, lang: str, expected: Spans) -> None:
    assert events(text, lang) == expected


@pytest.mark.parametrize(("text", "lang"), [
    ("La CNIL a été informée par la presse le 24 février 2021 de la mise en ligne du fichier.", "fr"),
    ("L'autorité a été alertée par un journaliste le 2 mars 2022 qu'un tableur circulait.", "fr"),
    ("HHS was alerted by a journalist on March 3, 2021 that the spreadsheet was online.", "en"),
])
def test_a_regulator_told_by_the_press_is_no_notice_of_ours(text: str, lang: str) -> None:
    assert not {k for k, _, _ in events(text, lang)} & {"notification_regulator", "notification_media"}


def test_a_regulator_told_by_the_organisation_is_its_notice() -> None:
    assert events("La CNIL a été informée le 24 février 2021 par la clinique.", "fr") == {
        ("notification_regulator", "2021-02-24", "2021-02-24")}


@pytest.mark.parametrize(("text", "day"), [
    ("Les intrus étaient présents sur le réseau depuis le 2 mai 2022 et n'ont été repérés que le 20 mai 2022.",
     "2022-05-20"),
    ("Les premiers chiffrements ont été constatés le 11 janvier 2023 par l'équipe de garde.", "2023-01-11"),
    ("Aussitôt après le constat de l'intrusion, le 3 mai 2022, le service a isolé la messagerie.", "2022-05-03"),
])
def test_plural_participles_and_nouns_of_finding(text: str, day: str) -> None:
    assert ("discovery", day, day) in events(text, "fr")


@pytest.mark.parametrize(("text", "lang"), [
    # a regulator tells the organisation of the breach: how it learns of it
    ("Par un courriel du 2 octobre 2019, la délégation de contrôle a prévenu le cabinet, après l'avoir informé du "
     "caractère librement accessible de ses radiographies.", "fr"),
    ("Le 2 octobre 2019, la CNIL a informé l'association de la fuite de son fichier d'adhérents.", "fr"),
    ("On 2 October 2019, the CNIL informed the retailer that its order database was freely accessible.", "en"),
])
def test_a_regulator_telling_of_the_breach_is_the_organisations_discovery(text: str, lang: str) -> None:
    assert events(text, lang) == {("discovery", "2019-10-02", "2019-10-02")}


@pytest.mark.parametrize(("text", "lang"), [
    ("Le 2 octobre 2019, la CNIL a informé l'association du contrôle à venir.", "fr"),
    ("On 2 October 2019, the CNIL informed the retailer of its inspection.", "en"),
])
def test_a_regulator_telling_of_its_own_steps_is_no_event(text: str, lang: str) -> None:
    assert events(text, lang) == set()


def test_a_letter_of_the_same_day_dates_the_end_of_the_breach() -> None:
    text = ("Par un courriel du 2 octobre 2019, la CNIL a informé le cabinet de la fuite. Par un courriel du même jour, "
            "le praticien a répondu avoir pris les mesures utiles pour mettre fin à la violation.")
    assert events(text, "fr") >= {("discovery", "2019-10-02", "2019-10-02"), ("containment", "2019-10-02", "2019-10-02"),
                                  ("breach_end", "2019-10-02", "2019-10-02")}


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # the date of a short "until" clause is where the lasting act ended
    ("A scheduler viewed patient charts with no business need until she was terminated on June 9, 2020.", "en",
     {("breach_end", "2020-06-09", "2020-06-09")}),
    ("Un agent a consulté des fiches de patients sans motif jusqu'à son licenciement le 9 juin 2020.", "fr",
     {("breach_end", "2020-06-09", "2020-06-09")}),
    # "through" a means is no "until"
    ("The attacker gained access through a phishing email on May 3, 2022.", "en",
     {("breach_start", "2022-05-03", "2022-05-03")}),
])
def test_an_until_clause_ends_a_lasting_act(text: str, lang: str, expected: Spans) -> None:
    assert events(text, lang) == expected


@pytest.mark.parametrize(("text", "lang"), [
    ("In the incident report of October 24, 2019, the airline stated that an outsider had unauthorized access to its "
     "systems.", "en"),
    ("Dans son rapport du 24 octobre 2019, la société a indiqué qu'un tiers avait accédé à ses serveurs.", "fr"),
])
def test_a_reports_date_does_not_date_what_it_reports(text: str, lang: str) -> None:
    assert {k for k, _, _ in events(text, lang)} <= {"notification_regulator"}
    assert not {e for e in events(text, lang) if e[0] == "breach_start" and e[1] == "2019-10-24"}


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("The dental office was ransacked during the weekend of December 31, 2011.", "en",
     {("breach_start", "2011-12-31", "2012-01-01")}),
    ("Les locaux du cabinet ont été cambriolés le week-end du 31 décembre 2011.", "fr",
     {("breach_start", "2011-12-31", "2012-01-01")}),
    ("A laptop was stolen from the clinic over the weekend of Friday, June 7, 2019.", "en",
     {("breach_start", "2019-06-07", "2019-06-09")}),
    # a weekday is no weekend: the day as it is
    ("The office was ransacked during the weekend of Tuesday, June 4, 2019.", "en",
     {("breach_start", "2019-06-04", "2019-06-04")}),
])
def test_the_weekend_of_a_day(text: str, lang: str, expected: Spans) -> None:
    assert events(text, lang) == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # a stated length before a later act's date: the lasting act began that long before it
    ("The intruders remained inside the network for three days before deploying the encryptor on April 12, 2023.", "en",
     {("breach_start", "2023-04-09", "2023-04-10")}),
    ("Les pirates sont restés dans le réseau pendant neuf jours avant de chiffrer les serveurs le 12 avril 2023.", "fr",
     {("breach_start", "2023-04-03", "2023-04-04")}),
    # without "before", the date is the lasting act's own
    ("The intruders remained inside the network from April 3, 2023 for three days.", "en",
     {("breach_start", "2023-04-03", "2023-04-03")}),
])
def test_a_length_before_a_later_act(text: str, lang: str, expected: Spans) -> None:
    assert events(text, lang) == expected


def test_a_hacker_who_could_read_files_over_days_is_the_breach_s_range() -> None:
    text = "Selon la mutuelle, un pirate a pu consulter des dossiers d'adhérents entre le 2 et le 11 août 2024."
    found = {(e.kind, iso(e.earliest)) for e in check_text(text, lang="fr").events}
    assert {("breach_start", "2024-08-02"), ("breach_end", "2024-08-11")} <= found
