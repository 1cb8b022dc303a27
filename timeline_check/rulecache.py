"""A cache of parsed rule files across runs, so that a check does not parse 80 TOML files each time.

What is kept is the plain data ``tomllib`` gives for each file (dicts, lists, strings, numbers,
dates), keyed on a hash of the file's text and the Python version: a changed file is parsed
again, and everything built from the data (validation, rule objects, patterns) is built in
each run exactly as without the cache. One cache file per rules directory, in
``$XDG_CACHE_HOME/timeline-check`` (else ``~/.cache/timeline-check``). A cache file that is
missing, stale, unreadable or corrupt is ignored, and one that cannot be written (a
read-only or missing home) is not written: the rules are then parsed as if there were none.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import os
import pickle
import sys
from pathlib import Path
from typing import Any

from .folders import cache_folder
from .rulefile import parse_toml, read_rule_file

FORMAT = 1
_DATES = {"date": dt.date, "datetime": dt.datetime, "time": dt.time, "timedelta": dt.timedelta, "timezone": dt.timezone}


def cache_dir() -> Path | None:
    """The folder of the cache (``$XDG_CACHE_HOME/timeline-check`` or ``~/.cache/timeline-check``); None without a home."""
    folder = cache_folder()
    return None if folder is None else Path(folder)


class _PlainData(pickle.Unpickler):
    """Unpickles the data ``tomllib`` gives and nothing else: no other class may be named."""

    def find_class(self, module: str, name: str) -> Any:
        if module == "datetime" and name in _DATES:
            return _DATES[name]
        raise pickle.UnpicklingError(f"{module}.{name} is not rule data")


class ParseCache:
    """The parsed rule files of one rules directory, by hash of their text.

    ``load_toml`` has the contract of ``rulefile.load_toml`` (same data, same errors); ``save``
    writes back what this run parsed, when anything was new, and only the files it read."""

    def __init__(self, root: Path) -> None:
        folder = cache_dir()
        self.file = None if folder is None else folder / f"rules-{_digest(str(root.resolve()))[:20]}.pickle"
        self.known = self._read()
        self.used: dict[str, dict[str, Any]] = {}
        self.new = False

    def _read(self) -> dict[str, dict[str, Any]]:
        if self.file is None:
            return {}
        try:
            content = _PlainData(io.BytesIO(self.file.read_bytes())).load()
        except Exception:  # noqa: BLE001 - missing, unreadable or corrupt: as if there were none
            return {}
        if (not isinstance(content, dict) or content.get("format") != FORMAT or content.get("python") != sys.version
                or not isinstance(content.get("files"), dict)):
            return {}
        files: dict[str, dict[str, Any]] = content["files"]
        return files

    def load_toml(self, path: Path) -> tuple[dict[str, Any], str]:
        """A rule file's data and text, from the cache when its text is the one cached."""
        raw = read_rule_file(path)
        key = _digest(raw)
        data = self.known.get(key)
        if not isinstance(data, dict):
            data = parse_toml(path, raw)
            self.new = True
        self.used[key] = data
        return data, raw

    def save(self) -> None:
        """Write the cache when this run parsed a file it did not hold (or held files it no longer needs)."""
        if self.file is None or not (self.new or self.used.keys() != self.known.keys()):
            return
        content = pickle.dumps({"format": FORMAT, "python": sys.version, "files": self.used}, protocol=pickle.HIGHEST_PROTOCOL)
        tmp = self.file.with_name(f"{self.file.name}.{os.getpid()}.tmp")
        try:
            self.file.parent.mkdir(parents=True, exist_ok=True)
            tmp.write_bytes(content)
            os.replace(tmp, self.file)
        except OSError:  # a read-only or full disk: no cache, nothing else changes
            try:
                tmp.unlink(missing_ok=True)
            except OSError:
                pass


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
