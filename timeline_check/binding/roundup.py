"""Paragraphs that each tell of another organisation's breach, as a round-up does: "Northfen
Behavioral Health became aware of an intrusion on February 21 ..." and, a paragraph later,
"Pell & Amory LLP learned on February 12 that ...". Each such paragraph is another incident
(``Mention.separate``, as "In a separate incident" makes it), so that no date of one organisation's
breach is read as a second date of another's.

A paragraph opens another organisation's incident when its first sentence tells of a first
awareness (a discovery or the breach itself) with a named subject (two capitalised words at least,
"The" and such left out, a date before it allowed; or one the text writes as a name elsewhere,
capitalised after a word in lower case and never in lower case: "Kestrel said ..."), when an
earlier paragraph opened the same way on a name with another first word, and when neither name is written in the other's paragraphs (the
text's first organisation's, for the new name): a story about a vendor's breach names the vendor
beside its client, a round-up does not. The
paragraphs after it stay that incident's until the next such paragraph or one that names the
text's first organisation.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

import attrs

from ..lang import Language
from ..model import Mention
from .incidents import paragraph_breaks, paragraph_of

_TOKEN = re.compile(r"\S+")
_FIRST_AWARENESS = frozenset({"discovery", "breach_start"})
_JOINERS = frozenset({"&", "and", "of", "for", "de", "du", "des", "et"})
_LEAD = 4  # characters before a date that opens the sentence ("On ")
_CLOSING = ",;:"


@attrs.frozen
class _Opener:
    """A paragraph's first sentence naming an organisation that became aware of a breach."""

    paragraph: int
    sentence: int  # its index in the text's sentences
    name: str  # the name's first significant word ("Northfen")


def roundup_incidents(text: str, lang: Language, spans: Sequence[tuple[int, int]],
                      mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions, those of the paragraphs that another organisation's breach opens marked as
    another incident (``separate`` and ``distinct``)."""
    breaks = paragraph_breaks(text)
    if not breaks:
        return list(mentions)
    starts = [s for s, _ in spans]
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        by_sentence.setdefault(bisect.bisect_left(starts, m.sentence[0]), []).append(m)
    openers = _openers(text, lang, spans, breaks, by_sentence)
    if len(openers) < 2:
        return list(mentions)
    paragraphs = [(0 if p == 0 else breaks[p - 1], breaks[p] if p < len(breaks) else len(text))
                  for p in range(len(breaks) + 1)]
    main = openers[0]
    marked: set[int] = set()  # paragraphs of another organisation's incident
    for k, o in enumerate(openers[1:], 1):
        if o.name == main.name or _names(paragraphs, o.paragraph, main.name, text) \
                or any(_names(paragraphs, p, o.name, text) for p in range(o.paragraph) if p not in marked):
            continue
        end = openers[k + 1].paragraph if k + 1 < len(openers) else len(paragraphs)
        for p in range(o.paragraph, end):
            if p != o.paragraph and _names(paragraphs, p, main.name, text):
                break
            marked.add(p)
    if not marked:
        return list(mentions)
    return [attrs.evolve(m, separate=True, distinct=True)
            if not m.separate and paragraph_of(breaks, m.sentence[0]) in marked and m.kind != "publication"
            else m for m in mentions]


def _openers(text: str, lang: Language, spans: Sequence[tuple[int, int]], breaks: list[int],
             by_sentence: dict[int, list[Mention]]) -> list[_Opener]:
    """The paragraphs' first sentences that name who became aware of a breach, in text order."""
    found: list[_Opener] = []
    for i, (s, e) in enumerate(spans):
        paragraph = paragraph_of(breaks, s)
        if i and paragraph_of(breaks, spans[i - 1][0]) == paragraph:
            continue  # not the paragraph's first sentence
        ms = by_sentence.get(i, [])
        if not any(m.kind in _FIRST_AWARENESS for m in ms):
            continue
        opening = min((m.timex for m in ms if m.timex.start - s <= _LEAD), key=lambda t: t.start, default=None)
        at = s if opening is None else opening.end  # "On February 14, 2019, Copperleaf Benefits learned ..."
        name = subject_name(text, at, e, lang.stopwords)
        if name is not None:
            found.append(_Opener(paragraph, i, name))
    return found


def subject_name(text: str, start: int, end: int, stopwords: frozenset[str]) -> str | None:
    """The first significant word of the name that opens ``text[start:end]`` as a subject: two
    capitalised words or more (joined by "&", "of" ...; a leading "The" left out), then a word in
    lower case or a comma; None when no such name opens it."""
    words: list[str] = []
    closed = False
    for tok in _TOKEN.finditer(text, start, end):
        w = tok.group()
        bare = w.rstrip(_CLOSING)
        if not words and (not bare or bare.lower() in stopwords):
            continue  # "The", "On May 3, the": not the name yet
        if bare[:1].isupper():
            words.append(bare)
        elif words and w in _JOINERS:
            words.append(w)
        else:
            closed = bool(words) and w[:1].islower()
            break
        if bare != w:  # "Pell & Amory LLP, a law firm, learned": the name ends at its comma
            closed = True
            break
    while words and words[-1] in _JOINERS:
        words.pop()
    capitalised = [w for w in words if w not in _JOINERS]
    if not closed or not capitalised or len(capitalised) == 1 and not _proper(text, capitalised[0]):
        return None
    return capitalised[0]


def _proper(text: str, word: str) -> bool:
    """Whether a single capitalised word is a name, not a sentence's first word: the text writes it
    capitalised after a word in lower case or a comma ("a breach at Kestrel"), and never in lower case."""
    if re.search(rf"(?<![\w-]){re.escape(word.lower())}(?![\w-])", text):
        return False
    return re.search(rf"(?<=[a-z,])[ \t]+{re.escape(word)}(?![\w-])", text) is not None


def _names(paragraphs: list[tuple[int, int]], p: int, name: str, text: str) -> bool:
    """Whether paragraph ``p`` writes the word ``name``."""
    a, b = paragraphs[p]
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text[a:b]) is not None
