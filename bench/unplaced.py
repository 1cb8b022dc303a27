"""What share of the explicit dates of real texts the reader places on a timeline, explains, or misses.

    python bench/unplaced.py [JSONL] [--field web_description] [--sample 30] [--seed 15]

Reads each text of a JSON-lines file (the HHS breach descriptions by default), checks it, and
counts its explicit dates (days, months, years, ranges): placed (some mention takes it), set
aside with a reason (``Unplaced.reason``), or ``no_event`` (no event word dates it: what the
reader still misses, a measure that needs no labels). ``--sample`` prints that many of the
``no_event`` dates, drawn with a fixed seed, with the words around them, to read by hand.
"""

from __future__ import annotations

import argparse
import collections
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # the checkout this script belongs to, installed or not

from timeline_check.document import Document  # noqa: E402
from timeline_check.engine import check_document  # noqa: E402
from timeline_check.ruleset import load_rules  # noqa: E402
from timeline_check.tagging import normalise, recognise  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "corpus-raw" / "hhs-ocr-breach-descriptions.jsonl"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("jsonl", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--field", default="web_description", help="the field that holds a text")
    ap.add_argument("--sample", type=int, default=30, help="no_event dates to print (0: none)")
    ap.add_argument("--seed", type=int, default=15)
    args = ap.parse_args(argv)
    rules = load_rules(None)
    total = 0
    reasons: collections.Counter[str] = collections.Counter()
    missed: list[tuple[str, str, str]] = []  # id, date, the words around it
    for line in args.jsonl.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        text = row.get(args.field) or ""
        if not text.strip():
            continue
        report = check_document(Document(str(row.get("id", "")), text), rules=rules)
        lang = rules.languages[report.language]
        explicit = [t for t in normalise(recognise(text, lang), report.reference_date).timexes if t.kind in ("date", "range")]
        total += len(explicit)
        for u in report.unplaced:
            reasons[u.reason] += 1
            if u.reason == "no_event":
                missed.append((report.path, u.text, " ".join(text[max(0, u.start - 100):u.end + 60].split())))
    aside = sum(reasons.values())
    print(f"{total} explicit dates in {args.jsonl.name}")
    print(f"placed        {total - aside:6d}  {_share(total - aside, total)}")
    for reason, n in sorted(reasons.items(), key=lambda kv: (kv[0] == "no_event", -kv[1])):
        print(f"{reason:<13} {n:6d}  {_share(n, total)}")
    print(f"placed or explained: {_share(total - reasons['no_event'], total)}")
    if args.sample and missed:
        print(f"\n{min(args.sample, len(missed))} of the {len(missed)} no_event dates (seed {args.seed}):")
        for path, date, words in random.Random(args.seed).sample(missed, min(args.sample, len(missed))):
            print(f"- {path} [{date}] ... {words} ...")
    return 0


def _share(n: int, total: int) -> str:
    return f"{100 * n / total:5.1f} %" if total else "  n/a"


if __name__ == "__main__":
    sys.exit(main())
