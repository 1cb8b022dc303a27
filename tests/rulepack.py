"""Helpers for tests that break a copy of the shipped rules on purpose."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from timeline_check.rulefile import RuleFileError
from timeline_check.ruleset import default_rules_dir, load_rules


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


def add_acme_regime(pack: Path, rule_tail: str) -> None:
    """Add to a pack a one-rule regime, "ACME" (the Acme Act): a deadline from discovery to the
    notice to individuals, whose last lines (its amount and unit) are ``rule_tail``."""
    (pack / "regimes/acme.toml").write_text(
        'regime = "ACME"\ntitle = "Acme Act"\nsource = "https://example.org/acme"\n'
        '[applicability]\nthreshold = 1\n[[applicability.cue]]\nweight = 1\nwords = ["Acme Act"]\n'
        '[[rule]]\nname = "notice"\nkind = "deadline"\ncitation = "Acme Act s. 1"\nsource = "https://example.org/acme"\n'
        'trigger = "discovery"\ndeadline = "notification_individuals"\n' + rule_tail,
        encoding="utf-8")


def line_of(path: Path, needle: str) -> int:
    """The 1-based number of the first line of a file that holds ``needle``."""
    return next(i for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if needle in line)


def assert_broken_at_line(pack: Path, file: str, old: str, new: str, needle: str, words: str) -> None:
    """Edit ``file`` of the pack; loading must fail as ``file:line: ...`` at the line holding
    ``needle``, with ``words`` in the message."""
    target = pack / file
    edit(target, old, new)
    with pytest.raises(RuleFileError) as exc:
        load_rules(pack)
    assert str(exc.value).startswith(f"{target}:{line_of(target, needle)}:"), str(exc.value)
    assert words in str(exc.value)
