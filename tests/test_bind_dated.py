"""The text's own date is found once (by the engine) and given to binding (``bind_dated``)."""

from __future__ import annotations

from timeline_check.binding import bind, bind_dated
from timeline_check.binding.own_date import publication
from timeline_check.ruleset import load_rules
from timeline_check.tagging import tag

EN = load_rules().languages["en"]
TEXT = "March 9, 2026\n\nA courier lost a box of dental X-rays on February 20, 2026."


def test_binding_keeps_the_own_date_it_is_given() -> None:
    timexes = tag(TEXT, EN).timexes
    own = publication(TEXT, EN, timexes)
    assert own is not None and own.timex.text == "March 9, 2026"
    assert bind_dated(TEXT, EN, timexes, own).mentions == bind(TEXT, EN, timexes).mentions


def test_given_no_own_date_binding_names_none() -> None:
    timexes = tag(TEXT, EN).timexes
    kinds = [m.kind for m in bind_dated(TEXT, EN, timexes, None).mentions]
    assert "publication" not in kinds and "publication" in [m.kind for m in bind(TEXT, EN, timexes).mentions]
