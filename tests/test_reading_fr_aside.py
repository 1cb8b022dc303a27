"""Issue 15, French families: a date set off by commas between a verb and its object ("a
exploité, le 2 mars, une faille", "a notifié, dès le 12 mars, la violation à la CNIL"); with
English sentences of the same family. Sentences written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline_check.binding.date_aside import past_date_aside
from timeline_check.binding.trigger_aside import end_before_aside
from timeline_check.lang import load_language
from helpers import events

_RULES = Path(__file__).resolve().parents[1] / "rules" / "lang"


_FOUND = {"fr": "Le 20 mars 2024, le groupe Lemoine a repéré une intrusion dans son intranet. ",
          "en": "On March 20, 2024, the Lemoine group spotted an intrusion in its intranet. "}


@pytest.mark.parametrize(("sentence", "kind", "first", "last"), [
    ("Les pirates avaient exploité, entre le 4 et le 9 mars, une faille du pare-feu.", "breach_start",
     "2024-03-04", "2024-03-04"),
    ("Les pirates avaient exploité, entre le 4 et le 9 mars, une faille du pare-feu.", "breach_end",
     "2024-03-09", "2024-03-09"),
    ("Un groupe criminel a exploité, le 11 mars, une vulnérabilité de la messagerie.", "breach_start",
     "2024-03-11", "2024-03-11"),
    ("Les attaquants ont exploité, dès le 6 mars 2024, une faille connue du logiciel.", "breach_start",
     "2024-03-06", "2024-03-06"),
])
def test_a_date_aside_inside_an_event_phrase_dates_it(sentence: str, kind: str, first: str, last: str) -> None:
    assert (kind, first, last) in events(_FOUND["fr"] + sentence, "fr")


@pytest.mark.parametrize(("lang", "sentence", "kind", "day"), [
    ("fr", "Le groupe a notifié, dès le vendredi 22 mars, la violation à la CNIL.", "notification_regulator", "2024-03-22"),
    ("fr", "Il a informé, dès le 25 mars, l'ensemble de ses salariés.", "notification_individuals", "2024-03-25"),
    ("fr", "Il a prévenu, ce mercredi 27 mars, ses clients.", "notification_individuals", "2024-03-27"),
    ("en", "It notified, as early as March 22, 2024, the affected employees.", "notification_individuals", "2024-03-22"),
])
def test_a_date_aside_with_a_longer_lead_leaves_the_recipients_after_it(lang: str, sentence: str, kind: str, day: str) -> None:
    assert (kind, day, day) in events(_FOUND[lang] + sentence, lang)


def test_the_aside_helper_reads_past_the_date_only() -> None:
    fr = load_language(_RULES / "fr.toml")
    assert past_date_aside(fr, ", dès le lundi 3 mars, la CNIL").strip() == "la CNIL"
    assert past_date_aside(fr, ", le service juridique et la CNIL") == ", le service juridique et la CNIL"
    assert past_date_aside(fr, " la CNIL le 3 mars, puis").strip().startswith("la CNIL")


def test_event_words_end_before_a_dated_aside_only() -> None:
    text = "Ils ont exploité, le 2 mars, une faille."
    date = (text.index("2 mars"), text.index("2 mars") + len("2 mars"))
    end = end_before_aside(text, 4, text.index("faille") + 6, [date])
    assert text[4:end] == "ont exploité"
    assert end_before_aside(text, 4, date[0] - 4, [date]) == date[0] - 4  # the date after the words: untouched
