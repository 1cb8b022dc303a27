"""Patterns around a language's grammar words, built once per language, and small text helpers
shared by the binder's modules."""

from __future__ import annotations

import functools
import re

import attrs

from ..lang import Language
from ..rulefile import Pattern, alternation


MAX_WORDS = 15  # words between an event word and its date, at most (see passes.candidates_before)
WORD = re.compile(r"[\w'’-]+")  # a word, to count them
_BLANK = re.compile(r"\s*")
CLAUSE_MARK = re.compile(r"[,;]")  # where a clause may end
CLAUSE_PUNCT = re.compile(r"[,;:()]")  # punctuation that sets a clause or an aside apart
QUOTE = re.compile(r'["“”«»]')  # a quotation mark


@attrs.frozen
class Grammar:
    """The binder's patterns around a language's grammar words (``[phrases]`` of its rules file)."""

    recipient_lead: re.Pattern[str]  # "to" and up to three words before a recipient, at the end
    list_gap: re.Pattern[str]  # between two dates of a list
    hard_stop: re.Pattern[str]  # where a notice's recipients end
    auxiliary: re.Pattern[str]  # a word of learning in the passive: told
    passive: re.Pattern[str]  # a form of "be" (and a word) at the end: the participle after is passive
    coordinated: re.Pattern[str]  # a comma or a coordinator between two verbs
    series_end: re.Pattern[str]  # the last coordinator of a series, and the same actor's subject and auxiliary
    closed_relative: re.Pattern[str]  # a restrictive relative clause a comma ends ("people whose files were stored there,")
    series_start: re.Pattern[str]  # a comma and the last coordinator of a series, at the start
    count_aside: re.Pattern[str]  # words set off by commas that hold a count ("3,100 people, 980 of them ...,")
    catenative: re.Pattern[str]  # after a generic "began" and its date: the verb it governs
    no_object: re.Pattern[str]  # what may follow a participle with no object
    governed: re.Pattern[str]  # a preposition and up to two words (and a count and its word), at the end
    told_object: re.Pattern[str]  # a verb of telling and an article, at the end: the body after it is told
    of: re.Pattern[str]  # the genitive and at most one word, at the end ("a list of affected")
    quantifier: re.Pattern[str]  # a quantifier at the end ("all" of the members)
    negated: re.Pattern[str]  # negation words at the end, right before an event word ("without detection")
    other_time: re.Pattern[str]  # words that open a clause of another time ("before leaving", "après avoir")
    denied: re.Pattern[str]  # a date's set-aside words, at the end ("March 1, not March 4")
    restates: re.Pattern[str]  # a comma, and words that restate the date before it
    apposition: re.Pattern[str]  # a comma, and a day's lead word
    letter_heading: re.Pattern[str]  # "Paris, le " before a letter's date
    modifier: re.Pattern[str]  # a determiner before an adjective ("the" compromised server)
    body_words: frozenset[str]  # last words of names of public bodies ("authority")
    body_name: re.Pattern[str]  # a capitalised name that ends with one


@functools.cache  # keyed on the Language itself: it compares and hashes by identity
def grammar_of(lang: Language) -> Grammar:
    """A language's grammar patterns, built once. Runs of white space that could trade characters
    ("\\s*,?\\s*") tried a long run of spaces in O(n³) ways before failing: each run here is
    possessive or bounded by what stands on either side."""
    a = lang.alt
    body = sorted(w.lower() for w in lang.phrases["body_words"])
    return Grammar(
        recipient_lead=re.compile(rf"{a('recipient_lead')}(?:\s+|(?<=['’]))"
                                  r"(?:(?:\d{1,3}(?:[, \u00a0\u202f]\d{3})+|[\w'’-]+)\s+){0,3}$", re.I),
        list_gap=re.compile(rf"\s*+(?:,\s*+)?(?:{a('list_join')}\s*+)?(?:,\s*+)?", re.I),
        hard_stop=re.compile(rf"[;:]|{a('clause_stop')}", re.I),
        auxiliary=re.compile(rf"{a('auxiliary')}\s", re.I),
        passive=re.compile(rf"{a('passive')}\s+(?:\w+\s+)?$", re.I),
        coordinated=re.compile(rf"(?<!\d),|,(?!\d)|{a('coordinator')}", re.I),  # not "1,953"
        series_end=re.compile(rf"(?:(?<!\d),|,(?!\d)|(?<!\w){a('coordinator')}(?:\s+{a('series_subject')})?)\s*$", re.I),
        closed_relative=re.compile(rf"(?<![,(]\s)(?<![,(])(?<!\w){a('relative_pronoun')}(?!\w)"
                                   r"(?:[^,;.\n]|(?<=\d)[,.](?=\d)){1,80}?,(?!\d)", re.I),
        series_start=re.compile(rf",\s*{a('coordinator')}(?!\w)", re.I),
        # not the comma of "3,100"; at most 80 characters between its commas, a number and a count's word
        count_aside=re.compile(rf",(?!\d)(?=(?:[^,;.\n]|(?<=\d)[,.](?=\d)){{0,80}}?\d)"
                               rf"(?=(?:[^,;.\n]|(?<=\d)[,.](?=\d)){{0,80}}?(?<!\w){a('count_aside')}(?!\w))"
                               r"(?:[^,;.\n]|(?<=\d)[,.](?=\d)){1,80}?,(?!\d)", re.I),
        catenative=re.compile(rf"[^.;,]{{0,25}}?\s{a('catenative')}\s+[^\W\d_]", re.I),
        # not a name that opens with digits ("notified 21CO that"): its object
        no_object=re.compile(rf"\s*(?:$|[|,.;:(]|\d(?!\d*(?-i:[A-Z]))|{a('after_participle')})", re.I),
        governed=re.compile(rf"{a('governing')}\s+(?:[\w'’-]+\s+){{0,2}}(?:\d[\d,.]*\s+(?:[\w'’-]+\s+)?)?$", re.I),
        told_object=re.compile(rf"{a('telling_object')}\s+(?:{a('article')}\s*)?$", re.I),
        of=re.compile(rf"{a('genitive')}(?:\s+|(?<=['’]))(?:[\w'’-]+\s+)?$", re.I),
        quantifier=re.compile(rf"{a('quantifier')}\s*$", re.I),
        denied=re.compile(rf"{a('denied')}\s+(?:(?:{a('article')}|{a('day_lead')})\s*)?$", re.I),
        negated=re.compile(lang.regex["negation"].pattern + r"\s*$", re.I),
        other_time=re.compile(alternation(lang.phrases["before_event"] + lang.phrases["after_event"]), re.I),
        restates=re.compile(rf"\s*,\s*(?:{a('restatement')}\s*,?\s*)?", re.I),
        apposition=re.compile(rf"\s*,\s*(?:{a('day_lead')}\s+)?", re.I),
        # "Paris, le 12 mars 2024", "Saint-Étienne, le 3 mai 2024"
        letter_heading=re.compile(r"\s*([^\W\d_][^\W\d_ .'’-]{0,40}(?:[ -][^\W\d_][^\W\d_ .'’-]{0,20}){0,2}),\s*"
                                  rf"{a('letter_heading')}\s+", re.I),
        modifier=re.compile(a("modifier_lead"), re.I),
        body_words=frozenset(body),
        body_name=re.compile(rf"(?:[A-Z][\w&'’.-]*\s+){{1,5}}({'|'.join(w.title() for w in body) or '(?!x)x'})\b"))


def participle(lang: Language, word: str) -> bool:
    """Whether ``word`` is written as a past participle ("encrypted", "stolen"; ``[phrases]
    participle_ending``), as a word of letters only."""
    return word.isalpha() and word.lower().endswith(tuple(lang.phrases["participle_ending"]))


def ends_with(rx: Pattern, text: str, a: int, b: int) -> bool:
    """Whether the text from ``a`` to ``b`` ends with a match of ``rx`` (then white space)."""
    return ending(rx, text, a, b) is not None


def ending(rx: Pattern, text: str, a: int, b: int) -> re.Match[str] | None:
    """The first match of ``rx`` in the text from ``a`` to ``b`` that only white space follows there."""
    return next((m for m in rx.finditer(text, a, b) if not text[m.end():b].strip()), None)


def saying_before(lang: Language, text: str, a: int, b: int) -> re.Match[str] | None:
    """The verb of saying (``disclosing``) that ends right before ``b``, looked for from ``a``, with
    a ``day_lead`` ("on", "le") between them or none: "said on Friday", "a indiqué mercredi"."""
    verb = ending(lang.regex["disclosing"], text, a, b)
    if verb is None and (lead := ending(lang.regex["day_lead"], text, a, b)) is not None:
        verb = ending(lang.regex["disclosing"], text, a, lead.start())
    return verb


def past_blank(text: str, pos: int, e: int) -> int:
    """Where the white space from ``pos`` ends (before ``e``)."""
    blank = _BLANK.match(text, pos, e)
    return blank.end() if blank else pos
