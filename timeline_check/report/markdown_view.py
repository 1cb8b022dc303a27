"""How the HTML report shows a Markdown text: its markup characters hidden, its headings and
emphasis styled, every other character at its own offset, so the highlights stay on their words.

The reader has already blanked what is not prose (code, HTML, link destinations); what is
left of the markup is found here on that text: ATX and setext headings, thematic breaks,
``**strong**``, ``__strong__``, ``*emphasis*``, ``_emphasis_`` and link brackets. Each
pattern is linear (no nested quantifiers) and stays within a line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import attrs

Span = tuple[int, int]

_ATX = re.compile(r"^[ ]{0,3}(#{1,6})[ \t]+", re.M)
_CLOSING = re.compile(r"[ \t]+#+[ \t]*$")
_SETEXT = re.compile(r"^[ ]{0,3}(=+|-+)[ \t]*$", re.M)
_BREAK = re.compile(r"^[ ]{0,3}(?:\*[ \t]*){3,}$|^[ ]{0,3}(?:_[ \t]*){3,}$", re.M)
_STRONG = re.compile(r"(?<![*\\])\*\*(?=\S)[^*\n]{1,500}?(?<=\S)\*\*|(?<![\w\\])__(?=\S)[^_\n]{1,500}?(?<=\S)__(?!\w)")
_EMPHASIS = re.compile(r"(?<![*\w\\])\*(?=[^\s*])[^*\n]{1,500}?(?<=[^\s*])\*(?!\*)"
                       r"|(?<![\w\\])_(?=[^\s_])[^_\n]{1,500}?(?<=[^\s_])_(?!\w)")
_LINK = re.compile(r"(?<!\\)\[(?=[^\]\n])[^\[\]\n]{1,500}\]( *)")


@attrs.frozen
class Markup:
    """The spans of a text to hide, and the styled spans (``md-h1``..``md-h3``, ``md-strong``, ``md-em``)."""

    hidden: tuple[Span, ...]
    styled: tuple[tuple[int, int, str], ...]


def markup(text: str) -> Markup:
    """The markup of a Markdown text that the report hides or styles."""
    hidden: list[Span] = []
    styled: list[tuple[int, int, str]] = []
    for start, end, level, marks in _headings(text):
        hidden += marks
        if end > start:
            styled.append((start, end, f"md-h{min(level, 3)}"))
    hidden += [(m.start(), m.end()) for m in _BREAK.finditer(text)]
    stars: set[int] = set()  # the positions of the delimiters of strong spans
    for m in _STRONG.finditer(text):
        hidden += [(m.start(), m.start() + 2), (m.end() - 2, m.end())]
        stars.update((m.start(), m.start() + 1, m.end() - 2, m.end() - 1))
        styled.append((m.start() + 2, m.end() - 2, "md-strong"))
    for m in _EMPHASIS.finditer(text):
        if m.start() not in stars and m.end() - 1 not in stars:  # not a star of a ``**``
            hidden += [(m.start(), m.start() + 1), (m.end() - 1, m.end())]
            styled.append((m.start() + 1, m.end() - 1, "md-em"))
    for m in _LINK.finditer(text):
        close = m.end() - len(m.group(1)) - 1
        hidden += [(m.start(), m.start() + 1), (close, m.end())]
        styled.append((m.start() + 1, close, "md-link"))
    return Markup(tuple(sorted(set(hidden))), tuple(sorted(set(styled))))


def _headings(text: str) -> Iterator[tuple[int, int, int, list[Span]]]:
    """Each heading: the start and end of its words, its level, and the spans of its marks."""
    for m in _ATX.finditer(text):
        eol = text.find("\n", m.end())
        eol = len(text) if eol < 0 else eol
        closing = _CLOSING.search(text, m.end(), eol)
        end = closing.start() if closing else eol
        yield m.end(), end, len(m.group(1)), [(m.start(), m.end())] + ([(closing.start(), eol)] if closing else [])
    for m in _SETEXT.finditer(text):
        before = text.rfind("\n", 0, max(m.start() - 1, 0)) + 1 if m.start() > 0 else 0
        title = text[before:max(m.start() - 1, before)]
        if title.strip() and not title.lstrip().startswith(("#", "-", "*", "+", ">")):
            yield before, before + len(title.rstrip()), 1 if m.group(1)[0] == "=" else 2, [(m.start(), m.end())]
        elif m.group(1)[0] == "-" and len(m.group(1)) >= 3:
            yield m.start(), m.start(), 0, [(m.start(), m.end())]  # a thematic break: hidden, nothing styled
