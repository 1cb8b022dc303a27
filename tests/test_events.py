"""Sentences and the binder: each date goes to the event word of its own clause."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_check.binding import bind
from timeline_check.model import iso
from timeline_check.ruleset import load_rules
from timeline_check.sentences import sentences
from timeline_check.tagging import tag

RULES = load_rules()
EN, FR = RULES.languages["en"], RULES.languages["fr"]


def events(text: str, lang=EN) -> set[tuple[str, str | None, str | None]]:
    """(kind, earliest, latest) of every dated mention."""
    out = set()
    for m in bind(text, lang, tag(text, lang).timexes).mentions:
        t = m.timex
        if t.first is None:
            continue
        iv = t.last if m.role == "end" else t.first
        hi = (t.last or t.first).hi if m.role == "span" else iv.hi  # type: ignore[union-attr]
        out.add((m.kind, iso(iv.lo), iso(hi)))  # type: ignore[union-attr]
    return out


def test_sentences_keep_abbreviations_and_wrapped_lines() -> None:
    text = "Acme Inc. learned of it on Aug. 3, 2024 from\nits vendor. The U.S. office was told.\n\nNext paragraph."
    spans = [text[a:b] for a, b in sentences(text)]
    assert spans == ["Acme Inc. learned of it on Aug. 3, 2024 from\nits vendor.", "The U.S. office was told.",
                     "Next paragraph."]


def test_a_title_line_is_a_sentence_of_its_own() -> None:
    text = "Clinic breach\nThe clinic discovered it on May 1, 2024."
    assert [text[a:b] for a, b in sentences(text)] == ["Clinic breach", "The clinic discovered it on May 1, 2024."]


def test_each_table_row_is_a_sentence_of_its_own() -> None:
    rows = ["| 2024-09-20 | Investigation closed after the review of every portal account: 2,311 accounts accessed |",
            "| 2024-10-01 | Affected members notified by email, with a reset link and a help line |"]
    text = "\n".join(rows)
    assert [text[a:b] for a, b in sentences(text)] == rows
    # so the second row's date is not the first row's "accessed"
    assert events(text) == {("investigation_end", "2024-09-20", "2024-09-20"),
                            ("notification_individuals", "2024-10-01", "2024-10-01")}


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("The investigation, which began on March 4, 2024, concluded on April 30, 2024.", EN,
     {("investigation_start", "2024-03-04", "2024-03-04"), ("investigation_end", "2024-04-30", "2024-04-30")}),
    ("À la fin de l'enquête, le 25 octobre 2023, il ne faisait plus de doute que l'intrus avait accédé aux dossiers.", FR,
     {("investigation_end", "2023-10-25", "2023-10-25")}),
    ("Cette fuite de données, découverte le 22 décembre 2023, concerne des patients.", FR,
     {("discovery", "2023-12-22", "2023-12-22")}),
    ("Cette attaque, qui s'est produite entre le 16 et le 25 juillet 2023, inquiète.", FR,
     {("breach_start", "2023-07-16", "2023-07-16"), ("breach_end", "2023-07-25", "2023-07-25")}),
    ("On March 2, 2024, the hospital learned that its vendor had exposed records on February 17, 2024.", EN,
     {("discovery", "2024-03-02", "2024-03-02"), ("breach_start", "2024-02-17", "2024-02-17")}),
    ("On or about May 3, 2022, the plan, which merged with a rival on June 9, 2023, lost a laptop that was later stolen.", EN,
     {("breach_start", "2022-05-03", "2022-05-03")}),
    ("A laptop was stolen from a locked car between August 19, 2016, and Aug. 20, 2016.", EN,
     {("breach_start", "2016-08-19", "2016-08-20")}),
    ("The clinic discovered the intrusion on January 22, 2024.", EN, {("discovery", "2024-01-22", "2024-01-22")}),
    ("The practice sent breach notices to HHS, affected individuals, and the media on June 1, 2018.", EN,
     {("notification_regulator", "2018-06-01", "2018-06-01"), ("notification_individuals", "2018-06-01", "2018-06-01"),
      ("notification_media", "2018-06-01", "2018-06-01")}),
    ("On June 26, 2016, a journalist notified the clinic that its records were for sale.", EN,
     {("discovery", "2016-06-26", "2016-06-26")}),
    ("The employee kept copying files without detection from April 2011 to April 2012.", EN,
     {("breach_start", "2011-04-01", "2011-04-30"), ("breach_end", "2012-04-01", "2012-04-30")}),
    ("The clinic found a printout for the month of September 2006 in a storage room.", EN, set()),
    ("OCR opened an investigation on May 18, 2013.", EN, set()),
    ("The hacker continued to access the records until July 16, 2016.", EN, {("breach_end", "2016-07-16", "2016-07-16")}),
    ("Les patients ont été informés le 9 février 2024.", FR, {("notification_individuals", "2024-02-09", "2024-02-09")}),
    ("La société a déclaré la violation à la CNIL le 12 mars 2024.", FR, {("notification_regulator", "2024-03-12", "2024-03-12")}),
    ("L'enquête interne, ouverte le 10 février 2024, est toujours en cours.", FR,
     {("investigation_start", "2024-02-10", "2024-02-10")}),
])
def test_binding_follows_the_clause(text: str, lang, expected) -> None:
    assert events(text, lang) == expected


def test_a_date_after_that_belongs_to_what_was_reported() -> None:
    text = ("The clinic reported that, between May 2, 2011 and July 28, 2011, an employee copied patient charts, "
            "against its policies.")
    assert events(text) == {("breach_start", "2011-05-02", "2011-05-02"), ("breach_end", "2011-07-28", "2011-07-28")}
    assert events("The clinic notified OCR that its owner died on June 3, 2018.") == set()


def test_a_list_of_dates_for_one_event_word() -> None:
    text = "The clinic reported that on June 16, 2015, and June 22, 2015, it discovered that someone had opened a storage unit."
    assert events(text) == {("discovery", "2015-06-16", "2015-06-16"), ("discovery", "2015-06-22", "2015-06-22")}


def test_dateline_is_the_texts_own_date() -> None:
    text = "Published: April 2, 2024\n\nThe clinic discovered the breach on March 1, 2024."
    kinds = {m.kind: m for m in bind(text, EN, tag(text, EN).timexes).mentions}
    assert kinds["publication"].timex.first.lo == dt.date(2024, 4, 2).toordinal()  # type: ignore[union-attr]


def test_marks_another_occurrence_and_planned_events() -> None:
    text = ("On May 1, 2024, the clinic discovered the breach. On June 3, 2024, it discovered that another "
            "server was affected. It will notify patients on July 1, 2024.")
    ms = bind(text, EN, tag(text, EN).timexes).mentions
    assert [m.distinct for m in ms if m.kind == "discovery"] == [False, True]
    assert [m.future for m in ms if m.kind == "notification_individuals"] == [True]


def test_undated_notices_are_kept() -> None:
    text = "The clinic notified HHS. Patients were notified on May 2, 2024."
    b = bind(text, EN, tag(text, EN).timexes)
    assert [u.kind for u in b.undated] == ["notification_regulator"]


def test_relative_phrase_and_date_on_one_event() -> None:
    text = "The firm discovered the breach on May 3, 2024. Two days later, on May 5, 2024, it notified patients."
    ms = [m for m in bind(text, EN, tag(text, EN).timexes).mentions if m.kind == "notification_individuals"]
    assert sorted(m.timex.kind for m in ms) == ["date", "relative"]

@pytest.mark.parametrize("text", [
    "The clinic noticed odd traffic on March 18, 2025 and called in outside consultants the next day.",
    "La clinique a détecté un trafic anormal le 18 mars 2025 et a appelé des consultants le lendemain.",
])
def test_a_relative_phrase_after_another_verb_does_not_date_the_event_word_again(text: str) -> None:
    lang = FR if "le 18" in text else EN
    assert [(m.kind, m.timex.kind) for m in bind(text, lang, tag(text, lang).timexes).mentions] == [("discovery", "date")]


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("The clinic suffered a ransomware attack starting on August 22, 2016.", EN, {("breach_start", "2016-08-22", "2016-08-22")}),
    ("On August 25, 2017, four employees were the victims of a phishing campaign.", EN,
     {("breach_start", "2017-08-25", "2017-08-25")}),
    ("Les pirates sont entrés dans le réseau le 18 janvier 2024.", FR, {("breach_start", "2024-01-18", "2024-01-18")}),
    ("L'intrusion n'a été stoppée que le 6 mai 2024.", FR, {("breach_end", "2024-05-06", "2024-05-06")}),
    ("Card data had been skimmed from October 2, 2023 to January 29, 2024.", EN,
     {("breach_start", "2023-10-02", "2023-10-02"), ("breach_end", "2024-01-29", "2024-01-29")}),
    ("Le département a été la cible d'une attaque dans la nuit du 26 au 27 novembre 2023.", FR,
     {("breach_start", "2023-11-26", "2023-11-26"), ("breach_end", "2023-11-27", "2023-11-27")}),
])
def test_a_victim_or_target_of_an_attack(text: str, lang, expected) -> None:
    assert events(text, lang) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("On 9 May 2022 the controller, an online retailer, notified the supervisory authority of the breach.",
     {("notification_regulator", "2022-05-09", "2022-05-09")}),
    # a bare date opening a sentence (a line broken before it) is no fronted "On ..."
    ("19 July 2021 until it notified the authority on 24 September 2021.",
     {("notification_regulator", "2021-09-24", "2021-09-24")}),
])
def test_a_date_after_on_opens_its_sentence_without_a_comma(text: str, expected) -> None:
    assert events(text) == expected


def test_a_day_phrase_restating_a_date_counts_from_the_words_after_it() -> None:
    text = ("The insurer learned of it on September 30, 2024. It ended the clerk's access on October 1, 2024, "
            "the day after it found out. Letters to those members went out on February 24, 2025.")
    ms = bind(text, EN, tag(text, EN).timexes).mentions
    assert sorted((m.kind, m.timex.text) for m in ms) == [
        ("breach_end", "October 1, 2024"), ("breach_end", "the day after"), ("discovery", "September 30, 2024"),
        ("notification_individuals", "February 24, 2025")]


@pytest.mark.parametrize(("text", "lang"), [
    ("Le laboratoire a signalé l'incident à la CNIL le 9 mai 2024, soit trois jours après avoir découvert "
     "l'attaque, et prévenu ses patients par SMS à partir du 3 juin 2024.", FR),
    ("The lab reported the incident to the authority on May 9, 2024, three days after it found the attack, and "
     "texted its patients from June 3, 2024.", EN),
])
def test_a_relative_phrase_restating_a_date_dates_what_the_date_dates(text: str, lang) -> None:
    ms = bind(text, lang, tag(text, lang).timexes).mentions
    assert [m.kind for m in ms if m.timex.kind == "relative"] == ["notification_regulator"]


def test_a_public_body_the_text_names_is_no_outsider() -> None:
    text = ("The Riverbend Water Authority said card data had been skimmed. "
            "The authority learned of the problem on February 1, 2024.")
    assert events(text) == {("discovery", "2024-02-01", "2024-02-01")}
    # the data protection authority's own acts stay out
    text = "The Danish Data Protection Authority opened a case. The authority learned of the problem on 1 February 2024."
    assert events(text) == set()


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("The hospital started mailing letters on June 18, 2024.", EN, {("notification_individuals", "2024-06-18", "2024-06-18")}),
    ("An investigation showed the attackers had been inside since October 20, 2024.", EN,
     {("breach_start", "2024-10-20", "2024-10-20")}),
    ("Les habitants, eux, n'ont été informés que le 11 octobre 2024, par un message sur le site de la commune.", FR,
     {("notification_individuals", "2024-10-11", "2024-10-11")}),
    ("Patients, however, were told on May 3, 2024.", EN, {("notification_individuals", "2024-05-03", "2024-05-03")}),
    # letters in general are no notice: misdirected mail is the breach
    ("On January 23, 2017, the plan mailed letters containing member IDs to the wrong addresses.", EN,
     {("breach_start", "2017-01-23", "2017-01-23")}),
    ("In letters dated April 12, 2024, the practice said an employee clicked a link in a phishing email on January 3, "
     "2024.", EN, {("notification_individuals", "2024-04-12", "2024-04-12"), ("breach_start", "2024-01-03", "2024-01-03")}),
    ("Les pirates s'étaient introduits dans le réseau le 1er octobre 2024.", FR, {("breach_start", "2024-10-01", "2024-10-01")}),
])
def test_asides_letters_told_of_and_clicks(text: str, lang, expected) -> None:
    assert events(text, lang) == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # a statement to the press is no determination that a breach occurred: it is the public
    # disclosure, on the day it was made (binding/said_on.py)
    ("Acme Corp. confirmed on Monday, March 4, 2024 that hackers had stolen customer data.", EN,
     {("public_disclosure", "2024-03-04", "2024-03-04")}),
    ("L'assureur a confirmé jeudi 14 mars 2024 qu'une fuite de données avait touché ses adhérents.", FR,
     {("public_disclosure", "2024-03-14", "2024-03-14")}),
    ("The removal of the pages was confirmed on August 30, 2017.", EN, set()),
    # a finding of the investigation is one
    ("On May 4, 2024, the outside firm confirmed that records had been viewed.", EN,
     {("determination", "2024-05-04", "2024-05-04")}),
    ("Le 4 mai 2024, le prestataire a confirmé la consultation des dossiers.", FR,
     {("determination", "2024-05-04", "2024-05-04")}),
])
def test_confirming_is_a_determination_only_of_what_follows_it(text: str, lang, expected) -> None:
    assert events(text, lang) == expected


@pytest.mark.parametrize(("text", "lang"), [
    ("The firm concluded on October 15, 2015, that a clerk had viewed the files.", EN),
    ("A former contractor accessed the records after her employment ended on May 12, 2017.", EN),
    ("The clinic, which closed in January 2016, lost a laptop.", EN),
    ("Le cabinet a fermé ses portes, et son bail s'est terminé le 3 mai 2016, avant l'intrusion.", FR),
])
def test_a_beginning_or_end_of_something_else_keeps_its_date(text: str, lang) -> None:
    assert events(text, lang) == set()


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("On May 3, 2024, the clinic got in touch with the FBI.", EN, {("notification_law_enforcement", "2024-05-03", "2024-05-03")}),
    ("The hospital reached out to affected patients on May 3, 2024.", EN,
     {("notification_individuals", "2024-05-03", "2024-05-03")}),
    ("On May 3, 2024, a researcher reached out to the clinic about an open server.", EN,
     {("discovery", "2024-05-03", "2024-05-03")}),
    ("Le 3 mai 2024, la mairie a saisi la CNIL.", FR, {("notification_regulator", "2024-05-03", "2024-05-03")}),
    ("Le 3 mai 2024, la clinique a pris contact avec la gendarmerie.", FR,
     {("notification_law_enforcement", "2024-05-03", "2024-05-03")}),
])
def test_getting_in_touch_is_telling(text: str, lang, expected) -> None:
    assert events(text, lang) == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # the subject is the noun before the preposition
    ("The investigation into the March intrusion was closed on April 2, 2024.", EN,
     {("investigation_end", "2024-04-02", "2024-04-02")}),
    ("Following the breach, the clinic completed risk analyses in July 2015.", EN, set()),
    # not past a comma: "The following day, the investigation ended"
    ("The clinic opened an investigation on April 16, 2023. On April 17, 2023, following a review, the investigation "
     "ended.", EN, {("investigation_start", "2023-04-16", "2023-04-16"), ("investigation_end", "2023-04-17", "2023-04-17")}),
    # a relative clause's subject is the noun it follows, after a preposition or not
    ("The clinic notified OCR of a breach by its vendor, Nuance, that occurred from November 20 to December 9, 2017.",
     EN, {("breach_start", "2017-11-20", "2017-11-20"), ("breach_end", "2017-12-09", "2017-12-09")}),
    # "confirmed that" opens a clause, whose own verb takes the date
    ("Forensic analysts confirmed that the intruder used a VPN account from March 18 to March 27, 2024.", EN,
     {("breach_start", "2024-03-18", "2024-03-18"), ("breach_end", "2024-03-27", "2024-03-27")}),
])
def test_subjects_and_clauses_of_generic_words(text: str, lang, expected) -> None:
    assert events(text, lang) == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Un pirate a utilisé les identifiants d'un salarié pour se connecter à l'espace de gestion entre le 4 et le 6 "
     "novembre 2024.", FR, {("breach_start", "2024-11-04", "2024-11-04"), ("breach_end", "2024-11-06", "2024-11-06")}),
    ("Selon un courriel envoyé à ses adhérents le 25 novembre 2024, la mutuelle a été piratée.", FR,
     {("notification_individuals", "2024-11-25", "2024-11-25")}),
    ("Customers began receiving letters on April 12, 2024.", EN, {("notification_individuals", "2024-04-12", "2024-04-12")}),
])
def test_logging_in_and_messages_sent(text: str, lang, expected) -> None:
    assert events(text, lang) == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("L'intrusion a été détectée le 3 septembre 2024, lorsque l'hébergeur a signalé un trafic inhabituel.", FR,
     {("discovery", "2024-09-03", "2024-09-03")}),
    ("Un attaquant a exploité une faille de l'interface le 29 août 2024.", FR, {("breach_start", "2024-08-29", "2024-08-29")}),
    ("The attacker exploited a vulnerability in the portal on August 29, 2024.", EN,
     {("breach_start", "2024-08-29", "2024-08-29")}),
    ("Letters went out on July 11, 2024.", EN, {("notification_individuals", "2024-07-11", "2024-07-11")}),
])
def test_informants_flaws_and_letters(text: str, lang, expected) -> None:
    assert events(text, lang) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a further recipient after a notice's date takes a date after it, not the notice's own
    ("The fund notified the Office of the Australian Information Commissioner on 17 June 2024 and began contacting "
     "members the same week.", {("notification_regulator", "2024-06-17", "2024-06-17")}),
    ("In June 2014, the covered entity suspected that a former optometrist had created credentials for herself.",
     {("discovery", "2014-06-01", "2014-06-30")}),
    ("The fund's assessment, completed on 14 June 2024, showed that member records had been downloaded.",
     {("investigation_end", "2024-06-14", "2024-06-14")}),
])
def test_joins_suspicion_and_assessments(text: str, expected) -> None:
    assert events(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("L'hôpital a commencé lundi 13 mai 2024 à envoyer des lettres à près de 30 000 patients.",
     {("notification_individuals", "2024-05-13", "2024-05-13")}),
    ("Les pirates avaient pénétré le système informatique le 11 février 2024.", {("breach_start", "2024-02-11", "2024-02-11")}),
    ("L'hôpital prévient ses patients le 13 mai 2024.", {("notification_individuals", "2024-05-13", "2024-05-13")}),
])
def test_french_sending_entering_and_present_telling(text: str, expected) -> None:
    assert events(text, FR) == expected


def test_a_vendor_that_did_not_notify_the_plan_until_a_date_notified_the_covered_entity() -> None:
    text = "ClaimBridge discovered the activity on July 5, 2023, but did not notify the plan until June 20, 2024."
    assert events(text) == {("discovery", "2023-07-05", "2023-07-05"),
                            ("notification_covered_entity", "2024-06-20", "2024-06-20")}


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # the agent of a passive may be an outsider: its act is no event of the incident
    ("Une enquête a été ouverte par le parquet de Paris le 13 mars 2024.", FR, set()),
    ("An investigation was opened by OCR on May 3, 2024.", EN, set()),
    ("An investigation was opened by the clinic on May 3, 2024.", EN, {("investigation_start", "2024-05-03", "2024-05-03")}),
    ("L'opérateur a aussitôt déposé plainte et saisi la CNIL le 8 mars 2024.", FR,
     {("notification_regulator", "2024-03-08", "2024-03-08")}),
    ("Des pirates ont usurpé des comptes pour accéder au système entre le 6 février et le 5 mars 2024.", FR,
     {("breach_start", "2024-02-06", "2024-02-06"), ("breach_end", "2024-03-05", "2024-03-05")}),
    ("L'entreprise, prévenue par son prestataire le 25 juin 2024, a fermé l'accès au fichier le même jour.", FR,
     {("discovery", "2024-06-25", "2024-06-25")}),
])
def test_agents_referrals_and_being_told(text: str, lang, expected) -> None:
    assert events(text, lang) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # patients after "to" are the letters' recipients, not an informant of the next verb
    ("The practice began mailing letters to patients on Oct. 11, 2024 and reported the theft to the federal health "
     "department, HHS, the same day.", {("notification_individuals", "2024-10-11", "2024-10-11")}),
    ("On May 3, 2024, one of its patients notified the clinic of the exposure.", {("discovery", "2024-05-03", "2024-05-03")}),
    ("Police were called on September 25, 2024.", {("notification_law_enforcement", "2024-09-25", "2024-09-25")}),
])
def test_informants_are_subjects_and_police_are_called(text: str, expected) -> None:
    assert events(text) == expected


def test_a_published_line_with_a_time_of_day_is_the_texts_own_date() -> None:
    text = "County breach\n\nBy Mark Ellison\nPublished 6:02 PM EST, Tue February 11, 2025\n\nThe county found it."
    assert ("publication", "2025-02-11", "2025-02-11") in events(text)
    assert ("publication", "2020-01-14", "2020-01-14") not in events("Date of notification of the breach: 01/14/2020\n")


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("An outside firm hired on Oct. 2, 2024 finished its forensic review on Nov. 8, 2024.", EN,
     {("investigation_start", "2024-10-02", "2024-10-02"), ("investigation_end", "2024-11-08", "2024-11-08")}),
    ("D'après la clinique, l'infection remonte au 6 février 2024.", FR, {("breach_start", "2024-02-06", "2024-02-06")}),
    ("La clinique a informé ses clients lundi 15 avril 2024.", FR, {("notification_individuals", "2024-04-15", "2024-04-15")}),
    ("It notified the National Credit Union Administration on Dec. 15, 2024.", EN,
     {("notification_regulator", "2024-12-15", "2024-12-15")}),
])
def test_hiring_investigators_infections_and_french_clients(text: str, lang, expected) -> None:
    assert events(text, lang) == expected


def test_a_relative_phrase_ending_a_title_does_not_count_from_the_date_line_below() -> None:
    text = "Les clients informés deux mois après\n\nLe 18 avril 2024\n\nLa clinique a informé ses clients."
    assert ("publication", "2024-04-18", "2024-04-18") in events(text, FR)


def test_a_notice_told_in_the_future_after_its_noun_is_planned() -> None:
    text = "Une nouvelle notification complémentaire sera adressée à la CNIL le 30 septembre 2024."
    assert [m.future for m in bind(text, FR, tag(text, FR).timexes).mentions] == [True]


def test_a_sentence_opening_on_a_separate_incident_speaks_of_another_one() -> None:
    text = "A separate incident at the same hospital, a misdirected fax on July 8, 2024, was reported within a week."
    assert all(m.distinct for m in bind(text, EN, tag(text, EN).timexes).mentions)
    text = "Meanwhile, the clinic notified HHS on July 8, 2024."
    assert not any(m.distinct for m in bind(text, EN, tag(text, EN).timexes).mentions)


@pytest.mark.parametrize(("text", "lang", "kind"), [
    ("The team spotted the encryption on March 11, 2024 and took the claims system offline the same afternoon.", EN,
     "containment"),
    ("La société a été informée le 12 mars 2021 de la fuite. Elle a restreint l'accès à la base le jour même.", FR,
     "containment"),
])
def test_the_same_afternoon_and_restricting_access(text: str, lang, kind: str) -> None:
    assert [m.timex.kind for m in bind(text, lang, tag(text, lang).timexes).mentions if m.kind == kind] == ["relative"]


def test_a_date_alone_in_brackets_is_no_clause_of_its_own() -> None:
    text = "The region did not report the breach, which occurred in the period (30 May 2018 to 29 April 2021)."
    assert events(text) == {("breach_start", "2018-05-30", "2018-05-30"), ("breach_end", "2021-04-29", "2021-04-29")}


def test_a_date_heading_a_list_item_dates_each_of_its_clauses() -> None:
    text = ("- 2024-01-16 to 2024-01-19: attacker logs in to the mailbox 14 times.\n"
            "- 2024-01-23: forensic firm engaged; investigation opened.\n"
            "- 2024-03-08: notice to the state attorney general and to the affected customers.\n")
    assert events(text) == {("breach_start", "2024-01-16", "2024-01-16"), ("breach_end", "2024-01-19", "2024-01-19"),
                            ("investigation_start", "2024-01-23", "2024-01-23"),
                            ("notification_regulator", "2024-03-08", "2024-03-08"),
                            ("notification_individuals", "2024-03-08", "2024-03-08")}


def test_a_semicolon_still_ends_a_clause_after_a_date_inside_a_sentence() -> None:
    assert events("The firm was engaged on 2024-01-23; the investigation opened later.") == set()


def test_a_filing_dated_a_day_is_the_notice_not_the_breach() -> None:
    text = ("The clinic told regulators that it had been hit by a cyberattack, according to a filing on the "
            "HHS breach portal dated June 10, 2024.")
    assert events(text) == {("notification_regulator", "2024-06-10", "2024-06-10")}


def test_notices_is_a_noun_not_a_discovery() -> None:
    assert events("On January 16, 2020, 72 notices signed by the ministry carried the wrong names.") == set()


def test_shutting_a_server_down_contains_the_breach() -> None:
    text = "The clinic shut the server down on March 19, 2025."
    assert events(text) == {("containment", "2025-03-19", "2025-03-19")}



def test_a_dateline_anchors_yesterday() -> None:
    from timeline_check import check_text

    r = check_text("Publié le 5 mars 2024\n\nL'hôpital a découvert la fuite hier.", lang="fr")
    assert [(e.kind, iso(e.earliest)) for e in r.events if e.kind == "discovery"] == [("discovery", "2024-03-04")]


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("The intrusion began on March 3, 2019, and ended on April 9, 2019.", EN,
     {("breach_start", "2019-03-03", "2019-03-03"), ("breach_end", "2019-04-09", "2019-04-09")}),
    ("L'intrusion a commencé le 3 mars 2019, et a pris fin le 9 avril 2019.", FR,
     {("breach_start", "2019-03-03", "2019-03-03"), ("breach_end", "2019-04-09", "2019-04-09")}),
    ("Following the notification, on March 3, 2019, the clinic discovered the breach.", EN,
     {("discovery", "2019-03-03", "2019-03-03")}),
])
def test_a_date_an_event_word_governs_does_not_open_its_clause(text: str, lang, expected) -> None:
    assert events(text, lang) == expected


@pytest.mark.parametrize(("text", "lang"), [
    ("Staff found the intrusion on May 3, 2024, even though the project it served had ended in July 2016.", EN),
    ("L'intrusion a été découverte le 3 mai 2024, alors que le projet de recherche s'est terminé en juillet 2016.", FR),
])
def test_a_generic_end_takes_its_subject_from_its_own_clause(text: str, lang) -> None:
    assert {k for k, _, _ in events(text, lang)} == {"discovery"}


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("The clinic, founded in 1998, discovered the breach on March 3, 2024.", EN, {("discovery", "2024-03-03", "2024-03-03")}),
    ("La clinique, fondée le 4 mai 1998, a découvert la violation le 3 mars 2024.", FR,
     {("discovery", "2024-03-03", "2024-03-03")}),
])
def test_a_founding_date_describes_the_organisation(text: str, lang, expected) -> None:
    assert events(text, lang) == expected


@pytest.mark.parametrize("code", ["en", "fr"])
def test_trigger_and_notice_examples_of_a_language_file_bind_to_their_kind(code: str) -> None:
    """The ``examples`` of every [[trigger]] and [[notice]] are run: each gives a dated mention
    of the trigger's kind (a breach word: its start or end), or, for a notice, a notification
    (its ``default`` when it has one)."""
    import tomllib

    from timeline_check.ruleset import default_rules_dir
    lang = RULES.languages[code]
    raw = tomllib.loads((default_rules_dir() / "lang" / f"{code}.toml").read_text(encoding="utf-8"))
    seen = 0
    for block in ("trigger", "notice"):
        for entry in raw[block]:
            for text in entry.get("examples", []):
                kinds = {k for k, _, _ in events(text, lang)}
                want = entry.get("kind") or entry.get("default")
                if block == "trigger":
                    assert (kinds & {"breach_start", "breach_end"} if want == "breach" else want in kinds), (text, kinds)
                else:
                    assert any(k.startswith("notification") for k in kinds) and (want is None or want in kinds), (text, kinds)
                seen += 1
    assert seen >= 10


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # a thousands separator is no clause comma between a notice verb and its date
    ("Riverside began mailing letters to 4,210 affected patients on March 15, 2024, and reported the incident "
     "to the HHS Office for Civil Rights on March 18, 2024.", EN,
     {("notification_individuals", "2024-03-15", "2024-03-15"), ("notification_regulator", "2024-03-18", "2024-03-18")}),
    # a complaint goes to the police; the CNIL is the next verb's recipient
    ("L'établissement a déposé plainte le 5 décembre 2023 et a notifié l'incident à la CNIL le 6 décembre 2023.", FR,
     {("notification_law_enforcement", "2023-12-05", "2023-12-05"), ("notification_regulator", "2023-12-06", "2023-12-06")}),
    ("The clinic filed a police report on May 3, 2024 and notified HHS on May 9, 2024.", EN,
     {("notification_law_enforcement", "2024-05-03", "2024-05-03"), ("notification_regulator", "2024-05-09", "2024-05-09")}),
    # in the passive, a notice's recipients stand after the verb of telling before it
    ("Une plainte a été déposée le 20 novembre 2023 et la CNIL a été notifiée le 21 novembre 2023.", FR,
     {("notification_law_enforcement", "2023-11-20", "2023-11-20"), ("notification_regulator", "2023-11-21", "2023-11-21")}),
    # one verb, two recipients, each with its own date
    ("We reported the incident to the FBI on August 15, 2023 and to the federal Department of Health and Human "
     "Services on October 11, 2023.", EN,
     {("notification_law_enforcement", "2023-08-15", "2023-08-15"), ("notification_regulator", "2023-10-11", "2023-10-11")}),
    ("Orion notified its members on April 28, 2022 and the Maine Attorney General on April 29, 2022.", EN,
     {("notification_individuals", "2022-04-28", "2022-04-28"), ("notification_regulator", "2022-04-29", "2022-04-29")}),
    ("L'hôpital a prévenu la police le 5 mai 2024 et la CNIL le 7 mai 2024.", FR,
     {("notification_law_enforcement", "2024-05-05", "2024-05-05"), ("notification_regulator", "2024-05-07", "2024-05-07")}),
    # but not a party named in passing, nor the speaker after a date
    ("The shop filed a follow-up notice on 5 September 2021 and, at the request of the authority, gave a statement on "
     "8 October 2021.", EN, {("notification_regulator", "2021-09-05", "2021-09-05")}),
    ("Letters went out to affected residents on Jan. 20, 2024, the department said.", EN,
     {("notification_individuals", "2024-01-20", "2024-01-20")}),
    ("The FBI was contacted on May 3, 2024 and HHS was notified on May 9, 2024.", EN,
     {("notification_law_enforcement", "2024-05-03", "2024-05-03"), ("notification_regulator", "2024-05-09", "2024-05-09")}),
    ("La mutuelle a informé les adhérents par courriel le 19 avril 2024.", FR,
     {("notification_individuals", "2024-04-19", "2024-04-19")}),
    # disclosing an attack is telling the public of it, not the attack
    ("Northwind disclosed a ransomware attack on March 19, 2024.", EN, {("public_disclosure", "2024-03-19", "2024-03-19")}),
    ("The attackers entered its network on February 26, 2024.", EN, {("breach_start", "2024-02-26", "2024-02-26")}),
])
def test_notices_go_to_their_own_recipients(text: str, lang, expected) -> None:
    assert events(text, lang) == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Letters to families were mailed on Jan. 12, 2024.", EN, {("notification_individuals", "2024-01-12", "2024-01-12")}),
    ("Members were first told on April 10, 2024.", EN, {("notification_individuals", "2024-04-10", "2024-04-10")}),
    ("In a letter mailed to 1,200 members on May 3, 2024, the plan said files were copied.", EN,
     {("notification_individuals", "2024-05-03", "2024-05-03")}),
    ("We are mailing this letter on March 3, 2025.", EN, {("notification_individuals", "2025-03-03", "2025-03-03")}),
    ("The CE provided media notification on December 21, 2018.", EN, {("notification_media", "2018-12-21", "2018-12-21")}),
    ("The bucket was locked down on February 6, 2023.", EN, {("containment", "2023-02-06", "2023-02-06")}),
    # a list item's heading date with a time of day and its zone; an alert is how it was found
    ("- 2024-06-03 11:40 UTC: Server isolated from the network.", EN, {("containment", "2024-06-03", "2024-06-03")}),
    ("- 2024-06-04 11:40 UTC: server isolated; patients notified by email", EN,
     {("containment", "2024-06-04", "2024-06-04"), ("notification_individuals", "2024-06-04", "2024-06-04")}),
    ("- 2024-06-03 09:14 (EST): EDR alert on the build server.", EN, {("discovery", "2024-06-03", "2024-06-03")}),
    ("Le 3 juin 2024, l'antivirus a déclenché une alerte sur un poste.", FR, {("discovery", "2024-06-03", "2024-06-03")}),
    # a verb's long object, in one clause with no comma, before its date: bound, not for sure
    ("A housing officer emailed a spreadsheet containing the details of 412 tenants to a mailing list of local "
     "landlords on 6 February 2023.", EN, {("breach_start", "2023-02-06", "2023-02-06")}),
    # not past another date's lead word: "on the date of" dates what follows it
    ("The controller reported to the office of the privacy commissioner on the date of the notifications of the breach "
     "on 16 March 2022.", EN, set()),
    # past "before", the date may be the other verb's: bound, not for sure
    ("The clinic found on May 12, 2024 that an employee had downloaded records before leaving on April 26, 2024.", EN,
     {("discovery", "2024-05-12", "2024-05-12"), ("breach_start", "2024-04-26", "2024-04-26")}),
    # a question of when and its answer; saying is no notice, declaring the breach is
    ("Quand en avez-vous eu connaissance ? Le 5 avril 2024 à 8 h 30, lorsqu'un collègue a signalé des courriels "
     "suspects.", FR, {("discovery", "2024-04-05", "2024-04-05")}),
    ("When was law enforcement told? We contacted the FBI on April 11, 2024.", EN,
     {("notification_law_enforcement", "2024-04-11", "2024-04-11")}),  # the answer's own event, not the question's
    ("Quand la violation a-t-elle eu lieu ? Dans la nuit du 4 au 5 avril 2024, un tiers a accédé à la messagerie.", FR,
     {("breach_start", "2024-04-04", "2024-04-04"), ("breach_end", "2024-04-05", "2024-04-05")}),
    ("Le maire a déclaré le 3 mai 2024 que le service était rétabli.", FR, set()),
    ("La clinique a signalé l'incident le 12 mars 2024.", FR, {("notification_regulator", "2024-03-12", "2024-03-12")}),
    # a dated letter to its recipients; notices filed; a letter between two authorities is none of ours
    ("In a letter dated Nov. 4, 2024 and sent to 88,000 policyholders, the insurer described the breach.", EN,
     {("notification_individuals", "2024-11-04", "2024-11-04")}),
    ("The company filed notices with the Maine attorney general on Nov. 5, 2024.", EN,
     {("notification_regulator", "2024-11-05", "2024-11-05")}),
    ("By letter dated 15 May 2019, the authority requested information from the party.", EN, set()),
    # a date set aside is no event's date
    ("The county now says the intrusion began on March 1, 2024, not March 4, 2024 as it said earlier.", EN,
     {("breach_start", "2024-03-01", "2024-03-01")}),
    ("L'intrusion a commencé le 1er mars 2024, et non le 4 mars 2024.", FR, {("breach_start", "2024-03-01", "2024-03-01")}),
    # a label and its colon do not stop a date from opening its clause
    ("What happened: On or about November 14, 2023, the plan learned that a vendor had been attacked.", EN,
     {("discovery", "2023-11-14", "2023-11-14")}),
    # what was sent is no recipient; "all of" the members are
    ("ClaimBridge sent us a list of affected members on January 8, 2024.", EN, set()),
    ("On 20 October 2021, the company notified all of the data subjects affected by the incident.", EN,
     {("notification_individuals", "2021-10-20", "2021-10-20")}),
    # a statement posted is the public's news, not data posted online
    ("The clinic's statement was posted Monday, March 4, 2024.", EN, {("public_disclosure", "2024-03-04", "2024-03-04")}),
    ("Patient records were posted online on March 4, 2024.", EN, {("breach_start", "2024-03-04", "2024-03-04")}),
    # a notice noun and its participle; the comma inside the date is no clause's end
    ("The notification sent on June 1, 2024 to the patients described the attack.", EN,
     {("notification_individuals", "2024-06-01", "2024-06-01")}),
    # a regulator that tells someone is acting on its own; one that is told or receives is notified
    ("On 11 May 2020 the Authority notified the processor and asked the data protection authority of Ireland to assist.",
     EN, set()),
    ("Le 11 mai 2020, la CNIL a informé la société et l'autorité irlandaise de la procédure.", FR, set()),
    ("The Commission received the notification on May 3, 2024.", EN, {("notification_regulator", "2024-05-03", "2024-05-03")}),
    ("The CNIL was notified on May 3, 2024.", EN, {("notification_regulator", "2024-05-03", "2024-05-03")}),
    # "the same day" of the statement, not of the intrusion named after the comma
    ("Le 15 mars 2024, l'université a annoncé une attaque. Selon un communiqué publié le jour même, l'intrusion a été "
     "repérée le 11 mars 2024.", FR,
     {("public_disclosure", "2024-03-15", "2024-03-15"), ("discovery", "2024-03-11", "2024-03-11")}),
])
def test_words_of_telling_and_their_recipients(text: str, lang, expected) -> None:
    assert events(text, lang) == expected


@pytest.mark.parametrize("text", ["BOSTON, Jan. 18, 2024 — Lakeside Pediatrics is writing to families about a theft.",
                                  "NEW YORK, Jan. 18, 2024 — Lakeside Pediatrics is writing to families about a theft.",
                                  "SPRINGFIELD, Ill., Jan. 18, 2024 /PRNewswire/ -- Lakeside Pediatrics is writing to families.",
                                  "Update, Jan. 18, 2024: Lakeside Pediatrics is writing to families.",
                                  "By Staff Reporter | Updated Jan. 18, 2024\n\nLakeside Pediatrics is writing to families."])
def test_a_wire_dateline_is_the_texts_own_date(text: str) -> None:
    assert ("publication", "2024-01-18", "2024-01-18") in events(text)
    assert ("publication", "2024-01-18", "2024-01-18") not in events("The clinic said the theft of Jan. 18, 2024 — a laptop — was reported.")


@pytest.mark.parametrize(("text", "lang"), [
    ("Par la rédaction · Publié le 18 janvier 2024\n\nLa clinique écrit aux familles.", FR),
    ("By a staff reporter | January 18, 2024\n\nThe clinic is writing to families.", EN),
])
def test_a_dateline_in_a_bylines_field(text: str, lang) -> None:
    assert ("publication", "2024-01-18", "2024-01-18") in events(text, lang)


def test_a_date_in_a_field_with_words_after_it_is_no_dateline() -> None:
    text = "Clinic news | January 18, 2024 was the day the portal went down\n\nThe clinic is writing to families."
    assert ("publication", "2024-01-18", "2024-01-18") not in events(text)


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("The breach began on March 3, 2024. It ended on April 9, 2024.", EN,
     {("breach_start", "2024-03-03", "2024-03-03"), ("breach_end", "2024-04-09", "2024-04-09")}),
    ("L'enquête interne a été lancée le 7 février 2024. Elle s'est achevée le 4 mars 2024.", FR,
     {("investigation_start", "2024-02-07", "2024-02-07"), ("investigation_end", "2024-03-04", "2024-03-04")}),
    # a pronoun not at the head of its sentence is no anaphora of this kind
    ("The breach began on March 3, 2024. Staff said it ended on April 9, 2024.", EN,
     {("breach_start", "2024-03-03", "2024-03-03")}),
])
def test_a_pronoun_subject_takes_the_topic_of_the_sentence_before(text: str, lang, expected) -> None:
    assert events(text, lang) == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("On May 3, 2024, the clinic discovered the attack, secured the server and notified the FBI.", EN,
     {("discovery", "2024-05-03", "2024-05-03"), ("containment", "2024-05-03", "2024-05-03"),
      ("notification_law_enforcement", "2024-05-03", "2024-05-03")}),
    ("Le 15 février 2024, l'hôpital a déconnecté le serveur et déposé plainte.", FR,
     {("containment", "2024-02-15", "2024-02-15"), ("notification_law_enforcement", "2024-02-15", "2024-02-15")}),
    # not a verb of a clause of its own, nor a conclusion about something else
    ("On October 24, 2018, an employee sent emails to 1,953 patients that contained a spreadsheet.", EN,
     {("breach_start", "2018-10-24", "2018-10-24")}),
    ("On 4 February 2019, the team completed its investigation and concluded that the privacy team should be told.", EN,
     {("investigation_end", "2019-02-04", "2019-02-04")}),
])
def test_a_date_opening_its_clause_dates_each_coordinated_verb(text: str, lang, expected) -> None:
    assert events(text, lang) == expected


def test_a_narrower_date_in_apposition_dates_the_event() -> None:
    text = ("Updated: 2024-06-03\n\nThe city said on Friday that it discovered the breach earlier this month, on May 2. "
            "The state attorney general was informed on May 28.")
    from timeline_check import check_text
    report = check_text(text, lang="en")
    assert ("discovery", "2024-05-02") in {(e.kind, iso(e.earliest)) for e in report.events}
    assert [f.rule for f in report.findings] == []


def test_a_correction_line_is_the_texts_own_date() -> None:
    text = ("Correction, March 9, 2024: An earlier version of this article gave the wrong day. "
            "The clinic discovered the breach on Feb. 12, 2024.")
    assert events(text) == {("publication", "2024-03-09", "2024-03-09"), ("discovery", "2024-02-12", "2024-02-12")}


def test_a_wire_dateline_after_a_release_header_and_a_title() -> None:
    text = ("FOR IMMEDIATE RELEASE\n\nLakeside Pediatrics Notifies Patients\n\nBOSTON, Jan. 18, 2024 — Lakeside "
            "Pediatrics is mailing letters to affected patients beginning today.")
    from timeline_check import check_text
    report = check_text(text, lang="en")
    # the release itself is a public disclosure of its own date (binding/release.py)
    assert {(e.kind, iso(e.earliest)) for e in report.events} == {("publication", "2024-01-18"),
                                                                  ("notification_individuals", "2024-01-18"),
                                                                  ("public_disclosure", "2024-01-18")}


@pytest.mark.parametrize("text", ["Paris, le 18 janvier 2024 — La clinique écrit aux familles.",
                                  "Saint-Étienne, le 18 janvier 2024\nLa clinique écrit aux familles."])
def test_a_french_heading_with_le_is_the_texts_own_date(text: str) -> None:
    assert ("publication", "2024-01-18", "2024-01-18") in events(text, FR)




@pytest.mark.parametrize(("text", "lang", "expected"), [
    # "ne ... que": "only", no reported clause after the verb of telling
    ("Elle n'a notifié la violation à la CNIL que le 4 février 2022, soit plus de deux semaines après en avoir eu "
     "connaissance.", FR, {("notification_regulator", "2022-02-04", "2022-02-04"),
                           # the phrase dates the discovery it counts from: more than two weeks before
                           ("discovery", None, "2022-01-22")}),
    ("Les pirates se sont introduits le 2 mars 2024, mais l'attaque n'a été repérée que le 6 mars 2024, lorsque des "
     "postes ont été chiffrés.", FR, {("breach_start", "2024-03-02", "2024-03-02"), ("discovery", "2024-03-06", "2024-03-06")}),
    ("Le vol a eu lieu le 7 mars 2023. Il a été constaté le soir même et signalé à la gendarmerie le lendemain.", FR,
     {("breach_start", "2023-03-07", "2023-03-07"), ("discovery", "2023-03-07", "2023-03-07"),
      ("notification_law_enforcement", "2023-03-08", "2023-03-08")}),
    ("The laptop was stolen on March 7, 2023. Staff noticed the theft that same evening.", EN,
     {("breach_start", "2023-03-07", "2023-03-07"), ("discovery", "2023-03-07", "2023-03-07")}),
])
def test_restrictive_que_and_same_evening(text: str, lang, expected) -> None:
    from timeline_check import check_text
    report = check_text(text, lang=lang.code)
    assert {(e.kind, iso(e.earliest), iso(e.latest)) for e in report.events} == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("An audit in January 2024 flagged the access.", EN, {("discovery", "2024-01-01", "2024-01-31")}),
    ("La base avait été mise en ligne par erreur le 14 septembre 2022. Elle a été retirée le 3 octobre 2022.", FR,
     {("breach_start", "2022-09-14", "2022-09-14"), ("containment", "2022-10-03", "2022-10-03")}),
])
def test_flagged_put_online_and_taken_down(text: str, lang, expected) -> None:
    assert events(text, lang) == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # words of lasting date the breach only where they name it
    ("The breach began on January 9, 2024 and lasted until February 2, 2024.", EN,
     {("breach_start", "2024-01-09", "2024-01-09"), ("breach_end", "2024-02-02", "2024-02-02")}),
    ("The investigation continued until May 5, 2024.", EN, set()),
    ("The review, which lasted ten weeks, ended on March 2, 2024.", EN, {("investigation_end", "2024-03-02", "2024-03-02")}),
    ("The security team spotted the intrusion on February 2, 2024.", EN, {("discovery", "2024-02-02", "2024-02-02")}),
    # one recipient named in two words: "covered entity clients" are covered entities
    ("On November 12, 2024, the billing company informed its covered entity clients of the attack.", EN,
     {("notification_covered_entity", "2024-11-12", "2024-11-12")}),
    ("According to a filing with the Maine attorney general dated May 2, 2024, the retailer lost data.", EN,
     {("notification_regulator", "2024-05-02", "2024-05-02")}),
    ("Le serveur était exposé depuis le 12 janvier 2021.", FR, {("breach_start", "2021-01-12", "2021-01-12")}),
    ("The error had existed since a software update on 2 February 2021.", EN, {("breach_start", "2021-02-02", "2021-02-02")}),
    ("The attackers had been in its network since August 30, 2023.", EN, {("breach_start", "2023-08-30", "2023-08-30")}),
    ("On 11 February 2021 the shop received an email from a customer who could see other orders.", EN,
     {("discovery", "2021-02-11", "2021-02-11")}),
    ("La mairie a retiré les documents le 9 juin 2023.", FR, {("containment", "2023-06-09", "2023-06-09")}),
    ("La CNIL a été prévenue le 17 janvier 2024.", FR, {("notification_regulator", "2024-01-17", "2024-01-17")}),
    ("La mutuelle a commencé à prévenir ses adhérents le 2 juillet 2024.", FR,
     {("notification_individuals", "2024-07-02", "2024-07-02")}),
    # "did not ... until": it happened then
    ("The company did not detect the intrusion until Jan. 19, 2023.", EN, {("discovery", "2023-01-19", "2023-01-19")}),
    ("The company did not detect the intrusion.", EN, set()),
    ("The breach was not disclosed to customers until 9 August 2023.", EN, set()),
    # whom a mailing was done for is not its recipient; in a breach account, a batch mailing is the breach
    ("On September 18, 2017, the business associate completed a batch mailing of letters on behalf of the covered entity.", EN,
     {("breach_start", "2017-09-18", "2017-09-18")}),
    ("Rosewood was hit by ransomware on February 3, 2024.", EN, {("breach_start", "2024-02-03", "2024-02-03")}),
    ("According to a notice posted on its website on June 10, 2024, the hack was contained.", EN,
     {("public_disclosure", "2024-06-10", "2024-06-10")}),
    ("The breach was first reported by a security researcher on May 2, 2024.", EN, {("discovery", "2024-05-02", "2024-05-02")}),
    # an employee telling a manager is how the company learns of it
    ("Le 3 octobre 2022, un salarié a signalé à son responsable qu'il voyait les bulletins de paie de ses collègues.", FR,
     {("discovery", "2022-10-03", "2022-10-03")}),
    ("Selon l'analyse, l'erreur remontait au 12 septembre 2022.", FR, {("breach_start", "2022-09-12", "2022-09-12")}),
    ("Le 15 février 2024, l'hôpital a déconnecté le serveur.", FR, {("containment", "2024-02-15", "2024-02-15")}),
    ("Les attaquants étaient présents dans son réseau depuis le 28 mars 2024.", FR,
     {("breach_start", "2024-03-28", "2024-03-28")}),
    # a notice's own date is not the breach's; a letter's "you" is its reader
    ("In a notice dated Oct. 4, 2024, the hospital said an outsider accessed the account between July 15 and "
     "July 17, 2024.", EN, {("public_disclosure", "2024-10-04", "2024-10-04"), ("breach_start", "2024-07-15", "2024-07-15"),
                            ("breach_end", "2024-07-17", "2024-07-17")}),
    ("We are notifying you now, on March 10, 2025.", EN, {("notification_individuals", "2025-03-10", "2025-03-10")}),
    ("Files were taken from our network on December 20, 2024.", EN, {("breach_start", "2024-12-20", "2024-12-20")}),
    # words of happening date the breach only where they name it
    ("This deactivation took place in July 2022, three years after the incident was reported.", EN, set()),
    ("An impermissible disclosure of patient data occurred on January 20, 2015.", EN,
     {("breach_start", "2015-01-20", "2015-01-20")}),
    ("La désactivation a eu lieu en juillet 2022.", FR, set()),
    ("L'intrusion a eu lieu le 2 mars 2024.", FR, {("breach_start", "2024-03-02", "2024-03-02")}),
    ("The sanctioning procedure, resolved on 5 September 2018, concerned another system.", EN, set()),
    ("By first reporting the breach to the authority on 10 August 2020, the company missed the deadline.", EN,
     {("notification_regulator", "2020-08-10", "2020-08-10")}),
    ("A sample copy of the notice was submitted to the California Attorney General on October 3, 2023.", EN,
     {("notification_regulator", "2023-10-03", "2023-10-03")}),
])
def test_lasting_spotting_and_filing(text: str, lang, expected) -> None:
    assert events(text, lang) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # speech keeps its dates: the interview's date is not the fixing's
    ('"We found the intrusion on April 3, 2024 and fixed it the same day," the chief executive said in an '
     'interview on April 20, 2024.', {("discovery", "2024-04-03", "2024-04-03"), ("containment", "2024-04-03", "2024-04-03")}),
    # nor is a date quoted in an e-mail's subject the sending's
    ('On 10 January 2019 the party sent an e-mail with "Invitation to the members evening on 28 January 2019" '
     'as its subject to 101 recipients whose addresses were visible.', {("breach_start", "2019-01-10", "2019-01-10")}),
    # a short quotation is a name, not speech
    ('An outsider accessed the "Patient Portal" on March 2, 2024.', {("breach_start", "2024-03-02", "2024-03-02")}),
])
def test_quoted_speech_keeps_its_dates(text: str, expected) -> None:
    from timeline_check import check_text
    report = check_text(text, lang="en")
    assert {(e.kind, iso(e.earliest), iso(e.latest)) for e in report.events} == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("The access began in January 2022 and ended in July 2023, when an audit flagged unusual activity.", EN,
     {("breach_start", "2022-01-01", "2022-01-31"), ("breach_end", "2023-07-01", "2023-07-31"),
      ("discovery", "2023-07-01", "2023-07-31")}),
    ("L'intrusion a été repérée le 6 mars 2024, lorsque l'hôpital a isolé les serveurs.", FR,
     {("discovery", "2024-03-06", "2024-03-06"), ("containment", "2024-03-06", "2024-03-06")}),
    # after a range a clause ends, its end; a fronted range is the clause's own span
    ("The attackers had access from October 3 until October 29, 2024, when the company reset all passwords.", EN,
     {("breach_start", "2024-10-03", "2024-10-03"), ("breach_end", "2024-10-29", "2024-10-29"),
      ("containment", "2024-10-29", "2024-10-29")}),
    ("On November 13-19, 2018, when the practice mailed notification letters to patients, some went astray.", EN,
     {("notification_individuals", "2018-11-13", "2018-11-19")}),
    # no comma: "when" governs its own date
    ("It was discovered on May 3, 2024 when staff looked.", EN, {("discovery", "2024-05-03", "2024-05-03")}),
])
def test_a_when_clause_after_a_date_happens_on_it(text: str, lang, expected) -> None:
    assert events(text, lang) == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("In a statement on Monday, May 6, 2024, the board said it had learned of the breach.", EN,
     {("public_disclosure", "2024-05-06", "2024-05-06")}),
    ("Dans un communiqué du 6 mai 2024, la mairie a indiqué avoir découvert la fuite.", FR,
     {("public_disclosure", "2024-05-06", "2024-05-06")}),
])
def test_the_date_of_a_statement_is_the_statements(text: str, lang, expected) -> None:
    assert events(text, lang) == expected


@pytest.mark.parametrize(("text", "lang"), [
    ('In a statement, the clinic said: "Our privacy policy took effect on January 1, 2020."', EN),
    ("Dans un communiqué, l'organisme a indiqué : « Une loi de 1996 oblige les soignants à protéger les dossiers. »", FR),
])
def test_a_statement_without_its_own_date_takes_none_from_its_quotation(text: str, lang) -> None:
    assert events(text, lang) == set()


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # a count written with a thousands separator is one word between the verb and its recipients
    ("The clinic began mailing letters to about 12,000 patients on March 25, 2024.", EN,
     {("notification_individuals", "2024-03-25", "2024-03-25")}),
    # but "to" after a date and a verb of its own names no recipient of the report
    ("The supplement to our breach report, submitted on April 3, 2015, widened the breach to another 2,360 individuals.", EN,
     {("notification_regulator", "2015-04-03", "2015-04-03")}),
    ("The supplement to our breach report, submitted on April 3, 2015, widened the breach to another 360 individuals.", EN,
     {("notification_regulator", "2015-04-03", "2015-04-03")}),
])
def test_counts_and_recipients(text: str, lang, expected) -> None:
    assert events(text, lang) == expected


@pytest.mark.parametrize(("text", "lang"), [
    ("Correction: An earlier version of this article said the clinic discovered the intrusion on February 12.", EN),
    ("The story misstated the day the clinic notified patients, March 3, 2024.", EN),
    ("Rectificatif : une version précédente de l'article indiquait que l'intrusion avait été découverte le 13 mai 2024.", FR),
])
def test_a_correction_note_withdraws_the_dates_it_quotes(text: str, lang) -> None:
    assert events(text, lang) == set()


def test_a_previous_version_of_software_is_no_correction() -> None:
    text = "A previous version of the portal exposed files between May 2 and May 9, 2024."
    assert events(text) == {("breach_start", "2024-05-02", "2024-05-02"), ("breach_end", "2024-05-09", "2024-05-09")}


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("L'attaque avait eu lieu le 28 avril 2024.", FR, {("breach_start", "2024-04-28", "2024-04-28")}),
    ("L'intrusion s'était produite le 2 mars 2024.", FR, {("breach_start", "2024-03-02", "2024-03-02")}),
    ("La migration avait eu lieu en juillet 2022.", FR, set()),
    ("The attacker first got in on May 20, 2024.", EN, {("breach_start", "2024-05-20", "2024-05-20")}),
])
def test_pluperfect_and_getting_in(text: str, lang, expected) -> None:
    assert events(text, lang) == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Affected members received notification letters on May 3, 2024.", EN,
     {("notification_individuals", "2024-05-03", "2024-05-03")}),
    ("On May 3, 2024, customers received emails informing them of the breach.", EN,
     {("notification_individuals", "2024-05-03", "2024-05-03")}),
    ("Les assurés concernés ont reçu un courriel d'information le 1er mars 2024.", FR,
     {("notification_individuals", "2024-03-01", "2024-03-01")}),
    # the receiver is no recipient of a notice: words of discovery, or nothing
    ("The clinic received notification from its vendor on May 3, 2024.", EN, {("discovery", "2024-05-03", "2024-05-03")}),
    ("The regulator received notification letters from a member of the public on 9 May 2024.", EN, set()),
])
def test_words_of_receiving_name_their_subject(text: str, lang, expected) -> None:
    assert events(text, lang) == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # a date after a verb of saying belongs to the saying, not to the "that" clause after it
    # (the organisation's own word, "l'éditeur" as "la société": its public disclosure, binding/statement.py)
    ("L'éditeur a reconnu le 5 avril 2024 qu'un pirate avait copié les dossiers.", FR,
     {("public_disclosure", "2024-04-05", "2024-04-05")}),
    ("Le chercheur a reconnu le 5 avril 2024 qu'un pirate avait copié les dossiers.", FR, set()),
    ("The firm audited its system and concluded on October 15, 2015, that a clerk accessed the files without need.", EN, set()),
    # a date that opens its clause still dates the verb after it
    ("On October 18, 2016, an intruder installed malware, encrypting files that were stored on a server.", EN,
     {("breach_start", "2016-10-18", "2016-10-18")}),
    # but in a cleft sentence the date is the verb's after "that"
    ("It was not until March 11, 2022 that the clinic discovered the breach.", EN, {("discovery", "2022-03-11", "2022-03-11")}),
    ("Ce n'est que le 11 mars 2022 que la clinique a découvert l'attaque.", FR, {("discovery", "2022-03-11", "2022-03-11")}),
    # "ne … que" with an infinitive: "only on", no clause
    ("L'éditeur affirme n'avoir découvert l'attaque que le 4 janvier 2024.", FR, {("discovery", "2024-01-04", "2024-01-04")}),
    ("La société dit n'avoir été informée de l'attaque que le 4 janvier 2024.", FR,
     {("discovery", "2024-01-04", "2024-01-04")}),
    # "started emailing" customers is a notice, not an e-mail that exposed data
    ("We started emailing affected customers on January 28, 2025.", EN,
     {("notification_individuals", "2025-01-28", "2025-01-28")}),
])
def test_saying_that_only_and_starting_to_notify(text: str, lang, expected) -> None:
    assert events(text, lang) == expected


def test_a_dateline_after_a_dash_in_a_title() -> None:
    text = "Update on the Security Incident — posted January 30, 2025\n\nWe found the intrusion on January 10, 2025."
    assert ("publication", "2025-01-30", "2025-01-30") in events(text)
    assert ("breach_start", "2025-01-30", "2025-01-30") not in events(text)


def test_a_count_of_those_affected_is_no_recipient() -> None:
    text = "Hillside Clinic reports email problem affecting 12,400 patients"
    assert [u.kind for u in bind(text, EN, tag(text, EN).timexes).undated] == []


def test_an_informant_in_an_apposition_before_the_verb() -> None:
    text = ("On April 2, 2024, Lakeshore Claims, a vendor that processes claims for the plan, told us that an "
            "account had been opened by an outsider.")
    assert ("discovery", "2024-04-02", "2024-04-02") in events(text)


@pytest.mark.parametrize(("text", "lang"), [
    ("We have notified HHS and are offering you two years of credit monitoring.", EN),
    ("Nous avons notifié la CNIL et nous proposons aux adhérents un accompagnement.", FR),
])
def test_a_verb_after_and_ends_the_list_of_recipients(text: str, lang) -> None:
    assert [u.kind for u in bind(text, lang, tag(text, lang).timexes).undated] == ["notification_regulator"]
