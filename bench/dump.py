"""Dump every output of the command line over every text the project can read, and compare two commits.

    python bench/dump.py dump OUT                 # the working tree's outputs into OUT/
    python bench/dump.py dump OUT --rev c7c57ff   # a commit's (checked out in a temporary worktree)
    python bench/dump.py compare A B              # two dump folders: which outputs differ, and where
    python bench/dump.py commits c7c57ff HEAD     # dump both commits and compare them

What is dumped, per set of texts: ``check --format json``, ``text``, ``sarif`` and ``html``
(``--deadlines`` with text), ``events`` and ``timexes --format json``, each one process over
the set's folder (``--recursive``, files sorted, so the bytes are stable). The sets: the
5,066 narratives of ``../shared/corpus-raw`` (HHS descriptions and GDPR decisions, one file
each; the labelled corpora's texts are among them), the labelled cases that carry a ``text.txt``
(``../shared/corpus*/``), the seeds, the project's ``examples/``, and the French TimeBank
(``timexes`` only, each document on its own date). A restructuring that changes no behaviour leaves every dump identical.

Not a test: it takes a few minutes. ``--sets`` picks a subset (``--sets examples,seeds``).
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTPUTS: dict[str, list[str]] = {
    "check.json": ["check", "--format", "json"],
    "check.txt": ["check", "--format", "text", "--deadlines"],
    "check.sarif": ["check", "--format", "sarif"],
    "check.html": ["check", "--format", "html"],
    "events.txt": ["events"],
    "timexes.json": ["timexes", "--format", "json"],
}


def materialise(shared: Path, dest: Path, sets: set[str] | None) -> list[Path]:
    """Write the texts of each set into ``dest/<set>/`` (one file a text); the set folders written."""
    out: list[Path] = []

    def folder(name: str) -> Path | None:
        if sets is not None and name not in sets:
            return None
        d = dest / name
        d.mkdir(parents=True, exist_ok=True)
        out.append(d)
        return d

    raw = shared / "corpus-raw"
    for name, file, field in (("hhs", "hhs-ocr-breach-descriptions.jsonl", "web_description"),
                              ("gdpr", "gdpr-dpa-decisions.jsonl", "text")):
        if (raw / file).is_file() and (d := folder(name)) is not None:
            for line in (raw / file).open(encoding="utf-8"):
                rec = json.loads(line)
                (d / f"{rec['id']}.txt").write_text(rec.get(field) or "", encoding="utf-8")
    for corpus in sorted(shared.glob("corpus*")):
        cases = sorted(corpus.glob("*/text.txt"))
        if cases and (d := folder(corpus.name)) is not None:
            for txt in cases:
                shutil.copyfile(txt, d / f"{txt.parent.name}.txt")
    timebank = sorted((shared / "corpus-timex").glob("fr-timebank-*.jsonl"))
    if timebank and (d := folder("timebank")) is not None:  # one folder per document date (--date)
        for file in timebank:
            for line in file.open(encoding="utf-8"):
                rec = json.loads(line)
                (d / rec["dct"]).mkdir(exist_ok=True)
                (d / rec["dct"] / f"{rec['doc']}.txt").write_text(rec["text"], encoding="utf-8")
    if (shared / "seeds").is_dir() and (d := folder("seeds")) is not None:
        for txt in sorted((shared / "seeds").glob("*.txt")):
            shutil.copyfile(txt, d / txt.name)
    if (d := folder("examples")) is not None:
        for f in sorted((ROOT / "examples").iterdir()):
            if f.is_file():
                shutil.copyfile(f, d / f.name)
    return out


def dump(code: Path, out: Path, shared: Path, sets: set[str] | None, jobs: int) -> None:
    """Run the command line of the checkout ``code`` over every set; one file per set and output."""
    out.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, PYTHONPATH=str(code), PYTHONHASHSEED="0", NO_COLOR="1")
    with tempfile.TemporaryDirectory() as tmp:
        for d in materialise(shared, Path(tmp), sets):
            if d.name == "timebank":  # TIMEX3 only, each folder read on its document date
                stdout = b"".join(subprocess.run(
                    [sys.executable, "-m", "timeline_check", "timexes", "--format", "json", "--date", day.name,
                     "--recursive", "."], cwd=day, env=env, capture_output=True).stdout for day in sorted(d.iterdir()))
                (out / "timebank.timexes.json").write_bytes(stdout)
                continue
            for name, args in OUTPUTS.items():
                extra = ["--jobs", str(jobs)] if args[0] == "check" else []
                extra += ["--fail-on", "never"] if args[0] == "check" else []
                cmd = [sys.executable, "-m", "timeline_check", *args, *extra, "--recursive", "."]
                t0 = time.perf_counter()
                run = subprocess.run(cmd, cwd=d, env=env, capture_output=True)
                (out / f"{d.name}.{name}").write_bytes(run.stdout)
                (out / f"{d.name}.{name}.stderr").write_bytes(run.stderr + f"exit {run.returncode}\n".encode())
                print(f"{d.name:20} {name:13} {len(run.stdout):>11,} bytes  exit {run.returncode}"
                      f"  {time.perf_counter() - t0:6.1f} s", file=sys.stderr)


def compare(a: Path, b: Path, context: int = 3, limit: int = 60) -> int:
    """Print which dumps differ and the first lines of each difference; the number that differ."""
    names = sorted({p.name for p in a.iterdir()} & {p.name for p in b.iterdir()})
    for name in sorted({p.name for p in a.iterdir()} ^ {p.name for p in b.iterdir()}):
        print(f"only in {a if (a / name).exists() else b}: {name}")
    differ = 0
    for name in names:
        pa, pb = a / name, b / name
        da, db = pa.read_bytes(), pb.read_bytes()
        if da == db:
            continue
        differ += 1
        print(f"DIFFERS {name}: {hashlib.sha256(da).hexdigest()[:12]} -> {hashlib.sha256(db).hexdigest()[:12]}")
        la = da.decode("utf-8", "replace").splitlines()
        lb = db.decode("utf-8", "replace").splitlines()
        for i, line in enumerate(difflib.unified_diff(la, lb, str(pa), str(pb), n=context, lineterm="")):
            if i >= limit:
                print("    ...")
                break
            print("    " + line[:300])
    print(f"{len(names) - differ} of {len(names)} dumps identical, {differ} differ")
    return differ


def checkout(rev: str, where: Path) -> Path:
    """A detached worktree of ``rev`` under ``where``."""
    path = where / rev.replace("/", "_")
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "--force", str(path), rev],
                   check=True, capture_output=True)
    return path


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--sets", default=None, help="comma-separated set names (hhs, gdpr, corpus, seeds, examples, ...)")
    ap.add_argument("--jobs", type=int, default=2)
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out", type=Path)
    d.add_argument("--rev", default=None)
    c = sub.add_parser("compare")
    c.add_argument("a", type=Path)
    c.add_argument("b", type=Path)
    m = sub.add_parser("commits")
    m.add_argument("a")
    m.add_argument("b")
    m.add_argument("--keep", type=Path, default=None, help="keep the dumps in this folder")
    args = ap.parse_args()
    sets = set(args.sets.split(",")) if args.sets else None
    if args.cmd == "compare":
        return 1 if compare(args.a, args.b) else 0
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        if args.cmd == "dump":
            code = checkout(args.rev, work) if args.rev else ROOT
            try:
                dump(code, args.out, args.shared, sets, args.jobs)
            finally:
                if args.rev:
                    subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(code)], check=False)
            return 0
        keep = args.keep or work / "dumps"
        for rev in (args.a, args.b):
            code = checkout(rev, work)
            try:
                dump(code, keep / rev.replace("/", "_"), args.shared, sets, args.jobs)
            finally:
                subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(code)], check=False)
        return 1 if compare(keep / args.a.replace("/", "_"), keep / args.b.replace("/", "_")) else 0


if __name__ == "__main__":
    sys.exit(main())
