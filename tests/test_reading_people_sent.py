"""The people affected as those a message went to (issue 15, news and notices): "Customers were
emailed on May 9", "emailed affected customers", "sent its members an email" are the notice to
individuals, while records sent to the wrong people, or sent by people to themselves, stay the
breach. Sentences written for the test."""

from __future__ import annotations

import pytest

from tests.helpers import days

LEAD = "Dublin, 14 May 2025 -- Quillon Games found an intrusion on 6 May 2025. "


@pytest.mark.parametrize("sentence", [
    "Customers were emailed on 9 May.",
    "Affected account holders were emailed about the incident on 9 May.",
    "The studio emailed affected customers on 9 May.",
    "On 9 May the studio sent its members an email about the attack.",
    "On 9 May, users were sent a message asking them to change their passwords.",
    "The company e-mailed all of its customers on 9 May to tell them what happened.",
    "On 9 May the studio sent subscribers a short letter explaining the attack.",
])
def test_a_message_to_the_people_affected_is_their_notice(sentence: str) -> None:
    found = days(LEAD + sentence)
    assert ("notification_individuals", "2025-05-09") in found
    assert not [k for k, d in found if k == "breach_start" and d == "2025-05-09"]


@pytest.mark.parametrize("sentence", [
    "An employee emailed customers' card numbers to a personal account on 9 May.",
    "On 9 May an employee emailed patients a file with other patients' results.",
    "On 9 May a clerk mistakenly emailed members the wrong statements.",
    "On 9 May a spreadsheet of customers was emailed to the wrong address.",
    "On 9 May the clinic sent patients records that belonged to other patients.",
])
def test_records_sent_astray_stay_the_breach(sentence: str) -> None:
    found = days(LEAD + sentence)
    assert ("breach_start", "2025-05-09") in found
    assert ("notification_individuals", "2025-05-09") not in found


@pytest.mark.parametrize(("sentence", "kind"), [
    ("The studio notified its customers on 9 May.", "notification_individuals"),
    ("On 9 May the studio contacted all of its customers by phone.", "notification_individuals"),
])
def test_its_customers_are_the_people_it_serves(sentence: str, kind: str) -> None:
    assert (kind, "2025-05-09") in days(LEAD + sentence)


def test_a_vendors_clients_are_the_organisations_it_serves() -> None:
    """Told by their vendor, covered entities learn of the breach (the house's reading): no notice to people."""
    found = days(LEAD + "On 9 May the billing vendor notified its clients, the covered entities.")
    assert ("notification_individuals", "2025-05-09") not in found and ("discovery", "2025-05-09") in found
