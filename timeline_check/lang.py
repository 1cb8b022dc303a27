"""Language resources (``rules/lang/<code>.toml``): loaded, validated, compiled once."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs

from .rulefile import Phrases, RuleFileError, alternation, check_keys, compile_phrases, expect, line_of, load_toml
from .model import TimexValue
from .taxonomy import EVENT_KINDS

PHRASE_KEYS = (
    "range_open", "range_join", "range_join_alone", "range_join_full", "since", "until", "before", "after", "year_lead",
    "later", "earlier", "after_event", "before_event", "within", "at_once", "next_day", "same_day", "previous_day",
    "duration_lead", "more_than", "less_than", "about", "future", "complementizer", "relative_pronoun",
    "distinct", "outsider", "informant", "dateline", "count_nouns", "law_enforcement_delay",
    "negation", "clause_join", "attributive", "subordinator", "own_subject", "time_lead", "bound", "no_actor",
    "restrictive", "day_link", "day_subject", "conjunction", "notice_join", "same_time", "negated_until", "subject_pronoun",
    "retracted", "cleft", "addressed", "addressed_regulator", "preposition", "separate", "agent",
    "count_people", "count_affected", "count_affected_of", "count_affected_after", "count_restrictive", "count_threshold",
    "count_part", "count_part_after", "count_revised", "count_aggregate", "sum_join", "sum_intro", "sum_total",
    "filing_cover", "press_release", "uncertain_moment", "inclusive_bound", "ends_breach", "until_clause", "weekend_of",
    "mailing", "misdelivered", "by_mistake", "breach_notice", "attribution", "nonfinite_ending",
    "modifier_lead", "participle_ending", "further_incident", "noun_dates",
    # grammar words read between other words (see the comments in rules/lang/en.toml)
    "article", "day_article", "genitive", "day_lead", "start_from", "recipient_lead", "list_join", "clause_stop",
    "coordinator", "auxiliary", "passive", "catenative", "after_participle", "governing", "restatement",
    "body_words", "letter_heading", "signature", "quantifier", "question", "denied", "name_article",
    # cues of why a date dates no event (binding/unplaced.py)
    "law_date", "fiscal_date", "treatment_date", "background_date", "remedy_date",
    # stages of discovery (binding/stages.py): a filing's headings, words that describe what was found
    "filing_heading", "judged_object", "disowned", "contrast", "set_off", "respectively", "materiality",
)
TOP_KEYS = (
    "code", "name", "numeric_dates", "capitalised_names", "day_suffixes", "stopwords", "months", "weekdays", "numbers",
    "units", "vague_numbers", "month_parts", "phrases", "trigger", "generic", "topics", "notice",
    "recipients", "example", "timex",
)
# [timex]: what the TIMEX3 reading needs beyond the checker's words (see tagging/timex3.py).
TIMEX_LISTS = (
    "each", "span_det", "span_adj", "span_post", "ago_before", "ago_after", "hour_words", "am", "pm",
    "vague", "age_before", "age_after", "length_lead", "time_lead", "decade_words", "century_words",
    "future", "determiners", "half", "clock_join", "this_parts", "length_after", "future_endings", "night_of",
    "night_join", "count_words", "strict_seasons", "invariable", "ambiguous_months", "name_months", "century_suffixes",
    "quarter_year_lead",
)
# [timex]: yes-or-no settings, and their values when a file leaves them out.
TIMEX_FLAGS = {"two_digit_years": False, "bare_months": True}
TIMEX_TABLES = {
    "days": int, "day_parts": str, "units": str, "calendar": str, "before": str, "after": str, "seasons": str,
    "ordinals": int, "holidays": str, "fixed": str, "decades": int, "numbers": int, "approx": int,
}
TRIGGER_KINDS = set(EVENT_KINDS) | {"breach"}
TomlLoader = Callable[[Path], tuple[dict[str, Any], str]]


@attrs.frozen
class Trigger:
    """A compiled list of trigger phrases and the event they name."""

    kind: str
    span: str  # "durative" or "instant": how a breach trigger reads a date range
    words: Phrases
    needs_topic: bool = False  # words of knowing in general: an event only where they name the incident
    filing: bool = False  # words an event only in a text that is itself a filing ("experienced an incident")


@attrs.frozen
class Notice:
    """Words of telling; the recipients after them pick the event. ``default`` is the event
    when no recipient is named, and ``default_when`` the words one of which must stand
    before the verb for the default to hold (who reported); ``nominal`` marks nouns;
    ``received`` marks words of receiving: they name ``default`` when one of its recipients
    is their subject, and nothing else; ``sender`` marks words after which the one who told is
    named ("received a report from"): they name ``default`` whoever follows."""

    default: str | None
    words: Phrases
    default_when: re.Pattern[str] | None = None
    nominal: bool = False  # a noun ("notification to"): dates a notice, but alone says none was made
    received: bool = False  # "patients received letters on May 3": the recipients stand before the verb
    sender: bool = False  # "OCR received a report from the clinic": the words after name who told, not whom


@attrs.frozen(eq=False)
class Language:
    """Everything the tagger and binder need for one language."""

    code: str
    name: str
    numeric_dates: str
    months: dict[str, int]
    weekdays: dict[str, int]
    numbers: dict[str, int]
    units: dict[str, int]
    vague_numbers: dict[str, tuple[int, int]]
    month_parts: dict[str, tuple[int, int]]
    day_suffixes: tuple[str, ...]
    capitalised_names: bool  # month and weekday names take a capital: in lower case they are other words ("may")
    stopwords: frozenset[str]
    phrases: dict[str, tuple[str, ...]]
    triggers: tuple[Trigger, ...]
    notices: tuple[Notice, ...]
    recipients: tuple[tuple[str, re.Pattern[str]], ...]
    generic_start: Phrases
    generic_end: Phrases
    topics: tuple[tuple[str, Phrases], ...]
    examples: tuple[tuple[str, tuple[str, ...]], ...]
    count_scale: dict[str, int]
    # [timex]: lists (``each``, ``am``, ...) and tables (``days``, ``units``, ...), lower-cased keys.
    timex: dict[str, Any] = attrs.field(factory=dict)
    # [[example]] entries with a ``date`` and ``timexes``: (text, date, ((span, type, value), ...)).
    timex_examples: tuple[tuple[str, str | None, tuple[tuple[str, str, str], ...]], ...] = ()

    @functools.cached_property
    def lists(self) -> dict[str, Phrases]:
        """Phrase lists by key (``since``, ``future``, ...), to search a whole text by its ``WordIndex``."""
        return {k: compile_phrases(v) for k, v in self.phrases.items()}

    @functools.cached_property
    def regex(self) -> dict[str, re.Pattern[str]]:
        """Compiled phrase lists, by key, to search part of a text (each compiled on first use)."""
        return _Compiled(self.lists)

    @functools.cached_property
    def pm_words(self) -> frozenset[str]:
        """The words of ``[timex] pm`` ("p.m.", "du soir"), as a clock reading compares them: lower case, no dots."""
        return frozenset(" ".join(w.lower().replace(".", "").split()) for w in self.timex.get("pm", ()))

    def alt(self, key: str) -> str:
        """The phrase list ``key`` as regex source, to build a larger pattern from: one alternation."""
        return alternation(self.phrases[key])


class _Compiled(dict[str, "re.Pattern[str]"]):
    """The compiled patterns of phrase lists, by key: looking a list up compiles it the first time;
    it then holds the lists compiled so far (a plain dict look-up after that: the binder's hot path)."""

    def __init__(self, lists: dict[str, Phrases]) -> None:
        super().__init__()
        self._lists = lists

    def __missing__(self, key: str) -> re.Pattern[str]:
        rx = self[key] = self._lists[key].regex
        return rx


def _words(path: Path, raw: str, key: str, value: Any, nth: int = 0, block: str | None = None) -> tuple[str, ...]:
    expect(path, raw, key, value, list, nth, block)
    for v in value:
        if not isinstance(v, str) or not v.strip():
            raise RuleFileError(path, line_of(raw, key, nth, block), f'"{key}" must be a list of non-empty strings')
    return tuple(value)


def _int_table(path: Path, raw: str, key: str, table: Any) -> dict[str, int]:
    expect(path, raw, key, table, dict)
    for k, v in table.items():
        expect(path, raw, k, v, int)
    return {k.lower(): v for k, v in table.items()}


def _pair_table(path: Path, raw: str, key: str, table: Any) -> dict[str, tuple[int, int]]:
    expect(path, raw, key, table, dict)
    out = {}
    for k, v in table.items():
        if not (isinstance(v, list) and len(v) == 2 and all(isinstance(x, int) for x in v)):
            raise RuleFileError(path, line_of(raw, k), f'"{k}" must be a pair of whole numbers [low, high]')
        out[k.lower()] = (v[0], v[1])
    return out


def load_language(path: Path, load: TomlLoader = load_toml) -> Language:
    """Read and validate one language file (``load`` reads and parses it: ``rulefile.load_toml``, or a cache's)."""
    data, raw = load(path)
    check_keys(path, raw, data, TOP_KEYS, "a language file")
    for key in ("code", "name", "numeric_dates", "months", "phrases", "trigger"):
        if key not in data:
            raise RuleFileError(path, 1, f'missing required key "{key}"')
    if data["numeric_dates"] not in ("mdy", "dmy"):
        raise RuleFileError(path, line_of(raw, "numeric_dates"), '"numeric_dates" must be "mdy" or "dmy"')
    phrases_raw = expect(path, raw, "phrases", data["phrases"], dict)
    check_keys(path, raw, phrases_raw, PHRASE_KEYS + ("count_scale",), "[phrases]")
    phrases = {k: _words(path, raw, k, phrases_raw.get(k, [])) for k in PHRASE_KEYS}
    triggers = _triggers(path, raw, data)
    notices = _notices(path, raw, data)
    recipients = _recipients(path, raw, data)
    generic = data.get("generic", {})
    check_keys(path, raw, generic, ("start", "end"), "[generic]")
    topics = _topics(path, raw, data)
    examples, timex_examples = _examples(path, raw, data)
    return Language(
        code=expect(path, raw, "code", data["code"], str),
        name=expect(path, raw, "name", data["name"], str),
        numeric_dates=data["numeric_dates"],
        months=_int_table(path, raw, "months", data["months"]),
        weekdays=_int_table(path, raw, "weekdays", data.get("weekdays", {})),
        numbers=_int_table(path, raw, "numbers", data.get("numbers", {})),
        units=_int_table(path, raw, "units", data.get("units", {})),
        vague_numbers=_pair_table(path, raw, "vague_numbers", data.get("vague_numbers", {})),
        month_parts=_pair_table(path, raw, "month_parts", data.get("month_parts", {})),
        day_suffixes=_words(path, raw, "day_suffixes", data.get("day_suffixes", [])),
        capitalised_names=expect(path, raw, "capitalised_names", data.get("capitalised_names", False), bool),
        stopwords=frozenset(w.lower() for w in _words(path, raw, "stopwords", data.get("stopwords", []))),
        phrases=phrases,
        triggers=tuple(triggers),
        notices=tuple(notices),
        recipients=tuple(recipients),
        generic_start=compile_phrases(_words(path, raw, "start", generic.get("start", []))),
        generic_end=compile_phrases(_words(path, raw, "end", generic.get("end", []))),
        topics=tuple(topics),
        examples=tuple(examples),
        count_scale={k.lower(): v for k, v in _int_table(path, raw, "count_scale", phrases_raw.get("count_scale", {})).items()},
        timex=_timex(path, raw, data.get("timex", {})),
        timex_examples=tuple(timex_examples),
    )


def _triggers(path: Path, raw: str, data: dict[str, Any]) -> list[Trigger]:
    """The [[trigger]] tables: event words by kind."""
    triggers = []
    for i, t in enumerate(expect(path, raw, "trigger", data["trigger"], list)):
        check_keys(path, raw, t, ("kind", "span", "needs_topic", "filing", "words", "examples"), "[[trigger]]", i, "trigger")
        kind = t.get("kind")
        if not isinstance(kind, str) or kind not in TRIGGER_KINDS:  # a list was a TypeError (unhashable)
            hint = sorted(TRIGGER_KINDS)
            raise RuleFileError(path, line_of(raw, "kind", i, "trigger"),
                                f'unknown event kind "{kind}" (known: {", ".join(hint)})')
        span = t.get("span", "durative")
        if span not in ("durative", "instant"):
            raise RuleFileError(path, line_of(raw, "span", i, "trigger"), '"span" must be "durative" or "instant"')
        words = _words(path, raw, "words", t.get("words"), i, "trigger")
        triggers.append(Trigger(kind, span, compile_phrases(words),
                                expect(path, raw, "needs_topic", t.get("needs_topic", False), bool, i, "trigger"),
                                expect(path, raw, "filing", t.get("filing", False), bool, i, "trigger")))
    return triggers


def _notices(path: Path, raw: str, data: dict[str, Any]) -> list[Notice]:
    """The [[notice]] tables: words of telling and whom they tell by default."""
    notices = []
    for i, n in enumerate(data.get("notice", [])):
        check_keys(path, raw, n, ("default", "default_when", "nominal", "received", "sender", "words", "examples"),
                   "[[notice]]", i, "notice")
        default = n.get("default")
        if n.get("received") and default is None:
            raise RuleFileError(path, line_of(raw, "received", i, "notice"), 'a notice with "received" needs a "default"')
        if default is not None and default not in EVENT_KINDS:
            raise RuleFileError(path, line_of(raw, "default", i, "notice"), f'unknown event kind "{default}"')
        when = n.get("default_when")
        notices.append(Notice(
            default, compile_phrases(_words(path, raw, "words", n.get("words"), i, "notice")),
            None if when is None else re.compile(alternation(_words(path, raw, "default_when", when, i, "notice")), re.I),
            expect(path, raw, "nominal", n.get("nominal", False), bool, i, "notice"),
            expect(path, raw, "received", n.get("received", False), bool, i, "notice"),
            expect(path, raw, "sender", n.get("sender", False), bool, i, "notice")))
    return notices


def _recipients(path: Path, raw: str, data: dict[str, Any]) -> list[tuple[str, re.Pattern[str]]]:
    """The [recipients] table: who a notice goes to, by event kind."""
    recipients = []
    for kind, words in data.get("recipients", {}).items():
        if kind not in EVENT_KINDS:
            raise RuleFileError(path, line_of(raw, kind), f'unknown event kind "{kind}" in [recipients]')
        recipients.append((kind, re.compile(alternation(_words(path, raw, kind, words)), re.I)))
    return recipients


def _topics(path: Path, raw: str, data: dict[str, Any]) -> list[tuple[str, Phrases]]:
    """The [topics] table: nouns that say what a generic "began" or "ended" is about."""
    topics = []
    for topic, words in data.get("topics", {}).items():
        if topic not in ("investigation", "breach"):
            raise RuleFileError(path, line_of(raw, topic), f'unknown topic "{topic}" (known: breach, investigation)')
        topics.append((topic, compile_phrases(_words(path, raw, topic, words))))
    return topics


def _examples(path: Path, raw: str, data: dict[str, Any]) -> tuple[list[tuple[str, tuple[str, ...]]], list[Any]]:
    """The [[example]] tables: texts with the dates the tests expect, and those with TIMEX3 values."""
    examples = []
    timex_examples = []
    for i, ex in enumerate(data.get("example", [])):
        check_keys(path, raw, ex, ("text", "dates", "date", "timexes"), "[[example]]", i, "example")
        examples.append((expect(path, raw, "text", ex.get("text"), str, i, "example"),
                         _words(path, raw, "dates", ex.get("dates"), i, "example")))
        if "timexes" in ex:
            rows = expect(path, raw, "timexes", ex["timexes"], list, i, "example")
            for row in rows:
                if not (isinstance(row, list) and len(row) == 3 and all(isinstance(x, str) for x in row)):
                    raise RuleFileError(path, line_of(raw, "timexes", i, "example"),
                                        '"timexes" must be a list of [text, TYPE, value] triples')
            date = ex.get("date")
            if date is not None:
                expect(path, raw, "date", date, str, i, "example")
            timex_examples.append((ex["text"], date, tuple(tuple(r) for r in rows)))
    return examples, timex_examples


def _timex(path: Path, raw: str, table: Any) -> dict[str, Any]:
    """The [timex] table: word lists and word tables, validated, keys lower-cased."""
    expect(path, raw, "timex", table, dict)
    check_keys(path, raw, table, TIMEX_LISTS + tuple(TIMEX_TABLES) + tuple(TIMEX_FLAGS), "[timex]")
    out: dict[str, Any] = {k: _words(path, raw, k, table.get(k, [])) for k in TIMEX_LISTS}
    for key, kind in TIMEX_TABLES.items():
        sub = expect(path, raw, key, table.get(key, {}), dict)
        for k, v in sub.items():
            expect(path, raw, k, v, kind)
        if key == "fixed":
            sub = {k: _timex_value(path, raw, k, v) for k, v in sub.items()}
        out[key] = {" ".join(k.lower().split()): v for k, v in sub.items()}
    for key, default in TIMEX_FLAGS.items():
        out[key] = expect(path, raw, key, table.get(key, default), bool)
    return out


def _timex_value(path: Path, raw: str, key: str, text: str) -> TimexValue:
    """A reading of [timex.fixed], "TYPE VALUE", typed; a ``file:line`` error when it is none."""
    try:
        return TimexValue.parse(text)
    except ValueError as e:
        raise RuleFileError(path, line_of(raw, key), f'[timex.fixed] "{key}": {e}') from None
