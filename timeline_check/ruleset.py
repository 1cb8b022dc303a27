"""Load and validate the rules directory: languages, order rules, checks, legal regimes.

Every problem is a ``RuleFileError`` naming ``file:line`` before any text is checked.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from pathlib import Path
from string import Formatter
from typing import Any

import attrs

from .lang import Language, TomlLoader, load_language
from .rulecache import ParseCache
from .rulefile import Phrases, RuleFileError, check_keys, compile_phrases, expect, line_of, load_toml
from .schema import Invalid, Validator, flag, listed, one_of, string, strings, structure, template
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


def _placeholders(path: Path, raw: str, message: str, allowed: set[str] | frozenset[str], nth: int, block: str,
                  line: int | None = None) -> None:
    """Refuse a placeholder not in ``allowed``, at the line of the ``message`` key (or ``line``)."""
    try:
        fields = [field for _, field, _, _ in Formatter().parse(message)]
    except ValueError as exc:  # a lone "{" or "}"
        raise RuleFileError(path, line or line_of(raw, "message", nth, block), f"bad message template: {exc}") from None
    for field in fields:
        if field is not None and field not in allowed:
            known = ", ".join(sorted(allowed)) or "none"
            raise RuleFileError(path, line or line_of(raw, "message", nth, block),
                                f'unknown placeholder "{{{field}}}" in message (known: {known})')


def _table_line(raw: str, table: str, key: str) -> int:
    """The line of ``key = ...`` in the ``[table]`` of a file (of the header when the key is not found)."""
    head = re.search(rf"^\s*\[\s*{re.escape(table)}\s*\]", raw, re.M)
    if head is None:
        return 1
    m = re.compile(rf"^\s*\"?{re.escape(key)}\"?\s*=", re.M).search(raw, head.end())
    return raw.count("\n", 0, (m or head).start()) + 1


def _messages(path: Path, raw: str, table: Any, complete: bool) -> dict[str, str]:
    """The deadline message templates of a ``[messages]`` table, their placeholders checked;
    with ``complete``, every template must be there."""
    table = expect(path, raw, "messages", table, dict)
    check_keys(path, raw, table, DEADLINE_MESSAGES, "[messages]")
    out = {}
    for key, text in table.items():
        line = _table_line(raw, "messages", key)
        if not isinstance(text, str):
            raise RuleFileError(path, line, f'messages."{key}" must be a string, not {type(text).__name__}')
        _placeholders(path, raw, text, DEADLINE_MESSAGES[key], 0, "messages", line)
        out[key] = text
    missing = [k for k in DEADLINE_MESSAGES if k not in out]
    if complete and missing:
        raise RuleFileError(path, _table_line(raw, "messages", missing[0]), f'[messages] needs "{missing[0]}"')
    return out


def _deadline_messages(path: Path, load: TomlLoader = load_toml) -> dict[str, str]:
    """The default deadline message templates (``deadline.toml``)."""
    data, raw = load(path)
    check_keys(path, raw, data, ("messages",), "deadline messages")
    return _messages(path, raw, data.get("messages", {}), complete=True)


def _level(path: Path, raw: str, key: str, value: Any, nth: int, block: str, extra: tuple[str, ...] = ()) -> str:
    if value not in LEVELS + extra:
        allowed = ", ".join(LEVELS + extra)
        raise RuleFileError(path, line_of(raw, key, nth, block), f'"{key}" must be one of {allowed}, not {value!r}')
    return str(value)


def _kinds(path: Path, raw: str, key: str, value: Any, nth: int, block: str | None, star: bool = False,
           others: tuple[str, ...] = ()) -> tuple[str, ...]:
    """Event kinds named by a rule; ``*`` (where allowed) is every kind but ``others``."""
    expect(path, raw, key, value, list, nth, block)
    for k in value:
        if not (k in EVENT_KINDS or (star and k == "*")):
            raise RuleFileError(path, line_of(raw, key, nth, block), f'unknown event kind "{k}" in "{key}"')
    return tuple(k for k in EVENT_KINDS if k not in others) if "*" in value else tuple(value)


def _rekind(path: Path, load: TomlLoader = load_toml) -> dict[str, tuple[str, ...]]:
    """The kinds a date of each kind is tried as when a contradiction is repaired (none without the file)."""
    if not path.is_file():
        return {}
    data, raw = load(path)
    check_keys(path, raw, data, ("rekind",), "repair rules")
    table = expect(path, raw, "rekind", data.get("rekind", {}), dict)
    out: dict[str, tuple[str, ...]] = {}
    for key, kinds in table.items():
        if key not in EVENT_KINDS:
            raise RuleFileError(path, line_of(raw, key, 0, "rekind"), f'unknown event kind "{key}"')
        out[key] = _kinds(path, raw, key, kinds, 0, "rekind")
        if key in out[key]:
            raise RuleFileError(path, line_of(raw, key, 0, "rekind"), f'"{key}" is tried as itself')
    return out


def _event_kinds(star: bool = False) -> Validator:
    """Event kinds named by a rule; ``*`` (where allowed) is every kind but the rule's others."""
    def check(_: Any, attribute: attrs.Attribute[Any], value: tuple[str, ...]) -> None:
        for k in value:
            if not (k in EVENT_KINDS or (star and k == "*")):
                raise Invalid(attribute.name, f'unknown event kind "{k}" in "{attribute.name}"')
    return check


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


def _order(path: Path, load: TomlLoader = load_toml) -> tuple[OrderRule, ...]:
    data, raw = load(path)
    check_keys(path, raw, data, ("rule",), "order rules")
    out: list[OrderRule] = []
    for i, r in enumerate(expect(path, raw, "rule", data.get("rule", []), list)):
        rule = structure(path, raw, expect(path, raw, "rule", r, dict, i, "rule"), _OrderTable, "[[rule]]", i, "rule").rule()
        if any(o.id == rule.id for o in out):  # named at the second one, not at line 1
            raise RuleFileError(path, line_of(raw, "name", i, "rule"), f"two rules with the id {rule.id!r}")
        out.append(rule)
    return tuple(out)


def _checks(path: Path, load: TomlLoader = load_toml) -> tuple[dict[str, CheckRule], frozenset[str]]:
    data, raw = load(path)
    check_keys(path, raw, data, ("singular", "rule"), "consistency rules")
    singular = _kinds(path, raw, "singular", data.get("singular", []), 0, None)
    out = {}
    for i, r in enumerate(expect(path, raw, "rule", data.get("rule", []), list)):
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
    return out, frozenset(singular)


_HOLIDAYS = re.compile(r"^[A-Z]{2}(?:-[A-Z0-9]{1,3})?$")
_DEADLINE_KEYS = ("name", "kind", "level", "missing", "confidence", "citation", "source", "actor", "recipient",
                  "recipient_cues", "trigger", "later_triggers", "anchor", "deadline", "amount", "unit", "standard", "holidays",
                  "tolling", "min_affected", "max_affected", "affected", "in_force_from", "in_force_to", "description",
                  "quote", "verified", "commentary", "why")
_ORDER_KEYS = ("name", "kind", "level", "confidence", "citation", "source", "actor", "recipient", "recipient_cues",
               "before", "after", "strict", "min_affected", "max_affected", "affected", "in_force_from",
               "in_force_to", "description", "quote", "verified", "commentary", "why")


def _day(path: Path, raw: str, key: str, value: Any, nth: int, pending_ok: bool) -> tuple[int | None, bool]:
    """An in-force date: a TOML date, or "pending" (no date yet) where allowed."""
    if value is None:
        return None, False
    if pending_ok and value == "pending":
        return None, True
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        allowed = 'a date (2023-09-01) or "pending"' if pending_ok else "a date (2023-09-01)"
        raise RuleFileError(path, line_of(raw, key, nth, "rule"), f'"{key}" must be {allowed}, not {value!r}')
    return value.toordinal(), False


def _count(path: Path, raw: str, key: str, value: Any, nth: int) -> int | None:
    if value is None:
        return None
    n = expect(path, raw, key, value, int, nth, "rule")
    if n < 0:
        raise RuleFileError(path, line_of(raw, key, nth, "rule"), f'"{key}" must not be negative')
    return int(n)


def _words_of(path: Path, raw: str, key: str, value: Any, nth: int, block: str | None) -> Phrases | None:
    if value is None:
        return None
    expect(path, raw, key, value, list, nth, block)
    if not value or not all(isinstance(w, str) and w.strip() for w in value):
        raise RuleFileError(path, line_of(raw, key, nth, block), f'"{key}" must be a list of non-empty strings')
    return compile_phrases(value)


def _provenance(path: Path, raw: str, r: dict[str, Any], i: int) -> dict[str, Any]:
    """A rule's quote of the law, the day it was checked, its secondary sources and why it is unsure."""
    verified = r.get("verified", "")
    if verified != "" and (not isinstance(verified, dt.date) or isinstance(verified, dt.datetime)):
        raise RuleFileError(path, line_of(raw, "verified", i, "rule"), f'"verified" must be a date (2026-12-07), not {verified!r}')
    commentary = r.get("commentary", [])
    commentary = [commentary] if isinstance(commentary, str) else commentary
    if not isinstance(commentary, list) or not all(isinstance(c, str) and c.startswith(("https://", "http://"))
                                                   for c in commentary):
        raise RuleFileError(path, line_of(raw, "commentary", i, "rule"), '"commentary" must be a web address or a list of them')
    return dict(quote=expect(path, raw, "quote", r.get("quote", ""), str, i, "rule"),
                verified=verified.isoformat() if verified else "", commentary=tuple(commentary),
                why=expect(path, raw, "why", r.get("why", ""), str, i, "rule"))


def _common(path: Path, raw: str, r: dict[str, Any], i: int, residents: bool) -> dict[str, Any]:
    """Fields deadline and order rules share, validated."""
    for key in ("name", "citation", "source"):
        if key not in r:
            raise RuleFileError(path, line_of(raw, "rule", i, "rule"), f'[[rule]] "{r.get("name", "?")}" needs "{key}"')
    level = _level(path, raw, "level", r.get("level", "error"), i, "rule")
    confidence = r.get("confidence", "confirmed")
    if confidence not in CONFIDENCE:
        raise RuleFileError(path, line_of(raw, "confidence", i, "rule"),
                            f'"confidence" must be one of {", ".join(CONFIDENCE)}, not {confidence!r}')
    if confidence == "unsure" and level == "error":
        raise RuleFileError(path, line_of(raw, "confidence", i, "rule"),
                            'a rule resting on an unsure fact may not be at level "error" (use "warning" until '
                            "the fact is checked against the official text)")
    lo, pending = _day(path, raw, "in_force_from", r.get("in_force_from"), i, True)
    hi, _ = _day(path, raw, "in_force_to", r.get("in_force_to"), i, False)
    if pending and hi is not None:
        raise RuleFileError(path, line_of(raw, "in_force_to", i, "rule"), 'a "pending" rule has no "in_force_to"')
    if lo is not None and hi is not None and hi < lo:
        raise RuleFileError(path, line_of(raw, "in_force_to", i, "rule"), '"in_force_to" is before "in_force_from"')
    affected = r.get("affected", "total")
    if affected not in ("total", "residents"):
        raise RuleFileError(path, line_of(raw, "affected", i, "rule"), '"affected" must be "total" or "residents"')
    if affected == "residents" and not residents:
        raise RuleFileError(path, line_of(raw, "affected", i, "rule"),
                            '"affected = "residents"" needs the regime\'s "residents" words')
    lo_n, hi_n = _count(path, raw, "min_affected", r.get("min_affected"), i), _count(path, raw, "max_affected", r.get("max_affected"), i)
    if lo_n is not None and hi_n is not None and hi_n < lo_n:
        raise RuleFileError(path, line_of(raw, "max_affected", i, "rule"), '"max_affected" is below "min_affected"')
    source = expect(path, raw, "source", r["source"], str, i, "rule")
    if not source.startswith(("https://", "http://")):
        raise RuleFileError(path, line_of(raw, "source", i, "rule"), '"source" must be a web address (https://...)')
    return dict(level=level, confidence=confidence, in_force_from=lo, in_force_to=hi, pending=pending,
                **_provenance(path, raw, r, i),
                affected=affected, min_affected=lo_n, max_affected=hi_n, source=source,
                citation=expect(path, raw, "citation", r["citation"], str, i, "rule"),
                actor=expect(path, raw, "actor", r.get("actor", ""), str, i, "rule"),
                recipient=expect(path, raw, "recipient", r.get("recipient", ""), str, i, "rule"),
                recipient_cues=_words_of(path, raw, "recipient_cues", r.get("recipient_cues"), i, "rule"),
                description=expect(path, raw, "description", r.get("description", ""), str, i, "rule"))


def _deadline(path: Path, raw: str, r: dict[str, Any], i: int, name: str, holidays: str | None,
              residents: bool) -> DeadlineRule:
    check_keys(path, raw, r, _DEADLINE_KEYS, "[[rule]]", i, "rule")
    need = ("name", "kind", "citation", "source", "trigger", "deadline", "unit")
    for key in need + (() if r.get("unit") == "none" else ("amount",)):
        if key not in r:
            raise RuleFileError(path, line_of(raw, "rule", i, "rule"), f'[[rule]] "{r.get("name", "?")}" needs "{key}"')
    common = _common(path, raw, r, i, residents)
    if r["unit"] not in UNITS:
        raise RuleFileError(path, line_of(raw, "unit", i, "rule"), f'unknown unit "{r["unit"]}" (known: {", ".join(UNITS)})')
    amount = expect(path, raw, "amount", r.get("amount", 0), int, i, "rule")
    if r["unit"] != "none" and amount <= 0:
        raise RuleFileError(path, line_of(raw, "amount", i, "rule"), '"amount" must be a positive whole number')
    if r.get("anchor") not in (None, "year_end"):
        raise RuleFileError(path, line_of(raw, "anchor", i, "rule"), '"anchor" must be "year_end"')
    for key in ("trigger", "deadline"):
        if r[key] not in EVENT_KINDS:
            raise RuleFileError(path, line_of(raw, key, i, "rule"), f'unknown event kind "{r[key]}" in "{key}"')
    cal = r.get("holidays", holidays)
    if cal is not None and (not isinstance(cal, str) or not _HOLIDAYS.match(cal)):
        raise RuleFileError(path, line_of(raw, "holidays", i, "rule"),
                            f'"holidays" must be a country code, with a subdivision if needed ("US", "US-VT", "BR"), not {cal!r}')
    if r["unit"] == "business_days" and cal is None:
        raise RuleFileError(path, line_of(raw, "unit", i, "rule"),
                            'business days need "holidays" (the country whose public holidays they skip)')
    tolling = r.get("tolling")
    if tolling not in (None, "law_enforcement", "none"):
        raise RuleFileError(path, line_of(raw, "tolling", i, "rule"), '"tolling" must be "law_enforcement" or "none"')
    return DeadlineRule(
        id=name, regime="", level=common["level"],
        missing=_level(path, raw, "missing", r.get("missing", "info"), i, "rule", extra=("none",)),
        citation=common["citation"], source=common["source"], trigger=r["trigger"], deadline=r["deadline"],
        amount=amount, unit=r["unit"], description=common["description"], anchor=r.get("anchor"),
        later_triggers=_kinds(path, raw, "later_triggers", r.get("later_triggers", []), i, "rule"),
        min_affected=common["min_affected"], max_affected=common["max_affected"], confidence=common["confidence"],
        actor=common["actor"], recipient=common["recipient"], in_force_from=common["in_force_from"],
        in_force_to=common["in_force_to"], pending=common["pending"],
        holidays=cal if r["unit"] == "business_days" else None, recipient_cues=common["recipient_cues"],
        tolling=tolling, affected=common["affected"], quote=common["quote"], verified=common["verified"],
        commentary=common["commentary"], why=common["why"],
        standard=expect(path, raw, "standard", r.get("standard", ""), str, i, "rule"))


def _relational(path: Path, raw: str, r: dict[str, Any], i: int, name: str, residents: bool) -> RegimeOrderRule:
    check_keys(path, raw, r, _ORDER_KEYS, "[[rule]]", i, "rule")
    for key in ("before", "after"):
        if key not in r:
            raise RuleFileError(path, line_of(raw, "rule", i, "rule"), f'[[rule]] "{r.get("name", "?")}" needs "{key}"')
    common = _common(path, raw, r, i, residents)
    before = _kinds(path, raw, "before", r["before"], i, "rule")
    after = _kinds(path, raw, "after", r["after"], i, "rule")
    if set(before) & set(after):
        raise RuleFileError(path, line_of(raw, "after", i, "rule"), '"before" and "after" name the same event kind')
    return RegimeOrderRule(
        id=name, regime="", level=common["level"], citation=common["citation"], source=common["source"],
        before=before, after=after, description=common["description"],
        strict=expect(path, raw, "strict", r.get("strict", False), bool, i, "rule"),
        confidence=common["confidence"], actor=common["actor"], recipient=common["recipient"],
        in_force_from=common["in_force_from"], in_force_to=common["in_force_to"], pending=common["pending"],
        min_affected=common["min_affected"], max_affected=common["max_affected"],
        recipient_cues=common["recipient_cues"], affected=common["affected"], quote=common["quote"],
        verified=common["verified"], commentary=common["commentary"], why=common["why"])


def _overlap(a: DeadlineRule, b: DeadlineRule) -> bool:
    lo = max(x for x in (a.in_force_from, b.in_force_from, -1) if x is not None)
    hi = min(x for x in (a.in_force_to, b.in_force_to, 10 ** 7) if x is not None)
    return lo <= hi or a.pending or b.pending


def _cues(path: Path, raw: str, app: dict[str, Any]) -> list[tuple[int, Phrases]]:
    """The [[applicability.cue]] tables: words, each list with its weight."""
    cues = []
    for i, c in enumerate(app.get("cue", [])):
        check_keys(path, raw, c, ("weight", "words"), "[[applicability.cue]]", i, "applicability.cue")
        words = expect(path, raw, "words", c.get("words"), list, i, "applicability.cue")
        if not all(isinstance(w, str) and w.strip() for w in words):  # was an AttributeError
            raise RuleFileError(path, line_of(raw, "words", i, "applicability.cue"),
                                '"words" must be a list of non-empty strings')
        cues.append((expect(path, raw, "weight", c.get("weight", 1), int, i, "applicability.cue"), compile_phrases(words)))
    return cues


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
    check_keys(path, raw, data, ("regime", "title", "source", "commentary", "tolling", "holidays", "residents",
                                 "messages", "applicability", "rule"),
               "a regime file")
    for key in ("regime", "title", "source"):
        if key not in data:
            raise RuleFileError(path, 1, f'missing required key "{key}"')
    name = expect(path, raw, "regime", data["regime"], str)
    tolling = data.get("tolling")
    if tolling not in (None, "law_enforcement"):
        raise RuleFileError(path, line_of(raw, "tolling"), '"tolling" must be "law_enforcement"')
    holidays = data.get("holidays")
    if holidays is not None and (not isinstance(holidays, str) or not _HOLIDAYS.match(holidays)):
        raise RuleFileError(path, line_of(raw, "holidays"), f'"holidays" must be a country code ("US", "US-VT", "BR"), not {holidays!r}')
    residents = _words_of(path, raw, "residents", data.get("residents"), 0, None)
    app = expect(path, raw, "applicability", data.get("applicability", {}), dict)
    check_keys(path, raw, app, ("threshold", "cue", "denied"), "[applicability]")
    cues = _cues(path, raw, app)
    rules: list[DeadlineRule] = []
    orders: list[RegimeOrderRule] = []
    for i, r in enumerate(expect(path, raw, "rule", data.get("rule", []), list)):
        rid = f"{path.stem}/{expect(path, raw, 'name', r.get('name', ''), str, i, 'rule')}"
        kind = r.get("kind")
        if kind == "deadline":
            rule = attrs.evolve(_deadline(path, raw, r, i, rid, holidays, residents is not None), regime=name)
            _versions_agree(path, raw, r, i, rule, rules)
            if any(o.id == rid for o in orders):
                raise RuleFileError(path, line_of(raw, "name", i, "rule"), f'two rules with the id "{rid}"')
            rules.append(rule)
        elif kind == "order":
            if any(x.id == rid for x in rules) or any(x.id == rid for x in orders):
                raise RuleFileError(path, line_of(raw, "name", i, "rule"), f'two rules with the id "{rid}"')
            orders.append(attrs.evolve(_relational(path, raw, r, i, rid, residents is not None), regime=name))
        elif "kind" not in r:
            raise RuleFileError(path, line_of(raw, "rule", i, "rule"), f'[[rule]] "{r.get("name", "?")}" needs "kind"')
        else:
            raise RuleFileError(path, line_of(raw, "kind", i, "rule"),
                                f'unknown rule kind "{kind}" in a regime (known: deadline, order)')
    return Regime(name, expect(path, raw, "title", data["title"], str), expect(path, raw, "source", data["source"], str),
                  tolling, expect(path, raw, "threshold", app.get("threshold", 1), int), tuple(cues), tuple(rules),
                  tuple(orders), residents, _messages(path, raw, data.get("messages", {}), complete=False),
                  _words_of(path, raw, "denied", app.get("denied"), 0, None))


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
