"""Families read in the blind set of English news from outside the US (issue 15, helper intl9):
British, Irish, Australian, Canadian, Singaporean, South African and Indian texts, regulators'
decisions and security blogs; sentences written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers import days
from timeline_check import check_text


def _loud(text: str, lang: str = "en", regimes: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    found = check_text(text, lang=lang, regimes=regimes).findings
    return [(f.rule, f.severity) for f in found if f.severity != "info" and not f.rule.startswith("missing/")]


@pytest.mark.parametrize(("text", "regimes"), [
    ("The Personal Data Protection Commission of Singapore fined the school after personal data of "
     "pupils were exposed.", {"SG-PDPA"}),
    ("Turkey's Personal Data Protection Authority said the personal data of 9,000 customers leaked.", set()),
    # the Union's authority, named alone or after its country, still makes the GDPR apply
    ("The Data Protection Commission said the personal data of 9,000 customers leaked.", {"GDPR"}),
    ("Ireland's Data Protection Commission said the controller reported the breach late.", {"GDPR"}),
])
def test_a_cue_inside_a_longer_name_is_that_body_s(text: str, regimes: set[str]) -> None:
    assert {r.name for r in check_text(text).regimes} == regimes


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("The member whose documents were sent out was informed by letter on 20 June 2024.", "en",
     ("notification_individuals", "2024-06-20")),
    ("The patient was informed by letter on 20 June 2024.", "en", ("notification_individuals", "2024-06-20")),
    ("The data subject was notified on 3 May 2021.", "en", ("notification_individuals", "2021-05-03")),
    ("The council wrote to each of the 212 carers affected on 29 October 2025.", "en",
     ("notification_individuals", "2025-10-29")),
    ("Le patient dont le dossier a été envoyé par erreur a été informé le 20 juin 2024.", "fr",
     ("notification_individuals", "2024-06-20")),
    ("La personne concernée a été prévenue le 3 mai 2021.", "fr", ("notification_individuals", "2021-05-03")),
    # the organisation told in the passive still learns of it
    ("The clinic whose server was hacked was informed on 20 June 2024.", "en", ("discovery", "2024-06-20")),
    ("The hospital was informed on 20 June 2024 that a patient whose chart was opened had complained.", "en",
     ("discovery", "2024-06-20")),
    ("La clinique dont le serveur a été piraté a été informée le 20 juin 2024.", "fr", ("discovery", "2024-06-20")),
])
def test_one_person_affected_told_in_the_passive_is_their_notice(text: str, lang: str, want: tuple[str, str]) -> None:
    found = days(text, lang)
    assert want in found, found
    assert len(found) == 1, found


@pytest.mark.parametrize(("text", "severity"), [
    ("The clinic learned of the theft on 2 May 2024. It did not notify the DPC until 18 May 2024. "
     "It told the commission that its officer had been away.", "error"),
    ("The clinic learned of the theft on 2 May 2024. The DPC was not notified until 18 May 2024. "
     "The clinic also reported the breach to the DPC.", "error"),
    # a notice dated plainly may come after one the text tells without a date
    ("The clinic learned of the theft on 2 May 2024. It notified the DPC on 18 May 2024. "
     "It told the commission that its officer had been away.", "warning"),
])
def test_a_notice_put_off_until_a_date_is_the_first_one(text: str, severity: str) -> None:
    assert _loud(text, regimes=("GDPR",)) == [("gdpr/authority-notice", severity)]


@pytest.mark.parametrize(("text", "want"), [
    ("Officers recalled the email on 24 October 2025.", {("containment", "2025-10-24")}),
    ("The school recalled the misdirected message on 24 October 2025.", {("containment", "2025-10-24")}),
    ("The Organisation restricted access to the folder on 17 January 2025.", {("containment", "2025-01-17")}),
    ("Access to the folder was restricted on 17 January 2025.", {("containment", "2025-01-17")}),
    ("On 20 January 2025 the organisation assessed that the data breach was notifiable.",
     {("determination", "2025-01-20")}),
    ("Its team picked up suspicious queries against the database on 26 March 2025.", {("discovery", "2025-03-26")}),
    ("The bucket had been publicly listable since at least 27 June 2025.", {("breach_start", "2025-06-27")}),
    # not so: remembering, and access that staff are given
    ("She recalled the meeting on 4 May 2025.", set()),
    ("Only staff have restricted access to the records, the clinic said on 4 May 2025.", set()),
])
def test_words_of_british_and_commonwealth_news(text: str, want: set[tuple[str, str]]) -> None:
    assert days(text, "en", dt.date(2025, 11, 14)) == want


@pytest.mark.parametrize(("text", "want"), [
    ("On 20 January 2025, the team reviewed the access logs.", set()),
    ("In 2022 the ICO issued it with a reprimand over slow replies to subject access requests.", set()),
    ("The intrusion prevention rules were updated on 2 May 2024.", set()),
    # the act itself still
    ("On 2 May 2024 an intruder gained access to the server.", {("breach_start", "2024-05-02")}),
    ("On 2 May 2024 the attacker accessed logs on the server.", {("breach_start", "2024-05-02")}),
    ("Unauthorized access to the records occurred on 2 May 2024.", {("breach_start", "2024-05-02")}),
])
def test_a_breach_noun_naming_a_kind_of_thing_is_no_act(text: str, want: set[tuple[str, str]]) -> None:
    assert days(text) == want


@pytest.mark.parametrize(("text", "want"), [
    ("In an email sent to students Wednesday, the university said the intruder signed in on Feb. 18.",
     {("notification_individuals", "2025-03-05"), ("breach_start", "2025-02-18")}),
    ("In an email sent to students on March 5, the university said the intruder signed in on Feb. 18.",
     {("notification_individuals", "2025-03-05"), ("breach_start", "2025-02-18")}),
    ("Letters mailed to affected members on March 5, 2025 explained the incident.",
     {("notification_individuals", "2025-03-05")}),
    # records sent astray stay the breach
    ("An email containing grades was sent to 300 students on Feb. 18, 2025.", {("breach_start", "2025-02-18")}),
    ("A spreadsheet was sent to students by mistake on Feb. 18, 2025.", {("breach_start", "2025-02-18")}),
])
def test_a_message_sent_to_the_people_affected_is_their_notice(text: str, want: set[tuple[str, str]]) -> None:
    assert days(text, "en", dt.date(2025, 3, 6)) == want


@pytest.mark.parametrize(("text", "want"), [
    ("The access continued until Feb. 21, when IT staff noticed unusual downloads and disabled the account.",
     {("breach_end", "2025-02-21"), ("discovery", "2025-02-21"), ("containment", "2025-02-21")}),
    ("The breach was found on Feb. 21, when staff noticed downloads and disabled the account.",
     {("discovery", "2025-02-21"), ("containment", "2025-02-21")}),
    # a clause of its own after a comma takes its own date
    ("It ended on Feb. 21, when staff noticed the downloads, and the firm notified the FBI on Feb. 24.",
     {("discovery", "2025-02-21"), ("notification_law_enforcement", "2025-02-24")}),
])
def test_acts_coordinated_in_a_when_clause_share_its_date(text: str, want: set[tuple[str, str]]) -> None:
    assert days(text, "en", dt.date(2025, 3, 6)) == want


@pytest.mark.parametrize(("text", "want"), [
    ("Coastlink said it confirmed on 22 September that personal information had been taken.",
     {("determination", "2025-09-22")}),
    ("The company said it confirmed on 22 September 2025 that data had been taken, after a forensic review.",
     {("determination", "2025-09-22")}),
    ("On 22 September, the company said it confirmed the theft.", {("determination", "2025-09-22")}),
])
def test_a_confirmation_the_organisation_says_it_made_is_its_determination(text: str, want: set[tuple[str, str]]) -> None:
    assert days(text, "en", dt.date(2025, 9, 30)) == want


@pytest.mark.parametrize(("text", "want"), [
    # "the following day" counts from the day of the reporter's call, which names no event of ours
    ("The bucket had been publicly listable since 27 June 2025. We reached out to the lender on 10 July 2025. "
     "The bucket was locked down the following day.", {("breach_start", "2025-06-27"), ("containment", "2025-07-11")}),
    ("The clinic found the breach on 3 May 2025. Police arrested a suspect on 4 May 2025. "
     "The clinic notified patients the next day.", {("discovery", "2025-05-03"), ("notification_individuals", "2025-05-05")}),
    ("À J+1 (7 avril 2026), une plainte a été déposée. La CNIL a été notifiée le même jour.",
     {("notification_regulator", "2026-04-07")}),
    # with no such date between, it counts from the event before it
    ("The bucket had been publicly listable since 27 June 2025. The bucket was locked down the following day.",
     {("breach_start", "2025-06-27"), ("containment", "2025-06-28")}),
    # nor past a background year, which is no act told in sequence
    ("The clinic found the breach on 3 May 2025. The clinic, founded in 2019, shut down the server the next day.",
     {("discovery", "2025-05-03"), ("containment", "2025-05-04")}),
    # nor when its own sentence tells the event it counts from
    ("Officials changed the portal on Aug. 26, 2025. A student flagged the problem on Sept. 15, 2025, and the "
     "portal was taken offline that evening.", {("discovery", "2025-09-15"), ("containment", "2025-09-15")}),
])
def test_a_relative_day_counts_from_the_act_s_date_told_just_before(text: str, want: set[tuple[str, str]]) -> None:
    lang = "fr" if "CNIL" in text else "en"
    assert want <= days(text, lang, dt.date(2026, 4, 8) if lang == "fr" else dt.date(2025, 10, 9))


@pytest.mark.parametrize(("text", "want"), [
    # a byline's clock time is its date's, no event's
    ("Hackers accessed records of 6,400 students, university says\n\nMegan Tessier · CBC News · Posted: "
     "Mar 06, 2025 4:00 AM EST\n\nThe university says an unauthorized party got into a system.", set()),
    ("Retailer confirms breach\n\nPublished 14 November 2025, 10:32 GMT\n\nThe retailer said hackers got into "
     "its systems.", set()),
    # a clock time alone still tells of the day of the event before it
    ("The team found the attack on 3 May 2025. At 2:30 p.m., the team isolated the network.",
     {("discovery", "2025-05-03"), ("containment", "2025-05-03")}),
])
def test_a_byline_s_clock_time_dates_no_event(text: str, want: set[tuple[str, str]]) -> None:
    assert days(text, "en", dt.date(2025, 12, 1)) == want


@pytest.mark.parametrize(("text", "want"), [
    ("In a statement sent to us on Wednesday, a spokesperson said the company had fixed the issue.",
     {("public_disclosure", "2025-07-16")}),
    ("The firm said in a statement emailed to reporters on 16 July 2025 that it had fixed the issue.",
     {("public_disclosure", "2025-07-16")}),
    # statements of account sent astray stay the breach
    ("The bank statement sent to the wrong customer on 2 July 2025 held her account number.",
     {("breach_start", "2025-07-02")}),
])
def test_a_statement_sent_to_the_press_is_no_data_sent(text: str, want: set[tuple[str, str]]) -> None:
    assert days(text, "en", dt.date(2025, 7, 18)) == want


@pytest.mark.parametrize(("text", "want"), [
    # someone phoning or ringing the organisation to say what went wrong: how it learned
    ("A member rang the credit union on 10 June 2024 to say he had received another member's file.",
     {("discovery", "2024-06-10")}),
    ("A charity worker phoned the council on 24 October 2025 to say she had opened the attachment.",
     {("discovery", "2025-10-24")}),
    ("A patient called the clinic on 3 May 2025 to say she had received another patient's bill.",
     {("discovery", "2025-05-03")}),
    # the organisation calling the people affected: their notice
    ("The clinic called each patient on 29 October 2025 to say their records had been exposed.",
     {("notification_individuals", "2025-10-29")}),
    ("The council phoned the carers on 29 October 2025 to say their data had been exposed.",
     {("notification_individuals", "2025-10-29")}),
])
def test_a_call_to_say_is_learning_or_telling_by_who_is_called(text: str, want: set[tuple[str, str]]) -> None:
    assert days(text, "en", dt.date(2025, 11, 14)) == want


@pytest.mark.parametrize(("text", "want"), [
    ("The insurer lodged a notification with the OAIC on 3 June 2025.", {("notification_regulator", "2025-06-03")}),
    ("The council self-reported the breach to the ICO on 3 June 2025.", {("notification_regulator", "2025-06-03")}),
    ("The company notified CERT-In on 3 June 2025.", {("notification_regulator", "2025-06-03")}),
    ("The council lodged a police report on 3 June 2025.", {("notification_law_enforcement", "2025-06-03")}),
    ("The firm began contacting affected customers on 5 June 2025.", {("notification_individuals", "2025-06-05")}),
    ("The data was taken between 28 May and 1 June 2025.",
     {("breach_start", "2025-05-28"), ("breach_end", "2025-06-01")}),
    # someone else's complaint, and steps taken, are no notice and no breach
    ("A tenant lodged a complaint with the ICO on 3 June 2025.", set()),
    ("Steps were taken on 3 June 2025 to secure the server.", set()),
])
def test_notices_lodged_and_data_taken_in_commonwealth_words(text: str, want: set[tuple[str, str]]) -> None:
    assert days(text, "en", dt.date(2025, 6, 13)) == want


@pytest.mark.parametrize("dateline", ["Last modified on Tue 4 Mar 2025 14.32 GMT", "Last updated on Tue 4 Mar 2025 14.32 GMT",
                                      "Published: 14:32 BST, 4 March 2025"])
def test_a_british_dateline_dates_the_story_s_weekdays(dateline: str) -> None:
    text = f"Council confirms cyber attack\n\n{dateline}\n\nThe council said it detected the attack on Friday morning."
    assert days(text) == {("discovery", "2025-02-28")}
