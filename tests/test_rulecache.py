"""The cache of parsed rule files: used when fresh, ignored when stale, corrupt or out of reach, and the
rules built from it are the rules built without it."""

from __future__ import annotations

import os
import pickle
from pathlib import Path
from typing import Any

import attrs
import pytest
from rulepack import copy_rules, edit

from timeline_check import ruleset
from timeline_check.rulecache import ParseCache, cache_dir
from timeline_check.rulefile import Phrases
from timeline_check.ruleset import RuleSet


def _build(root: Path) -> RuleSet:
    """The rules of ``root``, built anew (not the copy ``load_rules`` keeps for the process)."""
    return ruleset.load_rules.__wrapped__(root)  # type: ignore[attr-defined]


def _plain(value: Any) -> Any:
    """A value with its phrase lists written as their phrases and its rule objects as dicts, to compare."""
    if isinstance(value, Phrases):
        return ("phrases", value.phrases)
    if attrs.has(type(value)):
        return {f.name: _plain(getattr(value, f.name)) for f in attrs.fields(type(value))}
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, frozenset):
        return sorted(value)
    if hasattr(value, "pattern"):
        return ("pattern", value.pattern, value.flags)
    return value


def _summary(rules: RuleSet) -> Any:
    return _plain(rules)


@pytest.fixture()
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "cache-home"
    monkeypatch.setenv("XDG_CACHE_HOME", str(home))
    return home


def _cache_file(root: Path) -> Path:
    cache = ParseCache(root)
    assert cache.file is not None
    return cache.file


def test_the_cache_is_written_then_used_and_gives_the_same_rules(cache_home: Path) -> None:
    root = ruleset.default_rules_dir()
    cold = _build(root)
    file = _cache_file(root)
    assert file.parent == cache_home / "timeline-check" and file.is_file()
    tomls = sorted(root.rglob("*.toml"))
    warm_cache = ParseCache(root)
    assert len(warm_cache.known) == len({p.read_text(encoding="utf-8") for p in tomls})
    stamp = file.stat().st_mtime_ns
    warm = _build(root)
    assert _summary(warm) == _summary(cold)
    assert file.stat().st_mtime_ns == stamp  # nothing new: not written again


def test_a_changed_file_is_parsed_again(cache_home: Path, tmp_path: Path) -> None:
    pack = copy_rules(tmp_path)
    before = _build(pack)
    assert {v.amount for v in before.versions("hipaa/individual-notice")} == {60}
    edit(pack / "regimes" / "hipaa.toml", "amount = 60", "amount = 45")
    cache = ParseCache(pack)
    cache.load_toml(pack / "regimes" / "hipaa.toml")
    assert cache.new  # its text is not the one cached
    after = _build(pack)
    assert {v.amount for v in after.versions("hipaa/individual-notice")} == {45}
    # and the cache now holds the new text's data, not the old one's
    assert _summary(_build(pack)) == _summary(after)


@pytest.mark.parametrize("content", [b"", b"not a pickle at all", b"\x80\x05\x95garbage",
                                     pickle.dumps({"format": -1, "files": {}}),
                                     pickle.dumps({"format": 1, "python": "2.7", "files": {}}),
                                     pickle.dumps(["a", "list"])])
def test_a_corrupt_or_foreign_cache_is_ignored_and_replaced(cache_home: Path, content: bytes) -> None:
    root = ruleset.default_rules_dir()
    cold = _build(root)
    file = _cache_file(root)
    file.write_bytes(content)
    assert ParseCache(root).known == {}
    assert _summary(_build(root)) == _summary(cold)
    assert len(ParseCache(root).known) > 0  # rewritten


class _Boom:
    def __reduce__(self) -> tuple[Any, ...]:
        return (os.remove, ("/nonexistent/timeline-check-test",))


def test_a_cache_naming_code_is_refused(cache_home: Path) -> None:
    root = ruleset.default_rules_dir()
    _build(root)
    file = _cache_file(root)
    file.write_bytes(pickle.dumps({"format": 1, "files": {"x": _Boom()}}))
    assert ParseCache(root).known == {}  # os.remove is never called: only dates may be named


def test_an_unwritable_cache_folder_changes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))  # the cache folder would be under a file
    root = ruleset.default_rules_dir()
    rules = _build(root)
    assert not (blocker / "timeline-check").exists()
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "other"))
    assert _summary(rules) == _summary(_build(root))
    assert list(blocker.parent.glob("**/*.tmp")) == []


def test_no_home_means_no_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)

    monkeypatch.delenv("HOME", raising=False)
    monkeypatch.setattr(os.path, "expanduser", lambda path: path)  # what it does when no home is known
    assert cache_dir() is None
    root = ruleset.default_rules_dir()
    assert ParseCache(root).file is None
    assert _build(root).regimes  # built all the same


def test_a_relative_xdg_cache_home_is_not_used(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/folder")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert cache_dir() == tmp_path / ".cache" / "timeline-check"
