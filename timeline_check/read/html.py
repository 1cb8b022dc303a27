"""HTML (``.html``, ``.htm``): the article's text, each character mapped to its line and column in the file.

Parsed with the standard library's ``html.parser``, which is tolerant of broken markup
and reports where each piece of text starts; with ``convert_charrefs=False`` text comes
exactly as written in the file and each ``&amp;`` separately, so the map stays exact.
Left out: ``<script>``, ``<style>``, ``<template>``, ``<noscript>``, ``<svg>``, ``<nav>``,
``<aside>``, ``<form>``, ``<title>``, elements marked ``hidden``/``aria-hidden``, and
``<header>``/``<footer>`` outside an ``<article>`` or ``<main>`` (the site's banner and
footer). When the page has an ``<article>`` only the article's text is kept; else, when it
has a ``<main>``, only that. Runs of white space become one space; block elements
(paragraphs, headings, list items, table rows, ``<br>``) end a line, as a browser shows
them, and a row's cells stand on its line apart (``2024-09-04 | Server isolated``). The text's
own date is ``<meta property="article:published_time">``, else the
``datePublished`` of a JSON-LD script, else the first ``<time datetime>`` of the text kept,
else a ``<meta>`` named ``date`` or ``datePublished``.
"""

from __future__ import annotations

import codecs
import datetime as dt
import re
from html import unescape
from html.parser import HTMLParser

import attrs

from ..document import Document, InputError, decode
from .mapping import TextBuilder, iso_date

_SKIP = frozenset("script style template noscript svg math nav aside form select button iframe object title".split())
_CHROME = frozenset(("header", "footer"))
_BLOCK = frozenset(
    "p div section article main h1 h2 h3 h4 h5 h6 li ul ol dl dt dd blockquote pre table thead tbody tfoot tr "
    "caption figure figcaption address hr header footer details summary body".split())
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
_SPACE = re.compile(r"[ \t\n\f\r]+")
_LD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]+)"')
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.I)


class _Frame:
    __slots__ = ("tag", "skip", "article", "main")

    def __init__(self, tag: str, skip: bool, article: bool, main: bool) -> None:
        self.tag, self.skip, self.article, self.main = tag, skip, article, main


class _Extractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.stack: list[_Frame] = [_Frame("", False, False, False)]
        # The whole page, the text inside <main>, the text inside <article>.
        self.page, self.main, self.article = TextBuilder(), TextBuilder(), TextBuilder()
        self.meta_date: dt.date | None = None
        self.ld_date: dt.date | None = None  # schema.org datePublished in a JSON-LD script
        self.in_ld = False
        self.fallback_date: dt.date | None = None
        self.time_page: dt.date | None = None
        self.time_main: dt.date | None = None
        self.time_article: dt.date | None = None

    # -- where we are
    def _pos(self) -> tuple[int, int]:
        line, col = self.getpos()
        return line, col + 1

    def _targets(self) -> list[TextBuilder]:
        top = self.stack[-1]
        if top.skip:
            return []
        out = [self.page]
        if top.main:
            out.append(self.main)
        if top.article:
            out.append(self.article)
        return out

    def _break(self, sep: str) -> None:
        line, col = self._pos()
        for b in self._targets():
            if not len(b) or b.ends_with(sep) or b.ends_with("\n\n"):
                continue
            b.put(sep, line, col)

    def _cell(self) -> None:
        """The cells of a table row stand on one line, apart ("2024-09-04 | Server isolated"):
        a row is read as one sentence, its date with its event."""
        line, col = self._pos()
        for b in self._targets():
            if len(b) and not b.ends_with("\n"):
                b.put(" | ", line, col)

    # -- parser callbacks
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "meta":
            self._meta(a)
        elif tag == "script":
            self.in_ld = (a.get("type") or "").lower() == "application/ld+json"
        top = self.stack[-1]
        if tag == "time" and not top.skip and a.get("datetime"):
            day = iso_date(a["datetime"])
            if day:
                self.time_page = self.time_page or day
                if top.main:
                    self.time_main = self.time_main or day
                if top.article:
                    self.time_article = self.time_article or day
        if tag in _BLOCK or tag == "br":
            self._break("\n" if tag == "br" else "\n\n")
        elif tag in ("td", "th"):
            self._cell()
        if tag in _VOID:
            return
        hidden = "hidden" in a or (a.get("aria-hidden") or "").lower() == "true"
        skip = top.skip or tag in _SKIP or hidden or (tag in _CHROME and not (top.article or top.main))
        self.stack.append(_Frame(tag, skip, top.article or tag == "article", top.main or tag == "main"))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self.in_ld = False
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                if tag in _BLOCK:
                    self._break("\n\n")
                del self.stack[i:]
                return
        if tag in _BLOCK or tag == "br":  # a stray </p> or </br> still ends a line in a browser
            self._break("\n" if tag == "br" else "\n\n")

    def handle_data(self, data: str) -> None:
        if self.in_ld and not self.ld_date:
            m = _LD_DATE.search(data)
            self.ld_date = iso_date(m[1]) if m else None
        targets = self._targets()
        if not targets:
            return
        line, col = self._pos()
        pos = 0
        for m in _SPACE.finditer(data):
            if m.start() > pos:
                for b in targets:
                    b.verbatim(data[pos:m.start()], line, col + pos)
            for b in targets:
                if len(b) and not b.last.isspace():
                    b.put(" ", line, col + m.start())
            newlines = data.count("\n", m.start(), m.end())
            if newlines:
                line += newlines
                col = 1 - (data.rindex("\n", m.start(), m.end()) + 1)
            pos = m.end()
        if pos < len(data):
            for b in targets:
                b.verbatim(data[pos:], line, col + pos)

    def _ref(self, raw: str) -> None:
        targets = self._targets()
        if not targets:
            return
        text = unescape(raw)
        if text == "\xa0" or text.isspace():
            text = " "
        line, col = self._pos()
        for b in targets:
            if text == " " and (not len(b) or b.last.isspace()):
                continue
            b.put(text, line, col)

    def handle_entityref(self, name: str) -> None:
        self._ref(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self._ref(f"&#{name};")

    def _meta(self, a: dict[str, str | None]) -> None:
        key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
        day = iso_date(a.get("content"))
        if not day:
            return
        if key == "article:published_time":
            self.meta_date = self.meta_date or day
        elif key in ("datepublished", "date", "dc.date", "dcterms.date", "pubdate"):
            self.fallback_date = self.fallback_date or day


def _decode(data: bytes, path: str) -> str:
    """UTF-8 or UTF-16 as for text; else the charset the page declares in a ``<meta>``."""
    try:
        return decode(data, path)
    except InputError:
        m = _CHARSET.search(data[:4096])
        if not m:
            raise
        try:
            codec = codecs.lookup(m[1].decode("ascii")).name
        except LookupError:
            raise InputError(f"{path}: unknown character set {m[1].decode('ascii', 'replace')!r}") from None
        if codec in ("utf-8", "utf-16"):
            raise
        text = data.decode(codec, errors="replace")
        return text.replace("\r\n", "\n").replace("\r", "\n")


def _has_text(b: TextBuilder) -> bool:
    """Whether a builder holds any text other than white space."""
    return bool(b.text().strip())


def read(path: str, data: bytes) -> Document:
    """The article text of an HTML page, its own date, and a map back to the page's lines and columns."""
    source = _decode(data, path)
    parser = _Extractor()
    try:
        parser.feed(source)
        parser.close()
    except (AssertionError, ValueError) as exc:  # html.parser gives up on some broken markup
        raise InputError(f"{path}: cannot parse the HTML ({exc})") from None
    if _has_text(parser.article):
        chosen, timed = parser.article, parser.time_article
    elif _has_text(parser.main):
        chosen, timed = parser.main, parser.time_main
    else:
        chosen, timed = parser.page, parser.time_page
    date = parser.meta_date or parser.ld_date or timed or parser.time_page or parser.fallback_date
    return attrs.evolve(chosen.document(path, date), raw=source)  # the page as written: for suppression comments

