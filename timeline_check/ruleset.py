"""Load and validate the rules directory: languages, order rules, checks, legal regimes.

Every problem is a ``RuleFileError`` naming ``file:line`` before any text is checked.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from string import Formatter
from typing import Any

import attrs

from .lang import Language, load_language
from .rulefile import RuleFileError, alternation, check_keys, expect, line_of, load_toml
from .taxonomy import EVENT_KINDS

LEVELS = ("error", "warning", "info")
UNITS = ("calendar_days",)
CHECK_KINDS = ("conflict", "duration", "date")
ORDER_FIELDS = {"before", "after", "before_cap", "after_cap", "before_date", "after_date"}
CHECK_FIELDS = {"conflict": {"event", "event_cap", "dates"}, "duration": {"phrase", "detail"}, "date": {"detail"}}


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


@attrs.frozen
class CheckRule:
    """A rule of a built-in kind with no pair of events: conflict, duration, date."""

    id: str
    kind: str
    level: str
    message: str
    description: str


@attrs.frozen
class DeadlineRule:
    """``deadline`` no later than ``amount`` units after ``trigger`` (or after its year's end)."""

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
    min_affected: int | None = None
    max_affected: int | None = None


@attrs.frozen(eq=False)
class Regime:
    """A legal regime: when it applies and what deadlines it sets."""

    name: str
    title: str
    source: str
    tolling: str | None
    threshold: int
    cues: tuple[tuple[int, re.Pattern[str]], ...]
    rules: tuple[DeadlineRule, ...]


@attrs.frozen(eq=False)
class RuleSet:
    """Everything in a rules directory."""

    languages: dict[str, Language]
    order: tuple[OrderRule, ...]
    checks: dict[str, CheckRule]
    singular: frozenset[str]
    regimes: dict[str, Regime]

    def all_rules(self) -> list[OrderRule | CheckRule | DeadlineRule]:
        """Every rule, sorted by id."""
        rules: list[OrderRule | CheckRule | DeadlineRule] = [*self.order, *self.checks.values()]
        for r in self.regimes.values():
            rules.extend(r.rules)
        return sorted(rules, key=lambda r: r.id)

    def regime(self, name: str) -> Regime | None:
        """A regime by name, ignoring case."""
        return next((r for k, r in self.regimes.items() if k.lower() == name.lower()), None)


def default_rules_dir() -> Path:
    """The rules shipped in the wheel, or the checkout's ``rules/`` in development."""
    packaged = Path(__file__).resolve().parent / "rules"
    return packaged if packaged.is_dir() else Path(__file__).resolve().parent.parent / "rules"


def _placeholders(path: Path, raw: str, message: str, allowed: set[str], nth: int, block: str) -> None:
    for _, field, _, _ in Formatter().parse(message):
        if field is not None and field not in allowed:
            raise RuleFileError(path, line_of(raw, "message", nth, block),
                                f'unknown placeholder "{{{field}}}" in message (known: {", ".join(sorted(allowed))})')


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


def _order(path: Path) -> tuple[OrderRule, ...]:
    data, raw = load_toml(path)
    check_keys(path, raw, data, ("rule",), "order rules")
    out = []
    for i, r in enumerate(expect(path, raw, "rule", data.get("rule", []), list)):
        check_keys(path, raw, r, ("name", "before", "after", "level", "message", "description", "every"), "[[rule]]", i, "rule")
        for key in ("name", "before", "after", "message"):
            if key not in r:
                raise RuleFileError(path, line_of(raw, "rule", i, "rule"), f'[[rule]] needs "{key}"')
        _placeholders(path, raw, expect(path, raw, "message", r["message"], str, i, "rule"), ORDER_FIELDS, i, "rule")
        out.append(OrderRule(
            id=f"order/{expect(path, raw, 'name', r['name'], str, i, 'rule')}",
            before=_kinds(path, raw, "before", r["before"], i, "rule", star=True,
                          others=_kinds(path, raw, "after", r["after"], i, "rule")),
            after=_kinds(path, raw, "after", r["after"], i, "rule"),
            level=_level(path, raw, "level", r.get("level", "error"), i, "rule"),
            message=r["message"], description=str(r.get("description", "")),
            every=expect(path, raw, "every", r.get("every", False), bool, i, "rule")))
    return tuple(out)


def _checks(path: Path) -> tuple[dict[str, CheckRule], frozenset[str]]:
    data, raw = load_toml(path)
    check_keys(path, raw, data, ("singular", "rule"), "consistency rules")
    singular = _kinds(path, raw, "singular", data.get("singular", []), 0, None)
    out = {}
    for i, r in enumerate(expect(path, raw, "rule", data.get("rule", []), list)):
        check_keys(path, raw, r, ("name", "kind", "level", "message", "description"), "[[rule]]", i, "rule")
        kind = r.get("kind")
        if kind not in CHECK_KINDS:
            raise RuleFileError(path, line_of(raw, "kind", i, "rule"), f'unknown rule kind "{kind}" (known: {", ".join(CHECK_KINDS)})')
        message = expect(path, raw, "message", r.get("message"), str, i, "rule")
        _placeholders(path, raw, message, CHECK_FIELDS[kind], i, "rule")
        rid = f"{kind}/{expect(path, raw, 'name', r.get('name'), str, i, 'rule')}"
        out[rid] = CheckRule(rid, kind, _level(path, raw, "level", r.get("level", "error"), i, "rule"), message,
                             str(r.get("description", "")))
    return out, frozenset(singular)


def _regime(path: Path) -> Regime:
    data, raw = load_toml(path)
    check_keys(path, raw, data, ("regime", "title", "source", "tolling", "applicability", "rule"), "a regime file")
    for key in ("regime", "title", "source"):
        if key not in data:
            raise RuleFileError(path, 1, f'missing required key "{key}"')
    name = expect(path, raw, "regime", data["regime"], str)
    tolling = data.get("tolling")
    if tolling not in (None, "law_enforcement"):
        raise RuleFileError(path, line_of(raw, "tolling"), '"tolling" must be "law_enforcement"')
    app = expect(path, raw, "applicability", data.get("applicability", {}), dict)
    check_keys(path, raw, app, ("threshold", "cue"), "[applicability]")
    cues = []
    for i, c in enumerate(app.get("cue", [])):
        check_keys(path, raw, c, ("weight", "words"), "[[applicability.cue]]", i, "applicability.cue")
        words = expect(path, raw, "words", c.get("words"), list, i, "applicability.cue")
        cues.append((expect(path, raw, "weight", c.get("weight", 1), int, i, "applicability.cue"), re.compile(alternation(words), re.I)))
    rules, seen = [], set()
    keys = ("name", "kind", "level", "missing", "citation", "source", "trigger", "anchor", "deadline",
            "amount", "unit", "min_affected", "max_affected", "description")
    for i, r in enumerate(expect(path, raw, "rule", data.get("rule", []), list)):
        check_keys(path, raw, r, keys, "[[rule]]", i, "rule")
        for key in ("name", "kind", "citation", "source", "trigger", "deadline", "amount", "unit"):
            if key not in r:
                raise RuleFileError(path, line_of(raw, "rule", i, "rule"), f'[[rule]] "{r.get("name", "?")}" needs "{key}"')
        if r["kind"] != "deadline":
            raise RuleFileError(path, line_of(raw, "kind", i, "rule"), f'unknown rule kind "{r["kind"]}" in a regime (known: deadline)')
        if r["unit"] not in UNITS:
            raise RuleFileError(path, line_of(raw, "unit", i, "rule"), f'unknown unit "{r["unit"]}" (known: {", ".join(UNITS)})')
        if r.get("anchor") not in (None, "year_end"):
            raise RuleFileError(path, line_of(raw, "anchor", i, "rule"), '"anchor" must be "year_end"')
        for key in ("trigger", "deadline"):
            if r[key] not in EVENT_KINDS:
                raise RuleFileError(path, line_of(raw, key, i, "rule"), f'unknown event kind "{r[key]}" in "{key}"')
        rid = f"{path.stem}/{expect(path, raw, 'name', r['name'], str, i, 'rule')}"
        if rid in seen:
            raise RuleFileError(path, line_of(raw, "name", i, "rule"), f'two rules with the id "{rid}"')
        seen.add(rid)
        rules.append(DeadlineRule(
            id=rid, regime=name, level=_level(path, raw, "level", r.get("level", "error"), i, "rule"),
            missing=_level(path, raw, "missing", r.get("missing", "info"), i, "rule", extra=("none",)),
            citation=expect(path, raw, "citation", r["citation"], str, i, "rule"),
            source=expect(path, raw, "source", r["source"], str, i, "rule"), trigger=r["trigger"], deadline=r["deadline"],
            amount=expect(path, raw, "amount", r["amount"], int, i, "rule"), unit=r["unit"],
            description=str(r.get("description", "")), anchor=r.get("anchor"),
            min_affected=r.get("min_affected"), max_affected=r.get("max_affected")))
    return Regime(name, expect(path, raw, "title", data["title"], str), expect(path, raw, "source", data["source"], str),
                  tolling, expect(path, raw, "threshold", app.get("threshold", 1), int), tuple(cues), tuple(rules))


@functools.lru_cache(maxsize=8)
def load_rules(directory: Path | None = None) -> RuleSet:
    """Read and validate a rules directory (the shipped one by default)."""
    root = directory or default_rules_dir()
    if not root.is_dir():
        raise RuleFileError(root, 1, "rules directory not found")
    languages = {}
    for p in sorted((root / "lang").glob("*.toml")):
        lang = load_language(p)
        languages[lang.code] = lang
    if not languages:
        raise RuleFileError(root / "lang", 1, "no language file (lang/<code>.toml)")
    order = _order(root / "order.toml")
    checks, singular = _checks(root / "consistency.toml")
    regimes: dict[str, Regime] = {}
    for p in sorted((root / "regimes").glob("*.toml")):
        reg = _regime(p)
        if reg.name in regimes:
            raise RuleFileError(p, line_of(p.read_text(encoding="utf-8"), "regime"), f'regime "{reg.name}" is defined twice')
        regimes[reg.name] = reg
    ids = [r.id for r in order] + list(checks)
    dup = {i for i in ids if ids.count(i) > 1}
    if dup:
        raise RuleFileError(root / "order.toml", 1, f"two rules with the id {sorted(dup)[0]!r}")
    return RuleSet(languages, order, checks, singular, regimes)
