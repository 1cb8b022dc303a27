"""Issue 15: what the deadline table calls possibly missed is always a finding, and a miss made
less certain by an undated mention of the notice carries that mention as its excuse."""

from __future__ import annotations

import json

import pytest

from timeline_check.engine import check_text
from timeline_check.model import Report
from timeline_check.report import json as json_report, sarif
from timeline_check.ruleset import load_rules

# Two discoveries, one dated to a month, and letters dated to a month: each pair of a discovery
# and the letters possibly misses the 60 days, none certainly (two pairs judged, no finding before).
TWO_DISCOVERIES = """Birchwood Dental reports an email incident

Birchwood Dental discovered an intrusion in April 2024. On April 22, 2024, the practice discovered another intrusion into a second server.

Patients were notified by letter in June 2024.
"""

# The same in French, with the report to the CNIL dated to a month (72 hours under the GDPR).
DEUX_DECOUVERTES = """Incident au cabinet Bouleau

Le cabinet Bouleau a découvert une intrusion en avril 2024. Le 22 avril 2024, il a découvert une autre intrusion dans un second serveur.

Le cabinet a notifié la violation à la CNIL en avril 2024.
"""

# A late notice, and a sentence that says the customers were told without saying when.
UNDATED = """A checkout page incident at Lindell Outdoor Supply

On February 6, 2024, Lindell Outdoor Supply discovered that its checkout page had been altered. The change was made on January 30, 2024.

Lindell has informed the customers whose cards were used. Letters were mailed to customers on June 14, 2024.
"""


def _late(d):
    return {r.rule for r in d.deadlines if r.status.startswith(("missed", "possibly missed"))}


@pytest.mark.parametrize("text, regime, rule", [(TWO_DISCOVERIES, "hipaa", "hipaa/individual-notice"),
                                                (DEUX_DECOUVERTES, "gdpr", "gdpr/authority-notice")], ids=["en", "fr"])
def test_a_possibly_missed_row_is_a_warning(text, regime, rule):
    """Several pairs of trigger and notice, each possibly late: the row says so, and so does a warning."""
    d = check_text(text, regimes=[regime])
    assert [r.status for r in d.deadlines if r.rule == rule] == ["possibly missed"]
    assert [f.severity for f in d.findings if f.rule == rule] == ["warning"]


@pytest.mark.parametrize("text, regime", [(TWO_DISCOVERIES, "hipaa"), (DEUX_DECOUVERTES, "gdpr"), (UNDATED, "hipaa")],
                         ids=["en", "fr", "undated"])
def test_every_late_row_has_a_finding(text, regime):
    """A row missed or possibly missed has a finding of its rule beside it."""
    d = check_text(text, regimes=[regime])
    assert _late(d), [(r.rule, r.status) for r in d.deadlines]
    assert _late(d) <= {f.rule for f in d.findings if f.category == "deadline"}


def test_the_undated_mention_that_lowers_a_miss_is_its_excuse():
    """The miss is a warning because the text also says the customers were told, undated: that sentence is quoted."""
    d = check_text(UNDATED, regimes=["hipaa"])
    (f,) = [f for f in d.findings if f.rule == "hipaa/individual-notice"]
    assert f.severity == "warning"
    assert [q.text for q in f.excuses] == ["Lindell has informed the customers whose cards were used."]
    assert all(UNDATED[q.start:q.end] == q.text for q in f.excuses)


def test_a_miss_without_excuse_has_none():
    d = check_text(UNDATED.replace("Lindell has informed the customers whose cards were used. ", ""), regimes=["hipaa"])
    (f,) = [f for f in d.findings if f.rule == "hipaa/individual-notice"]
    assert f.severity == "error" and f.excuses == ()


def test_what_lowered_a_missed_deadline_is_in_the_json_and_the_sarif() -> None:
    text = ("The clinic discovered the intrusion on January 22, 2024. Letters were mailed to affected patients on "
            "April 28, 2024. The FBI asked for a law enforcement delay, which the clinic honoured.")
    doc = check_text(text, lang="en")
    late = next(f for f in doc.findings if f.rule == "hipaa/individual-notice")
    assert late.severity == "warning" and [e.text for e in late.excuses] == ["law enforcement delay"]
    found = json.loads(json_report.render(Report((doc,))))["documents"][0]["findings"]
    assert next(f for f in found if f["rule"] == late.rule)["excuses"][0]["text"] == "law enforcement delay"
    result = next(r for r in json.loads(sarif.render(Report((doc,)), load_rules()))["runs"][0]["results"] if r["ruleId"] == late.rule)
    assert [r["message"]["text"] for r in result["relatedLocations"]][-1] == "lowers the severity"


def test_a_notice_counted_from_an_undated_event_is_not_said_to_be_dated() -> None:
    text = ("Hackers reached the records of 600 patients. The clinic emailed a notice to affected patients on the day "
            "of the incident and sent another two days later.")
    doc = check_text(text, lang="en", regimes=("HIPAA",))
    assert not [f for f in doc.findings if "is dated" in f.message]


@pytest.mark.parametrize(("said", "level"), [
    ("Gull Clinic later wrote to the affected individuals and told HHS and local news outlets.", "info"),
    ("The clinic will notify the affected individuals.", "warning"),  # planned: not yet given
    ("", "warning"),  # never mentioned: a notice owed
])
def test_a_notice_said_to_be_given_without_a_date_is_info(said: str, level: str) -> None:
    """Issue 15: a notice the text says was given, without a date, is a fact to add (info, quoting
    the sentence that says so); a warning stays for a notice owed and never mentioned."""
    text = "On September 21, 2016, Gull Clinic discovered that it had posted a patient list on a public website. " + said
    (f,) = [f for f in check_text(text, lang="en", regimes=("HIPAA",)).findings if f.rule == "hipaa/individual-notice"]
    assert f.severity == level
    assert (said in [e.text for e in f.evidence]) == (level == "info")
