"""Mail-merge placeholders a draft notice still holds: ``<<First Name>>``, ``{{address}}``, ``[DATE]``,
``«Toll_Free»``, ``XX/XX/2024``, ``1-8XX-XXX-XXXX``, ``[insert toll-free number]``.

A placeholder is no fact: where a date or the sender's number should be, the notice does not yet
give it. What each stands for is read from its words against data (``[[placeholder]]`` in
``rules/content.toml``, by language, the first entry whose words it has winning); an entry with
no ``what`` is a field of the reader's own (their name, address, enrolment code), filled in for
each letter by the mail merge, and makes no finding; the entry named "other" says what a
placeholder of no entry's words stands for.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import attrs

from .rulefile import Phrases, compile_phrases, expect, word_index
from .schema import Invalid, string, structure, table

# The shapes of a placeholder (each linear). The bracketed ones hold words to read; the X runs
# stand for a date or a telephone number by their shape alone.
_ANGLE = re.compile(r"<<[ \t]{0,3}([^<>\n]{1,60}?)[ \t]{0,3}>>|\{\{[ \t]{0,3}([^{}\n]{1,60}?)[ \t]{0,3}\}\}")
_GUILLEMET = re.compile(r"«([^\s«»]{1,60})»")  # a Word merge field; a French quotation has spaces or is read as one
_SQUARE = re.compile(r"\[([^\[\]\n]{2,60})\]")
_X_DATE = re.compile(r"(?<![\w/])(?:XX|xx|MM|mm)/(?:XX|xx|DD|dd)/(?:\d{4}|\d{2}|XXXX|xxxx|YYYY|yyyy|20XX)(?![\w/])"
                     r"|\b20XX\b")
_X_PHONE = re.compile(r"(?<![\w-])(?:1-)?(?:\(?(?:8XX|XXX|\d{3})\)?[-. ])?(?:XXX|xxx)[-. ](?:XXXX|xxxx)(?![\w-])")
_SHAPES = ((_X_DATE, "date"), (_X_PHONE, "contact"))
_CONTEXT = 40  # characters before a bare placeholder that say what it fills
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")  # "FirstName" is read as "First Name"


@attrs.frozen
class Slot:
    """One kind of placeholder: its name, what the notice should give in its place ("" for a
    field of the reader's own), and the words that show it, by language."""

    name: str
    what: str
    words: dict[str, Phrases]


@attrs.frozen
class Placeholder:
    """A placeholder found in a notice: where it stands, its text, and what it stands for."""

    start: int
    end: int
    text: str
    what: str


def _by_language(_: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """A validator: ``words``, a table of phrase lists by language, each with a phrase and none blank."""
    if value is None:
        return
    table(_, attribute, value)
    for lang, phrases in value.items():
        if not isinstance(phrases, list) or not phrases or not all(isinstance(w, str) and w.strip() for w in phrases):
            raise Invalid("words", f'"words.{lang}" must be a list of non-empty strings')


@attrs.frozen
class _SlotTable:
    """A ``[[placeholder]]`` of ``rules/content.toml`` as written."""

    name: Any = attrs.field(default=None, validator=attrs.validators.optional(string))
    what: str = attrs.field(default="", validator=string)
    words: Any = attrs.field(default=None, validator=_by_language)

    def __attrs_post_init__(self) -> None:
        if self.name is None or self.words is None:
            raise Invalid("placeholder", '[[placeholder]] needs "name" and "words"')


def load_slots(path: Path, raw: str, entries: Any) -> tuple[Slot, ...]:
    """The ``[[placeholder]]`` entries of ``rules/content.toml``, validated."""
    out = []
    for i, e in enumerate(expect(path, raw, "placeholder", entries, list)):
        t = structure(path, raw, expect(path, raw, "placeholder", e, dict, i, "placeholder"), _SlotTable,
                      "[[placeholder]]", i, "placeholder")
        out.append(Slot(t.name, t.what, {lang: compile_phrases(ws) for lang, ws in t.words.items()}))
    return tuple(out)


def find(text: str, lang: str, slots: Sequence[Slot]) -> tuple[Placeholder, ...]:
    """Every placeholder of ``text`` that stands where the notice should give something (not the
    reader's own fields), in order; one of no entry's words is text still to be written."""
    by_name = {s.name: s for s in slots}
    found: list[Placeholder] = []
    end = 0
    for start, stop, inner, shape, bare in sorted(_candidates(text), key=lambda c: (c[0], -c[1])):
        if start < end:
            continue  # inside one already read ("[XX/XX/2024]")
        slot = by_name.get(shape) if shape else _slot(inner, lang, slots)
        if not shape and (slot is None or slot.name == "other") and len(inner.split()) <= 1:
            # a bare "[insert]" or "[XXXX]": what it fills is said by the words before it on its
            # line ("card number ending in [insert]" is the reader's own)
            line = text.rfind("\n", 0, start) + 1
            slot = _slot(text[max(line, start - _CONTEXT):start], lang, slots) or slot
        if slot is None and not bare:
            continue
        end = stop
        slot = slot or by_name.get("other")
        if slot is not None and slot.what:
            found.append(Placeholder(start, stop, text[start:stop], slot.what))
    return tuple(found)


def _candidates(text: str) -> Iterator[tuple[int, int, str, str, bool]]:
    """(start, end, inner words, shape name or "", whether it is a placeholder whatever its words)
    of each thing shaped like a placeholder."""
    for m in _ANGLE.finditer(text):
        yield m.start(), m.end(), m.group(1) or m.group(2) or "", "", True
    for m in _GUILLEMET.finditer(text):
        yield m.start(), m.end(), m.group(1), "", False
    for m in _SQUARE.finditer(text):
        inner = m.group(1)
        letters = [c for c in inner if c.isalpha()]
        if len(letters) >= 2:  # bare when it instructs, or spells two words or more in capitals ("[ARCHIVED]" is a label)
            capitals = not any(c.islower() for c in letters) and len(inner.split()) >= 2
            yield m.start(), m.end(), inner, "", capitals or _instruction(inner)
    for rx, name in _SHAPES:
        for m in rx.finditer(text):
            yield m.start(), m.end(), m.group(), name, True


def _instruction(inner: str) -> bool:
    """Whether bracketed words tell the writer what to put there ("insert the date")."""
    first = inner.split()[0].lower() if inner.split() else ""
    return first in ("insert", "enter", "add", "include", "describe", "list", "state", "specify", "fill",
                     "indiquer", "insérer", "ajouter", "préciser")


def _slot(inner: str, lang: str, slots: Sequence[Slot]) -> Slot | None:
    """The first entry whose words stand in a placeholder's words (underscores read as spaces)."""
    index = word_index(_CAMEL.sub(" ", inner.replace("_", " ")))
    for s in slots:
        words = s.words.get(lang)
        if words is not None and next(words.finditer(index), None) is not None:
            return s
    return None
