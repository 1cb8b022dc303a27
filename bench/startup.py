"""What a user of the command line waits for, beside the Python API, and beside an earlier commit.

    python bench/startup.py                  # this checkout against HEAD~1, 7 runs each
    python bench/startup.py --base f4ec8fa   # against another commit (a `git archive` snapshot)
    python bench/startup.py --base none      # this checkout alone
    python bench/startup.py --base 2e51507,a13c7ea   # against two commits, side by side

Prints one Markdown table with, for each checkout:

* a whole-process check of one 5 KB article (``timeline-check check FILE``, a new process each
  time, the rule cache warm), and ``timeline-check --version``, ``python -c pass`` and
  ``python -c 'import click, attrs'`` for scale (the floor): median wall time and median CPU
  time (user + system) of the runs;
* the command line against the API on the HHS narratives that state a date (``DATED`` of
  ``bench.py``, written one file each to a temporary folder): ``timeline-check check --recursive
  --format json DIR`` as one process, in characters per second of its CPU time (wall time in
  brackets), against
  ``check_text`` over the same texts in one process: after a warm-up (the API's steady rate),
  and counting its start-up too (a new process that imports, loads and checks everything);
* ``--jobs 1`` against ``--jobs 2`` on the same folder (wall time; CPU time of all processes);
* for a checkout with the check server: the article checked through a warm server
  (``--server``), and the first run, which finds no server and starts one, beside a local run
  in the same loop (CPU time: the client's only; the server's work is not counted).

The article is ``prose.py``'s English stories (seed 7) joined until they pass 5,000 characters.
Each checkout runs from its own folder with byte-compiled modules (like an installed package)
and its own rule cache folder, warmed by a first run that is not counted. The runs of the two
checkouts alternate, so that a change in the machine's load falls on both. Not a test: figures
depend on the machine and its load (printed with them).
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import resource
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench import DATED, HHS, machine  # noqa: E402
from prose import documents  # noqa: E402

API = """
import sys, time
from pathlib import Path
c0, w0 = time.process_time(), time.perf_counter()
from timeline_check import check_text
texts = [p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[1]).iterdir())]
for t in texts[:5]:
    check_text(t)
c1, w1 = time.process_time(), time.perf_counter()
for t in texts:
    check_text(t)
c2, w2 = time.process_time(), time.perf_counter()
print(c2 - c1, w2 - w1, (c2 - c1) + (c1 - c0), w2 - w0)
"""


def snapshot(rev: str, into: Path) -> Path:
    """The files of commit ``rev`` in a folder of ``into`` (``git archive``: no worktree, no checkout)."""
    folder = into / f"at-{rev.replace('/', '_')}"
    folder.mkdir()
    with tempfile.TemporaryFile() as tar:
        subprocess.run(["git", "-C", str(ROOT), "archive", rev], stdout=tar, check=True)
        tar.seek(0)
        with tarfile.open(fileobj=tar) as t:
            t.extractall(folder, filter="data")
    return folder


class Checkout:
    """A checkout to run: its folder first on the path, byte-compiled, its own rule cache."""

    def __init__(self, label: str, folder: Path, scratch: Path) -> None:
        self.label = label
        self.cwd = scratch  # not a checkout: `python -m` and `-c` put the current folder first on the path
        self.env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        self.env["PYTHONPATH"] = str(folder)
        self.env["XDG_CACHE_HOME"] = str(scratch / f"cache-{label}")
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(folder / "timeline_check")], check=True,
                       stdout=subprocess.DEVNULL)

    def run(self, args: list[str], check: bool = False) -> tuple[float, float, bytes]:
        """Wall time and CPU time (user + system) of ``python -m timeline_check ARGS``, and its output."""
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "timeline_check", *args], env=self.env, cwd=self.cwd, capture_output=True)
        wall = time.perf_counter() - t0
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if check and done.returncode not in (0, 1):
            raise SystemExit(f"{self.label}: timeline-check {' '.join(args)} failed:\n{done.stderr.decode()}")
        return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), done.stdout

    def api(self, folder: Path) -> list[float]:
        """check_text over the folder's files in a new process: [steady CPU s, steady wall s, whole CPU s, whole wall s]."""
        out = subprocess.run([sys.executable, "-c", API, str(folder)], env=self.env, cwd=self.cwd, capture_output=True,
                             check=True)
        return [float(x) for x in out.stdout.split()]


def article(folder: Path) -> Path:
    texts, out = documents("en", 6000, seed=7), ""
    for t in texts:
        out = f"{out}\n\n{t}" if out else t
        if len(out) > 5000:
            break
    path = folder / "article-5k.txt"
    path.write_text(out + "\n", encoding="utf-8")
    return path


def narratives(shared: Path, folder: Path) -> tuple[Path, int, int]:
    """The dated HHS narratives as files of a folder: (folder, count, characters)."""
    lines = (shared / HHS).read_text(encoding="utf-8").splitlines()
    texts = [t for t in (json.loads(line)["web_description"] for line in lines if line.strip()) if DATED.search(t)]
    out = folder / "hhs-dated"
    out.mkdir()
    for i, t in enumerate(texts):
        (out / f"{i:04d}.txt").write_text(t, encoding="utf-8")
    return out, len(texts), sum(len(p.read_text(encoding="utf-8")) for p in out.iterdir())


def median(values: list[float]) -> float:
    return statistics.median(values)


Rows = dict[str, dict[str, str]]


# The floor under any check: the interpreter (with this machine's site hooks), and it with the
# two libraries every command imports.
FLOOR = {"`python -c pass` (the interpreter alone)": "pass",
         "`python -c 'import click, attrs'`": "import click, attrs"}


def _python(code: str, c: Checkout) -> tuple[float, float]:
    """Wall time and CPU time of ``python -c CODE`` in a new process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], env=c.env, cwd=c.cwd, check=True)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def whole_process(checkouts: list[Checkout], doc: Path, runs: int, rows: Rows) -> None:
    """A check of one article, and ``--version``, each in a new process."""
    for c in checkouts:  # warm-up: byte code, rule cache
        c.run(["check", str(doc)], check=True)
    single: dict[str, list[tuple[float, float]]] = {c.label: [] for c in checkouts}
    version: dict[str, list[tuple[float, float]]] = {c.label: [] for c in checkouts}
    for _ in range(runs):
        for c in checkouts:
            single[c.label].append(c.run(["check", str(doc)])[:2])
            version[c.label].append(c.run(["--version"])[:2])
    floor: dict[str, list[tuple[float, float]]] = {name: [] for name in FLOOR}
    for _ in range(runs):
        for name, code in FLOOR.items():
            floor[name].append(_python(code, checkouts[0]))
    size = doc.stat().st_size
    for name, times in floor.items():
        rows.setdefault(f"{name}: wall (CPU), ms", {})[checkouts[-1].label] = \
            f"{1000 * median([w for w, _ in times]):.0f} ({1000 * median([u for _, u in times]):.0f})"
    for c in checkouts:
        for name, times in ((f"whole-process check of a {size:,}-byte article", single[c.label]),
                            ("`timeline-check --version`", version[c.label])):
            rows.setdefault(f"{name}: wall (CPU), ms", {})[c.label] = \
                f"{1000 * median([w for w, _ in times]):.0f} ({1000 * median([u for _, u in times]):.0f})"


def with_server(checkouts: list[Checkout], doc: Path, runs: int, rows: Rows) -> None:
    """The same check through the check server (``--server``), beside a local run in the same loop:
    with a warm server, and the first run, which finds none and starts one (then waited for and
    stopped, so that its warm-up does not load the next runs). Checkouts without a server are skipped."""
    for c in checkouts:
        if not (Path(c.env["PYTHONPATH"]) / "timeline_check" / "server.py").is_file():
            continue
        env = {**c.env, "XDG_RUNTIME_DIR": str(c.cwd / f"run-{c.label}")}
        Path(env["XDG_RUNTIME_DIR"]).mkdir(mode=0o700, exist_ok=True)
        served = copy.copy(c)
        served.env = env
        times: dict[str, list[tuple[float, float]]] = {"local": [], "warm": [], "first": []}
        outputs = set()
        try:
            for _ in range(runs):
                served.run(["server", "start"], check=True)
                wall, cpu, out = served.run(["check", str(doc)])
                times["local"].append((wall, cpu))
                outputs.add(out)
                wall, cpu, out = served.run(["--server", "check", str(doc)])
                times["warm"].append((wall, cpu))
                outputs.add(out)
                served.run(["server", "stop"], check=True)
                wall, cpu, out = served.run(["--server", "check", str(doc)])
                times["first"].append((wall, cpu))
                outputs.add(out)
                served.run(["server", "start"], check=True)  # waits for the server the first run started
        finally:
            served.run(["server", "stop"])
        size = doc.stat().st_size
        for key, name in (("local", f"same session: whole-process check of the {size:,}-byte article, no server"),
                          ("warm", f"whole-process check of the {size:,}-byte article with a warm server (`--server`)"),
                          ("first", "first run that starts the server (`--server`, none running)")):
            rows.setdefault(f"{name}: wall (CPU of the client), ms", {})[c.label] = \
                f"{1000 * median([w for w, _ in times[key]]):.0f} ({1000 * median([u for _, u in times[key]]):.0f})"
        rows.setdefault("the three the same bytes", {})[c.label] = "yes" if len(outputs) == 1 else "NO"


def batch(checkouts: list[Checkout], folder: Path, count: int, chars: int, runs: int, rows: Rows) -> None:
    """The command line over a folder (``--jobs 1`` and ``2``) against ``check_text`` over its texts."""
    cli: dict[str, list[tuple[float, float]]] = {c.label: [] for c in checkouts}
    jobs2: dict[str, list[tuple[float, float]]] = {c.label: [] for c in checkouts}
    api: dict[str, list[list[float]]] = {c.label: [] for c in checkouts}
    outputs: dict[str, set[bytes]] = {c.label: set() for c in checkouts}
    for _ in range(runs):
        for c in checkouts:
            for jobs, into in (("1", cli), ("2", jobs2)):
                wall, cpu, out = c.run(["check", "--recursive", "--format", "json", "--jobs", jobs, str(folder)], check=True)
                into[c.label].append((wall, cpu))
                outputs[c.label].add(out)
            api[c.label].append(c.api(folder))
    what = f"{count} dated HHS narratives ({chars:,} chars)"
    for c in checkouts:
        # CPU time first (what the process itself spent: on a shared machine wall time also
        # counts the others), wall time in brackets.
        steady = [chars / median([a[i] for a in api[c.label]]) for i in (0, 1)]
        whole = [chars / median([a[i] for a in api[c.label]]) for i in (2, 3)]
        line = [chars / median([t[i] for t in cli[c.label]]) for i in (1, 0)]
        one, two = median([w for w, _ in cli[c.label]]), median([w for w, _ in jobs2[c.label]])
        cpu1, cpu2 = median([u for _, u in cli[c.label]]), median([u for _, u in jobs2[c.label]])
        for name, value in (
                ("`check_text` in one process, after warm-up, chars/s CPU (wall)", f"{steady[0]:,.0f} ({steady[1]:,.0f})"),
                ("`check_text` in a new process, start-up included, chars/s CPU (wall)", f"{whole[0]:,.0f} ({whole[1]:,.0f})"),
                ("`timeline-check check -r --format json DIR`, one process, chars/s CPU (wall)",
                 f"{line[0]:,.0f} ({line[1]:,.0f}); CPU: {line[0] / steady[0]:.0%} of the first, {line[0] / whole[0]:.0%} "
                 "of the second"),
                ("`--jobs 1` / `--jobs 2`, wall s (CPU s, workers included)",
                 f"{one:.2f} / {two:.2f} ({one / two:.2f}x) ({cpu1:.2f} / {cpu2:.2f})"),
                ("outputs of every run the same bytes", "yes" if len(outputs[c.label]) == 1 else "NO")):
            rows.setdefault(f"{what}: {name}", {})[c.label] = value


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--base", default="HEAD~1",
                    help="the commit to compare with, or several, comma-separated (none: this checkout alone)")
    ap.add_argument("--runs", type=int, default=7, help="runs of each whole-process measure (median)")
    ap.add_argument("--batch-runs", type=int, default=3, help="runs of each measure over the narratives (median)")
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="the shared folder (default ../shared)")
    args = ap.parse_args()

    info = machine()
    print(f"machine: {info['cpus']} CPUs, {info['cpu']}; Python {info['python']}; load average "
          f"{' '.join(f'{x:.2f}' for x in info['load']) if info['load'] else '?'}")
    rows: Rows = {}
    with tempfile.TemporaryDirectory(prefix="tc-startup-") as tmp:
        scratch = Path(tmp)
        checkouts = [Checkout("now", ROOT, scratch)]
        for base in args.base.split(",") if args.base != "none" else []:
            rev = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", base], capture_output=True,
                                 text=True, check=True).stdout.strip()
            checkouts.insert(len(checkouts) - 1, Checkout(rev, snapshot(rev, scratch), scratch))
        doc = article(scratch)
        whole_process(checkouts, doc, args.runs, rows)
        with_server(checkouts, doc, args.runs, rows)
        if (args.shared / HHS).is_file():
            folder, count, chars = narratives(args.shared, scratch)
            batch(checkouts, folder, count, chars, args.batch_runs, rows)
        else:
            print(f"{args.shared / HHS} not found: the narratives are skipped (pass --shared DIR).")

    labels = [c.label for c in checkouts]
    print(f"\nMedians of {args.runs} runs (whole-process) and {args.batch_runs} runs (narratives); the checkouts alternate.\n")
    print("| measure | " + " | ".join(labels) + " |")
    print("| --- |" + " ---: |" * len(labels))
    for name, values in rows.items():
        print(f"| {name} | " + " | ".join(values.get(label, "-") for label in labels) + " |")
    end = machine()
    if end["load"]:
        print(f"\nload average at the end: {' '.join(f'{x:.2f}' for x in end['load'])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
