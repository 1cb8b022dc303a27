"""Load and validate the rules directory: languages, order rules, checks, legal regimes.

Every problem is a ``RuleFileError`` naming ``file:line`` before any text is checked.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from pathlib import Path
from typing import Any

import attrs

from .lang import Language, TomlLoader, load_language
from .rulecache import ParseCache
from .rulefile import Phrases, RuleFileError, compile_phrases, expect, line_of, load_toml
from .schema import (Invalid, Validator, flag, integer, listed, listing, one_of, string, strings, structure, table, template,
                     web_address, words)
from .content import ContentRules, load_content
from .messages import ENGLISH
from .taxonomy import EVENT_KINDS

LEVELS = ("error", "warning", "info")
UNITS = ("calendar_days", "business_days", "hours", "months", "none")
CONFIDENCE = ("confirmed", "unsure")
CHECK_KINDS = ("conflict", "duration", "date", "missing", "count")
ORDER_FIELDS = {"before", "after", "before_cap", "after_cap", "before_date", "after_date"}
CHECK_FIELDS = {"conflict": {"event", "event_cap", "dates"}, "duration": {"phrase", "detail"}, "date": {"detail"},
                "missing": {"checked", "total", "line"}, "count": {"first", "second", "first_line", "second_line"}}
# Rules of a kind whose findings fill other placeholders than the kind's others.
_SUM = {"total", "parts", "sum", "line"}
RULE_FIELDS = {"count/sum-mismatch": _SUM, "count/sum-rounded": _SUM}
# The rules of consistency.toml the engine reports: their level and words are data, and a
# rule pack without one of them is refused at load (ignore a rule in the configuration instead).
REQUIRED_CHECKS = ("conflict/one-event-two-dates", "duration/stated-duration", "date/weekday-mismatch",
                   "date/impossible-date", "missing/events-beyond-limit")
# The deadline kind's message templates (rules/deadline.toml, a regime's [messages]) and the
# placeholders each may use.
_DATES = frozenset({"notice", "notice_cap", "notice_date", "trigger", "trigger_date", "citation", "limit"})
DEADLINE_MESSAGES: dict[str, frozenset[str]] = {
    "missed": _DATES | {"gap", "year_end", "due", "notes"},
    "possibly_missed": _DATES | {"gap", "year_end", "due", "notes"},
    "no_trigger_date": _DATES - {"trigger_date"} | {"floor"},
    "floor": frozenset({"trigger", "event", "event_date", "due"}),
    "no_notice_date": frozenset({"condition", "citation", "notice", "notice_cap", "limit", "year_end", "due_note"}),
    "notice_undated": frozenset({"condition", "citation", "notice", "notice_cap", "limit", "year_end", "due_note"}),
    "notice_not_owed": frozenset({"condition", "citation", "notice", "notice_cap", "limit", "year_end", "due_note", "quote"}),
    "notice_not_addressed": frozenset({"condition", "citation", "notice", "notice_cap", "notice_date", "limit",
                                       "year_end", "recipient", "due_note"}),
    "threshold_unknown": frozenset({"threshold"}),
    "was_due": frozenset({"trigger", "trigger_date", "due"}),
    "not_yet_due": frozenset({"trigger", "trigger_date", "due", "own_date"}),
    "year_end": frozenset(),
    "year_end_limit": frozenset(),
    "unknown_due": frozenset(),
    "due_at_time": frozenset({"due", "time"}),
    "unsure": frozenset({"why"}),
    "threshold_not_stated": frozenset({"threshold"}),
    "law_enforcement_delay": frozenset({"quote"}),
    "national_security_delay": frozenset({"quote"}),
    "unconfirmed_trigger": frozenset({"trigger", "quote"}),
    "other_reading": frozenset({"event", "date", "line"}),
    "later_trigger": frozenset({"event", "date", "actor"}),
    "unnamed_actor": frozenset(),
    "several_incidents": frozenset(),
    "undated_notice": frozenset({"notice"}),
    "guessed_year": frozenset({"date"}),
}


@attrs.frozen
class OrderRule:
    """Events of a kind in ``before`` may not come after events of a kind in ``after``."""

    id: str
    before: tuple[str, ...]
    after: tuple[str, ...]
    level: str
    message: str
    description: str
    every: bool = False

    @property
    def kind(self) -> str:
        return "order"


@attrs.frozen
class CheckRule:
    """A rule of a built-in kind with no pair of events: conflict, duration, date, missing."""

    id: str
    kind: str
    level: str
    message: str
    description: str


def _in_force(pending: bool, start: int | None, end: int | None, day: float) -> bool:
    """Whether a rule in force from ``start`` to ``end`` (day ordinals, None: open) holds on ``day``."""
    return not pending and (start is None or day >= start) and (end is None or day <= end)


@attrs.frozen(kw_only=True)
class _RegimeRule:
    """What every rule of a regime has besides its kind: who tells whom, how sure the fact is,
    the thresholds it applies above or below, and the dates it is in force."""

    confidence: str = "confirmed"
    actor: str = ""
    recipient: str = ""
    in_force_from: int | None = None
    in_force_to: int | None = None
    pending: bool = False
    min_affected: int | None = None
    max_affected: int | None = None
    recipient_cues: Phrases | None = None
    affected: str = "total"
    # Provenance (issue 16): the operative words of the official text, the day they were checked,
    # secondary sources kept as commentary, and why an unsure fact could not be settled.
    quote: str = ""
    verified: str = ""
    commentary: tuple[str, ...] = ()
    why: str = ""

    def in_force(self, day: float) -> bool:
        """Whether this rule (this version of it) governs a trigger on ``day`` (a day ordinal)."""
        return _in_force(self.pending, self.in_force_from, self.in_force_to, day)

    @property
    def window(self) -> str:
        """The in-force window in words: "2023-09-01 – …", "pending", "always"."""
        return _window(self.pending, self.in_force_from, self.in_force_to)


@attrs.frozen
class DeadlineRule(_RegimeRule):
    """``deadline`` no later than ``amount`` units after ``trigger`` (or after its year's end).

    One version of a rule: a rule whose law changed is several ``[[rule]]`` blocks with one
    name and in-force windows that do not overlap (``in_force_from``..``in_force_to``, day
    ordinals, None for open). ``pending`` marks a rule with no in-force date yet, never applied.
    ``unit`` ``none`` is a duty with no number ("without unreasonable delay"): listed, never missed.
    ``recipient_cues`` (when set) must occur in a notice's sentence for it to count as this
    recipient's notice; ``affected`` says whether the thresholds count everyone or the regime's
    own residents; ``holidays`` the calendar business days skip ("US", "US-VT", "BR").
    ``later_triggers`` are events from which the clock may run instead, when the actor may
    first have known then (a covered entity told by its business associate): a miss counted
    from ``trigger`` but not from one of them is only possible.
    """

    id: str
    regime: str
    level: str
    missing: str
    citation: str
    source: str
    trigger: str
    deadline: str
    amount: int
    unit: str
    description: str
    anchor: str | None = None
    later_triggers: tuple[str, ...] = ()
    holidays: str | None = None
    tolling: str | None = None
    standard: str = ""

    @property
    def kind(self) -> str:
        return "deadline"

    @property
    def limit(self) -> str:
        """The limit in words: "60 calendar days", "72 hours", "1 month", "no number"."""
        return ENGLISH.limit(self.unit, self.amount)


@attrs.frozen
class RegimeOrderRule(_RegimeRule):
    """A relational duty with no number: an event of a ``before`` kind may not come after
    (with ``strict``: must come before) an event of an ``after`` kind, under one regime
    (Maryland: the attorney general is told before the residents)."""

    id: str
    regime: str
    level: str
    citation: str
    source: str
    before: tuple[str, ...]
    after: tuple[str, ...]
    description: str
    strict: bool = False
    missing: str = "none"

    @property
    def kind(self) -> str:
        return "order"


# The rules of a regime (they have a regime, a citation, a source, versions); any rule of a rule set.
REGIME_RULES = (DeadlineRule, RegimeOrderRule)
Rule = OrderRule | CheckRule | DeadlineRule | RegimeOrderRule


def _window(pending: bool, lo: int | None, hi: int | None) -> str:
    if pending:
        return "pending (no in-force date)"
    if lo is None and hi is None:
        return "-"
    a = dt.date.fromordinal(lo).isoformat() if lo is not None else "…"
    b = dt.date.fromordinal(hi).isoformat() if hi is not None else "…"
    return f"{a} – {b}"


@attrs.frozen(eq=False)
class Regime:
    """A legal regime: when it applies and what deadlines it sets.

    ``rules`` holds every version of every deadline rule; ``orders`` the relational rules;
    ``residents`` the words that name this regime's residents ("Texas residents"), to read a
    per-state count of people affected; ``messages`` the deadline message templates it words
    its own way (the others are the rule set's)."""

    name: str
    title: str
    source: str
    tolling: str | None
    threshold: int
    cues: tuple[tuple[int, Phrases], ...]
    rules: tuple[DeadlineRule, ...]
    orders: tuple[RegimeOrderRule, ...] = ()
    residents: Phrases | None = None
    messages: dict[str, str] = attrs.Factory(dict)  # [messages]: deadline templates of its own
    denied: Phrases | None = None  # [applicability] denied: words that make a cue right after them none

    def versions(self) -> dict[str, list[DeadlineRule]]:
        """The deadline rules by id, each with its versions oldest first."""
        out: dict[str, list[DeadlineRule]] = {}
        for r in self.rules:
            out.setdefault(r.id, []).append(r)
        for vs in out.values():
            vs.sort(key=lambda v: v.in_force_from if v.in_force_from is not None else -1)
        return out


@attrs.frozen(eq=False)
class RuleSet:
    """Everything in a rules directory."""

    languages: dict[str, Language]
    order: tuple[OrderRule, ...]
    checks: dict[str, CheckRule]
    singular: frozenset[str]
    regimes: dict[str, Regime]
    messages: dict[str, str] = attrs.Factory(dict)  # the deadline kind's templates (deadline.toml)
    # repairs.toml: for a date that may belong to another event, the kinds it is tried as, in order
    rekind: dict[str, tuple[str, ...]] = attrs.field(factory=dict)
    # content.toml and content/: what a notice must say, by regime (see content.py)
    content: ContentRules = attrs.field(factory=ContentRules)

    def all_rules(self) -> list[OrderRule | CheckRule | DeadlineRule | RegimeOrderRule]:
        """Every rule, sorted by id; a rule with several versions appears once, as its newest."""
        rules: list[OrderRule | CheckRule | DeadlineRule | RegimeOrderRule] = [*self.order, *self.checks.values()]
        for r in self.regimes.values():
            rules.extend(vs[-1] for vs in r.versions().values())
            rules.extend(r.orders)
        return sorted(rules, key=lambda r: r.id)

    def versions(self, rule_id: str) -> list[DeadlineRule | RegimeOrderRule]:
        """Every version of a regime rule, oldest first (empty when no regime has it)."""
        for reg in self.regimes.values():
            found = reg.versions().get(rule_id)
            if found:
                return list(found)
            orders = [o for o in reg.orders if o.id == rule_id]
            if orders:
                return list(orders)
        return []

    def message(self, regime: Regime, key: str) -> str:
        """The deadline message template ``key`` as ``regime`` words it (its own, else the default)."""
        return regime.messages.get(key, self.messages[key])

    def regime(self, name: str) -> Regime | None:
        """A regime by name, ignoring case."""
        return next((r for k, r in self.regimes.items() if k.lower() == name.lower()), None)


@functools.cache
def default_rules_dir() -> Path:
    """The rules shipped in the wheel, or the checkout's ``rules/`` in development."""
    packaged = Path(__file__).resolve().parent / "rules"
    return packaged if packaged.is_dir() else Path(__file__).resolve().parent.parent / "rules"


def _deadline_template(_: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """A validator: a deadline message template (None: left to the rule set's), its placeholders
    among those ``DEADLINE_MESSAGES`` gives its key."""
    if value is None:
        return
    if not isinstance(value, str):
        raise Invalid(attribute.name, f'messages."{attribute.name}" must be a string, not {type(value).__name__}')
    template(lambda _: DEADLINE_MESSAGES[attribute.name])(_, attribute, value)


# The [messages] of deadline.toml (every template) and of a regime (those it words its own way).
_Messages = attrs.make_class("_Messages", {k: attrs.field(validator=_deadline_template) for k in DEADLINE_MESSAGES},
                             frozen=True)
_OwnMessages = attrs.make_class("_OwnMessages", {k: attrs.field(default=None, validator=_deadline_template)
                                                 for k in DEADLINE_MESSAGES}, frozen=True)


@attrs.frozen
class _DeadlineFile:
    """``deadline.toml`` as written."""

    messages: Any = attrs.field(factory=dict, validator=table)


def _messages(path: Path, raw: str, data: dict[str, Any], complete: bool) -> dict[str, str]:
    """The deadline message templates of a ``[messages]`` table, their placeholders checked;
    with ``complete``, every template must be there."""
    t: Any = structure(path, raw, data, _Messages if complete else _OwnMessages, "[messages]", 0, "messages")
    return {k: getattr(t, k) for k in data}  # in the table's order


def _deadline_messages(path: Path, load: TomlLoader = load_toml) -> dict[str, str]:
    """The default deadline message templates (``deadline.toml``)."""
    data, raw = load(path)
    return _messages(path, raw, structure(path, raw, data, _DeadlineFile, "deadline messages").messages, complete=True)


def _level(path: Path, raw: str, key: str, value: Any, nth: int, block: str, extra: tuple[str, ...] = ()) -> str:
    if value not in LEVELS + extra:
        allowed = ", ".join(LEVELS + extra)
        raise RuleFileError(path, line_of(raw, key, nth, block), f'"{key}" must be one of {allowed}, not {value!r}')
    return str(value)


def _rekinds(_: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """A validator: ``[rekind]``, for each event kind the other kinds its dates are tried as."""
    table(_, attribute, value)
    for key, kinds in value.items():
        if key not in EVENT_KINDS:
            raise Invalid(key, f'unknown event kind "{key}"')
        if not isinstance(kinds, list):
            raise Invalid(key, f'"{key}" must be list, not {type(kinds).__name__}')
        for k in kinds:
            if k not in EVENT_KINDS:
                raise Invalid(key, f'unknown event kind "{k}" in "{key}"')
        if key in kinds:
            raise Invalid(key, f'"{key}" is tried as itself')


@attrs.frozen
class _RepairsFile:
    """``repairs.toml`` as written."""

    rekind: Any = attrs.field(factory=dict, validator=_rekinds)


def _rekind(path: Path, load: TomlLoader = load_toml) -> dict[str, tuple[str, ...]]:
    """The kinds a date of each kind is tried as when a contradiction is repaired (none without the file)."""
    if not path.is_file():
        return {}
    data, raw = load(path)
    t = structure(path, raw, data, _RepairsFile, "repair rules", 0, "rekind")
    return {key: tuple(kinds) for key, kinds in t.rekind.items()}


def _event_kinds(star: bool = False) -> Validator:
    """Event kinds named by a rule; ``*`` (where allowed) is every kind but the rule's others."""
    def check(_: Any, attribute: attrs.Attribute[Any], value: tuple[str, ...]) -> None:
        for k in value:
            if not (k in EVENT_KINDS or (star and k == "*")):
                raise Invalid(attribute.name, f'unknown event kind "{k}" in "{attribute.name}"')
    return check


def _kind_list(_: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """A validator: a list of event kinds."""
    listing(_, attribute, value)
    _event_kinds()(_, attribute, value)


@attrs.frozen
class _OrderTable:
    """A ``[[rule]]`` of ``order.toml`` as written."""

    name: str = attrs.field(validator=string)
    before: tuple[str, ...] = attrs.field(converter=listed, validator=[strings, _event_kinds(star=True)])
    after: tuple[str, ...] = attrs.field(converter=listed, validator=[strings, _event_kinds()])
    message: str = attrs.field(validator=[string, template(lambda _: ORDER_FIELDS)])
    level: str = attrs.field(default="error", validator=[string, one_of(LEVELS)])
    description: str = attrs.field(default="", validator=string)
    every: bool = attrs.field(default=False, validator=flag)

    def rule(self) -> OrderRule:
        before = tuple(k for k in EVENT_KINDS if k not in self.after) if "*" in self.before else self.before
        return OrderRule(f"order/{self.name}", before, self.after, self.level, self.message, self.description, self.every)


@attrs.frozen
class _CheckTable:
    """A ``[[rule]]`` of ``consistency.toml`` as written."""

    name: str = attrs.field(validator=string)
    kind: Any = attrs.field(validator=one_of(CHECK_KINDS, 'unknown rule kind "{value}" (known: {known})'))
    message: str = attrs.field(validator=[string, template(lambda t: RULE_FIELDS.get(f"{t.kind}/{t.name}", CHECK_FIELDS[t.kind]))])
    level: str = attrs.field(default="error", validator=[string, one_of(LEVELS)])
    description: str = attrs.field(default="", validator=string)


@attrs.frozen
class _OrderFile:
    """``order.toml`` as written."""

    rule: Any = attrs.field(factory=list, validator=listing)


@attrs.frozen
class _ChecksFile:
    """``consistency.toml`` as written: the event kinds that happen once, and the rules."""

    singular: Any = attrs.field(factory=list, validator=_kind_list)
    rule: Any = attrs.field(factory=list, validator=listing)


def _order(path: Path, load: TomlLoader = load_toml) -> tuple[OrderRule, ...]:
    data, raw = load(path)
    out: list[OrderRule] = []
    for i, r in enumerate(structure(path, raw, data, _OrderFile, "order rules").rule):
        rule = structure(path, raw, expect(path, raw, "rule", r, dict, i, "rule"), _OrderTable, "[[rule]]", i, "rule").rule()
        if any(o.id == rule.id for o in out):  # named at the second one, not at line 1
            raise RuleFileError(path, line_of(raw, "name", i, "rule"), f"two rules with the id {rule.id!r}")
        out.append(rule)
    return tuple(out)


def _checks(path: Path, load: TomlLoader = load_toml) -> tuple[dict[str, CheckRule], frozenset[str]]:
    data, raw = load(path)
    top = structure(path, raw, data, _ChecksFile, "consistency rules")
    out = {}
    for i, r in enumerate(top.rule):
        t = structure(path, raw, expect(path, raw, "rule", r, dict, i, "rule"), _CheckTable, "[[rule]]", i, "rule")
        rid = f"{t.kind}/{t.name}"
        if rid in out:  # the second one silently replaced the first
            raise RuleFileError(path, line_of(raw, "name", i, "rule"), f"two rules with the id {rid!r}")
        out[rid] = CheckRule(rid, t.kind, t.level, t.message, t.description)
    for rid in REQUIRED_CHECKS:
        if rid not in out:
            kind, name = rid.split("/")
            raise RuleFileError(path, 1, f'no [[rule]] with kind "{kind}" and name "{name}": the checker reports it '
                                         f'(to silence it, ignore "{rid}" in the configuration)')
    return out, frozenset(top.singular)


_HOLIDAYS = re.compile(r"^[A-Z]{2}(?:-[A-Z0-9]{1,3})?$")


def _holidays(_: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """A validator: a country code, with a subdivision if needed (None: not given)."""
    if value is not None and (not isinstance(value, str) or not _HOLIDAYS.match(value)):
        raise Invalid(attribute.name, f'"holidays" must be a country code, with a subdivision if needed ("US", "US-VT", "BR"), '
                                      f"not {value!r}")


def _day(pending: bool) -> Validator:
    """A validator: an in-force date (None: open), or "pending" (no date yet) where ``pending``."""
    def check(_: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if value is None or (pending and value == "pending"):
            return
        if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
            allowed = 'a date (2023-09-01) or "pending"' if pending else "a date (2023-09-01)"
            raise Invalid(attribute.name, f'"{attribute.name}" must be {allowed}, not {value!r}')
    return check


def _count(_: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """A validator: a number of people (None: no threshold)."""
    if value is not None:
        integer(_, attribute, value)
        if value < 0:
            raise Invalid(attribute.name, f'"{attribute.name}" must not be negative')


def _verified(_: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value != "" and (not isinstance(value, dt.date) or isinstance(value, dt.datetime)):
        raise Invalid("verified", f'"verified" must be a date (2026-12-07), not {value!r}')


def _commentary(_: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    value = [value] if isinstance(value, str) else value
    if not isinstance(value, (list, tuple)) or not all(isinstance(c, str) and c.startswith(("https://", "http://")) for c in value):
        raise Invalid("commentary", '"commentary" must be a web address or a list of them')


def _ordinal(day: Any) -> int | None:
    return day.toordinal() if isinstance(day, dt.date) else None


@attrs.frozen(kw_only=True)
class _RegimeRuleTable:
    """What every ``[[rule]]`` of a regime file says besides its kind's own duty, as written."""

    name: str = attrs.field(validator=string)
    kind: str
    citation: str = attrs.field(validator=string)
    source: str = attrs.field(validator=web_address)
    level: str = attrs.field(default="error", validator=one_of(LEVELS))
    confidence: str = attrs.field(default="confirmed", validator=one_of(CONFIDENCE))
    in_force_from: Any = attrs.field(default=None, validator=_day(pending=True))
    in_force_to: Any = attrs.field(default=None, validator=_day(pending=False))
    affected: str = attrs.field(default="total", validator=one_of(("total", "residents"), '"affected" must be "total" or "residents"'))
    min_affected: Any = attrs.field(default=None, validator=_count)
    max_affected: Any = attrs.field(default=None, validator=_count)
    actor: str = attrs.field(default="", validator=string)
    recipient: str = attrs.field(default="", validator=string)
    recipient_cues: Any = attrs.field(default=None, validator=attrs.validators.optional(words(empty=False)))
    description: str = attrs.field(default="", validator=string)
    quote: str = attrs.field(default="", validator=string)
    verified: Any = attrs.field(default="", validator=_verified)
    commentary: Any = attrs.field(default=(), validator=_commentary)
    why: str = attrs.field(default="", validator=string)

    def __attrs_post_init__(self) -> None:
        if self.confidence == "unsure" and self.level == "error":
            raise Invalid("confidence", 'a rule resting on an unsure fact may not be at level "error" (use "warning" until '
                                        "the fact is checked against the official text)")
        lo, hi = _ordinal(self.in_force_from), _ordinal(self.in_force_to)
        if self.in_force_from == "pending" and hi is not None:
            raise Invalid("in_force_to", 'a "pending" rule has no "in_force_to"')
        if lo is not None and hi is not None and hi < lo:
            raise Invalid("in_force_to", '"in_force_to" is before "in_force_from"')
        if self.min_affected is not None and self.max_affected is not None and self.max_affected < self.min_affected:
            raise Invalid("max_affected", '"max_affected" is below "min_affected"')

    def common(self, regime: str, rid: str, residents: bool) -> dict[str, Any]:
        """The fields deadline and order rules share, for a rule ``rid`` of a regime (with ``residents``
        words or not)."""
        if self.affected == "residents" and not residents:
            raise Invalid("affected", '"affected = "residents"" needs the regime\'s "residents" words')
        return dict(id=rid, regime=regime, level=self.level, citation=self.citation, source=self.source,
                    description=self.description, confidence=self.confidence, actor=self.actor, recipient=self.recipient,
                    in_force_from=_ordinal(self.in_force_from), in_force_to=_ordinal(self.in_force_to),
                    pending=self.in_force_from == "pending", min_affected=self.min_affected,
                    max_affected=self.max_affected, affected=self.affected,
                    recipient_cues=None if self.recipient_cues is None else compile_phrases(self.recipient_cues),
                    quote=self.quote, verified=self.verified.isoformat() if self.verified else "",
                    commentary=(self.commentary,) if isinstance(self.commentary, str) else tuple(self.commentary),
                    why=self.why)


def _amount(inst: _DeadlineTable, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is None:
        if inst.unit != "none":
            raise Invalid("rule", f'[[rule]] "{inst.name}" needs "amount"')
        return
    integer(inst, attribute, value)
    if inst.unit != "none" and value <= 0:
        raise Invalid("amount", '"amount" must be a positive whole number')


def _event_kind(_: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value not in EVENT_KINDS:
        raise Invalid(attribute.name, f'unknown event kind "{value}" in "{attribute.name}"')


@attrs.frozen(kw_only=True)
class _DeadlineTable(_RegimeRuleTable):
    """A ``[[rule]]`` of kind ``deadline`` as written."""

    trigger: str = attrs.field(validator=_event_kind)
    deadline: str = attrs.field(validator=_event_kind)
    unit: str = attrs.field(validator=one_of(UNITS, 'unknown unit "{value}" (known: {known})'))
    amount: Any = attrs.field(default=None, validator=_amount)
    anchor: Any = attrs.field(default=None, validator=attrs.validators.optional(one_of(("year_end",), '"anchor" must be "year_end"')))
    later_triggers: Any = attrs.field(factory=list, validator=_kind_list)
    holidays: Any = attrs.field(default=None, validator=_holidays)
    tolling: Any = attrs.field(default=None, validator=attrs.validators.optional(
        one_of(("law_enforcement", "national_security", "none"),
               '"tolling" must be "law_enforcement", "national_security" or "none"')))
    missing: str = attrs.field(default="info", validator=one_of((*LEVELS, "none")))
    standard: str = attrs.field(default="", validator=string)

    def rule(self, regime: str, rid: str, holidays: str | None, residents: bool) -> DeadlineRule:
        """The rule, under a regime whose calendar is ``holidays`` (a rule may name its own)."""
        cal = self.holidays if self.holidays is not None else holidays
        if self.unit == "business_days" and cal is None:
            raise Invalid("unit", 'business days need "holidays" (the country whose public holidays they skip)')
        return DeadlineRule(**self.common(regime, rid, residents), missing=self.missing, trigger=self.trigger,
                            deadline=self.deadline, amount=self.amount or 0, unit=self.unit, anchor=self.anchor,
                            later_triggers=tuple(self.later_triggers),
                            holidays=cal if self.unit == "business_days" else None, tolling=self.tolling,
                            standard=self.standard)


def _after(inst: _RelationalTable, attribute: attrs.Attribute[Any], value: Any) -> None:
    _kind_list(inst, attribute, value)
    if set(inst.before) & set(value):
        raise Invalid("after", '"before" and "after" name the same event kind')


@attrs.frozen(kw_only=True)
class _RelationalTable(_RegimeRuleTable):
    """A ``[[rule]]`` of kind ``order`` as written."""

    before: Any = attrs.field(validator=_kind_list)
    after: Any = attrs.field(validator=_after)
    strict: bool = attrs.field(default=False, validator=flag)

    def rule(self, regime: str, rid: str, residents: bool) -> RegimeOrderRule:
        return RegimeOrderRule(**self.common(regime, rid, residents), before=tuple(self.before), after=tuple(self.after),
                               strict=self.strict)


def _overlap(a: DeadlineRule, b: DeadlineRule) -> bool:
    lo = max(x for x in (a.in_force_from, b.in_force_from, -1) if x is not None)
    hi = min(x for x in (a.in_force_to, b.in_force_to, 10 ** 7) if x is not None)
    return lo <= hi or a.pending or b.pending


@attrs.frozen
class _CueTable:
    """An ``[[applicability.cue]]`` as written: words that point to the regime, and their weight."""

    words: Any = attrs.field(validator=words())
    weight: int = attrs.field(default=1, validator=integer)


@attrs.frozen
class _ApplicabilityTable:
    """``[applicability]`` as written."""

    threshold: int = attrs.field(default=1, validator=integer)
    cue: Any = attrs.field(factory=list, validator=listing)
    denied: Any = attrs.field(default=None, validator=attrs.validators.optional(words(empty=False)))


@attrs.frozen
class _RegimeFile:
    """A regime file (``regimes/<name>.toml``) as written; its tables are read one by one."""

    regime: str = attrs.field(validator=string)
    title: str = attrs.field(validator=string)
    source: str = attrs.field(validator=string)
    commentary: Any = None  # for its readers; the checker reads none of it
    tolling: Any = attrs.field(default=None, validator=attrs.validators.optional(
        one_of(("law_enforcement",), '"tolling" must be "law_enforcement"')))
    holidays: Any = attrs.field(default=None, validator=_holidays)
    residents: Any = attrs.field(default=None, validator=attrs.validators.optional(words(empty=False)))
    messages: Any = attrs.field(factory=dict, validator=table)
    applicability: Any = attrs.field(factory=dict, validator=table)
    rule: Any = attrs.field(factory=list, validator=listing)


def _versions_agree(path: Path, raw: str, r: dict[str, Any], i: int, rule: DeadlineRule,
                    rules: list[DeadlineRule]) -> None:
    """Refuse a version of a rule in force with another of the same id, or counting otherwise."""
    for other in rules:
        if other.id != rule.id:
            continue
        if _overlap(other, rule):
            key = "in_force_from" if "in_force_from" in r else "in_force_to" if "in_force_to" in r else "name"
            raise RuleFileError(path, line_of(raw, key, i, "rule"),
                                f'two rules with the id "{rule.id}" in force at the same time '
                                "(versions of one rule need in_force_from / in_force_to that do not overlap)")
        if (other.trigger, other.deadline, other.unit == "hours") != (rule.trigger, rule.deadline, rule.unit == "hours"):
            raise RuleFileError(path, line_of(raw, "name", i, "rule"),
                                f'versions of "{rule.id}" must share trigger and deadline, and count in hours in all or none')


def _regime(path: Path, load: TomlLoader = load_toml) -> Regime:
    data, raw = load(path)
    top = structure(path, raw, data, _RegimeFile, "a regime file")
    app = structure(path, raw, top.applicability, _ApplicabilityTable, "[applicability]", 0, "applicability")
    cues = [structure(path, raw, expect(path, raw, "cue", c, dict, i, "applicability.cue"), _CueTable,
                      "[[applicability.cue]]", i, "applicability.cue") for i, c in enumerate(app.cue)]
    rules: list[DeadlineRule] = []
    orders: list[RegimeOrderRule] = []
    for i, r in enumerate(top.rule):
        r = expect(path, raw, "rule", r, dict, i, "rule")
        rid = f"{path.stem}/{expect(path, raw, 'name', r.get('name', ''), str, i, 'rule')}"
        kind, named = r.get("kind"), f'[[rule]] "{r.get("name", "?")}"'
        try:
            if kind == "deadline":
                rule = structure(path, raw, r, _DeadlineTable, "[[rule]]", i, "rule", named).rule(
                    top.regime, rid, top.holidays, top.residents is not None)
                _versions_agree(path, raw, r, i, rule, rules)
                if any(o.id == rid for o in orders):
                    raise RuleFileError(path, line_of(raw, "name", i, "rule"), f'two rules with the id "{rid}"')
                rules.append(rule)
            elif kind == "order":
                if any(x.id == rid for x in rules) or any(x.id == rid for x in orders):
                    raise RuleFileError(path, line_of(raw, "name", i, "rule"), f'two rules with the id "{rid}"')
                orders.append(structure(path, raw, r, _RelationalTable, "[[rule]]", i, "rule", named).rule(
                    top.regime, rid, top.residents is not None))
            elif "kind" not in r:
                raise RuleFileError(path, line_of(raw, "rule", i, "rule"), f'{named} needs "kind"')
            else:
                raise RuleFileError(path, line_of(raw, "kind", i, "rule"),
                                    f'unknown rule kind "{kind}" in a regime (known: deadline, order)')
        except Invalid as exc:  # a check that needs the regime's own tables
            raise RuleFileError(path, line_of(raw, exc.key, i, "rule"), str(exc)) from None
    return Regime(top.regime, top.title, top.source, top.tolling, app.threshold,
                  tuple((c.weight, compile_phrases(c.words)) for c in cues), tuple(rules), tuple(orders),
                  None if top.residents is None else compile_phrases(top.residents),
                  _messages(path, raw, top.messages, complete=False),
                  None if app.denied is None else compile_phrases(app.denied))


@functools.lru_cache(maxsize=8)
def load_rules(directory: Path | None = None) -> RuleSet:
    """Read and validate a rules directory (the shipped one by default); loaded once per process."""
    if directory is None:  # one copy for load_rules(), load_rules(None) and the shipped folder named
        return load_rules(default_rules_dir())
    root = directory
    if not root.is_dir():
        raise RuleFileError(root, 1, "rules directory not found")
    cache = ParseCache(root)
    load = cache.load_toml
    languages = {}
    for p in sorted((root / "lang").glob("*.toml")):
        lang = load_language(p, load)
        languages[lang.code] = lang
    if not languages:
        raise RuleFileError(root / "lang", 1, "no language file (lang/<code>.toml)")
    order = _order(root / "order.toml", load)
    checks, singular = _checks(root / "consistency.toml", load)
    messages = _deadline_messages(root / "deadline.toml", load)
    regimes: dict[str, Regime] = {}
    for p in sorted((root / "regimes").glob("*.toml")):
        reg = _regime(p, load)
        if reg.name in regimes:
            raise RuleFileError(p, line_of(p.read_text(encoding="utf-8"), "regime"), f'regime "{reg.name}" is defined twice')
        regimes[reg.name] = reg
    ids = [r.id for r in order] + list(checks)
    dup = {i for i in ids if ids.count(i) > 1}
    if dup:
        raise RuleFileError(root / "order.toml", 1, f"two rules with the id {sorted(dup)[0]!r}")
    rekind = _rekind(root / "repairs.toml", load)
    content = load_content(root, load)
    cache.save()
    return RuleSet(languages, order, checks, singular, regimes, messages, rekind=rekind, content=content)
