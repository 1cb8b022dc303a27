"""Published notices' leftovers (issue 15, helper notice10): a count or a relative clause set off by
commas inside a series of acts one date dates; acts of cutting an intruder off told in words of their
own, dated by a day phrase after a dated act. Sentences written for the test, in English and French
where the family exists in both."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_check import check_text

from helpers import days


@pytest.mark.parametrize(("text", "lang"), [
    ("On May 2, 2026 we mailed letters to 3,100 people, 980 of them Oregon residents, and we have notified "
     "the Oregon Attorney General.", "en"),
    ("On May 2, 2026, we mailed letters to 3,100 people, of whom 980 live in Oregon, and we have notified the "
     "Oregon Attorney General.", "en"),
    ("On May 2, 2026, we mailed letters to the 1,140 people affected, including 980 Oregon residents, and we "
     "also notified the Oregon Attorney General.", "en"),
    ("On May 2, 2026, we sent letters to the individuals whose files were kept on the server, and we have "
     "notified the Oregon Attorney General.", "en"),
    ("Le 2 mai 2026, nous avons envoyé des lettres aux 3 100 personnes concernées, dont 980 résidents de la "
     "Loire, et nous avons informé la CNIL.", "fr"),
])
def test_a_count_or_a_relative_set_off_by_commas_keeps_the_series_on_its_date(text: str, lang: str) -> None:
    found = days(text, lang)
    assert {("notification_individuals", "2026-05-02"), ("notification_regulator", "2026-05-02")} <= found


@pytest.mark.parametrize("text", [
    # a non-restrictive relative with an act of its own still ends the row
    "On May 2, 2026, the intruder accessed the server, which the clinic shut down, and notified the FBI.",
    # a new subject that is no pronoun of the actor: another clause
    "On May 2, 2026, the clinic mailed letters to the patients whose records were on the laptop, 40 in all, "
    "and the county later notified the FBI.",
])
def test_another_clause_after_the_commas_keeps_no_date(text: str) -> None:
    assert not any(kind == "notification_law_enforcement" and day == "2026-05-02" for kind, day in days(text))


@pytest.mark.parametrize(("text", "lang", "kinds"), [
    ("On October 2, 2026, the credit union learned that a mailbox was sending odd messages. It reset the "
     "account's password and ended its active sessions the same day, and began an investigation.", "en",
     {"containment", "investigation_start"}),
    ("On June 11, 2026, our payroll team noticed altered deposit details. We locked the payroll portal that "
     "afternoon and began an investigation.", "en", {"containment", "investigation_start"}),
    ("On June 11, 2026, staff found encrypted files. We disconnected the network from the internet that "
     "morning, notified the FBI, and brought in outside experts.", "en",
     {"containment", "notification_law_enforcement"}),
    ("On June 11, 2026, an analyst noticed logins from abroad. The team terminated all open sessions later that "
     "day and reported the matter to the police.", "en", {"containment", "notification_law_enforcement"}),
    ("Le 11 juin 2026, l'équipe de paie a remarqué des virements modifiés. Nous avons verrouillé le portail de "
     "paie dans l'après-midi et prévenu la police.", "fr", {"containment", "notification_law_enforcement"}),
    ("Le 11 juin 2026, la mutuelle a constaté des envois suspects. Elle a réinitialisé le mot de passe du "
     "compte le jour même et a lancé une enquête.", "fr", {"containment", "investigation_start"}),
])
def test_a_same_day_phrase_after_its_verb_dates_the_acts_of_its_row(text: str, lang: str, kinds: set[str]) -> None:
    found = days(text, lang)
    assert {(kind, "2026-06-11" if "juin" in text or "June" in text else "2026-10-02") for kind in kinds} <= found


@pytest.mark.parametrize("text", [
    # a date of its own after the first act: the act after it is not given that date
    "On June 11, 2026, staff found encrypted files. We disconnected the network on June 12 and notified the FBI.",
    # a later day phrase counts each act from the one before: no row
    "On June 11, 2026, staff found encrypted files. We disconnected the network the next day and notified the FBI.",
    # a clause with another subject after the day phrase
    "On June 11, 2026, staff found encrypted files. We disconnected the network that morning, and the insurer "
    "later notified the FBI.",
])
def test_the_row_of_a_same_day_phrase_stops_where_it_should(text: str) -> None:
    assert ("notification_law_enforcement", "2026-06-11") not in days(text)


@pytest.mark.parametrize(("text", "lang"), [
    ("We finished reviewing those files on April 24, 2026 and determined that they held names and dates of birth.", "en"),
    ("The outside firm completed its review on April 24, 2026, and confirmed that the folder held tax forms.", "en"),
    ("Our analysts wrapped up the file review on April 24, 2026 and found that some records held account numbers.", "en"),
    ("Nous avons terminé l'examen des fichiers le 24 avril 2026 et constaté qu'ils contenaient des noms.", "fr"),
    ("Le cabinet a achevé son analyse le 24 avril 2026 et a confirmé que les fichiers contenaient des adresses.", "fr"),
])
def test_a_finding_joined_to_the_end_of_a_review_shares_its_date(text: str, lang: str) -> None:
    assert ("determination", "2026-04-24") in days(text, lang)


@pytest.mark.parametrize("text", [
    # a date of its own for the finding
    "We finished reviewing those files on April 24, 2026 and on May 2, 2026 determined that they held names.",
    # no word of finding after the end of the review
    "We finished reviewing those files on April 24, 2026 and mailed letters to the people named in them.",
    # another clause between the review and the finding
    "We finished reviewing those files on April 24, 2026, after which our counsel determined that they held names.",
])
def test_no_finding_of_the_review_s_day_without_that_join(text: str) -> None:
    assert ("determination", "2026-04-24") not in days(text)


@pytest.mark.parametrize("text", [
    "The investigation found that malicious code was inserted into the checkout page on August 17, 2026.",
    "An unknown party injected a script into our payment form on August 17, 2026.",
    "Our investigator found that the skimming code had been added to the site on August 17, 2026.",
])
def test_code_planted_on_a_page_starts_the_breach(text: str) -> None:
    assert ("breach_start", "2026-08-17") in days(text)


@pytest.mark.parametrize("text", [
    "The code could capture card details from August 17, 2026 until we removed it on September 9, 2026.",
    "Card data entered on the site between August 17, 2026 and September 9, 2026 may have been captured.",
    "The code was added on August 17, 2026, and it could capture card numbers from that day until we took it "
    "out on September 9, 2026.",
])
def test_what_planted_code_could_capture_lasts_until_its_end(text: str) -> None:
    found = days(text)
    assert {("breach_start", "2026-08-17"), ("breach_end", "2026-09-09")} <= found


@pytest.mark.parametrize("text", [
    "On May 2, 2026, our developer added code to the page that shows store hours.",
    "On May 2, 2026, the web team inserted a new banner into the home page.",
    "The cameras could capture images of the lobby from May 2, 2026 until we replaced them on June 9, 2026.",
])
def test_code_and_capture_in_ordinary_words_are_no_breach(text: str) -> None:
    assert not any(kind.startswith("breach") for kind, _ in days(text))


@pytest.mark.parametrize("heading", [
    "Original notice - posted March 20, 2026",
    "Initial notice — first posted on March 20, 2026",
    "Notice of Data Security Incident | Posted: March 20, 2026",
])
def test_a_heading_s_stamp_of_posting_is_no_breach(heading: str) -> None:
    text = (f"UPDATE - May 1, 2026\n\nOur review is complete.\n\n{heading}\n\nOn March 16, 2026, we discovered that "
            "files on our servers had been encrypted.")
    found = days(text)
    assert ("discovery", "2026-03-16") in found
    assert not any(kind.startswith("breach") and day == "2026-03-20" for kind, day in found)


@pytest.mark.parametrize("text", [
    "On March 20, 2026, an employee posted patient photos on social media.",
    "Update: the clinic posted the patients' records online on March 20, 2026.",
    "Records - posted online March 20, 2026",
])
def test_posting_data_is_still_a_breach(text: str) -> None:
    assert ("breach_start", "2026-03-20") in days(text)


def _loud(text: str, lang: str = "en") -> list[str]:
    report = check_text(text, lang=lang, date=dt.date(2026, 12, 1))
    return [f.rule for f in report.findings if f.severity in ("error", "warning") and not f.rule.startswith("missing/")]


@pytest.mark.parametrize(("text", "lang"), [
    ("On October 6, 2026, the college discovered that a spreadsheet had been saved to a folder that anyone on "
     "the internet could open. The college learned of the exposure on October 16, 2026, when a student called.", "en"),
    ("On October 6, 2026, we found that a roster could be viewed by anyone. We learned of the exposure on "
     "October 16, 2026.", "en"),
    ("Le 6 octobre 2026, le lycée a découvert qu'un tableur avait été déposé dans un dossier que n'importe qui "
     "pouvait ouvrir. Le lycée a appris l'exposition des données le 16 octobre 2026.", "fr"),
])
def test_two_dates_for_finding_an_open_folder_are_a_conflict(text: str, lang: str) -> None:
    assert _loud(text, lang) == ["conflict/one-event-two-dates"]


@pytest.mark.parametrize(("text", "lang"), [
    # a later finding of what happened is a later stage, no conflict
    ("On March 3, 2026, we learned that a folder anyone could open held student files. On March 10, 2026, "
     "we learned that some files had been downloaded.", "en"),
    ("Le 6 octobre 2026, le lycée a découvert qu'un tableur était accessible à tous. Le 16 octobre 2026, il a "
     "constaté que le tableur avait été téléchargé.", "fr"),
    # the same day twice
    ("On March 3, 2026, we discovered that a folder anyone could open held files. We learned of the exposure "
     "on March 3, 2026, when a student called.", "en"),
])
def test_a_later_stage_of_finding_an_open_folder_is_no_conflict(text: str, lang: str) -> None:
    assert "conflict/one-event-two-dates" not in _loud(text, lang)
