"""Families of phrasings read this session (issue 15), each with sentences written for the test."""

from __future__ import annotations

import pytest

from timeline_check import check_text
from timeline_check.model import iso
from helpers import events


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # a lasting state over a range: its first and last day
    ("Boxes of billing records sat unlocked and were left in a loading bay between May 15 and 17, 2015.", "en",
     {("breach_start", "2015-05-15", "2015-05-15"), ("breach_end", "2015-05-17", "2015-05-17")}),
    ("The file server was infected with malware from March 12 to August 8, 2016.", "en",
     {("breach_start", "2016-03-12", "2016-03-12"), ("breach_end", "2016-08-08", "2016-08-08")}),
    # a one-off act, or one moment "sometime between": a span
    ("A tablet was stolen from a nurse's car between August 19 and August 20, 2016.", "en",
     {("breach_start", "2016-08-19", "2016-08-20")}),
    ("Sometime between June 30 and August 15, 2013, an outsider accessed the billing network of Pell Clinic.", "en",
     {("breach_start", "2013-06-30", "2013-08-15")}),
    ("À un moment entre le 3 et le 9 mai 2024, un pirate a accédé aux dossiers de la mutuelle.", "fr",
     {("breach_start", "2024-05-03", "2024-05-09")}),
    # "on or before" as the date of a breach act
    ("The intrusion began on or before January 4, 2024 and ended on February 2, 2024.", "en",
     {("breach_start", "2024-01-04", "2024-01-04"), ("breach_end", "2024-02-02", "2024-02-02")}),
])
def test_ranges_and_bounds_of_a_breach(text: str, lang: str, expected: set[tuple[str, str, str]]) -> None:
    assert events(text, lang) == expected


@pytest.mark.parametrize("text", [
    "The Federal Bureau of Investigation (FBI) told Larch Health on June 2, 2022 that attackers had reached its network.",
    "On April 8, 2016, representatives of Mercy Hospital notified the clinic that a fax had gone astray.",
    "On January 4, 2016, the practice received telephone calls from patients who got the wrong reminder card.",
])
def test_being_told_by_an_outsider_is_a_discovery(text: str) -> None:
    assert {k for k, _, _ in events(text)} == {"discovery"}


@pytest.mark.parametrize("text", [
    "The clinic found the breach on March 1, 2024. Individual notification was not provided until July 15, 2024.",
    "The clinic found the breach on March 1, 2024. Letters were not mailed until July 15, 2024.",
])
def test_a_late_notice_said_in_the_negative_is_the_notice_of_its_date(text: str) -> None:
    report = check_text(text, lang="en", regimes=("HIPAA",))
    assert ("notification_individuals", "2024-07-15") in {(e.kind, iso(e.earliest)) for e in report.events}
    assert [f.severity for f in report.findings if f.rule == "hipaa/individual-notice"] == ["error"]


def test_an_ipo_is_no_disclosure_of_the_breach() -> None:
    assert events("The company went public in 2021. It found the breach on March 1, 2024.") == {
        ("discovery", "2024-03-01", "2024-03-01")}


def test_a_filing_line_dates_the_text_and_a_broken_line_keeps_its_sentence() -> None:
    text = ("Filed with the SEC on 2024-05-01.\nItem 1.05 Material Cybersecurity Incidents\n"
            "On April 24, 2024, Granite Peak Holdings, Inc. (“\nGranite\n” or “\nwe\n”) became aware of "
            "unauthorized access to a billing platform.\n")
    report = check_text(text, lang="en")
    assert report.reference_date is not None
    assert events(text) == {("discovery", "2024-04-24", "2024-04-24")}
