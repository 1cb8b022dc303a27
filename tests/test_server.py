"""The check server (``--server``): the same bytes and exit code as a local run, a local run
whenever the server cannot answer, never an answer from a server whose package or rules changed,
and nothing left running or on disk after the tests."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from timeline_check import client

ROOT = Path(__file__).resolve().parent.parent

STORY = """Lakeview Dental Group, notice of a data incident, published September 30, 2024.

On June 14, 2024, Lakeview learned that a backup drive had gone missing from its billing office.
The drive went missing on June 20, 2024, according to the office log. Lakeview mailed letters to
the affected patients on September 27, 2024, and notified the state attorney general the same day.
About 2,400 patients were affected.
"""

HISTOIRE = """Cabinet Moreau, communiqué du 12 mars 2024.

Le 4 février 2024, le cabinet a constaté qu'un ordinateur portable avait été volé. Le vol a eu lieu
le 9 février 2024. Le cabinet a informé la CNIL le 11 mars 2024.
"""


def _env(runtime: str, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TIMELINE_CHECK_")}
    env.update(XDG_RUNTIME_DIR=runtime, PYTHONPATH=str(ROOT), **extra)
    return env


def _run(args: list[str], env: dict[str, str], cwd: Path, stdin: bytes | None = None) -> tuple[bytes, bytes, int]:
    done = subprocess.run([sys.executable, "-m", "timeline_check", *args], input=stdin, capture_output=True,
                          cwd=cwd, env=env, timeout=300)
    return done.stdout, done.stderr, done.returncode


def _pid(runtime: str, env: dict[str, str]) -> int | None:
    """The pid of the server answering in ``runtime`` (None when none answers)."""
    old = os.environ.get("XDG_RUNTIME_DIR")
    os.environ["XDG_RUNTIME_DIR"] = runtime
    try:
        answer = client.ask({"kind": "status"})
    finally:
        if old is None:
            del os.environ["XDG_RUNTIME_DIR"]
        else:
            os.environ["XDG_RUNTIME_DIR"] = old
    return None if answer is None else int(answer["pid"])


def _status_pid(env: dict[str, str], cwd: Path) -> int | None:
    """The pid ``timeline-check server status`` gives (the server of the package that ``env`` runs)."""
    out, _, code = _run(["server", "status"], env, cwd)
    return int(out.split(b"pid ")[1].split(b",")[0]) if code == 0 else None


def _wait(ready: object, seconds: float = 120.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if ready():  # type: ignore[operator]
            return True
        time.sleep(0.1)
    return False


def _gone(pid: int) -> bool:
    """Whether a process has ended (a zombie nobody reaped yet has)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    try:
        return Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0] == "Z"
    except OSError:
        return False


class Runtime:
    """A private runtime folder of its own (short: a socket's path is limited), and every server
    started in it stopped at the end."""

    def __init__(self) -> None:
        self.folder = tempfile.mkdtemp(prefix="tcs-", dir="/tmp")
        self.env = _env(self.folder)
        self.pids: set[int] = set()

    def served(self) -> int:
        os.environ["XDG_RUNTIME_DIR"], old = self.folder, os.environ.get("XDG_RUNTIME_DIR", "")
        try:
            answer = client.ask({"kind": "status"})
        finally:
            os.environ["XDG_RUNTIME_DIR"] = old
        assert answer is not None, "no server answers"
        self.pids.add(int(answer["pid"]))
        return int(answer["served"])

    def start(self) -> int:
        out, err, code = _run(["server", "start"], self.env, ROOT)
        assert code == 0, err
        pid = _pid(self.folder, self.env)
        assert pid is not None
        self.pids.add(pid)
        return pid

    def close(self) -> None:
        for pid_file in Path(self.folder, "timeline-check").glob("*.pid"):
            self.pids.add(int(pid_file.read_text()))
        for pid in self.pids:
            if not _gone(pid):
                os.kill(pid, signal.SIGTERM)  # a server leaves as on "server stop"
        for pid in self.pids:
            if not _wait(lambda: _gone(pid), 10):
                os.kill(pid, signal.SIGKILL)
        left = list(Path(self.folder, "timeline-check").glob("*.sock"))
        shutil.rmtree(self.folder, ignore_errors=True)
        assert not left, "a server left its socket behind"


@pytest.fixture()
def runtime() -> Iterator[Runtime]:
    rt = Runtime()
    try:
        yield rt
    finally:
        rt.close()


@pytest.fixture(scope="module")
def warm(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Runtime, Path]]:
    """A running server, and a folder with the texts to check."""
    folder = tmp_path_factory.mktemp("texts")
    (folder / "story.txt").write_text(STORY, encoding="utf-8")
    (folder / "histoire.txt").write_text(HISTOIRE, encoding="utf-8")
    rt = Runtime()
    try:
        rt.start()
        yield rt, folder
    finally:
        rt.close()


SAME = [
    ["check", "story.txt"],
    ["check", "--format", "json", "story.txt", "histoire.txt"],
    ["check", "--format", "sarif", "story.txt"],
    ["check", "--deadlines", "story.txt"],
    ["check", "--format", "github", "--deadlines", "histoire.txt"],
    ["events", "story.txt"],
    ["check", "no-such-file.txt"],
    ["check"],
    ["check", "--select", "no-such-rule", "story.txt"],
    ["--version"],
]


@pytest.mark.slow
@pytest.mark.parametrize("args", SAME, ids=lambda a: " ".join(a))
def test_the_server_answers_what_a_local_run_prints(warm: tuple[Runtime, Path], args: list[str]) -> None:
    rt, folder = warm
    before = rt.served()
    local = _run(args, rt.env, folder)
    served = _run(["--server", *args], rt.env, folder)
    assert rt.served() == before + 1  # answered by the server, not by a local run
    assert served == local
    if args == ["check", "no-such-file.txt"]:
        assert local[2] == 2 and local[1].count(b"\n") == 1


@pytest.mark.slow
def test_an_answered_command_imports_nothing_heavy(warm: tuple[Runtime, Path]) -> None:
    rt, folder = warm
    done = subprocess.run([sys.executable, "-X", "importtime", "-m", "timeline_check", "--server", "check", "story.txt"],
                          capture_output=True, cwd=folder, env=rt.env, timeout=300)
    imported = {line.rpartition("|")[2].strip() for line in done.stderr.decode().splitlines() if "|" in line}
    assert "timeline_check.client" in imported
    assert not imported & {"click", "attrs", "timeline_check.cli", "timeline_check.engine", "timeline_check.rulefile"}
    assert done.stdout == _run(["check", "story.txt"], rt.env, folder)[0]


@pytest.mark.slow
def test_standard_input_the_environment_and_a_configuration_in_the_current_folder(
        warm: tuple[Runtime, Path], tmp_path: Path) -> None:
    rt, _ = warm
    (tmp_path / ".timeline-check.toml").write_text('fail-on = "never"\nignore = ["order"]\n', encoding="utf-8")
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    env = {**rt.env, "TIMELINE_CHECK_SERVER": "1", "NO_COLOR": "1"}
    for args, stdin in ((["check", "-"], STORY.encode()), (["check", "story.txt"], None),
                        (["events", "-"], HISTOIRE.encode())):
        before = rt.served()
        served = _run(args, env, tmp_path, stdin)
        assert rt.served() == before + 1
        assert served == _run(args, {k: v for k, v in env.items() if k != "TIMELINE_CHECK_SERVER"}, tmp_path, stdin)
    assert _run(["check", "story.txt"], env, tmp_path)[2] == 0  # the configuration's fail-on was read


@pytest.mark.slow
def test_a_report_written_to_a_file_is_the_same_file(warm: tuple[Runtime, Path], tmp_path: Path) -> None:
    rt, folder = warm
    files = {}
    before = rt.served()
    for name, first in (("local.json", []), ("served.json", ["--server"])):
        done = subprocess.run([sys.executable, "-m", "timeline_check", *first, "check", "--format", "json", "--output",
                               str(tmp_path / name), "story.txt"], capture_output=True, cwd=folder, env=rt.env,
                              preexec_fn=lambda: os.umask(0o027), timeout=300)  # the server's own umask is 022
        assert done.stdout == b"" and done.returncode == 1
        files[name] = ((tmp_path / name).read_bytes(), (tmp_path / name).stat().st_mode & 0o777)
    assert rt.served() == before + 1
    assert files["served.json"] == files["local.json"]
    assert files["local.json"][1] == 0o640


@pytest.mark.slow
def test_another_rules_directory_is_read_per_request(warm: tuple[Runtime, Path], tmp_path: Path) -> None:
    rt, folder = warm
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    args = ["check", "--rules", str(rules), "story.txt"]
    first = _run(["--server", *args], rt.env, folder)
    order = rules / "order.toml"
    order.write_text(order.read_text(encoding="utf-8").replace("is said to be discovered", "was found"), encoding="utf-8")
    before = rt.served()
    served = _run(["--server", *args], rt.env, folder)
    assert rt.served() == before + 1
    assert served == _run(args, rt.env, folder) != first


@pytest.mark.slow
def test_no_server_runs_locally_and_starts_one(runtime: Runtime, tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    assert _pid(runtime.folder, runtime.env) is None
    local = _run(["check", "story.txt"], runtime.env, tmp_path)
    assert _run(["--server", "check", "story.txt"], runtime.env, tmp_path) == local
    assert _wait(lambda: _pid(runtime.folder, runtime.env) is not None)
    runtime.served()  # recorded, to be stopped
    pid = _pid(runtime.folder, runtime.env)
    assert pid is not None
    os.kill(pid, signal.SIGKILL)  # killed: its socket stays behind, nobody listens
    assert _wait(lambda: _gone(pid), 10)
    assert _run(["--server", "check", "story.txt"], runtime.env, tmp_path) == local
    assert _wait(lambda: _pid(runtime.folder, runtime.env) not in (None, pid))  # a new one took its place
    runtime.served()


@pytest.mark.slow
def test_a_server_whose_rules_changed_never_answers(runtime: Runtime, tmp_path: Path) -> None:
    install = tmp_path / "install"
    shutil.copytree(ROOT / "timeline_check", install / "timeline_check",
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "rules", install / "rules")
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    env = {**runtime.env, "PYTHONPATH": str(install)}
    out, err, code = _run(["server", "start"], env, tmp_path)
    assert code == 0, err
    old = _status_pid(env, tmp_path)
    assert old is not None
    runtime.pids.add(old)
    args = ["check", "--format", "json", "story.txt"]
    first = _run(args, env, tmp_path)
    assert _run(["--server", *args], env, tmp_path) == first
    order = install / "rules" / "order.toml"
    order.write_text(order.read_text(encoding="utf-8").replace("is said to be discovered", "was found"), encoding="utf-8")
    changed = _run(args, env, tmp_path)
    assert changed != first
    assert _run(["--server", *args], env, tmp_path) == changed  # not the old server's answer
    assert _wait(lambda: _gone(old), 10)
    assert _wait(lambda: _status_pid(env, tmp_path) not in (None, old))  # a fresh one was started
    new = _status_pid(env, tmp_path)
    assert new is not None
    runtime.pids.add(new)


@pytest.mark.slow
def test_an_idle_server_stops_and_removes_its_socket(runtime: Runtime) -> None:
    out, err, code = _run(["server", "start", "--idle-timeout", "1"], runtime.env, ROOT)
    assert code == 0, err
    pid = _pid(runtime.folder, runtime.env)
    assert pid is not None
    runtime.pids.add(pid)
    assert _wait(lambda: _gone(pid), 60)
    assert not list(Path(runtime.folder, "timeline-check").glob("*.sock"))
    assert not list(Path(runtime.folder, "timeline-check").glob("*.pid"))


@pytest.mark.slow
def test_start_status_stop(runtime: Runtime) -> None:
    assert _run(["server", "status"], runtime.env, ROOT)[2] == 1
    pid = runtime.start()
    out, _, code = _run(["server", "status"], runtime.env, ROOT)
    assert code == 0 and f"pid {pid}".encode() in out
    assert _run(["server", "start"], runtime.env, ROOT)[0] == f"already running (pid {pid})\n".encode()
    assert _run(["server", "stop"], runtime.env, ROOT)[0] == f"stopped (pid {pid})\n".encode()
    assert _gone(pid)
    assert _run(["server", "status"], runtime.env, ROOT)[2] == 1


def test_a_folder_that_cannot_be_made_runs_locally(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    env = _env(str(blocker / "below"))
    args = ["check", "story.txt"]
    assert _run(["--server", *args], env, tmp_path) == _run(args, env, tmp_path)
    assert not (blocker / "below").exists()
    stdin = STORY.encode()  # read by the client before it gave up: the local run reads the same bytes
    assert _run(["--server", "check", "-"], env, tmp_path, stdin) == _run(["check", "-"], env, tmp_path, stdin)


def test_the_private_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    (tmp_path / "timeline-check").mkdir(mode=0o755)
    os.chmod(tmp_path / "timeline-check", 0o755)
    assert client.runtime_folder() is None  # readable by others: not used as it is
    folder = client.runtime_folder(create=True)
    assert folder == str(tmp_path / "timeline-check")
    assert os.stat(folder).st_mode & 0o777 == 0o700
    if os.getuid() == 0:  # only root can give a folder away
        os.chown(folder, 4242, 4242)
        assert client.runtime_folder(create=True) is None
    monkeypatch.delenv("XDG_RUNTIME_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    assert client.runtime_folder(create=True) == str(tmp_path / "cache" / "timeline-check" / "server")


def test_messages_and_names() -> None:
    a, b = socket.socketpair()
    with a, b:
        message = {"kind": "run", "args": ["check", "-"], "stdin": b"\xff\x00", "streams": [(True, "utf-8", "strict")]}
        client.send(a, message)
        assert client.receive(b) == {**message, "streams": [(True, "utf-8", "strict")]}
        a.sendall(b"\x00" * 7)
        a.close()
        with pytest.raises(Exception):  # noqa: B017, PT011 - a cut message is no message
            client.receive(b)
    assert client.forwarded("TIMELINE_CHECK_DEBUG") and client.forwarded("LC_ALL") and client.forwarded("NO_COLOR")
    assert not client.forwarded("PATH") and not client.forwarded("AWS_SECRET_ACCESS_KEY")
    names = client.files("/run/x")
    assert {Path(p).suffix for p in names.values()} == {".sock", ".pid", ".lock", ".log"}
    assert len({Path(p).stem for p in names.values()}) == 1


def test_a_bad_answer_runs_locally(tmp_path: Path) -> None:
    """A server that answers something else than an answer: the command runs locally."""
    folder = tempfile.mkdtemp(prefix="tcs-", dir="/tmp")
    try:
        env = _env(folder)
        os.environ["XDG_RUNTIME_DIR"], old = folder, os.environ.get("XDG_RUNTIME_DIR", "")
        try:
            private = client.runtime_folder(create=True)
        finally:
            os.environ["XDG_RUNTIME_DIR"] = old
        assert private is not None
        listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        listener.bind(client.files(private)["sock"])
        listener.listen(1)

        def answer_badly() -> None:
            conn, _ = listener.accept()
            with conn:
                client.receive(conn)
                client.send(conn, {"kind": "done", "stdout": "not bytes", "stderr": b"", "code": 0})

        thread = threading.Thread(target=answer_badly)
        thread.start()
        (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
        args = ["check", "story.txt"]
        assert _run(["--server", *args], env, tmp_path) == _run(args, env, tmp_path)
        thread.join(30)
        assert not thread.is_alive()  # it was asked
        listener.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def test_what_makes_a_server_stale(tmp_path: Path) -> None:
    from timeline_check.server import Stamp

    package, library = tmp_path / "package", tmp_path / "site-packages"
    (package / "rules").mkdir(parents=True)
    library.mkdir()
    rule = package / "rules" / "order.toml"
    rule.write_text("message = 'first'\n", encoding="utf-8")
    stamp = Stamp([str(package)], [str(library)])
    assert not stamp.stale()
    os.utime(rule, ns=(1, 1))  # touched only
    assert not stamp.stale()
    rule.write_text("message = 'other'\n", encoding="utf-8")
    assert stamp.stale()
    rule.write_text("message = 'first'\n", encoding="utf-8")
    assert not stamp.stale()
    (library / "click-9.0.dist-info").mkdir()  # a library installed or upgraded
    assert stamp.stale()
    assert Stamp([str(package)], [str(library)]).stale() is False
    (package / "rules" / "new.toml").write_text("", encoding="utf-8")
    assert stamp.stale()
