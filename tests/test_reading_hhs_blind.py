"""Families read on fresh HHS breach narratives (session hhs3), each in sentences of our own."""

from __future__ import annotations

import pytest

from helpers import events


@pytest.mark.parametrize(("text", "lang", "want"), [
    # a word of happening after the noun a notice names tells of that noun ("a breach occurring
    # from ..."): it is no object of the notice, and keeps its date
    ("The dental group, the covered entity (CE), reported a breach occurring from May 3, 2012 "
     "through June 9, 2015, when two hygienists looked up the charts of their neighbours.", "en",
     {("breach_start", "2012-05-03", "2012-05-03"), ("breach_end", "2015-06-09", "2015-06-09")}),
    ("The covered entity (CE), Harbor Eye Associates, reported an incident occurring on October 14, "
     "2019, in which a box of referral forms fell from a courier's van.", "en",
     {("breach_start", "2019-10-14", "2019-10-14")}),
    ("The plan, a covered entity, reported an intrusion happening between March 2, 2020 and "
     "April 30, 2020 on its claims portal.", "en",
     {("breach_start", "2020-03-02", "2020-03-02"), ("breach_end", "2020-04-30", "2020-04-30")}),
])
def test_happening_after_a_reported_noun_keeps_its_date(text: str, lang: str, want: set[tuple[str, str, str]]) -> None:
    assert want <= events(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    # a generic end whose subject is the organisation, past a semicolon: the breach named in the
    # clause before is no subject of it
    ("The leak came to light in April 2021; however, the pharmacy had ceased doing business with "
     "the courier on August 2, 2019.", "en"),
    ("An outsider's access was found in June 2018; the hospital had stopped working with that "
     "billing firm on January 7, 2017.", "en"),
    ("La fuite a été découverte en avril 2021 ; la pharmacie avait cessé de travailler avec ce "
     "transporteur le 2 août 2019.", "fr"),
])
def test_an_end_past_a_semicolon_is_not_the_breach_s(text: str, lang: str) -> None:
    assert not {k for k, *_ in events(text, lang)} & {"breach_end", "breach_start"}


@pytest.mark.parametrize(("text", "lang", "want"), [
    # ... while a pronoun after the semicolon still stands for the breach before it
    ("The intrusion began on May 2, 2020; it ended on May 9, 2020.", "en",
     {("breach_start", "2020-05-02", "2020-05-02"), ("breach_end", "2020-05-09", "2020-05-09")}),
    ("The attack on the billing portal started on March 1, 2022; then it stopped on March 4, 2022.", "en",
     {("breach_start", "2022-03-01", "2022-03-01"), ("breach_end", "2022-03-04", "2022-03-04")}),
    ("L'intrusion a commencé le 2 mai 2020 ; elle a pris fin le 9 mai 2020.", "fr",
     {("breach_start", "2020-05-02", "2020-05-02"), ("breach_end", "2020-05-09", "2020-05-09")}),
])
def test_a_pronoun_past_a_semicolon_keeps_the_breach(text: str, lang: str, want: set[tuple[str, str, str]]) -> None:
    assert want <= events(text, lang)


@pytest.mark.parametrize(("text", "want"), [
    # a long proper name (and its appositive) between an act and its date counts as one word
    ("Four encrypted tablets were taken from Summit Valley Home Care Services, a business associate "
     "(BA) of the health plan (CE), Lower Delaware Regional Pediatric Partners in March 2017.",
     ("breach_start", "2017-03-01", "2017-03-31")),
    ("Boxes of claim files were stolen from the van of Pacific Crest Document Shredding Company, "
     "the shredding vendor of St. Anne Community Hospital of the Valley, on June 4, 2016.",
     ("breach_start", "2016-06-04", "2016-06-04")),
])
def test_a_long_name_before_the_date_is_one_word(text: str, want: tuple[str, str, str]) -> None:
    assert want in events(text)


def test_a_far_date_past_a_clause_of_lower_case_words_stays_unread() -> None:
    # the same distance in ordinary words is too far: the date is the later clause's
    text = ("A box of charts was stolen from the back seat of a car that a nurse had parked near the "
            "old market on the corner of the two main streets of the town, on a street that was "
            "closed in May 2018.")
    assert ("breach_start", "2018-05-01", "2018-05-31") not in events(text)


@pytest.mark.parametrize(("text", "lang", "want"), [
    # a one-off act told over a range as a series: the range's ends start and end the breach
    ("On March 8, 2019, the plan learned that its print vendor had mailed benefit statements to "
     "former addresses during the period of May 2, 2017 to February 27, 2019.", "en",
     {("breach_start", "2017-05-02", "2017-05-02"), ("breach_end", "2019-02-27", "2019-02-27")}),
    ("A receptionist faxed lab orders to a retired doctor's old number on several occasions between "
     "January 9, 2020 and March 3, 2020.", "en",
     {("breach_start", "2020-01-09", "2020-01-09"), ("breach_end", "2020-03-03", "2020-03-03")}),
    ("La mutuelle a appris que son imprimeur avait envoyé par erreur des décomptes à d'anciennes "
     "adresses pendant la période du 2 mai 2017 au 27 février 2019.", "fr",
     {("breach_start", "2017-05-02", "2017-05-02"), ("breach_end", "2019-02-27", "2019-02-27")}),
])
def test_a_series_of_one_off_acts_spans_its_range(text: str, lang: str, want: set[tuple[str, str, str]]) -> None:
    assert want <= events(text, lang)


@pytest.mark.parametrize(("text", "lang", "want"), [
    # one theft, or one unknown moment, within a range stays a span
    ("A tablet was stolen from a locked cart between May 2, 2021 and May 4, 2021.", "en",
     ("breach_start", "2021-05-02", "2021-05-04")),
    ("Sometime between July 1, 2018 and August 15, 2018, a courier lost a box of charts that staff "
     "had opened several times.", "en", ("breach_start", "2018-07-01", "2018-08-15")),
])
def test_one_act_within_a_range_stays_a_span(text: str, lang: str, want: tuple[str, str, str]) -> None:
    assert want in events(text, lang)


@pytest.mark.parametrize(("text", "lang", "want", "not_want"), [
    # a bracketed date after one recipient of a list dates that recipient's notice only
    ("The practice gave notice of the breach to HHS, the affected patients (on August 14, 2018), "
     "and local television stations.", "en",
     ("notification_individuals", "2018-08-14", "2018-08-14"), "notification_regulator"),
    ("The plan notified local newspapers, the state attorney general and its members (on March 3, "
     "2017).", "en", ("notification_individuals", "2017-03-03", "2017-03-03"), "notification_media"),
    ("La mutuelle a informé la CNIL, ses adhérents (le 3 mars 2017) et la presse régionale.", "fr",
     ("notification_individuals", "2017-03-03", "2017-03-03"), "notification_regulator"),
])
def test_a_bracketed_date_dates_the_recipient_before_it(text: str, lang: str, want: tuple[str, str, str],
                                                       not_want: str) -> None:
    found = events(text, lang)
    assert want in found
    assert not any(k == not_want for k, *_ in found)


def test_a_bracketed_date_after_each_recipient_dates_each() -> None:
    text = "The clinic notified the state attorney general (on June 9, 2015) and its patients (on June 2, 2015)."
    assert {("notification_regulator", "2015-06-09", "2015-06-09"),
            ("notification_individuals", "2015-06-02", "2015-06-02")} <= events(text)


@pytest.mark.parametrize(("text", "want"), [
    # a law-enforcement body telling the organisation is how it learned: its discovery
    ("On June 4, 2019, the Postal Inspection Service notified the pharmacy that a sack of its "
     "refill notices turned up in a suspect's garage.", ("discovery", "2019-06-04", "2019-06-04")),
    ("On June 4, 2019, the U.S. Postal Inspection Service (USPIS) told the covered entity (CE) "
     "that a carton of its charts was seized.", ("discovery", "2019-06-04", "2019-06-04")),
    ("In May 2020, Homeland Security Investigations notified the health plan that its member "
     "list was offered for sale.", ("discovery", "2020-05-01", "2020-05-31")),
])
def test_a_law_enforcement_informant_tells_the_discovery(text: str, want: tuple[str, str, str]) -> None:
    assert want in events(text)


@pytest.mark.parametrize(("text", "want"), [
    # a date that closes an "until" clause after a lasting act is its end
    ("The clinic discovered on May 2, 2016, that a nurse had downloaded charts between March 1, "
     "2016 and until she was fired on April 9, 2016.",
     {("breach_start", "2016-03-01", "2016-03-01"), ("breach_end", "2016-04-09", "2016-04-09")}),
    ("A billing clerk viewed member files from March 1, 2016 until she resigned on April 9, 2016.",
     {("breach_start", "2016-03-01", "2016-03-01"), ("breach_end", "2016-04-09", "2016-04-09")}),
])
def test_a_date_closing_an_until_clause_ends_the_act(text: str, want: set[tuple[str, str, str]]) -> None:
    assert want <= events(text)


@pytest.mark.parametrize("text", [
    # a long name brings no relative phrase nearer: "72 hours after" is a duty, no notice
    "The authority finds that the shop reported the incident to The Northern Data Protection "
    "Review Board without undue delay and, where possible, no later than 72 hours after it became "
    "aware of it.",
    # ... nor a date past another day's lead: "on the date of" names the day that dates the verb
    "The controller reported to the Office of the Regional Data Protection Officer on the date of "
    "the incident notices on 16.03.2022.",
])
def test_a_long_name_does_not_reach_past_a_duty_or_another_day(text: str) -> None:
    assert not any(k.startswith("notification_") for k, *_ in events(text))
