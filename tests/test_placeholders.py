"""Mail-merge placeholders in draft notices: a slot where a date or the sender's number should be is
no such fact and gets a warning; a field of the reader's own (their name, address, code) is mail
merge and gets none. The letters are written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline_check import check_text
from timeline_check.content import load_content
from timeline_check.placeholders import find
from timeline_check.rulefile import RuleFileError

RULES = Path(__file__).parent.parent / "rules"
SLOTS = load_content(RULES).slots


@pytest.mark.parametrize(("text", "what"), [
    ("The incident began on [DATE] and ended a day later.", "a date"),
    ("It was found on <<Discovery Date>>.", "a date"),
    ("The files were copied on XX/XX/2024.", "a date"),
    ("Call our team at [insert toll-free number] with questions.", "the sender's contact details"),
    ("Call our team at 1-8XX-XXX-XXXX with questions.", "the sender's contact details"),
    ("Write to {{support_email}} for help.", "the sender's contact details"),
    ("Sincerely, «Company_Name»", "the sender's name"),
    ("[Insert a short account of the incident here.]", "the text it stands for"),
    ("Nous l'avons découvert le [DATE].", "a date"),
    ("Appelez notre numéro vert au <<Téléphone>>.", "the sender's contact details"),
])
def test_a_slot_for_a_fact_is_found_with_what_it_stands_for(text: str, what: str) -> None:
    lang = "fr" if "Nous" in text or "Appelez" in text else "en"
    found = find(text, lang, SLOTS)
    assert len(found) == 1 and found[0].what.startswith(what)
    assert text[found[0].start:found[0].end] == found[0].text


@pytest.mark.parametrize(("text", "lang"), [
    ("Dear <<First Name>> <<Last Name>>:", "en"),
    ("<<Address1>>\n<<City>>, <<State>> <<Zip>>", "en"),
    ("Your enrollment code is {{activation_code}}.", "en"),
    ("Dear [Name],", "en"),
    ("The report said the firm [sic] had waited.", "en"),
    ("Chère «Prénom», cher «Nom»,", "fr"),
    ("Le rapport parle d'un «incident» sans gravité.", "fr"),
    ("See item 1.05 [Reserved] and the box [ ] for filers.", "en"),
])
def test_a_readers_own_field_or_ordinary_brackets_are_no_finding(text: str, lang: str) -> None:
    assert find(text, lang, SLOTS) == ()


LETTER = (
    "<<First Name>> <<Last Name>>\n<<Address 1>>\n<<City>>, <<State>> <<Zip>>\n\n"
    "Dear <<First Name>>:\n\n"
    "On March 11, 2025, an unauthorized person gained access to a file server at Birchwood Eye Care. "
    "The files may have included your name and date of birth. We began an investigation and added "
    "new safeguards. We recommend that you review your statements. For questions, please call our "
    "help line at 1-866-555-0163.\n\nSincerely,\nBirchwood Eye Care\n")


def test_a_mail_merge_salutation_makes_a_letter_and_its_fields_no_finding() -> None:
    report = check_text(LETTER, regimes=("HIPAA",), lang="en", detect_regimes=False)
    assert report.notice == "individuals"
    assert [f.rule for f in report.findings if f.category == "content" and f.severity != "info"] == []


def test_a_placeholder_where_the_number_should_be_is_no_number() -> None:
    draft = LETTER.replace("1-866-555-0163", "[insert toll-free number]")
    report = check_text(draft, regimes=("HIPAA",), lang="en", detect_regimes=False)
    rules = sorted(f.rule for f in report.findings if f.category == "content" and f.severity != "info")
    assert rules == ["content/placeholder", "hipaa/notice-contact"]
    warning = next(f for f in report.findings if f.rule == "content/placeholder")
    assert warning.severity == "warning" and "[insert toll-free number]" in warning.message
    assert warning.evidence[0].text == "[insert toll-free number]"


def test_a_placeholder_date_is_no_date_of_the_breach() -> None:
    draft = LETTER.replace("On March 11, 2025,", "On XX/XX/2025,")
    report = check_text(draft, regimes=("HIPAA",), lang="en", detect_regimes=False)
    breach = {r.rule: r.outcome for r in report.checklist}["hipaa/notice-breach-date"]
    assert breach == "unknown"
    assert "content/placeholder" in [f.rule for f in report.findings]


def test_a_text_that_is_no_notice_gets_no_placeholder_finding() -> None:
    article = "A clinic said the intrusion began on [DATE] according to its filing; it mailed letters in May."
    report = check_text(article, regimes=("HIPAA",), lang="en")
    assert report.notice is None and not [f for f in report.findings if f.rule == "content/placeholder"]


def test_a_placeholder_entry_without_words_is_refused(tmp_path: Path) -> None:
    (tmp_path / "content.toml").write_text(
        (RULES / "content.toml").read_text(encoding="utf-8") + '\n[[placeholder]]\nname = "broken"\n', encoding="utf-8")
    with pytest.raises(RuleFileError, match="needs"):
        load_content(tmp_path)


def test_a_bare_slot_is_read_from_the_words_before_it() -> None:
    assert find("Charges to your card number ending in [insert] may be affected.", "en", SLOTS) == ()
    found = find("The intrusion lasted until [insert].", "en", SLOTS)
    assert [p.what for p in found] == ["the text it stands for"]


def test_a_letter_flattened_with_its_merge_fields_is_still_a_letter() -> None:
    flat = ("«First_Name» «Last_Name» «Street» «City», «State» «Zip» Dear «First_Name»: an unauthorized person "
            "gained access to a file server at Birchwood Eye Care on March 11, 2025. The files may have included "
            "your name and date of birth. We began an investigation. We recommend that you review your statements. "
            "For questions, please call our help line at 1-866-555-0163.\n")
    report = check_text(flat, regimes=("HIPAA",), lang="en", detect_regimes=False)
    assert report.notice == "individuals"
    quoted = flat.replace("«First_Name» «Last_Name» «Street» «City», «State» «Zip» ", "The clinic wrote: «")
    assert check_text(quoted, regimes=("HIPAA",), lang="en", detect_regimes=False).notice is None


def test_a_label_in_brackets_is_no_slot_but_a_phrase_in_capitals_is() -> None:
    assert find("[ARCHIVED] Notice of a data event at the city.", "en", SLOTS) == ()
    assert [p.what for p in find("The attacker [BRIEF DESCRIPTION HERE] left.", "en", SLOTS)] == ["the text it stands for"]
