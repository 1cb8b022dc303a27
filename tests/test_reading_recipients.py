"""Notices the text tells of in phrasings the recipients pass missed (issue 15): a list with a
repeated "to", a count before a recipient, a notice given on the organisation's behalf, words
saying the required notices were given, a letter sent with something else. Sentences written
for the test."""

from __future__ import annotations

import pytest

from timeline_check import check_text
from timeline_check.binding import bind
from timeline_check.ruleset import load_rules
from timeline_check.tagging import tag
from helpers import days as dated

RULES = load_rules()


def undated(text: str, lang: str = "en") -> set[str]:
    """The kinds of the event words the sentence gives no date for."""
    language = RULES.languages[lang]
    return {u.kind for u in bind(text, language, tag(text, language).timexes).undated}


IND, REG, MEDIA, POLICE = ("notification_individuals", "notification_regulator", "notification_media",
                           "notification_law_enforcement")


@pytest.mark.parametrize(("text", "lang", "kinds"), [
    ("The clinic gave notice of the incident to HHS, to local news outlets, and to the patients whose files were copied.",
     "en", {REG, MEDIA, IND}),
    ("The practice sent notification to the Secretary, to two television stations, and to every patient on the list.",
     "en", {REG, MEDIA, IND}),
    ("The dental group informed the FBI, and then to be safe also the members of its plan.", "en", {POLICE}),
    ("La clinique a notifié la CNIL, puis les patients dont les dossiers avaient été copiés.", "fr", {REG, IND}),
    ("L'hôpital a informé la CNIL, puis aux familles des malades.", "fr", {REG, IND}),
])
def test_a_list_of_recipients_goes_on_past_a_repeated_to(text: str, lang: str, kinds: set[str]) -> None:
    assert undated(text, lang) == kinds


@pytest.mark.parametrize(("text", "lang", "kinds"), [
    # a further clause whose subject is a recipient: its own verb tells of it, not the list
    ("The clinic notified HHS, and the patients were told by phone.", "en", {REG, IND}),
    ("La clinique a prévenu la CNIL, et les patients ont demandé des explications.", "fr", {REG}),
    ("The clinic notified HHS, and the patients asked for credit monitoring.", "en", {REG}),
])
def test_a_clause_after_the_join_is_no_further_recipient(text: str, lang: str, kinds: set[str]) -> None:
    assert undated(text, lang) == kinds


def test_a_list_goes_on_only_where_its_verb_has_no_date_between() -> None:
    text = "The clinic notified HHS on March 3, 2023, and to be sure the patients on March 20, 2023."
    assert ("notification_individuals", "2023-03-03") not in dated(text)


@pytest.mark.parametrize(("text", "lang", "kinds"), [
    ("The clinic told HHS, the 1,420 possibly affected patients and local newspapers.", "en", {REG, IND, MEDIA}),
    ("The plan notified regulators, roughly 3,900 members and the press.", "en", {REG, IND, MEDIA}),
    ("La mutuelle a écrit aux 3 200 adhérents concernés.", "fr", {IND}),
    ("La clinique a prévenu la CNIL et les quelque 900 patients touchés.", "fr", {REG, IND}),
])
def test_a_count_before_a_recipient_keeps_the_list(text: str, lang: str, kinds: set[str]) -> None:
    assert undated(text, lang) == kinds


@pytest.mark.parametrize("text", [
    "Hillside Dental reports a mail server problem touching 8,300 patients",
    "The breach touched 2,100 patients.",
])
def test_a_count_of_people_alone_is_no_recipient(text: str) -> None:
    assert not undated(text) & {IND, REG, MEDIA}


def test_a_count_after_a_dated_recipient_is_not_read_as_a_list() -> None:
    text = "The plan told HHS on May 3, 2024, 2 days before 410 members were sent letters."
    assert ("notification_regulator", "2024-05-03") in dated(text)
    assert ("notification_individuals", "2024-05-03") not in dated(text)


@pytest.mark.parametrize(("text", "lang", "kinds"), [
    ("The billing vendor provided breach notification on behalf of the clinic.", "en", {IND}),
    ("Its vendor notified the affected members on behalf of the plan.", "en", {IND}),
    ("The clinic provided breach notification to HHS and its vendor provided notification to the affected patients "
     "and the media on behalf of the clinic.", "en", {REG, IND, MEDIA}),
    ("Le prestataire a prévenu les patients au nom de la clinique.", "fr", {IND}),
])
def test_a_notice_given_on_the_organisations_behalf_is_its_notice(text: str, lang: str, kinds: set[str]) -> None:
    assert undated(text, lang) == kinds


def test_a_vendor_telling_the_organisation_is_still_how_it_learned() -> None:
    text = "On May 3, 2024, a vendor notified the clinic of the breach on behalf of its subcontractor."
    assert dated(text) == {("discovery", "2024-05-03")}


@pytest.mark.parametrize(("text", "kinds"), [
    ("The practice met the requirements of the Breach Notification Rule.", {IND}),
    ("The hospital timely performed its breach notification obligations.", {IND}),
    ("The clinic provided the required notifications.", {IND}),
    ("The CE filed a report with HHS and fulfilled its breach notification obligations.", {REG, IND}),
    ("The plan made the required notifications to HHS and the media.", {REG, MEDIA}),
    ("The practice did not meet the requirements of the Breach Notification Rule.", set()),
    ("OCR gave the clinic advice to ensure it met its breach notification obligations.", set()),
])
def test_words_that_say_the_required_notices_were_given(text: str, kinds: set[str]) -> None:
    assert undated(text) & {IND, REG, MEDIA} == kinds


@pytest.mark.parametrize(("text", "lang"), [
    ("The vendor re-sent the statements to the right addresses with a letter explaining the error to the affected "
     "patients.", "en"),
    ("The clinic sent each patient a letter describing what happened.", "en"),
    ("La mutuelle a adressé à chaque adhérent un courrier expliquant l'erreur.", "fr"),
])
def test_a_letter_to_those_affected_is_their_notice(text: str, lang: str) -> None:
    assert undated(text, lang) == {IND}


def test_a_letter_with_no_one_to_receive_it_is_no_notice() -> None:
    assert not undated("The intruder sent a letter demanding payment.") & {IND, REG, MEDIA}


def test_a_notice_told_without_a_date_is_noted_not_warned() -> None:
    text = ("On March 3, 2022, the clinic found that a former clerk had copied patient files. The clinic gave notice to "
            "HHS, to local news outlets, and to the 640 patients whose files were copied.")
    found = {f.rule: f for f in check_text(text, lang="en").findings}
    notice = found["hipaa/individual-notice"]
    assert notice.severity == "info" and "says it was given but not when" in notice.message


@pytest.mark.parametrize("text", [
    "Letters describing the incident and the steps taken to protect patients were mailed on June 4, 2023.",
    "Notification letters explaining what happened and offering credit monitoring were mailed on June 4, 2023.",
    "Letters with a toll-free number and an offer of credit monitoring were sent to members on June 4, 2023.",
])
def test_letters_however_described_are_the_notice_they_carry(text: str) -> None:
    assert dated(text) == {("notification_individuals", "2023-06-04")}


@pytest.mark.parametrize("text", [
    "Letters containing patients' diagnoses were mailed to the wrong addresses on June 4, 2023.",
    "Letters containing member ID numbers were sent to a former vendor on June 4, 2023.",
    "Benefit statements for 900 members were mailed on June 4, 2023.",
])
def test_letters_that_held_data_or_went_astray_stay_the_breach(text: str) -> None:
    assert dated(text) == {("breach_start", "2023-06-04")}


def test_a_series_of_acts_shares_the_date_that_opens_it() -> None:
    text = ("On May 2, 2023, the clinic isolated the server, hired a forensic firm to look into the matter, changed all "
            "passwords and notified the FBI.")
    assert ("notification_law_enforcement", "2023-05-02") in dated(text)


def test_a_verb_far_after_the_series_without_a_comma_list_keeps_no_date() -> None:
    text = ("On May 2, 2023, the clinic isolated the server and a month after the forensic review of every machine the "
            "staff notified the FBI.")
    assert ("notification_law_enforcement", "2023-05-02") not in dated(text)


@pytest.mark.parametrize(("text", "lang", "kinds"), [
    ("The clinic notified the FBI and HHS.", "en", {POLICE, REG}),
    ("The company reported the theft to the police and to the state attorney general.", "en", {POLICE, REG}),
    ("The clinic notified the state police.", "en", {POLICE}),
    ("La mairie a prévenu la police, la CNIL et enfin les habitants.", "fr", {POLICE, REG, IND}),
])
def test_the_police_and_a_regulator_in_one_list_are_both_told(text: str, lang: str, kinds: set[str]) -> None:
    assert undated(text, lang) == kinds


@pytest.mark.parametrize("text", [
    "The firm notified the District of Columbia Attorney General on June 4, 2025.",
    "Letters went to the Commonwealth of Massachusetts Attorney General on June 4, 2025.",
    "The lender reported the breach to the State of New Jersey Division of Consumer Affairs and the attorney general on June 4, 2025.",
])
def test_a_genitive_inside_a_name_leads_to_the_recipient(text: str) -> None:
    """"of" between two capitalised words is part of a name, not what was sent."""
    assert ("notification_regulator", "2025-06-04") in dated(text)


def test_a_genitive_before_lower_case_words_is_still_what_was_sent() -> None:
    assert REG not in {k for k, _ in dated("The vendor sent the Board a list of affected members on June 4, 2025.")}


@pytest.mark.parametrize(("text", "kind"), [
    ("The D.C. Attorney General received written notice on June 4, 2025.", REG),
    ("The state attorney general's office received notice of the incident on June 4, 2025.", REG),
    ("Local police received notification of the theft on June 4, 2025.", POLICE),
    ("Affected members received notification letters on June 4, 2025.", IND),
])
def test_a_body_that_received_notice_was_told(text: str, kind: str) -> None:
    """The subject of "received notice" is its recipient, whoever it is."""
    assert (kind, "2025-06-04") in dated(text)


@pytest.mark.parametrize("text", [
    "The clinic received notification from its billing vendor on June 4, 2025.",
    "The attorney general received notification from the owner on June 4, 2025 that the practice had closed.",
])
def test_a_receipt_that_tells_no_outside_body_is_no_notice(text: str) -> None:
    assert not {k for k, _ in dated(text)} & {REG, POLICE, IND}
