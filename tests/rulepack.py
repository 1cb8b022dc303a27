"""Helpers for tests that break a copy of the shipped rules on purpose."""

from __future__ import annotations

import shutil
from pathlib import Path

from timeline_check.ruleset import default_rules_dir


def copy_rules(folder: Path) -> Path:
    """A copy of the shipped rules directory in ``folder``."""
    dst = folder / "rules"
    shutil.copytree(default_rules_dir(), dst)
    return dst


def edit(path: Path, old: str, new: str) -> None:
    """Replace the first ``old`` in a file by ``new`` (``old`` must be there)."""
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def line_of(path: Path, needle: str) -> int:
    """The 1-based number of the first line of a file that holds ``needle``."""
    return next(i for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if needle in line)
