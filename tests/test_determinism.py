"""Determinism and no side effects: same input, same bytes; nothing written; no network.

- Every output format gives the same bytes in separate processes, whatever
  ``PYTHONHASHSEED`` (set and dict order must never leak into the output), with one
  worker or several (``--jobs``), and holds no time stamp of the run.
- A run writes nothing beside its inputs, nor in its working folder: the folder's
  listing (names, sizes, modification times) is the same after as before.
- A run opens no network connection: with a ``sitecustomize.py`` on ``PYTHONPATH`` that
  makes ``socket.socket`` (and name lookups) raise, every command still works.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.*"))
FORMATS = ["text", "json", "sarif", "github", "html"]

EXTRA = {
    "notice-fr.md": "---\ndate: 2024-04-02\n---\n# Avis\n\nLe 12 mars 2024, la clinique a découvert qu'un tiers avait "
                    "accédé à sa messagerie entre le 2 et le 9 mars 2024. Elle a informé la CNIL le 15 mars 2024 et "
                    "les patients le 2 mai 2024. L'enquête s'est achevée le 10 mars 2024.\n",
    "article.html": "<html><head><meta property='article:published_time' content='2024-03-04'></head><body><article>"
                    "<p>Harborview Pediatrics discovered the intrusion on January 22, 2024. Its investigation ended on "
                    "January 15, 2024. It notified HHS on February 27, 2024 and patients on April 2, 2024; the attack "
                    "lasted three days, from January 8 to January 19, 2024.</p></article></body></html>",
    "report.txt": "Ransomware encrypted the billing servers from 2022-10-02 to 2022-10-05. IT staff detected the attack "
                  "on Monday, October 4, 2022. The review ran from October 6 to November 18, 2022. Patients were told "
                  "on December 20, 2022, more than 60 days after discovery; HHS on Feb. 30, 2023.\n",
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder of inputs: the examples and a few more, several formats and both languages."""
    d = tmp_path_factory.mktemp("inputs")
    for p in EXAMPLES:
        shutil.copy(p, d / p.name)
    for name, text in EXTRA.items():
        (d / name).write_text(text, encoding="utf-8")
    return d


def run(args: list[str], cwd: Path, env: dict[str, str] | None = None,
        stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "timeline_check", *args], capture_output=True, cwd=cwd, input=stdin,
                          env={**os.environ, **(env or {})}, timeout=120)


def files(d: Path) -> list[str]:
    return sorted(p.name for p in d.iterdir() if p.is_file())


@pytest.mark.slow
@pytest.mark.parametrize("fmt", FORMATS)
def test_same_bytes_across_processes_and_hash_seeds(corpus: Path, fmt: str) -> None:
    args = ["check", "--format", fmt, "--fail-on", "never", *files(corpus)]
    outs = [run(args, corpus, {"PYTHONHASHSEED": seed}) for seed in ("0", "4242", "random")]
    for out in outs:
        assert out.returncode == 0, out.stderr.decode()
        assert out.stderr == b""
    assert len({o.stdout for o in outs}) == 1, f"{fmt}: the output depends on the hash seed"
    text = outs[0].stdout.decode()
    today = dt.date.today()
    for day in (today, today - dt.timedelta(days=1)):  # the run's own date is in no output
        assert day.isoformat() not in text and f"{day:%B} {day.day}, {day.year}" not in text
    if fmt == "json":
        assert len(json.loads(text)["documents"]) == len(files(corpus))


@pytest.mark.slow
def test_workers_give_the_same_bytes(corpus: Path) -> None:
    args = ["check", "--format", "json", "--recursive", "--fail-on", "never", "."]
    one = run([*args, "--jobs", "1"], corpus)
    many = run([*args, "--jobs", "3"], corpus, {"PYTHONHASHSEED": "7"})
    assert one.returncode == many.returncode == 0, (one.stderr, many.stderr)
    assert one.stdout == many.stdout


@pytest.mark.slow
def test_events_and_timexes_are_deterministic(corpus: Path) -> None:
    for command in (["events"], ["timexes", "--format", "json"], ["check", "--deadlines", "--fail-on", "never"]):
        outs = {run([*command, *files(corpus)], corpus, {"PYTHONHASHSEED": seed}).stdout for seed in ("0", "99")}
        assert len(outs) == 1, command


def listing(d: Path) -> dict[str, tuple[int, int]]:
    """Every file and folder under ``d``: size and modification time."""
    return {str(p.relative_to(d)): (p.stat().st_size if p.is_file() else -1, p.stat().st_mtime_ns)
            for p in [d, *d.rglob("*")]}


@pytest.mark.slow
def test_nothing_is_written_beside_the_inputs(corpus: Path, tmp_path: Path) -> None:
    work = tmp_path / "work"
    shutil.copytree(corpus, work)
    before = listing(work)
    for fmt in FORMATS:
        run(["check", "--format", fmt, "--recursive", "--deadlines", "."], work)
    run(["check", "--jobs", "2", *files(work)], work)
    run(["events", *files(work)], work)
    run(["timexes", *files(work)], work)
    run(["check", "-"], work, stdin=EXTRA["report.txt"].encode())
    assert listing(work) == before


SITECUSTOMIZE = '''
import socket

def _refuse(*args, **kwargs):
    raise OSError("network use blocked by the test (sitecustomize.py)")

class _NoSocket(socket.socket):
    def __init__(self, family=-1, *args, **kwargs):
        if family != getattr(socket, "AF_UNIX", None):  # local sockets are not the network
            _refuse()
        super().__init__(family, *args, **kwargs)

socket.socket = _NoSocket
socket.create_connection = socket.getaddrinfo = socket.gethostbyname = socket.socket.connect = _refuse
'''


@pytest.fixture(scope="module")
def offline(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    d = tmp_path_factory.mktemp("offline")
    (d / "sitecustomize.py").write_text(SITECUSTOMIZE, encoding="utf-8")
    path = os.pathsep.join([str(d), os.environ.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    return {"PYTHONPATH": path}


def test_the_block_works(offline: dict[str, str], tmp_path: Path) -> None:
    probe = subprocess.run([sys.executable, "-c", "import socket; socket.create_connection(('192.0.2.1', 80), 1)"],
                           capture_output=True, text=True, env={**os.environ, **offline}, cwd=tmp_path, timeout=60)
    assert probe.returncode != 0 and "network use blocked by the test" in probe.stderr
    probe = subprocess.run([sys.executable, "-c", "import socket; socket.socket(socket.AF_INET)"],
                           capture_output=True, text=True, env={**os.environ, **offline}, cwd=tmp_path, timeout=60)
    assert probe.returncode != 0 and "network use blocked by the test" in probe.stderr


@pytest.mark.slow
@pytest.mark.parametrize("args", [
    ["check", "--format", "json", "--fail-on", "never", "--recursive", "."],
    ["check", "--format", "html", "--fail-on", "never", "--recursive", "."],
    ["check", "--format", "sarif", "--fail-on", "never", "--jobs", "2", "--recursive", "."],
    ["events", "--recursive", "."],
    ["timexes", "--recursive", "."],
    ["rules"],
    ["explain", "hipaa/individual-notice"],
])
def test_no_network_is_needed(corpus: Path, offline: dict[str, str], args: list[str]) -> None:
    blocked = run(args, corpus, offline)
    assert blocked.returncode == 0, blocked.stderr.decode()
    assert blocked.stderr == b""
    assert blocked.stdout == run(args, corpus).stdout
