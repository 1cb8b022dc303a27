"""Issue 15 (h/read4): an act whose completion a relative clause after a comma dates ("..., which was
confirmed on August 30") takes that date; a clause that names another party's act does not.
Sentences written for the test."""

from __future__ import annotations

import pytest

from timeline_check import check_text
from timeline_check.model import iso
from helpers import days as kinds


@pytest.mark.parametrize("done", [
    "The plan asked two search engines to have the cached pages removed, which was confirmed on August 30, 2017.",
    "The practice had the exposed folder taken offline, which was completed on August 30, 2017.",
])
def test_a_completion_clause_dates_the_act_before_it(done: str) -> None:
    assert ("containment", "2017-08-30") in kinds(done)


def test_without_a_comma_the_clause_dates_nothing_before_it() -> None:
    assert ("containment", "2017-08-30") not in kinds(
        "The plan had the cached pages removed after a review which was completed on August 30, 2017.")


def test_a_clause_told_by_another_party_dates_nothing() -> None:
    assert kinds("The clinic told OCR about the theft, which was confirmed by police on August 30, 2017.") == set()


@pytest.mark.parametrize("fast", [
    "The clinic changed the mailbox password within 45 minutes of discovering the attack.",
    "The clinic disabled the account within 45 minutes.",
    "Passwords were changed for all staff within 30 minutes.",
])
def test_a_step_taken_within_minutes_of_the_discovery_is_dated_by_it(fast: str) -> None:
    got = {(e.kind, iso(e.earliest), iso(e.latest)) for e in check_text(
        "On December 12, 2018, the clinic discovered the intrusion. " + fast, lang="en").events}
    assert ("containment", "2018-12-12", "2018-12-13") in got


def test_changing_something_else_is_no_containment() -> None:
    assert kinds("On December 12, 2018, the employee changed her home address in the portal.") == set()
