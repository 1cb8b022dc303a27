"""Families read in the second blind set of issue 15 (h/read5): wire stories, local news, web
notices, 8-K/A amendments, drafts and compliance notes, in sentences written for the test."""

from __future__ import annotations

import pytest

import datetime as dt

from timeline_check import check_text
from timeline_check.model import iso


def _day(date: str | None) -> dt.date | None:
    return dt.date.fromisoformat(date) if date else None


def kinds(text: str, lang: str = "en", date: str | None = None) -> set[tuple[str, str | None]]:
    return {(e.kind, iso(e.earliest)) for e in check_text(text, lang=lang, date=_day(date)).events
            if e.kind != "publication"}


def loud(text: str, lang: str = "en", date: str | None = None) -> list[str]:
    report = check_text(text, lang=lang, date=_day(date))
    return [f.rule for f in report.findings if f.severity in ("error", "warning") and not f.rule.startswith("missing/")]


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("The clinic reported the theft to police on March 2. It told the state attorney general on Monday, "
     "the same day the first letters were mailed.", "en", ("notification_individuals", "2026-03-09")),
    ("The hospital called the FBI on February 20 and wrote to HHS on Friday, the same day it mailed "
     "notices to patients.", "en", ("notification_individuals", "2026-03-06")),
    ("The city alerted police on May 4, 2026, the day after it found the ransom note.", "en", ("discovery", "2026-05-03")),
    ("La clinique a prévenu la police le 2 mars. Elle a saisi la CNIL le lundi 9 mars, le jour même où "
     "elle a informé les patients.", "fr", ("notification_individuals", "2026-03-09")),
])
def test_a_day_phrase_after_a_date_and_a_comma_restates_that_date(text: str, lang: str, want: tuple[str, str]) -> None:
    """ "on Monday, the same day the letters went out": the clause after the phrase is dated by the
    date before the comma, a weekday as much as a number; nothing counts from the previous event."""
    assert want in kinds(text, lang, "2026-03-12")
    assert not [r for r in loud(text, lang, "2026-03-12") if r.startswith("duration/")]


_AMENDMENT = """FORM 8-K/A
(Amendment No. 2)

CURRENT REPORT
Pursuant to Section 13 or 15(d) of the Securities Exchange Act of 1934

NORTHGATE TILE CORP.

{opening}

Item 1.05. Material Cybersecurity Incidents.

On April 6, 2026, the Company detected encrypted files on servers at two plants. {impact}

SIGNATURE

Date: June 22, 2026
"""


@pytest.mark.parametrize("opening", [
    "On April 10, 2026, Northgate Tile Corp. (the \"Company\") filed a Current Report on Form 8-K to report a cybersecurity incident. "
    "This amendment updates that report.",
    "This Amendment No. 2 amends the Current Report on Form 8-K that the Company filed with the "
    "Securities and Exchange Commission on April 10, 2026.",
])
def test_an_amended_filing_is_not_a_second_date_of_the_first(opening: str) -> None:
    """An 8-K/A dated June 22 amends a report filed on April 10: one notice to the regulator dated
    April 10, no conflict between the two dates."""
    text = _AMENDMENT.format(opening=opening, impact="The incident has reduced its revenue for the second quarter.")
    assert ("notification_regulator", "2026-04-10") in kinds(text)
    assert not [r for r in loud(text) if r.startswith("conflict/")]


@pytest.mark.parametrize(("impact", "told"), [
    ("The Company expects the incident to affect its results for the second quarter of 2026.", True),
    ("The halt had an effect on shipments from both plants for nine days.", True),
    ("The Company restored the servers from backups.", False),
])
def test_a_filing_tells_its_impact_in_words_of_effect_on_results(impact: str, told: bool) -> None:
    text = _AMENDMENT.format(opening="", impact=impact)
    assert ("sec/notice-material-impact" not in loud(text)) == told


@pytest.mark.parametrize(("heading", "lang", "item"), [
    ("Due dates (60 days from the discovery on May 4):", "en", "- Notice to Ohio media: July 3, 2026"),
    ("Deadlines:", "en", "* Report to HHS: July 3, 2026"),
    ("Échéances :", "fr", "- Notification à la CNIL : 3 juillet 2026"),
])
def test_items_of_a_list_under_a_due_heading_are_owed_not_done(heading: str, lang: str, item: str) -> None:
    """A note dated June 1 lists what is due on July 3: no act told as past after the note's date."""
    text = f"{heading}\n\n{item}\n"
    assert not [r for r in loud(text, lang, "2026-06-01") if r.startswith("order/")]


def test_items_of_a_list_under_another_heading_are_done() -> None:
    """Under a heading of what was done, the same item after the note's own date is a fault."""
    text = "Steps taken:\n\n- Notice to Ohio media: July 3, 2026\n"
    assert "order/event-after-publication" in loud(text, "en", "2026-06-01")


@pytest.mark.parametrize("text", [
    "The review found that someone had access to the mailbox from on or about May 28, 2026 to on or about June 3, 2026.",
    "An outside party used the portal account between on or about May 28, 2026 and on or about June 3, 2026.",
    "Files on the share were open to the internet from on or around May 28, 2026 until June 3, 2026.",
])
def test_a_range_whose_dates_each_carry_on_or_about_has_two_ends(text: str) -> None:
    assert {("breach_start", "2026-05-28"), ("breach_end", "2026-06-03")} <= kinds(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Letters explaining the error went to the 912 affected members on April 16, 2026.", "notification_individuals"),
    ("Letters about the outage went to patients on April 16, 2026.", "notification_individuals"),
    ("Notices about the theft went to the state attorney general on April 16, 2026.", "notification_regulator"),
])
def test_letters_described_then_going_to_their_readers_are_the_notice(text: str, want: str) -> None:
    assert (want, "2026-04-16") in kinds(text)


def test_letters_going_to_the_wrong_readers_are_the_breach() -> None:
    assert kinds("Letters meant for members went to other members on April 3, 2026.") == {("breach_start", "2026-04-03")}


@pytest.mark.parametrize(("text", "lang"), [
    ("As described in the Original Report, on September 28, 2026, the Company detected unauthorized activity in "
     "its web store, took the affected systems offline and engaged outside forensic specialists.", "en"),
    ("As previously disclosed in our Current Report on Form 8-K, on September 28, 2026, the Company detected "
     "ransomware, isolated the affected servers and notified law enforcement.", "en"),
    ("Comme indiqué dans notre premier communiqué, le 28 septembre 2026, la société a détecté une intrusion, "
     "isolé les serveurs touchés et prévenu la police.", "fr"),
])
def test_a_date_after_a_pointer_to_an_earlier_account_dates_each_act_after_it(text: str, lang: str) -> None:
    assert {("discovery", "2026-09-28"), ("containment", "2026-09-28")} <= kinds(text, lang)


@pytest.mark.parametrize(("text", "want"), [
    ("The intruder removed copies of member files between March 2 and March 9, 2026.",
     {("breach_start", "2026-03-02"), ("breach_end", "2026-03-09")}),
    ("On March 2, 2026, the attacker removed files from the billing server.", {("breach_start", "2026-03-02")}),
    ("On March 10, 2026, the company removed the malware from its servers.", {("containment", "2026-03-10")}),
])
def test_removing_copies_of_data_is_taking_them_removing_malware_is_containing(text: str, want: set[tuple[str, str]]) -> None:
    assert kinds(text) == want


@pytest.mark.parametrize(("text", "said"), [
    ("Ridgeline Orthopedic Partners, a physician group with nine clinics, said Thursday that an intruder copied "
     "patient files.", True),
    ("Harbor Lane Pharmacy, a chain run by a family of doctors, said Thursday that hackers stole refill records.", True),
    ("A researcher, Mara Esterly, said Thursday that an intruder copied patient files.", False),
    ("Police, who were called to the clinic, said Thursday that an intruder copied patient files.", False),
])
def test_an_appositive_before_the_verb_of_saying_describes_the_speaker(text: str, said: bool) -> None:
    """The words set off by commas right before "said" describe the speaker; the speaker is before them."""
    assert (("public_disclosure", "2026-03-12") in kinds(text, "en", "2026-03-12")) == said


@pytest.mark.parametrize("text", [
    "The clinic learned of the attack on Sept. 21, 2026, and shut down the portal within 45 minutes of learning of it.",
    "The plan discovered the intrusion on Sept. 21, 2026. It disabled the account within 30 minutes of being alerted.",
    "The county discovered ransomware on its servers on Sept. 21, 2026, and took them offline within an hour of finding out.",
])
def test_a_bound_in_minutes_counted_from_learning_of_it_dates_the_act_on_the_discovery(text: str) -> None:
    """The containment falls on the discovery's day, or the next at most: 'learning of it' names the
    discovery though 'it' names no breach."""
    found = {(e.kind, iso(e.earliest), iso(e.latest)) for e in check_text(text).events}
    assert ("containment", "2026-09-21", "2026-09-22") in found


@pytest.mark.parametrize(("text", "lang"), [
    ("Staff found encrypted servers early on Sept. 21, 2026, a Monday, and took the network offline.", "en"),
    ("Le 21 septembre 2026, un lundi, le personnel a découvert des serveurs chiffrés et isolé le réseau.", "fr"),
])
def test_a_weekday_set_after_a_date_with_an_article_is_that_dates_own(text: str, lang: str) -> None:
    """"Sept. 21, a Monday,": no second date near the text's own (October 15), which would have
    dated the next act."""
    got = kinds(text, lang, "2026-10-15")
    assert ("discovery", "2026-09-21") in got and not any(d and d >= "2026-10-01" for _, d in got)


@pytest.mark.parametrize(("text", "want"), [
    ("A laptop and a backup drive holding patient files were stolen from the Harlow Valley Institute of Eye Medicine, "
     "Eastbrook Campus, the covered entity (CE), on or about April 6, 2018.", ("breach_start", "2018-04-06")),
    ("Due to a shifted column in a mailing file, on or about February 19, 2016, Pinecrest Mailing, a business "
     "associate (BA) of the covered entity (CE), sent 1,124 members the statements of other members.",
     ("breach_start", "2016-02-19")),
    ("Because of a coding error, on May 3, 2016, the plan mailed statements to the wrong members.",
     ("breach_start", "2016-05-03")),
])
def test_an_acronym_a_date_lead_or_a_fronted_cause_does_not_part_an_act_from_its_date(
        text: str, want: tuple[str, str]) -> None:
    """ "(CE)" and "on or about" add no distance; a date after "Due to ...," opens its clause."""
    assert want in kinds(text)


@pytest.mark.parametrize("text", [
    "Staff found encrypted servers on Sept. 21, 2026, and cut the network off from the internet within hours.",
    "The county discovered ransomware on Sept. 21, 2026. Within hours, it took its servers offline.",
    "The county discovered ransomware on Sept. 21, 2026 and shut the network down in a matter of minutes.",
])
def test_within_hours_without_a_number_dates_the_act_on_the_day_or_the_next(text: str) -> None:
    found = {(e.kind, iso(e.earliest), iso(e.latest)) for e in check_text(text).events}
    assert ("containment", "2026-09-21", "2026-09-22") in found


@pytest.mark.parametrize(("text", "contained"), [
    ("On Sept. 21, 2026, the hackers took the district's portal offline.", False),
    ("A ransomware attack that shut down the city's servers on Sept. 21, 2026 is still under investigation.", False),
    ("On Sept. 21, 2026, the district shut down its network after the attack.", True),
    ("On Sept. 21, 2026, the ransomware was removed.", True),
    ("The attack forced the district to shut down its network on Sept. 21, 2026.", True),
])
def test_a_word_of_containing_whose_subject_is_the_attack_is_its_harm(text: str, contained: bool) -> None:
    assert (("containment", "2026-09-21") in kinds(text)) == contained
