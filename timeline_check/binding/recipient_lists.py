"""The list of a notice's recipients past what ends a short list: a join before a repeated "to"
("to the regulator, to two newspapers, and to the patients", "la CNIL, puis les adhérents"),
and a count inside a recipient's name ("the FBI, the 640 possibly exposed members and the
press"). A count alone is no recipient: the word it counts must be one."""

from __future__ import annotations

import functools
import re

import attrs

from ..lang import Language
from ..numbers import NUMBER

_WORDS_AFTER_COUNT = 2  # words between a count and the word it counts ("640 possibly exposed members")
_BLANK = re.compile(r"\s*+")
_WORD = re.compile(r"[^\W\d_][\w'’-]*+\s*+")


@attrs.frozen
class _Patterns:
    """One language's patterns for lists of recipients."""

    lead: re.Pattern[str]  # after a join: the words before the next recipient (", and to the ..."), and a count
    counted: re.Pattern[str]  # between two recipients: a join, a lead, then a count and its words
    governs: re.Pattern[str]  # a preposition in the lead: "to" governs what follows, a recipient of the list
    ends: re.Pattern[str]  # what may follow a recipient that ends a list: punctuation, a join, a relative, "of"
    passive: re.Pattern[str]  # a form of "be" right after a recipient: the subject of a passive clause of its own


@functools.cache  # keyed on the Language itself: it compares and hashes by identity
def _patterns(lang: Language) -> _Patterns:
    a = lang.alt
    lead = rf"(?:(?:{a('next_recipient')})\s++)?"
    about = rf"(?:(?:{a('about')})\s++)?"
    return _Patterns(
        lead=re.compile(rf"\s*+{lead}(?:{about}{NUMBER}\s++)?", re.I),
        counted=re.compile(rf"[\s,]*+(?:(?:{a('list_join')})\s++)?{lead}{about}{NUMBER}\s++"
                           rf"(?:[^\W\d_][\w'’-]*+\s++){{0,{_WORDS_AFTER_COUNT}}}", re.I),
        governs=re.compile(rf"(?<!\w){a('recipient_lead')}(?!\w)", re.I),
        ends=re.compile(rf"\s*+(?:$|[,.;:()]|(?:{a('list_join')}|{a('relative_pronoun')}|{a('recipient_lead')}|{a('genitive')})(?!\w))",
                        re.I),
        passive=re.compile(rf"\s*+(?:{a('passive')})(?!\w)", re.I))


def list_goes_on(lang: Language, text: str, pos: int) -> bool:
    """Whether the list of recipients goes on after a join that ends at ``pos`` (", and", ",
    puis"): a recipient follows, after the lead words of a list ("to", "les") and a count; past
    a lead with no preposition, one that ends the list, not the subject of a clause of its own
    (", and the patients asked for ..."; but ", and to the patients who ..."), nor the subject of a
    passive of its own (", et la CNIL a été notifiée le 7 février")."""
    bare = _BLANK.match(text, pos)
    p = _patterns(lang)
    named = [m for _, rx in lang.recipients if (m := rx.match(text, bare.end() if bare else pos)) is not None]
    if named:  # ", and the media", ", and affected individuals": as named, unless a passive follows
        return not any(p.passive.match(text, m.end()) for m in named)
    lead = p.lead.match(text, pos)
    at = lead.end() if lead else pos
    governed = lead is not None and p.governs.search(lead.group()) is not None
    for _ in range(_WORDS_AFTER_COUNT + 1):  # "the 640 possibly exposed members"
        for _, rx in lang.recipients:
            m = rx.match(text, at)
            if m is not None:
                return governed or p.ends.match(text, m.end()) is not None
        word = _WORD.match(text, at)
        if word is None:
            break
        at = word.end()
    return False


def passive_after(lang: Language, text: str, pos: int) -> bool:
    """Whether a form of "be" follows ``pos``, the end of a recipient: the subject of a passive
    clause of its own ("... auprès de la gendarmerie et la CNIL a été notifiée le 7"), no more of a list."""
    return _patterns(lang).passive.match(text, pos) is not None


def counted_gap(lang: Language, text: str, a: int, b: int) -> bool:
    """Whether the words from ``a`` to ``b``, between two recipients, are a join and the count of
    the next one ("the FBI, the 640 possibly exposed members"), not a date ("to residents on
    Jan. 20, the department said")."""
    return _patterns(lang).counted.fullmatch(text, a, b) is not None
