"""The temporal network, the reasoning over it, and the findings it gives."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_check import check_text
from timeline_check.network import Edge, negative_cycle, shortest


def test_negative_cycle_found_and_returned_in_order() -> None:
    # t1 - t0 <= 5, t2 - t1 <= -3, t0 - t2 <= -4: sum -2 < 0
    edges = [Edge(0, 1, 5, "a"), Edge(1, 2, -3, "b"), Edge(2, 0, -4, "c"), Edge(0, 2, 10, "d")]
    cycle = negative_cycle(3, edges)
    assert cycle is not None and {e.source for e in cycle} == {"a", "b", "c"}
    assert sum(e.weight for e in cycle) < 0
    for a, b in zip(cycle, cycle[1:] + cycle[:1]):
        assert a.dst == b.src


def test_a_network_searched_again_gives_its_own_edges() -> None:
    # the same points and weights with other statements: the cycle is one of the new edges
    first = [Edge(0, 1, 2, "a"), Edge(1, 0, -3, "b")]
    again = [Edge(0, 1, 2, "c"), Edge(1, 0, -3, "d")]
    cycle, cycle_again = negative_cycle(2, first), negative_cycle(2, again)
    assert cycle is not None and cycle_again is not None
    assert [{"a": "c", "b": "d"}[e.source] for e in cycle] == [e.source for e in cycle_again]
    assert negative_cycle(2, [Edge(0, 1, 2, "e"), Edge(1, 0, -1, "f")]) is None


def test_consistent_network_has_no_cycle_and_gives_bounds() -> None:
    edges = [Edge(0, 1, 10, "hi"), Edge(1, 0, -3, "lo"), Edge(1, 2, 2, "gap")]
    assert negative_cycle(3, edges) is None
    assert shortest(3, edges, 0) == [0, 10, 12]
    assert shortest(3, edges, 0, reverse=True)[1] == -3


def errors(report) -> list[tuple[str, str]]:
    return [(f.category, f.rule) for f in report.findings if f.severity == "error"]


def test_order_contradiction_quotes_both_sentences() -> None:
    text = ("Attackers entered the network on March 2, 2024. The company discovered the breach on March 20, 2024. "
            "The investigation ended on March 10, 2024.")
    r = check_text(text, lang="en")
    assert errors(r) == [("order", "order/discovery-after-investigation-end")]
    f = r.findings[0]
    quotes = [e.text for e in f.evidence]
    assert any("discovered" in q for q in quotes) and any("investigation ended" in q for q in quotes)
    assert text[f.evidence[0].start:f.evidence[0].end] == f.evidence[0].text


def test_one_event_two_dates_is_a_conflict() -> None:
    text = "The company discovered the breach on May 3, 2024. It had discovered the breach on May 9, 2024."
    assert errors(check_text(text, lang="en")) == [("conflict", "conflict/one-event-two-dates")]


def test_notices_to_two_regulators_on_two_days_are_two_notices() -> None:
    text = ("The hospital found the attack on April 29, 2024. It reported the attack to the HHS Office for Civil "
            "Rights on June 14, 2024. The New York attorney general's office was notified on June 17, 2024.")
    report = check_text(text, lang="en")
    assert not [f for f in report.findings if f.category == "conflict"]
    assert sum(e.kind == "notification_regulator" for e in report.events) == 2
    # one regulator told on two days is still one notice given two dates
    text = ("The hospital found the attack on April 29, 2024. It reported the attack to the Office for Civil Rights on "
            "June 14, 2024. The Office for Civil Rights was notified on June 17, 2024.")
    assert [f.rule for f in check_text(text, lang="en").findings if f.category == "conflict"] == ["conflict/one-event-two-dates"]


def test_two_parties_discover_one_incident_on_two_days() -> None:
    """A vendor's discovery and its client's are two events; one party named two ways is one."""
    text = ("On August 1, 2022, Pine Valley Hospital learned that its vendor had suffered a ransomware attack on "
            "July 18, 2022. Medix had discovered the attack on July 19, 2022, and told Pine Valley on August 1, 2022.")
    assert [f for f in check_text(text, lang="en").findings if f.category == "conflict"] == []
    same = "Acme discovered the breach on May 3, 2024. Acme Corp. had discovered the breach on May 9, 2024."
    assert errors(check_text(same, lang="en")) == [("conflict", "conflict/one-event-two-dates")]
    fr = ("Le 1er août 2022, l'hôpital Pine Valley a appris l'attaque. Medix avait découvert l'attaque le 19 juillet "
          "2022. Pine Valley a découvert l'attaque le 1er août 2022.")
    assert [f for f in check_text(fr, lang="fr").findings if f.category == "conflict"] == []


@pytest.mark.parametrize("text", [
    "The vendor discovered the attack on May 2, 2024 and told the clinic about it on May 30, 2024.",
    "The vendor detected the attack on May 2, 2024 but did not inform the district until May 30, 2024, four weeks later.",
])
def test_an_informant_finding_it_and_telling_the_organisation_are_two_discoveries(text: str) -> None:
    """Named in lower case, the informant is still another party than the organisation it tells."""
    r = check_text(text, lang="en")
    assert [f.rule for f in r.findings] == []
    assert sorted(e.earliest for e in r.events if e.kind == "discovery") == [
        dt.date(2024, 5, 2).toordinal(), dt.date(2024, 5, 30).toordinal()]


def test_two_discoveries_of_different_facts_are_no_conflict() -> None:
    text = ("On May 3, 2024, the company discovered that a mailbox was accessed. "
            "On June 9, 2024, it identified four attachments with patient data.")
    assert errors(check_text(text, lang="en")) == []


def test_compatible_dates_narrow_the_event() -> None:
    r = check_text("The breach was discovered in May 2024. The company discovered the breach on May 9, 2024.", lang="en")
    disc = [e for e in r.events if e.kind == "discovery"]
    assert len(disc) == 1 and disc[0].earliest == disc[0].latest == dt.date(2024, 5, 9).toordinal()


@pytest.mark.parametrize(("text", "lang"), [
    ("Attackers were inside the network from June 3 to June 19, 2024. They had access for three days.", "en"),
    ("Les pirates ont accédé au réseau du 3 au 19 juin 2024. L'accès non autorisé a duré pendant trois jours.", "fr"),
    ("L'intrusion a débuté le 28 avril 2024 et n'a été stoppée que le 6 mai 2024. Elle a donc duré près de deux mois.",
     "fr"),
])
def test_stated_duration_against_dates(text: str, lang: str) -> None:
    assert errors(check_text(text, lang=lang)) == [("duration", "duration/stated-duration")]


def test_relative_phrase_against_dates() -> None:
    text = "The firm discovered the breach on May 3, 2024. Two days later, on May 9, 2024, it notified patients."
    assert errors(check_text(text, lang="en")) == [("duration", "duration/stated-duration")]


def test_another_customer_is_not_another_incident() -> None:
    text = ("On 11 February 2021 the shop received an email from a customer who could see another customer's orders. "
            "The shop notified the Data Protection Authority on 15 February 2021.")
    found = [(f.rule, f.severity) for f in check_text(text, lang="en", regimes=("GDPR",)).findings]
    assert ("gdpr/authority-notice", "error") in found


def test_a_word_of_lasting_dates_the_breach_it_names() -> None:
    told = "The breach began on May 1, 2024 and ended on May {end}, 2024. The breach lasted three days."
    assert errors(check_text(told.format(end=20), lang="en")) == [("duration", "duration/stated-duration")]
    assert errors(check_text(told.format(end=3), lang="en")) == []
    # an investigation's length is not the breach's
    review = "The breach began on May 1, 2024 and ended on May 3, 2024. The review, which lasted ten weeks, ended on July 12, 2024."
    assert errors(check_text(review, lang="en")) == []


def test_relative_phrase_dates_an_event() -> None:
    r = check_text("La société a découvert l'attaque le 3 mai 2024. Le lendemain, elle a informé les patients.", lang="fr")
    notice = [e for e in r.events if e.kind == "notification_individuals"]
    assert [(e.earliest, e.latest) for e in notice] == [(dt.date(2024, 5, 4).toordinal(),) * 2]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The clinic notified HHS the day after it discovered the attack."),
    ("en", "The day after the discovery, the clinic notified HHS."),
    ("en", "Two days earlier, on March 7, 2024, it had hired a firm. It notified HHS the day after the discovery."),
    ("en", "Three days after it discovered the attack, the clinic notified HHS."),
    ("fr", "Le lendemain de la découverte, la clinique a notifié l'incident au ministère de la santé."),
])
def test_a_day_phrase_counts_from_the_event_it_names(lang: str, text: str) -> None:
    opening = {"en": "The attack began on February 20, 2024. The clinic discovered it on March 8, 2024. "
                     "On March 12, 2024, it notified patients. ",
               "fr": "L'attaque a débuté le 20 février 2024. La clinique l'a découverte le 8 mars 2024. "
                     "Le 12 mars 2024, elle a informé les patients. "}[lang]
    r = check_text(opening + text, lang=lang)
    day = dt.date(2024, 3, 11 if text.startswith("Three") else 9).toordinal()
    assert [(e.earliest, e.latest) for e in r.events if e.kind == "notification_regulator"] == [(day, day)]
    # The words it counts from are not an event of their own.
    assert [e.earliest for e in r.events if e.kind == "discovery"] == [dt.date(2024, 3, 8).toordinal()]


def test_the_words_a_relative_phrase_counts_from_take_no_other_date() -> None:
    text = ("Two weeks after the intrusion was detected, on 17 June 2021, the company told its staff. "
            "The intrusion had been detected on 3 June 2021. The regulator was informed on 5 June 2021.")
    r = check_text(text, lang="en")
    assert errors(r) == []
    assert [e.earliest for e in r.events if e.kind == "discovery"] == [dt.date(2021, 6, 3).toordinal()]


def test_not_disclosed_until_is_no_breach_date() -> None:
    text = ("The data breach at Northwind Traders, first discovered on 14 May 2023, was not disclosed to customers "
            "until 9 August 2023 — 87 days later. The company informed the ICO on 17 May 2023.")
    assert errors(check_text(text, lang="en")) == []


def test_a_cycle_of_two_stated_lengths_names_both() -> None:
    text = ("The laptop was stolen on January 5, 2024 and the theft was discovered the next day. "
            "HHS was notified on January 24, 2024, eight days after the discovery.")
    (f,) = [f for f in check_text(text, lang="en").findings if f.rule == "duration/stated-duration"]
    assert "“the next day” and “eight days after”" in f.message
    # told right, the same facts agree
    assert errors(check_text(text.replace("eight days", "eighteen days"), lang="en")) == []


def test_past_event_after_the_texts_own_date() -> None:
    r = check_text("The clinic notified patients on June 4, 2024.", lang="en", date=dt.date(2024, 5, 1))
    assert errors(r) == [("order", "order/event-after-publication")]
    planned = check_text("The clinic will notify patients on June 4, 2024.", lang="en", date=dt.date(2024, 5, 1))
    assert errors(planned) == []


def test_weekday_mismatch() -> None:
    r = check_text("The clinic discovered the breach on Wednesday, March 5, 2024.", lang="en")
    assert errors(r) == [("date", "date/weekday-mismatch")]


def test_several_incidents_make_order_findings_warnings() -> None:
    text = ("On May 3, 2016, the plan discovered that a vendor had lost files. "
            "In addition, on June 9, 2017, an employee emailed member data to a personal account.")
    r = check_text(text, lang="en")
    assert errors(r) == []


def test_a_stray_notice_date_is_a_conflict_and_also_checked_for_order() -> None:
    text = ("The firm discovered the breach on March 10, 2024. On March 20, 2024, it notified the breach to the "
            "supervisory authority. In its reply the firm said it notified the breach to the supervisory authority "
            "on March 2, 2024.")
    found = errors(check_text(text, lang="en", regimes=("HIPAA",), detect_regimes=False))
    assert sorted(found) == [("conflict", "conflict/one-event-two-dates"), ("order", "order/notice-before-discovery")]


def test_two_reports_that_state_their_own_content_are_two_reports() -> None:
    text = ("In June 2017 the insurer filed a report with OCR saying that on April 27, 2017 it had found an exposed web "
            "service. In August 2017 the insurer filed another report with OCR saying that on July 28, 2017 letters had "
            "shown member data through envelope windows.")
    assert errors(check_text(text, lang="en")) == []


def test_an_owed_notice_is_no_undated_notice() -> None:
    text = ("The company discovered the breach of 2,000 patients' records on March 1, 2024, a breach that needed "
            "to be reported to HHS. "
            "It notified HHS on June 1, 2024.")
    found = [f for f in check_text(text, lang="en", regimes=("HIPAA",)).findings if f.rule == "hipaa/hhs-notice"]
    assert [f.severity for f in found] == ["error"]


def test_within_n_days_after_is_at_most_n_days() -> None:
    text = ("The clinic discovered the breach on March 1, 2024. Within 60 days after the discovery, on April 2, "
            "2024, it notified patients.")
    assert errors(check_text(text, lang="en")) == []


def test_a_text_past_the_mention_limit_says_where_the_checks_stop() -> None:
    from timeline_check.reason import MAX_MENTIONS
    day = dt.date(2020, 1, 6)
    incidents = []
    for i in range(MAX_MENTIONS // 2 + 10):  # two dated mentions each
        found, told = day + dt.timedelta(days=3 * i), day + dt.timedelta(days=3 * i + 40)
        incidents.append(f"In case {i}, the clinic discovered a breach on {found:%B} {found.day}, {found.year}, "
                         f"and notified patients on {told:%B} {told.day}, {told.year}.")
    r = check_text("\n\n".join(incidents), lang="en")
    limit = [f for f in r.findings if f.rule == "missing/events-beyond-limit"]
    assert [(f.severity, f.category, f.line) for f in limit] == [("info", "missing", MAX_MENTIONS // 2 * 2 + 1)]
    assert limit[0].evidence[0].text.startswith(f"In case {MAX_MENTIONS // 2},")
    assert f"first {MAX_MENTIONS} of {MAX_MENTIONS + 20}" in limit[0].message
    assert not [f for f in r.findings if f.severity == "error"]
    short = check_text("\n\n".join(incidents[:10]), lang="en")
    assert not [f for f in short.findings if f.rule == "missing/events-beyond-limit"]


def test_a_date_ending_a_relative_clause_may_be_the_outer_verbs() -> None:
    """'wrote to the guests whose card data had been exposed on 21 June': the writing or the
    exposure; what rests on that reading is a warning, not an error."""
    text = ("The hotel detected the intrusion on 14 June 2024. It informed the supervisory authority on 17 June 2024 "
            "and wrote to the guests whose card data had been exposed on 21 June 2024.")
    report = check_text(text, lang="en")
    assert errors(report) == [] and {f.rule for f in report.findings} >= {"order/discovery-before-breach"}


def test_a_form_8k_filed_that_states_when_it_was_concluded() -> None:
    text = ("Atlas Retail Corp. disclosed in a Form 8-K filed on March 11, 2024 that it had concluded on March 5, 2024 "
            "that a ransomware incident was material. The company said it identified the incident on February 27, 2024.")
    report = check_text(text, lang="en")
    assert errors(report) == []
    assert {(e.kind, e.earliest) for e in report.events} == {("notification_regulator", dt.date(2024, 3, 11).toordinal()),
                                                             ("discovery", dt.date(2024, 2, 27).toordinal())}


@pytest.mark.parametrize(("lang", "text"), [
    # "avant" before words counts from what they name, not from the event told just before
    ("fr", "La clinique a notifié la CNIL le 16 novembre 2023. Les pirates étaient présents depuis le 2 novembre 2023, "
           "soit onze jours avant le chiffrement des serveurs."),
    # words that name no event of ours tie the phrase to nothing
    ("en", "The clinic notified HHS on November 16, 2023. The intruders had been inside since November 2, 2023, "
           "eleven days before the audit."),
])
def test_a_phrase_counting_from_an_unknown_event_makes_no_finding(lang: str, text: str) -> None:
    assert [f.rule for f in check_text(text, lang=lang).findings if f.severity != "info"] == []


def test_a_phrase_counting_from_a_pronoun_counts_from_the_event_before() -> None:
    r = check_text("The clinic found the breach on May 2, 2024. It notified patients three weeks after that.", lang="en")
    notice = [e for e in r.events if e.kind == "notification_individuals"]
    assert [(e.earliest, e.latest) for e in notice] == [(dt.date(2024, 5, 22).toordinal(), dt.date(2024, 5, 24).toordinal())]


def test_a_contradiction_in_every_reading_of_a_guessed_year_is_an_error() -> None:
    text = ("Publié le 12 février 2024.\n\nLes pirates sont entrés dans le réseau le 18 janvier 2024 et y sont "
            "restés pendant trois jours, jusqu'au 2 février.")
    found = [(f.rule, f.severity) for f in check_text(text, lang="fr").findings]
    assert found == [("duration/stated-duration", "error")]


def test_a_contradiction_in_one_reading_of_a_guessed_year_stays_a_warning() -> None:
    # "20 January" read a year later than the reference puts it after the discovery
    text = "Published 12 February 2024.\n\nThe clinic found the breach on 22 January. The investigation ended on 20 January."
    found = [(f.rule, f.severity) for f in check_text(text, lang="en").findings]
    assert found == [("order/discovery-after-investigation-end", "warning")]


def test_a_relative_phrase_dates_the_event_it_counts_from_when_the_text_gives_it_no_date() -> None:
    text = "The lab reported the breach to the supervisory authority on 9 May 2024, three days after it discovered the attack."
    report = check_text(text, lang="en")
    assert ("discovery", dt.date(2024, 5, 6).toordinal()) in {(e.kind, e.earliest) for e in report.events}
    assert [(f.rule, f.severity) for f in report.findings] == [("gdpr/authority-notice", "warning")]


def test_two_days_for_one_event_conflict_whichever_year_is_read() -> None:
    text = ("Publié le 28 novembre 2024.\n\nL'accès frauduleux a été repéré le 7 novembre par l'équipe informatique. "
            "Le piratage, découvert le 8 novembre selon un porte-parole, concerne 170 000 adhérents.")
    found = [(f.rule, f.severity) for f in check_text(text, lang="fr").findings]
    assert found == [("conflict/one-event-two-dates", "error")]


@pytest.mark.parametrize(("text", "lang"), [
    ("On February 26, 2024, our team identified unauthorized access to a database that occurred between February 19 "
     "and February 22, 2024. The access was blocked the same day.", "en"),
    ("Le 26 février 2024, nos équipes ont identifié un accès non autorisé à une base de données, survenu entre le 19 "
     "et le 22 février 2024. L'accès a été coupé le jour même.", "fr"),
])
def test_a_response_the_same_day_counts_from_the_act_not_from_the_breach_dates_it_describes(text: str, lang: str) -> None:
    report = check_text(text, lang=lang)
    assert report.findings == ()
    assert ("containment", dt.date(2024, 2, 26).toordinal()) in {(e.kind, e.earliest) for e in report.events}


def test_a_response_the_same_day_as_a_breach_told_alone_counts_from_it() -> None:
    report = check_text("The attackers encrypted the servers on March 11, 2024. The clinic shut down its network the "
                        "same day.", lang="en")
    assert ("containment", dt.date(2024, 3, 11).toordinal()) in {(e.kind, e.earliest) for e in report.events}


def test_an_order_finding_quotes_the_phrase_that_dates_an_event_with_no_date_of_its_own() -> None:
    report = check_text("The clinic found the breach on May 3, 2024. It had notified patients the day before.", lang="en")
    [f] = report.findings
    assert f.rule == "order/notice-before-discovery" and "(“the day before”)" in f.message and "undated" not in f.message


def test_an_order_finding_names_the_two_events_its_rule_orders() -> None:
    # Two discoveries (one by a named contractor, one by "the company"): the notice "the same day"
    # as the first is before the second, and the message dates that second one.
    text = ("The contractor, Lockwood Health, discovered the exposure on June 24, 2024 and notified the patients the "
            "same day. In its filing, the company said it learned of the exposure on June 27, 2024.")
    found = [f for f in check_text(text, lang="en").findings if f.rule == "order/notice-before-discovery"]
    assert len(found) == 1 and "before the discovery (2024-06-27)" in found[0].message
