"""Property tests: random timelines told in English and French prose, with and without one fault.

- A sound narrative gives no error, no contradiction of any level, and every event it states.
- A narrative with one injected fault gives exactly that error, naming the right events.
- A date, month or range in words is tagged back to the same interval(s), with its exact span.

An engine defect these properties find gets a strict xfail here with a reproducing
narrative, and its phrasing leaves the generator until it is fixed (strict mode then fails
the xfail, so the phrasing goes back in). None is open: see the docstring of ``strategies.py``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given, note, settings
from hypothesis import strategies as st

from timeline_check import check_text
from timeline_check.model import DocumentReport, Interval
from timeline_check.ruleset import load_rules
from timeline_check.tagging import tag

try:
    from .strategies import FAULTS, Narrative, dated_texts, narratives
except ImportError:  # tests/ is not a package
    from strategies import FAULTS, Narrative, dated_texts, narratives

pytestmark = pytest.mark.slow  # hundreds of generated narratives each

LANGS = ("en", "fr")
CONTRADICTIONS = ("order", "conflict", "duration", "date")


def _day(n: int | None) -> str:
    return "?" if n is None else dt.date.fromordinal(n).isoformat()


def _describe(r: DocumentReport) -> str:
    events = "\n".join(f"    {e.id} {e.kind} {_day(e.earliest)}..{_day(e.latest)} «{e.text}»" for e in r.events)
    findings = "\n".join(f"    {f.severity} {f.rule} {f.events}: {f.message}" for f in r.findings)
    return f"  events:\n{events}\n  findings:\n{findings or '    (none)'}"


def _check(n: Narrative) -> DocumentReport:
    note(str(n))
    r = check_text(n.text, lang=n.lang)
    note(_describe(r))
    return r


def _missing_events(n: Narrative, r: DocumentReport) -> list[str]:
    return [str(x) for x in n.events if not any(x.matches(e.kind, e.earliest, e.latest) for e in r.events)]


def _not_set_aside(n: Narrative, r: DocumentReport) -> list[tuple[str, str]]:
    """The background dates of the narrative that the report does not list with their reason."""
    return [x for x in n.aside if x not in {(u.text, u.reason) for u in r.unplaced}]


@pytest.mark.parametrize("lang", LANGS)
@settings(max_examples=250)
@given(data=st.data())
def test_sound_narrative_has_no_error_and_states_its_events(lang: str, data: st.DataObject) -> None:
    n = data.draw(narratives(lang), label="narrative")
    r = _check(n)
    assert "HIPAA" in {m.name for m in r.regimes}, "the text mentions patients and protected health information"
    errors = [f"{f.rule}: {f.message}" for f in r.findings if f.severity == "error"]
    assert errors == []
    # A sound timeline contradicts nothing, not even as a warning.
    assert [f.rule for f in r.findings if f.category in CONTRADICTIONS] == []
    assert _missing_events(n, r) == []
    assert _not_set_aside(n, r) == []
    for e in r.events:
        assert n.text[e.start:e.end] == e.text


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("fault", FAULTS)
@settings(max_examples=150)
@given(data=st.data())
def test_injected_fault_is_the_only_error(lang: str, fault: str, data: st.DataObject) -> None:
    n = data.draw(narratives(lang, fault), label="narrative")
    assert n.fault is not None
    r = _check(n)
    errors = [f for f in r.findings if f.severity == "error"]
    assert [(f.category, f.rule) for f in errors] == [(n.fault.category, n.fault.rule)]
    found = errors[0]
    kinds = {e.id: e.kind for e in r.events}
    assert {kinds.get(i) for i in found.events} == n.fault.kinds
    if n.fault.due is not None:
        assert (_day(found.due), _day(found.actual)) == (_day(n.fault.due), _day(n.fault.actual))
    # The fault changes no date the text states.
    assert _missing_events(n, r) == []
    assert _not_set_aside(n, r) == []


@pytest.fixture(scope="module")
def languages() -> dict[str, Any]:
    return load_rules().languages


@pytest.mark.parametrize("lang", LANGS)
@settings(max_examples=300)
@given(data=st.data())
def test_date_phrases_round_trip(lang: str, data: st.DataObject, languages: dict[str, Any]) -> None:
    text, spans = data.draw(dated_texts(lang), label="text")
    tagging = tag(text, languages[lang])
    note(f"{text!r}\n" + "\n".join(f"  {t.kind} {t.start}:{t.end} {t.text!r} {t.first} {t.last}"
                                   for t in tagging.timexes))
    assert tagging.problems == ()
    assert len(tagging.timexes) == len(spans)
    for t, (start, end, phrase) in zip(tagging.timexes, spans):
        assert (t.start, t.end, t.text) == (start, end, phrase.text)
        assert text[t.start:t.end] == t.text
        assert t.kind == phrase.kind
        assert t.first == Interval(*phrase.first)
        assert t.last == (Interval(*phrase.last) if phrase.last else None)
