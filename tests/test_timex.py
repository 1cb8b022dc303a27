"""TIMEX3 reading (`timeline-check timexes`): the English set written for the project, the
French TimeBank halves (when ../shared is beside the checkout), the language files' TIMEX3
examples, and the kinds that keep TIMEX3-only expressions away from the checker."""

from __future__ import annotations

import datetime as dt
import json
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from timeline_check.ruleset import load_rules
from timeline_check.tagging import resolve, tag
from timeline_check.tagging.timex3 import format_value, timexes

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SCORER = SHARED / "tools" / "score_timex.py"
EN_SET = ROOT / "tests" / "data" / "en-timex.jsonl"
CMD = f"{shlex.quote(sys.executable)} -m timeline_check"
# The bar: above HeidelTime on the French TimeBank test half (relaxed F1 0.911, value F1 0.730).
MIN_RELAXED, MIN_VALUE = "0.92", "0.78"
RULES = load_rules()
EN, FR = RULES.languages["en"], RULES.languages["fr"]


def _score(gold: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(SCORER), str(gold), "--cmd", CMD, "--min-relaxed-f1", MIN_RELAXED,
                           "--min-value-f1", MIN_VALUE], capture_output=True, text=True, cwd=ROOT, timeout=900)


def _match(golds: list[dict], preds: list[dict]) -> list[tuple[int, int]]:
    """The scorer's matching (TempEval-3 relaxed: one-to-one, greedy by overlap)."""
    cands = sorted(((min(g["end"], p["end"]) - max(g["start"], p["start"]), gi, pi)
                    for gi, g in enumerate(golds) for pi, p in enumerate(preds)
                    if min(g["end"], p["end"]) > max(g["start"], p["start"])), reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, gi, pi in cands:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return pairs


def test_english_set_is_large_enough_and_well_formed() -> None:
    docs = [json.loads(line) for line in EN_SET.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(docs) >= 40
    for d in docs:
        dt.date.fromisoformat(d["dct"])
        for t in d["timexes"]:
            assert d["text"][t["start"]:t["end"]] == t["text"], d["doc"]
            assert t["type"] in ("DATE", "TIME", "DURATION", "SET")


def test_english_set_in_process() -> None:
    """The same figures as the scorer, without a process per paragraph (and without ../shared)."""
    n_gold = n_pred = relaxed = right = 0
    for line in EN_SET.read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        preds = [{"start": t.start, "end": t.end, "value": t.value}
                 for t in timexes(d["text"], EN, dt.date.fromisoformat(d["dct"]))]
        pairs = _match(d["timexes"], preds)
        n_gold += len(d["timexes"])
        n_pred += len(preds)
        relaxed += len(pairs)
        right += sum(d["timexes"][gi]["value"] == preds[pi]["value"] for gi, pi in pairs)
    p, r = relaxed / n_pred, relaxed / n_gold
    f1 = 2 * p * r / (p + r)
    assert f1 >= float(MIN_RELAXED)
    assert f1 * right / relaxed >= float(MIN_VALUE)


@pytest.mark.slow
@pytest.mark.skipif(not SCORER.exists(), reason="../shared/tools/score_timex.py is not beside this checkout")
def test_english_set_with_the_scorer() -> None:
    p = _score(EN_SET)
    assert p.returncode == 0, p.stdout + p.stderr


@pytest.mark.slow
@pytest.mark.skipif(not SCORER.exists(), reason="../shared (French TimeBank and its scorer) is not beside this checkout")
@pytest.mark.parametrize("half", ["dev", "test"])
def test_french_timebank(half: str) -> None:
    p = _score(SHARED / "corpus-timex" / f"fr-timebank-{half}.jsonl")
    assert p.returncode == 0, p.stdout + p.stderr


@pytest.mark.parametrize("lang", [EN, FR], ids=["en", "fr"])
def test_language_file_timex_examples(lang) -> None:
    """Every [[example]] with "timexes" gives exactly those time expressions, types and values."""
    assert lang.timex_examples
    for text, date, rows in lang.timex_examples:
        got = [(t.text, t.type, t.value) for t in timexes(text, lang, dt.date.fromisoformat(date) if date else None)]
        assert got == list(rows), text


def test_the_checker_is_not_given_sets_lengths_or_undated_deixis() -> None:
    kinds = {t.text: t.kind for t in tag("Chaque lundi, pendant trois jours, et hier ; trois ans en tout.", FR).timexes}
    assert kinds["Chaque lundi"] == "set"
    assert kinds["trois ans"] == "timex"      # a bare length is no event's duration
    assert kinds["hier"] == "timex"           # no text date: nothing to count from
    assert kinds["pendant trois jours"] == "duration"
    dated = tag("Hier, la clinique a découvert la fuite.", FR, dt.date(2024, 3, 5).toordinal()).timexes
    assert dated[0].kind == "date" and dated[0].first is not None
    assert dt.date.fromordinal(dated[0].first.lo) == dt.date(2024, 3, 4)


def test_no_lengths_where_ages_are_meant() -> None:
    for text, lang in [("Alain Martin, 53 ans, a été blessé.", FR), ("un homme de 38 ans", FR),
                       ("a 38-year-old employee", EN), ("les 6-16 ans", FR)]:
        assert [t for t in timexes(text, lang) if t.type == "DURATION"] == [], text
    assert [t.value for t in timexes("condamné à 10 ans de prison", FR)] == ["P10Y"]


@pytest.mark.parametrize(("op", "anchor", "value"), [
    ("day-1", "2023-07-14", "2023-07-13"),
    ("week+0", "2023-07-14", "2023-W28"),
    ("weekend-1", "2003-02-04", "2003-W05-WE"),
    ("month-1", "2024-01-09", "2023-12"),
    ("year-1", "2024-01-09", "2023"),
    ("q=3", "2023-01-09", "2023-Q3"),
    ("quarter-1", "2023-01-09", "2022-Q4"),
    ("wd<4", "2023-03-14", "2023-03-10"),
    ("wd>1", "2025-03-21", "2025-03-25"),
    ("wd~1", "1999-05-20", "1999-05-18"),
    ("mon<9", "2002-02-09", "2001-09"),
    ("mon>6", "1999-05-23", "1999-06"),
    ("sea<SU", "2023-07-20", "2022-SU"),
    ("sea>SU", "2024-06-24", "2025-SU"),
    ("hol=11/3/4", "2023-11-27", "2023-11-23"),
    ("hol=easter+49", "2023-03-02", "2023-05-28"),
    ("century-1", "2024-01-09", "19"),
    ("dom~12w3", "2002-09-10", "2002-09-12"),
])
def test_templates_resolve(op: str, anchor: str, value: str) -> None:
    got = resolve(op, dt.date.fromisoformat(anchor).toordinal())
    assert got is not None and format_value(*got) == value


@pytest.mark.slow
def test_cli_json(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("Last Friday at noon the clinic found it had been breached for three days.", encoding="utf-8")
    p = subprocess.run([*shlex.split(CMD), "timexes", "--format", "json", "--lang", "en", "--date", "2023-03-14", str(f)],
                       capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert p.returncode == 0, p.stderr
    doc = json.loads(p.stdout)["documents"][0]
    rows = [(t["text"], t["type"], t["value"]) for t in doc["timexes"]]
    assert rows == [("Last Friday", "DATE", "2023-03-10"), ("noon", "TIME", "2023-03-10T12:00"),
                    ("three days", "DURATION", "P3D")]
    for t in doc["timexes"]:
        assert f.read_text(encoding="utf-8")[t["start"]:t["end"]] == t["text"]
    text = subprocess.run([*shlex.split(CMD), "timexes", "--lang", "en", "--date", "2023-03-14", str(f)],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert "DATE     2023-03-10" in text.stdout and text.stdout.rstrip().endswith("3 time expressions in 1 file")


def _trie_reference(words: set[str], text: str) -> bool:
    """Whether ``text`` opens with one of ``words``: each letter in either of its two ASCII cases
    (no other character of ``re``'s case-blind classes: not "ſ", "ı", "K"), a whole word when it ends
    with a letter."""
    def same(a: str, w: str) -> bool:
        return len(a) == len(w) and all(c == x or c == x.upper() or (x == "'" and c == "’") for c, x in zip(a, w))
    return any(same(text[:len(w)], w) and not (w[-1:].isalnum() and text[len(w):len(w) + 1].isalnum())
               for w in (w.lower().replace("’", "'") for w in words))


def test_the_guard_trie_matches_each_word_in_its_two_cases_only() -> None:
    import random
    import re

    from timeline_check.tagging.patterns import _trie

    words = {"annually", "april", "apart", "kilo", "six", "it", "aujourd'hui", "mid-", "noël", "nonstop", "ago"}
    rx = re.compile(_trie(words), re.I)
    rng = random.Random(5)
    odd = {"s": "ſ", "k": "\u212a", "i": "ı"}
    for _ in range(3000):
        w = rng.choice(sorted(words))
        t = "".join(rng.choice([c, c.upper(), odd.get(c, c)]) for c in w)
        t = t[:rng.randrange(len(t) + 1)] + rng.choice(["", "s", " x", "-", "2"])
        assert (rx.match(t) is not None) == _trie_reference(words, t), t
