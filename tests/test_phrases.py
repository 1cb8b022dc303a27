"""``Phrases.search`` tries a list phrase by phrase (compiling only the phrases a text has the key of),
and must find what the whole list's pattern finds first: same place, same phrase."""

from __future__ import annotations

import random
import re

import pytest

from timeline_check.rulefile import Gate, Phrases, alternation, compile_phrases, phrase_pattern, word_index
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
        out += [compile_phrases(words) for _, words in lang.recipient_phrases]
        out += [t.words for t in lang.triggers] + [n.words for n in lang.notices] + [w for _, w in lang.topics]
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


def _flat(phrases: list[str]) -> str:
    """The plain alternation of a list's phrases, longest first, each with its own word tests."""
    return "(?:" + "|".join(phrase_pattern(p) for p in sorted(set(phrases), key=lambda p: (-len(p), p))) + ")"


@pytest.mark.parametrize("seed", range(3))
def test_the_written_alternation_matches_as_the_plain_one(seed: int) -> None:
    # alternation() writes a list in a fast layout, its word-end tests after a run of phrases;
    # alone, and inside a larger pattern that goes on after it, it must match as the plain one
    rng = random.Random(seed)
    for phrases in rng.sample(_lists(), 60):
        texts = _texts(phrases, rng)
        for scan in (True, False):
            for after in ("", r"\s*[,.]", r"\w*"):
                written = re.compile(alternation(phrases.phrases, scan=scan) + after, re.I)
                plain = re.compile(_flat(list(phrases.phrases)) + after, re.I)
                for text in texts:
                    assert [m.span() for m in written.finditer(text)] == [m.span() for m in plain.finditer(text)], \
                        (phrases.phrases[:5], scan, after, text)


def test_a_run_of_phrases_ending_a_word_takes_one_word_end_test() -> None:
    phrases = ["breach report", "breached", "breach notice", "data breach", "letter."]
    source = alternation(phrases, scan=False)
    assert source.count(r"(?!\w)") == 1
    rx = re.compile(source, re.I)
    assert [m.group() for m in rx.finditer("A breached server, a breach reports, a data breach, a letter.")] \
        == ["breached", "data breach", "letter."]


@pytest.mark.parametrize("scan", [True, False])
def test_phrases_that_open_on_one_word_write_it_once_and_match_as_before(scan: bool) -> None:
    # a word shared by phrases next to each other in the list's order is written once, the rest of
    # each after it; a gap ("~") is never shared (it matches in several ways); same matches
    english = ["notified the regulator ~ later", "notified the patients", "notified them", "notif* all", "told them"]
    french = ["a informé la CNIL", "a informé les clients", "a notifié la violation", "a ~ averti"]
    texts = ["They notified   the\npatients, then notified them all; notifying all was told them.",
             "The clinic notified the regulator two weeks later and notified the press.",
             "Le cabinet a informé les clients puis a notifié la violation; il a ensuite vite averti la CNIL.",
             "Elle a informé la CNILs et a informé la CNIL."]
    for phrases, word in ((english, "notified"), (french, "informé")):
        source = alternation(phrases, scan=scan)
        assert source.count(word[1:]) == 1, source  # the fast layout writes a first letter apart
        for after in ("", r"\s*[,.;]", r"\w*"):
            written = re.compile(source + after, re.I)
            plain = re.compile(_flat(phrases) + after, re.I)
            for text in texts:
                assert [m.span() for m in written.finditer(text)] == [m.span() for m in plain.finditer(text)], (text, after)
        assert re.search(source, texts[0], re.I) is not None or re.search(source, texts[2], re.I) is not None


@pytest.mark.parametrize("seed", range(2))
def test_a_gate_searches_parts_of_texts_as_the_whole_pattern_does(seed: int) -> None:
    """Every list of the rules, its ``Gate`` (read word by word, then compiled) against its pattern,
    over parts of texts made of its phrases that start and end anywhere, inside words too."""
    rng = random.Random(seed)
    found = 0
    for phrases in _lists():
        gate = Gate(phrases)
        for text in _texts(phrases, rng):
            for a, b in [(0, len(text)), *((rng.randrange(-2, len(text) + 2), rng.randrange(-2, len(text) + 2)) for _ in range(3))]:
                for method in ("search", "match", "fullmatch"):
                    got, want = getattr(gate, method)(text, a, b), getattr(phrases.regex, method)(text, a, b)
                    assert (got and got.span()) == (want and want.span()), (phrases.phrases, text, a, b, method)
                spans = [m.span() for m in gate.finditer(text, a, b)]
                assert spans == [m.span() for m in phrases.regex.finditer(text, a, b)], (phrases.phrases, text, a, b)
                found += bool(spans)
    assert found > 100
