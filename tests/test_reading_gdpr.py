"""Reading families of issue 15 met in authorities' decisions and in the audit of real
narratives: another incident's notice, a supposed act. Sentences written for the test."""

from __future__ import annotations

import pytest

from timeline_check import check_text
from timeline_check.model import iso
from helpers import days as _events


def _said(text: str, lang: str = "en", regimes: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    """The findings but the ``missing`` ones, as (severity, rule)."""
    return [(f.severity, f.rule) for f in check_text(text, lang=lang, regimes=regimes).findings
            if f.category != "missing"]


@pytest.mark.parametrize(("text", "lang", "theft"), [
    ("On March 2, 2015, Birch Clinic filed a breach report with OCR about a lost phone. On July 9, 2018, Birch "
     "Clinic submitted a separate privacy incident report to the OCR portal, about the theft of a laptop from its "
     "lab between June 1 and June 3, 2018.", "en", "2018-06-01"),
    ("Le 2 mars 2015, la clinique a notifié à la CNIL le vol d'une tablette. Le 11 août 2017, elle a adressé une "
     "notification distincte à la CNIL, signalant le vol d'un ordinateur entre le 1er et le 3 juin 2017.", "fr", "2017-06-01"),
])
def test_a_notice_called_separate_tells_of_another_incident(text: str, lang: str, theft: str) -> None:
    """Its sentence is another incident's, wherever "separate" stands: nothing of it is ordered
    against this incident's events, nor merged with them."""
    assert _said(text, lang) == []
    assert ("breach_start", theft) in _events(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("Kestrel Dental learned of the intrusion on April 3, 2019, and identified the file server that may have been "
     "accessed on May 20, 2019.", "en"),
    ("La clinique a découvert l'intrusion le 3 avril 2019 et a identifié le serveur qui aurait été compromis le "
     "20 mai 2019.", "fr"),
])
def test_a_supposed_act_leaves_its_date_to_the_verb_reporting_it(text: str, lang: str) -> None:
    """"identified the server that may have been accessed on May 20": May 20 is when the server
    was identified (a later finding), not a breach that began after its discovery."""
    assert _events(text, lang) == {("discovery", "2019-04-03"), ("determination", "2019-05-20")}
    assert _said(text, lang) == []


def test_a_supposed_act_in_what_was_determined_keeps_its_date() -> None:
    text = ("Finch Bank learned of the phishing on 3 June 2021. It later determined that an outsider may have logged "
            "in to a mailbox on 21 May 2021.")
    assert ("breach_start", "2021-05-21") in _events(text, "en")


def test_a_supposed_act_with_no_reporting_verb_keeps_its_date() -> None:
    text = "An intruder may have accessed the billing server on March 30, 2019. Teal Clinic learned of it on May 2, 2019."
    assert _events(text, "en") == {("breach_start", "2019-03-30"), ("discovery", "2019-05-02")}


@pytest.mark.parametrize(("text", "lang"), [
    ("Reed Hotels wrote to the guests concerned on 3 March 2022. The authority found that Reed Hotels was aware of "
     "the personal data breach at least on 20 April 2022. Reed Hotels notified the authority of the breach on "
     "2 May 2022.", "en"),
    ("Reed Hotels a informé les clients concernés le 3 mars 2022. L'autorité estime que Reed Hotels a eu "
     "connaissance de la violation en tout état de cause le 20 avril 2022. Reed Hotels a notifié la violation à la "
     "CNIL le 2 mai 2022.", "fr"),
])
def test_awareness_given_as_a_bound_is_no_first_awareness(text: str, lang: str) -> None:
    """"aware at least on 20 April": the awareness may have come earlier, so the guests told on
    3 March were not told too early; the notice to the authority is still late counted from it."""
    assert _said(text, lang, ("GDPR",)) == [("error", "gdpr/authority-notice")]
    assert ("discovery", "2022-04-20") in _events(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("Heron Tools contained the phishing incident on 14 March 2022. A review then led to the discovery on 2 May 2022 "
     "that the personal data of its staff had been copied.", "en"),
    ("Heron Tools a contenu l'incident le 14 mars 2022. Une analyse a ensuite conduit à la découverte, le 2 mai 2022, "
     "que les données personnelles de son personnel avaient été copiées.", "fr"),
])
def test_a_containment_may_come_before_the_awareness_that_personal_data_were_hit(text: str, lang: str) -> None:
    assert ("containment", "2022-03-14") in _events(text, lang)
    assert _said(text, lang) == []


@pytest.mark.parametrize(("text", "lang", "words"), [
    ("On 3 June 2023 a customer told Lark Insurance that letters had gone to a stranger's address, and Lark "
     "Insurance, although not yet certain of the error, stopped the mailings that day. Lark Insurance notified the "
     "data protection authority of the breach on 30 June 2023.", "en", "not yet certain"),
    ("Le 3 juin 2023, un client a informé la société que des courriers partaient chez un inconnu ; la société, sans "
     "être encore certaine de l'erreur, a suspendu les envois le jour même. Elle a notifié la violation à la CNIL le "
     "30 juin 2023.", "fr", "sans être encore certaine"),
])
def test_an_awareness_told_as_not_yet_certain_makes_a_late_notice_a_warning(text: str, lang: str, words: str) -> None:
    """The clock of a 72-hour limit may have started once the breach was certain: the miss is
    a warning that quotes the words of doubt, not an error."""
    late = [f for f in check_text(text, lang=lang, regimes=("GDPR",)).findings if f.rule == "gdpr/authority-notice"]
    assert [f.severity for f in late] == ["warning"]
    assert words in late[0].message and [e.text for e in late[0].excuses] == [words]


def test_an_awareness_told_plainly_keeps_a_late_notice_an_error() -> None:
    text = ("On 3 June 2023 Lark Insurance discovered that letters had gone to a stranger's address. Lark Insurance "
            "notified the data protection authority of the breach on 30 June 2023.")
    late = [f for f in check_text(text, lang="en", regimes=("GDPR",)).findings if f.rule == "gdpr/authority-notice"]
    assert [f.severity for f in late] == ["error"]


@pytest.mark.parametrize(("day", "expected"), [("April 20, 2021", []), ("June 30, 2021", ["error"])])
def test_a_business_associates_notice_is_the_covered_entitys_discovery_when_none_is_told(
        day: str, expected: list[str]) -> None:
    """HIPAA counts a covered entity's clock from when it knew: told by its business associate,
    at the latest that day. With no discovery of its own in the text, the notice is checked
    from the associate's notice, and the message says so."""
    text = ("On March 4, 2021, Pine Billing, a business associate, notified the covered entity that an intruder had "
            f"read claim files on January 9, 2021. The covered entity notified the affected individuals on {day}.")
    found = [f for f in check_text(text, lang="en", regimes=("HIPAA",)).findings if f.rule == "hipaa/individual-notice"]
    assert [f.severity for f in found] == expected
    assert all("business associate's notice to the covered entity (2021-03-04)" in f.message for f in found)


@pytest.mark.parametrize(("text", "lang"), [
    ("The files remained accessible between the end of the upload of the files in March 2016 and the discovery of "
     "the flaw on May 3, 2022.", "en"),
    ("Les fichiers sont restés accessibles entre la fin de l'import des fichiers en mars 2016 et la découverte de la "
     "faille le 3 mai 2022.", "fr"),
])
def test_a_word_of_ending_that_opens_a_ranges_first_bound_holds_no_date(text: str, lang: str) -> None:
    """"between the end of the upload in March 2016 and the discovery": March 2016 bounds the
    exposure the range tells of; "the end of" the upload is no event that keeps it."""
    assert _events(text, lang) == {("breach_start", "2016-03-01"), ("discovery", "2022-05-03")}


def test_a_word_of_ending_with_no_range_still_holds_its_date() -> None:
    text = "The audit that began after the end of the contract in March 2016 found nothing. The flaw was found on May 3, 2022."
    assert ("breach_start", "2016-03-01") not in _events(text, "en")


@pytest.mark.parametrize(("text", "lang"), [
    ("On May 3, 2022, a customer told Acme Lending about the flaw. Acme Lending then immediately isolated the server.",
     "en"),
    ("Le 3 mai 2022, un client a signalé la faille à Acme. Acme a alors immédiatement isolé le serveur.", "fr"),
])
def test_a_response_told_as_immediate_takes_the_day_before_it(text: str, lang: str) -> None:
    assert _events(text, lang) == {("discovery", "2022-05-03"), ("containment", "2022-05-03")}


def test_the_violation_names_the_breach_in_translated_decisions() -> None:
    """Decisions translated from French or Italian call a personal data breach "the violation"."""
    text = ("The authority notes that the violation dates back to 24 April 2018. The company learned of the "
            "personal data violation on 9 May 2018.")
    assert _events(text, "en") == {("breach_start", "2018-04-24"), ("discovery", "2018-05-09")}


def test_acting_in_violation_of_a_rule_is_no_breach() -> None:
    text = "The clerk acted in violation of the clinic's policy on April 24, 2018, and the clinic found out on May 9, 2018."
    assert ("breach_start", "2018-04-24") not in _events(text, "en")


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Wren Bank found the intrusion on 4 May 2023. It answered the authority's questions on 2 October 2023 and "
     "described the attack again by letter dated 9 November 2023.", "en",
     [("2 October 2023", "proceedings"), ("9 November 2023", "proceedings")]),
    ("The company learned of the leak on 4 May 2023 (see note of 12 June 2023, p. 2). The judgment of 3 March 2022 "
     "requires it to say so.", "en", [("12 June 2023", "proceedings"), ("3 March 2022", "proceedings")]),
    ("La banque a découvert l'intrusion le 4 mai 2023. Elle a décrit l'attaque par courrier du 9 novembre 2023.", "fr",
     [("9 novembre 2023", "proceedings")]),
])
def test_a_step_of_the_proceedings_or_a_document_they_cite_is_no_event(
        text: str, lang: str, expected: list[tuple[str, str]]) -> None:
    """Decisions cite their correspondence and case law by date: explained, not missed."""
    report = check_text(text, lang=lang)
    assert [(u.text, u.reason) for u in report.unplaced] == expected
    assert {e.kind for e in report.events} == {"discovery"}


@pytest.mark.parametrize(("text", "lang"), [
    ("A scan found 35 files holding card numbers, which were quarantined on 11 June 2021.", "en"),
    ("The security hole was closed on Friday afternoon, 11 June 2021.", "en"),
    ("Les fichiers trouvés par l'analyse ont été mis en quarantaine le 11 juin 2021.", "fr"),
    ("La faille a été fermée le 11 juin 2021.", "fr"),
])
def test_quarantining_files_and_closing_a_hole_contain_the_breach(text: str, lang: str) -> None:
    assert _events(text, lang) == {("containment", "2021-06-11")}


@pytest.mark.parametrize(("text", "lang"), [
    ("On 14 February 2020, one of the shop's customers told the shop about the open folder. The shop then immediately "
     "isolated the folder and deleted the copies, in order to put an end to the breach.", "en"),
    ("Le 14 février 2020, l'un de ses clients a informé la boutique de l'ouverture du dossier. La boutique a alors "
     "immédiatement isolé le dossier afin de mettre fin à la violation.", "fr"),
])
def test_one_of_its_customers_tells_and_a_containment_for_that_end_ends_the_breach(text: str, lang: str) -> None:
    """"one of the shop's customers told the shop": how it learned; the isolation that follows
    "in order to put an end to the breach" contains it and ends it that day."""
    assert _events(text, lang) == {("discovery", "2020-02-14"), ("containment", "2020-02-14"),
                                   ("breach_end", "2020-02-14")}


def test_a_containment_with_no_end_in_view_does_not_end_the_breach() -> None:
    text = "On 14 February 2020 the shop isolated the folder in order to check its logs."
    assert _events(text, "en") == {("containment", "2020-02-14")}


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Wren Bank ought to have told its IT staff, so that a forensic review could be carried out, which it failed "
     "to do until 31 January 2019.", "en", ("investigation_start", "2019-01-31")),
    ("Wren Bank should have told the clients concerned at once, but did not do so until 31 January 2019.", "en",
     ("notification_individuals", "2019-01-31")),
    ("La banque aurait dû ouvrir une enquête aussitôt, ce qu'elle n'a fait que le 31 janvier 2019.", "fr",
     ("investigation_start", "2019-01-31")),
])
def test_an_act_put_off_and_told_by_a_pro_verb_took_place_on_the_date_after_it(
        text: str, lang: str, expected: tuple[str, str]) -> None:
    """"should have opened an investigation, which it failed to do until 31 January": the
    investigation opened on 31 January (an act done, not one owed)."""
    report = check_text(text, lang=lang)
    assert {(e.kind, iso(e.earliest)) for e in report.events} == {expected}
    assert not any(m.future for e in report.events for m in e.mentions)
