"""Reading families of issue 15 about what is not this incident's event: background, several
incidents, guessed years. Sentences written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_check import check_text
from timeline_check.model import iso
from helpers import days as events


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # a reporting period is no end of the incident, nor of anything of ours
    ("On April 6, 2024, Teal Corp detected a ransomware attack on its network. It does not expect the incident "
     "to weigh on its results for the three months ended June 30, 2024.", "en", {("discovery", "2024-04-06")}),
    ("Teal Corp's accounts for the fiscal year ending September 30, 2024 will be late because the intrusion "
     "that began on August 3, 2024 halted its ledgers.", "en", {("breach_start", "2024-08-03")}),
    ("Le 6 avril 2024, la société a détecté une attaque par rançongiciel. Elle n'attend aucun effet de "
     "l'incident sur l'exercice clos le 30 juin 2024.", "fr", {("discovery", "2024-04-06")}),
    # the organisation's history and another party's acts
    ("Wren Bank went public in 2021 and bought a payments firm in 2022. On March 3, 2024, Wren Bank "
     "discovered that an intruder had accessed its servers.", "en", {("discovery", "2024-03-03")}),
    ("In 2019 the hospital paid $1.2 million to close an older OCR case. On March 3, 2024, the hospital "
     "discovered unauthorized access to its email.", "en", {("discovery", "2024-03-03")}),
])
def test_background_dates_no_event(text: str, lang: str, expected: set[tuple[str, str]]) -> None:
    assert events(text, lang) == expected


def test_a_guessed_year_makes_a_late_notice_a_warning() -> None:
    text = ("Published February 5, 2024\n\nCove Dental discovered on November 2 that an intruder had read its "
            "billing files on October 1. It wrote to patients on January 30.")
    report = check_text(text, lang="en", regimes=("HIPAA",))
    late = [f for f in report.findings if f.rule == "hipaa/individual-notice"]
    assert [f.severity for f in late] == ["warning"] and "does not give the year of November 2" in late[0].message
    stated = text.replace("November 2 ", "November 2, 2023, ").replace("January 30", "January 30, 2024")
    assert [f.severity for f in check_text(stated, lang="en", regimes=("HIPAA",)).findings
            if f.rule == "hipaa/individual-notice"] == ["error"]


def test_a_dated_story_reads_its_weekdays_from_its_dateline() -> None:
    text = "Published March 10, 2024\n\nHarbor Clinic said on Tuesday that it found the breach on Friday."
    report = check_text(text, lang="en", date=dt.date(2024, 3, 10))
    assert ("discovery", "2024-03-08") in {(e.kind, iso(e.earliest)) for e in report.events}


@pytest.mark.parametrize(("text", "day"), [
    ("On June 3, 2019, the practice disposed of boxes of paper charts in an open dumpster.", "2019-06-03"),
    ("On May 8, 2017, a clerk responded to a phishing email, compromising the records of 900 patients.", "2017-05-08"),
    ("On March 2, 2018, Elm Clinic, the covered entity, was subjected to a cyber-attack that reached its billing data.",
     "2018-03-02"),
    ("On July 1, 2016, an employee transmitted an email to patients with every address visible.", "2016-07-01"),
])
def test_acts_of_a_breach_told_by_their_verbs(text: str, day: str) -> None:
    """Dates that were listed as ``no_event`` over real descriptions: the acts' verbs are breach words."""
    report = check_text(text, lang="en")
    assert {(e.kind, iso(e.earliest)) for e in report.events} == {("breach_start", day)}
    assert report.unplaced == ()


def test_initials_in_a_name_do_not_end_its_sentence() -> None:
    """"T.J. Samson" as "J. Samson": the opening date reaches the verb after the name."""
    text = "On May 2, 2019, the covered entity (CE), R.K. Alder Family Care, discovered that a clerk had emailed charts."
    assert events(text) == {("discovery", "2019-05-02")}


def _findings(text: str, lang: str = "en") -> list[tuple[str, str]]:
    return [(f.severity, f.rule) for f in check_text(text, lang=lang).findings if f.category == "order"]


@pytest.mark.parametrize(("text", "lang"), [
    ("On March 3, 2018, Alder Clinic discovered that a clerk had emailed patient charts on March 9, 2018. "
     "In a separate incident, a laptop was stolen from a nurse's car on May 9, 2016.", "en"),
    ("Le 3 mars 2018, la clinique a découvert qu'un pirate avait accédé aux dossiers des patients le 9 mars 2018. "
     "Dans un autre incident, un ordinateur a été volé le 9 mai 2016.", "fr"),
])
def test_another_incident_told_as_such_leaves_this_ones_order_an_error(text: str, lang: str) -> None:
    """Each incident is reasoned on its own: the discovery before the emailing is an error, and
    the other incident's theft is ordered against nothing of this one."""
    assert _findings(text, lang) == [("error", "order/discovery-before-breach")]


def test_no_order_across_incidents() -> None:
    text = ("On March 3, 2018, Alder Clinic discovered that a clerk had emailed patient charts on March 1, 2018. "
            "In a separate incident, a laptop was stolen from a nurse's car on May 9, 2019.")
    assert _findings(text) == []
    assert len([e for e in check_text(text, lang="en").events if e.kind == "breach_start"]) == 2


@pytest.mark.parametrize(("text", "lang"), [
    ("On June 4, 2021, Birch Pediatrics learned that a clerk had faxed charts to the wrong office on June 1, 2021, "
     "and it wrote to the families on July 6, 2021.\n\nA second incident occurred on March 9, 2020, when a billing "
     "vendor left claims files on an open server. The vendor told the practice on April 20, 2020. Birch reported it "
     "to HHS on May 28, 2020.", "en"),
    ("Le 4 juin 2021, la clinique a appris qu'une secrétaire avait envoyé des dossiers au mauvais cabinet le "
     "1er juin 2021 ; elle a écrit aux familles le 6 juillet 2021.\n\nUn second incident s'est produit le 9 mars "
     "2020 : un prestataire a laissé des fichiers sur un serveur ouvert. Il a prévenu la clinique le 20 avril 2020. "
     "La clinique a notifié la CNIL le 28 mai 2020.", "fr"),
])
def test_a_paragraph_that_opens_on_another_incident_tells_of_it_to_its_end(text: str, lang: str) -> None:
    """The sentences after "A second incident occurred ..." in its paragraph are that incident's:
    its notice, a year before this incident's discovery, is ordered against nothing of this one."""
    assert _findings(text, lang) == []


def test_a_sentence_about_both_incidents_ends_the_other_ones_paragraph() -> None:
    text = ("On June 4, 2021, Birch Pediatrics learned that a clerk had faxed charts to the wrong office on June 1, 2021."
            "\n\nIn a separate incident, a laptop was stolen from a nurse's car on March 9, 2021. After both incidents, "
            "Birch wrote to the families on June 2, 2021.")
    assert _findings(text) == [("error", "order/notice-before-discovery")]


@pytest.mark.parametrize(("text", "lang"), [
    ("Published February 5, 2024\n\nCove Dental said it discovered on March 3 that an intruder had read billing files.",
     "en"),
    ("Publié le 5 février 2024\n\nLa clinique a découvert le 3 mars qu'un pirate avait consulté des dossiers.", "fr"),
])
def test_a_past_event_without_a_year_is_not_after_the_texts_date(text: str, lang: str) -> None:
    report = check_text(text, lang=lang)
    assert events(text, lang) == {("discovery", "2023-03-03")}
    assert [f.rule for f in report.findings if f.category == "order"] == []


def test_a_planned_event_without_a_year_may_come_after_the_texts_date() -> None:
    text = "Published February 5, 2024\n\nCove Dental will notify patients on March 3. It discovered the breach on January 20."
    assert ("notification_individuals", "2024-03-03") in events(text)


def test_a_breach_told_in_addition_is_another_incident_and_no_order_crosses_it() -> None:
    text = ("On March 2, 2021, a member told the plan that she could see other members' claims. In addition, on "
            "June 9, 2022, a clerk of the plan emailed a list of members to a wrong address.")
    doc = check_text(text, lang="en")
    assert not [f for f in doc.findings if f.rule.startswith("order/")]
    notice = "The plan found the attack on March 2, 2021. In addition, it notified the members on April 1, 2021."
    assert ("notification_individuals", "2021-04-01") in {(e.kind, iso(e.earliest)) for e in check_text(notice, lang="en").events}
