"""Markdown (``.md``, ``.markdown``): the file itself, with what is not prose blanked out.

The structure is markdown-it-py's (CommonMark, with GFM tables): code blocks (fenced with
backticks or tildes, or indented, in a list or a quote too), code spans, HTML blocks' tags
and comments (a ``<script>`` or ``<style>`` block whole), raw HTML inline, link and image
destinations, autolinks and link reference definitions are replaced by spaces (newlines
kept), so every character keeps its offset, and a date in a URL, a comment or a code sample
is not read as an event. Front matter (YAML ``---`` or TOML ``+++`` at the very top) is
found here, before parsing, and blanked too; a ``date:`` in it is the text's own date. An
HTML comment that CommonMark shows as text (one with a blank line inside a paragraph) is
blanked all the same: a comment is never prose. The line breaks inside a paragraph become
spaces, as Markdown renders them, and a quote's ``>`` marks and underscore emphasis are blanked, so a sentence
wrapped over two lines stays one sentence; the document then carries the original line
starts, so line and column stay those of the file.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from functools import cache
from typing import TYPE_CHECKING, Any

from ..document import Document, SourceMap, decode
from .mapping import iso_date

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.rules_inline import StateInline
    from markdown_it.token import Token

_FRONT = re.compile(r"\A(?:---[ \t]*\n(?P<yaml>.*?)^(?:---|\.\.\.)[ \t]*$"
                    r"|\+\+\+[ \t]*\n(?P<toml>.*?)^\+\+\+[ \t]*$)", re.M | re.S)
# Lines front matter is made of: ``key: value``, list items, comments, indented values (YAML);
# ``key = value``, ``[table]``, comments (TOML). Anything else means the ``---`` was a rule.
_YAML_LINE = re.compile(r"(?:[ \t]|-|#|[^\s:][^:]*:(?:\s|$)|$)")
_TOML_LINE = re.compile(r"(?:[ \t]|#|\[|[\w.\"'-]+[ \t]*=|$)")
_FRONT_DATE = re.compile(r"^(?:date|published|publishdate|pubdate|published_at)[ \t]*[:=][ \t]*(.+)$", re.M | re.I)
_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.S)  # an unclosed comment runs to the end
# Underscore emphasis at a word's edge ("__October 2, 2024__"), blanked: "_" is a word character,
# so a date it wraps would not be read. Not inside a word ("file_name"); "*" is no word character
# and stays, for the HTML report to style.
_EMPHASIS = re.compile(r"(?<![^\W_])_{1,3}(?=[^\W_])|(?<=\S)(?<!_)_{1,3}(?=[\s.,;:!?)\]]|$)", re.M)
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_CODE_HTML = re.compile(r"[ \t]*<(?:script|style)(?:[\s>]|$)", re.I)
_SPANS = "timeline_check.spans"  # where the inline rules below note what they matched, in the parser's env

Span = tuple[int, int]


def _blank(s: str) -> str:
    return re.sub(r"[^\n]", " ", s)


def _front_matter(text: str) -> tuple[int, dt.date | None]:
    """Where the front matter ends (0 when there is none) and the date it gives."""
    front = _FRONT.match(text)
    if not front:
        return 0, None
    fields, shape = (front["yaml"], _YAML_LINE) if front["yaml"] is not None else (front["toml"], _TOML_LINE)
    if not all(shape.match(line) for line in fields.split("\n")):
        return 0, None  # prose between two rules, not front matter
    for m in _FRONT_DATE.finditer(fields):
        date = iso_date(m[1])
        if date:
            return front.end(), date
    return front.end(), None


# -- the parser ---------------------------------------------------------------------------


def _noting(rule: Callable[[StateInline, bool], bool], tail: bool = False) -> Callable[[StateInline, bool], bool]:
    """An inline rule that also notes the span of ``state.src`` it matched (with ``tail``,
    only what follows the label of a link or an image: its ``(destination "title")``)."""
    from markdown_it.helpers import parseLinkLabel

    def noted(state: StateInline, silent: bool) -> bool:
        start = state.pos
        if not rule(state, silent):
            return False
        if not silent:
            if tail:
                label_end = parseLinkLabel(state, start + (state.src[start] == "!"), True) + 1
                if state.src.startswith("(", label_end):  # an inline destination, not a [reference]
                    state.env[_SPANS].append((label_end, state.pos))
            else:
                state.env[_SPANS].append((start, state.pos))
        return True
    return noted


@cache
def _parser() -> MarkdownIt:
    """CommonMark with tables; block structure only (the inline pass is run per block, see ``_inline_spans``)."""
    from markdown_it import MarkdownIt
    from markdown_it.rules_inline import autolink, backtick, html_inline, image, link

    md = MarkdownIt("commonmark", {"inline_definitions": True}).enable("table").disable(
        ["inline", "emphasis", "entity"])  # emphasis and entities hide nothing; dropping them saves time
    md.normalizeLink = lambda url: url  # type: ignore[method-assign]  # a destination is blanked whatever it is
    md.validateLink = lambda url: True  # type: ignore[method-assign]
    for name, rule, tail in (("backticks", backtick, False), ("link", link, True), ("image", image, True),
                             ("autolink", autolink, False), ("html_inline", html_inline, False)):
        md.inline.ruler.at(name, _noting(rule, tail))
    return md


def _inline_spans(md: MarkdownIt, content: str, env: dict[str, Any]) -> list[Span]:
    """The spans of ``content`` (an inline block's text) that are code, raw HTML or link destinations."""
    env[_SPANS] = []
    if any(c in content for c in "`[<"):  # what starts a code span, a link or image, an autolink or a tag
        md.inline.parse(content, md, env, [])
    return list(env[_SPANS])


# -- from the parsed blocks to offsets in the file ----------------------------------------


class _Lines:
    """The file's lines, to place a block's lines and the text of its inline content."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.lines = text.split("\n")
        self.starts = [0]
        for line in self.lines:
            self.starts.append(self.starts[-1] + len(line) + 1)
        self.cursor: dict[int, int] = {}  # where the last inline content found on a line ended

    def span(self, first: int, last: int) -> Span:
        """Lines ``first`` to ``last - 1``, without the line break after the last one."""
        last = min(last, len(self.lines))
        return self.starts[first], self.starts[last] - 1

    def place(self, content: str, first: int) -> list[int] | None:
        """Where each line of an inline block's ``content`` starts in the file (its first line on line
        ``first``); None when a line is not there as written (a tab the parser expanded)."""
        out = []
        for i, part in enumerate(content.split("\n")):
            n = first + i
            if n >= len(self.lines):
                return None
            line, after = self.lines[n], self.cursor.get(n, 0)
            end = len(line.rstrip()) if i == content.count("\n") else len(line)
            suffix = bool(part) and line[max(after, end - len(part)):end] == part  # as in a paragraph
            at = end - len(part) if suffix else line.find(part, after)  # a table cell, a heading
            if at < 0:
                return None
            self.cursor[n] = at + len(part)
            out.append(self.starts[n] + at)
        return out


def _offset(content: str, starts: list[int], pos: int) -> int:
    """The file offset of ``pos`` in an inline block's ``content`` whose lines start at ``starts``."""
    line = content.count("\n", 0, pos)
    return starts[line] + pos - (content.rfind("\n", 0, pos) + 1)


def _inline(md: MarkdownIt, lines: _Lines, tok: Token, env: dict[str, Any], whole_lines: bool) -> tuple[list[Span], list[int]]:
    """What to blank in an inline block (code spans, raw HTML, destinations; a quote's ``>`` marks
    before the text when the block has ``whole_lines``, a paragraph or heading, not a table cell)
    and the line breaks inside it that read as spaces."""
    if tok.map is None:
        return [], []
    starts = lines.place(tok.content, tok.map[0])
    if starts is None:
        return [], []
    hidden = [(_offset(tok.content, starts, a), _offset(tok.content, starts, b))
              for a, b in _inline_spans(md, tok.content, env)]
    for at in starts if whole_lines else ():  # a quote's marks before the text of each line
        line_start = lines.text.rfind("\n", 0, at) + 1
        hidden += [(line_start + m.start(), line_start + m.end()) for m in re.finditer(">", lines.text[line_start:at])]
    first = tok.map[0]
    breaks = [lines.starts[first + i] - 1 for i in range(1, len(starts))
              if not lines.lines[first + i - 1].endswith(("  ", "\\"))]  # not a hard line break
    return hidden, breaks


def _block_hidden(lines: _Lines, tok: Token) -> Iterator[Span]:
    """What a block hides: all of a code block, a reference definition or a script or style
    block; the comments and tags of another HTML block."""
    assert tok.map is not None
    start, end = lines.span(*tok.map)
    if tok.type in ("fence", "code_block", "definition") or _CODE_HTML.match(tok.content):
        yield start, end
        return
    for rx in (_COMMENT, _TAG):
        for m in rx.finditer(lines.text, start, end):
            yield m.start(), m.end()


def _structure(text: str) -> tuple[list[Span], list[int]]:
    """The spans of ``text`` that are not prose, and the offsets of the line breaks that read as spaces."""
    md = _parser()
    lines = _Lines(text)
    env: dict[str, Any] = {}
    hidden: list[Span] = []
    breaks: list[int] = []
    opened = ""
    for tok in md.parse(text, env):
        if tok.type == "inline":
            h, b = _inline(md, lines, tok, env, opened in ("paragraph_open", "heading_open"))
            hidden += h
            breaks += b
        elif tok.type in ("fence", "code_block", "definition", "html_block") and tok.map is not None:
            hidden += _block_hidden(lines, tok)
        opened = tok.type
    return hidden, breaks


def read(path: str, data: bytes) -> Document:
    """A Markdown file as checkable text, offsets unchanged, with its front-matter date."""
    text = decode(data, path)
    body_start, date = _front_matter(text)
    chars = list(_blank(text[:body_start]) + text[body_start:])
    hidden, breaks = _structure("".join(chars))
    for a, b in hidden:
        chars[a:b] = _blank("".join(chars[a:b]))
    out = _COMMENT.sub(lambda m: _blank(m[0]), "".join(chars))  # the comments CommonMark leaves as text
    out = _EMPHASIS.sub(lambda m: " " * len(m[0]), out)
    if not breaks:
        return Document(path, out, date=date, raw=text)
    chars = list(out)
    for i in breaks:
        chars[i] = " "
    # The text no longer has the file's newlines at the soft breaks: keep the file's own line starts.
    starts = Document(path, text).line_starts
    n = len(starts)
    source = SourceMap(starts, tuple(range(1, n + 1)), (1,) * n, (1,) * n)
    return Document(path, "".join(chars), date=date, source=source, raw=text)
