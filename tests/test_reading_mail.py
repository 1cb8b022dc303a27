"""A mailing that is the breach, and a mailing that tells of it (issue 15, breach verbs), in
sentences written for the test."""

from __future__ import annotations

import pytest

from helpers import days as kinds


@pytest.mark.parametrize(("text", "lang", "day"), [
    ("After a faulty mail merge, the plan sent renewal letters to 1,310 members at the wrong addresses on May 4, 2021.", "en", "2021-05-04"),
    ("On August 2, 2019, explanation-of-benefits statements were mailed in window envelopes that showed each member's diagnosis.",
     "en", "2019-08-02"),
    ("Because of a programming error, invoices emailed on March 9, 2022 held the balances of other patients.", "en", "2022-03-09"),
    ("Le 12 avril 2023, la mutuelle a envoyé par erreur des relevés à d'autres adhérents.", "fr", "2023-04-12"),
])
def test_letters_that_went_astray_are_the_breach(text: str, lang: str, day: str) -> None:
    assert kinds(text, lang) == {("breach_start", day)}


@pytest.mark.parametrize(("text", "lang", "day"), [
    ("On June 30, 2021, the plan mailed notification letters to the members whose renewals went to the wrong addresses.",
     "en", "2021-06-30"),
    ("The clinic sent letters to the affected patients on June 30, 2021.", "en", "2021-06-30"),
    ("Le 30 juin 2021, la mutuelle a envoyé une notification aux adhérents dont les relevés étaient partis à la mauvaise adresse.",
     "fr", "2021-06-30"),
])
def test_letters_about_the_breach_are_notices(text: str, lang: str, day: str) -> None:
    assert ("notification_individuals", day) in kinds(text, lang)


@pytest.mark.parametrize(("text", "kind"), [
    ("On April 3, 2025, the plan mailed a letter to each affected member.", "notification_individuals"),
    ("On April 3, 2025, a vendor mistakenly mailed a letter meant for doctors to 520 members.", "breach_start"),
    ("On April 3, 2025, the plan mailed a letter intended for its providers to 520 members.", "breach_start"),
])
def test_a_single_letter_is_a_notice_unless_sent_by_mistake(text: str, kind: str) -> None:
    assert kinds(text) == {(kind, "2025-04-03")}


def test_a_date_that_opens_a_story_before_a_dash_is_its_dateline() -> None:
    text = "April 2, 2025 — Coastline Payroll told regulators on Monday that intruders had encrypted part of its systems."
    assert kinds(text) == {("notification_regulator", "2025-03-31")}
    listed = ("Timeline:\n2025-04-02 — Servers isolated after an alert fired and the team met to decide the next steps\n"
              "2025-04-03 — Letters mailed to every affected customer of the company in three states")
    assert kinds(listed) == {("containment", "2025-04-02"), ("notification_individuals", "2025-04-03")}


@pytest.mark.parametrize(("text", "lang", "kind"), [
    ("On May 3, 2024, the clinic mailed its patients a statement listing by mistake the balance of another patient.",
     "en", "breach_start"),
    ("Le 3 mai 2024, le cabinet a adressé à chaque patient un courrier portant par erreur le nom d'un autre.", "fr", "breach_start"),
    ("On May 3, 2024, the clinic mailed letters to patients explaining that records were faxed by mistake.",
     "en", "notification_individuals"),
    ("On May 3, 2024, the clinic mailed letters to patients, after records were faxed by mistake.", "en", "notification_individuals"),
])
def test_words_of_mistake_right_after_a_mailing_make_it_the_breach(text: str, lang: str, kind: str) -> None:
    """In the mailing's own clause, "by mistake" says the letter itself went wrong; past a
    clause mark or "that", it tells of another act the letter explains."""
    assert kinds(text, lang) == {(kind, "2024-05-03")}
