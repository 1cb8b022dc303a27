"""Letters as the subject of a passive of sending, however long their description ("Letters
describing the incident and the steps taken to protect patients were mailed on June 4"): the
notice, not a mailing that is the breach. The breach word "mailed" or "sent" is read so when
letters open its clause, no other verb of being stands between, and nothing says the letters
held data or went astray (``misdelivered``, ``by_mistake``, ``letter_holding``), but in what the
letters are said to say (after a verb of saying or a "that")."""

from __future__ import annotations

import functools
import re

from ..lang import Language
from .grammar import WORD, ends_with, grammar_of
from .recipients import recipient_chain
from .reported import content_start

_SUBJECT_WORDS = 24  # words of a letter's description before its verb, at most


@functools.cache  # keyed on the Language itself: it compares and hashes by identity
def _determiner(lang: Language) -> re.Pattern[str]:
    """A determiner or a count right before the letters ("the letters", "1,200 letters")."""
    a = lang.alt
    return re.compile(rf"(?:{a('article')}|{a('quantifier')}|{a('about')}|\d[\d,]*+)\s++", re.I)


def _opens(text: str, lang: Language, s: int, at: int) -> bool:
    """Whether the words at ``at`` open a clause: the sentence's start, or after a comma, a colon,
    a bracket or a date's last digit, past a determiner or a count."""
    det = [m for m in _determiner(lang).finditer(text, max(s, at - 30), at) if m.end() == at]
    if det:
        at = det[0].start()
    before = text[s:at].rstrip()
    return not before or before[-1] in ",;:(" or before[-1].isdigit()


def letters_sent(text: str, lang: Language, s: int, e: int, start: int, end: int) -> tuple[str, ...]:
    """The kinds of the notice a sending word (``text[start:end]``, "mailed") tells of when letters
    are its subject: the recipients after it, else the people affected; () when it is no such notice."""
    if not lang.phrases["letter_subject"] or not ends_with(grammar_of(lang).passive, text, max(s, start - 20), start):
        return ()
    # what the letters say is not how they went: "The letters, which were mailed on April 16, said
    # statements had been sent to the wrong addresses"
    told = content_start(lang, text, end, e, bare_that=True)
    if lang.regex["misdelivered"].search(text, s, told) or lang.regex["by_mistake"].search(text, s, told):
        return ()
    if _pronoun_of_letters(text, lang, s, start):
        return tuple(recipient_chain(lang, text[end:e])) or ("notification_individuals",)
    being = lang.regex["passive"]
    for m in lang.regex["letter_subject"].finditer(text, s, start):
        between = text[m.end():start]
        if not _opens(text, lang, s, m.start()) or len(WORD.findall(between)) > _SUBJECT_WORDS:
            continue
        # the passive's own "were" is the only verb of being between: "letters were sent after files were copied" is not it
        if sum(1 for _ in being.finditer(between)) > 1 or lang.regex["letter_holding"].search(between):
            continue
        return tuple(recipient_chain(lang, text[end:e])) or ("notification_individuals",)
    return ()


_PRONOUN = re.compile(r"(\w+)\s+\w+\s+$")  # the word before the passive's verb of being


def _pronoun_of_letters(text: str, lang: Language, s: int, start: int) -> bool:
    """Whether the passive's subject is a pronoun for a letter its sentence named before ("The letter
    in our file is dated May 8, and the manager confirms they were mailed that day";
    ``[phrases] letter_antecedent``)."""
    if not lang.phrases["letter_antecedent"]:
        return False
    m = _PRONOUN.search(text, max(s, start - 30), start)
    return m is not None and lang.regex["subject_pronoun"].fullmatch(m.group(1)) is not None \
        and lang.regex["letter_antecedent"].search(text, s, m.start()) is not None
