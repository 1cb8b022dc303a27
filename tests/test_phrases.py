"""``Phrases.search`` tries a list phrase by phrase (compiling only the phrases a text has the key of),
and must find what the whole list's pattern finds first: same place, same phrase."""

from __future__ import annotations

import random

import pytest

from timeline_check.rulefile import Phrases, compile_phrases, word_index
from timeline_check.ruleset import load_rules


def _instance(phrase: str, rng: random.Random) -> str:
    """Words a phrase matches: a prefix word gets an ending, ``~`` stands for up to three words."""
    out = []
    for w in phrase.split():
        if w == "~":
            out.extend(rng.sample(["the", "state", "early", "formal", "written"], rng.randrange(0, 4)))
        elif w.endswith("*") and len(w) > 1:
            out.append(w[:-1] + rng.choice(["", "s", "ed", "ing"]))
        else:
            out.append(w.upper() if rng.random() < 0.2 else w)
    return " ".join(out)


def _texts(phrases: Phrases, rng: random.Random) -> list[str]:
    """Texts with none, one or several of a list's phrases, in any order, among other words."""
    filler = ["The clinic wrote to", "patients on March 3.", "A notice was sent", "and", "then", "(see below)", ","]
    texts = [" ".join(rng.sample(filler, 4))]
    for _ in range(6):
        parts = [_instance(rng.choice(phrases.phrases), rng) for _ in range(rng.randrange(1, 4))]
        parts += rng.sample(filler, 3)
        rng.shuffle(parts)
        texts.append(" ".join(parts))
    # overlapping phrases at one place: a long one and its shorter start
    texts.append(" ".join(_instance(p, rng) for p in sorted(phrases.phrases, key=len, reverse=True)[:3]))
    return texts


def _lists() -> list[Phrases]:
    rules = load_rules()
    out = [rx for reg in rules.regimes.values() for _, rx in reg.cues]
    out += [reg.residents for reg in rules.regimes.values() if reg.residents is not None]
    for lang in rules.languages.values():
        out += list(lang.lists.values())
    return [p for p in out if p.phrases]


@pytest.mark.parametrize("seed", range(3))
def test_search_finds_what_the_whole_pattern_finds_first(seed: int) -> None:
    rng = random.Random(seed)
    tried = found = 0
    for phrases in _lists():
        for text in _texts(phrases, rng):
            expected = phrases.regex.search(text)
            got = phrases.search(word_index(text))
            tried += 1
            found += expected is not None
            assert (got and (got.span(), got.group())) == (expected and (expected.span(), expected.group())), (
                phrases.phrases, text)
    assert found > tried // 2  # the texts do hold the phrases


def test_the_longer_of_two_phrases_at_one_place_wins_and_the_earlier_place_first() -> None:
    phrases = compile_phrases(["data breach", "data breach notification", "breach"])
    text = "A data breach notification followed the breach."
    m = phrases.search(word_index(text))
    assert m is not None and m.group() == "data breach notification" and m.start() == 2
    later = "The breach, then a data breach notification."
    m = phrases.search(word_index(later))
    assert m is not None and (m.start(), m.group()) == (4, "breach")


def test_a_text_without_any_key_finds_nothing() -> None:
    phrases = compile_phrases(["attorney general", "regulator"])
    assert phrases.search(word_index("The clinic told its patients.")) is None
