"""Batch benchmark: many generated narratives checked with ``--jobs 1`` and ``--jobs N``.

    python bench/batch.py                      # 2,000 narratives, --jobs 1 vs --jobs 2, 3 runs each
    python bench/batch.py --count 500 --jobs 4 --runs 1 --keep /tmp/narratives

The narratives come from a seeded generator (same seed, same files, same bytes): a short
breach story per file, English or French, from sentences written for this benchmark, with
a contradiction (an investigation that ends before the discovery) or a late notice in some
of them. Each run is one ``timeline-check check --recursive --format json`` process over
the whole folder; the outputs of every run must be the same bytes. Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import os
import platform
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ORGS = ["Alder Creek Dental", "Brightwater Credit Union", "Cobalt Freight", "Dunmore Eye Clinic", "Elmstead School District",
        "Fairview Pharmacy", "Granite Peak Insurance", "Harlow Veterinary Group", "Ironwood Logistics", "Juniper Family Health",
        "Kestrel Payroll", "Larkspur Hospice", "Maple Row Pediatrics", "Northgate Labs", "Oakhurst Dermatology"]
ORGS_FR = ["la clinique des Tilleuls", "la mutuelle Rivage", "le cabinet dentaire du Port", "la mairie de Valcourt",
           "le laboratoire Azur", "la pharmacie du Marché"]
WHAT = ["an email account", "a file server", "the patient portal", "a billing database", "a backup drive",
        "the scheduling system"]
WHAT_FR = ["une messagerie", "un serveur de fichiers", "le portail des patients", "une base de facturation"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]


def _en(d: dt.date) -> str:
    return f"{d:%B} {d.day}, {d.year}"


def _fr(d: dt.date) -> str:
    return f"{'1er' if d.day == 1 else d.day} {MONTHS_FR[d.month - 1]} {d.year}"


def _english(rng: random.Random) -> str:
    org, what = rng.choice(ORGS), rng.choice(WHAT)
    start = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(600))
    end = start + dt.timedelta(days=rng.randrange(1, 12))
    found = end + dt.timedelta(days=rng.randrange(1, 20))
    flaw = rng.random()
    inquiry = found - dt.timedelta(days=rng.randrange(2, 9)) if flaw < 0.3 else found + dt.timedelta(days=rng.randrange(5, 40))
    late = flaw > 0.7
    letters = found + dt.timedelta(days=rng.randrange(65, 110) if late else rng.randrange(10, 55))
    published = max(letters, inquiry) + dt.timedelta(days=rng.randrange(1, 20))
    health = rng.random() < 0.6
    people = rng.randrange(300, 90000)
    lines = [f"Published: {_en(published)}", ""]
    lines.append(f"{org} says intruder reached {what}")
    lines.append("")
    who = f"{org}, a covered entity under HIPAA," if health else f"{org}"
    lines.append(f"{who} said an unauthorized person accessed {what} between {_en(start)} and {_en(end)}. "
                 f"About {people:,} {'patients' if health else 'customers'} may be affected.")
    lines.append("")
    lines.append(rng.choice([
        f"Staff discovered the intrusion on {_en(found)}, after noticing unusual logins.",
        f"The company discovered the breach on {_en(found)} when an alert fired on the server.",
        f"On {_en(found)}, an employee discovered that files had been copied.",
    ]))
    lines.append(rng.choice([
        f"A forensic investigation ended on {_en(inquiry)}.",
        f"Outside experts completed their investigation on {_en(inquiry)}.",
    ]))
    lines.append("")
    lines.append(rng.choice([
        f"Letters were mailed to affected {'patients' if health else 'customers'} on {_en(letters)}.",
        f"Notification letters went to affected {'patients' if health else 'customers'} on {_en(letters)}.",
    ]))
    if rng.random() < 0.5:
        lines.append(f"The organization also notified the state attorney general on {_en(letters)}.")
    return "\n".join(lines) + "\n"


def _french(rng: random.Random) -> str:
    org, what = rng.choice(ORGS_FR), rng.choice(WHAT_FR)
    start = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(600))
    end = start + dt.timedelta(days=rng.randrange(1, 10))
    found = end + dt.timedelta(days=rng.randrange(1, 15))
    bad = rng.random() < 0.3
    inquiry = found - dt.timedelta(days=rng.randrange(2, 9)) if bad else found + dt.timedelta(days=rng.randrange(5, 30))
    told = found + dt.timedelta(days=rng.randrange(5, 60))
    published = max(told, inquiry) + dt.timedelta(days=rng.randrange(1, 15))
    lines = [f"Publié le {_fr(published)}", "", f"Fuite de données chez {org}", ""]
    lines.append(f"Un pirate a eu accès à {what} de {org} du {_fr(start)} au {_fr(end)}.")
    lines.append(f"L'intrusion a été découverte le {_fr(found)}. À la fin de l'enquête, le {_fr(inquiry)}, "
                 "les techniciens ont constaté que des données avaient été copiées.")
    lines.append("")
    lines.append(f"Les personnes concernées ont été informées le {_fr(told)}.")
    return "\n".join(lines) + "\n"


def generate(count: int, seed: int = 2024) -> list[tuple[str, str]]:
    """``count`` narratives as (file name, text); the same seed gives the same files."""
    rng = random.Random(seed)
    out = []
    for i in range(count):
        fr = rng.random() < 0.2
        text = _french(rng) if fr else _english(rng)
        out.append((f"{i // 100:02d}/narrative-{i:05d}.txt", text))
    return out


def write(folder: Path, count: int, seed: int = 2024) -> list[Path]:
    """Write the narratives under ``folder`` (in subfolders of 100) and return their paths."""
    paths = []
    for name, text in generate(count, seed):
        p = folder / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")
        paths.append(p)
    return paths


def _cpu() -> float:
    """CPU time (user + system) used so far by finished child processes, their workers included."""
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def run(folder: Path, jobs: int) -> tuple[float, float, bytes]:
    """One ``check`` process over the folder: wall time, CPU time, standard output."""
    cmd = [sys.executable, "-m", "timeline_check", "check", "--recursive", "--format", "json", "--jobs", str(jobs),
           str(folder)]
    # The checkout this script belongs to, whatever is installed: run it from a snapshot
    # (git archive HEAD | tar -x -C DIR) to measure a fixed version of the code.
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    c0, t0 = _cpu(), time.perf_counter()
    p = subprocess.run(cmd, capture_output=True, check=False, env=env)
    elapsed, cpu = time.perf_counter() - t0, _cpu() - c0
    if p.returncode not in (0, 1):
        sys.exit(f"check failed ({p.returncode}): {p.stderr.decode(errors='replace')}")
    return elapsed, cpu, p.stdout


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--count", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=2024)
    ap.add_argument("--jobs", type=int, default=2, help="the parallel run's --jobs (compared with --jobs 1)")
    ap.add_argument("--runs", type=int, default=3, help="runs of each setting (alternating); the median is shown")
    ap.add_argument("--keep", type=Path, default=None, help="write the narratives here instead of a temporary folder")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp) / "narratives"
        files = write(folder, args.count, args.seed)
        size = sum(p.stat().st_size for p in files)
        times: dict[int, list[float]] = {1: [], args.jobs: []}
        cpus: dict[int, list[float]] = {1: [], args.jobs: []}
        outputs: set[bytes] = set()
        load = os.getloadavg()[0]
        for _ in range(args.runs):
            for jobs in (1, args.jobs):
                elapsed, cpu, out = run(folder, jobs)
                times[jobs].append(elapsed)
                cpus[jobs].append(cpu)
                outputs.add(out)
        out = outputs.pop()
        same = not outputs
        findings = out.count(b'"rule": ')
        one, many = statistics.median(times[1]), statistics.median(times[args.jobs])
        print(f"{args.count} narratives ({size / 1024:.0f} KiB, seed {args.seed}), {findings} findings; "
              f"Python {platform.python_version()}, {os.cpu_count()} CPUs, load average {load:.2f} at the start "
              f"({os.getloadavg()[0]:.2f} at the end); median of {args.runs} runs")
        print()
        print("| setting | wall time (s) | CPU time (s) | narratives/s | output |")
        print("| --- | ---: | ---: | ---: | --- |")
        digest = hashlib.sha256(out).hexdigest()[:16]
        print(f"| `--jobs 1` | {one:.2f} | {statistics.median(cpus[1]):.2f} | {args.count / one:.0f} | "
              f"sha256 {digest}… |")
        print(f"| `--jobs {args.jobs}` | {many:.2f} | {statistics.median(cpus[args.jobs]):.2f} | {args.count / many:.0f} | "
              f"{'same bytes' if same else 'DIFFERENT'} |")
        print()
        print(f"speed-up {one / many:.2f}x; runs (s): --jobs 1 {[round(t, 2) for t in times[1]]}, "
              f"--jobs {args.jobs} {[round(t, 2) for t in times[args.jobs]]}")
        if not same:
            sys.exit("the outputs differ")


if __name__ == "__main__":
    main()
