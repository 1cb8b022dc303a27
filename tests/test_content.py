"""The content kind: what a notice must say, must not say, and how it must look.

The letters are written for these tests. Each complete one has no content finding; each variant
leaves out or adds one element and must have exactly that finding.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_check import check_text
from timeline_check.model import DocumentReport

HIPAA_PARTS = {
    "opening": "Dear Patient,\n\nWe are writing to tell you about an event at Lakeview Orthopedic Group that concerns you.",
    "what-happened": "What Happened\nOn January 9, 2024, an unauthorized person gained access to an employee's email "
                     "account. We discovered the intrusion on January 16, 2024.",
    "information-involved": "What Information Was Involved\nThe messages may have included your name, date of birth "
                            "and treatment information.",
    "what-we-are-doing": "What We Are Doing\nWe launched an investigation with outside experts and added multi-factor "
                         "authentication to every account.",
    "steps-to-take": "What You Can Do\nWe recommend that you review the statements you receive from your health plan.",
    "contact": "For More Information\nCall our toll-free line at 1-877-555-0190 on weekdays.",
    "closing": "Sincerely,\nLakeview Orthopedic Group\nMarch 4, 2024",
}


def _letter(parts: dict[str, str], leave_out: str | None = None) -> str:
    return "\n\n".join(v for k, v in parts.items() if k != leave_out) + "\n"


def _content(report: DocumentReport, level: str | None = None) -> list[str]:
    return [f.rule for f in report.findings if f.category == "content" and (level is None or f.severity == level)]


def test_a_complete_hipaa_letter_has_no_content_error() -> None:
    report = check_text(_letter(HIPAA_PARTS), regimes=("HIPAA",), lang="en")
    assert report.notice == "individuals"
    assert _content(report, "error") == []
    assert _content(report) == ["hipaa/notice-plain-language"]  # info: a person must read it
    outcomes = {r.rule: r.outcome for r in report.checklist}
    assert outcomes["hipaa/notice-contact"] == "present"
    assert outcomes["hipaa/notice-plain-language"] == "not checkable"


@pytest.mark.parametrize("part", ["what-happened", "information-involved", "what-we-are-doing", "steps-to-take", "contact"])
def test_a_letter_without_a_required_element_has_exactly_that_error(part: str) -> None:
    report = check_text(_letter(HIPAA_PARTS, leave_out=part), regimes=("HIPAA",), lang="en")
    assert _content(report, "error") == [f"hipaa/notice-{part}"]
    finding = next(f for f in report.findings if f.rule == f"hipaa/notice-{part}")
    assert finding.citation and finding.citation.startswith("45 CFR 164.404(c)")
    assert "add " in finding.message


def test_a_discovery_date_given_only_in_the_faq_is_misplaced() -> None:
    parts = dict(HIPAA_PARTS)
    parts["what-happened"] = ("What Happened\nOn January 9, 2024, an unauthorized person gained access to an "
                              "employee's email account.")
    parts["faq"] = "Questions and Answers\nWhen did you find out? We discovered the intrusion on January 16, 2024."
    report = check_text(_letter(parts), regimes=("HIPAA",), lang="en")
    assert _content(report, "error") == ["hipaa/notice-discovery-date"]
    finding = next(f for f in report.findings if f.rule == "hipaa/notice-discovery-date")
    assert "What Happened" in finding.message and [e.text for e in finding.evidence][0] == "What Happened"


def test_a_discovery_date_not_known_is_only_info() -> None:
    parts = dict(HIPAA_PARTS)
    parts["what-happened"] = ("What Happened\nOn January 9, 2024, an unauthorized person gained access to an "
                              "employee's email account.")
    report = check_text(_letter(parts), regimes=("HIPAA",), lang="en")
    assert _content(report, "error") == []
    assert "hipaa/notice-discovery-date" in _content(report, "info")


MA_LETTER = (
    "Dear Resident,\n\nWe are writing to let you know about an incident that may affect your personal information.\n\n"
    "You have the right to obtain a police report about this incident. You may place a security freeze on your "
    "credit report at no charge with each consumer reporting agency.\n\nSincerely,\nHarbor Savings\n")


def test_a_massachusetts_letter_must_not_say_how_the_breach_happened() -> None:
    report = check_text(MA_LETTER, regimes=("US-MA",), lang="en", detect_regimes=False)
    assert _content(report) == []
    told = MA_LETTER.replace("an incident that may affect", "a ransomware attack that may affect")
    report = check_text(told, regimes=("US-MA",), lang="en", detect_regimes=False)
    assert _content(report) == ["us-ma/notice-no-nature"]
    finding = report.findings[0]
    assert finding.severity == "warning" and finding.evidence[0].text == "ransomware"


def test_a_massachusetts_letter_must_not_count_the_residents() -> None:
    counted = MA_LETTER.replace("Sincerely", "The incident affected 1,240 residents.\n\nSincerely")
    report = check_text(counted, regimes=("US-MA",), lang="en", detect_regimes=False)
    assert _content(report) == ["us-ma/notice-no-count"]


def test_california_headings_out_of_order() -> None:
    letter = _letter(HIPAA_PARTS).replace("Dear Patient", "Notice of Data Breach\n\nDear Patient")
    ok = check_text(letter, regimes=("US-CA",), lang="en", detect_regimes=False)
    assert "us-ca/notice-headings" not in _content(ok)
    swapped = letter.replace("What We Are Doing", "@@").replace("What You Can Do", "What We Are Doing").replace(
        "@@", "What You Can Do")
    report = check_text(swapped, regimes=("US-CA",), lang="en", detect_regimes=False)
    assert "us-ca/notice-headings" in _content(report, "error")


GDPR_FR = (
    "Chère cliente, cher client,\n\n"
    "Nous vous informons d'un incident de sécurité survenu le 3 février 2025 : un accès non autorisé à notre "
    "fichier de clients a permis de copier vos nom et adresse électronique.\n\n"
    "Conséquences probables : vous pourriez recevoir des tentatives d'hameçonnage.\n\n"
    "Mesures : nous avons immédiatement bloqué l'accès et réinitialisé les mots de passe.\n\n"
    "Pour toute question, écrivez à notre délégué à la protection des données : dpo@exemple-boutique.fr.\n\n"
    "Fait à Lyon, le 7 février 2025\n")


def test_a_french_gdpr_letter_is_complete_and_each_part_counts() -> None:
    report = check_text(GDPR_FR, regimes=("GDPR",), lang="fr", detect_regimes=False)
    assert report.notice == "individuals" and _content(report) == []
    without = GDPR_FR.replace("Conséquences probables : vous pourriez recevoir des tentatives d'hameçonnage.\n\n", "")
    report = check_text(without, regimes=("GDPR",), lang="fr", detect_regimes=False)
    assert _content(report) == ["gdpr/notice-consequences"]


def test_an_article_is_no_notice() -> None:
    article = ("A clinic in Ohio said hackers reached an email account in January. The clinic mailed letters to "
               "patients on March 4, 2024, and posted a press release on its web site.")
    report = check_text(article, regimes=("HIPAA",), lang="en")
    assert report.notice is None and report.checklist == () and _content(report) == []


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(["what-happened", "information-involved", "what-we-are-doing", "steps-to-take", "contact"]),
       st.permutations(["what-happened", "information-involved", "what-we-are-doing", "steps-to-take", "contact"]))
def test_a_letter_built_from_its_parts_misses_exactly_the_part_left_out(dropped: str, order: list[str]) -> None:
    parts = {"opening": HIPAA_PARTS["opening"], **{k: HIPAA_PARTS[k] for k in order}, "closing": HIPAA_PARTS["closing"]}
    report = check_text(_letter(parts, leave_out=dropped), regimes=("HIPAA",), lang="en")
    assert _content(report, "error") == [f"hipaa/notice-{dropped}"]


def test_a_denied_mention_makes_no_element_due() -> None:
    letter = _letter(HIPAA_PARTS).replace("Dear Patient", "Notice of Data Breach\n\nDear Patient")
    said = letter.replace("date of birth and treatment information.", "date of birth and treatment information; "
                          "it held no Social Security number.")
    report = check_text(said, regimes=("US-CA",), lang="en", detect_regimes=False)
    assert "us-ca/notice-credit-agencies" not in _content(report)
    told = letter.replace("date of birth and treatment information.", "date of birth and Social Security number.")
    report = check_text(told, regimes=("US-CA",), lang="en", detect_regimes=False)
    assert "us-ca/notice-credit-agencies" in _content(report, "error")


@pytest.mark.parametrize("contact", [
    "For More Information\nPlease call our dedicated call center at 1-866-555-0148, Monday through Friday.",
    "Questions\nYou may reach us by email at privacy@lakeviewortho.example.com.",
    "If you have questions, write to us at Lakeview Orthopedic Group, P.O. Box 4417, Dunmore, PA 18512.",
    "You can learn about identity theft from the Federal Trade Commission at 1-877-438-4338; for anything about "
    "this letter, please contact our privacy office at 1-855-555-0102.",
])
def test_the_senders_own_contact_data_counts(contact: str) -> None:
    report = check_text(_letter({**HIPAA_PARTS, "contact": contact}), regimes=("HIPAA",), lang="en")
    assert _content(report, "error") == []


@pytest.mark.parametrize("contact", [
    "For More Information\nYou can report identity theft to the Federal Trade Commission at 1-877-438-4338 or "
    "www.identitytheft.gov.",
    "What You Can Do\nTo place a fraud alert, call Equifax, toll-free, at 1-800-555-0111, or Experian at "
    "1-888-555-0122.",
    "Learn more at www.annualcreditreport.com.",
])
def test_a_third_partys_or_an_unowned_number_is_no_contact(contact: str) -> None:
    report = check_text(_letter({**HIPAA_PARTS, "contact": contact}), regimes=("HIPAA",), lang="en")
    assert _content(report, "error") == ["hipaa/notice-contact"]


def test_a_french_letter_needs_its_own_contact_not_the_cnils() -> None:
    cnil = GDPR_FR.replace("Pour toute question, écrivez à notre délégué à la protection des données : "
                           "dpo@exemple-boutique.fr.",
                           "Vous pouvez aussi adresser une plainte à la CNIL : www.cnil.fr, 01 53 73 22 22.")
    report = check_text(cnil, regimes=("GDPR",), lang="fr", detect_regimes=False)
    assert _content(report) == ["gdpr/notice-contact-point"]
    ours = cnil.replace("Vous pouvez aussi", "Pour nous contacter : 04 72 00 11 22. Vous pouvez aussi")
    report = check_text(ours, regimes=("GDPR",), lang="fr", detect_regimes=False)
    assert _content(report) == []


CA_PARTS = {
    "title": "Notice of Data Breach",
    "opening": "Dear Member,",
    "what-happened": "What Happened\nOn June 2, 2025, someone outside our company opened a storage folder of Redwood "
                     "Mutual that held account forms.",
    "information-involved": "What Information Was Involved\nThe forms held your name, address and date of birth.",
    "what-we-are-doing": "What We Are Doing\nWe closed the folder to outside access and began an investigation.",
    "steps-to-take": "What You Can Do\nWe recommend that you review your account statements.",
    "contact": "For More Information\nPlease call our member line at 1-866-555-0121.",
    "closing": "Sincerely,\nRedwood Mutual\nJuly 1, 2025",
}


def _ca(letter: str) -> list[str]:
    return _content(check_text(letter, regimes=("US-CA",), lang="en", detect_regimes=False), "error")


def test_headings_run_into_a_flattened_letter_still_count() -> None:
    assert _ca(_letter(CA_PARTS)) == []
    flat = " ".join(_letter(CA_PARTS).split("\n")[:-3]).replace("  ", " ") + "\nRedwood Mutual\nJuly 1, 2025\n"
    assert "us-ca/notice-headings" not in _ca(flat) and "us-ca/notice-title" not in _ca(flat)
    dotted = _letter(CA_PARTS).replace("What We Are Doing\n", "What We Are Doing.\n")
    assert "us-ca/notice-headings" not in _ca(dotted)
    # words of a heading inside a sentence are no heading
    told = _letter(CA_PARTS).replace("What We Are Doing\n", "Here is what we are doing about it.\n")
    assert "us-ca/notice-headings" in _ca(told)


@pytest.mark.parametrize(("said", "due"), [
    ("The forms held your name and Social Security number.", True),
    ("The forms held your name; your Social Security number was not involved.", False),
    ("The forms held your name. We have never asked members for a Social Security number.", False),
    ("The forms held your name. Our forms ask for no document of identity, and we do not\n"
     "keep a Social Security number or a driver's license number for any member of the plan.", False),
    ("The forms held your name and Social Security number, but not your bank details.", True),
])
def test_a_mention_denied_before_or_after_it_makes_no_element_due(said: str, due: bool) -> None:
    parts = {**CA_PARTS, "information-involved": "What Information Was Involved\n" + said}
    assert ("us-ca/notice-credit-agencies" in _ca(_letter(parts))) is due


@pytest.mark.parametrize("heading", ["NOTICE OF DATA SECURITY EVENT", "Notice of Cybersecurity Incident",
                                     "A Notice to Our Patients"])
def test_a_notice_posted_on_a_web_site_is_a_notice_to_individuals(heading: str) -> None:
    posted = (f"{heading}\n\nThe Millbrook Clinic is giving notice of an event that may affect some patients' "
              "information. On May 2, 2025, a staff email account was opened by someone outside the clinic.\n")
    assert check_text(posted, regimes=("HIPAA",), lang="en").notice == "individuals"
    told = "The clinic posted a statement on its web site on May 20, 2025, about an email account opened in May."
    assert check_text(told, regimes=("HIPAA",), lang="en").notice is None
