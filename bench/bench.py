"""Speed of timeline-check beside dateparser, in one run: start-up, throughput, robustness.

    python bench/bench.py            # the full run (a few minutes)
    python bench/bench.py --quick    # a smaller run (well under a minute)
    pip install -e '.[bench]'        # dateparser, which the comparison needs

What it measures, side by side:

* start-up: wall time of ``timeline-check --version`` in a new process (median of several);
* throughput, in characters per second, of a full check (``check_text(text, lang=...)``:
  tag, bind, reason, deadlines) against ``dateparser.search_dates(text, languages=[lang])``
  on the same texts: (a) the real narratives of ``../shared/corpus-raw/hhs-ocr-breach-
  descriptions.jsonl`` that state a date (selection rule: ``DATED`` below), (b) about 1 MB of
  generated English and French breach prose (``prose.py``, seeded). dateparser is slow, so it
  is timed on a fixed subset (the first N texts of each set) and the table says how many;
* robustness: ``check_text`` over every narrative of that file, reporting any that raised.

Not a test: figures depend on the machine and its load (printed with them). The real
narratives are looked for in ``../shared`` beside the checkout (``--shared`` to point
elsewhere); without them that part is skipped, with a message.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import sysconfig
import time
import traceback
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(ROOT))  # the checkout this script belongs to, installed or not

from prose import documents  # noqa: E402

HHS = "corpus-raw/hhs-ocr-breach-descriptions.jsonl"
# A narrative "states a date" when it has a month name (or its usual abbreviation) followed
# by a year, with or without a day, or a numeric date d/m/y.
DATED = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December"
                   r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?"
                   r"(?:19|20)\d\d\b|\b\d{1,2}/\d{1,2}/(?:19|20)?\d\d\b")


def machine() -> dict[str, object]:
    model = ""
    try:
        model = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                      if line.startswith("model name")), "")
    except OSError:
        pass
    return {"cpus": os.cpu_count(), "cpu": model or platform.processor() or platform.machine(),
            "python": platform.python_version(), "system": f"{platform.system()} {platform.release()}",
            "load": os.getloadavg() if hasattr(os, "getloadavg") else None}


def median_ms(cmd: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def startup(runs: int) -> list[tuple[str, float]]:
    """Median wall times (ms) of ``timeline-check --version`` and of bare interpreters, for scale."""
    rows = []
    on_path = shutil.which("timeline-check")
    script = Path(sysconfig.get_path("scripts")) / "timeline-check"
    if on_path:
        rows.append(("`timeline-check --version` (as found on PATH)", median_ms([on_path, "--version"], runs)))
    if script.exists() and (not on_path or Path(on_path).resolve() != script.resolve()):
        rows.append((f"`{script} --version` (the installed script itself)", median_ms([str(script), "--version"], runs)))
    rows.append(("`python -m timeline_check --version`", median_ms([sys.executable, "-m", "timeline_check", "--version"], runs)))
    rows.append(("`python -c pass` (the interpreter alone, for scale)", median_ms([sys.executable, "-c", "pass"], runs)))
    return rows


def rate(fn: Callable[[str], object], texts: list[str], repeats: int) -> tuple[float, float]:
    """Characters per second of ``fn`` over ``texts``, by CPU time and by wall-clock time
    (each the best of ``repeats`` passes). CPU time leaves out what other processes take
    on a shared machine; wall-clock time is what a user waits."""
    chars = sum(map(len, texts))
    cpu = wall = float("inf")
    for _ in range(repeats):
        c0, w0 = time.process_time(), time.perf_counter()
        for t in texts:
            fn(t)
        cpu, wall = min(cpu, time.process_time() - c0), min(wall, time.perf_counter() - w0)
    return chars / max(cpu, 1e-9), chars / max(wall, 1e-9)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="a smaller run")
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="the shared folder (default ../shared)")
    ap.add_argument("--json", type=Path, help="also write the figures to this file")
    args = ap.parse_args()
    quick = args.quick
    started = time.time()

    import timeline_check
    from timeline_check import check_text

    try:
        from dateparser.search import search_dates
    except ImportError:
        search_dates = None
        print("dateparser is not installed (pip install -e '.[bench]'): its column stays empty.\n")

    info = machine()
    print(f"timeline-check {timeline_check.__version__} from {Path(timeline_check.__file__).parent}")
    print(f"machine: {info['cpus']} CPUs, {info['cpu']}; Python {info['python']}; {info['system']}; "
          f"load average {' '.join(f'{x:.2f}' for x in info['load']) if info['load'] else '?'}")
    print(f"mode: {'--quick' if quick else 'full'}\n")
    results: dict[str, object] = {"machine": info, "quick": quick}

    # Start-up --------------------------------------------------------------------------
    runs = 5 if quick else 15
    rows = startup(runs)
    results["startup_ms"] = dict(rows)
    print(f"Start-up, median of {runs} runs (target: under 150 ms)")
    for name, ms in rows:
        print(f"  {ms:7.1f} ms  {name}")
    print()

    # Throughput ------------------------------------------------------------------------
    check_text("Warm-up: the rules load and compile once per process, on March 3, 2024.", lang="en")
    check_text("Échauffement : les règles se chargent une fois, le 3 mars 2024.", lang="fr")
    if search_dates is not None:
        search_dates("on March 3, 2024", languages=["en"])
        search_dates("le 3 mars 2024", languages=["fr"])
    repeats = 1 if quick else 3
    table = []

    def measure(label: str, texts: list[str], lang: str, dp_count: int) -> None:
        tc = rate(lambda t: check_text(t, lang=lang), texts, repeats)
        dp_texts = texts[:dp_count]
        dp = rate(lambda t: search_dates(t, languages=[lang]), dp_texts, 1) if search_dates and dp_texts else None
        # The ratio compares the two on the same texts: the checker again, on dateparser's subset.
        same = rate(lambda t: check_text(t, lang=lang), dp_texts, repeats) if dp else None
        table.append({"texts": label, "count": len(texts), "chars": sum(map(len, texts)),
                      "timeline_check_cpu": tc[0], "timeline_check_wall": tc[1],
                      "dateparser_cpu": dp[0] if dp else None, "dateparser_wall": dp[1] if dp else None,
                      "dateparser_texts": len(dp_texts),
                      "timeline_check_subset_cpu": same[0] if same else None,
                      "ratio_cpu": same[0] / dp[0] if same and dp else None,
                      "ratio_wall": same[1] / dp[1] if same and dp else None})

    hhs_file = args.shared / HHS
    narratives: list[str] | None = None
    if hhs_file.is_file():
        narratives = [json.loads(line)["web_description"] for line in hhs_file.read_text(encoding="utf-8").splitlines() if line.strip()]
        dated = [t for t in narratives if DATED.search(t)]
        if quick:
            dated = dated[:200]
        measure(f"HHS narratives that state a date ({len(dated)} of {len(narratives)})", dated, "en", 50 if quick else 200)
    else:
        print(f"{hhs_file} not found: the real narratives are skipped (pass --shared DIR).\n")
    size = 100_000 if quick else 500_000
    for lang, name in (("en", "English"), ("fr", "French")):
        texts = documents(lang, size)
        measure(f"generated {name} prose (bench/prose.py, seed 7)", texts, lang, 40 if quick else 150)
    results["throughput"] = table

    print("Throughput in characters per second, by CPU time (wall-clock time in brackets); timeline-check:")
    print(f"best of {repeats} pass(es) over every text, and over dateparser's texts; dateparser: one pass over")
    print("the first texts of each set. The ratio is of the two on dateparser's texts.")
    print("| texts | chars | timeline-check `check_text` | `dateparser.search_dates` | timeline-check on the same texts | ratio |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for r in table:
        tc = f"{r['timeline_check_cpu']:,.0f} ({r['timeline_check_wall']:,.0f})"
        dp = (f"{r['dateparser_cpu']:,.0f} ({r['dateparser_wall']:,.0f}), first {r['dateparser_texts']} texts"
              if r["dateparser_cpu"] else "-")
        same = f"{r['timeline_check_subset_cpu']:,.0f}" if r["timeline_check_subset_cpu"] else "-"
        ratio = f"{r['ratio_cpu']:.1f}x ({r['ratio_wall']:.1f}x)" if r["ratio_cpu"] else "-"
        print(f"| {r['texts']} | {r['chars']:,} | {tc} | {dp} | {same} | {ratio} |")
    print()

    # Robustness ------------------------------------------------------------------------
    failures = 0
    if narratives is not None:
        every = narratives[:500] if quick else narratives
        t0, c0 = time.perf_counter(), time.process_time()
        for i, text in enumerate(every):
            try:
                check_text(text, lang="en")
            except Exception:  # noqa: BLE001 - the point is to catch anything
                failures += 1
                print(f"narrative {i} raised:\n{traceback.format_exc()}")
        took, cpu = time.perf_counter() - t0, time.process_time() - c0
        chars = sum(map(len, every))
        results["robustness"] = {"narratives": len(every), "raised": failures, "seconds": took, "cpu_seconds": cpu}
        print(f"Robustness: check_text over {len(every):,} narratives ({chars:,} characters) in {took:.1f} s, "
              f"{cpu:.1f} s of CPU ({chars / cpu:,.0f} chars/s): {failures} raised.")
    info_end = machine()
    if info_end["load"]:
        print(f"load average at the end: {' '.join(f'{x:.2f}' for x in info_end['load'])}; "
              f"whole run {time.time() - started:.0f} s")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, default=str) + "\n", encoding="utf-8")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
