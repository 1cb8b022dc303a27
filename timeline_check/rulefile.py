"""Reading rule files: TOML with ``file:line`` errors, and the phrase mini-syntax.

Rule files are data. Phrases in them are not regular expressions: words match
runs of white space between them, a trailing ``*`` matches a word prefix and
``~`` up to three other words. Every pattern built from them has bounded
repetition only, so matching stays linear in the length of the text.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Iterable, Mapping, Set
from difflib import get_close_matches
from pathlib import Path
from typing import Any

import attrs


class RuleFileError(Exception):
    """A rule file that cannot be used; ``str()`` is ``file:line: message``."""

    def __init__(self, path: Path | str, line: int, message: str) -> None:
        super().__init__(f"{path}:{line}: {message}")
        self.path = str(path)
        self.line = line


def load_toml(path: Path) -> tuple[dict[str, Any], str]:
    """Parse a TOML file; syntax errors become RuleFileError with their line."""
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleFileError(path, 1, f"cannot read rule file: {exc}") from None
    try:
        return tomllib.loads(raw), raw
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"line (\d+)", str(exc))
        raise RuleFileError(path, int(m.group(1)) if m else 1, f"invalid TOML: {exc}") from None


def line_of(raw: str, key: str, nth: int = 0, table: str | None = None) -> int:
    """The line where ``key = ...`` (or ``[key]``) is written, counting from 1; 1 if unknown.

    With ``table``, the key is looked for in the ``nth`` ``[[table]]`` block; without it,
    ``nth`` counts occurrences of the key."""
    pat = re.compile(rf"^\s*(?:\"?{re.escape(key)}\"?\s*=|\[\[?{re.escape(key)}\]\]?)", re.M)
    start = 0
    if table is not None:
        heads = list(re.finditer(rf"^\s*\[\[\s*{re.escape(table)}\s*\]\]", raw, re.M))
        if nth < len(heads):
            start = heads[nth].start()
            m = pat.search(raw, start)
            return raw.count("\n", 0, (m or heads[nth]).start()) + 1
    for i, m in enumerate(pat.finditer(raw, start)):
        if i == nth:
            return raw.count("\n", 0, m.start()) + 1
    return 1


def check_keys(path: Path, raw: str, table: Mapping[str, Any], allowed: Iterable[str], where: str,
               nth: int = 0, block: str | None = None) -> None:
    """Reject keys not in ``allowed``, suggesting the closest one."""
    allowed = list(allowed)
    for key in table:
        if key not in allowed:
            hint = get_close_matches(key, allowed, n=1)
            tip = f' (did you mean "{hint[0]}"?)' if hint else ""
            raise RuleFileError(path, line_of(raw, key, nth, block), f'unknown key "{key}" in {where}{tip}')


def expect(path: Path, raw: str, key: str, value: Any, kind: type | tuple[type, ...], nth: int = 0,
           block: str | None = None) -> Any:
    """Check a value's type, naming the line on failure."""
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        names = " or ".join(t.__name__ for t in (kind if isinstance(kind, tuple) else (kind,)))
        raise RuleFileError(path, line_of(raw, key, nth, block), f'"{key}" must be {names}, not {type(value).__name__}')
    return value


def phrase_pattern(phrase: str) -> str:
    """Regex source for one phrase of the mini-syntax."""
    parts: list[str] = []
    for word in phrase.split():
        if word == "~":
            parts.append(r"(?:[^\s.;:!?]+\s+){0,3}?")
            continue
        prefix = word.endswith("*") and len(word) > 1
        core = word[:-1] if prefix else word
        esc = re.sub("['’]", "['’]", re.escape(core))
        if prefix:
            esc += r"\w*"
        parts.append(esc + r"\s+")
    body = "".join(parts)
    body = body[: -len(r"\s+")] if body.endswith(r"\s+") else body
    words = phrase.split()
    head = r"(?<!\w)" if words and words[0][:1].isalnum() else ""
    last = words[-1] if words else ""
    tail = r"(?!\w)" if last[-1:].isalnum() or last.endswith("*") else ""
    return head + body + tail


def alternation(phrases: Iterable[str]) -> str:
    """One non-capturing alternation of phrases, longest first (so the longest wins)."""
    uniq = sorted(set(phrases), key=lambda p: (-len(p), p))
    if not uniq:
        return r"(?!x)x"
    return "(?:" + "|".join(phrase_pattern(p) for p in uniq) + ")"


_RUN = re.compile(r"\w+")


def word_set(text: str) -> frozenset[str]:
    """The distinct word runs of a text, lower case: what ``Phrases.search`` filters on."""
    return frozenset(_RUN.findall(text.lower()))


@attrs.frozen(eq=False)
class Phrases:
    """A compiled phrase list that can tell, from the words of a text, that it cannot match.

    ``firsts`` holds the first word run of every phrase: a match needs one of them in the
    text as a whole word run. None when a phrase starts with a wildcard."""

    source: str
    firsts: frozenset[str] | None

    @functools.cached_property
    def regex(self) -> re.Pattern[str]:
        """Compiled on first use: most lists of most regimes are never searched, and start-up stays fast."""
        return re.compile(self.source, re.I)

    def search(self, text: str, words: Set[str] | None = None) -> re.Match[str] | None:
        if words is not None and self.firsts is not None and self.firsts.isdisjoint(words):
            return None
        return self.regex.search(text)


def compile_phrases(phrases: Iterable[str]) -> Phrases:
    """``Phrases`` of a list of phrases (case ignored)."""
    phrases = list(phrases)
    firsts: set[str] | None = set()
    for p in phrases:
        head = p.split()[0] if p.split() else ""
        run = _RUN.search(p.lower())
        if head in ("~",) or head.endswith("*") or run is None or firsts is None:
            firsts = None
            continue
        firsts.add(run.group(0))
    return Phrases(alternation(phrases), None if firsts is None else frozenset(firsts))
