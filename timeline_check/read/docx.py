"""Word documents (``.docx``): the text of the paragraphs, located as "paragraph N".

A .docx is a ZIP package of XML parts; the text is in the main document part
(``word/document.xml``). It is read with ``zipfile`` and defusedxml's ``ElementTree``,
which refuses a DTD, and with it entity expansion ("billion laughs") and external
entities: the checker needs only the paragraphs' text, which does not justify
python-docx and the lxml it brings. Paragraphs are taken in document order, table cells
and text boxes included; deleted text of tracked changes, hidden text and field codes are
left out. Each paragraph with text is one line of the checked text, but those of one table
row share a line, apart (``2024-09-04 | Server isolated``); a paragraph's "line" is
the paragraph's number (empty paragraphs are not counted), its column the character
within the paragraph. The document's properties (``docProps/core.xml``) give when the
file was created or saved, not the date of the text, so no date is taken from them.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
import zlib
from xml.etree import ElementTree as ET

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from ..document import MAX_BYTES, Document, InputError
from .mapping import TextBuilder

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_OFFICE_DOCUMENT = re.compile(r"/officeDocument$")
# Inside a paragraph: what holds no text of the document as shown.
NOT_SHOWN = frozenset(("del", "moveFrom", "Fallback", "instrText", "delText", "pPr", "rPr", "footnoteReference",
                        "endnoteReference", "commentReference"))


def local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def hidden(run: ET.Element) -> bool:
    for props in run:
        if local(props.tag) == "rPr":
            for p in props:
                if local(p.tag) == "vanish":
                    val = next((v for k, v in p.attrib.items() if local(k) == "val"), "true")
                    return val not in ("0", "false", "off")
    return False


CHARS = {"tab": "\t", "br": "\n", "cr": "\n", "noBreakHyphen": "-"}  # run elements that stand for a character


class _Walk:
    """The paragraphs' text in document order, each with the table row it belongs to (0: none)."""

    def __init__(self) -> None:
        self.out: list[tuple[str, int]] = []
        self.rows = 0
        self.row = 0

    def block(self, el: ET.Element) -> None:
        for child in el:
            name = local(child.tag)
            if name == "p":
                self.paragraph(child)
            elif name == "tr":
                self.rows += 1
                outer, self.row = self.row, self.rows
                self.block(child)
                self.row = outer
            elif name not in NOT_SHOWN and name != "sectPr":
                self.block(child)

    def paragraph(self, p: ET.Element) -> None:
        buf: list[str] = []
        boxes: list[ET.Element] = []
        _inline(p, buf, boxes)
        self.out.append(("".join(buf), self.row))
        for box in boxes:  # a text box's paragraphs come after the paragraph it is anchored in
            self.block(box)


def _inline(el: ET.Element, buf: list[str], boxes: list[ET.Element]) -> None:
    """The text shown inside a paragraph into ``buf``; the text boxes met into ``boxes``."""
    for c in el:
        name = local(c.tag)
        if name == "t":
            buf.append(c.text or "")
        elif name in CHARS:
            buf.append(CHARS[name])
        elif name == "txbxContent":
            boxes.append(c)
        elif name not in NOT_SHOWN and not (name == "r" and hidden(c)):
            _inline(c, buf, boxes)


def _paragraphs(body: ET.Element) -> list[tuple[str, int]]:
    """The paragraphs' text in document order, each with the table row it belongs to (0: none)."""
    walk = _Walk()
    walk.block(body)
    return walk.out


def _parse(path: str, part: str, xml: bytes) -> ET.Element:
    """A part's XML; a DTD (which Word never writes) is refused, with the entities it could declare."""
    try:
        return fromstring(xml, forbid_dtd=True)
    except DefusedXmlException:
        raise InputError(f"{path}: {part} declares a DOCTYPE, which could expand entities or read other files; "
                         "refusing it") from None


def main_part(path: str, z: zipfile.ZipFile) -> str:
    """The name of the main document part, from the package relationships; ``word/document.xml`` by default."""
    try:
        rels = _parse(path, "_rels/.rels", z.read("_rels/.rels"))
    except KeyError:
        return "word/document.xml"
    for rel in rels:
        if _OFFICE_DOCUMENT.search(rel.get("Type", "")):
            return posixpath.normpath(rel.get("Target", "").lstrip("/"))
    return "word/document.xml"


def read(path: str, data: bytes) -> Document:
    """The paragraphs of a .docx; ``locate`` gives (paragraph number, column in the paragraph)."""
    if data.startswith(_OLE):
        raise InputError(f"{path}: a Word 97-2003 .doc or a password-protected document, not a .docx; "
                         "save it as an unprotected .docx")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            name = main_part(path, z)
            try:
                info = z.getinfo(name)
            except KeyError:
                raise InputError(f"{path}: not a Word document (no {name} in the package)") from None
            if info.file_size > MAX_BYTES:
                raise InputError(f"{path}: document text too large ({info.file_size} bytes; the limit is {MAX_BYTES})")
            xml = z.read(info)
        root = _parse(path, name, xml)
        body = next((el for el in root if local(el.tag) == "body"), root)
        paragraphs = _paragraphs(body)
    except InputError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, ET.ParseError,
            NotImplementedError, RuntimeError, ValueError, OSError) as exc:
        # RuntimeError: an encrypted ZIP entry; NotImplementedError: an unknown compression method;
        # RecursionError (a RuntimeError): XML nested too deeply.
        detail = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise InputError(f"{path}: not a readable .docx, damaged or truncated ({detail})") from None
    b = TextBuilder(unit="paragraph")
    number = previous = last_row = 0
    for text, row in paragraphs:
        if not text.strip():
            continue
        if number:  # the break between two paragraphs stands at the end of the first
            # the paragraphs of a table row stand on one line, apart: a row is read as one sentence
            b.put(" | " if row and row == last_row else "\n", number, previous + 1)
        number += 1
        b.copy(text, number, 1)
        previous, last_row = len(text), row
    return b.document(path)
