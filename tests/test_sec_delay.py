"""A late 8-K Item 1.05 filing and the one delay that may excuse it: the US Attorney General's
determination under Item 1.05(c). A law-enforcement request alone does not (rules/regimes/sec.toml).
Filings written for the test."""

from __future__ import annotations

import pytest

from timeline_check import check_text

_FILING = ("FORM 8-K\nItem 1.05 Material Cybersecurity Incidents.\n"
           "On March 2, 2026, Harlow Freight Inc. determined that the ransomware incident it found on February 24, 2026 was material. "
           "{delay}The Company filed this report with the Securities and Exchange Commission on April 1, 2026.\n")


def _sec(text: str) -> list[tuple[str, str]]:
    return [(f.severity, f.message) for f in check_text(text, lang="en", regimes=("SEC",)).findings
            if f.rule == "sec/8k-item-1.05"]


def test_a_late_filing_with_no_stated_delay_is_an_error() -> None:
    assert [s for s, _ in _sec(_FILING.format(delay=""))] == ["error"]


@pytest.mark.parametrize("delay", [
    "On March 5, 2026, the United States Attorney General determined, pursuant to Item 1.05(c), that disclosure would pose a "
    "substantial risk to national security. ",
    "The Attorney General determined that immediate disclosure would pose a substantial risk to public safety. ",
])
def test_a_stated_attorney_general_delay_makes_it_a_warning_that_quotes_it(delay: str) -> None:
    found = _sec(_FILING.format(delay=delay))
    assert [s for s, _ in found] == ["warning"] and "US Attorney General" in found[0][1]


def test_a_law_enforcement_request_alone_does_not_excuse_a_late_filing() -> None:
    text = _FILING.format(delay="The FBI asked the Company to delay public disclosure at the request of law enforcement. ")
    assert [s for s, _ in _sec(text)] == ["error"]
