"""The people affected as those a message went to: after a sending word ("emailed affected
customers on May 9", "sent its members an email") or as the subject of its passive ("Customers
were emailed on May 9"). A notice to them, not records sent astray, which stays the breach where
the sentence says the sending went wrong (``misdelivered``, ``by_mistake``), what was sent held
data (``letter_holding``), or something else follows the people: what was sent ("emailed
patients a file", "customers' card numbers"), unless it is a message (``people_message``: "sent
its members an email") or a word that leads no thing sent (``people_then``: "on May 9")."""

from __future__ import annotations

import functools
import re

from ..lang import Language
from .reported import content_start

_REST = re.compile(r"\s*+(?:[,.;:)]|$)")  # the people end the clause


@functools.cache  # keyed on the Language itself: it compares and hashes by identity
def _people(lang: Language) -> re.Pattern[str]:
    """The people affected, past the words that may lead them ("the affected", "its")."""
    a = lang.alt
    return re.compile(rf"(?:{a('people_lead')}\s++){{0,3}}{a('count_people')}\b", re.I)


@functools.cache
def _then(lang: Language) -> re.Pattern[str]:
    """What may follow the people: a message past up to two words ("an email", "a short letter"),
    or a word that leads no thing sent ("on May 9", "about the incident")."""
    a = lang.alt
    return re.compile(rf"\s++(?:(?:\S++\s++){{0,2}}?{a('people_message')}\b|{a('people_then')}\b)", re.I)


@functools.cache
def _passive_people(lang: Language) -> re.Pattern[str]:
    """The people affected opening the clause (past the words that may lead them, or a count),
    then a form of "be", ending where the sending word starts: "Customers were emailed", not
    "Statements for 900 members were mailed"."""
    a = lang.alt
    lead = rf"(?:{a('people_lead')}\s++|\d[\d,.]*+\s++)"
    return re.compile(rf"(?:^\s*+|[,;:(]\s*+){lead}{{0,3}}{a('count_people')}\s++{a('passive')}\s++$", re.I)


@functools.cache
def _message_to(lang: Language) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A message right before the sending word ("an email sent", "letters mailed"), and "to" the
    people affected right after it ("to students"): "In an email sent to students on March 5"."""
    a = lang.alt
    return (re.compile(rf"\b{a('people_message')}\s++$", re.I),
            re.compile(rf"\s++{a('people_to')}\s++(?:{a('people_lead')}\s++){{0,3}}{a('count_people')}\b", re.I))


def _message_to_people(text: str, lang: Language, s: int, start: int, end: int) -> int | None:
    """Where the people end, for a message sent to them ("an email sent to students"), else None."""
    if not lang.phrases["people_to"]:
        return None
    before, to = _message_to(lang)
    m = to.match(text, end) if before.search(text[max(s, start - 40):start]) else None
    return m.end() if m else None


def people_sent(text: str, lang: Language, s: int, e: int, start: int, end: int) -> bool:
    """Whether the sending word ``text[start:end]`` of the sentence ``text[s:e]`` tells of a
    message to the people affected."""
    if not lang.phrases["people_sent"] or not lang.regex["people_sent"].fullmatch(text, start, end):
        return False
    told = content_start(lang, text, end, e)  # what the message says is not how it went
    if any(lang.regex[k].search(text, s, told) for k in ("misdelivered", "by_mistake", "letter_holding")):
        return False
    if _passive_people(lang).search(text[s:start]):
        return True
    if (told_end := _message_to_people(text, lang, s, start, end)) is not None:
        return bool(_REST.match(text, told_end) or _then(lang).match(text, told_end))
    after = _people(lang).match(text, end + 1) if text[end:end + 1] == " " else None
    return after is not None and bool(_REST.match(text, after.end()) or _then(lang).match(text, after.end()))
