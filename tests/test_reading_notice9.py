"""Published breach notices in English (issue 15, helper notice9): an e-mail's header, a letter's
greeting to staff, counsel's letter to an attorney general, a vendor's account reported in the
organisation's letter; sentences written for the test, in English and French where the family
exists in both."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_check import check_text

from helpers import days


def _loud(text: str, lang: str = "en") -> list[str]:
    report = check_text(text, lang=lang, date=dt.date(2026, 12, 1))
    return [f.rule for f in report.findings if f.severity in ("error", "warning") and not f.rule.startswith("missing/")]


@pytest.mark.parametrize("header", [
    "Sent: Friday, June 26, 2026 3:02 PM",
    "Sent: Friday, June 26, 2026 at 3:02 PM",
    "Date: Fri, 26 Jun 2026 15:02:44 -0500",
])
def test_the_hour_of_an_e_mail_header_dates_no_event(header: str) -> None:
    text = (f"From: Payroll <payroll@example.com>\n{header}\nTo: All Staff\nSubject: Notice\n\n"
            "The intruder had access to the portal for two days, from June 2, 2026 to June 4, 2026.")
    found = days(text)
    assert ("breach_start", "2026-06-02") in found
    assert not any(day is None or day == "2026-06-26" for kind, day in found if kind == "breach_start")


def test_a_length_beside_a_header_hour_is_still_checked() -> None:
    text = ("From: Payroll <payroll@example.com>\nSent: Friday, June 26, 2026 3:02 PM\nTo: All Staff\n\n"
            "The intruder had access to the portal for roughly two days, from June 2, 2026 until June 11, 2026.")
    assert _loud(text) == ["duration/stated-duration"]


@pytest.mark.parametrize("greeting", [
    "Dear Team Member,", "Dear Staff Members,", "Dear Associate,",
    "Hello,\n\nI am writing to share information about an incident.",
])
def test_a_letter_to_staff_is_the_notice_to_them(greeting: str) -> None:
    text = (f"June 26, 2026\n\n{greeting}\n\nOn June 11, 2026, we found that the payroll portal had been accessed "
            "by an unauthorized person.")
    assert ("notification_individuals", "2026-06-26") in days(text)


@pytest.mark.parametrize("lead", [
    "We write on behalf of our client, Harbor Point Credit Union, to notify your office of a data security incident.",
    "On behalf of Harbor Point Credit Union, we write to provide notice to your office of a data security incident.",
    "This firm represents Harbor Point Credit Union, and we write to inform your office of a recent incident.",
])
def test_counsel_s_letter_to_an_attorney_general_is_the_notice_to_it(lead: str) -> None:
    text = (f"October 29, 2026\n\nOffice of the Maine Attorney General\n6 State House Station\nAugusta, ME 04333\n\n"
            f"Re: Notice of Data Security Incident\n\nDear Sir or Madam:\n\n{lead} On October 2, 2026, Harbor Point "
            "learned that an employee's email account had been accessed.")
    assert ("notification_regulator", "2026-10-29") in days(text)


def test_a_letter_to_people_that_names_no_office_is_no_notice_to_a_regulator() -> None:
    text = ("October 29, 2026\n\nDear Member:\n\nWe are writing to tell you about an incident. On October 2, 2026, "
            "Harbor Point learned that an employee's email account had been accessed.")
    found = days(text)
    assert ("notification_individuals", "2026-10-29") in found and ("notification_regulator", "2026-10-29") not in found


@pytest.mark.parametrize(("text", "lang"), [
    ("On August 4, 2026, Crestline informed us that it had experienced a cybersecurity incident. According to "
     "Crestline, it detected unauthorized activity in its systems on July 24, 2026.", "en"),
    ("On August 4, 2026, our vendor notified us of an incident. According to the vendor, it discovered the "
     "intrusion on July 24, 2026.", "en"),
    ("Le 4 août 2026, notre prestataire nous a informés d'un incident. Selon Crestline, il a détecté l'intrusion "
     "le 24 juillet 2026.", "fr"),
])
def test_a_vendor_s_discovery_and_its_telling_us_are_two_discoveries(text: str, lang: str) -> None:
    assert "conflict/one-event-two-dates" not in _loud(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("On August 4, 2026, the clinic discovered the intrusion. According to the audit log, it discovered the "
     "intrusion on July 24, 2026.", "en"),
    ("On August 4, 2026, Crestline discovered the intrusion. Crestline discovered the intrusion on July 24, 2026.", "en"),
    ("Le 4 août 2026, la clinique a découvert l'intrusion. La clinique a découvert l'intrusion le 24 juillet 2026.", "fr"),
])
def test_one_party_s_discovery_given_two_dates_is_still_a_conflict(text: str, lang: str) -> None:
    assert "conflict/one-event-two-dates" in _loud(text, lang)


@pytest.mark.parametrize("text", [
    "What information was involved. Names, addresses and Social Security numbers.",
    "What Information Was Involved? The files held names and dates of birth.",
    "The information that was involved includes names and account numbers.",
])
def test_the_heading_what_information_was_involved_gives_the_information(text: str) -> None:
    letter = ("April 14, 2026\n\nDear Oregon resident,\n\nWe are writing to tell you about an incident at our Oregon "
              f"office. On April 1, 2026, we found that files had been accessed. {text}")
    assert "us-or/notice-information-involved" not in _loud(letter)


@pytest.mark.parametrize(("field", "flagged"), [
    ("To: [customer email]", False),
    ("To: [recipient email]", False),
    ("Please email [contact email] with questions.", True),
    ("Please call [customer service phone] with questions.", True),
])
def test_the_reader_s_own_address_is_no_missing_contact(field: str, flagged: bool) -> None:
    text = (f"{field}\n\nDear Customer,\n\nWe are writing to tell you about an incident. On May 2, 2026, we found "
            "that our checkout page had been altered.")
    assert ("content/placeholder" in _loud(text)) is flagged
