"""Markdown (``.md``, ``.markdown``): the file itself, with what is not prose blanked out.

Front matter (YAML ``---`` or TOML ``+++`` at the very top), HTML comments, fenced code
blocks, link destinations, link reference definitions, autolinks and raw HTML tags are
replaced by spaces (newlines kept), so every character keeps its offset, and a date in a
URL or a comment is not read as an event. A ``date:`` in the front matter is the text's
own date. Soft line breaks inside a paragraph become spaces, as Markdown renders them,
so that a sentence wrapped over two lines stays one sentence; the document then carries
the original line starts, so line and column stay those of the file.
"""

from __future__ import annotations

import datetime as dt
import re

from ..document import Document, SourceMap, decode
from .mapping import iso_date

_FRONT = re.compile(r"\A(?:---[ \t]*\n(?P<yaml>.*?)^(?:---|\.\.\.)[ \t]*$"
                    r"|\+\+\+[ \t]*\n(?P<toml>.*?)^\+\+\+[ \t]*$)", re.M | re.S)
# Lines front matter is made of: ``key: value``, list items, comments, indented values (YAML);
# ``key = value``, ``[table]``, comments (TOML). Anything else means the ``---`` was a rule.
_YAML_LINE = re.compile(r"(?:[ \t]|-|#|[^\s:][^:]*:(?:\s|$)|$)")
_TOML_LINE = re.compile(r"(?:[ \t]|#|\[|[\w.\"'-]+[ \t]*=|$)")
_FRONT_DATE = re.compile(r"^(?:date|published|publishdate|pubdate|published_at)[ \t]*[:=][ \t]*(.+)$", re.M | re.I)
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})(.*)$", re.M)
_COMMENT = re.compile(r"<!--")
_LINK_DEST = re.compile(r"(?<=\])\((?:<[^>\n]*>|[^()\s]*(?:\([^()\s]*\)[^()\s]*)*)"
                        r"(?:[ \t]+(?:\"[^\"\n]*\"|'[^'\n]*'|\([^)\n]*\)))?[ \t]*\)")
_REF_DEF = re.compile(r"^ {0,3}\[[^\]\n]+\]:[ \t]*\S.*$", re.M)
_AUTOLINK = re.compile(r"<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*|[^\s<>@]+@[^\s<>@]+)>")
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_HEADING = re.compile(r" {0,3}#{1,6}(?:\s|$)")
_BLOCK_START = re.compile(r" {0,3}(?:#{1,6}(?:\s|$)|>|[-*+][ \t]|1[.)](?:[ \t]|$)|\||(?:[-*_][ \t]*){3,}$"
                          r"|=+[ \t]*$|<)")
_RULE = re.compile(r" {0,3}(?:(?:[-*_][ \t]*){3,}|=+[ \t]*)$")  # a thematic break or a setext underline
_LIST_ITEM = re.compile(r"( *)(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)")


def _blank(s: str) -> str:
    return re.sub(r"[^\n]", " ", s)


def _hidden_spans(text: str, start: int) -> list[tuple[int, int]]:
    """Spans of fenced code blocks and HTML comments from ``start`` on, in order."""
    spans: list[tuple[int, int]] = []
    pos = start
    fence = _FENCE.search(text, pos)
    comment = _COMMENT.search(text, pos)
    while pos < len(text):
        # Look again only for a match that the last span swallowed (each search scans on to the end).
        if fence and fence.start() < pos:
            fence = _FENCE.search(text, pos)
        if comment and comment.start() < pos:
            comment = _COMMENT.search(text, pos)
        if fence and (not comment or fence.start() < comment.start()):
            if fence[1][0] == "`" and "`" in fence[2]:  # backticks in the info string: not a fence
                pos = fence.end()
                continue
            mark = fence[1]
            close = re.compile(rf"^ {{0,3}}{re.escape(mark[0])}{{{len(mark)},}}[ \t]*$", re.M)
            end_match = close.search(text, fence.end())
            end = end_match.end() if end_match else len(text)
            spans.append((fence.start(), end))
            pos = end
        elif comment:
            close_at = text.find("-->", comment.end())
            end = len(text) if close_at < 0 else close_at + 3
            spans.append((comment.start(), end))
            pos = end
        else:
            break
    return spans


def _soft_breaks(text: str) -> list[int]:
    """Offsets of the newlines inside paragraphs, which Markdown renders as spaces."""
    out: list[int] = []
    lines = text.split("\n")
    offset = 0
    in_list = False  # a list item was seen since the last blank line
    for cur, nxt in zip(lines, lines[1:]):
        offset += len(cur) + 1
        if not cur.strip():
            in_list = False
            continue
        in_list = in_list or bool(_LIST_ITEM.match(cur))
        if not nxt.strip() or cur.endswith(("  ", "\\")) or cur.lstrip().startswith("|"):
            continue  # a paragraph's end, a hard line break, a table row
        if _HEADING.match(cur) or _RULE.match(cur):
            continue
        if _BLOCK_START.match(nxt):
            continue
        # "2. ..." starts an item only in a list: "discovered on March 9,\n2024. The ..." runs on.
        if in_list and _LIST_ITEM.match(nxt):
            continue
        out.append(offset - 1)
    return out


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


def read(path: str, data: bytes) -> Document:
    """A Markdown file as checkable text, offsets unchanged, with its front-matter date."""
    text = decode(data, path)
    body_start, date = _front_matter(text)
    pieces: list[str] = [_blank(text[:body_start])]
    pos = body_start
    for s, e in _hidden_spans(text, body_start):
        pieces.append(text[pos:s])
        pieces.append(_blank(text[s:e]))
        pos = e
    pieces.append(text[pos:])
    out = "".join(pieces)
    for rx in (_REF_DEF, _LINK_DEST, _AUTOLINK, _TAG):
        out = rx.sub(lambda m: _blank(m[0]), out)
    breaks = _soft_breaks(out)
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
