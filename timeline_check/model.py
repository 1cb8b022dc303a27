"""The data that flows between stages: frozen attrs classes, nothing else.

Days are proleptic Gregorian ordinals (``date.toordinal()``), so the reasoning
stage works with plain integers; reports turn them back into ISO dates.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

import attrs

Severity = Literal["error", "warning", "info"]
Category = Literal["order", "conflict", "duration", "date", "deadline", "missing", "suppress", "content", "count"]
SEVERITY_RANK: dict[str, int] = {"info": 0, "warning": 1, "error": 2}


def iso(day: int | None) -> str | None:
    """ISO 8601 text of a day ordinal, or None."""
    return None if day is None else dt.date.fromordinal(day).isoformat()


@attrs.frozen
class Interval:
    """Every day an event may fall on: ``lo``..``hi`` inclusive; None is unbounded."""

    lo: int | None
    hi: int | None

    def intersect(self, other: Interval) -> Interval | None:
        """The days both allow, or None when they are disjoint."""
        lo = max((x for x in (self.lo, other.lo) if x is not None), default=None)
        hi = min((x for x in (self.hi, other.hi) if x is not None), default=None)
        if lo is not None and hi is not None and lo > hi:
            return None
        return Interval(lo, hi)

    @property
    def exact(self) -> bool:
        return self.lo is not None and self.lo == self.hi


AnchorKind = Literal["previous", "after", "before", "phrase", "event", "unknown"]


@attrs.frozen
class Anchor:
    """What a relative phrase counts from: ``previous`` (the last dated event), ``after`` or
    ``before`` ("30 days after <X>": X not read yet), ``phrase`` (the words after the phrase,
    ``words``, to be read as an event), ``event`` (the event kind ``words``, once read) or
    ``unknown`` (words that name no event of ours)."""

    kind: AnchorKind
    words: str = ""

    @property
    def name(self) -> str:
        """What reasoning ties the phrase to: an event kind, ``previous`` or ``unknown`` (else the kind)."""
        return self.words if self.kind == "event" else self.kind

    @classmethod
    def named(cls, name: str) -> Anchor:
        """The anchor of an event kind, ``previous`` or ``unknown``."""
        return cls(name) if name in ("previous", "unknown") else cls("event", name)  # type: ignore[arg-type]


TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
TIMEX_TYPES: tuple[TimexType, ...] = ("DATE", "TIME", "DURATION", "SET")
# What a template is worked out from: the text's own date (``DCT``; ``DCT?`` when it names
# nothing without that date) or the date named before it (``REF``).
TimexAnchor = Literal["DCT", "DCT?", "REF"]
_TIMEX_ANCHORS: tuple[TimexAnchor, ...] = ("DCT?", "DCT", "REF")


@attrs.frozen
class TimexValue:
    """What a time expression is in TimeML: its TIMEX3 ``type`` and ``value``.

    With an ``anchor``, ``value`` is a template operation still to be worked out from a day
    (``day-1``, ``wd<4``, ``mon~7@1-10``; see ``tagging.normalise.resolve``) and ``suffix`` is
    appended to that day's value: a part of the day (``TMO``) or a time (``T21:45``).
    """

    type: TimexType
    value: str
    anchor: TimexAnchor | None = None
    suffix: str = ""

    @classmethod
    def parse(cls, text: str) -> TimexValue:
        """The reading written "TYPE VALUE" in a language file ("TIME PRESENT_REF",
        "DATE DCT:day-1", "TIME REF:day+0|TMO"); ValueError when it is none."""
        typ, _, value = text.partition(" ")
        if typ not in TIMEX_TYPES or not value or " " in value:
            raise ValueError(f'"{text}" is not "TYPE VALUE" with a TYPE among {", ".join(TIMEX_TYPES)}')
        anchor = next((a for a in _TIMEX_ANCHORS if value.startswith(a + ":")), None)
        if anchor is None:
            return cls(typ, value)
        op, _, suffix = value[len(anchor) + 1:].partition("|")
        return cls(typ, op, anchor, suffix)

    def timeml(self, day: str | None = None) -> str:
        """The TIMEX3 value: ``value`` itself, or for a template, ``day`` (the TIMEX3 value of what
        it works out to) with the suffix; ``XXXX-XX-XX`` when there was no day to work it out from."""
        if self.anchor is None:
            return self.value
        return "XXXX-XX-XX" if day is None else day + self.suffix

    @property
    def of_day_near(self) -> bool:
        """A time or part of the day on the day named next to it ("9:15 p.m. on Sunday", "that evening")."""
        return self.type == "TIME" and self.anchor == "REF" and self.value == "day+0" and self.suffix.startswith("T")


@attrs.frozen
class TimeExpr:
    """A time expression: its span in the text and what it means.

    ``kind`` is ``date`` (one interval of possible days), ``range`` (``first`` bounds
    the start and ``last`` the end), ``duration`` (``amount`` days, as min..max) or
    ``relative`` (``amount`` days after, or before when ``direction`` is -1, what
    ``anchor`` names: an event, or the last dated event in the text). ``qualifier`` keeps the preposition that changes the role
    of a date: ``since``, ``until``, ``before``, ``after`` (``upon`` for "upon detection"). Kinds the binder does not
    date events with: ``set`` ("every Monday"), ``time`` (a time of day or part of a day
    with no date of its own, "at 9:15") and ``timex`` (what only the TIMEX3 reading uses: a
    length not stated as an event's, "now", a deictic date without the text's own date).
    """

    start: int
    end: int
    text: str
    kind: Literal["date", "range", "duration", "relative", "set", "time", "timex"]
    first: Interval | None = None
    last: Interval | None = None
    amount: tuple[int, int | None] | None = None
    # The amount in minutes, when the phrase states it in hours or minutes ("within 72 hours of
    # discovery"): the days of ``amount`` lose what a deadline counted in hours needs.
    minutes: tuple[int, int | None] | None = None
    direction: int = 1
    anchor: Anchor | None = None
    qualifier: str | None = None
    year_inferred: bool = False
    weekday: int | None = None
    granularity: Literal["day", "month", "year", "fuzzy"] = "day"
    time: int | None = None  # minutes after midnight, when a time of day is stated with the date
    # The TIMEX3 reading, when the interval does not say it all (see tagging/timex3.py).
    timex: TimexValue | None = None
    # The TIMEX3 expressions this one is made of: the two ends of a range, the length in
    # "for three days", the length and the date in "30 days after March 1, 2024".
    parts: tuple[TimeExpr, ...] = ()

    @property
    def season(self) -> bool:
        """A season ("l'été 2022", "last winter"): its bounds are a convention, not stated."""
        v = self.timex.value if self.timex is not None else ""
        return v.startswith("sea") or v[-3:] in ("-SP", "-SU", "-FA", "-WI")

    @property
    def loose(self) -> bool:
        """A season, or "immediately": when it is, a reader's convention more than the text's word."""
        return self.season or self.qualifier == "at_once"


@attrs.frozen
class Mention:
    """One statement that an event of ``kind`` happened at ``timex``.

    ``role`` says which part of a range the event takes (``point``, ``start`` or
    ``end``, or ``span`` for an instantaneous event somewhere within the range);
    ``duration`` marks a stated length from this start kind to its end kind.
    ``trigger`` is the span of the words that name the event; ``sentence`` the span
    of its sentence. ``distinct`` is set when the text marks it as another,
    separate occurrence ("another", "a second"); ``future`` when it is planned;
    ``about`` when the words around it name the incident itself ("discovered the
    breach", not "identified four attachments"); ``certain`` is unset when the date
    could as well belong to another verb of the sentence. ``actor`` holds the words of
    the name right before the event word ("Medix had discovered": ``{"medix"}``), empty
    when none is written there ("the clinic discovered", "it discovered"). ``to`` holds the
    regulators a notice to a regulator names ("the Office for Civil Rights", "attorney
    general"), empty when it names none.
    """

    kind: str
    timex: TimeExpr
    role: Literal["point", "start", "end", "span", "duration"]
    trigger: tuple[int, int]
    sentence: tuple[int, int]
    distinct: bool = False
    future: bool = False
    about: bool = False
    certain: bool = True
    actor: frozenset[str] = frozenset()
    to: frozenset[str] = frozenset()
    separate: bool = False  # its sentence opens on another incident ("In a separate incident, ..."): that one's
    bound: bool = False  # its date is given as a bound ("aware of it at least on 19 July"): it may have come earlier
    once: bool = False  # a one-off act ("sent an e-mail" by mistake): two dates of it are one act dated twice (binding/one_off.py)
    until: str = ""  # the kind a stated length runs to, when not its start kind's end ("dwell time": the discovery)


@attrs.frozen
class Undated:
    """An event word the text gives no date for ("The clinic notified HHS.")."""

    kind: str
    trigger: tuple[int, int]
    sentence: tuple[int, int]


# Why an explicit date dates no event: the organisation's history ("went public in 2021"), a law or
# rule ("the Act of 1934"), a fiscal period, a patient's treatment, another incident, another party's
# act (a regulator's), what was done to prevent another incident ("retrained its staff"), a duty
# not met or met late over a period ("did not conduct a risk analysis between 2013 and 2017"), a thing it
# names ("the July 2023 letter"), a correction withdrawing it, or no event word the reader knows
# (what it still misses).
UnplacedReason = Literal["background", "law", "fiscal", "treatment", "other_incident", "outsider", "remedy", "thing",
                         "retracted", "proceedings", "compliance", "no_event"]
UNPLACED_REASONS: tuple[UnplacedReason, ...] = (
    "background", "law", "fiscal", "treatment", "other_incident", "outsider", "remedy", "thing", "retracted",
    "proceedings", "compliance", "no_event")


@attrs.frozen
class Unplaced:
    """An explicit date (a day, month, year or range) the text gives that dates no event, and why."""

    start: int
    end: int
    text: str
    reason: UnplacedReason
    line: int = 0  # set once the document locates it (``engine``)
    column: int = 0


@attrs.frozen
class Evidence:
    """A quoted sentence (or span) of the original file, located."""

    start: int
    end: int
    line: int
    column: int
    text: str


@attrs.frozen
class Event:
    """A dated event of the timeline, after reasoning tightened its bounds."""

    id: str
    kind: str
    earliest: int | None
    latest: int | None
    text: str
    start: int
    end: int
    line: int
    column: int
    mentions: tuple[Mention, ...] = ()


@attrs.frozen
class Finding:
    """Something in the timeline that cannot be true, may not be, or cannot be checked."""

    rule: str
    category: Category
    severity: Severity
    message: str
    line: int
    column: int
    events: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    regime: str | None = None
    citation: str | None = None
    due: int | None = None
    actual: int | None = None
    suggestions: tuple[str, ...] = ()  # order, conflict and duration findings: the smallest changes that mend them
    excuses: tuple[Evidence, ...] = ()  # the quotes that lowered its severity (an undated mention of the notice)

    def sort_key(self) -> tuple[int, int, str, str]:
        return (self.line, self.column, self.rule, self.message)


@attrs.frozen
class DeadlineRow:
    """One line of the deadline table: a rule that applies, and what the text says about it.

    ``status`` is ``met``, ``missed``, ``possibly missed``, ``not checkable``, ``not stated`` (the
    notice's date is missing), ``trigger not stated`` (the event that starts the clock is not dated),
    ``not in force`` (on the trigger date), or ``no number`` (a duty without a count); ``verdict``
    maps it onto the words of the JSON contract. ``event`` is the id of the trigger event ("E3"),
    ``counting`` how the rule counts, in the words every report shows (``deadlines.counting``).
    ``trigger`` and ``actual`` are the days the text allows; ``over`` how far past ``due`` the
    notice came for certain, in the rule's own unit (``unit``)."""

    rule: str
    regime: str
    citation: str
    limit: str
    status: str
    trigger: Interval | None = None
    due: int | None = None
    actual: Interval | None = None
    over: int | None = None
    unit: str = ""
    note: str = ""
    source: str = ""
    event: str | None = None
    counting: str = ""
    pending: bool = False  # no notice dated, and not yet due on the text's own date

    @property
    def verdict(self) -> str:
        """The JSON contract's word: met, missed, possibly missed, not checkable, not yet due, not in force, no number."""
        if self.pending:
            return "not yet due"
        if self.status in ("not stated", "trigger not stated"):
            return "not checkable"
        return self.status


@attrs.frozen
class ChecklistRow:
    """One element of what a notice must (or must not) say, as the checked notice has it.

    ``outcome`` is ``present``, ``missing``, ``elsewhere`` (a fact given, but not under its
    heading), ``unknown`` (a fact required if known, not given), ``prohibited`` (present, and
    forbidden), ``absent`` (forbidden, and not there), ``not checkable`` or ``not due``."""

    rule: str
    regime: str
    label: str
    citation: str
    outcome: str
    evidence: Evidence | None = None


@attrs.frozen
class RegimeMatch:
    """A legal regime found to apply, and the words in the text that say so."""

    name: str
    cues: tuple[Evidence, ...] = ()
    forced: bool = False


@attrs.frozen
class Suppressed:
    """A finding silenced by a suppression directive, the directive's justification and where it is."""

    finding: Finding
    justification: str | None
    line: int
    column: int


@attrs.frozen
class DocumentReport:
    """Everything the checker says about one text."""

    path: str
    language: str
    reference_date: int | None
    regimes: tuple[RegimeMatch, ...]
    events: tuple[Event, ...]
    findings: tuple[Finding, ...]
    text: str = ""  # the checked text, for reports that show it in place (not in the JSON contract)
    deadlines: tuple[DeadlineRow, ...] = ()  # the deadline table of every applicable deadline rule
    suppressed: tuple[Suppressed, ...] = ()  # findings silenced by a directive (SARIF only; not in the JSON contract)
    notice: str | None = None  # the kind of notice the text itself is (individuals, regulator, filing, press), if any
    checklist: tuple[ChecklistRow, ...] = ()  # what the notice must say, element by element
    undated: tuple[Undated, ...] = ()  # event words the text dates nowhere (reports that show the text mark them)
    message_lang: str = "en"  # the language of the messages ("en", "fr")
    unplaced: tuple[Unplaced, ...] = ()  # the explicit dates that date no event, each with its reason


@attrs.frozen
class InputProblem:
    """A file that could not be read: reported on stderr, exit code 2."""

    path: str
    message: str


@attrs.frozen
class Report:
    """The result of one run over one or more inputs."""

    documents: tuple[DocumentReport, ...]
    problems: tuple[InputProblem, ...] = ()

    def count(self, severity: str) -> int:
        return sum(f.severity == severity for d in self.documents for f in d.findings)
