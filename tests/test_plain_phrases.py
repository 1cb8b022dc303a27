"""Plain phrases (words of letters and digits only) are found from the word index, with no
pattern compiled, exactly where their pattern finds them: ``plain_span`` is held to
``re.search`` of ``phrase_pattern`` over random texts built from the phrases' own words, in
every case ``re`` folds in its own way, between every kind of separator (white space that
``\\s`` takes, and punctuation it does not)."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from timeline_check.rulefile import compile_phrases, needed_words, phrase_pattern, plain_span, plain_words, word_index

WORDS = ["data", "Data", "DATA", "breach", "breaches", "texas", "Texas", "residents", "İnvestigation", "ınvestigation",
         "investigation", "ſecurity", "security", "\u212aey", "key", "ΟΔΟΣ", "οδος", "2023", "3rd", "x_y", "début", "DÉBUT",
         "données", "personnelles"]
SEPARATORS = [" ", "  ", "\n", "\t", "\u00a0", "\u2028", "\x1c", "", "-", "'", ", ", ". ", "_", " ("]
PLAIN = [w for w in WORDS if w.isalnum()]

texts = st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPARATORS)), max_size=30).map(
    lambda parts: "".join(w + s for w, s in parts))
phrases = st.lists(st.sampled_from(PLAIN), min_size=1, max_size=3).map(" ".join)


@settings(max_examples=400, deadline=None)
@given(phrases, texts, st.integers(0, 300))
@example("data breach", "a data\u00a0 breach", 100)
@example("ΟΔΟΣ", "οδος", 100)  # final sigma folds as re folds it
@example("data breach", "data-breach data breach", 100)
@example("data", "database data", 100)
def test_a_plain_phrase_is_found_where_its_pattern_finds_it(phrase: str, text: str, before: int) -> None:
    words = plain_words(phrase)
    assert words is not None
    m = re.compile(phrase_pattern(phrase), re.I).search(text)
    want = m.span() if m and m.start() < before else None
    assert plain_span(words, word_index(text), before) == want


@given(st.lists(phrases, min_size=1, max_size=5), texts)
@settings(max_examples=200, deadline=None)
def test_a_list_of_plain_phrases_is_searched_without_a_pattern(listed: list[str], text: str) -> None:
    words = compile_phrases(listed)
    found = words.search(word_index(text))
    first = words.regex.search(text)
    assert (found.span(), found.group(0)) == (first.span(), first.group(0)) if first else found is None
    assert not words._compiled  # no phrase of the list was compiled on its own


any_phrase = st.lists(st.sampled_from(WORDS + ["dat*", "~", "e-mail", "l'enquête", "(data)"]), min_size=1, max_size=3).map(
    " ".join).filter(lambda p: p.split()[0] != "~" and p.split()[-1] != "~")


@settings(max_examples=300, deadline=None)
@given(any_phrase, texts)
@example("data breach", "data breach")
def test_a_phrase_matches_only_where_the_text_holds_the_words_it_needs(phrase: str, text: str) -> None:
    needed = needed_words(phrase)
    if re.compile(phrase_pattern(phrase), re.I).search(text) is not None:
        assert needed is None or needed <= word_index(text).words
    if plain_words(phrase) is not None:
        assert needed == frozenset(plain_words(phrase) or ())


def test_a_phrase_with_a_prefix_a_gap_or_punctuation_is_not_plain() -> None:
    assert plain_words("Data Breach") == ("data", "breach")
    for phrase in ("notif*", "access ~ blocked", "e-mail", "l'enquête", "x_y", "", "(data)"):
        assert plain_words(phrase) is None
