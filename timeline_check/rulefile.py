"""Reading rule files: TOML with ``file:line`` errors, and the phrase mini-syntax.

Rule files are data. Phrases in them are not regular expressions: words match
runs of white space between them, a trailing ``*`` matches a word prefix and
``~`` up to three other words. Every pattern built from them has bounded
repetition only, so matching stays linear in the length of the text.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import sys
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, Protocol

import attrs

from .errors import TimelineCheckError


class RuleFileError(TimelineCheckError):
    """A rule file that cannot be used; ``str()`` is ``file:line: message``."""

    path: str
    line: int

    def __init__(self, path: Path | str, line: int, message: str) -> None:
        super().__init__(message, path, line)


def load_toml(path: Path) -> tuple[dict[str, Any], str]:
    """Parse a TOML file; syntax errors become RuleFileError with their line."""
    raw = read_rule_file(path)
    return parse_toml(path, raw), raw


def read_rule_file(path: Path) -> str:
    """The text of a rule file; a file that cannot be read is a RuleFileError."""
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleFileError(path, 1, f"cannot read rule file: {exc}") from None


def parse_toml(path: Path, raw: str) -> dict[str, Any]:
    """The data of a rule file's text; syntax errors become RuleFileError with their line."""
    import tomllib  # here: a run whose rule files are all in the cache does not load the parser

    try:
        return tomllib.loads(raw)
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"line (\d+)", str(exc))
        raise RuleFileError(path, int(m.group(1)) if m else 1, f"invalid TOML: {exc}") from None


def line_of(raw: str, key: str, nth: int = 0, table: str | None = None) -> int:
    """The line where ``key = ...`` (or ``[key]``) is written, counting from 1; 1 if unknown.

    With ``table``, the key is looked for in the ``nth`` ``[[table]]`` block, or from the
    ``[table]`` header of a file with no such block; without it, ``nth`` counts occurrences of the key."""
    # "[ \t]*", not "\s*": a blank line before a key is not its line
    pat = re.compile(rf"^[ \t]*(?:\"?{re.escape(key)}\"?\s*=|\[\[?{re.escape(key)}\]\]?)", re.M)
    start = 0
    if table is not None:
        heads = list(re.finditer(rf"^[ \t]*\[\[\s*{re.escape(table)}\s*\]\]", raw, re.M))
        if not heads and (one := re.search(rf"^[ \t]*\[\s*{re.escape(table)}\s*\]", raw, re.M)) is not None:
            heads, nth = [one], 0
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
            from difflib import get_close_matches

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


_APOSTROPHES = str.maketrans({"'": "['’]", "’": "['’]"})


@functools.lru_cache(maxsize=None)
def phrase_pattern(phrase: str) -> str:
    """Regex source for one phrase of the mini-syntax (kept: a phrase recurs across lists and
    in the alternations of a list's parts)."""
    parts, tail = _phrase_parts(phrase)
    return "".join(parts) + tail


@functools.lru_cache(maxsize=None)
def _phrase_parts(phrase: str) -> tuple[tuple[str, ...], str]:
    """``phrase_pattern`` as its parts in a row (the first with the word-start test, each
    word but the last with the white space after it, each gap one part) and its word-end test."""
    parts: list[str] = []
    gaps = 0  # "~" words in a row: one repetition of up to three words each (``_gap``)
    for word in [*phrase.split(), ""]:
        if word == "~":
            gaps += 1
            continue
        if gaps:
            parts.append(_gap(gaps))
            gaps = 0
        if not word:
            break
        prefix = word.endswith("*") and len(word) > 1
        core = word[:-1] if prefix else word
        esc = re.escape(core).translate(_APOSTROPHES)
        if prefix:
            esc += r"\w*"
        parts.append(esc + r"\s+")
    if parts and parts[-1].endswith(r"\s+"):
        parts[-1] = parts[-1][: -len(r"\s+")]
    words = phrase.split()
    if parts and words[0][:1].isalnum():
        parts[0] = r"(?<!\w)" + parts[0]
    last = words[-1] if words else ""
    tail = r"(?!\w)" if last[-1:].isalnum() or last.endswith("*") else ""
    return tuple(parts), tail


def _gap(n: int) -> str:
    """``n`` gaps of up to three words, as one lazy repetition of up to ``3 * n`` words: the
    same matches as ``n`` lazy repetitions in a row, which try the same totals, smallest first,
    but through every way of splitting each (a failed match of "access ~ ~ ~ was blocked" tried
    4³ splits at every word count, and cost a quarter of a millisecond)."""
    return rf"(?:[^\s.;:!?]+\s+){{0,{3 * n}}}?"


def alternation(phrases: Iterable[str], scan: bool = True) -> str:
    """One non-capturing alternation of phrases, longest first (so the longest wins); in the
    fast layout below when it is to be searched for (``scan``). A pattern only ever tried
    at a place (``match``) gains nothing from that layout, and compiles in half the time
    without it: the same matches either way."""
    uniq = sorted(set(phrases), key=lambda p: (-len(p), p))
    if not uniq:
        return r"(?!x)x"
    parts = [_phrase_parts(p) for p in uniq]
    return (_by_first_letter(uniq, parts) if scan else None) or _factored(parts)


def _factored(phrases: list[tuple[tuple[str, ...], str]]) -> str:
    r"""``_either`` of the phrases (their parts and word-end tests, in order), a word that opens
    phrases next to each other written once before the alternation of what follows it in each:
    ``a\s+(?:b|c)`` tries what ``a\s+b|a\s+c`` tries, in the same order, since a word and the
    white space after it match in one way only where the rest can follow (the rest opens on no
    white space). Not a gap, which matches in several ways. From fewer characters to compile."""
    out: list[str] = []
    i = 0
    while i < len(phrases):
        parts, tail = phrases[i]
        j = i + 1
        if len(parts) > 1 and parts[0].endswith(r"\s+"):
            while j < len(phrases) and len(phrases[j][0]) > 1 and phrases[j][0][0] == parts[0]:
                j += 1
        if j - i > 1:
            run = phrases[i:j]
            tail = _TAIL if all(t == _TAIL for _, t in run) else ""  # after the run, as ``_either`` writes it
            out.append(parts[0] + _factored([(more[1:], "" if tail else t) for more, t in run]) + tail)
        else:
            out.append("".join(parts) + tail)
        i = j
    return _either(out)


_TAIL = r"(?!\w)"


def _either(patterns: list[str]) -> str:
    r"""``(?:p1|p2|...)``, the word-end test that closes each of a run of patterns written once
    after the run: ``(?:a|b)(?!\w)`` tries what ``a(?!\w)|b(?!\w)`` tries, in the same order
    (a concatenation distributes over an alternation), from fewer characters to compile."""
    out: list[str] = []
    run: list[str] = []

    def close() -> None:
        if len(run) > 2:
            out.append("(?:" + "|".join(p[:-len(_TAIL)] for p in run) + ")" + _TAIL)
        else:
            out.extend(run)
        run.clear()

    for p in patterns:
        if p.endswith(_TAIL):
            run.append(p)
            continue
        close()
        out.append(p)
    close()
    return "(?:" + "|".join(out) + ")"


# Fast layout of alternations. Python's ``re`` tries every branch of an alternation at
# every position of a text; with ``re.I`` it cannot even skip a branch by its first
# letter. The layouts below match exactly the same text (same spans, same branch
# chosen) but begin with one case-sensitive character class, which the engine scans
# for at C speed, so that most positions are rejected without entering the pattern.

_HEAD = r"(?<!\w)"
_HEAD_AFTER = r"(?<!\w[\s\S])"  # _HEAD, tested one character later


def _class(ascii_chars: set[str]) -> str:
    """A case-sensitive class of ``ascii_chars`` and of every non-ASCII character, written as
    the ASCII characters it lacks (``re`` compiles that far faster than a range to U+10FFFF)."""
    lacks, i = [], 0
    while i < 128:
        if chr(i) in ascii_chars:
            i += 1
            continue
        j = i
        while j + 1 < 128 and chr(j + 1) not in ascii_chars:
            j += 1
        lacks.append(_char(i) if i == j else _char(i) + _char(j) if i + 1 == j else f"{_char(i)}-{_char(j)}")
        i = j + 1
    return f"(?-i:[^{''.join(lacks)}])" if lacks else r"[\s\S]"


def _char(i: int) -> str:
    """ASCII character ``i`` in a class: a letter or digit as itself, any other by its code."""
    return chr(i) if chr(i).isalnum() else f"\\x{i:02x}"


@functools.lru_cache(maxsize=None)
def _same_letter(a: str, b: str) -> bool:
    """Whether ``b`` matches ``a`` when case is ignored (an equivalence in ``re``)."""
    return re.fullmatch(re.escape(a), b, re.I) is not None


@functools.lru_cache(maxsize=None)
def _ascii_forms(c: str) -> frozenset[str]:
    """The ASCII characters that match ``c`` when case is ignored."""
    rx = re.compile(re.escape(c), re.I)
    return frozenset(chr(i) for i in range(128) if rx.fullmatch(chr(i)))


def _by_first_letter(phrases: list[str], patterns: list[tuple[tuple[str, ...], str]]) -> str | None:
    """The alternation of ``patterns`` (of ``phrases``, in order: their parts and word-end tests,
    ``_phrase_parts``) in the fast layout, or None when a phrase does not start with a plain character.

    The leading class holds the ASCII forms of every first letter and every non-ASCII
    character; then the word-start test, then for each group of phrases with the same
    first letter (ignoring case) a one-character look-behind picks the branches to try.
    Phrases with different first letters never match at the same place, so grouping
    them changes no match; within a group the longest-first order is kept.
    """
    Item = tuple[str, bool, tuple[str, ...], str]  # first letter, word-start test, the rest's parts, word-end test
    groups: list[tuple[str, list[Item]]] = []
    group_of: dict[str, list[Item]] = {}  # by first letter, once it has been placed
    for phrase, (parts, tail) in zip(phrases, patterns):
        c = phrase.lstrip()[:1]
        first = parts[0] if parts else ""
        head = first.startswith(_HEAD)
        body = first[len(_HEAD):] if head else first
        esc = re.escape(c)
        if not c or c in "'’" or not body.startswith(esc):
            return None
        item = (c, head, (body[len(esc):], *parts[1:]), tail)
        items = group_of.get(c)
        if items is None:
            items = group_of[c] = next((its for rep, its in groups if _same_letter(rep, c)), [])
            if not items:
                groups.append((c, items))
        items.append(item)
    every_head = all(head for _, items in groups for _, head, _, _ in items)

    def guard(c: str, head: bool) -> str:
        return f"(?<={re.escape(c)})" + (_HEAD_AFTER if head and not every_head else "")

    # every phrase ending a word: one word-end test after the whole alternation (see ``_either``)
    every_tail = all(tail == _TAIL for _, items in groups for *_, tail in items)
    branches = []
    for _, items in groups:
        if len({(c, head) for c, head, _, _ in items}) == 1:
            branches.append(guard(*items[0][:2]) + _factored([(rest, "" if every_tail else tail) for *_, rest, tail in items]))
        else:
            branches.append(_either([guard(c, head) + "".join(rest) + ("" if every_tail else tail)
                                     for c, head, rest, tail in items]))
    lead = _class(set().union(*(_ascii_forms(rep) for rep, _ in groups)))
    return ("(?:" + lead + (_HEAD_AFTER if every_head else "") + "(?:" + "|".join(branches) + ")"
            + (_TAIL if every_tail else "") + ")")


def first_letters(phrases: Iterable[str], also: str = "") -> tuple[str, bool]:
    """A character class (regex source) that holds the first character of every match of
    ``alternation(phrases)``, with or without ``re.I``, and the characters ``also``; and
    whether every such match starts a word."""
    chars = set(also)
    word_start = True
    for phrase in set(phrases):
        c = phrase.split()[0][0] if phrase.split() else ""
        if not c or c in "'’~":
            return r"[\s\S]", False
        chars |= _ascii_forms(c)
        word_start = word_start and phrase_pattern(phrase).startswith(_HEAD)
    return _class(chars), word_start


_RUN = re.compile(r"\w+")
# ``re`` with IGNORECASE takes two letters for one when their simple lower-case forms are
# equal, or when they are among the letters sre lists apart (i and dotless ı, s and long ſ, ...):
# ``_CASE_FIX`` maps each of those to the smallest letter of its set (tests/test_word_index.py holds it to ``re``).
# ``fold`` maps a text so that exactly such words compare equal.
_SIMPLE_LOWER = {0x130: "i"}  # İ: str.lower() gives "i̇" (two characters), re's lower "i"
_CASE_FIX = {
    0x131: 0x69, 0x17F: 0x73, 0x3BC: 0xB5, 0x3C3: 0x3C2, 0x3D0: 0x3B2, 0x3D1: 0x3B8, 0x3D5: 0x3C6, 0x3D6: 0x3C0,
    0x3F0: 0x3BA, 0x3F1: 0x3C1, 0x3F5: 0x3B5, 0x1C80: 0x432, 0x1C81: 0x434, 0x1C82: 0x43E, 0x1C83: 0x441, 0x1C84: 0x442,
    0x1C85: 0x442, 0x1C86: 0x44A, 0x1C87: 0x463, 0x1E9B: 0x1E61, 0x1FBE: 0x3B9, 0x1FD3: 0x390, 0x1FE3: 0x3B0, 0xA64B: 0x1C88,
    0xFB06: 0xFB05,
}
_FIXED = re.compile("[" + "".join(map(chr, sorted(_CASE_FIX))) + "]")


def fold(text: str) -> str:
    """A text as ``re`` compares it when case is ignored; each character stays one character."""
    if text.isascii():
        return text.lower()
    folded = text.translate(_SIMPLE_LOWER).lower() if "\u0130" in text else text.lower()
    return folded.translate(_CASE_FIX) if _FIXED.search(folded) else folded


def folds_by_lower(text: str) -> bool:
    """Whether ``fold`` of the text, and of each of its parts, is its ``str.lower()``: no İ (whose
    lower case is two characters), no capital sigma (lowered by its context) and no letter
    ``_CASE_FIX`` maps."""
    return text.isascii() or "\u0130" not in text and "\u03a3" not in text and _FIXED.search(text.lower()) is None


@attrs.frozen(eq=False)
class WordIndex:
    """Where each word run of a text starts, by folded word: built once per text, it lets a
    phrase list be tried only where one of its first words stands (``Phrases.finditer``)."""

    text: str
    at: dict[str, list[int]]
    words: frozenset[str]

    @functools.cached_property
    def ordered(self) -> list[str]:
        """The distinct folded words, sorted: for phrases that open on a word prefix."""
        return sorted(self.at)


def word_index(text: str) -> WordIndex:
    # Folding keeps each character one character, and a word character a word character:
    # the runs of the folded text stand where the text's own runs stand.
    at: dict[str, list[int]] = {}
    for m in _RUN.finditer(fold(text)):
        at.setdefault(m.group(), []).append(m.start())
    return WordIndex(text, at, frozenset(at))


@attrs.frozen(eq=False)
class Phrases:
    """A phrase list that finds its matches in a text from the text's ``WordIndex``.

    Every match of a phrase that opens on a letter or digit starts a word run: the run its
    first word opens with (``heads``) or one beginning with its first word, when that word
    is a prefix (``head_prefixes``). ``heads`` is None when a phrase opens otherwise; then
    the whole text is scanned. ``keys`` holds one word run of every phrase: a match needs
    one of them in the text. None when a phrase has no literal word.

    Everything is worked out from ``phrases`` on first use (``compile_phrases``): most lists
    of most regimes are never searched, and start-up stays fast."""

    phrases: tuple[str, ...]

    @functools.cached_property
    def source(self) -> str:
        """The regex source of the list: one alternation, longest phrase first."""
        return alternation(self.phrases)

    @functools.cached_property
    def _words(self) -> tuple[frozenset[str] | None, frozenset[str] | None, tuple[str, ...]]:
        return _keys_and_heads(self.phrases)

    @functools.cached_property
    def keys(self) -> frozenset[str] | None:
        return self._words[0]

    @functools.cached_property
    def heads(self) -> frozenset[str] | None:
        return self._words[1]

    @functools.cached_property
    def head_prefixes(self) -> tuple[str, ...]:
        return self._words[2]

    @functools.cached_property
    def regex(self) -> re.Pattern[str]:
        """Compiled on first use."""
        return re.compile(self.source, re.I)

    @functools.cached_property
    def gate(self) -> Gate:
        """The list's searches of a text, as ``regex`` gives them, the pattern compiled only once
        the list is searched often (``Gate``)."""
        return Gate(self)

    def finditer(self, index: WordIndex, before: int | None = None) -> Iterator[re.Match[str]]:
        """The matches ``self.regex.finditer(index.text)`` gives, tried at the heads only;
        with ``before``, only those that start before it."""
        if self.heads is None:
            matches = self.regex.finditer(index.text)
            yield from matches if before is None else itertools.takewhile(lambda m: m.start() < before, matches)
            return
        if self.keys is not None and self.keys.isdisjoint(index.words):
            return
        text, end, by_word = index.text, 0, self._by_word
        for pos, word in self._heads_at(index):
            if before is not None and pos >= before:
                return
            if pos >= end:
                rx = by_word.get(word) or self._regex_of(word)
                if rx is not _NONE and (m := rx.match(text, pos)) is not None:
                    end = m.end()
                    yield m

    def match_at(self, text: str, pos: int, endpos: int) -> re.Match[str] | None:
        """``self.regex.match(text, pos, endpos)`` when ``heads`` is not None and no word run
        crosses ``endpos``: only the phrases that open with the word at ``pos`` are tried."""
        run = _RUN.match(text, pos)
        if run is None:
            return None
        word = fold(run.group())
        rx = self._by_word.get(word) or self._regex_of(word)
        return None if rx is _NONE else rx.match(text, pos, endpos)

    def _heads_at(self, index: WordIndex) -> list[tuple[int, str]]:
        """``starts`` with the folded word that stands at each."""
        assert self.heads is not None
        at = index.at
        found = self.heads & index.words
        starts = [(p, w) for w in found for p in at[w]]
        if self.head_prefixes:
            words = index.ordered
            for prefix in self.head_prefixes:
                i = bisect.bisect_left(words, prefix)
                while i < len(words) and words[i].startswith(prefix):
                    if words[i] not in found:
                        starts.extend((p, words[i]) for p in at[words[i]])
                    i += 1
        starts.sort()
        return starts

    def _regex_of(self, word: str) -> _Matcher:
        """The alternation of the phrases that can match where the folded word run ``word``
        stands, built on first use (``_head_matcher``; ``_NONE`` when there are none). A phrase matches only
        where its head stands, so at such a place the whole list's alternation takes the first
        of these, in the same order: the same match, from a far smaller pattern."""
        exact, prefixes = self._heads_of
        phrases = set(exact.get(word, ()))
        phrases.update(p for prefix, ps in prefixes if word.startswith(prefix) for p in ps)
        rx = _head_matcher(tuple(sorted(phrases))) if phrases else _NONE
        rx = self._by_word[word] = rx.placed(self._by_word, word) if isinstance(rx, _PlainHead) else rx
        return rx

    def compile_heads(self) -> None:
        """Compile now the patterns of the words looked up so far (``_regex_of``) that would
        otherwise be compiled once tried often (``_PlainHead``): for a process that checks many texts."""
        for rx in list(self._by_word.values()):
            if isinstance(rx, _PlainHead):
                rx.compile()

    @functools.cached_property
    def _heads_of(self) -> tuple[dict[str, list[str]], list[tuple[str, list[str]]]]:
        """The phrases by the head they open with, and by the word prefix they open with."""
        exact: dict[str, list[str]] = {}
        prefixes: dict[str, list[str]] = {}
        for p in set(self.phrases):
            head = _key_and_head(p)[1]
            if head is not None:
                (prefixes if head[1] else exact).setdefault(head[0], []).append(p)
        return exact, sorted(prefixes.items())

    @functools.cached_property
    def _by_word(self) -> dict[str, _Matcher]:
        return {}

    def starts(self, index: WordIndex) -> list[int]:
        """Where a head of the list stands in the indexed text, in order (``heads`` is not None)."""
        return [p for p, _ in self._heads_at(index)]

    def search(self, index: WordIndex) -> re.Match[str] | None:
        """The first match in the indexed text, or None.

        The match ``self.regex`` finds first, found phrase by phrase: each phrase whose key the
        text has, in the list's order, at the heads before the best match so far. At the first
        place where one matches, the alternation takes the first phrase of its order that does,
        and so does this. A phrase is compiled on its own the first time it is tried: a list
        searched in many texts (a regime's cues) compiles the few phrases they have, not all;
        a plain phrase is never compiled (``plain_span`` reads it from the index), and its match
        is the span it covers (``start``, ``end`` and ``group(0)`` those of the pattern's match)."""
        if self.heads is None or self.keys is None:
            return next(self.finditer(index), None)
        best: re.Match[str] | None = None
        starts: list[int] | None = None
        text, compiled, keyed, by_key = index.text, self._compiled, self._keyed, self._by_key
        present = self.keys & index.words
        order = by_key[next(iter(present))] if len(present) == 1 else sorted(i for k in present for i in by_key[k])
        for phrase in (keyed[i][0] for i in order):
            if (words := plain_words(phrase)) is not None:
                span = plain_span(words, index, None if best is None else best.start())
                best = best if span is None else _SPAN.match(text, *span)
                continue
            rx = compiled.get(phrase)
            if rx is None:
                rx = compiled[phrase] = re.compile(alternation([phrase], scan=False), re.I)
            for pos in starts if starts is not None else (starts := self.starts(index)):
                if best is not None and pos >= best.start():
                    break
                if (m := rx.match(text, pos)) is not None:
                    best = m
                    break
        return best

    @functools.cached_property
    def _keyed(self) -> tuple[tuple[str, str | None], ...]:
        """The phrases in the order of ``alternation``, each with its key (None for a phrase with none)."""
        return tuple((p, _key(p.split())) for p in sorted(set(self.phrases), key=lambda p: (-len(p), p)))

    @functools.cached_property
    def _by_key(self) -> dict[str | None, list[int]]:
        """The places in ``_keyed`` of the phrases of each key, in order."""
        out: dict[str | None, list[int]] = {}
        for i, (_, key) in enumerate(self._keyed):
            out.setdefault(key, []).append(i)
        return out

    @functools.cached_property
    def _compiled(self) -> dict[str, re.Pattern[str]]:
        return {}


def _key(words: list[str]) -> str | None:
    """The longest literal word run of a phrase (its words), folded; None when it has none."""
    runs = [fold(r) for w in words if w != "~" and not w.endswith("*") for r in _RUN.findall(w)]
    return max(runs, key=len) if runs else None


class Pattern(Protocol):
    """What the binder asks of a phrase list's pattern: ``re.Pattern``'s searches, or ``Gate``'s."""

    @property
    def pattern(self) -> str: ...
    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None: ...
    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None: ...
    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None: ...
    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]: ...


_GATED = 400  # the longest part a Gate reads for words; a longer one compiles the list (reading
# it in Python would cost more than the search, and a long sentence would be read again and again)
_READS = 8  # the parts a Gate reads word by word before it compiles its list: a list searched
# that often will be searched again (a batch of texts), and its pattern then costs less per search
_CALLS = 64  # the searches of a Gate after which it compiles its list on the first part that holds
# one of its words (a batch of texts: as if it compiled at once, the later searches at C speed)


class Gate:
    """A phrase list's pattern, compiled only once a list is searched often: until then a searched
    part of a text (up to ``_GATED`` characters) is read for its words. A part that holds none of
    the list's ``keys`` (``Phrases.keys``) finds nothing; in one that does, the phrases that open
    with each word (``Phrases.heads``) are tried where it stands, left to right, as
    ``Phrases.finditer`` tries them (the whole list's pattern matches at a place only what the
    phrases opening there match, in the same order: the same matches); a match at a place reads
    only the word there. After ``_READS`` such reads (or the first after ``_CALLS`` searches), on
    a longer part, or for a list whose phrases do not all open with a word, the list's
    pattern is compiled, and ``into[key]`` (each place ``placed`` gave this gate to) becomes that
    pattern. A text compiles only the lists it searches often, and the small patterns of the
    words it holds."""

    def __init__(self, phrases: Phrases, into: dict[str, Pattern] | None = None, key: str = "") -> None:
        self._phrases = phrases
        self._places: list[tuple[dict[str, Pattern], str]] = [] if into is None else [(into, key)]
        self._rx: re.Pattern[str] | None = None
        self._reads = self._calls = 0

    @property
    def pattern(self) -> str:
        return self._phrases.source

    def placed(self, into: dict[str, Pattern], key: str) -> Pattern:
        """What ``into[key]`` holds: the compiled pattern, or this gate until it compiles one."""
        if self._rx is not None:
            return self._rx
        self._places.append((into, key))
        return self

    def compile(self) -> re.Pattern[str]:
        """The list's pattern, compiled now if it is not yet, and put in place of the gate."""
        rx = self._rx
        if rx is None:
            rx = self._rx = self._phrases.regex
            for into, key in self._places:
                into[key] = rx
            self._places.clear()
        return rx

    def _read(self, string: str, pos: int, endpos: int) -> re.Pattern[str] | list[tuple[int, str]] | None:
        """How to search the part from ``pos`` to ``endpos``: with the list's pattern, at the word
        runs (place, folded run) where a head of the list stands, or not at all (None)."""
        phrases, n = self._phrases, len(string)
        a, b = min(max(pos, 0), n), min(max(endpos, 0), n)
        if b - a > _GATED:
            return self.compile()
        self._calls += 1
        folded, keys = fold(string[a:b]), phrases.keys
        if keys is not None and keys.isdisjoint(_RUN.findall(folded)):
            return None
        heads = phrases.heads
        if heads is None or self._reads >= _READS or self._calls > _CALLS:
            return self.compile()
        self._reads += 1
        prefixes = phrases.head_prefixes
        return [(a + m.start(), w) for m in _RUN.finditer(folded)
                if (w := m.group()) in heads or prefixes and w.startswith(prefixes)]

    def _at(self, word: str) -> _Matcher:
        """The pattern of the phrases that open with the folded word run ``word`` (``_NONE``: none)."""
        phrases = self._phrases
        return phrases._by_word.get(word) or phrases._regex_of(word)

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if self._rx is not None:
            return self._rx.search(string, pos, endpos)
        how = self._read(string, pos, endpos)
        if how is None or isinstance(how, re.Pattern):
            return None if how is None else how.search(string, pos, endpos)
        return next(self._walk(string, how, endpos), None)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if self._rx is not None:
            return self._rx.match(string, pos, endpos)
        rx = self._opening(string, pos, endpos)
        return None if rx is None else rx.match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if self._rx is not None:
            return self._rx.fullmatch(string, pos, endpos)
        rx = self._opening(string, pos, endpos)
        return None if rx is None else rx.fullmatch(string, pos, endpos)

    def _opening(self, string: str, pos: int, endpos: int) -> _Matcher | None:
        """For a match at ``pos``: the pattern of the phrases that open with the word run there
        (as a search that ends at ``endpos`` reads it), or the list's, or None when no phrase can
        open there. Only that word is read, however long the part."""
        phrases = self._phrases
        heads = phrases.heads
        self._calls += 1
        if heads is None or self._reads >= _READS or self._calls > _CALLS:
            return self.compile()
        n = len(string)
        run = _RUN.match(string, min(max(pos, 0), n), min(max(endpos, 0), n))
        if run is None:
            return None
        word = fold(run.group())
        if word not in heads and not (phrases.head_prefixes and word.startswith(phrases.head_prefixes)):
            return None
        self._reads += 1
        return self._at(word)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        if self._rx is not None:
            return self._rx.finditer(string, pos, endpos)
        how = self._read(string, pos, endpos)
        if how is None or isinstance(how, re.Pattern):
            return iter(()) if how is None else how.finditer(string, pos, endpos)
        return self._walk(string, how, endpos)

    def _walk(self, string: str, runs: list[tuple[int, str]], endpos: int) -> Iterator[re.Match[str]]:
        """The matches at the runs, left to right, each after the end of the last."""
        end = 0
        for p, word in runs:
            if p >= end and (m := self._at(word).match(string, p, endpos)) is not None:
                end = m.end()
                yield m


def compile_phrases(phrases: Iterable[str]) -> Phrases:
    """``Phrases`` of a list of phrases (case ignored); the work is done on first use."""
    return Phrases(tuple(phrases))


def _keys_and_heads(phrases: Iterable[str]) -> tuple[frozenset[str] | None, frozenset[str] | None, tuple[str, ...]]:
    """``Phrases.keys``, ``heads`` and ``head_prefixes`` of a list of phrases.

    Each phrase is keyed on its longest literal word run: every such run must stand in a
    text the phrase matches, and the longest is the least common ("texas", not "the"). Its
    head is the word run it opens with (a prefix, for a first word ending in ``*``)."""
    keys: set[str] | None = set()
    heads: set[str] | None = set()
    prefixes: set[str] = set()
    for p in phrases:
        key, head = _key_and_head(p)
        if key is None or keys is None:
            keys = None
        else:
            keys.add(key)
        if head is None or heads is None:
            heads = None
        elif head[1]:
            prefixes.add(head[0])
        else:
            heads.add(head[0])
    return None if keys is None else frozenset(keys), None if heads is None else frozenset(heads), tuple(sorted(prefixes))


@functools.lru_cache(maxsize=None)
def _key_and_head(phrase: str) -> tuple[str | None, tuple[str, bool] | None]:
    """``_key`` and ``_head`` of one phrase (kept: a phrase recurs across lists)."""
    words = phrase.split()
    return _key(words), _head(words)


def _head(words: list[str]) -> tuple[str, bool] | None:
    """The folded word run a phrase (its words) opens with, and whether it is a word prefix
    (a first word ending in ``*``); None when the phrase may start inside a word."""
    first = words[0] if words else ""
    prefix = first.endswith("*") and len(first) > 1
    core = first[:-1] if prefix else first
    run = _RUN.match(core) if core[:1].isalnum() else None  # else no (?<!\w): it may start inside a word
    if run is None:
        return None
    return fold(run.group()), prefix and run.end() == len(core)


_NONE = re.compile(r"(?!x)x")  # no phrase opens with this word


@functools.lru_cache(maxsize=None)
def _alternation_regex(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """``alternation(phrases)``, compiled (case ignored) to be tried at a place only; the same
    few phrases recur across lists."""
    return re.compile(alternation(phrases, scan=False), re.I)


_PLAIN_TRIES = 16  # tries of a _PlainHead before it compiles its alternation (cheaper a try, dearer to build)
_WORD_BEFORE = re.compile(r"\w")


class _PlainHead:
    """Phrases of plain words (``plain_words``) that open with the same word, tried at a place as
    their alternation (``_alternation_regex``) is: the first phrase in its order (longest first)
    whose words stand there in a row, white space between them, each a whole word run (cut at
    ``endpos`` as the pattern's end test sees it), gives the match (its span, as ``Phrases.search``
    gives a plain phrase's). Nothing is compiled until the phrases have been tried
    ``_PLAIN_TRIES`` times; then their alternation is, and takes this one's place in each word
    table (``Phrases._by_word``) that holds it (``placed``)."""

    def __init__(self, phrases: tuple[str, ...]) -> None:
        self._phrases = phrases
        order = sorted(set(phrases), key=lambda p: (-len(p), p))
        self._order = tuple(words for p in order if (words := plain_words(p)) is not None)
        assert len(self._order) == len(order), "every phrase plain"
        self._longest = max(map(len, self._order))
        self._rx: re.Pattern[str] | None = None
        self._tries = 0
        self._places: list[tuple[dict[str, _Matcher], str]] = []

    def placed(self, into: dict[str, _Matcher], word: str) -> _Matcher:
        """What ``into[word]`` holds: the compiled alternation, or this until it is compiled."""
        if self._rx is not None:
            return self._rx
        self._places.append((into, word))
        return self

    def compile(self) -> re.Pattern[str]:
        """The alternation, compiled now if it is not yet, and put in this one's place."""
        rx = self._rx
        if rx is None:
            rx = self._rx = _alternation_regex(self._phrases)
            for into, word in self._places:
                into[word] = rx
            self._places.clear()
        return rx

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._try(string, pos, endpos, whole=False)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._try(string, pos, endpos, whole=True)

    def _try(self, string: str, pos: int, endpos: int, whole: bool) -> re.Match[str] | None:
        self._tries += 1
        if self._rx is not None or self._tries > _PLAIN_TRIES:
            rx = self.compile()
            return rx.fullmatch(string, pos, endpos) if whole else rx.match(string, pos, endpos)
        n = len(string)
        a, b = min(max(pos, 0), n), min(max(endpos, 0), n)
        if a >= b or a and _WORD_BEFORE.match(string, a - 1):  # nothing to match, or a word goes on before
            return None
        words, ends = _words_in_a_row(string, a, b, self._longest)
        for phrase in self._order:
            k = len(phrase)
            if words[:k] == phrase and (not whole or ends[k - 1] == b):
                return _SPAN.match(string, a, ends[k - 1])
        return None


def _words_in_a_row(string: str, pos: int, endpos: int, most: int) -> tuple[tuple[str, ...], list[int]]:
    """The word runs (folded) that stand from ``pos`` in a row, white space between them, up to
    ``most`` of them and before ``endpos``; and where each ends."""
    words: list[str] = []
    ends: list[int] = []
    at = pos
    while len(words) < most:
        if words:
            gap = _SPACES.match(string, at, endpos)
            if gap is None:
                break
            at = gap.end()
        run = _RUN.match(string, at, endpos)
        if run is None:
            break
        at = run.end()
        words.append(fold(run.group()))
        ends.append(at)
    return tuple(words), ends


_Matcher = re.Pattern[str] | _PlainHead  # what is tried where a list's head stands


@functools.lru_cache(maxsize=None)
def _head_matcher(phrases: tuple[str, ...]) -> _Matcher:
    """What tries the phrases (that open with one word) at a place: a ``_PlainHead`` when they are
    all plain words, else their compiled alternation."""
    if all(plain_words(p) is not None for p in phrases):
        return _PlainHead(phrases)
    return _alternation_regex(phrases)


class PhraseScan:
    """Several phrase lists searched in one walk over a text's words: ``matches`` gives what
    ``finditer`` gives for each list, but the places where any list's head stands are sorted
    once, and a list is tried only there, only if the text holds one of its keys. Lists with
    head prefixes, or none, are searched on their own."""

    def __init__(self, lists: tuple[Phrases, ...]) -> None:
        self.lists = lists
        self._alone = tuple(i for i, p in enumerate(lists) if p.heads is None or p.head_prefixes)
        by_head: dict[str, list[int]] = {}
        by_key: dict[str, list[int]] = {}
        unkeyed: list[int] = []
        for i, p in enumerate(lists):
            if i in self._alone:
                continue
            for word in p.heads or ():
                by_head.setdefault(word, []).append(i)
            if p.keys is None:
                unkeyed.append(i)
            for word in p.keys or ():
                by_key.setdefault(word, []).append(i)
        self._by_head = {w: tuple(ls) for w, ls in by_head.items()}
        self._by_key = {w: tuple(ls) for w, ls in by_key.items()}
        self._unkeyed = frozenset(unkeyed)

    def matches(self, index: WordIndex) -> list[list[re.Match[str]]]:
        """For each list, in order, its matches in the indexed text (``Phrases.finditer``)."""
        lists, text, at = self.lists, index.text, index.at
        found: list[list[re.Match[str]]] = [[] for _ in lists]
        for i in self._alone:
            found[i] = list(lists[i].finditer(index))
        keyed = set(self._unkeyed).union(*(self._by_key[w] for w in index.words & self._by_key.keys()))
        ends = [0] * len(lists)
        for pos, word in sorted((p, w) for w in index.words & self._by_head.keys() for p in at[w]):
            for i in self._by_head[word]:
                if pos >= ends[i] and i in keyed:
                    phrases = lists[i]
                    rx = phrases._by_word.get(word) or phrases._regex_of(word)
                    if rx is not _NONE and (m := rx.match(text, pos)) is not None:
                        ends[i] = m.end()
                        found[i].append(m)
        return found


@functools.lru_cache(maxsize=64)
def phrase_scan(lists: tuple[Phrases, ...]) -> PhraseScan:
    """The ``PhraseScan`` of these lists, built once (keyed on the lists themselves, by identity)."""
    return PhraseScan(lists)


# Plain phrases found from the word index, no pattern compiled. A phrase of plain words
# (letters and digits only: no ``*``, ``~``, apostrophe or hyphen) has the pattern
# ``(?<!\w)w1\s+w2...wn(?!\w)``: it matches exactly where word runs folding to w1 ... wn stand
# in a row with nothing but white space between them (a word run ends where ``\w`` stops, so
# ``(?!\w)`` after each word is the run's own end; ``fold`` compares as ``re`` does ignoring case).

_SPACES = re.compile(r"\s+")
_SPAN = re.compile(r"[\s\S]*")  # a Match of the span a plain phrase covers (``_SPAN.match(text, start, end)``)


@functools.lru_cache(maxsize=None)
def plain_words(phrase: str) -> tuple[str, ...] | None:
    """The folded words of a phrase of plain words, or None when the phrase needs its pattern."""
    words = phrase.split()
    return tuple(fold(w) for w in words) if words and all(w.isalnum() for w in words) else None


def plain_span(words: tuple[str, ...], index: WordIndex, before: int | None = None) -> tuple[int, int] | None:
    """The first span where the plain phrase of ``words`` (``plain_words``) matches in the indexed
    text, starting before ``before`` if given: what ``re.search`` of its pattern finds, ignoring case."""
    at = index.at
    places = [at.get(w) for w in words]
    first = places[0]
    if first is None or None in places:
        return None
    text = index.text
    for pos in first:
        if before is not None and pos >= before:
            return None
        end = pos + len(words[0])
        for word, where in zip(words[1:], places[1:]):
            gap = _SPACES.match(text, end)
            if gap is None:
                break
            assert where is not None
            i = bisect.bisect_left(where, gap.end())
            if i == len(where) or where[i] != gap.end():
                break
            end = gap.end() + len(word)
        else:
            return pos, end
    return None


@functools.lru_cache(maxsize=None)
def needed_words(phrase: str) -> frozenset[str] | None:
    """Folded words a text must hold for the phrase to match in it: all its words when it is
    plain, else its key (``Phrases.keys``); None when no word is known to be needed."""
    words = plain_words(phrase)
    if words is not None:
        return frozenset(words)
    key = _key_and_head(phrase)[0]
    return None if key is None else frozenset((key,))
