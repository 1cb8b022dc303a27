"""Issue 15 (h/read4): bare "left" is a breach where something is left behind, a departure (no
event) where someone goes, and the breach's end where an intruder leaves a system. Sentences
written for the test."""

from __future__ import annotations

import pytest

from helpers import events as kinds


@pytest.mark.parametrize("left", [
    "On April 29, 2025, an employee inadvertently left patient files accessible on a shared drive.",
    "On April 29, 2025, a nurse left a laptop in her car, which was then stolen.",
    "A courier left the package of lab results on the wrong porch on April 29, 2025.",
    "On April 29, 2025, a technician left the network exposed after a firewall change.",
    "On April 29, 2025, a cleaner left the clinic's back door open overnight.",
    "A nurse practitioner left a clinic laptop on a commuter train on April 29, 2025.",
])
def test_something_left_behind_is_the_breach(left: str) -> None:
    assert ("breach_start", "2025-04-29", "2025-04-29") in kinds(left)


@pytest.mark.parametrize("went", [
    "The intruder left on April 29, 2025.",
    "The physician left the hospital's employ on April 29, 2025.",
    "The scheduler left the practice on April 29, 2025, to work for a competitor.",
])
def test_someone_leaving_is_no_breach(went: str) -> None:
    assert kinds(went) == set()


@pytest.mark.parametrize("gone", [
    "The attackers left the network on April 29, 2025.",
    "On April 29, 2025, the threat actor left the environment after deploying ransomware.",
])
def test_an_intruder_leaving_a_system_ends_the_breach(gone: str) -> None:
    assert kinds(gone) == {("breach_end", "2025-04-29", "2025-04-29")}


def test_an_insider_who_leaves_taking_data_starts_the_breach() -> None:
    assert ("breach_start", "2025-04-29", "2025-04-29") in kinds(
        "The employee left the practice on April 29, 2025, taking a list of patients.")
