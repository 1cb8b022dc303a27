"""A round-up: paragraphs that each tell of another organisation's breach are other incidents,
never second dates of the first one's events (binding/roundup.py). Sentences written for the test."""

from __future__ import annotations

from timeline_check import check_text
from timeline_check.binding.roundup import subject_name
from timeline_check.model import iso

ROUNDUP = (
    "Three more health data breaches came to light this month.\n\n"
    "Larkspur Family Clinic discovered on March 4, 2024 that an intruder had read its scheduling "
    "files. The clinic wrote to its patients on April 2, 2024.\n\n"
    "Halden Orthopedic Group learned on January 9, 2024 that a former billing clerk had copied "
    "patient records. Letters went out on February 20, 2024.\n\n"
    "On November 30, 2023, Mirefield County Health detected ransomware on two servers. The county "
    "notified residents on January 5, 2024.\n")


def test_each_organisation_is_its_own_incident() -> None:
    report = check_text(ROUNDUP, lang="en")
    assert not [f for f in report.findings if f.rule.startswith(("conflict/", "order/", "duration/"))]
    discoveries = sorted(iso(e.earliest) for e in report.events if e.kind == "discovery")
    assert discoveries == ["2023-11-30", "2024-01-09", "2024-03-04"]


def test_one_organisation_twice_is_one_incident() -> None:
    text = ("Larkspur Family Clinic discovered on March 4, 2024 that an intruder had read its files.\n\n"
            "Larkspur Family Clinic discovered on March 19, 2024 that the intrusion had been found.\n")
    report = check_text(text, lang="en")
    assert not any(m.separate for e in report.events for m in e.mentions)


def test_a_vendor_named_beside_its_client_stays_one_incident() -> None:
    text = ("Larkspur Family Clinic discovered on March 4, 2024 that its billing vendor, Quillon Data "
            "Services, had been breached.\n\n"
            "Quillon Data Services learned on March 19, 2024 that an intruder had entered its systems.\n")
    report = check_text(text, lang="en")
    assert not any(m.separate for e in report.events for m in e.mentions)


def test_a_later_paragraph_naming_the_first_organisation_is_its_own() -> None:
    text = ("Larkspur Family Clinic discovered on March 4, 2024 that an intruder had read its files.\n\n"
            "Halden Orthopedic Group learned on January 9, 2024 that a clerk had copied records.\n\n"
            "Larkspur Family Clinic then discovered on March 19, 2024 that more files were read.\n")
    report = check_text(text, lang="en")
    separate = {iso(e.earliest): all(m.separate for m in e.mentions) for e in report.events}
    assert separate == {"2024-03-04": False, "2024-01-09": True, "2024-03-19": False}


def test_subject_names() -> None:
    stop = frozenset({"the", "on", "a"})

    def name(s: str) -> str | None:
        return subject_name(s, 0, len(s), stop)
    assert name("Northfen Behavioral Health became aware of it") == "Northfen"
    assert name("Pell & Amory LLP, a law firm, learned") == "Pell"
    assert name("The Larkspur Family Clinic learned") == "Larkspur"
    assert name("The clinic learned") is None
    assert name("Dropbox learned") is None  # one word: not told from a sentence's first word
    assert name("In a separate incident, a laptop was stolen") is None
    assert name("Letters were mailed") is None


ONE_WORD_NAMES = (
    "Two breaches at software makers were disclosed this week.\n\n"
    "Kestrel discovered on March 4, 2024 that an intruder had read its support tickets. The breach at "
    "Kestrel reached 4,000 customers, who were told on April 2, 2024.\n\n"
    "Tallowmere learned on January 9, 2024 that a contractor had copied its user list. Customers of "
    "Tallowmere received letters on February 20, 2024.\n")


def test_one_word_names_the_text_writes_as_names_open_their_own_incidents() -> None:
    report = check_text(ONE_WORD_NAMES, lang="en")
    assert not [f for f in report.findings if f.rule.startswith(("conflict/", "order/", "duration/"))]
    separate = {iso(e.earliest): all(m.separate for m in e.mentions) for e in report.events if e.kind == "discovery"}
    assert separate == {"2024-03-04": False, "2024-01-09": True}


def test_a_one_word_name_the_text_also_writes_in_lower_case_is_no_name() -> None:
    s = "Hackers learned of it. The hackers left."
    assert subject_name(s, 0, len(s), frozenset({"the"})) is None
    s = "Kestrel learned of it. A breach at Kestrel followed."
    assert subject_name(s, 0, len(s), frozenset({"the"})) == "Kestrel"
