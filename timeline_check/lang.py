"""Language resources (``rules/lang/<code>.toml``): loaded, validated, compiled once."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs

from .rulefile import Pattern, Phrases, alternation, compile_phrases, expect, load_toml
from .schema import Invalid, Validator, flag, listing, one_of, string, structure, table
from .persons import with_persons
from .schema import words as phrase_list  # not ``words``: the name of a field below
from .model import TimexValue
from .taxonomy import EVENT_KINDS

PHRASE_KEYS = (
    "range_open", "range_join", "range_join_alone", "range_join_full", "range_day_part", "since", "until", "before", "after", "year_lead",
    "later", "earlier", "after_event", "before_event", "within", "at_once", "next_day", "same_day", "previous_day",
    "same_week", "upon", "upon_event",
    "duration_lead", "more_than", "less_than", "about", "future", "complementizer", "relative_pronoun",
    "distinct", "outsider", "informant", "dateline", "updated_dateline", "period_noun", "count_nouns", "law_enforcement_delay",
    "national_security_delay", "not_owed",
    "negation", "clause_join", "attributive", "subordinator", "own_subject", "time_lead", "bound", "no_actor",
    "restrictive", "day_link", "clause_verbs", "day_subject", "conjunction", "notice_join", "same_time", "negated_until", "subject_pronoun",
    "retracted", "cleft", "addressed", "addressed_regulator", "preposition", "separate", "agent",
    "count_people", "count_affected", "count_affected_of", "count_affected_after", "count_restrictive", "count_threshold",
    "count_part", "count_part_after", "count_revised", "count_aggregate", "sum_join", "sum_intro", "sum_total",
    "filing_cover", "press_release", "uncertain_moment", "inclusive_bound", "ends_breach", "until_clause", "weekend_of",
    "mailing", "misdelivered", "by_mistake", "breach_notice", "notice_subject", "attribution", "nonfinite_ending",
    "modifier_lead", "participle_ending", "further_incident", "incidents_together", "noun_dates",
    "separate_notice", "hedge", "unconfirmed", "purpose", "done_until", "planned_gap", "named_as", "named_wrong", "traced_to", "fault_noun",
    "genitive_thing",  # "In Thursday's email, ...": a date naming a thing dates no verb (binding/context.py)
    "complaint", "supplement", "span_open", "counted_forward", "continuing", "claims_over", "disclosing", "disclosed",
    "set_up", "exposure_link", "exposure_open",  # a set-up act that opened an exposure (binding/setup.py)
    "exposing_act", "shared_link", "link_made",  # an act that by itself opens data to anyone (binding/exposing.py)
    "own_speaker", "speaker_lead", "attacker",  # the organisation speaking to the press (binding/statement.py)
    "press_speaker", "press_learning",  # the paper itself in an incise: "…, a appris notre journal" (binding/incise.py)
    "affecting",  # those a breach affects, not told (binding/affected_aside.py)
    "postnominal_verb", "postnominal_det", "postnominal_ending",  # "le compte compromis a été bloqué" (binding/postnominal.py)
    "other_speaker", "form_label",  # another speaker's statement (binding/said_on.py), a form's field (own_date.py)
    "finder_speaker",  # staff confirming a finding (binding/said_on.py)
    "regulator_voice", "told_us",  # a regulator's own release: "reported the breach to us" is its notice (binding/regulator_voice.py)
    "periodic_report", "current_report",  # a 10-K filed, no notice; an 8-K filed, the notice (binding/periodic.py)
    "voluntary_item",  # "the Form 8-K filed ... under Item 8.01": a public disclosure (binding/voluntary.py)
    "leaving", "left_place", "left_system", "left_state",  # bare "left" (binding/leaving.py)
    "progressive",  # "are mailing letters on Oct. 1": under way, not done (binding/progressive.py)
    "completion_clause",  # ", which was completed on May 3": the act before's date (binding/completed.py)
    "aside_lead",  # "a notifié, dès le 5 mai, la CNIL": a date aside's lead past scene_lead (binding/date_aside.py)
    "subject_relative",  # "les clients, qui ont été prévenus": a passive's subject before it (binding/relative_subject.py)
    "noun_modified",  # "access logs", "subject access requests": a breach noun naming a kind of thing (binding/triggers.py)
    "told_purpose",  # "called each patient on May 3 to say": the people told, not the organisation learning (binding/triggers.py)
    "people_to",  # "an email sent to students on March 5": the people a message went to (binding/people_sent.py)
    "owner_relative",  # "the member whose letter went astray was informed": the subject past its relative clause (binding/recipients.py)
    "review_verb",  # a regulator reviewing the organisation's notices (binding/reviewed.py)
    "date_hedge",  # "on or about" before a range's dates (tagging/patterns.py)
    "reference_lead",  # "As described in the Original Report, on May 3, ...": clauses start past it (binding/reference.py)
    "weekday_aside",  # "on Sept. 21, a Monday,": the date's own weekday (tagging/weekday_aside.py)
    "reduced_passive",  # "learned of it when notified by the FBI": the organisation told (binding/triggers.py)
    "join_lead",  # "and, on May 12, 2026, reported": the date opens the joined clause (binding/join_lead.py)
    "present_perfect",  # "has since found that ... on May 3": the date is the clause's (binding/passes.py)
    "learning_lead",  # "within 45 minutes of learning of it": counted from the discovery (binding/anchors.py)
    "cause_lead",  # "Due to a misaligned spreadsheet, on May 3, ...": clauses start past it (binding/reference.py)
    "period_lead",  # "Subsequent to the end of the quarter, on October 4, ...": the same (binding/reference.py)
    "within_hours",  # "within hours": a day at most after the event told before (tagging/relative.py)
    "other_breach",  # "Unlike the attack on Harbor Health, which ...": another's breach (binding/background.py)
    "done_heading",  # "Steps taken:": its rows are done, whatever their date (binding/schedule.py)
    "planned_row",  # "Planned: letters to residents — November 20": a row of a schedule (binding/schedule.py)
    "reporting",  # "saying that", "to tell them that": a message's content opens (binding/reported.py)
    "dwell_length", "dwell_statistic",  # "Dwell time: 9 days": from the breach's start to its discovery (binding/dwell.py)
    "single_message", "another_act",  # "sent an e-mail" by mistake: a one-off act, done once (binding/one_off.py)
    "statement_sent",  # "in an e-mailed statement": the press told, no breach (binding/press_statement.py)
    "status_label", "refuted",  # "Status: WRONG": the fact-checked claim before it dates nothing (binding/refuted.py)
    "letter_antecedent",  # "The letter is dated May 8 ... they were mailed": the letters (binding/letters.py)
    "dated_as",  # "is dated May 8 ... mailed that day": the document's date is that day (binding/day_before.py)
    "struck_column",  # "| What we published | What is correct |": the first's cells date nothing (binding/struck.py)
    "forwarded",  # "---------- Forwarded message": a letter below it is not the text (binding/own_date.py)
    "granted_time",  # "has 60 days from discovery to notify": the law's limit, no notice (binding/mentions.py)
    "attack_subject",  # "the attack that shut down its computers": no containment (binding/attack_act.py)
    "due_heading",  # a heading over a list of what is due: its items are owed (binding/due_list.py)

    "thing_lead",  # "rolled out encrypted laptops": a protected thing, no attack (binding/protected.py)
    "breach_referred",  # "the nurse involved in the breach": a reference, no act to date (binding/referred.py)
    "leak",  # a gang's claim of the attack or leak of the data: no event (binding/leaks.py)
    "update_heading",  # a dated update's heading: what follows is told from its day (tagging/sections.py)
    "status_word",  # a status page's update ("Resolved - ..."), its stamp after it (tagging/sections.py)
    "day_first",  # a country's body or spelling that writes dates day first (tagging/numeric_order.py)
    "object_relative",  # "the notification that it filed on March 3": no "that" clause (binding/context.py)
    "mailed_clause",  # "statements, which went out on April 3" after a mix-up: the breach (binding/astray.py)
    "postnominal_lead", "postnominal_ending", "postnominal_act",  # "les fichiers copiés": a thing (binding/postnominal.py)
    "register_word", "record_heading",  # a breach register's numbered records: one incident each (binding/records.py)
    "notice_told_lead",  # "À la suite de cette notification, ...": a notice told before (binding/told_before.py)
    "receipt_sender",  # "received notification letters from a member of the public": not from the organisation (binding/triggers.py)
    "series_lead",  # "mailed ... during the period of May 2 to June 7": a series of one-off acts (binding/series.py)
    # grammar words read between other words (see the comments in rules/lang/en.toml)
    "article", "day_article", "genitive", "day_lead", "start_from", "recipient_lead", "list_join", "clause_stop",
    "coordinator", "auxiliary", "passive", "catenative", "after_participle", "governing", "telling_object", "restatement",
    "body_words", "letter_heading", "signature", "quantifier", "question", "denied", "name_article",
    "next_recipient", "behalf",  # lists of recipients, notices on another's behalf (binding/recipient_lists.py, behalf.py)
    "letter_subject", "letter_holding",  # letters as the subject of a passive of sending (binding/letters.py)
    # the people affected as the ones a message is sent to (binding/people_sent.py)
    "people_sent", "people_lead", "people_message", "people_then",
    "duty",  # words of a duty the law sets: a notice bound relative to an event under them restates it (binding/mentions.py)
    # cues of why a date dates no event (binding/unplaced.py)
    "law_date", "fiscal_date", "treatment_date", "background_date", "remedy_date", "proceedings_date", "compliance_date",
    # stages of discovery (binding/stages.py): a filing's headings, words that describe what was found
    "filing_heading", "judged_object", "disowned", "contrast", "set_off", "respectively", "materiality",
    # acts the event lists do not hold (binding/holding.py, causes.py, departure.py)
    "holding", "contained_object", "causes", "fault", "departure", "departure_lead", "taking", "held_data",
    # a fronted phrase that sets the scene of its clause's verb (binding/scene.py)
    "scene_open", "scene_lead", "source_lead",
    # a duty a disclosure left unmet: no breach (binding/duty.py)
    "duty_unmet",
    # a bound told in hours: what it counts from, the words that include it (tagging/relative.py)
    "within_from", "at_least", "infinitive_lead",
    # a document of the proceedings served on the organisation: no discovery (binding/served.py)
    "served_document",
    # a participle that dates the data, not an event: "records documented from May to June" (binding/data_dates.py)
    "data_dated",
    # a count set off by commas ("3,100 people, 980 of them Oregon residents,"): no words between two verbs (binding/passes.py)
    "count_aside",
    # a subject and auxiliary after the last "and" of a series of acts ("..., and we have notified"): still the series
    "series_subject",
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
    told: bool = False  # the organisation told by the party named before them ("Acme informed us"): its discovery


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
    recipient_phrases: tuple[tuple[str, tuple[str, ...]], ...]  # the phrases naming each kind of recipient
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
    def regex(self) -> dict[str, Pattern]:
        """Phrase lists, by key, to search part of a text (each compiled once it is searched
        often: ``Gate``)."""
        return _Compiled(self.lists)

    @functools.cached_property
    def recipients(self) -> tuple[tuple[str, Pattern], ...]:
        """The pattern of each kind of recipient, compiled once it is searched often (``Gate``)."""
        return tuple((kind, compile_phrases(ws).gate) for kind, ws in self.recipient_phrases)

    @functools.cached_property
    def pm_words(self) -> frozenset[str]:
        """The words of ``[timex] pm`` ("p.m.", "du soir"), as a clock reading compares them: lower case, no dots."""
        return frozenset(" ".join(w.lower().replace(".", "").split()) for w in self.timex.get("pm", ()))

    def alt(self, key: str) -> str:
        """The phrase list ``key`` as regex source, to build a larger pattern from: one alternation."""
        return alternation(self.phrases[key])


class _Compiled(dict[str, Pattern]):
    """The patterns of phrase lists, by key: looking a list up the first time gives its ``Gate``,
    which puts the compiled pattern in its place once the list is searched often; a plain dict
    look-up after that (the binder's hot path)."""

    def __init__(self, lists: dict[str, Phrases]) -> None:
        super().__init__()
        self._lists = lists

    def __missing__(self, key: str) -> Pattern:
        rx = self[key] = self._lists[key].gate.placed(self, key)
        return rx


def _int_table(_: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """A validator: a table of whole numbers ("january = 1")."""
    _of_type(int)(_, attribute, value)


def _of_type(kind: type) -> Validator:
    """A validator: a table whose values are all of ``kind``."""
    def check(_: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        table(_, attribute, value)
        for k, v in value.items():
            if not isinstance(v, kind) or (kind is int and isinstance(v, bool)):
                raise Invalid(k, f'"{k}" must be {kind.__name__}, not {type(v).__name__}')
    return check


def _pair_table(_: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """A validator: a table of [low, high] pairs of whole numbers."""
    table(_, attribute, value)
    for k, v in value.items():
        if not (isinstance(v, list) and len(v) == 2 and all(isinstance(x, int) for x in v)):
            raise Invalid(k, f'"{k}" must be a pair of whole numbers [low, high]')


def _word_lists(known: tuple[str, ...], say: str) -> Validator:
    """A validator: a table of phrase lists whose keys are among ``known`` (``say`` words the
    error for another key: {key}, {known})."""
    def check(_: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        table(_, attribute, value)
        for k, v in value.items():
            if k not in known:
                raise Invalid(k, say.format(key=k, known=", ".join(known)))
            if not isinstance(v, list):
                raise Invalid(k, f'"{k}" must be list, not {type(v).__name__}')
            if not all(isinstance(w, str) and w.strip() for w in v):
                raise Invalid(k, f'"{k}" must be a list of non-empty strings')
    return check


def _word_lists_any(_: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """A validator: a table of phrase lists, any keys."""
    table(_, attribute, value)
    for k, v in value.items():
        if not isinstance(v, list) or not all(isinstance(w, str) and w.strip() for w in v):
            raise Invalid(k, f'"{k}" must be a list of non-empty strings')


def _lower(table: dict[str, Any]) -> dict[str, Any]:
    return {k.lower(): v for k, v in table.items()}


@attrs.frozen
class _LanguageFile:
    """A language file (``rules/lang/<code>.toml``) as written; its tables are read one by one."""

    code: str = attrs.field(validator=string)
    name: str = attrs.field(validator=string)
    numeric_dates: str = attrs.field(validator=one_of(("mdy", "dmy"), '"numeric_dates" must be "mdy" or "dmy"'))
    months: Any = attrs.field(validator=_int_table)
    phrases: Any = attrs.field(validator=table)
    trigger: Any = attrs.field(validator=listing)
    weekdays: Any = attrs.field(factory=dict, validator=_int_table)
    numbers: Any = attrs.field(factory=dict, validator=_int_table)
    units: Any = attrs.field(factory=dict, validator=_int_table)
    vague_numbers: Any = attrs.field(factory=dict, validator=_pair_table)
    month_parts: Any = attrs.field(factory=dict, validator=_pair_table)
    day_suffixes: Any = attrs.field(factory=list, validator=phrase_list())
    capitalised_names: bool = attrs.field(default=False, validator=flag)
    stopwords: Any = attrs.field(factory=list, validator=phrase_list())
    generic: Any = attrs.field(factory=dict, validator=table)
    notice: Any = attrs.field(factory=list, validator=listing)
    recipients: Any = attrs.field(factory=dict, validator=_word_lists(EVENT_KINDS, 'unknown event kind "{key}" in [recipients]'))
    topics: Any = attrs.field(factory=dict, validator=_word_lists(
        ("investigation", "breach"), 'unknown topic "{key}" (known: breach, investigation)'))
    example: Any = attrs.field(factory=list, validator=listing)
    timex: Any = attrs.field(factory=dict, validator=table)
    # an auxiliary's forms in other persons ("a" = ["avons"]): persons.with_persons
    persons: Any = attrs.field(factory=dict, validator=_word_lists_any)


@functools.cache
def _phrases_table() -> type:
    """[phrases] as an attrs class: every list (empty when left out), and the numbers that scale a
    count ("million"). Built only to explain a table ``_read_phrases`` does not take (its
    ``__init__`` for some 260 fields costs more to build than a language file to read)."""
    return attrs.make_class("_PhrasesTable", {
        **{k: attrs.field(factory=list, validator=phrase_list()) for k in PHRASE_KEYS},
        "count_scale": attrs.field(factory=dict, validator=_int_table)}, frozen=True)


_PHRASE_KEYS = frozenset(PHRASE_KEYS)


def _read_phrases(path: Path, raw: str, table: Any) -> tuple[dict[str, list[str]], dict[str, int]]:
    """[phrases]: each list by key (empty when left out) and ``count_scale``. A table with an
    unknown key or a value ``_phrases_table`` refuses is read through that class, whose error
    names the line; every table taken here, that class takes as well, with the same values."""
    if isinstance(table, dict) and all(
            k in _PHRASE_KEYS and isinstance(v, list) and all(isinstance(w, str) and w.strip() for w in v)
            for k, v in table.items() if k != "count_scale"):
        scale = table.get("count_scale", {})
        if isinstance(scale, dict) and all(isinstance(v, int) and not isinstance(v, bool) for v in scale.values()):
            return {k: table.get(k, []) for k in PHRASE_KEYS}, scale
    read: Any = structure(path, raw, table, _phrases_table(), "[phrases]", 0, "phrases")
    return {k: getattr(read, k) for k in PHRASE_KEYS}, read.count_scale


@attrs.frozen
class _GenericTable:
    """``[generic]``: words that start or end whatever a sentence is about ("began", "ended")."""

    start: Any = attrs.field(factory=list, validator=phrase_list())
    end: Any = attrs.field(factory=list, validator=phrase_list())


def _trigger_kind(_: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, str) or value not in TRIGGER_KINDS:  # a list was a TypeError (unhashable)
        raise Invalid("kind", f'unknown event kind "{value}" (known: {", ".join(sorted(TRIGGER_KINDS))})')


@attrs.frozen
class _TriggerTable:
    """A ``[[trigger]]`` as written."""

    kind: Any = attrs.field(default=None, validator=_trigger_kind)
    words: Any = attrs.field(default=None, validator=phrase_list())
    span: str = attrs.field(default="durative", validator=one_of(("durative", "instant"), '"span" must be "durative" or "instant"'))
    needs_topic: bool = attrs.field(default=False, validator=flag)
    filing: bool = attrs.field(default=False, validator=flag)
    told: bool = attrs.field(default=False, validator=flag)
    examples: Any = None  # for the tests

    def trigger(self) -> Trigger:
        return Trigger(self.kind, self.span, compile_phrases(self.words), self.needs_topic, self.filing, self.told)


def _received(inst: _NoticeTable, attribute: attrs.Attribute[Any], value: bool) -> None:
    flag(inst, attribute, value)
    if value and inst.default is None:
        raise Invalid("received", 'a notice with "received" needs a "default"')


@attrs.frozen
class _NoticeTable:
    """A ``[[notice]]`` as written."""

    words: Any = attrs.field(default=None, validator=phrase_list())
    received: bool = attrs.field(default=False, validator=_received)
    default: Any = attrs.field(default=None, validator=attrs.validators.optional(
        one_of(EVENT_KINDS, 'unknown event kind "{value}"')))
    default_when: Any = attrs.field(default=None, validator=attrs.validators.optional(phrase_list()))
    nominal: bool = attrs.field(default=False, validator=flag)
    sender: bool = attrs.field(default=False, validator=flag)
    examples: Any = None  # for the tests

    def notice(self) -> Notice:
        when = None if self.default_when is None else re.compile(alternation(self.default_when), re.I)
        return Notice(self.default, compile_phrases(self.words), when, self.nominal, self.received, self.sender)


def _triples(_: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is None:
        return
    listing(_, attribute, value)
    if not all(isinstance(row, list) and len(row) == 3 and all(isinstance(x, str) for x in row) for row in value):
        raise Invalid("timexes", '"timexes" must be a list of [text, TYPE, value] triples')


@attrs.frozen
class _ExampleTable:
    """An ``[[example]]`` as written: a text, the dates the tests expect, and its TIMEX3 readings."""

    text: Any = attrs.field(default=None, validator=string)
    dates: Any = attrs.field(default=None, validator=phrase_list())
    timexes: Any = attrs.field(default=None, validator=_triples)
    date: Any = attrs.field(default=None, validator=attrs.validators.optional(string))


def _fixed(_: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """A validator: [timex.fixed], readings "TYPE VALUE" each ``TimexValue`` can parse."""
    _of_type(str)(_, attribute, value)
    for k, v in value.items():
        try:
            TimexValue.parse(v)
        except ValueError as e:
            raise Invalid(k, f'[timex.fixed] "{k}": {e}') from None


# [timex]: the lists, the tables of words and the yes-or-no settings (see TIMEX_LISTS and the others).
_TimexTable = attrs.make_class("_TimexTable", {
    **{k: attrs.field(factory=list, validator=phrase_list()) for k in TIMEX_LISTS},
    **{k: attrs.field(factory=dict, validator=_fixed if k == "fixed" else _of_type(kind)) for k, kind in TIMEX_TABLES.items()},
    **{k: attrs.field(default=default, validator=flag) for k, default in TIMEX_FLAGS.items()}}, frozen=True)


def load_language(path: Path, load: TomlLoader = load_toml) -> Language:
    """Read and validate one language file (``load`` reads and parses it: ``rulefile.load_toml``, or a cache's)."""
    data, raw = load(path)
    top = structure(path, raw, data, _LanguageFile, "a language file")
    phrases, count_scale = _read_phrases(path, raw, top.phrases)
    generic = structure(path, raw, top.generic, _GenericTable, "[generic]", 0, "generic")
    forms = _lower(top.persons)
    agreeing = frozenset(w.lower() for w in phrases["passive"] if " " not in w)  # "été": a passive agrees

    def persons(table: Any) -> Any:
        return attrs.evolve(table, words=list(with_persons(table.words, forms, agreeing))) if forms and table.words else table

    triggers = [persons(structure(path, raw, expect(path, raw, "trigger", t, dict, i, "trigger"), _TriggerTable,
                                  "[[trigger]]", i, "trigger")).trigger() for i, t in enumerate(top.trigger)]
    notices = [persons(structure(path, raw, expect(path, raw, "notice", n, dict, i, "notice"), _NoticeTable,
                                 "[[notice]]", i, "notice")).notice() for i, n in enumerate(top.notice)]
    examples = [structure(path, raw, expect(path, raw, "example", e, dict, i, "example"), _ExampleTable,
                          "[[example]]", i, "example") for i, e in enumerate(top.example)]
    timex: Any = structure(path, raw, top.timex, _TimexTable, "[timex]", 0, "timex")
    return Language(
        code=top.code,
        name=top.name,
        numeric_dates=top.numeric_dates,
        months=_lower(top.months),
        weekdays=_lower(top.weekdays),
        numbers=_lower(top.numbers),
        units=_lower(top.units),
        vague_numbers={k.lower(): (v[0], v[1]) for k, v in top.vague_numbers.items()},
        month_parts={k.lower(): (v[0], v[1]) for k, v in top.month_parts.items()},
        day_suffixes=tuple(top.day_suffixes),
        capitalised_names=top.capitalised_names,
        stopwords=frozenset(w.lower() for w in top.stopwords),
        phrases={k: tuple(phrases[k]) for k in PHRASE_KEYS},
        triggers=tuple(triggers),
        notices=tuple(notices),
        recipient_phrases=tuple((kind, tuple(ws)) for kind, ws in top.recipients.items()),
        generic_start=compile_phrases(generic.start),
        generic_end=compile_phrases(generic.end),
        topics=tuple((topic, compile_phrases(ws)) for topic, ws in top.topics.items()),
        examples=tuple((e.text, tuple(e.dates)) for e in examples),
        count_scale=_lower(count_scale),
        timex=_timex(timex),
        timex_examples=tuple((e.text, e.date, tuple(tuple(r) for r in e.timexes)) for e in examples if e.timexes is not None),
    )


def _timex(t: Any) -> dict[str, Any]:
    """The [timex] table as the tagger reads it: keys lower-cased, words single-spaced."""
    out: dict[str, Any] = {k: tuple(getattr(t, k)) for k in TIMEX_LISTS}
    for key in TIMEX_TABLES:
        sub = getattr(t, key)
        if key == "fixed":
            sub = {k: TimexValue.parse(v) for k, v in sub.items()}
        out[key] = {" ".join(k.lower().split()): v for k, v in sub.items()}
    for key in TIMEX_FLAGS:
        out[key] = getattr(t, key)
    return out
