"""Phrasings of the hidden genres of issue 15 (wire stories, trade press, notice letters, 8-K
filings, compliance memos, fact-check notes), in sentences written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_check import check_text
from timeline_check.model import iso

STORY_DATE = dt.date(2025, 10, 17)  # a Friday


def events(text: str, lang: str = "en") -> set[tuple[str, str | None, bool]]:
    """(kind, first day, planned) of each event but the text's own date."""
    return {(e.kind, iso(e.earliest), all(m.future for m in e.mentions))
            for e in check_text(text, lang=lang, date=STORY_DATE).events if e.kind != "publication"}


@pytest.mark.parametrize(("text", "lang"), [
    ("Letters will go out starting Oct. 20.", "en"),
    ("Notification letters are expected to go out on Oct. 20.", "en"),
    ("The notices will go out on Oct. 20.", "en"),
    ("Les lettres aux patients seront envoyées le 20 octobre.", "fr"),
])
def test_a_modal_inside_the_event_phrase_makes_the_notice_planned(text: str, lang: str) -> None:
    # planned, so its year is not moved back before the text's date
    assert events(text, lang) == {("notification_individuals", "2025-10-20", True)}


@pytest.mark.parametrize(("text", "lang"), [
    ("Letters went out on Oct. 10.", "en"),
    ("Letters to the families went out on Oct. 10.", "en"),
    ("Les lettres ont été envoyées aux patients le 10 octobre.", "fr"),
])
def test_a_notice_sent_stays_done(text: str, lang: str) -> None:
    assert events(text, lang) == {("notification_individuals", "2025-10-10", False)}


@pytest.mark.parametrize("text", [
    "Medbill Partners told its hospital clients about the attack on Jan. 29, 2025.",
    "The software supplier notified the affected hospitals on Jan. 29, 2025.",
    "The claims processor notified its covered entity clients on Jan. 29, 2025.",
])
def test_a_vendor_telling_the_hospitals_it_serves_notifies_covered_entities(text: str) -> None:
    assert ("notification_covered_entity", "2025-01-29", False) in events(text)
    assert not any(kind == "notification_individuals" for kind, _, _ in events(text))


@pytest.mark.parametrize("text", [
    "Staff noticed odd traffic on Aug. 29 and cut the server off from the internet the same day.",
    "On Aug. 29 the practice disconnected the affected computers from the network.",
    "The file server was cut off from the network on Aug. 29.",
])
def test_cutting_a_machine_off_contains_the_breach(text: str) -> None:
    assert ("containment", "2025-08-29", False) in events(text)


@pytest.mark.parametrize("text", [
    "The shared folder had been publicly reachable since March 31.",
    "The backup was open to the internet from March 31 until June 9.",
    "The bucket had been visible to anyone holding the link since March 31.",
    "The tool found the drive had been exposed to the internet since March 31, when a setting changed.",
])
def test_data_left_open_to_anyone_dates_the_start_of_the_exposure(text: str) -> None:
    assert ("breach_start", "2025-03-31", False) in events(text)


@pytest.mark.parametrize(("text", "lang", "kind", "day"), [
    ("The clinic's report to the state attorney general gives Sept. 15 as the date it discovered the breach.",
     "en", "discovery", "2025-09-15"),
    ("The filing names Aug. 27 as the date of first access.", "en", "breach_start", "2025-08-27"),
    ("The letter lists Aug. 27 as the day the intruders first accessed the server.", "en", "breach_start", "2025-08-27"),
    ("Le formulaire adressé à la CNIL donne le 15 septembre comme date de la découverte de la violation.",
     "fr", "discovery", "2025-09-15"),
    ("Le rapport retient le 27 août comme date de l'intrusion dans le réseau.", "fr", "breach_start", "2025-08-27"),
])
def test_a_date_given_as_an_events_date_is_that_events(text: str, lang: str, kind: str, day: str) -> None:
    assert {(k, d) for k, d, _ in events(text, lang)} == {(kind, day)}


def _rows(*rows: str) -> str:
    return "| Date | Time | What happened |\n|---|---|---|\n" + "".join(f"| {r} |\n" for r in rows)


@pytest.mark.parametrize(("row", "kind"), [
    ("Tue 4 Mar 2025 | 21:10 | First successful sign-in from a foreign address", "breach_start"),
    ("Tue 4 Mar 2025 | 21:10 | Intruder signs in to the billing portal", "breach_start"),
    ("Tue 4 Mar 2025 | 08:00 | Help desk analyst notices forwarding rules on two mailboxes", "discovery"),
    ("Tue 4 Mar 2025 | 12:00 | Web shop placed in maintenance mode", "containment"),
    ("Tue 4 Mar 2025 | 17:00 | Mailbox review complete", "investigation_end"),
])
def test_a_terse_row_in_the_present_tense_names_its_event(row: str, kind: str) -> None:
    assert {(k, d) for k, d, _ in events(_rows(row))} == {(kind, "2025-03-04")}


def test_a_row_placing_a_site_in_maintenance_is_no_breach() -> None:
    assert not any(k.startswith("breach") for k, _, _ in events(_rows("Tue 4 Mar 2025 | 12:00 | Portal placed in maintenance mode")))


@pytest.mark.parametrize(("text", "lang"), [
    ("The developers traced the fault to a release deployed on April 2, 2025.", "en"),
    ("The exposure stemmed from a sharing change made on April 2, 2025.", "en"),
    ("The leak was traced back to a firewall rule added on April 2, 2025.", "en"),
    ("L'erreur provient d'une mise à jour installée le 2 avril 2025.", "fr"),
])
def test_a_fault_traced_to_a_dated_act_starts_the_breach_then(text: str, lang: str) -> None:
    assert {(k, d) for k, d, _ in events(text, lang)} == {("breach_start", "2025-04-02")}


@pytest.mark.parametrize("text", [
    "The delay resulted from a staffing change on April 2, 2025.",
    "The slow mailing was traced to a vendor backlog that began on April 2, 2025.",
])
def test_what_no_fault_is_traced_to_starts_no_breach(text: str) -> None:
    assert not any(k.startswith("breach") for k, _, _ in events(text))


@pytest.mark.parametrize("text", [
    "The health system was told by the software vendor on Aug. 12, 2025 that patient files were among those taken.",
    "The practice was told by its billing company on Aug. 12, 2025 that claim files had been copied.",
    "The plan was told by its claims processing company on Aug. 12, 2025 that member files had been copied.",
])
def test_a_covered_entity_told_by_its_vendor_learns_of_the_breach(text: str) -> None:
    assert {(k, d) for k, d, _ in events(text)} == {("discovery", "2025-08-12")}


_FILING = ("FORM 8-K/A\n\nItem 1.05. Material Cybersecurity Incidents.\n\nAs reported earlier, on March 2, 2025 "
           "the Company found ransomware on servers that run its plants. {impact}\n")


@pytest.mark.parametrize(("impact", "outcome"), [
    ("The Company now estimates that the attack lowered first-quarter net sales by about $9 million.", "present"),
    ("The Company has incurred about $3 million of expenses to restore its systems.", "present"),
    ("Two plants stopped for five days.", "missing"),
])
def test_an_amendments_figures_state_the_material_impact(impact: str, outcome: str) -> None:
    report = check_text(_FILING.format(impact=impact), lang="en", date=STORY_DATE)
    row = next(r for r in report.checklist if r.rule == "sec/notice-material-impact")
    assert row.outcome == outcome


@pytest.mark.parametrize(("text", "expected"), [
    ("Our review found the files were last accessed by the outsider on June 2, 2025.", {("breach_end", "2025-06-02")}),
    ("The intruder first accessed the server on May 28, 2025 and last accessed it on June 2, 2025.",
     {("breach_start", "2025-05-28"), ("breach_end", "2025-06-02")}),
])
def test_the_last_access_ends_the_breach(text: str, expected: set[tuple[str, str]]) -> None:
    assert {(k, d) for k, d, _ in events(text)} == expected


@pytest.mark.parametrize("text", [
    "The tablet was taken from a therapist's car on June 6, 2025 and reported to us on June 9.",
    "The therapist reported the loss to the privacy office on June 9, 2025.",
    "The loss of the tablet was reported to our compliance department on June 9, 2025.",
])
def test_a_report_inside_the_organisation_is_its_discovery(text: str) -> None:
    assert ("discovery", "2025-06-09") in {(k, d) for k, d, _ in events(text)}
    assert not any(k.startswith("notification") for k, _, _ in events(text))


def test_a_first_sign_in_starts_the_breach() -> None:
    text = "The credit union found the intrusion on April 2. The attacker had first signed in on March 27, it said."
    assert ("breach_start", "2025-03-27") in {(k, d) for k, d, _ in events(text)}
