"""Soundness of errors: consistent narratives, with noise, must give no error at all.

Draws consistent timelines with ``tests/strategies.narratives`` (English and French, no
fault injected), adds noise the checker must see through, checks each, and counts the
narratives with at least one finding of severity ``error``: each is a false error.

Noise, one to four pieces a narrative, at random sentence boundaries (not just before a
sentence that counts from the one before it, "Two days later, ..."):
- sentences with unrelated dates: "founded in 1998", "a 2019 law", "its 2022 annual
  report", "since 2010", "took effect on January 1, 2020", a person's age and career;
- quotations with no date ("We take the privacy of our patients very seriously," ...);
- one of the narrative's own sentences turned into a quotation (said: "…" / « … »).

Usage (from the checkout)::

    python bench/soundness.py                 # 10,000 narratives, seed 7 (about two minutes)
    python bench/soundness.py -n 500 --seed 1 --show 5

It prints the counts and, for each false error, the text and the findings (``--show``).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from strategies import narratives  # noqa: E402

from timeline_check import check_text  # noqa: E402

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]

NOISE = {
    "en": [
        "The practice was founded in {old}.",
        "Under a {law} law, health care providers must protect the records they keep.",
        "Its {law} annual report lists about 1,200 employees.",
        "Since {old}, the clinic has served more than 40,000 patients in the region.",
        "The state's privacy statute, amended in {law}, sets no fine for such incidents.",
        "Dr. Alvarez, 54, has practiced medicine since {old} and joined the board in {month} {law}.",
        "The company opened its third office in {month} {old}.",
        "The clinic's current privacy policy took effect on January 1, {law}.",
        '"We take the privacy of our patients very seriously," a spokesperson said.',
        '"Nothing matters more to us than the trust of the people we serve," the letter says.',
        "The clinic's website, redesigned in {law}, now links to its privacy notice.",
        "Its parent company was listed on the stock exchange in {old}.",
    ],
    "fr": [
        "L'établissement a été fondé en {old}.",
        "Une loi de {law} oblige les prestataires de soins à protéger les dossiers qu'ils conservent.",
        "Son rapport annuel {law} fait état d'environ 1 200 salariés.",
        "Depuis {old}, la clinique a accueilli plus de 40 000 patients dans la région.",
        "Sa politique de confidentialité actuelle est entrée en vigueur le 1er janvier {law}.",
        "Le docteur Martin, 54 ans, exerce depuis {old} et a rejoint le conseil en {month} {law}.",
        "La société a ouvert son troisième cabinet en {month} {old}.",
        "« Nous prenons la protection des données de nos patients très au sérieux », a déclaré un porte-parole.",
        "« Rien ne compte davantage que la confiance de nos patients », indique le courrier.",
        "Le site de la clinique, refait en {law}, renvoie désormais à sa politique de confidentialité.",
        "Sa maison mère est cotée en bourse depuis {old}.",
    ],
}
QUOTE = {"en": 'In a statement, the organisation said: "{s}"', "fr": "Dans un communiqué, l'organisme a indiqué : « {s} »"}


@st.composite
def noisy_narratives(draw: st.DrawFn) -> tuple[str, str, list[str]]:
    """A consistent narrative with noise: (language, text, the kinds of noise added)."""
    story = draw(narratives(fault=None))
    lang = story.lang
    sentences = split(story.text)
    added = []
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["noise", "noise", "quote"]))
        if kind == "quote" and sentences:
            i = draw(st.integers(0, len(sentences) - 1))
            sentences[i] = QUOTE[lang].format(s=sentences[i])
            added.append("quoted sentence")
            continue
        template = draw(st.sampled_from(NOISE[lang]))
        month = draw(st.sampled_from(MONTHS_EN if lang == "en" else MONTHS_FR))
        text = template.format(old=draw(st.integers(1950, 2014)), law=draw(st.integers(1996, 2026)), month=month)
        # Not just before a sentence that counts from the one before it ("Two days later, ..."):
        # a reader, too, would take the noise's date for the one counted from.
        places = [i for i in range(len(sentences) + 1) if i == len(sentences) or not relative(sentences[i], lang)]
        sentences.insert(draw(st.sampled_from(places)), text)
        added.append(template.split("{")[0][:30] or template[:30])
    return lang, " ".join(sentences), added


def relative(sentence: str, lang: str) -> bool:
    """Whether a sentence holds a relative time expression ("two days later", "le lendemain")."""
    from timeline_check.ruleset import load_rules
    from timeline_check.tagging import tag

    return any(t.kind == "relative" for t in tag(sentence, load_rules().languages[lang]).timexes)


def split(text: str) -> list[str]:
    """The narrative's sentences (it writes one space between them)."""
    from timeline_check.sentences import sentences

    return [text[s:e] for s, e in sentences(text)]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-n", type=int, default=10_000, help="narratives to draw (default 10,000)")
    ap.add_argument("--seed", type=int, default=7, help="hypothesis seed (default 7)")
    ap.add_argument("--show", type=int, default=10, help="false errors to print in full (default 10)")
    args = ap.parse_args()

    counts: Counter[str] = Counter()
    false: list[tuple[str, str, list[str], list[str]]] = []
    for lang in ("en", "fr"):  # load the rules first
        check_text("The clinic discovered the breach on May 1, 2024.", lang=lang)

    @seed(args.seed)
    @settings(max_examples=args.n, database=None, deadline=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))
    @given(noisy_narratives())
    def run(case: tuple[str, str, list[str]]) -> None:
        lang, text, added = case
        report = check_text(text, lang=lang)
        counts[lang] += 1
        counts.update(f"noise: {a}" for a in added)
        errors = [f"{f.rule}: {f.message}" for f in report.findings if f.severity == "error"]
        if errors:
            counts[f"{lang} with an error"] += 1
            false.append((lang, text, added, errors))

    start = time.perf_counter()
    run()
    took = time.perf_counter() - start
    total = counts["en"] + counts["fr"]
    wrong = counts["en with an error"] + counts["fr with an error"]
    print(f"{total} consistent narratives with noise ({counts['en']} English, {counts['fr']} French), seed {args.seed}, "
          f"{took:.0f} s")
    print(f"false errors: {wrong} narratives ({wrong / max(total, 1):.2%}): "
          f"{counts['en with an error']} English, {counts['fr with an error']} French")
    noise = sorted((k[7:], n) for k, n in counts.items() if k.startswith("noise: "))
    print(f"noise added: {sum(n for _, n in noise)} pieces; quoted sentences {dict(noise).get('quoted sentence', 0)}, "
          f"sentences with unrelated dates or quotations {sum(n for k, n in noise if k != 'quoted sentence')}")
    rules = Counter(e.split(":")[0] for *_, errors in false for e in errors)
    for rule, n in rules.most_common():
        print(f"  {rule}: {n}")
    for lang, text, added, errors in false[: args.show]:
        print(f"\n[{lang}] noise: {', '.join(added)}\n{text}")
        for e in errors:
            print(f"  -> {e}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
