"""PDF (``.pdf``): the text layer, located by page and line of the page.

Read with pypdf (pure Python, maintained, no compiled parts), an optional extra:
``pip install 'timeline-check[pdf]'``. Each page's text as pypdf extracts it is kept line
for line; ``locate`` gives the line of the page and the column in that line, and
``Document.page`` the page. A line that runs on into the next (the next line is not
blank and this one is not short, as the last line of a paragraph or a heading is)
is joined to it by a space, so that a sentence wrapped over lines stays one sentence.
A PDF without a text layer (a scan) is refused: checking it would say nothing.
"""

from __future__ import annotations

import io
import logging
import warnings

from ..document import Document, InputError
from .mapping import TextBuilder

EXTRA = "pip install 'timeline-check[pdf]'"


def _page_texts(path: str, data: bytes) -> list[str]:
    try:
        import pypdf
    except ImportError:
        raise InputError(f"{path}: reading PDF needs the pdf extra: {EXTRA}") from None
    log = logging.getLogger("pypdf")
    level = log.level
    log.setLevel(logging.ERROR)  # pypdf logs each repair of a sloppy file; the user cannot act on them
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
            if reader.is_encrypted and not reader.decrypt(""):
                raise InputError(f"{path}: the PDF is encrypted with a password")
            return [page.extract_text() or "" for page in reader.pages]
    except InputError:
        raise
    except pypdf.errors.DependencyError as exc:
        raise InputError(f"{path}: {str(exc).splitlines()[0]}") from None
    except Exception as exc:  # noqa: BLE001 - a damaged file can make the parser fail in any way
        detail = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise InputError(f"{path}: not a readable PDF, damaged or truncated ({detail})") from None
    finally:
        log.setLevel(level)


def _joins(lines: list[str]) -> list[bool]:
    """For each line but the last, whether it runs on into the next."""
    width = max((len(line.strip()) for line in lines), default=0)
    out = []
    for cur, nxt in zip(lines, lines[1:]):
        c = cur.strip()
        out.append(bool(c) and bool(nxt.strip()) and len(c) >= 0.6 * width and not c.endswith(":"))
    return out


def read(path: str, data: bytes) -> Document:
    """The text layer of a PDF; ``locate`` gives (line of the page, column), ``Document.page`` the page."""
    if b"%PDF-" not in data[:1024]:
        raise InputError(f"{path}: not a PDF (no %PDF- header)")
    pages = _page_texts(path, data)
    if not any(t.strip() for t in pages):
        raise InputError(f"{path}: the PDF has no text layer (a scanned image?); run OCR on it first")
    b = TextBuilder()
    end = (1, 1)
    for text in pages:
        if len(b):
            b.put("\n\n", *end)  # pages are paragraphs apart
        b.new_page()
        lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        joins = _joins(lines)
        for n, line in enumerate(lines, 1):
            b.copy(line, n, 1)
            end = (n, len(line) + 1)
            if n < len(lines):
                b.put(" " if joins[n - 1] else "\n", *end)
    return b.document(path)
