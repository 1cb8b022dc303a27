"""Plain text (``.txt``, standard input, any unknown suffix): the decoded file itself."""

from __future__ import annotations

from ..document import Document, decode


def read(path: str, data: bytes) -> Document:
    """The text of a file, character for character (UTF-8, or UTF-16 with a BOM)."""
    return Document(path, decode(data, path))
