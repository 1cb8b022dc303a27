"""Families read in documents written as editors and compliance staff write them (issue 15, h/edit2):
a same-day phrase set off after a date restates it, a form's dated fields under a long heading
are sentences of their own, and letters to a counted group "went out"; sentences written for the test."""

from __future__ import annotations

import pytest

from timeline_check import check_text
from helpers import days


def _loud(text: str, lang: str) -> list[str]:
    return sorted(f.rule for f in check_text(text, lang=lang).findings if f.severity in ("error", "warning"))


@pytest.mark.parametrize(("text", "lang", "day"), [
    ("The team found the breach on May 4, 2026. The review ended on May 20, 2026. We treat May 4, 2026, "
     "the day the team found the breach, as the date of discovery.", "en", "2026-05-04"),
    ("The clinic learned of the intrusion on August 30, 2026. Forensics ended on October 2, 2026. Counsel "
     "took August 30, 2026, the day the clinic learned of the intrusion, as the start of every clock.", "en",
     "2026-08-30"),
    ("L'enquête s'est terminée le 20 mai 2026. Nous retenons le 4 mai 2026, le jour même où le personnel "
     "a découvert la fuite, comme date de prise de connaissance.", "fr", "2026-05-04"),
])
def test_a_same_day_phrase_apposed_to_a_date_restates_it_and_counts_from_no_other_event(
        text: str, lang: str, day: str) -> None:
    assert _loud(text, lang) == []
    assert ("discovery", day) in days(text, lang)


def test_an_apposed_day_that_gives_another_date_still_conflicts() -> None:
    text = ("The team found the breach on May 4, 2026. The review ended on May 20, 2026. We treat May 6, 2026, "
            "the day the team found the breach, as the date of discovery.")
    assert _loud(text, "en") == ["conflict/one-event-two-dates"]


@pytest.mark.parametrize(("text", "lang", "kind", "day"), [
    ("2. Champs du formulaire de notification en ligne (téléservice de la CNIL)\n"
     "Date de début de la violation : 26/01/2026\nDate de fin de la violation : 03/02/2026\n", "fr",
     "breach_start", "2026-01-26"),
    ("Section B. Fields of the online breach reporting form of the state attorney general\n"
     "Date breach began: 01/26/2026\nDate breach discovered: 02/03/2026\n", "en", "breach_start", "2026-01-26"),
    ("Rubriques reprises du formulaire déposé auprès de l'autorité de contrôle le 5 février\n"
     "Date de prise de connaissance : 3 février 2026\n", "fr", "discovery", "2026-02-03"),
])
def test_a_dated_field_under_a_long_heading_is_a_sentence_of_its_own(text: str, lang: str, kind: str, day: str) -> None:
    assert (kind, day) in days(text, lang)


def test_a_long_wrapped_line_before_a_capitalised_line_with_no_dated_field_still_runs_on() -> None:
    text = ("On March 3, 2026, the clinic learned that an employee had sent a spreadsheet of patient\n"
            "Names and account numbers to a personal address.")
    assert ("discovery", "2026-03-03") in days(text)


@pytest.mark.parametrize("text", [
    "Staff found the breach on May 4, 2026. Letters to about TK customers went out on June 10, 2026.",
    "Staff found the breach on May 4, 2026. Letters to roughly 4,000 former members went out on June 10, 2026.",
    "Staff found the breach on May 4, 2026. Letters to all affected employees were mailed on June 10, 2026.",
])
def test_letters_to_a_counted_group_going_out_are_the_notice_to_individuals(text: str) -> None:
    assert ("notification_individuals", "2026-06-10") in days(text)


@pytest.mark.parametrize(("text", "kind", "day"), [
    ("Fields\nDate breach began: 01/26/2026\nDate breach discovered: 02/03/2026\n", "breach_start", "2026-01-26"),
    ("Reporting form\nDate of discovery: February 3, 2026\nPeople affected: 812\n", "discovery", "2026-02-03"),
    ("Date incident detected: March 9, 2026\nSystems: payroll\n", "discovery", "2026-03-09"),
])
def test_a_short_form_field_for_an_event_at_the_top_is_no_dateline(text: str, kind: str, day: str) -> None:
    assert (kind, day) in days(text)
    assert ("publication", day) not in days(text, own=True)


def test_a_wrapped_line_opening_on_a_time_of_day_stays_in_its_sentence() -> None:
    text = ("After a long review of the logs and of the mailing lists kept by the billing office, staff learned on\n"
            "March 4, 2026 at 10:30 a.m. that a former employee had copied the patient list.")
    assert ("discovery", "2026-03-04") in days(text)
