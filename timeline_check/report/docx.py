"""A reviewed copy of a Word document: each finding as a comment anchored on its evidence.

The copy is the original package with three changes: the runs around each anchor are split
so that ``w:commentRangeStart``/``w:commentRangeEnd`` enclose exactly the quoted words, a
``w:commentReference`` run follows each range, and the comments part (``word/comments.xml``,
with its relationship and content type) holds the comments — the rule, the severity, the
message and the citation. Every other part is copied byte for byte; the original file is
never written. Paragraphs are counted as the reader counts them (``read/docx.py``: document
order, table cells and text boxes included, empty paragraphs skipped), so a finding's
"line" is the paragraph it anchors in and its column the character there.

Written with lxml, which keeps the namespace prefixes Word relies on (``mc:Ignorable`` names
prefixes); it is an optional dependency (``pip install 'timeline-check[docx]'``).
"""

from __future__ import annotations

import copy
import datetime as dt
import io
import posixpath
import zipfile
from collections.abc import Iterator
from typing import Any

import attrs

from ..document import InputError
from ..model import DocumentReport, Evidence, Finding
from ..read.docx import CHARS, NOT_SHOWN, hidden, local, main_part

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
REL = "http://schemas.openxmlformats.org/package/2006/relationships"
CT = "http://schemas.openxmlformats.org/package/2006/content-types"
COMMENTS_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"
COMMENTS_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"
AUTHOR = "timeline-check"


def _w(name: str) -> str:
    return f"{{{W}}}{name}"


def _local(tag: Any) -> str:
    """The local name of an element's tag (comments and processing instructions have none)."""
    return local(tag) if isinstance(tag, str) else ""


@attrs.frozen
class _Piece:
    """A stretch of a paragraph's text: from a ``w:t`` element (``node``) or a tab, break or hyphen (None)."""

    start: int
    end: int
    node: Any


def _pieces(p: Any) -> tuple[list[_Piece], list[Any]]:
    """A paragraph's text as the reader takes it, in pieces, and the text boxes anchored in it."""
    pieces: list[_Piece] = []
    boxes: list[Any] = []
    pos = 0

    def inline(el: Any) -> None:
        nonlocal pos
        for c in el:
            name = _local(c.tag)
            if name == "t":
                n = len(c.text or "")
                pieces.append(_Piece(pos, pos + n, c))
                pos += n
            elif name in CHARS:
                pieces.append(_Piece(pos, pos + 1, None))
                pos += 1
            elif name == "txbxContent":
                boxes.append(c)
            elif name in NOT_SHOWN or (name == "r" and hidden(c)):
                continue
            else:
                inline(c)

    inline(p)
    return pieces, boxes


def paragraphs(body: Any) -> list[Any]:
    """The paragraph elements in the reader's order: document order, a text box's after its anchor."""
    out: list[Any] = []

    def block(el: Any) -> None:
        for child in el:
            name = _local(child.tag)
            if name == "p":
                out.append(child)
                for box in _pieces(child)[1]:
                    block(box)
            elif name not in NOT_SHOWN and name != "sectPr":
                block(child)

    block(body)
    return out


def _text(pieces: list[_Piece]) -> str:
    return "".join((x.node.text or "") if x.node is not None else " " for x in pieces)


def _numbered(body: Any) -> dict[int, Any]:
    """The paragraphs with text, by the number the reader gives them (1-based)."""
    found: dict[int, Any] = {}
    for p in paragraphs(body):
        if _text(_pieces(p)[0]).strip():
            found[len(found) + 1] = p
    return found


def _split(piece: _Piece, at: int) -> Any:
    """Split the run holding ``piece``'s text at paragraph offset ``at``; the run that starts there."""
    t = piece.node
    run = t.getparent()
    k = at - piece.start
    text = t.text or ""
    if k <= 0:
        return run
    after = copy.deepcopy(run)
    # the first run keeps what comes before ``t`` and its head; the second, the tail and what follows
    kids = list(run)
    i = kids.index(t)
    for c in kids[i + 1:]:
        run.remove(c)
    t.text = text[:k]
    akids = list(after)
    for c in akids[:i]:
        if _local(c.tag) != "rPr":
            after.remove(c)
    at_t = [c for c in after if _local(c.tag) == "t"][0]
    at_t.text = text[k:]
    for node in (t, at_t):
        node.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    run.addnext(after)
    return after


def _anchor(pieces: list[_Piece], start: int, end: int) -> tuple[Any, Any] | None:
    """The first and last runs of the words from ``start`` to ``end``, split out of their runs."""
    texts = [x for x in pieces if x.node is not None and x.end > x.start]
    first = next((x for x in texts if x.end > start), None)
    last = next((x for x in reversed(texts) if x.start < end), None)
    if first is None or last is None or first.start >= end:
        return None
    same = first is last
    head = _split(first, max(start, first.start))
    if same:
        piece = _Piece(max(start, first.start), first.end, [c for c in head if _local(c.tag) == "t"][0])
        tail_piece = piece
    else:
        tail_piece = last
    end_at = min(end, tail_piece.end)
    if end_at < tail_piece.end:
        _split(tail_piece, end_at)
    tail = tail_piece.node.getparent()
    return head, tail


def _comment_xml(cid: int, f: Finding, when: str, lxml_etree: Any) -> Any:
    c = lxml_etree.Element(_w("comment"), nsmap={"w": W})
    c.set(_w("id"), str(cid))
    c.set(_w("author"), AUTHOR)
    c.set(_w("initials"), "TC")
    c.set(_w("date"), when)
    lines = [f"{f.severity}: {f.rule}" + (f" [{f.citation}]" if f.citation else ""), f.message]
    for line in lines:
        p = lxml_etree.SubElement(c, _w("p"))
        r = lxml_etree.SubElement(p, _w("r"))
        t = lxml_etree.SubElement(r, _w("t"))
        t.text = line
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return c


def _where(f: Finding) -> Evidence | None:
    """The quoted sentence the finding points into (the one holding its line and column), else its first."""
    at = next((e for e in f.evidence if e.line == f.line and e.column <= f.column <= e.column + len(e.text)), None)
    return at or (f.evidence[0] if f.evidence else None)


def review(data: bytes, report: DocumentReport, when: dt.datetime | None = None) -> bytes:
    """The reviewed copy of the DOCX ``data``: ``report``'s findings as comments on their evidence.

    A finding whose evidence cannot be placed (or that has none) is anchored on the paragraph
    its line names. ``when`` dates the comments (now by default; fixed in tests)."""
    from lxml import etree

    stamp = (when or dt.datetime.now(dt.timezone.utc)).strftime("%Y-%m-%dT%H:%M:%SZ")
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, remove_blank_text=False)
    try:
        src = zipfile.ZipFile(io.BytesIO(data))
        main = main_part(report.path, src)
        doc = etree.fromstring(src.read(main), parser)
    except (zipfile.BadZipFile, KeyError, etree.XMLSyntaxError) as exc:
        raise InputError(f"{report.path}: cannot write a reviewed copy ({exc})") from None
    body = doc.find(_w("body"))
    numbered = _numbered(body if body is not None else doc)
    rels_name = posixpath.join(posixpath.dirname(main), "_rels", posixpath.basename(main) + ".rels")
    comments_name = posixpath.join(posixpath.dirname(main), "comments.xml")
    names = set(src.namelist())
    comments = (etree.fromstring(src.read(comments_name), parser) if comments_name in names
                else etree.Element(_w("comments"), nsmap={"w": W}))
    next_id = 1 + max((int(c.get(_w("id"), "0")) for c in comments), default=0)
    for f in report.findings:
        placed = _place(f, numbered)
        if placed is None:
            continue
        head, tail = placed
        cid = next_id
        next_id += 1
        start = etree.Element(_w("commentRangeStart"))
        start.set(_w("id"), str(cid))
        end = etree.Element(_w("commentRangeEnd"))
        end.set(_w("id"), str(cid))
        head.addprevious(start)
        tail.addnext(end)
        ref_run = etree.Element(_w("r"))
        ref = etree.SubElement(ref_run, _w("commentReference"))
        ref.set(_w("id"), str(cid))
        end.addnext(ref_run)
        comments.append(_comment_xml(cid, f, stamp, etree))
    return _package(src, {main: etree.tostring(doc, xml_declaration=True, encoding="UTF-8", standalone=True),
                          comments_name: etree.tostring(comments, xml_declaration=True, encoding="UTF-8",
                                                        standalone=True)},
                    rels_name, comments_name, etree, parser)


def _place(f: Finding, numbered: dict[int, Any]) -> tuple[Any, Any] | None:
    """The runs a finding's comment encloses: its first quoted sentence, else its whole paragraph."""
    ev = _where(f)
    line, column, length = (ev.line, ev.column, len(ev.text.split("\n", 1)[0])) if ev else (f.line, f.column, 0)
    entry = numbered.get(line)
    if entry is None:
        entry = numbered.get(f.line)
        if entry is None:
            return None
        column, length = 1, 0
    pieces = _pieces(entry)[0]  # read again: an earlier comment in the paragraph split its runs
    size = pieces[-1].end if pieces else 0
    start = column - 1
    end = min(size, start + length) if length else size
    if not length:
        start = 0
    return _anchor(pieces, start, end)


def _package(src: zipfile.ZipFile, changed: dict[str, bytes], rels_name: str, comments_name: str,
             etree: Any, parser: Any) -> bytes:
    """The package with ``changed`` parts, the comments' relationship and content type added if missing."""
    names = src.namelist()
    rels = (etree.fromstring(src.read(rels_name), parser) if rels_name in names
            else etree.Element(f"{{{REL}}}Relationships", nsmap={None: REL}))
    target = posixpath.basename(comments_name)
    if not any(r.get("Type") == COMMENTS_TYPE for r in rels):
        ids = {r.get("Id") for r in rels}
        rid = next(f"rIdTC{i}" for i in range(1, 10_000) if f"rIdTC{i}" not in ids)
        rel = etree.SubElement(rels, f"{{{REL}}}Relationship")
        rel.set("Id", rid)
        rel.set("Type", COMMENTS_TYPE)
        rel.set("Target", target)
    changed[rels_name] = etree.tostring(rels, xml_declaration=True, encoding="UTF-8", standalone=True)
    types = etree.fromstring(src.read("[Content_Types].xml"), parser)
    part = "/" + comments_name
    if not any(o.get("PartName") == part for o in types if _local(o.tag) == "Override"):
        o = etree.SubElement(types, f"{{{CT}}}Override")
        o.set("PartName", part)
        o.set("ContentType", COMMENTS_CT)
    changed["[Content_Types].xml"] = etree.tostring(types, xml_declaration=True, encoding="UTF-8", standalone=True)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            if info.filename in changed:
                z.writestr(info, changed.pop(info.filename))
            else:
                z.writestr(info, src.read(info))
        for name, body in changed.items():
            z.writestr(name, body)
    return out.getvalue()


def anchors(data: bytes) -> Iterator[tuple[int, str, str]]:
    """(comment id, the words it encloses, its text) for each comment of a DOCX: to read a review back."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        doc = etree.fromstring(z.read(main_part("<docx>", z)), parser)
        comments = {c.get(_w("id")): " ".join(t.text or "" for t in c.iter(_w("t")))
                    for c in etree.fromstring(z.read("word/comments.xml"), parser)}
    open_: dict[str, list[str]] = {}
    for el in doc.iter():
        name = _local(el.tag)
        if name == "commentRangeStart":
            open_[el.get(_w("id"))] = []
        elif name == "commentRangeEnd":
            cid = el.get(_w("id"))
            yield int(cid), "".join(open_.pop(cid, [])), comments.get(cid, "")
        elif name == "t":
            for words in open_.values():
                words.append(el.text or "")
