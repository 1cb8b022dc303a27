"""The entry point, and the check server's client on its fast path.

``timeline-check --server ARGS`` (or ``TIMELINE_CHECK_SERVER=1``) sends the command to a warm
server (``server.py``) over a Unix socket in a private folder and writes back its standard output,
standard error and exit code, byte for byte what a local run gives. Nothing heavy is imported on
this path (no click, no attrs, no rules). When no server answers, one is started in the
background and this command runs locally; any failure of the client (no folder, a socket error,
another version, a bad answer) runs the command locally too, silently unless
``TIMELINE_CHECK_DEBUG=1``.
"""

from __future__ import annotations

import io
import marshal
import os
import socket
import stat
import struct
import sys
import zlib
from typing import Any, NoReturn

from . import __version__
from .folders import cache_folder

PROTOCOL = 1
PACKAGE = os.path.dirname(os.path.abspath(__file__))
# What a command reads from its environment: sent with each request, set in the server's worker.
FORWARDED = frozenset({"NO_COLOR", "FORCE_COLOR", "TERM", "COLUMNS", "LINES", "LANG", "LANGUAGE", "HOME", "TZ",
                       "XDG_CACHE_HOME", "XDG_CONFIG_HOME", "PYTHONIOENCODING"})
FORWARDED_PREFIXES = ("TIMELINE_CHECK_", "LC_")
_HEADER = struct.Struct("!Q")
_SOCKET_PATH_MAX = 100  # a Unix socket's path is at most 104 to 108 bytes, depending on the system


def identity() -> str:
    """What a server must share with its client: protocol, version, interpreter and package folder
    (the package's files and rules are checked by the server itself, ``server.Stamp``)."""
    return "\0".join((str(PROTOCOL), __version__, sys.executable, sys.version, PACKAGE))


def forwarded(name: str) -> bool:
    """Whether an environment variable is one a command reads (sent to the server)."""
    return name in FORWARDED or name.startswith(FORWARDED_PREFIXES)


def _debug(message: str) -> None:
    if os.environ.get("TIMELINE_CHECK_DEBUG") == "1":
        print(f"timeline-check: server: {message}", file=sys.stderr)


def runtime_folder(create: bool = False) -> str | None:
    """The server's private folder: ``$XDG_RUNTIME_DIR/timeline-check``, else ``server`` in the cache
    folder; mode 0700, owned by this user (None when it is not, or cannot be made so)."""
    base = os.environ.get("XDG_RUNTIME_DIR", "")
    if os.path.isabs(base):
        folder = os.path.join(base, "timeline-check")
    else:
        cache = cache_folder()
        if cache is None:
            return None
        folder = os.path.join(cache, "server")
    try:
        if create:
            os.makedirs(folder, mode=0o700, exist_ok=True)
        st = os.lstat(folder)
        if not stat.S_ISDIR(st.st_mode) or st.st_uid != os.getuid():
            _debug(f"{folder}: not a folder of this user's; not used")
            return None
        if st.st_mode & 0o077:
            if not create:
                return None
            os.chmod(folder, 0o700)
    except OSError as exc:
        _debug(f"{folder}: {exc}")
        return None
    return folder


def files(folder: str) -> dict[str, str]:
    """The socket, pid file, lock file and log of the server of this interpreter and package in ``folder``."""
    ident = identity().encode("utf-8", "surrogateescape")
    key = f"{zlib.crc32(ident):08x}{zlib.adler32(ident):08x}"
    return {kind: os.path.join(folder, f"{key}.{kind}") for kind in ("sock", "pid", "lock", "log")}


def send(sock: socket.socket, message: dict[str, Any]) -> None:
    """One message: its length, then its ``marshal`` form (plain data only: str, bytes, int, bool, lists, dicts)."""
    body = marshal.dumps(message)
    sock.sendall(_HEADER.pack(len(body)) + body)


def receive(sock: socket.socket) -> dict[str, Any]:
    """The message ``send`` sent (``ValueError`` when the connection ends first or it is not one)."""
    size = _HEADER.unpack(_exactly(sock, _HEADER.size))[0]
    message = marshal.loads(_exactly(sock, size))
    if not isinstance(message, dict):
        raise ValueError("not a message")
    return message


def _exactly(sock: socket.socket, size: int) -> bytes:
    chunks, left = [], size
    while left:
        chunk = sock.recv(min(left, 1 << 20))
        if not chunk:
            raise ValueError("connection closed")
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def ask(message: dict[str, Any], folder: str | None = None, timeout: float | None = None) -> dict[str, Any] | None:
    """The server's answer to ``message``, or None when no server of this identity answers."""
    folder = folder or runtime_folder()
    if folder is None:
        return None
    path = files(folder)["sock"]
    if len(os.fsencode(path)) > _SOCKET_PATH_MAX:
        _debug(f"{path}: path too long for a socket")
        return None
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            sock.settimeout(2.0)
            sock.connect(path)
            sock.settimeout(timeout)
            send(sock, {"identity": identity(), **message})
            answer = receive(sock)
    except (OSError, ValueError, EOFError, TypeError, struct.error) as exc:
        if not isinstance(exc, (FileNotFoundError, ConnectionRefusedError)):
            _debug(f"no answer ({type(exc).__name__}: {exc})")
        return None
    return answer


def _stream_facts(stream: Any) -> tuple[bool, str, str]:
    """Whether a standard stream is a terminal, its encoding and its error handler."""
    if stream is None:
        return False, "utf-8", "strict"
    try:
        tty = stream.isatty()
    except (OSError, ValueError):
        tty = False
    return tty, getattr(stream, "encoding", None) or "utf-8", getattr(stream, "errors", None) or "strict"


def request(args: list[str], stdin: bytes | None) -> dict[str, Any]:
    """A check request: the command line, where and in what environment it runs (folder, variables,
    umask), and what its standard streams are."""
    main = sys.modules.get("__main__")
    umask = os.umask(0o077)
    os.umask(umask)
    return {
        "kind": "run",
        "argv0": sys.argv[0],
        "main_package": getattr(main, "__package__", None) or "",
        "args": args,
        "cwd": os.getcwd(),
        "umask": umask,
        "env": {k: v for k, v in os.environ.items() if forwarded(k)},
        "stdin": stdin,
        "streams": [_stream_facts(s) for s in (sys.stdin, sys.stdout, sys.stderr)],
    }


def _remote(args: list[str]) -> int | None:
    """The exit code of ``args`` run by the server, its output written here; None to run locally."""
    stdin = None
    if "-" in args and sys.stdin is not None:
        stdin = sys.stdin.buffer.read()
        tty, encoding, errors = _stream_facts(sys.stdin)
        sys.stdin = io.TextIOWrapper(io.BytesIO(stdin), encoding=encoding, errors=errors)  # for a local run
    try:
        folder = runtime_folder(create=True)
        answer = ask(request(args, stdin), folder) if folder is not None else None
    except OSError as exc:  # no current folder
        _debug(str(exc))
        return None
    if answer is None or answer.get("kind") != "done":
        if folder is not None and (answer is None or answer.get("kind") == "stale"):
            start(folder, after_me=True, replacing=answer is not None)
        return None
    try:
        out, err, code = answer["stdout"], answer["stderr"], answer["code"]
        if not (isinstance(out, bytes) and isinstance(err, bytes) and isinstance(code, int)):
            raise TypeError("bad answer")
    except (KeyError, TypeError) as exc:
        _debug(str(exc))
        return None
    for stream, data in ((sys.stdout, out), (sys.stderr, err)):
        if data and stream is not None:
            try:
                stream.buffer.write(data)
                stream.buffer.flush()
            except BrokenPipeError:
                return 2
    return code


def start(folder: str, idle: float | None = None, after_me: bool = False, replacing: bool = False) -> int | None:
    """Start a server in the background (a new session, its output in the log); its process id,
    or None when one is already starting (its lock is held; unless ``replacing`` a stale server,
    which still holds it while it leaves) or it cannot be started. With ``after_me``, the server
    waits for this process to end before it loads anything, so that a command that runs locally
    meanwhile does not share the processor with its warm-up."""
    import fcntl

    paths = files(folder)
    try:
        if not replacing:
            fd = os.open(paths["lock"], os.O_RDWR | os.O_CREAT, 0o600)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            finally:
                os.close(fd)  # released: the server takes it
        code = ("import sys; sys.path[0] = sys.argv[1]; from timeline_check.server import main; "
                "sys.exit(main(sys.argv[2:]))")
        argv = [sys.executable, "-c", code, os.path.dirname(PACKAGE), folder]
        if after_me:
            argv.append("--after-parent")
        if idle is not None:
            argv += ["--idle-timeout", str(idle)]
        actions = [(os.POSIX_SPAWN_OPEN, 0, os.devnull, os.O_RDONLY, 0),
                   (os.POSIX_SPAWN_OPEN, 1, paths["log"], os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600),
                   (os.POSIX_SPAWN_DUP2, 1, 2)]
        return os.posix_spawn(sys.executable, argv, os.environ, file_actions=actions, setsid=True)
    except OSError as exc:  # BlockingIOError: a server holds the lock (starting, or running)
        _debug(f"not started ({exc})")
        return None


def main() -> None:
    """The console script: through the server when asked for (``--server`` first, or
    ``TIMELINE_CHECK_SERVER=1``) and one answers, else the command line itself (``cli.main``)."""
    args = sys.argv[1:]
    wanted = args[:1] == ["--server"]
    if wanted:
        args = args[1:]
        sys.argv[1:] = args
    served = wanted or os.environ.get("TIMELINE_CHECK_SERVER") == "1"
    if served and args[:1] != ["server"] and hasattr(os, "fork"):  # no server without fork (Windows)
        code = _remote(args)
        if code is not None:
            sys.exit(code)
    from .cli import main as local

    try:
        local()
    except SystemExit as exc:
        leave(exc.code)


def leave(code: str | int | None) -> NoReturn:
    """End the process as ``sys.exit(code)`` would, once standard output and error are flushed, but
    without the interpreter's teardown, which frees the loaded rules and compiled patterns object by
    object: about 65 ms of a 650 ms check of one article, 80 ms after a folder. Only when nothing is
    left to finish: no other thread (a pool of ``--jobs`` workers given up on an error has one) and
    the streams flushed (else the usual exit, and what Python does with a stream it cannot flush)."""
    import threading

    if threading.active_count() > 1:
        sys.exit(code)
    if not isinstance(code, str):
        status = code or 0
    else:
        print(code, file=sys.stderr)
        status = 1
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except Exception:  # noqa: BLE001 - a closed or broken stream: the usual exit reports it
        sys.exit(status)
    os._exit(status)
