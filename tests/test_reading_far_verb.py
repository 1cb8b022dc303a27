"""Issue 15 (h/read4): a breach verb far from its date: data taken over a range is a lasting act
(not a thing stolen at one moment within it), and a fronted clause of circumstance between the
date and the verb ("after the office closed for the evening") does not hold the date. Sentences
written for the test."""

from __future__ import annotations

import pytest

from helpers import events as kinds


@pytest.mark.parametrize("stole", [
    "Between December 2, 2024 and January 27, 2025, the intruders stole the records of 12,000 members.",
    "The review found that between December 2, 2024 and January 27, 2025, a criminal group stole patient data.",
    "From December 2, 2024 to January 27, 2025, the attackers were stealing files from the billing share.",
])
def test_data_stolen_over_a_range_is_a_lasting_breach(stole: str) -> None:
    got = kinds(stole)
    assert ("breach_start", "2024-12-02", "2024-12-02") in got and ("breach_end", "2025-01-27", "2025-01-27") in got


def test_a_thing_stolen_within_a_range_is_one_moment_in_it() -> None:
    assert kinds("Thieves stole a laptop between August 19 and August 20, 2024.") == {
        ("breach_start", "2024-08-19", "2024-08-20")}


@pytest.mark.parametrize("far", [
    "On March 3, 2025, after the office closed for the evening, burglars broke into the clinic.",
    "On March 3, 2025, once the nightly backups had finished, the attackers encrypted the file servers.",
    "On March 3, 2025, after weeks of probing, the attackers finally exfiltrated payroll files.",
    "On March 3, 2025 (a Monday, while the office was shut for a holiday), an intruder logged in to the billing server.",
])
def test_the_verb_after_a_clause_of_circumstance_keeps_the_date(far: str) -> None:
    assert ("breach_start", "2025-03-03", "2025-03-03") in kinds(far)


def test_an_ending_with_its_own_date_in_the_aside_still_holds_it() -> None:
    got = kinds("On March 3, 2025, after the contract ended on February 28, 2025, the vendor kept a copy of the files.")
    assert not any(a == "2025-02-28" for _, a, _ in got)


def test_an_ending_that_opens_what_was_concluded_keeps_its_date() -> None:
    assert ("investigation_end", "2015-10-15", "2015-10-15") in kinds(
        "The review concluded on October 15, 2015, that a clerk had opened charts without reason.")
