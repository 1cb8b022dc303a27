"""Readers by format: a file (or standard input) becomes a ``Document``.

``read_path`` picks the reader by the file's suffix (case ignored): ``.md``/``.markdown``,
``.html``/``.htm``, ``.docx``, ``.pdf``; any other file, and standard input, is plain text.
Each reader takes the path and the file's bytes and returns one ``Document`` whose
``locate`` points into the original file, or raises ``InputError`` with a one-line message.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Callable
from pathlib import Path

from ..document import MAX_BYTES, MAX_CHARS, Document, InputError

Reader = Callable[[str, bytes], Document]

#: The suffixes a directory walk (``--recursive``) picks up.
SUFFIXES = (".txt", ".text", ".md", ".markdown", ".html", ".htm", ".docx", ".pdf")


def reader_for(path: str) -> Reader:
    """The reader of a file, by its suffix; plain text for anything unknown."""
    suffix = Path(path).suffix.lower()
    if suffix in (".md", ".markdown"):
        from .markdown import read
    elif suffix in (".html", ".htm"):
        from .html import read
    elif suffix == ".docx":
        from .docx import read
    elif suffix == ".pdf":
        from .pdf import read
    else:
        from .text import read
    return read


def expand(path: str, recursive: bool = False) -> list[str]:
    """The files to read for ``path``: itself, or with ``recursive`` the files of known
    suffixes under a directory, in a stable order (so one bad file is reported alone)."""
    p = Path(path)
    if path == "-" or not p.is_dir():
        return [path]
    if not recursive:
        raise InputError(f"{path}: is a directory (use --recursive to check the files in it)")
    return [str(f) for f in sorted(p.rglob("*")) if f.suffix.lower() in SUFFIXES and f.is_file()]


def read_path(path: str, recursive: bool = False) -> list[Document]:
    """Documents at ``path`` (``-`` is standard input, read as plain text); a directory needs ``recursive``."""
    if path == "-":
        from .text import read

        data = sys.stdin.buffer.read(MAX_BYTES + 1)
        if len(data) > MAX_BYTES:
            raise InputError(f"<stdin>: input too large (the limit is {MAX_BYTES} bytes)")
        return [_within_limit(read("<stdin>", data))]
    p = Path(path)
    try:
        st = os.stat(p)
    except FileNotFoundError:
        kind = "broken symbolic link" if p.is_symlink() else "no such file or directory"
        raise InputError(f"{path}: {kind}") from None
    except OSError as exc:
        raise InputError(f"{path}: {exc.strerror or exc}") from None
    if stat.S_ISDIR(st.st_mode):
        return [d for f in expand(path, recursive) for d in read_path(f)]
    if st.st_size > MAX_BYTES:
        raise InputError(f"{path}: file too large ({st.st_size} bytes; the limit is {MAX_BYTES})")
    try:
        # At most one byte past the limit: a device or a pipe (/dev/zero, <(...)) has no
        # size to check beforehand, and /dev/zero was read until memory ran out.
        with open(p, "rb") as f:
            data = f.read(MAX_BYTES + 1)
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{path}: {exc.strerror or exc}") from None
    if len(data) > MAX_BYTES:
        raise InputError(f"{path}: file too large (more than {MAX_BYTES} bytes)")
    return [_within_limit(reader_for(path)(path, data))]


def _within_limit(doc: Document) -> Document:
    """``doc``, unless its text is too long to check in a sane time (``MAX_CHARS``)."""
    if len(doc.text) > MAX_CHARS:
        raise InputError(f"{doc.path}: text too long to check ({len(doc.text):,} characters; "
                         f"the limit is {MAX_CHARS:,})")
    return doc
