"""The word index finds what a whole-text scan finds.

Phrase lists (triggers, notices, regime cues) and the date pattern are tried only where
the text's ``WordIndex`` says one of their opening words stands. These properties hold
that to the plain ``finditer`` of the same pattern, span for span:

- for random phrase lists (prefix words, gaps, apostrophes, hyphens) over random texts
  with the letters ``re`` folds in its own way (İ, ı, ſ, the Kelvin sign, Greek sigma);
- for a search of part of a text (``_Scan.holds``), wherever the part ends, inside a word too;
- for the date pattern of each language over random runs of its own date and TIMEX3 words;
- ``fold`` keeps every character one character and a word character a word character,
  and two words fold alike exactly when ``re`` matches one with the other ignoring case.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from timeline_check.engine import load_rules
from timeline_check.rulefile import Gate, Pattern, compile_phrases, fold, word_index
from timeline_check.tagging.patterns import main_pattern, opening_lists, timex_guard_words
from timeline_check.tagging.prefilter import date_matches

WORDS = ["breach", "Breach", "BREACH", "notif", "notified", "notification", "the", "The", "a", "e-mail", "l'enquête",
         "l’enquête", "İnvestigation", "investigation", "ınvestigation", "ſecurity", "security", "\u212aey", "key",
         "ΟΔΟΣ", "οδος", "x_y", "3rd", "début", "DÉBUT", "mi-mars", "Q3", "q3", "2023", "March", "mars", "days"]
GAPS = [" ", "  ", "\n", ", ", ". ", "-", "'", "’", "", " (", ") "]

texts = st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(GAPS)), max_size=40).map(
    lambda parts: "".join(w + g for w, g in parts))
phrase = st.lists(st.sampled_from(WORDS + ["notif*", "secu*", "~", "q*"]), min_size=1, max_size=3).map(" ".join).filter(
    lambda p: not p.startswith("~") and p.split()[-1] != "~")


@pytest.mark.slow
@settings(max_examples=300, deadline=None)
@given(st.lists(phrase, min_size=1, max_size=6), texts)
def test_phrases_found_through_the_index_are_the_scan_s(phrases: list[str], text: str) -> None:
    words = compile_phrases(phrases)
    assert [m.span() for m in words.finditer(word_index(text))] == [m.span() for m in words.regex.finditer(text)]
    first = words.regex.search(text)
    found = words.search(word_index(text))
    assert (found.span() if found else None) == (first.span() if first else None)


@pytest.mark.slow
@settings(max_examples=300, deadline=None)
@given(st.lists(phrase, min_size=1, max_size=6), texts, st.integers(0, 400), st.integers(0, 400))
@example(["notif"], "The notification went out.", 0, 9)  # the part ends inside a word: "notif|ication"
def test_a_search_of_part_of_a_text_through_the_index_is_the_scan_s(phrases: list[str], text: str, a: int, b: int) -> None:
    from timeline_check.engine import load_rules
    from timeline_check.binding.triggers import Scan as _Scan
    words = compile_phrases(phrases)
    a, b = sorted((min(a, len(text)), min(b, len(text))))
    scan = _Scan(load_rules().languages["en"], word_index(text), [(0, len(text))])
    assert scan.holds(words, a, b) == (words.regex.search(text, a, b) is not None)


@pytest.mark.slow
@settings(max_examples=300, deadline=None)
@given(st.lists(phrase, min_size=1, max_size=6), texts, st.integers(-3, 400), st.integers(-3, 400))
@example(["notif"], "The notification went out.", 0, 9)  # the part ends inside a word
@example(["breach"], "a breach", 3, 8)  # the part starts inside a word: "b|reach" is not the key
def test_a_gated_list_answers_as_its_pattern(phrases: list[str], text: str, a: int, b: int) -> None:
    words = compile_phrases(phrases)
    for method in ("search", "match", "fullmatch"):
        got = getattr(Gate(words, {}, "k"), method)(text, a, b)
        want = getattr(words.regex, method)(text, a, b)
        assert (got.span() if got else None) == (want.span() if want else None)
    assert [m.span() for m in Gate(words, {}, "k").finditer(text, a, b)] == [m.span() for m in words.regex.finditer(text, a, b)]


def test_a_gated_list_is_compiled_once_it_is_searched_often() -> None:
    from timeline_check.rulefile import _READS
    words = compile_phrases(["data breach", "intrusion"])
    into: dict[str, Pattern] = {}
    gate = Gate(words, into, "k")
    assert gate.search("an intrusion was found", 0, 3) is None and into == {}  # "an " holds no word of it
    for _ in range(_READS):  # a part that holds a word of it: read word by word, nothing compiled
        m = gate.search("an intrusion was found", 3)
        assert m is not None and m.span() == (3, 12) and into == {}
    assert gate.search("an intrusion was found", 3) is not None and into == {"k": words.regex}


def test_a_long_part_compiles_the_list_and_a_gate_placed_again_gives_the_pattern() -> None:
    words = compile_phrases(["data breach", "intrusion"])
    into: dict[str, Pattern] = {}
    gate = Gate(words, into, "k")
    text = "word " * 100 + "a data breach"
    assert gate.search(text) is not None and into == {"k": words.regex}
    assert gate.placed({}, "other") is words.regex


def test_a_gate_searched_often_compiles_on_the_first_part_that_holds_its_words() -> None:
    from timeline_check.rulefile import _CALLS
    words = compile_phrases(["data breach", "intrusion"])
    into: dict[str, Pattern] = {}
    gate = Gate(words, into, "k")
    for _ in range(_CALLS + 1):  # parts without its words: nothing compiled
        assert gate.search("the clinic said", 0, 10) is None and into == {}
    assert gate.search("an intrusion was found") is not None and into == {"k": words.regex}


@pytest.mark.slow
@settings(max_examples=100, deadline=None)
@given(st.lists(phrase, min_size=1, max_size=6), st.lists(texts, min_size=1, max_size=4))
def test_phrases_tried_word_by_word_then_compiled_find_what_the_scan_finds(phrases: list[str], many: list[str]) -> None:
    """The same list over many texts: its plain phrases are tried word by word (``_PlainHead``) until
    tried often, then through their compiled alternation; the matches are the scan's throughout."""
    from timeline_check.rulefile import _PLAIN_TRIES
    words = compile_phrases(phrases)
    for text in many * (_PLAIN_TRIES // 4 + 1):
        assert [m.span() for m in words.finditer(word_index(text))] == [m.span() for m in words.regex.finditer(text)]


@pytest.mark.slow
@settings(max_examples=300, deadline=None)
@given(st.lists(phrase, min_size=1, max_size=6), texts, st.integers(-3, 400), st.integers(-3, 400))
def test_a_gate_that_read_its_parts_then_compiled_answers_as_its_pattern(phrases: list[str], text: str, a: int,
                                                                         b: int) -> None:
    """The same gate, searched more than ``_READS`` times: its answers before and after it compiles."""
    from timeline_check.rulefile import _READS
    words = compile_phrases(phrases)
    gate = Gate(words)
    for _ in range(_READS + 2):
        for method in ("search", "match", "fullmatch"):
            got = getattr(gate, method)(text, a, b)
            want = getattr(words.regex, method)(text, a, b)
            assert (got.span() if got else None) == (want.span() if want else None)
        assert [m.span() for m in gate.finditer(text, a, b)] == [m.span() for m in words.regex.finditer(text, a, b)]


@pytest.mark.slow
@pytest.mark.parametrize("code", ["en", "fr"])
def test_dates_found_through_the_index_are_the_scan_s(code: str) -> None:
    lang = load_rules().languages[code]
    main = main_pattern(lang)
    vocabulary = sorted({*lang.months, *lang.weekdays, *lang.numbers, *lang.month_parts, *lang.vague_numbers,
                         *lang.phrases["year_lead"], *lang.phrases["range_open"], *lang.phrases["duration_lead"],
                         *lang.phrases["later"], *lang.units, "the", "le", "XIXe", "IVth", "Q3", "3", "14", "2023",
                         "07/14/2023", "2023-07-14", "12.12.2018", "9:15", "14 h 30", "1st", "1er", "company", "lathe",
                         "XXIVe", "XXXth", "siècle", "century", *opening_lists(lang)["timex_firsts"],
                         *lang.timex["units"],
                         *lang.timex["calendar"], *lang.timex["seasons"], *lang.timex["ago_after"]})

    @settings(max_examples=200, deadline=None)
    @given(st.lists(st.tuples(st.sampled_from(vocabulary), st.sampled_from(GAPS)), max_size=30))
    def same(parts: list[tuple[str, str]]) -> None:
        text = "".join(w + g for w, g in parts)
        assert [_read(m) for m in date_matches(lang, text, word_index(text))] == [_read(m) for m in main.finditer(text)]

    same()


@pytest.mark.slow
@pytest.mark.parametrize("code", ["en", "fr"])
def test_the_guard_read_from_words_passes_where_its_pattern_does(code: str) -> None:
    """The TIMEX3 branch's guard is tested on the words at a place, not by its trie; it must pass
    wherever the trie passes (where it passes alone, the branch's parts find nothing either: the
    property above)."""
    from timeline_check.tagging.patterns import timex_guard
    from timeline_check.tagging.prefilter import _guard
    lang = load_rules().languages[code]
    guard, pattern = _guard(lang), re.compile(timex_guard(lang), re.I)
    assert guard is not None
    alone, firsts, seconds = (sorted(words) for words in timex_guard_words(lang))
    vocabulary = [*alone, *firsts, *seconds, *(w.upper() for w in firsts), *(w.title() for w in alone),
                  "company", "laptop", "théâtre", "3", "Q4", "XXe", "the", "thee"]
    run = re.compile(r"\w+")

    @settings(max_examples=300, deadline=None)
    @given(st.lists(st.tuples(st.sampled_from(vocabulary), st.sampled_from(GAPS)), max_size=12))
    def covers(parts: list[tuple[str, str]]) -> None:
        text = "".join(w + g for w, g in parts)
        for m in run.finditer(text):
            if pattern.match(text, m.start()):
                assert guard.passes(text, m.start(), fold(m.group())), (text, m.start())

    covers()


@pytest.mark.parametrize("code,text,passes", [
    ("en", "the 3rd of May", True), ("en", "the company said", False), ("en", "The following week", True),
    ("en", "every Monday", True), ("en", "a laptop went missing", False), ("en", "Q3 results", True),
    ("fr", "le 3 mai", True), ("fr", "la société a dit", False), ("fr", "au XXe siècle", False),
    ("fr", "l'entreprise a dit", False), ("fr", "l'an dernier", True), ("fr", "mi-mars", True),
])
def test_the_guard_read_from_words_at_the_start_of_a_text(code: str, text: str, passes: bool) -> None:
    from timeline_check.tagging.patterns import timex_guard
    from timeline_check.tagging.prefilter import _guard
    lang = load_rules().languages[code]
    guard = _guard(lang)
    assert guard is not None and guard.passes(text, 0, fold(re.match(r"\w+", text).group())) is passes
    assert (re.compile(timex_guard(lang), re.I).match(text) is not None) is passes


def _read(m: re.Match[str]) -> tuple[tuple[int, int], str | None, dict[str, str]]:
    """What the tagger reads of a date match: its span, its alternative and the groups it set."""
    return m.span(), m.lastgroup, {k: v for k, v in m.groupdict().items() if v is not None}


@pytest.mark.parametrize("code,text", [
    ("en", "Staff at the lathe 14 March saw it."),  # "the" inside a word opens "the 14 March"
    ("en", "Records from the XXXth century"),  # a Roman numeral past the listed ones
    ("fr", "Une abbaye du XXIVe siècle"),
    ("en", "Revenue fell in Q3 2023 and q4."),
    ("en", "Crews worked Friday 3 to 9 June 2022 on it."),  # a day range may open on a weekday
    ("fr", "Les équipes sont intervenues vendredi 3 au 9 juin 2022."),
])
def test_dates_that_open_inside_a_word_or_on_a_numeral(code: str, text: str) -> None:
    lang = load_rules().languages[code]
    found = [_read(m) for m in date_matches(lang, text, word_index(text))]
    assert found and found == [_read(m) for m in main_pattern(lang).finditer(text)]


def test_fold_keeps_characters_and_word_runs() -> None:
    word = re.compile(r"\w")
    for i in range(0x3000):  # Latin, Greek, Cyrillic and the rest of the alphabets the rules may use
        c = chr(i)
        f = fold(c)
        assert len(f) == 1 and bool(word.match(c)) == bool(word.match(f)), hex(i)


@pytest.mark.parametrize("a,b", [("İ", "i"), ("ı", "I"), ("ſ", "s"), ("\u212a", "k"), ("Σ", "ς"), ("É", "é"), ("µ", "Μ")])
def test_letters_re_takes_for_one_fold_alike(a: str, b: str) -> None:
    assert re.fullmatch(re.escape(a), b, re.I)
    assert fold(a) == fold(b)


def test_letters_re_tells_apart_fold_apart() -> None:
    for a, b in [("e", "é"), ("i", "ì"), ("ß", "s"), ("a", "b")]:
        assert not re.fullmatch(re.escape(a), b, re.I)
        assert fold(a) != fold(b)


@pytest.mark.parametrize("code,text", [
    ("en", "Invoice 20231104 was paid 1234 days later, then 12345 weeks later."),  # "234 days later" inside a number
    ("fr", "Le dossier 2023110 date du 12/03/2024 ; 4005 jours plus tard, rien."),
])
def test_digits_inside_numbers_are_skipped_only_where_nothing_can_start(code: str, text: str) -> None:
    lang = load_rules().languages[code]
    found = [_read(m) for m in date_matches(lang, text, word_index(text))]
    assert found == [_read(m) for m in main_pattern(lang).finditer(text)]


def test_case_fixes_are_the_letters_re_takes_for_one() -> None:
    from timeline_check.rulefile import _CASE_FIX
    for c, rep in _CASE_FIX.items():
        assert re.fullmatch(re.escape(chr(c)), chr(rep), re.I) and chr(c).lower() != chr(rep).lower()
    for c in map(chr, range(0x3000)):  # every other letter re folds to another is folded the same by str.lower
        if c.isalnum() and ord(c) not in _CASE_FIX and len(c.lower()) == 1:
            for other in {c.upper(), c.lower(), c.upper().lower()} - {c}:
                if len(other) == 1 and re.fullmatch(re.escape(c), other, re.I):
                    assert fold(c) == fold(other)


GUESS_WORDS = WORDS + ["and", "AND", "of", "ıts", "ſur", "İl", "İL", "wıth", "Le", "les", "et", "ET", "de", "une", "the_",
                       "of2", "2of", "de_la", "Σ", "ς", "Straße", "İ", "µ", "Μ"]  # ı, ſ, İ fold to a stop word's letters
guess_texts = st.lists(st.tuples(st.sampled_from(GUESS_WORDS), st.sampled_from(GAPS)), max_size=40).map(
    lambda parts: "".join(w + g for w, g in parts))


@settings(max_examples=300, deadline=None)
@given(guess_texts)
@example("The notices_of 2023 and the letters of the clinic.")
@example("ΟΔΟΣ the OF and")
@example("Le 3 mai, la clinique et l’hôpital ont découvert la fuite de données.")
def test_the_language_guess_counts_the_index_s_words_as_the_text_s(text: str) -> None:
    from timeline_check.engine import _counter, guess_language
    rules = load_rules()
    index = word_index(text)
    plain, indexed = _counter(text, None), _counter(text, index)
    for lang in rules.languages.values():
        assert indexed(lang.stopwords) == plain(lang.stopwords)
    assert guess_language(text, rules, index) is guess_language(text, rules)
