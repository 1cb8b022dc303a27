"""Families of issue 15 read in this module's sentences (written for the test): the stages of
discovery, a filing's words for when its registrant learned of an incident, other parties."""

from __future__ import annotations

import pytest

from timeline_check import check_text
from timeline_check.model import iso
from helpers import events

FILING = "Filed with the SEC on 2025-06-12.\nItem 1.05 Material Cybersecurity Incidents.\n"


@pytest.mark.parametrize("body", [
    "On June 6, 2025, Larkspur Foods, Inc. experienced a network outage caused by a ransomware attack.",
    "On June 6, 2025, Larkspur Foods, Inc. (the “Company”) experienced a cybersecurity incident on part of its network.",
    "On June 6, 2025, the Registrant was the target of a ransomware attack on its ordering platform.",
    "Larkspur Foods, Inc. determined on June 6, 2025, that it experienced a cybersecurity incident in its plants.",
    "Larkspur Foods detected what was later determined to be an intrusion into its network on June 6, 2025.",
    "As previously disclosed, on June 6, 2025, Larkspur Foods became aware that an outsider had entered its network.",
    "On June 6, 2025, Larkspur Foods received an email communication from a threat actor claiming to hold its files.",
    "On\nJune 6, 2025\n,\nLarkspur\nFoods, Inc. (the “Company”) became aware of a cybersecurity incident on its website.",
])
def test_a_filing_dates_its_discovery(body: str) -> None:
    assert events(FILING + body) == {("discovery", "2025-06-06", "2025-06-06")}


def test_having_an_incident_outside_a_filing_is_the_breach() -> None:
    text = "On October 3, 2015, the covered entity, a home care agency, experienced a ransomware incident."
    assert ("discovery", "2015-10-03", "2015-10-03") not in events(text)


@pytest.mark.parametrize("finding", [
    "the Company determined that the incident was reasonably likely to be material.",
    "the Company determined that it had experienced a material cybersecurity incident.",
    "the Company concluded that the incident is reasonably likely to materially affect its results.",
])
def test_a_filing_s_materiality_determination_is_no_discovery(finding: str) -> None:
    text = FILING + f"On June 2, 2025, the Company detected unusual activity in its billing system. On June 9, 2025, {finding}"
    assert events(text) == {("discovery", "2025-06-02", "2025-06-02"), ("determination", "2025-06-09", "2025-06-09")}


def test_a_fiscal_period_ended_is_no_end_of_the_breach() -> None:
    text = FILING + ("On June 6, 2025, the Company experienced a ransomware incident. The Company does not expect "
                     "it to weigh on its results for the three months ended June 30, 2025.")
    assert events(text) == {("discovery", "2025-06-06", "2025-06-06")}


def test_electing_to_isolate_systems_is_containment() -> None:
    text = FILING + "On June 8, 2025, the Company elected to isolate its plant systems from the Internet."
    assert ("containment", "2025-06-08", "2025-06-08") in events(text)


@pytest.mark.parametrize(("text", "lang"), [
    ("On March 3, 2024, Pinecrest Dental detected unusual activity on its scheduling server. On March 19, 2024, "
     "it learned that an unauthorized party had accessed patient files.", "en"),
    ("On March 3, 2024, Pinecrest Dental found an intrusion into its scheduling server. On March 19, 2024, "
     "it identified three spreadsheets that held the names of patients.", "en"),
    ("Le 3 mars 2024, la clinique a détecté une activité inhabituelle sur son serveur. Le 19 mars 2024, elle a "
     "appris qu'un tiers non autorisé avait consulté des dossiers de patients.", "fr"),
])
def test_a_later_finding_is_a_determination_not_a_second_discovery(text: str, lang: str) -> None:
    report = check_text(text, lang=lang)
    assert {(e.kind, iso(e.earliest)) for e in report.events if e.kind in ("discovery", "determination")} == {
        ("discovery", "2024-03-03"), ("determination", "2024-03-19")}
    assert not [f for f in report.findings if f.rule.startswith("conflict/")]


def test_one_discovery_told_twice_with_two_dates_stays_a_conflict() -> None:
    report = check_text("Pinecrest discovered the breach on March 3, 2024. Pinecrest discovered the breach on "
                        "March 19, 2024.", lang="en")
    assert [f.rule for f in report.findings if f.rule.startswith("conflict/")] == ["conflict/one-event-two-dates"]


@pytest.mark.parametrize(("text", "lang"), [
    ("The breach was reported as discovered on June 5, 2023, but the hospital had in fact learned of it on "
     "May 2, 2023.", "en"),
    ("L'incident a été présenté comme découvert le 5 juin 2023, mais l'hôpital en avait pris connaissance le "
     "2 mai 2023.", "fr"),
])
def test_a_date_the_text_calls_wrong_is_not_the_discovery(text: str, lang: str) -> None:
    assert {(k, a) for k, a, _ in events(text, lang)} == {("discovery", "2023-05-02")}


@pytest.mark.parametrize("text", [
    "Fernhill Clinic learned of the intrusion when notified by the Federal Bureau of Investigation on May 27, 2016.",
    "On September 29, 2015, two laptops of Fernhill Clinic were reported missing from its billing office.",
    "On May 27, 2016, an access audit revealed that a clerk at Fernhill Clinic had opened the charts of 40 patients.",
    "In late May 2016, staff at Fernhill Clinic began reporting suspicious emails to the help desk.",
    "On May 27, 2016, after being alerted that some files would not open, Fernhill Clinic detected ransomware.",
])
def test_how_the_organisation_first_learned_is_its_discovery(text: str) -> None:
    assert {k for k, _, _ in events(text)} == {"discovery"}


def test_learning_upon_which_the_organisation_acted_keeps_the_date() -> None:
    text = ("On May 22, 2018, upon discovering that an outsider had read an inbox, the clinic told its IT "
            "department.")
    assert ("discovery", "2018-05-22", "2018-05-22") in events(text)


def test_a_fronted_clause_after_the_date_is_set_off_in_french() -> None:
    text = ("Le 1er août 2016, après avoir été alertée que des fichiers ne s'ouvraient plus, la clinique a "
            "détecté un rançongiciel sur deux serveurs.")
    assert events(text, "fr") == {("discovery", "2016-08-01", "2016-08-01")}


def test_a_regulator_receiving_a_report_is_the_notice_to_it() -> None:
    text = ("OCR received a report from Birch Clinic on April 9, 2015 about a thumb drive a nurse had lost in "
            "February.")
    assert ("notification_regulator", "2015-04-09", "2015-04-09") in events(text)


def test_a_regulator_told_of_something_else_is_no_notice() -> None:
    text = "On March 6, 2018, OCR received a report from the owner of the practice that it had closed for good."
    assert not {k for k, _, _ in events(text)} & {"notification_regulator", "discovery"}


def test_a_clause_joined_after_a_notice_s_date_does_not_take_it() -> None:
    text = ("Birch Clinic sent notices to patients, to the press and to HHS on August 19, 2016, and also "
            "reported the theft to the state police.")
    kinds = {k for k, d, _ in events(text) if d == "2016-08-19"}
    assert {"notification_regulator", "notification_individuals", "notification_media"} <= kinds


def test_a_clause_joined_after_a_date_takes_it_when_nothing_before_does() -> None:
    text = "A temp worker posed as a nurse from June 1, 2015, to May 13, 2016, and viewed charts she had no need to see."
    assert events(text) == {("breach_start", "2015-06-01", "2015-06-01"), ("breach_end", "2016-05-13", "2016-05-13")}


@pytest.mark.parametrize(("text", "lang"), [
    ("Northgate Bank found the breach on 2 March 2024. The FCA was informed on 5 March 2024.", "en"),
    ("Northgate Bank found the breach on 2 March 2024 and told the Financial Conduct Authority on 5 March 2024.", "en"),
    ("Northgate Bank found the breach on 2 March 2024 and notified the New York State Department of Financial "
     "Services on 5 March 2024.", "en"),
    ("Northgate Bank found the breach on 2 March 2024. It wrote to the Office of the Attorney General of Ohio on "
     "5 March 2024.", "en"),
    ("Northgate Bank found the breach on 2 March 2024. It notified the Autoriteit Persoonsgegevens on 5 March 2024.",
     "en"),
    ("La mutuelle a découvert la violation le 2 mars 2024. Elle a notifié la Commission nationale de "
     "l'informatique et des libertés (CNIL) le 5 mars 2024.", "fr"),
    ("La banque a découvert la violation le 2 mars 2024. L'ACPR a été informée le 5 mars 2024.", "fr"),
])
def test_a_regulator_named_in_full_is_told_not_learning(text: str, lang: str) -> None:
    assert {(k, a) for k, a, _ in events(text, lang)} == {("discovery", "2024-03-02"),
                                                          ("notification_regulator", "2024-03-05")}


def test_the_organisation_s_own_team_is_no_other_party() -> None:
    text = ("On 2 March 2024, the Security Operations Centre (SOC) of Harbor Bank detected odd logins. On 9 March "
            "2024, the SOC learned that an outsider had copied card files.")
    assert {(k, a) for k, a, _ in events(text)} == {("discovery", "2024-03-02"), ("determination", "2024-03-09")}


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Elm Clinic found the breach on March 1, 2024. It did not send letters to patients and to HHS until July 15, "
     "2024 and July 20, 2024, respectively.", "en",
     {("notification_individuals", "2024-07-15"), ("notification_regulator", "2024-07-20")}),
    ("Elm Clinic found the breach on March 1, 2024. Notification letters did not go out until July 15, 2024.", "en",
     {("notification_individuals", "2024-07-15")}),
    ("La clinique a découvert la violation le 1er mars 2024. Les lettres n'ont été envoyées aux patients que le "
     "15 juillet 2024.", "fr", {("notification_individuals", "2024-07-15")}),
])
def test_notices_given_late_said_in_the_negative(text: str, lang: str, expected: set[tuple[str, str]]) -> None:
    assert {(k, a) for k, a, _ in events(text, lang) if k.startswith("notification_")} == expected


@pytest.mark.parametrize(("text", "lang", "regimes"), [
    ("Maple Grove Pediatrics, a clinic in Ohio, found on May 2, 2024 that an outsider had read the treatment "
     "history of 900 patients.", "en", ["HIPAA"]),
    ("The retailer said the breach did not involve protected health information. It found the breach on "
     "May 2, 2024.", "en", []),
    ("Le centre hospitalier de Rouen a découvert le 2 mai 2024 qu'un pirate avait copié des dossiers de patients.",
     "fr", ["GDPR"]),
    ("Le centre hospitalier de Montréal a découvert le 2 mai 2024 qu'un pirate avait copié des dossiers.", "fr", []),
])
def test_which_law_applies_from_context(text: str, lang: str, regimes: list[str]) -> None:
    assert [m.name for m in check_text(text, lang=lang).regimes] == regimes
