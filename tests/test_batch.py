"""Batch runs: folders with include/exclude globs, worker processes, a stable order and a progress bar."""

from __future__ import annotations

import importlib.util
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline_check import cli as cli_module
from timeline_check.cli import cli
from timeline_check.engine import check_path, expand_paths

ROOT = Path(__file__).resolve().parent.parent


def _generator():  # bench/batch.py is a script, not a package: load it by path
    spec = importlib.util.spec_from_file_location("bench_batch", ROOT / "bench" / "batch.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def narratives(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("batch") / "narratives"
    _generator().write(folder, 50, seed=11)
    return folder


def _check(*args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "timeline_check", "check", *args], capture_output=True, cwd=ROOT,
                          timeout=300, check=False)


def test_generator_is_seeded() -> None:
    gen = _generator()
    assert gen.generate(20, seed=3) == gen.generate(20, seed=3)
    assert gen.generate(20, seed=3) != gen.generate(20, seed=4)


@pytest.mark.slow
def test_jobs_give_the_same_bytes(narratives: Path) -> None:
    one = _check("--recursive", "--format", "json", "--jobs", "1", str(narratives))
    two = _check("--recursive", "--format", "json", "--jobs", "2", str(narratives))
    assert one.returncode == two.returncode == 1, one.stderr  # some narratives hold contradictions
    assert one.stdout == two.stdout
    data = json.loads(one.stdout)
    paths = [d["path"] for d in data["documents"]]
    assert len(paths) == 50 and paths == sorted(paths)
    assert data["summary"]["errors"] > 0
    assert _check("--recursive", "--jobs", "2", str(narratives)).stdout == _check("--recursive", str(narratives)).stdout


@pytest.mark.slow
def test_api_jobs_same_report_and_progress(narratives: Path) -> None:
    seen: list[tuple[int, int]] = []
    serial = check_path(str(narratives), recursive=True)
    pooled = check_path(str(narratives), recursive=True, jobs=2, progress=lambda done, total: seen.append((done, total)))
    assert pooled == serial
    assert seen[0] == (0, 50) and seen[-1] == (50, 50)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_order_is_the_order_given_then_sorted(tmp_path: Path, narratives: Path) -> None:
    files = sorted(narratives.rglob("*.txt"))
    a, b = files[3], files[1]
    report = check_path([str(a), str(narratives / "00"), str(b)], recursive=True, jobs=2)
    paths = [d.path for d in report.documents]
    assert paths[0] == str(a) and paths[-1] == str(b)
    assert paths[1:-1] == sorted(paths[1:-1]) and len(paths) == 52


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    text = "Published: May 2, 2024\n\nThe firm discovered the breach on April 1, 2024.\n"
    for name in ["a.md", "b.txt", "drafts/c.txt", "drafts/old/d.md", "site/e.html", "notes.rst"]:
        p = tmp_path / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(f"<p>{text}</p>" if name.endswith(".html") else text, encoding="utf-8")
    return tmp_path


def _names(files: list[str], root: Path) -> list[str]:
    return [Path(f).relative_to(root).as_posix() for f in files]


@pytest.mark.parametrize(("include", "exclude", "expected"), [
    ((), (), ["a.md", "b.txt", "drafts/c.txt", "drafts/old/d.md", "site/e.html"]),
    (("*.md",), (), ["a.md", "drafts/old/d.md"]),
    ((), ("drafts/*",), ["a.md", "b.txt", "site/e.html"]),
    ((), ("drafts/",), ["a.md", "b.txt", "site/e.html"]),
    (("*.md", "*.txt"), ("drafts/old/*",), ["a.md", "b.txt", "drafts/c.txt"]),
    (("site/*",), (), ["site/e.html"]),
    (("**/c.txt",), (), ["drafts/c.txt"]),
    (("*.rst",), (), []),  # include narrows the suffixes a walk picks up; it does not add to them
], ids=["all", "include-md", "exclude-folder", "exclude-folder-slash", "both", "include-folder", "double-star",
        "unknown-suffix"])
def test_include_exclude(tree: Path, include: tuple[str, ...], exclude: tuple[str, ...], expected: list[str]) -> None:
    files, problems = expand_paths([str(tree)], recursive=True, include=include, exclude=exclude)
    assert _names(files, tree) == expected and problems == []


def test_files_named_one_by_one_are_always_checked(tree: Path) -> None:
    files, _ = expand_paths([str(tree / "drafts" / "c.txt"), str(tree / "notes.rst")], exclude=("*.txt",))
    assert _names(files, tree) == ["drafts/c.txt", "notes.rst"]


def test_cli_globs_and_a_bad_file_with_jobs(tree: Path) -> None:
    (tree / "drafts" / "broken.txt").write_bytes(b"\x00\x01binary")
    res = CliRunner().invoke(cli, ["check", "-r", "--jobs", "2", "--format", "json", "--exclude", "site/*", str(tree)])
    assert res.exit_code == 2  # the unreadable file; the others are still checked
    assert "broken.txt: binary file, not text" in res.stderr
    docs = json.loads(res.stdout)["documents"]
    assert _names([d["path"] for d in docs], tree) == ["a.md", "b.txt", "drafts/c.txt", "drafts/old/d.md"]
    res = CliRunner().invoke(cli, ["check", "-r", "--include", "*.md", "--format", "json", str(tree)])
    assert res.exit_code == 0 and len(json.loads(res.stdout)["documents"]) == 2


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_only_on_a_terminal_and_for_more_than_a_few(monkeypatch: pytest.MonkeyPatch) -> None:
    term = _Terminal()
    monkeypatch.setattr(cli_module.sys, "stderr", term)
    few = cli_module._Progress()
    for done in range(cli_module.PROGRESS_MIN + 1):
        few(done, cli_module.PROGRESS_MIN)
    few.close()
    assert term.getvalue() == ""
    many = cli_module._Progress()
    for done in range(51):
        many(done, 50)
    many.close()
    assert "checking" in term.getvalue() and "50/50" in term.getvalue()
    piped = io.StringIO()
    monkeypatch.setattr(cli_module.sys, "stderr", piped)
    quiet = cli_module._Progress()
    for done in range(51):
        quiet(done, 50)
    quiet.close()
    assert piped.getvalue() == ""


@pytest.mark.slow
def test_no_progress_bar_in_a_pipe(narratives: Path) -> None:
    res = _check("--recursive", "--jobs", "2", str(narratives))
    assert b"checking" not in res.stderr and res.stderr == b""


@pytest.mark.parametrize("files,jobs", [(3, 2), (64, 2), (819, 2), (819, 4), (5000, 3)])
def test_chunks_keep_the_files_in_order_and_shrink_towards_the_end(files: int, jobs: int) -> None:
    from timeline_check.engine import _chunks
    pooled = list(range(100, 100 + files))
    chunks = _chunks(pooled, jobs)
    assert [i for c in chunks for i in c] == pooled
    sizes = [len(c) for c in chunks]
    assert max(sizes) <= 16 and sizes == sorted(sizes, reverse=True)
    # what is left after each chunk is enough to keep the other workers busy while it is checked
    left = files
    for size in sizes:
        left -= size
        assert size == 1 or left >= (jobs - 1) * size
