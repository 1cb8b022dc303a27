"""Read a source into a Document: its text, a line/column map and the facts given from outside."""

from __future__ import annotations

import bisect
import os
import stat
from pathlib import Path

import attrs

MAX_BYTES = 64 * 1024 * 1024


class InputError(Exception):
    """An input that cannot be checked; ``str()`` is a one-line message."""


@attrs.frozen
class Document:
    """A text to check, with where each of its lines starts."""

    path: str
    text: str
    line_starts: tuple[int, ...] = attrs.field(init=False)

    @line_starts.default
    def _line_starts(self) -> tuple[int, ...]:
        starts = [0]
        find = self.text.find
        i = find("\n")
        while i >= 0:
            starts.append(i + 1)
            i = find("\n", i + 1)
        return tuple(starts)

    def locate(self, offset: int) -> tuple[int, int]:
        """1-based line and column of a character offset."""
        line = bisect.bisect_right(self.line_starts, offset) - 1
        return line + 1, offset - self.line_starts[line] + 1


def decode(data: bytes, name: str) -> str:
    """Text of a file's bytes: UTF-8 (with or without BOM) or UTF-16 with BOM; binary is refused."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(f"{name}: not valid UTF-16 text") from None
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: not valid UTF-8 (byte {exc.start}); convert it to UTF-8 first") from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_path(path: str, recursive: bool = False) -> list[Document]:
    """Documents at ``path`` (``-`` is standard input); a directory needs ``recursive``."""
    if path == "-":
        import sys

        data = sys.stdin.buffer.read(MAX_BYTES + 1)
        if len(data) > MAX_BYTES:
            raise InputError(f"<stdin>: input too large (the limit is {MAX_BYTES} bytes)")
        return [Document("<stdin>", decode(data, "<stdin>"))]
    p = Path(path)
    try:
        st = os.stat(p)
    except FileNotFoundError:
        kind = "broken symbolic link" if p.is_symlink() else "no such file or directory"
        raise InputError(f"{path}: {kind}") from None
    except OSError as exc:
        raise InputError(f"{path}: {exc.strerror or exc}") from None
    if stat.S_ISDIR(st.st_mode):
        if not recursive:
            raise InputError(f"{path}: is a directory (use --recursive to check the files in it)")
        return [d for f in sorted(p.rglob("*")) if f.is_file() and f.suffix.lower() in (".txt", ".md", ".text")
                for d in read_path(str(f))]
    if st.st_size > MAX_BYTES:
        raise InputError(f"{path}: file too large ({st.st_size} bytes; the limit is {MAX_BYTES})")
    try:
        data = p.read_bytes()
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{path}: {exc.strerror or exc}") from None
    return [Document(path, decode(data, path))]
