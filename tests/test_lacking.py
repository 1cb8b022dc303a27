"""A phrase list a text lacks the key words of is not searched in it (``binding.lacking``): the
searches give what the list's own pattern gives, wherever they start and end."""

from __future__ import annotations

import random
import re

from timeline_check.binding.lacking import Lacking
from timeline_check.binding.triggers import Scan
from timeline_check.rulefile import compile_phrases, word_index
from timeline_check.ruleset import load_rules


def _span(m: re.Match[str] | None) -> tuple[int, int] | None:
    return m.span() if m is not None else None


def test_a_part_that_cuts_a_word_is_still_searched() -> None:
    phrases = compile_phrases(["data", "leak"])
    text = "The database stayed online."
    assert phrases.keys is not None and phrases.keys.isdisjoint(word_index(text).words)
    lacking = Lacking(phrases.regex, text)
    assert lacking.search(text) is None and lacking.search(text, 4, 12) is None
    cut = text.index("base")  # the part ends inside "database": its last word is "data"
    assert _span(lacking.search(text, 0, cut)) == _span(phrases.regex.search(text, 0, cut)) == (4, 8)
    assert _span(lacking.match(text, 8, 20)) is None  # "base" opens no phrase
    other = "A data leak."  # another string: searched as ever
    assert [m.group() for m in lacking.finditer(other)] == ["data", "leak"]


def test_searches_of_a_scan_give_what_the_patterns_give() -> None:
    rng = random.Random(5)
    for lang in load_rules().languages.values():
        keys = sorted(k for k, p in lang.lists.items() if p.keys is not None and p.phrases)
        skipped = 0
        for _ in range(30):
            picked = rng.sample(keys, 4)
            words = [w for k in picked for w in rng.choice(lang.lists[k].phrases).replace("~", "x").replace("*", "s").split()]
            words += rng.sample(["On", "May", "3,", "the", "clinic", "said", "(see", "below)", "its", "database", ";"], 6)
            rng.shuffle(words)
            text = " ".join(words)
            scan = Scan(lang, word_index(text), [(0, len(text))])
            for key in rng.sample(keys, 40) + picked:
                rx, ours = lang.regex[key], scan.regex(lang, key)
                skipped += isinstance(ours, Lacking)
                for _ in range(4):
                    a = rng.randrange(len(text))
                    b = rng.randrange(a, len(text) + 1)
                    assert _span(ours.search(text, a, b)) == _span(rx.search(text, a, b)), (key, text, a, b)
                    assert _span(ours.match(text, a, b)) == _span(rx.match(text, a, b)), (key, text, a, b)
                    assert [m.span() for m in ours.finditer(text, a, b)] == [m.span() for m in rx.finditer(text, a, b)]
        assert skipped > 100
