"""The explicit dates that date no event, each with its reason (issue 15: show what was not understood)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from timeline_check import check_text
from timeline_check.cli import cli
from timeline_check.model import UNPLACED_REASONS
from timeline_check.report import html, text
from timeline_check.model import Report


def unplaced(narrative: str, lang: str = "en") -> list[tuple[str, str]]:
    return [(u.text, u.reason) for u in check_text(narrative, lang=lang).unplaced]


@pytest.mark.parametrize(("narrative", "lang", "expected"), [
    # the organisation's history: listed, and no event of the incident
    ("Orchard Labs went public in 2020. It found the intrusion on May 4, 2024.", "en", [("2020", "background")]),
    ("Orchard Labs acquired a billing firm in 2022. It found the intrusion on May 4, 2024.", "en", [("2022", "background")]),
    ("In 2018 the practice paid $400,000 to resolve an earlier complaint. It found the intrusion on May 4, 2024.", "en",
     [("2018", "background")]),
    ("La mutuelle a été introduite en bourse en 2019. Elle a découvert l'intrusion le 4 mai 2024.", "fr",
     [("2019", "background")]),
    ("It found the intrusion on May 4, 2024. As of June 30, 2024, the practice ceased doing business.", "en",
     [("June 30, 2024", "background")]),
    ("It found the intrusion on May 4, 2024. The billing vendor was purchased by a larger firm in June 2024.", "en",
     [("June 2024", "background")]),
    ("It found the intrusion on May 4, 2024. The clinic was sold to a regional group, then permanently closed on "
     "June 30, 2024.", "en", [("June 30, 2024", "background")]),
    ("It found the intrusion on May 4, 2024. On May 9, 2024, the clinic contracted with a vendor to assist with "
     "call handling.", "en", [("May 9, 2024", "remedy")]),
    # a law's date, a fiscal period, patients' care
    ("Privacy law of 6 January 1978 applies. It found the intrusion on May 4, 2024.", "en", [("6 January 1978", "law")]),
    ("La loi du 6 janvier 1978 s'applique. Elle a découvert l'intrusion le 4 mai 2024.", "fr", [("6 janvier 1978", "law")]),
    ("Sales for the quarter ended March 31, 2024 rose. It found the intrusion on May 4, 2024.", "en",
     [("March 31, 2024", "fiscal")]),
    ("The files held notes on patients seen between 2019 and 2021. It found the intrusion on May 4, 2024.", "en",
     [("between 2019 and 2021", "treatment")]),
    ("Les dossiers portaient sur des patients soignés entre 2019 et 2021. Elle a découvert l'intrusion le 4 mai 2024.",
     "fr", [("entre 2019 et 2021", "treatment")]),
    # another party's act, a thing a date names, a date no event word dates
    ("OCR opened a compliance review on June 4, 2024. It found the intrusion on May 4, 2024.", "en",
     [("June 4, 2024", "outsider")]),
    ("It found the intrusion on May 4, 2024. In June 2024, OCR opened a compliance review.", "en",
     [("June 2024", "outsider")]),
    # what was done after it, so that it does not happen again
    ("It found the intrusion on May 4, 2024. All staff were retrained by June 14, 2024.", "en",
     [("June 14, 2024", "remedy")]),
    ("Elle a découvert l'intrusion le 4 mai 2024. Elle a formé son personnel le 14 juin 2024.", "fr",
     [("14 juin 2024", "remedy")]),
    # a regulator named after a word or two of its own, a guideline's adoption, a notification supplemented
    ("It found the intrusion on May 4, 2024. On 10 August 2024, the Danish Data Protection Agency's secretariat "
     "published a note.", "en", [("10 August 2024", "outsider")]),
    ("It found the intrusion on May 4, 2024. The guidance was last revised by the Article 29 Working Party on "
     "February 6, 2018.", "en", [("February 6, 2018", "outsider")]),
    ("It found the intrusion on May 4, 2024. The company supplemented its notification on 2 June 2024.", "en",
     [("2 June 2024", "proceedings")]),
    ("Elle a découvert l'intrusion le 4 mai 2024. Une notification complémentaire a suivi le 2 juin 2024.", "fr",
     [("2 juin 2024", "proceedings")]),
    ("It found the intrusion on May 4, 2024. Its deadline for compliance with our ruling falls on 6 January 2025.", "en",
     [("6 January 2025", "compliance")]),
    # a duty not met, or met late, over a period
    ("The hospital did not conduct an accurate risk analysis between 2013 and 2017. It found the intrusion on "
     "May 4, 2024.", "en", [("between 2013 and 2017", "compliance")]),
    ("Its nurses kept using unencrypted tablets until 2019. It found the intrusion on May 4, 2024.", "en",
     [("2019", "compliance")]),
    ("It found the intrusion on May 4, 2024. The vendor agreed to complete an inventory of its servers by "
     "December 31, 2024.", "en", [("December 31, 2024", "compliance")]),
    ("L'hôpital n'a pas réalisé d'analyse de risques entre 2013 et 2017. Elle a découvert l'intrusion le 4 mai 2024.",
     "fr", [("entre 2013 et 2017", "compliance")]),
    ("The staff picnic was on July 9, 2023. It found the intrusion on May 4, 2024.", "en", [("July 9, 2023", "no_event")]),
])
def test_a_date_set_aside_says_why(narrative: str, lang: str, expected: list[tuple[str, str]]) -> None:
    report = check_text(narrative, lang=lang)
    assert [(u.text, u.reason) for u in report.unplaced] == expected
    assert {e.kind for e in report.events} == {"discovery"}


def test_a_separate_incident_is_another_incidents_date() -> None:
    assert unplaced("In an unrelated matter, the pharmacy held a town meeting on March 2, 2023. "
                    "It found the intrusion on May 4, 2024.") == [("March 2, 2023", "other_incident")]


def test_placed_dates_are_not_listed_and_every_reason_is_known() -> None:
    report = check_text("Fern Clinic went public in 2020. The clinic discovered on May 4, 2024 that an outsider had "
                        "accessed a server, and notified patients on June 1, 2024. The picnic was on July 9, 2023.", lang="en")
    assert [u.text for u in report.unplaced] == ["2020", "July 9, 2023"]
    assert all(u.reason in UNPLACED_REASONS for u in report.unplaced)
    line, column = report.unplaced[0].line, report.unplaced[0].column
    assert (line, column) == (1, 28)


def test_unplaced_dates_in_json_events_and_html(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "n.txt"
    path.write_text("Fern Clinic went public in 2020.\nThe clinic found the intrusion on May 4, 2024.\n", encoding="utf-8")
    out = CliRunner().invoke(cli, ["check", "--format", "json", str(path)]).output
    doc = json.loads(out)["documents"][0]
    assert doc["unplaced"] == [{"text": "2020", "reason": "background", "line": 1, "column": 28, "start": 27, "end": 31}]
    table = CliRunner().invoke(cli, ["events", str(path)]).output
    assert "(background)" in table and "2020" in table
    report = Report((check_text(path.read_text(encoding="utf-8"), lang="en", path=str(path)),))
    page = html.render(report)
    assert "Dates read but not placed on the timeline" in page and "the organisation&#x27;s history" in page
    assert "(background)" in text.events_table(report)


def test_a_compliance_date_has_its_words_in_the_html_page() -> None:
    narrative = ("The practice did not conduct a risk analysis between 2015 and 2018. "
                 "The clinic found the intrusion on May 4, 2024.")
    report = Report((check_text(narrative, lang="en", path="n.txt"),))
    assert [u.reason for u in report.documents[0].unplaced] == ["compliance"]
    assert "a duty not met over a period" in html.render(report)
