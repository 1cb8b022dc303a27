"""The pre-commit hook: its manifest, the files it picks, and the command it runs.

``pre-commit try-repo . timeline-check --files examples/clinic-breach-en.txt`` pip-installs
the checkout into a fresh environment, which needs the network (the build backend comes
from PyPI); that end-to-end run is opt-in (``TIMELINE_CHECK_TRY_REPO=1``) so CI does not
depend on the network. The rest runs offline.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
HOOKS = ROOT / ".pre-commit-hooks.yaml"
EXAMPLE = "examples/clinic-breach-en.txt"


def _hooks() -> list[dict[str, object]]:
    """The manifest, validated by pre-commit itself when it is installed, else read field by field."""
    try:
        from pre_commit.clientlib import load_manifest
    except ImportError:
        text = HOOKS.read_text(encoding="utf-8")
        fields = dict(re.findall(r"^\s*-?\s*(id|entry|language|files|require_serial):\s*(.+?)\s*$", text, re.M))
        return [fields]
    return list(load_manifest(str(HOOKS)))


def test_manifest_declares_the_hook() -> None:
    (hook,) = _hooks()
    assert hook["id"] == "timeline-check"
    assert hook["entry"] == "timeline-check check"
    assert hook["language"] == "python"
    assert str(hook.get("require_serial", "false")).lower() == "false"


@pytest.mark.parametrize(("path", "picked"), [
    ("examples/clinic-breach-en.txt", True), ("notices/draft.md", True), ("site/article.HTML", False),
    ("site/article.html", True), ("letters/notice.docx", True), ("filed/notice.pdf", True),
    ("pyproject.toml", False), ("timeline_check/cli.py", False),
])
def test_files_pattern(path: str, picked: bool) -> None:
    (hook,) = _hooks()
    assert bool(re.search(str(hook["files"]), path)) is picked


@pytest.mark.slow
def test_entry_runs_and_fails_on_the_example() -> None:
    """What the hook runs, with a file name appended as pre-commit does: exit 1 and the findings."""
    (hook,) = _hooks()
    entry = shlex.split(str(hook["entry"]))
    assert entry[0] == "timeline-check"  # the console script of the package
    p = subprocess.run([sys.executable, "-m", "timeline_check", *entry[1:], EXAMPLE], capture_output=True, cwd=ROOT,
                       timeout=120, check=False)
    assert p.returncode == 1
    assert b"error order/discovery-after-investigation-end" in p.stdout
    p = subprocess.run([sys.executable, "-m", "timeline_check", *entry[1:], "README.md"], capture_output=True, cwd=ROOT,
                       timeout=120, check=False)
    assert p.returncode == 0, p.stdout + p.stderr


@pytest.mark.skipif(shutil.which("pre-commit") is None, reason="pre-commit is not installed (pip install pre-commit)")
@pytest.mark.skipif(os.environ.get("TIMELINE_CHECK_TRY_REPO") != "1",
                    reason="pre-commit try-repo pip-installs the checkout and needs the network: "
                           "set TIMELINE_CHECK_TRY_REPO=1 to run it")
def test_try_repo() -> None:
    p = subprocess.run(["pre-commit", "try-repo", ".", "timeline-check", "--files", EXAMPLE], capture_output=True,
                       cwd=ROOT, timeout=900, check=False)
    out = p.stdout.decode(errors="replace")
    assert p.returncode == 1, out  # the hook fails: the example has errors
    assert "timeline-check" in out and "Failed" in out
    assert "error order/discovery-after-investigation-end" in out
