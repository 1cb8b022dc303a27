"""Legal regimes: each family of deadline counted as its law counts, on narratives written for these tests.

Families: calendar days (Washington, Texas), business days across a federal holiday (SEC
Form 8-K), hours with and without a time of day (GDPR Art. 33), versions in force by date
(Texas AG 60 -> 30 days), relational rules with no number (Maryland AG before residents),
thresholds counted in a state's residents, law-enforcement delay, unsure facts, pending rules.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from rulepack import edit
from timeline_check import check_text
from timeline_check.deadlines import (add_business_days, add_months, business_days_between, due_day, judge,
                                      verdict)
from timeline_check.model import Interval, Mention, TimeExpr
from timeline_check.reason import reason
from timeline_check.ruleset import load_rules

ROOT = Path(__file__).resolve().parent.parent


def day(iso: str) -> int:
    return dt.date.fromisoformat(iso).toordinal()


def words(iso: str) -> str:
    d = dt.date.fromisoformat(iso)
    return f"{d.strftime('%B')} {d.day}, {d.year}"


def found(report, rule: str) -> list[str]:
    return [f.severity for f in report.findings if f.rule == rule]


def row(report, rule: str):
    return next(r for r in report.deadlines if r.rule == rule)


# ---------------------------------------------------------------- calendar days: Washington, 30 days from discovery

def washington(sent: str, discovered: str = "June 3, 2024") -> str:
    return (f"A property manager in Spokane found on {discovered} that a misconfigured storage bucket had exposed "
            f"tenant files. It mailed letters to affected Washington residents on {sent}.")


@pytest.mark.parametrize(("days", "expected"), [(12, []), (30, []), (31, ["error"]), (75, ["error"])])
def test_washington_day_30_is_on_time_and_day_31_is_late(days: int, expected: list[str]) -> None:
    sent = (dt.date(2024, 6, 3) + dt.timedelta(days=days)).isoformat()
    r = check_text(washington(words(sent)), lang="en")
    assert "US-WA" in [m.name for m in r.regimes]
    assert found(r, "us-wa/individual-notice") == expected
    status = row(r, "us-wa/individual-notice")
    assert status.due == day("2024-07-03")
    assert status.status == ("missed" if expected else "met")
    if expected:
        assert status.over == days - 30


def test_washington_month_only_discovery_is_a_warning_not_an_error() -> None:
    # Found "in June 2024": any day of June; letters on July 15 miss the limit for some readings only.
    r = check_text(washington("July 15, 2024", discovered="June 2024").replace("found on", "found in"), lang="en")
    assert found(r, "us-wa/individual-notice") == ["warning"]
    assert row(r, "us-wa/individual-notice").status == "possibly missed"


# ---------------------------------------------------------------- business days: SEC Form 8-K across Thanksgiving

def sec(determined: str, filed: str) -> str:
    return (f"After weeks of forensic work, the board of Larkspur Freight Inc. determined on {determined} that the "
            f"ransomware attack was a material cybersecurity incident. The company filed a Form 8-K with the SEC on "
            f"{filed}.")


def test_four_business_days_skip_thanksgiving_2023() -> None:
    # The example: determination on Tuesday 2023-11-21; Thursday 23 is Thanksgiving, so the
    # fourth business day is Tuesday 2023-11-28.
    rule = load_rules().regimes["SEC"].rules[0]
    assert due_day(rule, day("2023-11-21")) == day("2023-11-28")
    assert add_business_days(day("2023-11-21"), 4, "US") == day("2023-11-28")
    assert business_days_between(day("2023-11-21"), day("2023-11-28"), "US") == 4
    # Christmas (Monday 2023-12-25) is skipped too: from Tuesday the 19th, the fourth business day is the 26th.
    ok = judge([rule], day("2023-12-19"), day("2023-12-19"), day("2023-12-26"), day("2023-12-26"), 7, 7)
    late = judge([rule], day("2023-12-19"), day("2023-12-19"), day("2023-12-27"), day("2023-12-27"), 8, 8)
    assert ok is not None and not ok.possible and late is not None and late.certain and late.over == 1


def test_form_8k_before_item_105_was_in_force_is_not_checked() -> None:
    # Item 1.05 applies from 2023-12-18: the November 2023 filing is outside it.
    r = check_text(sec("November 21, 2023", "November 30, 2023"), lang="en")
    assert found(r, "sec/8k-item-1.05") == []
    assert row(r, "sec/8k-item-1.05").status == "not in force"


@pytest.mark.parametrize(("filed", "expected"), [("December 3, 2024", []), ("December 4, 2024", ["error"])])
def test_form_8k_across_thanksgiving_2024(filed: str, expected: list[str]) -> None:
    # Tuesday 2024-11-26; Thursday 28 is Thanksgiving: the fourth business day is Tuesday 2024-12-03.
    r = check_text(sec("November 26, 2024", filed), lang="en")
    assert [m.name for m in r.regimes] == ["SEC"]
    assert found(r, "sec/8k-item-1.05") == expected
    assert row(r, "sec/8k-item-1.05").due == day("2024-12-03")
    if expected:
        f = next(f for f in r.findings if f.rule == "sec/8k-item-1.05")
        assert "5 business days" in f.message and f.regime == "SEC"
        assert row(r, "sec/8k-item-1.05").over == 1


def test_form_8k_with_a_vague_determination_date_is_a_warning() -> None:
    # "early December 2024" is December 1 to 10: filed on the 9th, late for the first readings only.
    r = check_text(sec("early December 2024", "December 9, 2024").replace("determined on", "determined in"), lang="en")
    assert found(r, "sec/8k-item-1.05") == ["warning"]
    assert row(r, "sec/8k-item-1.05").status == "possibly missed"


def form_8k(determined: str, signed: str) -> str:
    """A draft Form 8-K: the filing itself, dated in its signature block."""
    return ("UNITED STATES SECURITIES AND EXCHANGE COMMISSION\nFORM 8-K\nCURRENT REPORT\n"
            "Pursuant to Section 13 or 15(d) of the Securities Exchange Act of 1934\n\n"
            "Larkspur Freight Inc.\n\nItem 1.05 Material Cybersecurity Incidents.\n\n"
            f"On {determined}, the Company determined that the ransomware attack on its dispatch systems was material.\n\n"
            "SIGNATURES\n\nPursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly "
            f"caused this report to be signed on its behalf.\n\nDate: {signed}      By: /s/ Dana Whitfield\n")


@pytest.mark.parametrize(("signed", "expected"), [("December 3, 2024", []), ("December 4, 2024", ["error"])])
def test_a_form_8k_is_itself_the_filing_dated_in_its_signature_block(signed: str, expected: list[str]) -> None:
    r = check_text(form_8k("November 26, 2024", signed), lang="en")
    signed_on = day(dt.datetime.strptime(signed, "%B %d, %Y").date().isoformat())
    assert row(r, "sec/8k-item-1.05").actual == Interval(signed_on, signed_on)
    assert found(r, "sec/8k-item-1.05") == expected
    if expected:  # the words that make it the filing, and the line that dates it
        quoted = [e.text for f in r.findings for e in f.evidence]
        assert any("CURRENT REPORT" in q for q in quoted) and any(signed in q for q in quoted)


def test_a_law_enforcement_request_does_not_excuse_a_late_8k() -> None:
    text = sec("November 26, 2024", "December 12, 2024") + " The FBI requested a delay, citing its investigation."
    assert found(check_text(text, lang="en"), "sec/8k-item-1.05") == ["error"]


def test_brazilian_business_days_skip_brazilian_holidays() -> None:
    # Thursday 2024-11-14; Friday 15 (Proclamation of the Republic) and Wednesday 20 (Black Consciousness Day,
    # national since 2024) are holidays: 3 business days end on Thursday 2024-11-21, 6 on Tuesday 2024-11-26.
    assert add_business_days(day("2024-11-14"), 3, "BR") == day("2024-11-21")
    assert add_business_days(day("2024-11-14"), 6, "BR") == day("2024-11-26")
    assert add_business_days(day("2024-11-14"), 3, "US") == day("2024-11-19")


# ---------------------------------------------------------------- hours: GDPR Art. 33, 72 hours from awareness

def gdpr(aware: str, notified: str) -> str:
    return (f"The controller, a Lyon travel agency, became aware of the personal data breach on {aware}. "
            f"It notified the supervisory authority on {notified}.")


@pytest.mark.parametrize(("notified", "expected"), [
    ("5 March 2024", []), ("6 March 2024", []),    # at most 2 days and 23:59 later: within 72 hours
    ("7 March 2024", ["warning"]),                 # 48 to 96 hours later: some readings miss it
    ("8 March 2024", ["error"]),                   # more than 72 hours under every reading
])
def test_gdpr_with_dates_only_uses_whole_days(notified: str, expected: list[str]) -> None:
    r = check_text(gdpr("4 March 2024", notified), lang="en")
    assert [m.name for m in r.regimes] == ["GDPR"]
    assert found(r, "gdpr/authority-notice") == expected


@pytest.mark.parametrize(("aware", "notified", "expected"), [
    ("4 March 2024 at 9:15 a.m.", "7 March 2024 at 9:15 a.m.", []),          # 72 hours exactly
    ("4 March 2024 at 9:15 a.m.", "7 March 2024 at 9:16 a.m.", ["error"]),   # one minute over
    ("4 March 2024 at 11 p.m.", "7 March 2024 at 10 p.m.", []),
])
def test_gdpr_with_a_stated_time_of_day(aware: str, notified: str, expected: list[str]) -> None:
    r = check_text(gdpr(aware, notified), lang="en")
    assert found(r, "gdpr/authority-notice") == expected


def _timed(kind: str, iso: str, minute: int | None, start: int) -> Mention:
    d = day(iso)
    timex = TimeExpr(start, start + 10, iso, "date", first=Interval(d, d), time=minute)
    return Mention(kind, timex, "point", (start, start + 5), (start, start + 40))


@pytest.mark.parametrize(("aware_min", "sent_min", "certain", "possible"), [
    (555, 555, False, False),       # 09:15 -> 09:15 three days later: exactly 72 hours
    (555, 556, True, True),         # 09:16: one minute over
    (None, 555, False, True),       # awareness time unknown: could be before 09:15
    (555, None, False, True),       # notice time unknown
    (None, None, False, True),
])
def test_hours_at_the_deadline_stage(aware_min: int | None, sent_min: int | None, certain: bool, possible: bool) -> None:
    """An event may carry a time of day (minutes since midnight); without one it is the whole day."""
    rules = load_rules()
    timeline = reason([_timed("discovery", "2024-03-04", aware_min, 0),
                       _timed("notification_regulator", "2024-03-07", sent_min, 100)], rules)
    a, b = timeline.of_kind("discovery")[0], timeline.of_kind("notification_regulator")[0]
    v = verdict(timeline, rules.regimes["GDPR"].rules[:1], a, b)
    assert v is not None and (v.certain, v.possible) == (certain, possible)


def test_uk_gdpr_late_ico_notice_is_an_error() -> None:
    """UK GDPR Art. 33(1) (legislation.gov.uk text): 72 hours from awareness, to the Commissioner."""
    text = ("The controller became aware of the personal data breach on 4 March 2024. It reported it to the ICO, "
            "the UK Information Commissioner, on 20 March 2024.")
    r = check_text(text, lang="en")
    assert "UK-GDPR" in [m.name for m in r.regimes] and "GDPR" not in [m.name for m in r.regimes]
    assert found(r, "uk-gdpr/authority-notice") == ["error"]
    assert "not yet confirmed" not in next(f.message for f in r.findings if f.rule == "uk-gdpr/authority-notice")


def test_rule_that_is_unsure_reports_a_warning() -> None:
    """JP-APPI: the law says 'promptly'; the five days come from PPC guidance, so the rule stays unsure."""
    text = ("The Japanese retailer discovered the data breach on 4 March 2024. It reported the breach to the Personal "
            "Information Protection Commission, the data protection authority, on 20 March 2024, as the APPI requires.")
    r = check_text(text, lang="en")
    assert "JP-APPI" in [m.name for m in r.regimes]
    assert found(r, "jp-appi/preliminary-report") == ["warning"]
    assert "not yet confirmed" in next(f.message for f in r.findings if f.rule == "jp-appi/preliminary-report")


# ---------------------------------------------------------------- versions in force: Texas AG, 60 days then 30

def texas(determined: str, told: str, residents: str = "1,204") -> str:
    return (f"On {determined}, the store chain determined that the breach affected {residents} Texas residents. "
            f"It notified the Texas Attorney General on {told}.")


def test_texas_ag_before_september_2023_had_60_days() -> None:
    r = check_text(texas("August 15, 2023", "October 5, 2023"), lang="en")  # 51 days
    assert found(r, "us-tx/ag-notice") == []
    assert row(r, "us-tx/ag-notice").status == "met" and row(r, "us-tx/ag-notice").due == day("2023-10-14")


def test_texas_ag_from_september_2023_has_30_days() -> None:
    r = check_text(texas("September 15, 2023", "November 4, 2023"), lang="en")  # 50 days
    assert found(r, "us-tx/ag-notice") == ["error"]
    f = next(f for f in r.findings if f.rule == "us-tx/ag-notice")
    assert "30 calendar days" in f.message and f.due == day("2023-10-15")


def test_a_trigger_straddling_the_change_is_judged_by_the_lenient_version() -> None:
    versions = load_rules().regimes["US-TX"].versions()["us-tx/ag-notice"]
    assert [v.amount for v in versions] == [60, 30]
    # Determination somewhere from 2023-08-25 to 2023-09-05; notice 50 days after the latest day:
    # late under 30 days for the September readings, on time under 60 days: a warning, not an error.
    lo, hi, sent = day("2023-08-25"), day("2023-09-05"), day("2023-10-25")
    v = judge(versions, lo, hi, sent, sent, sent - hi, sent - lo)
    assert v is not None and not v.certain and v.possible
    # 70 days after the earliest day misses even 60 days: an error.
    late = day("2023-11-15")
    v = judge(versions, lo, hi, late, late, late - hi, late - lo)
    assert v is not None and v.certain


def test_california_30_days_apply_only_from_2026() -> None:
    text = ("A Fresno credit union discovered the intrusion on {d}. It notified affected California residents on {s}.")
    before = check_text(text.format(d="March 2, 2025", s="May 20, 2025"), lang="en")
    assert found(before, "us-ca/individual-notice") == []
    assert row(before, "us-ca/individual-notice").status == "not in force"
    after = check_text(text.format(d="March 2, 2026", s="May 20, 2026"), lang="en")
    assert found(after, "us-ca/individual-notice") == ["error"]


def test_a_pending_rule_is_never_applied() -> None:
    text = ("The water utility, a critical infrastructure operator covered by CIRCIA, discovered the intrusion on "
            "March 2, 2024 and reported it to CISA on April 30, 2024.")
    r = check_text(text, lang="en")
    assert "CIRCIA" in [m.name for m in r.regimes]
    assert [f for f in r.findings if f.rule.startswith("circia/")] == []
    assert row(r, "circia/incident-report").status == "not in force"


def test_months_count_to_the_same_day_or_the_month_end() -> None:
    assert add_months(day("2024-01-31"), 1) == day("2024-02-29")
    assert add_months(day("2024-12-15"), 1) == day("2025-01-15")


# ---------------------------------------------------------------- relational rules: Maryland AG before residents

def maryland(ag: str, residents: str) -> str:
    return (f"The retailer notified the Maryland Attorney General on {ag}. It mailed letters to affected Maryland "
            f"residents on {residents}.")


@pytest.mark.parametrize(("ag", "residents", "expected"), [
    ("May 2, 2024", "May 6, 2024", []),
    ("May 9, 2024", "May 6, 2024", ["error"]),
    ("May 6, 2024", "May 6, 2024", ["warning"]),  # the same day: which came first is not known
])
def test_maryland_attorney_general_comes_before_residents(ag: str, residents: str, expected: list[str]) -> None:
    r = check_text(maryland(ag, residents), lang="en")
    assert found(r, "us-md/ag-before-residents") == expected
    if expected:
        f = next(f for f in r.findings if f.rule == "us-md/ag-before-residents")
        assert f.category == "order" and f.regime == "US-MD" and f.citation.startswith("Md. Code")


def test_connecticut_attorney_general_no_later_than_residents() -> None:
    text = ("The insurer notified the Connecticut Attorney General on {ag}. It mailed letters to affected Connecticut "
            "residents on {res}.")
    assert found(check_text(text.format(ag="May 6, 2024", res="May 6, 2024"), lang="en"),
                 "us-ct/ag-no-later-than-residents") == []
    assert found(check_text(text.format(ag="May 10, 2024", res="May 6, 2024"), lang="en"),
                 "us-ct/ag-no-later-than-residents") == ["error"]


@pytest.mark.parametrize(("count", "ag", "expected"), [
    ("1,340", "May 10, 2024", ["error"]),  # confirmed against 12B-102(d): an error, no longer a warning
    ("1,340", "May 6, 2024", []),  # the same day is no later than the residents
    ("420", "May 10, 2024", []),  # 500 residents or fewer: no Attorney General notice is due
])
def test_delaware_attorney_general_no_later_than_residents_above_500(count: str, ag: str, expected: list[str]) -> None:
    text = (f"The bakery chain mailed letters to {count} affected Delaware residents on May 6, 2024. It notified "
            f"the Delaware Attorney General on {ag}.")
    assert found(check_text(text, lang="en"), "us-de/ag-no-later-than-residents") == expected


@pytest.mark.parametrize(("count", "year", "ag", "expected"), [
    ("1,340", "2024", "May 10", ["error"]),  # 28-3852(b-1): no later than the residents
    ("50", "2024", "May 10", ["error"]),  # "50 or more District residents"
    ("1,340", "2024", "May 6", []),  # the same day is no later
    ("30", "2024", "May 10", []),  # under 50 residents: no Attorney General notice is due
    ("1,340", "2019", "May 10", []),  # before D.C. Law 23-98 (17 June 2020)
])
def test_district_of_columbia_attorney_general_no_later_than_residents_from_50(
        count: str, year: str, ag: str, expected: list[str]) -> None:
    text = (f"The bakery chain mailed letters to {count} affected District of Columbia residents on May 6, {year}. "
            f"It notified the D.C. Attorney General on {ag}, {year}.")
    assert found(check_text(text, lang="en"), "us-dc/ag-no-later-than-residents") == expected


@pytest.mark.parametrize(("discovered", "sent", "status", "expected"), [
    ("March 2, 2017", "June 12, 2017", "missed", ["warning"]),  # day 102 under the 90 days of 2015
    ("March 2, 2017", "May 25, 2017", "met", []),
    ("March 2, 2015", "June 12, 2015", "not in force", []),  # before Public Act 15-142: no number
])
def test_connecticut_90_days_run_from_october_2015(discovered: str, sent: str, status: str, expected: list[str]) -> None:
    text = (f"The dental group discovered on {discovered} that an intruder had copied patient files of 840 "
            f"Connecticut residents. Letters went out to the affected Connecticut residents on {sent}.")
    r = check_text(text, lang="en")
    assert row(r, "us-ct/individual-notice").status == status
    assert found(r, "us-ct/individual-notice") == expected


@pytest.mark.parametrize(("year", "status", "expected"), [("2018", "not in force", []), ("2020", "missed", ["warning"])])
def test_arkansas_attorney_general_notice_starts_with_act_1030_of_2019(year: str, status: str, expected: list[str]) -> None:
    text = (f"The lender determined on March 4, {year} that harm to its customers was reasonably likely; 4,200 "
            f"Arkansas residents were affected. It notified the Arkansas Attorney General on June 20, {year}.")
    r = check_text(text, lang="en")
    assert row(r, "us-ar/ag-notice").status == status
    assert found(r, "us-ar/ag-notice") == expected


@pytest.mark.parametrize(("year", "status", "expected"), [("2017", "not in force", []), ("2019", "missed", ["error"])])
def test_arizona_45_days_start_with_hb_2154_of_2018(year: str, status: str, expected: list[str]) -> None:
    text = (f"The hotel group determined on March 4, {year} that guest card data had been stolen. It mailed "
            f"letters to 2,300 affected Arizona residents on June 20, {year}.")
    r = check_text(text, lang="en")
    assert row(r, "us-az/individual-notice").status == status
    assert found(r, "us-az/individual-notice") == expected


def test_a_notice_to_another_regulator_is_not_the_attorney_generals() -> None:
    text = ("The retailer mailed letters to affected Maryland residents on May 6, 2024. It reported the breach to "
            "HHS on May 9, 2024.")
    assert found(check_text(text, lang="en"), "us-md/ag-before-residents") == []


# ---------------------------------------------------------------- thresholds, delays, detection

def test_texas_ag_threshold_counts_texas_residents() -> None:
    small = check_text(texas("September 15, 2023", "November 4, 2023", residents="120"), lang="en")
    assert found(small, "us-tx/ag-notice") == []
    assert all(r.rule != "us-tx/ag-notice" for r in small.deadlines)


@pytest.mark.parametrize(("sent", "expected"), [("April 30, 2024", []), ("May 1, 2024", ["error"])])
def test_texas_individual_notice_day_60_is_on_time_and_day_61_is_late(sent: str, expected: list[str]) -> None:
    text = (f"On March 1, 2024, the company determined that the breach affected Texas residents. It mailed letters "
            f"to affected individuals on {sent}.")
    assert found(check_text(text, lang="en"), "us-tx/individual-notice") == expected


def test_state_law_enforcement_delay_makes_a_late_notice_a_warning() -> None:
    text = ("On March 1, 2024, the company determined that the breach affected Texas residents. It mailed letters to "
            "affected individuals on May 20, 2024.")
    assert found(check_text(text, lang="en"), "us-tx/individual-notice") == ["error"]
    delayed = check_text(text + " Notice was delayed at the request of law enforcement.", lang="en")
    assert found(delayed, "us-tx/individual-notice") == ["warning"]
    assert "law-enforcement delay" in next(f.message for f in delayed.findings if f.rule == "us-tx/individual-notice")


@pytest.mark.parametrize("text", ["The company filed notices with attorneys general in Maine and Massachusetts.",
                                  "It notified the Maine and Massachusetts attorneys general on Nov. 5, 2024."])
def test_states_named_together_before_or_after_their_attorneys_general(text: str) -> None:
    assert {"US-ME", "US-MA"} <= {m.name for m in check_text(text, lang="en").regimes}


def test_regimes_are_found_from_cues_and_no_detect_turns_that_off() -> None:
    r = check_text(texas("September 15, 2023", "November 4, 2023"), lang="en")
    assert [m.name for m in r.regimes] == ["US-TX"] and r.regimes[0].cues
    forced = check_text(texas("September 15, 2023", "November 4, 2023"), lang="en", regimes=("GDPR",),
                        detect_regimes=False)
    assert [m.name for m in forced.regimes] == ["GDPR"] and forced.regimes[0].forced
    plain = check_text("The bakery changed its opening hours on May 3, 2024.", lang="en")
    assert plain.regimes == ()


def test_a_regime_with_threshold_zero_applies_with_no_cue_and_a_negative_cue_counts(pack: Path) -> None:
    """Detection searches only the cues a text's words can match; a regime that needs no cue
    still applies, and a cue that weighs against a regime still weighs."""
    wv = pack / "regimes" / "us-wv.toml"
    edit(wv, "threshold = 2", "threshold = 0")
    wv.write_text(wv.read_text(encoding="utf-8") + '\n[[applicability.cue]]\nweight = -1\nwords = ["bakery"]\n',
                  encoding="utf-8")
    plain = check_text("The shop changed its opening hours on May 3, 2024.", lang="en", rules_dir=pack)
    assert [m.name for m in plain.regimes] == ["US-WV"] and plain.regimes[0].cues == ()
    against = check_text("The bakery changed its opening hours on May 3, 2024.", lang="en", rules_dir=pack)
    assert against.regimes == ()


def test_the_australian_information_commissioner_is_not_the_uk_one() -> None:
    r = check_text("The fund notified the Office of the Australian Information Commissioner on 17 June 2024.", lang="en")
    assert [m.name for m in r.regimes] == ["AU-NDB"]


def test_west_virginia_is_not_virginia() -> None:
    r = check_text("Letters went to 3,000 West Virginia residents on May 6, 2024.", lang="en")
    assert [m.name for m in r.regimes] == ["US-WV"]


@pytest.mark.slow
def test_json_lists_regimes_and_why_and_the_table_prints(tmp_path: Path) -> None:
    path = tmp_path / "notice.txt"
    path.write_text(texas("September 15, 2023", "November 4, 2023"), encoding="utf-8")
    p = subprocess.run([sys.executable, "-m", "timeline_check", "check", "--format", "json", str(path)],
                       capture_output=True, cwd=ROOT, timeout=60)
    doc = json.loads(p.stdout)["documents"][0]
    assert doc["regimes"] == ["US-TX"] and doc["regime_cues"]["US-TX"]["cues"][0]["text"]
    late = next(f for f in doc["findings"] if f["rule"] == "us-tx/ag-notice")
    assert (late["due"], late["actual"], late["citation"]) == ("2023-10-15", "2023-11-04", "Tex. Bus. & Com. Code 521.053(i)")
    t = subprocess.run([sys.executable, "-m", "timeline_check", "check", "--deadlines", str(path)],
                       capture_output=True, cwd=ROOT, timeout=60)
    out = t.stdout.decode()
    assert "deadlines (regimes: US-TX)" in out
    line = next(x for x in out.splitlines() if x.startswith("  us-tx/ag-notice"))
    assert "2023-09-15" in line and "2023-10-15" in line and "2023-11-04" in line and "missed by 20 days" in line


def test_rules_and_explain_show_versions_and_confidence() -> None:
    out = subprocess.run([sys.executable, "-m", "timeline_check", "rules"], capture_output=True, cwd=ROOT,
                         timeout=60).stdout.decode()
    tx = [x for x in out.splitlines() if x.startswith("us-tx/ag-notice")]
    assert len(tx) == 2 and "– 2023-08-31" in tx[0] and "2023-09-01 –" in tx[1]
    assert any(x.startswith("jp-appi/preliminary-report") and "unsure" in x for x in out.splitlines())
    assert not any(x.startswith("uk-gdpr/authority-notice") and "unsure" in x for x in out.splitlines())
    ex = subprocess.run([sys.executable, "-m", "timeline_check", "explain", "gdpr/authority-notice"],
                        capture_output=True, cwd=ROOT, timeout=60).stdout.decode()
    assert "72 hours" in ex and "GDPR Art. 33(1)" in ex and "source: https://" in ex


@pytest.mark.parametrize(("sent", "expected"), [("July 15, 2022", "warning"), ("August 1, 2022", "error")])
def test_a_covered_entity_told_by_its_business_associate_may_count_from_then(sent: str, expected: str) -> None:
    """45 CFR 164.404(a)(2): the covered entity's clock runs from when it knew; told by its
    business associate on May 20, it may first have known then. Late from the BA's discovery
    but not from May 20: a warning that says so; late from both: an error."""
    text = ("The business associate (BA) of a hospital, the covered entity (CE), discovered a ransomware attack on "
            f"May 2, 2022 and informed the CE on May 20, 2022. The CE notified 900 affected patients on {sent}.")
    found = [f for f in check_text(text, lang="en").findings if f.rule == "hipaa/individual-notice"]
    assert [f.severity for f in found] == [expected]
    assert ("may first have known" in found[0].message) == (expected == "warning")


@pytest.mark.parametrize(("notified", "expected"), [("17 heures", []), ("18 heures", ["error"]), ("17 h 05", ["error"])])
def test_a_french_hour_counts_to_the_minute(notified: str, expected: list[str]) -> None:
    text = ("Le 3 octobre 2022 à 17 heures, l'agence a découvert que la base de données de ses candidats était "
            f"accessible en ligne. Elle a notifié la CNIL le 6 octobre 2022 à {notified}.")
    assert found(check_text(text, lang="fr"), "gdpr/authority-notice") == expected


def test_a_notification_form_answers_its_questions_and_dates_itself_to_the_minute() -> None:
    text = ("Breach notification form\n\nDate of this notification: 7 March 2024, 16:20\n\n"
            "1. When did the breach occur? On 4 March 2024 between 02:00 and 05:30 an attacker used stolen credentials.\n"
            "2. When did you become aware of it? On 4 March 2024 at 09:45, when the security team escalated an alert.\n")
    r = check_text(text, lang="en", regimes=("GDPR",))
    assert {(e.kind, e.line) for e in r.events} >= {("breach_start", 5), ("discovery", 6), ("notification_regulator", 3)}
    (late,) = [f for f in r.findings if f.rule == "gdpr/authority-notice"]
    assert late.severity == "error" and "78 hours 35 minutes" in late.message
