"""Phrasings of regulators' breach summaries and notices (issue 15): what a sentence's verbs say
happened on its dates, in sentences written for the test."""

from __future__ import annotations

import pytest

from timeline_check import check_text
from timeline_check.model import iso


def kinds(text: str, lang: str = "en") -> set[tuple[str, str | None, str | None]]:
    return {(e.kind, iso(e.earliest), iso(e.latest)) for e in check_text(text, lang=lang).events
            if e.kind != "publication"}


@pytest.mark.parametrize("text", [
    "On May 2, 2020, the billing office gave its printer a faulty file, and the statements contained other patients' balances.",
    "On May 2, 2020, a van which contained patient files was stolen.",
    "On May 2, 2020, the nurse's bag contained a list of 40 patients.",
])
def test_what_a_thing_contained_is_no_containment(text: str) -> None:
    assert ("containment", "2020-05-02", "2020-05-02") not in kinds(text)


@pytest.mark.parametrize("text", [
    "The practice contained the intrusion on June 4, 2021.",
    "The firm found the attack on June 2, 2021 and contained it on June 4, 2021.",
    "The ransomware was contained on June 4, 2021.",
])
def test_containing_the_incident_is_still_containment(text: str) -> None:
    assert ("containment", "2021-06-04", "2021-06-04") in kinds(text)
