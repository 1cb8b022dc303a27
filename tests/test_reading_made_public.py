"""The incident made public is its disclosure, data made public the breach (issue 15, news):
"The company made the incident public on May 19" after a discovery on May 2 was read as a breach
starting after its discovery, a false order error. Sentences written for the test."""

from __future__ import annotations

import pytest

from timeline_check import check_text
from tests.helpers import days

FOUND = "Osprey Dental discovered the breach on May 2, 2025. "


@pytest.mark.parametrize("sentence", [
    "The company made the incident public on May 19, 2025.",
    "On May 19, 2025, the practice made the security breach public.",
    "It made news of the attack public on May 19, 2025.",
    "The practice made the intrusion known on May 19, 2025.",
])
def test_the_incident_made_public_is_its_disclosure(sentence: str) -> None:
    assert ("public_disclosure", "2025-05-19") in days(FOUND + sentence)
    assert not [f.rule for f in check_text(FOUND + sentence).findings if f.severity == "error"]


@pytest.mark.parametrize("sentence", [
    "From May 2, 2021, to June 30, 2021, a contractor made billing files public on a file server.",
    "On May 2, 2021, an employee made a spreadsheet of patients public by mistake.",
])
def test_data_made_public_stays_the_breach(sentence: str) -> None:
    assert ("breach_start", "2021-05-02") in days(sentence)
