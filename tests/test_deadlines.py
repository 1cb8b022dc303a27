"""HIPAA deadlines: met, missed, possibly missed, not checkable; each with its citation."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_check import check_text
from timeline_check.model import iso

HIPAA = ("HIPAA",)


def notice(days: int, discovered: str = "March 1, 2024") -> str:
    sent = dt.date(2024, 3, 1) + dt.timedelta(days=days)
    return (f"The covered entity discovered the breach on {discovered}. It mailed letters to affected patients on "
            f"{sent.strftime('%B')} {sent.day}, {sent.year}.")


def individual(report):
    return [f for f in report.findings if f.rule == "hipaa/individual-notice"]


@pytest.mark.parametrize(("days", "expected"), [(59, []), (60, []), (61, ["error"]), (90, ["error"])])
def test_day_60_is_on_time_and_day_61_is_late(days: int, expected: list[str]) -> None:
    found = individual(check_text(notice(days), lang="en", regimes=HIPAA))
    assert [f.severity for f in found] == expected
    if expected:
        f = found[0]
        assert f.category == "deadline" and f.regime == "HIPAA" and f.citation == "45 CFR 164.404(b)"
        assert f.due == dt.date(2024, 4, 30).toordinal()
        assert f.actual == (dt.date(2024, 3, 1) + dt.timedelta(days=days)).toordinal()


def test_uncertain_dates_make_a_warning() -> None:
    found = individual(check_text(notice(65, discovered="March 2024"), lang="en", regimes=HIPAA))
    assert [f.severity for f in found] == ["warning"]


def test_no_notice_date_is_a_missing_finding_naming_the_due_date() -> None:
    found = individual(check_text("The covered entity discovered the breach on March 1, 2024.", lang="en", regimes=HIPAA))
    assert [(f.category, f.severity, f.due) for f in found] == [("missing", "warning", dt.date(2024, 4, 30).toordinal())]


def test_no_discovery_date_says_what_is_missing() -> None:
    found = individual(check_text("Patients were notified on May 3, 2024.", lang="en", regimes=HIPAA))
    assert [f.category for f in found] == ["missing"] and "discovery" in found[0].message


def test_a_dated_notice_to_no_named_recipient_is_quoted_not_called_missing() -> None:
    text = ("On July 2, 2024, the covered entity reported that it had discovered the breach on March 1, 2024. "
            "It mailed letters to 900 affected patients on April 10, 2024.")
    report = check_text(text, lang="en", regimes=HIPAA)
    hhs = [f for f in report.findings if f.rule == "hipaa/hhs-notice"]
    assert [f.category for f in hhs] == ["missing"]
    assert "dates the notice to the regulator on 2024-07-02 but does not say it went to the Secretary" in hhs[0].message
    assert "July 2, 2024" in " ".join(e.text for e in hhs[0].evidence)
    row = next(r for r in report.deadlines if r.rule == "hipaa/hhs-notice")
    assert row.status == "not stated" and "does not say it went to" in row.note


def test_an_event_the_trigger_cannot_precede_bounds_the_due_date() -> None:
    # The discovery is not dated, but it cannot precede the breach: notified 42 days after the
    # breach began, patients were notified in time whatever the day of the discovery.
    text = ("An employee sent patient files to the wrong address on July 12, 2016. The clinic later learned of it "
            "and notified affected patients on August 23, 2016.")
    report = check_text(text, lang="en", regimes=HIPAA)
    assert individual(report) == []
    row = next(r for r in report.deadlines if r.rule == "hipaa/individual-notice")
    # The table gives no due date counted from another event: the trigger is not stated, the note says it is met anyway.
    assert row.status == "trigger not stated" and "met counted from" in row.note and "cannot precede" in row.note
    assert row.due is None and row.verdict == "not checkable"
    assert row.counting.endswith("starts at the discovery, which the text does not date")
    # Too late to tell: the finding says what the earliest reading gives.
    late = check_text(text.replace("August 23", "November 23"), lang="en", regimes=HIPAA)
    found = individual(late)
    assert [f.category for f in found] == ["missing"]
    assert "Had the discovery come the day of the start of the breach (2016-07-12), the limit was 2016-09-10." in found[0].message


def test_florida_counts_from_reason_to_believe_a_breach_occurred() -> None:
    text = ("Brookhaven Clinic discovered on June 3, 2024 that a laptop holding the records of 1,450 Florida residents "
            "had been stolen. It notified affected individuals on August 1, 2024.")
    found = [(f.rule, f.severity) for f in check_text(text, lang="en").findings]
    assert ("us-fl/individual-notice-extended", "warning") in found


def test_a_late_form_8k() -> None:
    text = ("Its board determined on Friday, February 9, 2024 that the incident was material. "
            "The company filed its Form 8-K on February 16, 2024.")
    found = [(f.rule, f.severity) for f in check_text(text, lang="en", regimes=("SEC",)).findings]
    assert found == [("sec/8k-item-1.05", "error")]


def test_an_australian_assessment_past_30_days() -> None:
    text = ("Harbourview Finance Pty Ltd became aware on 3 April 2023 of grounds to suspect an eligible data breach. "
            "It completed its assessment on 16 May 2023 and notified the OAIC on 19 May 2023.")
    report = check_text(text, lang="en", regimes=("AU-NDB",))
    assert [(f.rule, f.severity) for f in report.findings] == [("au-ndb/assessment", "warning")]
    assert {e.kind for e in report.events} >= {"determination", "notification_regulator"}


def test_law_enforcement_delay_makes_a_late_notice_a_warning() -> None:
    text = notice(90) + " Notice was delayed at the request of law enforcement."
    found = individual(check_text(text, lang="en", regimes=HIPAA))
    assert [f.severity for f in found] == ["warning"] and "law-enforcement" in found[0].message


def test_hipaa_applies_from_cues_and_only_then() -> None:
    health = check_text("The hospital said protected health information of 900 patients was exposed.", lang="en")
    assert [r.name for r in health.regimes] == ["HIPAA"] and health.regimes[0].cues
    retail = check_text("The retailer said card numbers of 900 customers were exposed.", lang="en")
    assert retail.regimes == ()
    # a clinic and its patients in a US state: a US provider
    clinic = check_text("A Texas orthopedic clinic told 9,812 patients that hackers copied their files.", lang="en")
    assert "HIPAA" in [r.name for r in clinic.regimes]
    # a clinic abroad is not
    abroad = check_text("A Lyon clinic told 9,812 patients that hackers copied their files.", lang="en")
    assert abroad.regimes == ()


def test_small_breach_goes_in_the_annual_log() -> None:
    text = ("The covered entity discovered the breach of 120 patients' records on March 1, 2024 and reported it "
            "to HHS on February 20, 2025.")
    r = check_text(text, lang="en", regimes=HIPAA)
    assert not [f for f in r.findings if f.rule.startswith("hipaa/hhs") and f.severity == "error"]
    late = check_text(text.replace("February 20, 2025", "March 5, 2025"), lang="en", regimes=HIPAA)
    assert [f.rule for f in late.findings if f.severity == "error"] == ["hipaa/hhs-annual-log"]


def test_media_notice_needs_more_than_500() -> None:
    text = ("The covered entity discovered the breach of {n} patients' records on March 1, 2024 and notified the "
            "media on June 1, 2024.")
    assert [f.severity for f in check_text(text.format(n="1,200"), lang="en", regimes=HIPAA).findings
            if f.rule == "hipaa/media-notice"] == ["error"]
    assert [f for f in check_text(text.format(n=300), lang="en", regimes=HIPAA).findings if f.rule == "hipaa/media-notice"] == []


LETTER = ("June 3, 2024\n\nDear Member,\n\nWe are writing about an incident that involved your claim information. "
          "On April 2, 2024, Lakeshore Claims, a vendor that processes claims for the plan, told us that an "
          "employee's email account had been opened by an outsider.\n")


def test_a_letter_to_its_reader_is_the_notice_to_individuals_of_its_own_date() -> None:
    report = check_text(LETTER, lang="en", regimes=HIPAA)
    assert ("notification_individuals", dt.date(2024, 6, 3).toordinal()) in {(e.kind, e.earliest) for e in report.events}
    assert [(f.severity, f.actual) for f in individual(report)] == [("error", dt.date(2024, 6, 3).toordinal())]


def test_an_undated_letter_takes_the_date_given_on_the_command_line() -> None:
    text = LETTER.split("\n", 2)[2]
    assert individual(check_text(text, lang="en", regimes=HIPAA))[0].category == "missing"
    report = check_text(text, lang="en", regimes=HIPAA, date=dt.date(2024, 5, 20))
    assert ("notification_individuals", dt.date(2024, 5, 20).toordinal()) in {(e.kind, e.earliest) for e in report.events}
    assert individual(report) == []


@pytest.mark.parametrize("text", [
    # an article that quotes a letter is no letter
    "June 3, 2024\n\nThe plan's letter began: \"We are writing to inform you of an incident.\" Its vendor told it of the "
    "breach on April 2, 2024.",
    # a salutation far down a report (a sample letter in an appendix) is not the report's own
    "June 3, 2024\n\nThe plan's vendor told it of the breach on April 2, 2024. " + "Background follows. " * 120
    + "\n\nDear Member,\n\nWe are writing to inform you of an incident.",
], ids=["quoted", "appended"])
def test_a_quoted_or_appended_letter_does_not_make_the_text_a_notice(text: str) -> None:
    report = check_text(text, lang="en", regimes=HIPAA)
    assert "notification_individuals" not in {e.kind for e in report.events}


def test_a_french_letter_to_its_members() -> None:
    text = ("Le 3 juin 2024\n\nChère adhérente, cher adhérent,\n\nNous avons découvert le 2 avril 2024 qu'un tiers "
            "avait accédé à la messagerie d'un prestataire.\n")
    events = {(e.kind, e.earliest) for e in check_text(text, lang="fr").events}
    assert ("notification_individuals", dt.date(2024, 6, 3).toordinal()) in events


def test_a_form_8k_that_states_its_own_filing_day() -> None:
    text = ("Item 1.05 Material Cybersecurity Incidents.\n\nOn February 26, 2024, the Company determined that the "
            "incident was material.\n\nThis Current Report on Form 8-K is being filed on March 4, 2024.")
    found = [f for f in check_text(text, lang="en").findings if f.rule == "sec/8k-item-1.05"]
    assert [(f.severity, f.due) for f in found] == [("error", dt.date(2024, 3, 1).toordinal())]


def test_a_letter_to_an_attorney_general_is_the_notice_to_the_regulator() -> None:
    text = ("July 22, 2024\n\nRe: Notice of Data Security Incident\n\nDear Attorney General:\n\nWe represent a dental "
            "group and write to notify your office of an incident that it detected on June 3, 2024.\n")
    kinds = {e.kind for e in check_text(text, lang="en").events if e.earliest == dt.date(2024, 7, 22).toordinal()}
    assert kinds == {"notification_regulator", "publication"}


def test_an_undated_notice_heading_does_not_soften_a_late_dated_mailing() -> None:
    text = ("Notice of Data Security Incident\n\nOn June 3, 2024, the practice became aware of the breach. It began "
            "mailing notice letters to affected patients on September 6, 2024.\n")
    assert [f.severity for f in individual(check_text(text, lang="en", regimes=HIPAA))] == ["error"]


def test_a_rule_that_hangs_on_the_number_affected_says_which_number() -> None:
    text = "The covered entity discovered the breach on March 1, 2024 and mailed letters to patients on April 2, 2024."
    found = {f.rule: f for f in check_text(text, lang="en", regimes=HIPAA).findings}
    assert found["hipaa/hhs-notice"].severity == "info"
    assert found["hipaa/hhs-notice"].message.startswith("If 500 or more people were affected (the text does not say how many)")
    assert found["hipaa/media-notice"].message.startswith("If more than 500 people were affected")
    late = check_text(text.replace("April 2, 2024", "June 3, 2024") + " It notified the media on June 3, 2024.",
                      lang="en", regimes=HIPAA)
    media = next(f for f in late.findings if f.rule == "hipaa/media-notice")
    assert media.severity == "warning" and "applies only if more than 500 people were affected" in media.message


def test_a_french_letter_dated_at_its_foot() -> None:
    text = ("Objet : violation de données personnelles\n\nMadame, Monsieur,\n\nNous vous informons que notre "
            "prestataire a découvert le 2 mai 2024 qu'un tiers avait accédé à la base des adhérents.\n\n"
            "Fait à Lyon, le 7 mai 2024\n\nLa présidente\n")
    dated = {(e.kind, iso(e.earliest)) for e in check_text(text, lang="fr").events}
    assert ("publication", "2024-05-07") in dated
    # without a signature block, a date at the foot is no more than a date
    plain = ("Le prestataire a découvert le 2 mai 2024 qu'un tiers avait accédé à la base.\n\n" + "Suite.\n" * 12
             + "Date : 7 mai 2024\n")
    assert "publication" not in {e.kind for e in check_text(plain, lang="fr").events}


def test_a_letter_dated_under_its_signature() -> None:
    text = ("Dear Member:\n\nWhat happened: On or about November 14, 2023, the plan learned that its claims vendor "
            "had been attacked.\n\nSincerely,\n\nSummit Ridge Health Plan\nMarch 4, 2024\n")
    dated = {(e.kind, iso(e.earliest)) for e in check_text(text, lang="en").events}
    assert {("publication", "2024-03-04"), ("notification_individuals", "2024-03-04"), ("discovery", "2023-11-14")} <= dated


def test_a_count_of_a_states_residents_is_a_count_of_people_affected() -> None:
    text = ("The dental chain reported a breach affecting 18,400 Texans to the Texas attorney general. It discovered the "
            "breach of patient records on July 19, 2024 and mailed letters to patients on Sept. 27, 2024.")
    hhs = next(f for f in check_text(text, lang="en").findings if f.rule == "hipaa/hhs-notice")
    assert not hhs.message.startswith("If ")  # 18,400 is known: the HHS notice is owed, not owed "if"


def test_a_notice_not_yet_due_on_the_texts_own_date_is_no_warning() -> None:
    text = "Published May 30, 2024\n\nThe practice discovered on May 12, 2024 that an employee had copied patient records."
    found = next(f for f in check_text(text, lang="en", regimes=HIPAA).findings if f.rule == "hipaa/individual-notice")
    assert found.severity == "info" and "is due by 2024-07-11, after the text's own date (2024-05-30)" in found.message
    late = check_text(text.replace("May 30, 2024", "August 30, 2024"), lang="en", regimes=HIPAA)
    assert [f.severity for f in late.findings if f.rule == "hipaa/individual-notice"] == ["warning"]


def test_the_business_associate_rule_is_listed_only_when_the_text_speaks_of_its_notice() -> None:
    """A covered entity's own letter: no business-associate row. A business associate's account: the row."""
    own = check_text("Our clinic discovered the intrusion on March 4, 2024 and wrote to affected patients on "
                     "April 2, 2024.", lang="en", regimes=HIPAA)
    assert "hipaa/business-associate-notice" not in [r.rule for r in own.deadlines]
    assert "hipaa/individual-notice" in [r.rule for r in own.deadlines]
    ba = check_text("The vendor, a business associate, discovered the intrusion on March 4, 2024 and notified the "
                    "covered entity on March 20, 2024.", lang="en", regimes=HIPAA)
    row = next(r for r in ba.deadlines if r.rule == "hipaa/business-associate-notice")
    assert row.verdict == "met" and row.counting == "60 calendar days after the discovery; due 2024-05-03"


def test_a_rule_whose_trigger_is_not_stated_says_what_starts_it() -> None:
    report = check_text("Affected patients were sent letters on April 2, 2024.", lang="en", regimes=HIPAA)
    row = next(r for r in report.deadlines if r.rule == "hipaa/individual-notice")
    assert (row.status, row.verdict, row.due, row.event) == ("trigger not stated", "not checkable", None, None)
    assert "starts at the discovery, which the text does not date" in row.counting


def test_a_gap_bounded_on_neither_side_is_told_unknown() -> None:
    from timeline_check.kinds.deadline import _days
    from timeline_check.messages import Messages
    from timeline_check.network import INF
    assert _days(Messages("en"), (-INF, INF)) == "an unknown number of days"
    assert _days(Messages("fr"), (-INF, INF)) == "un nombre de jours inconnu"
    assert _days(Messages("en"), (3.0, INF)) == "at least 3 days"
