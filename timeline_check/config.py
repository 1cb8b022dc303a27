"""Configuration: ``[tool.timeline-check]`` in ``pyproject.toml``, or a ``.timeline-check.toml``.

The file is found by walking up from the checked file's folder: in each folder a
``.timeline-check.toml`` wins over a ``pyproject.toml`` (which counts only when it has a
``[tool.timeline-check]`` table); the walk stops after ``$HOME`` or at the filesystem root.
Keys are kebab-case and the same in both files::

    regimes = ["HIPAA"]              # apply these regimes whatever the text says (like --regime)
    lang = "en"                      # auto, or a language code (like --lang)
    select = ["order/", "hipaa/"]    # keep only these rules (ids, or prefixes ending in "/")
    ignore = ["hipaa/media-notice"]  # drop these rules (ids or prefixes)
    fail-on = "warning"              # error, warning or never (like --fail-on)
    min-level = "warning"            # drop findings below this level
    rules-dir = "rules"              # a rules directory instead of the shipped one (like --rules)

    [rules."hipaa/individual-notice"]   # in pyproject: [tool.timeline-check.rules."..."]
    level = "warning"                   # error, warning, info or off

Everything here is pure: a path in, a ``Config`` out, or a ``ConfigError`` whose
``str()`` is ``file:line: message``. Command-line flags override the file.
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from difflib import get_close_matches
from pathlib import Path
from typing import Any, cast

import attrs

from .errors import TimelineCheckError
from .model import SEVERITY_RANK, Finding, Severity
from .schema import Invalid

FILENAME = ".timeline-check.toml"
PYPROJECT = "pyproject.toml"
TABLE = "timeline-check"
LEVELS = ("error", "warning", "info")
FAIL_ON = ("error", "warning", "never")
KEYS = ("regimes", "lang", "select", "ignore", "fail-on", "min-level", "rules-dir", "rules")
RULE_KEYS = ("level",)
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*(?:/[A-Za-z0-9_.-]+)*/?")


class ConfigError(TimelineCheckError):
    """A configuration file that cannot be used; ``str()`` is ``file:line: message`` (the file
    relative to the working folder when it is under it)."""

    path: str
    line: int

    def __init__(self, path: Path | str, line: int, message: str) -> None:
        super().__init__(message, path, line)

    def _shown_path(self) -> str:
        shown = os.path.relpath(self.path) if os.path.isabs(self.path) else self.path
        return self.path if shown.startswith("..") else shown


def matches(rule: str, patterns: Iterable[str]) -> bool:
    """Whether a rule id is named by one of ``patterns``: the id itself, a prefix (``hipaa/``
    or ``hipaa``, which stands for every ``hipaa/...`` rule), or ``ALL``."""
    for p in patterns:
        if p == "ALL" or p == rule or rule.startswith(p.rstrip("/") + "/"):
            return True
    return False


@attrs.frozen
class Config:
    """The settings of one configuration file (or none: every field at its default).

    ``levels`` maps a rule id to the level its findings take (``off`` drops them);
    ``lines`` remembers where each setting is written, for error messages.
    """

    path: Path | None = None
    regimes: tuple[str, ...] = ()
    lang: str | None = None
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    fail_on: str | None = None
    min_level: str | None = None
    rules_dir: Path | None = None
    levels: tuple[tuple[str, str], ...] = ()
    lines: tuple[tuple[str, int], ...] = attrs.field(default=(), eq=False, repr=False)

    def line(self, key: str) -> int:
        """The line where ``key`` (``select``, ``rules.<id>``, ...) is set, 1 if unknown."""
        return dict(self.lines).get(key, 1)

    def keeps(self, rule: str) -> bool:
        """Whether findings of ``rule`` survive ``select``, ``ignore`` and a level of ``off``."""
        if self.select and not matches(rule, self.select):
            return False
        if matches(rule, self.ignore):
            return False
        return dict(self.levels).get(rule) != "off"

    def adjust(self, f: Finding) -> Finding | None:
        """A finding as this configuration wants it: its level overridden, or None when dropped."""
        if not self.keeps(f.rule):
            return None
        level = dict(self.levels).get(f.rule)
        if level is not None and level != f.severity:
            f = attrs.evolve(f, severity=cast(Severity, level))
        if self.min_level is not None and SEVERITY_RANK[f.severity] < SEVERITY_RANK[self.min_level]:
            return None
        return f

    def apply(self, findings: Iterable[Finding]) -> tuple[Finding, ...]:
        """The findings left after ``select``/``ignore``, level overrides and ``min-level``."""
        out = []
        for f in findings:
            g = self.adjust(f)
            if g is not None:
                out.append(g)
        return tuple(out)

    def override(self, *, regimes: Sequence[str] = (), lang: str | None = None, select: Sequence[str] = (),
                 ignore: Sequence[str] = (), fail_on: str | None = None, rules_dir: Path | None = None) -> Config:
        """This configuration with the settings given on the command line put in its place."""
        changes: dict[str, Any] = {}
        if regimes:
            changes["regimes"] = tuple(regimes)
        if lang is not None:
            changes["lang"] = lang
        if select:
            changes["select"] = tuple(select)
        if ignore:
            changes["ignore"] = tuple(ignore)
        if fail_on is not None:
            changes["fail_on"] = fail_on
        if rules_dir is not None:
            changes["rules_dir"] = rules_dir
        return attrs.evolve(self, **changes) if changes else self

    def validate(self, rule_ids: Iterable[str], regimes: Iterable[str], languages: Iterable[str]) -> None:
        """Check the names the file uses against a rule set; ``ConfigError`` at the line of the first unknown one."""
        ids = sorted(set(rule_ids))
        where = str(self.path) if self.path else "<config>"
        for key, names in (("select", self.select), ("ignore", self.ignore)):
            for name in names:
                if name != "ALL" and not any(matches(i, [name]) for i in ids):
                    raise ConfigError(where, self.line(key), f'{key}: unknown rule "{name}"{_hint(name, ids)}')
        for rule, _ in self.levels:
            if rule not in ids:
                raise ConfigError(where, self.line(f"rules.{rule}"), f'rules: unknown rule "{rule}"{_hint(rule, ids)}')
        known = {r.lower(): r for r in regimes}
        for name in self.regimes:
            if name.lower() not in known:
                raise ConfigError(where, self.line("regimes"),
                                  f'regimes: unknown regime "{name}"{_hint(name, sorted(known.values()))} '
                                  f'(known: {", ".join(sorted(known.values()))})')
        langs = sorted(languages)
        if self.lang is not None and self.lang not in langs:
            raise ConfigError(where, self.line("lang"), f'lang: unknown language "{self.lang}" (known: auto, {", ".join(langs)})')


def _hint(name: str, choices: Sequence[str]) -> str:
    close = get_close_matches(name, choices, n=1)
    return f' (did you mean "{close[0]}"?)' if close else ""


# -- reading a file


def _header(raw: str, dotted: str) -> int | None:
    """The offset of the line ``[dotted]`` (white space and quoting around the parts aside)."""
    parts = [re.escape(p) for p in _split_dotted(dotted)]
    pat = r"\s*\.\s*".join(rf"(?:{p}|\"{p}\"|'{p}')" for p in parts)
    m = re.search(rf"^[ \t]*\[[ \t]*{pat}[ \t]*\][ \t]*(?:#.*)?$", raw, re.M)
    return m.start() if m else None


def _split_dotted(dotted: str) -> list[str]:
    return [p.strip('"') for p in re.findall(r'"[^"]*"|[^.]+', dotted)]


def _line_at(raw: str, offset: int) -> int:
    return raw.count("\n", 0, offset) + 1


def _key_line(raw: str, start: int, key: str) -> int:
    m = re.compile(rf"^[ \t]*(?:{re.escape(key)}|\"{re.escape(key)}\"|'{re.escape(key)}')[ \t]*=", re.M).search(raw, start)
    return _line_at(raw, m.start() if m else start)


# -- the settings table: attrs classes that cattrs fills from the TOML table, with validators


class _WrongType(TypeError):
    """A setting of the wrong type: what it must be, and what it is."""

    def __init__(self, expected: str, value: object) -> None:
        super().__init__(f"must be {expected}, not {_type(value)}")
        self.expected = expected
        self.value = value


def _key(attribute: attrs.Attribute[Any]) -> str:
    return attribute.name.replace("_", "-")


def _one_of(*choices: str) -> Any:
    def check(_: object, attribute: attrs.Attribute[Any], value: str | None) -> None:
        if value is not None and value not in choices:
            raise Invalid(_key(attribute), f'"{_key(attribute)}" must be one of {", ".join(choices)}, '
                                            f'not "{value}"{_hint(value, choices)}')
    return check


def _rule_ids(_: object, attribute: attrs.Attribute[Any], value: tuple[str, ...]) -> None:
    for name in value:
        if name != "ALL" and not _ID.fullmatch(name):
            raise Invalid(_key(attribute), f'"{_key(attribute)}": "{name}" is not a rule id or prefix')


@attrs.frozen
class _RuleTable:
    """``[rules."<id>"]``."""

    level: str | None = attrs.field(default=None, validator=_one_of(*LEVELS, "off"))


@attrs.frozen
class _Table:
    """The settings table as written, checked; ``Config`` is what it means."""

    regimes: tuple[str, ...] = ()
    lang: str = "auto"
    select: tuple[str, ...] = attrs.field(default=(), validator=_rule_ids)
    ignore: tuple[str, ...] = attrs.field(default=(), validator=_rule_ids)
    fail_on: str | None = attrs.field(default=None, validator=_one_of(*FAIL_ON))
    min_level: str | None = attrs.field(default=None, validator=_one_of(*LEVELS))
    rules_dir: str | None = None
    rules: dict[str, _RuleTable] = attrs.field(factory=dict)

    def config(self, path: Path, lines: dict[str, int]) -> Config:
        folder = Path(os.path.expanduser(self.rules_dir)) if self.rules_dir is not None else None
        return Config(path=path, regimes=self.regimes, lang=None if self.lang == "auto" else self.lang,
                      select=self.select, ignore=self.ignore, fail_on=self.fail_on, min_level=self.min_level,
                      rules_dir=folder if folder is None or folder.is_absolute() else path.parent / folder,
                      levels=tuple(sorted((rule, t.level) for rule, t in self.rules.items() if t.level is not None)),
                      lines=tuple(sorted(lines.items())))


def _strict(expected: str, kind: type, item: type | None = None) -> Callable[[Any, Any], Any]:
    """A structure hook that takes a value of ``kind`` (its items all ``item``) as it is, and nothing else:
    cattrs on its own would make ``2`` the string ``"2"`` and ``"order/"`` a tuple of letters."""
    def hook(value: Any, _: Any) -> Any:
        items: Any = value  # a name isinstance does not narrow
        if not isinstance(value, kind) or (item is not None and not all(isinstance(v, item) for v in items)):
            raise _WrongType(expected, value)
        return tuple(items) if item is not None else items
    return hook


def _checked(check: Callable[[Any, Any], Any], then: Callable[[Any, Any], Any]) -> Callable[[Any, Any], Any]:
    """A structure hook that runs ``check`` before cattrs' own ``then``."""
    return lambda value, t: then(check(value, t), t)


@functools.cache
def _converter() -> Any:
    """The cattrs converter for the settings table (cattrs imported only when a file has settings)."""
    import cattrs
    from cattrs.gen import make_dict_structure_fn, make_mapping_structure_fn, override

    conv = cattrs.Converter(forbid_extra_keys=True)
    conv.register_structure_hook(str, _strict("a string", str))
    conv.register_structure_hook_func(lambda t: t == tuple[str, ...], _strict("a list of strings", list, str))
    conv.register_structure_hook(_RuleTable, _checked(_strict("a table (level = ...)", dict),
                                                      make_dict_structure_fn(_RuleTable, conv)))
    conv.register_structure_hook_func(lambda t: t == dict[str, _RuleTable], _checked(
        _strict("a table of rule ids", dict), make_mapping_structure_fn(dict[str, _RuleTable], conv)))
    conv.register_structure_hook(_Table, make_dict_structure_fn(
        _Table, conv, fail_on=override(rename="fail-on"), min_level=override(rename="min-level"),
        rules_dir=override(rename="rules-dir")))
    return conv


def _type(value: Any) -> str:
    return {bool: "a boolean", int: "a number", float: "a number", str: "a string", list: "a list",
            dict: "a table"}.get(type(value), type(value).__name__)


def _failures(exc: BaseException, at: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], BaseException]]:
    """The errors inside cattrs' exception groups, each with the keys that lead to it (``rules``, an id, ``level``)."""
    from cattrs.errors import AttributeValidationNote, IterableValidationNote

    where = at
    for note in getattr(exc, "__notes__", ()):
        if isinstance(note, AttributeValidationNote):
            where = (*at, note.name.replace("_", "-"))
        elif isinstance(note, IterableValidationNote):
            where = (*at, str(note.index))
    if isinstance(exc, BaseExceptionGroup):
        for sub in exc.exceptions:
            yield from _failures(sub, where)
    else:
        yield where, exc


def _explain(exc: BaseException, table: dict[str, Any]) -> tuple[tuple[str, ...], str]:
    """The keys of the first thing wrong in a settings table and the message to show for it."""
    from cattrs.errors import ForbiddenExtraKeysError

    failures = list(_failures(exc))
    at, err = next(((a, e) for a, e in failures if isinstance(e, ForbiddenExtraKeysError)), failures[0])
    if isinstance(err, ForbiddenExtraKeysError):
        written = table if not at else table["rules"][at[-1]]
        key = next(k for k in written if k in err.extra_fields)
        if at:
            return (*at, key), f'unknown key "{key}" in rules."{at[-1]}"{_hint(key, RULE_KEYS)}'
        if key == "rule-dirs":
            return (key,), 'unknown key "rule-dirs": only one rules directory is supported; name it with "rules-dir"'
        return (key,), f'unknown key "{key}"{_hint(key, KEYS)}'
    if isinstance(err, Invalid):
        return (*at, err.key), str(err)
    if isinstance(err, _WrongType):
        shown = f'rules."{at[1]}"' if len(at) == 2 else f'"{at[-1]}"'
        return at, f"{shown} {err}"
    raise err


def parse(path: Path, raw: str, table: dict[str, Any], prefix: str = "") -> Config:
    """A ``Config`` from the settings table of a file (``prefix`` is ``tool.timeline-check`` in a pyproject)."""
    found = _header(raw, prefix) if prefix else None
    base = found if found is not None else 0
    rules = table.get("rules")
    heads = {rule: _header(raw, f'{prefix + "." if prefix else ""}rules."{rule}"')
             for rule in (rules if isinstance(rules, dict) else {})}

    def line(keys: tuple[str, ...]) -> int:
        """The line of a key: a top-level one, ``rules``, a rule's table or a key in it."""
        if keys[0] != "rules":
            return _key_line(raw, base, keys[0])
        if len(keys) == 1:
            return _line_at(raw, base)
        start = heads.get(keys[1])
        if start is None:
            return _key_line(raw, base, "rules")
        return _line_at(raw, start) if len(keys) == 2 else _key_line(raw, start, keys[2])

    try:
        settings: _Table = _converter().structure(table, _Table)
    except Exception as exc:  # cattrs reports every failure inside exception groups: show the first
        keys, message = _explain(exc, table)
        raise ConfigError(path, line(keys), message) from None
    lines = {key: line((key,)) for key in table} | {f"rules.{rule}": line(("rules", rule)) for rule in heads}
    return settings.config(path, lines)


def load(path: Path) -> Config:
    """The configuration in ``path``: a ``.timeline-check.toml`` (any other name read the same way)
    or a ``pyproject.toml`` (its ``[tool.timeline-check]`` table; an empty Config without one)."""
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(path, 1, f"cannot read the configuration: {exc}") from None
    import tomllib  # here: a run with no configuration file does not load the parser

    try:
        data = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"line (\d+)", str(exc))
        raise ConfigError(path, int(m.group(1)) if m else 1, f"invalid TOML: {exc}") from None
    if path.name == PYPROJECT:
        tool = data.get("tool", {})
        table = tool.get(TABLE) if isinstance(tool, dict) else None
        if table is None:
            return Config(path=path)
        if not isinstance(table, dict):
            raise ConfigError(path, _key_line(raw, 0, TABLE), f'"tool.{TABLE}" must be a table')
        return parse(path, raw, table, f"tool.{TABLE}")
    return parse(path, raw, data)


def _has_table(pyproject: Path) -> bool:
    """Whether a pyproject.toml has a ``[tool.timeline-check]`` table (a cheap look before parsing)."""
    try:
        raw = pyproject.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    return re.search(r"^[ \t]*\[[ \t]*tool[ \t]*\.[ \t]*[\"']?timeline-check", raw, re.M) is not None or (
        re.search(r"^[ \t]*tool[ \t]*\.[ \t]*[\"']?timeline-check", raw, re.M) is not None)


def find(start: Path, home: Path | None = None) -> Path | None:
    """The configuration file that governs ``start`` (a file or a folder), or None.

    Walks up from ``start``'s folder; in each folder ``.timeline-check.toml`` first, then a
    ``pyproject.toml`` with a ``[tool.timeline-check]`` table. Stops after ``home``
    (``$HOME`` by default) or at the filesystem root.
    """
    home = (home if home is not None else Path(os.path.expanduser("~"))).resolve()
    folder = start.resolve()
    if not folder.is_dir():
        folder = folder.parent
    while True:
        own = folder / FILENAME
        if own.is_file():
            return own
        py = folder / PYPROJECT
        if py.is_file() and _has_table(py):
            return py
        if folder == home or folder.parent == folder:
            return None
        folder = folder.parent


@functools.lru_cache(maxsize=256)
def load_cached(path: Path, stamp: tuple[int, int]) -> Config:
    """``load``, read once per file and version (``stamp`` is its modification time and size)."""
    return load(path)


def for_path(path: str, home: Path | None = None) -> Config:
    """The configuration of a checked path (``-`` stands for the current folder): found, loaded, or empty."""
    found = find(Path.cwd() if path == "-" else Path(path), home)
    if found is None:
        return Config()
    st = found.stat()
    return load_cached(found, (st.st_mtime_ns, st.st_size))
