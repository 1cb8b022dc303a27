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
from collections.abc import Iterable, Sequence
from difflib import get_close_matches
from pathlib import Path
from typing import Any

import attrs

from .model import SEVERITY_RANK, Finding

FILENAME = ".timeline-check.toml"
PYPROJECT = "pyproject.toml"
TABLE = "timeline-check"
LEVELS = ("error", "warning", "info")
FAIL_ON = ("error", "warning", "never")
KEYS = ("regimes", "lang", "select", "ignore", "fail-on", "min-level", "rules-dir", "rules")
RULE_KEYS = ("level",)
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*(?:/[A-Za-z0-9_.-]+)*/?")


class ConfigError(Exception):
    """A configuration file that cannot be used; ``str()`` is ``file:line: message``."""

    def __init__(self, path: Path | str, line: int, message: str) -> None:
        shown = os.path.relpath(path) if os.path.isabs(path) else str(path)
        super().__init__(f"{path if shown.startswith('..') else shown}:{line}: {message}")
        self.path = str(path)
        self.line = line


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
            f = attrs.evolve(f, severity=level)
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
                                  f'regimes: unknown regime "{name}" (known: {", ".join(sorted(known.values()))})')
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


def _strings(path: Path, line: int, key: str, value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(path, line, f'"{key}" must be a list of strings, not {_type(value)}')
    return tuple(value)


def _string(path: Path, line: int, key: str, value: Any, choices: Sequence[str] | None = None) -> str:
    if not isinstance(value, str):
        raise ConfigError(path, line, f'"{key}" must be a string, not {_type(value)}')
    if choices is not None and value not in choices:
        raise ConfigError(path, line, f'"{key}" must be one of {", ".join(choices)}, not "{value}"{_hint(value, choices)}')
    return value


def _type(value: Any) -> str:
    return {bool: "a boolean", int: "a number", float: "a number", str: "a string", list: "a list",
            dict: "a table"}.get(type(value), type(value).__name__)


def parse(path: Path, raw: str, table: dict[str, Any], prefix: str = "") -> Config:
    """A ``Config`` from the settings table of a file (``prefix`` is ``tool.timeline-check`` in a pyproject)."""
    base = 0
    if prefix:
        found = _header(raw, prefix)
        base = found if found is not None else 0
    lines: dict[str, int] = {}
    for key in table:
        lines[key] = _key_line(raw, base, key) if key != "rules" else _line_at(raw, base)
    for key in table:
        if key == "rule-dirs":
            raise ConfigError(path, lines[key], 'unknown key "rule-dirs": only one rules directory is supported; '
                                                'name it with "rules-dir"')
        if key not in KEYS:
            raise ConfigError(path, lines[key], f'unknown key "{key}"{_hint(key, KEYS)}')
    settings: dict[str, Any] = {}
    if "regimes" in table:
        settings["regimes"] = _strings(path, lines["regimes"], "regimes", table["regimes"])
    if "lang" in table:
        lang = _string(path, lines["lang"], "lang", table["lang"])
        settings["lang"] = None if lang == "auto" else lang
    for key in ("select", "ignore"):
        if key in table:
            names = _strings(path, lines[key], key, table[key])
            for name in names:
                if name != "ALL" and not _ID.fullmatch(name):
                    raise ConfigError(path, lines[key], f'"{key}": "{name}" is not a rule id or prefix')
            settings[key] = names
    if "fail-on" in table:
        settings["fail_on"] = _string(path, lines["fail-on"], "fail-on", table["fail-on"], FAIL_ON)
    if "min-level" in table:
        settings["min_level"] = _string(path, lines["min-level"], "min-level", table["min-level"], LEVELS)
    if "rules-dir" in table:
        folder = Path(os.path.expanduser(_string(path, lines["rules-dir"], "rules-dir", table["rules-dir"])))
        settings["rules_dir"] = folder if folder.is_absolute() else (path.parent / folder)
    levels: list[tuple[str, str]] = []
    rules = table.get("rules", {})
    if not isinstance(rules, dict):
        raise ConfigError(path, lines["rules"], f'"rules" must be a table of rule ids, not {_type(rules)}')
    for rule, body in rules.items():
        start = _header(raw, f'{prefix + "." if prefix else ""}rules."{rule}"')
        at = _line_at(raw, start) if start is not None else _key_line(raw, base, "rules")
        lines[f"rules.{rule}"] = at
        if not isinstance(body, dict):
            raise ConfigError(path, at, f'rules."{rule}" must be a table (level = ...), not {_type(body)}')
        for key in body:
            if key not in RULE_KEYS:
                line = _key_line(raw, start, key) if start is not None else at
                raise ConfigError(path, line, f'unknown key "{key}" in rules."{rule}"{_hint(key, RULE_KEYS)}')
        if "level" in body:
            line = _key_line(raw, start, "level") if start is not None else at
            levels.append((rule, _string(path, line, "level", body["level"], (*LEVELS, "off"))))
    return Config(path=path, levels=tuple(sorted(levels)), lines=tuple(sorted(lines.items())), **settings)


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
