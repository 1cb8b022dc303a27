"""The check server: one process that has imported the command line, loaded the shipped rules and
compiled their patterns, and runs each request in a child forked from that warm state.

It listens on a Unix socket in a private folder (``client.runtime_folder``), named for its
identity (``client.identity``: version, interpreter, package folder); it answers only its own
user (``SO_PEERCRED``) and clients of its identity. A child changes folder and environment, runs
``cli.main`` and answers its standard output, standard error and exit code: a crash or a change
of state stays in the child. Before each request the server checks that the package's files and
the shipped rules are still the ones it loaded (``Stamp``); when they are not, it answers
``stale`` and exits, and the client runs the command itself. Another rules directory (``--rules``,
a configuration's ``rules-dir``) is read by the child, as a local run reads it. The server exits
after ``--idle-timeout`` seconds without a request (``TIMELINE_CHECK_SERVER_TIMEOUT``, 900 by
default), on ``timeline-check server stop`` and on SIGTERM, removing its socket and pid file.
"""

from __future__ import annotations

import argparse
import fcntl
import gc
import hashlib
import io
import os
import signal
import socket
import struct
import sys
import time
import types
from typing import Any

from . import client

IDLE = 900.0
_TICK = 30.0  # how often an idle server looks whether its socket is still its own


class Stamp:
    """The package's files and the shipped rules as loaded: by file, its identity on disk (inode,
    size, modification and change times) and the hash of its content. ``stale`` is true when a
    file was added, removed or has other content (a file only touched is not stale). The folders
    of installed libraries (``site-packages``) are watched themselves, not their files: installing,
    upgrading or removing a library (click, attrs...) changes them, and makes the server stale."""

    def __init__(self, roots: list[str], libraries: list[str] | None = None) -> None:
        self.roots = roots
        self.libraries = libraries if libraries is not None else _libraries()
        self.installed = self._installed()
        self.seen = self._scan()
        self.content = {path: _hash(path) for path in self.seen}

    def _installed(self) -> list[tuple[int, int, int]]:
        found = []
        for folder in self.libraries:
            try:
                st = os.stat(folder)
            except OSError:
                continue
            found.append((st.st_ino, st.st_mtime_ns, st.st_ctime_ns))
        return found

    def _scan(self) -> dict[str, tuple[int, ...]]:
        found: dict[str, tuple[int, ...]] = {}
        for root in self.roots:
            for folder, subfolders, names in os.walk(root):
                subfolders[:] = [s for s in subfolders if s != "__pycache__"]
                for name in names:
                    path = os.path.join(folder, name)
                    try:
                        st = os.stat(path)
                    except OSError:
                        continue
                    found[path] = (st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)
        return found

    def stale(self) -> bool:
        now = self._scan()
        if now.keys() != self.seen.keys() or self._installed() != self.installed:
            return True
        for path, seen in now.items():
            if seen != self.seen[path]:
                try:
                    if _hash(path) != self.content[path]:
                        return True
                except OSError:
                    return True
                self.seen[path] = seen
        return False


def _hash(path: str) -> str:
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def _libraries() -> list[str]:
    """The folders of installed libraries on the path."""
    import site

    folders = [*site.getsitepackages(), site.getusersitepackages()]
    return sorted({os.path.abspath(p) for p in sys.path if p and os.path.basename(p) in ("site-packages", "dist-packages")}
                  | {p for p in folders if os.path.isdir(p)})


def watched() -> list[str]:
    """The folders whose files a server's answers depend on: the package, and the shipped rules."""
    from .ruleset import default_rules_dir

    rules = str(default_rules_dir())
    inside = rules.startswith(client.PACKAGE + os.sep)
    return [client.PACKAGE] if inside else [client.PACKAGE, rules]


def warm_up() -> None:
    """Import what a command imports, load the shipped rules and compile their patterns."""
    from . import cli  # noqa: F401 - imported for the children
    from .ruleset import load_rules
    from .warmup import warm

    warm(load_rules())


class _Stream(io.TextIOWrapper):
    """A child's standard stream: the client's encoding, and whether the client's is a terminal."""

    def __init__(self, data: bytes, tty: bool, encoding: str, errors: str) -> None:
        super().__init__(io.BytesIO(data), encoding=encoding, errors=errors, write_through=True)
        self._tty = tty

    def isatty(self) -> bool:
        return self._tty


def _run(req: dict[str, Any]) -> dict[str, Any]:
    """Run a request's command in this (child) process as a local run in the client would."""
    os.chdir(req["cwd"])
    os.umask(req["umask"])  # for a file the command writes (--output)
    for name in [n for n in os.environ if client.forwarded(n)]:
        del os.environ[name]
    os.environ.update(req["env"])
    time.tzset()
    streams = [_Stream(data, *facts) for data, facts in zip((req["stdin"] or b"", b"", b""), req["streams"])]
    sys.stdin, sys.stdout, sys.stderr = streams
    sys.argv = [req["argv0"], *req["args"]]
    main = types.ModuleType("__main__")
    main.__package__ = req["main_package"]  # click names the program from it ("python -m timeline_check")
    sys.modules["__main__"] = main
    from .cli import main as command

    try:
        command()
        code = 0
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 0 if exc.code is None else 1
    sys.stdout.flush()
    sys.stderr.flush()
    out, err = (s.buffer.getvalue() for s in streams[1:])  # type: ignore[attr-defined]
    return {"kind": "done", "stdout": out, "stderr": err, "code": code}


def _child(conn: socket.socket, req: dict[str, Any], sock: socket.socket) -> None:
    """The forked child: run the request, answer, and end without returning to the server's loop."""
    status = 1
    try:
        sock.close()
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        client.send(conn, _run(req))
        status = 0
    except BaseException:  # noqa: BLE001 - the client gets no answer and runs the command itself
        if os.environ.get("TIMELINE_CHECK_DEBUG") == "1":
            import traceback

            traceback.print_exc(file=sys.__stderr__)
    finally:
        os._exit(status)


def _peer_is_me(conn: socket.socket) -> bool:
    option = getattr(socket, "SO_PEERCRED", None)
    if option is None:  # no peer credentials here: the folder's mode keeps others out
        return True
    _pid, uid, _gid = struct.unpack("3i", conn.getsockopt(socket.SOL_SOCKET, option, struct.calcsize("3i")))
    return bool(uid == os.getuid())


class Server:
    """A listening server, its files, and what it has served."""

    def __init__(self, folder: str, idle: float) -> None:
        self.paths = client.files(folder)
        self.idle = idle
        self.started = time.time()
        self.served = 0
        self.stamp = Stamp(watched())
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.inode = 0

    def listen(self) -> None:
        path = self.paths["sock"]
        if os.path.exists(path):
            os.unlink(path)  # a dead server's: the lock is ours
        old = os.umask(0o177)
        try:
            self.sock.bind(path)
        finally:
            os.umask(old)
        self.inode = os.stat(path).st_ino
        self.sock.listen(64)
        with open(self.paths["pid"], "w", encoding="utf-8") as f:
            f.write(f"{os.getpid()}\n")

    def mine(self) -> bool:
        """Whether the socket file is still this server's (not removed, not another's)."""
        try:
            return os.stat(self.paths["sock"]).st_ino == self.inode
        except OSError:
            return False

    def status(self) -> dict[str, Any]:
        return {"kind": "status", "pid": os.getpid(), "since": self.started, "served": self.served,
                "idle_timeout": self.idle, "socket": self.paths["sock"]}

    def loop(self) -> None:
        last = time.monotonic()
        while True:
            left = self.idle - (time.monotonic() - last)
            if left <= 0 or not self.mine():
                return
            self.sock.settimeout(min(left, _TICK))
            try:
                conn, _ = self.sock.accept()
            except socket.timeout:
                self._reap()
                continue
            last = time.monotonic()
            with conn:
                if not self._serve(conn):
                    return
            self._reap()

    def _serve(self, conn: socket.socket) -> bool:
        """Answer one connection; False when the server must stop."""
        try:
            conn.settimeout(10.0)
            if not _peer_is_me(conn):
                return True
            req = client.receive(conn)
            if req.get("identity") != client.identity():
                client.send(conn, {"kind": "stale"})
                return True
            kind = req.get("kind")
            if kind == "status":
                client.send(conn, self.status())
            elif kind == "stop":
                client.send(conn, {"kind": "stopped", "pid": os.getpid()})
                return False
            elif kind == "run":
                if self.stamp.stale():
                    os.unlink(self.paths["sock"])  # before answering: the next client starts a fresh server
                    client.send(conn, {"kind": "stale"})
                    return False
                self.served += 1
                conn.settimeout(None)
                if os.fork() == 0:
                    _child(conn, req, self.sock)
        except (OSError, ValueError, EOFError, TypeError, struct.error):
            pass
        return True

    @staticmethod
    def _reap() -> None:
        try:
            while os.waitpid(-1, os.WNOHANG)[0]:
                pass
        except ChildProcessError:
            pass

    def close(self) -> None:
        self.sock.close()
        for kind in ("sock", "pid"):
            if kind != "sock" or self.mine():
                try:
                    os.unlink(self.paths[kind])
                except OSError:
                    pass


def _stop(_signum: int, _frame: Any) -> None:
    raise SystemExit(0)


def main(argv: list[str]) -> int:
    """Run a server in the folder given (the background process ``client.start`` spawns)."""
    parser = argparse.ArgumentParser(prog="timeline-check server")
    parser.add_argument("folder")
    parser.add_argument("--idle-timeout", type=float, default=float(os.environ.get("TIMELINE_CHECK_SERVER_TIMEOUT", IDLE)))
    parser.add_argument("--after-parent", action="store_true", help="wait for the process that started this one to end")
    args = parser.parse_args(argv)
    parent, deadline = os.getppid(), time.monotonic() + 60.0
    while args.after_parent and os.getppid() == parent and time.monotonic() < deadline:
        time.sleep(0.01)  # the client runs its command locally meanwhile
    folder = client.runtime_folder(create=True)
    if folder is None or folder != args.folder:
        print(f"{args.folder}: not a private folder of this user's", file=sys.stderr)
        return 2
    lock = os.open(client.files(folder)["lock"], os.O_RDWR | os.O_CREAT, 0o600)
    deadline = time.monotonic() + 5.0
    while True:  # a stale server may still be leaving
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
            break
        except BlockingIOError:
            if time.monotonic() > deadline:
                return 0  # another server runs
            time.sleep(0.05)
    signal.signal(signal.SIGTERM, _stop)
    os.chdir("/")
    server = Server(folder, args.idle_timeout)
    try:
        warm_up()
        server.listen()
        gc.collect()
        gc.freeze()  # children share the warm state's pages instead of copying them when they collect
        server.loop()
    finally:
        server.close()
        os.close(lock)
    return 0


def _wait(ready: Any, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if ready():
            return True
        time.sleep(0.05)
    return False


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def control(action: str, idle: float | None = None) -> tuple[int, str]:
    """``timeline-check server start|stop|status``: the exit code and the line to print."""
    folder = client.runtime_folder(create=action == "start")
    status = client.ask({"kind": "status"}, folder) if folder is not None else None
    running = status is not None and status.get("kind") == "status"
    if action == "status":
        if not running or status is None:
            return 1, "no server is running"
        return 0, (f"running: pid {status['pid']}, {status['served']} checks served, stops after "
                   f"{status['idle_timeout']:g} s idle; socket {status['socket']}")
    if action == "stop":
        if not running or status is None or folder is None:
            return 0, "no server is running"
        client.ask({"kind": "stop"}, folder)
        _wait(lambda: not _alive(status["pid"]), 10.0)
        return 0, f"stopped (pid {status['pid']})"
    if running and status is not None:
        return 0, f"already running (pid {status['pid']})"
    if folder is None:
        return 2, "no private folder for the server (see TIMELINE_CHECK_DEBUG=1)"
    client.start(folder, idle)
    answer: dict[str, Any] = {}

    def answers() -> bool:
        answer.update(client.ask({"kind": "status"}, folder) or {})
        return answer.get("kind") == "status"

    if not _wait(answers, 60.0):
        return 2, f"the server did not start (see {client.files(folder)['log']})"
    return 0, f"started (pid {answer['pid']}); socket {answer['socket']}"
