"""Stages of discovery: which words of finding out tell of the first awareness.

- A filing (a Form 8-K's Item 1.05) tells when its registrant learned of an incident in the
  words of having one ("On May 3, the Company experienced a ransomware incident"): those
  words, a language's triggers with ``filing = true``, name the discovery only in a text that
  a filing's heading opens (``is_filing``).
- "determined on May 3 that it experienced a cybersecurity incident": what was determined is
  that an incident happened at all, learned that day: the discovery, not a later
  determination (``learned_occurrence``).
- "detected what was determined to be an incident on May 3": the words of judging describe
  what was detected (``[phrases] judged_object``), no event of their own (``judged``), and the
  incident they name is the detection's object (``judged_object_of``).
- "was reported as discovered on June 5, but it had learned of it on May 2": a date the text
  calls wrong dates no discovery (``disowned``).
- "On October 25 it discovered the intrusion ... on December 19 it identified four attachments
  that held records": the first awareness starts the clocks; a later finding of what was
  involved is a determination (``later_findings``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

import attrs

from ..lang import Language
from ..model import Mention, TimeExpr
from ..rulefile import WordIndex
from .grammar import WORD, ends_with, past_blank

if TYPE_CHECKING:
    from .triggers import Trigger

REACH = 2000  # characters from the start of a text to the heading that makes it a filing
_THAT_TO_WORD = 4  # words at most between "that" and the word of having an incident


def is_filing(text: str, lang: Language, index: WordIndex) -> bool:
    """Whether a filing's heading ("Item 1.05", "FORM 8-K") opens a line in the text's first characters."""
    for m in lang.lists["filing_heading"].finditer(index, before=REACH):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if not text[line_start:m.start()].strip(" \t#*-"):
            return True
    return False


def disowned(text: str, lang: Language, s: int, e: int, t: Trigger) -> bool:
    """Whether the text calls the date of event word ``t`` wrong: words that give it as another's
    account right before it ("was reported as discovered on June 5, but ..."), a "but" after it."""
    return ends_with(lang.regex["disowned"], text, max(s, t.start - 50), t.start) \
        and lang.regex["contrast"].search(text, t.end, e) is not None


def set_off(lang: Language, after_comma: str) -> bool:
    """Whether the words after a comma open a subordinate clause set off from the sentence
    ("On August 1, after being alerted that files would not open, the clinic detected
    ransomware": the date is the detection's, not the alerting's; ``[phrases] set_off``)."""
    return lang.regex["set_off"].match(after_comma) is not None


def names_breach(text: str, lang: Language, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` names a breach: a breach word or a breach noun ("OCR received a report
    from the clinic about a breach", not "... that the practice had closed")."""
    return any(t.kind == "breach" and t.words.gate.search(text, a, b) for t in lang.triggers) or any(
        topic == "breach" and words.gate.search(text, a, b) for topic, words in lang.topics)


def told_by(text: str, lang: Language, pos: int, e: int) -> bool:
    """Whether a word of telling ending at ``pos`` names an informant as its agent ("learned of
    it when notified by the Federal Bureau of Investigation on May 27"): how the organisation
    learned of the incident."""
    by = lang.regex["agent"].match(text, past_blank(text, pos, e), e)
    return by is not None and lang.regex["informant"].match(text, past_blank(text, by.end(), e), e) is not None


def judged(text: str, lang: Language, s: int, e: int, t: Trigger) -> bool:
    """Whether event word ``t`` stands inside words that describe what another word found
    ("detected what was later determined to be a ransomware attack")."""
    return any(m.start() <= t.start and t.end <= m.end()
               for m in lang.regex["judged_object"].finditer(text, max(s, t.start - 40), min(e, t.end + 40)))


def judged_object_of(text: str, lang: Language, verb: Trigger, t: Trigger) -> bool:
    """Whether breach word ``t`` is what ``verb`` found, past words that describe it ("detected
    what was later determined to be an intrusion on May 3": the detection's object)."""
    m = lang.regex["judged_object"].match(text, past_blank(text, verb.end, t.start), t.start)
    return m is not None and len(WORD.findall(text, m.end(), t.start)) <= 2


def learned_occurrence(text: str, lang: Language, triggers: Sequence[Trigger],
                       complements: Mapping[int, tuple[int, int]]) -> tuple[Trigger, ...]:
    """The triggers, a determination made a discovery where the "that" clause it opens says,
    within its first words, that an incident happened to the one determining: its first event
    word there is a discovery ("determined on March 10 that it experienced a cybersecurity
    incident", in a filing); not where the clause weighs it ("that it experienced a material
    cybersecurity incident": the materiality determination, ``[phrases] materiality``)."""
    out = list(triggers)
    for i, (c, ce) in complements.items():
        g = triggers[i]
        if g.kinds != ("determination",) or lang.regex["materiality"].search(text, c, ce):
            continue
        first = next((t for t in triggers if c <= t.start < ce and t is not g), None)
        if first is not None and first.kinds == ("discovery",) and not first.blocked \
                and len(WORD.findall(text, c, first.start)) <= _THAT_TO_WORD:
            out[i] = attrs.evolve(g, kinds=("discovery",))
    return tuple(out)


def later_findings(text: str, lang: Language, mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions, a later finding made a determination: after a discovery dated and told
    first, a discovery by the same party dated later that names a fact of the incident, not the
    incident itself ("on December 19 it identified four attachments that held patients'
    records"), or that says what it learned in a "that" clause ("detected unusual activity on
    March 3 ... learned on March 19 that an outsider had copied files"). The first awareness
    starts the clocks; what is learned later confirms what happened or was involved."""
    first: Mention | None = None
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda m: m.trigger):
        if m.kind == "discovery" and m.timex.kind == "date" and first is None and not m.future:
            first = m
        elif first is not None and m.kind == "discovery" and not m.distinct and m.certain and m.trigger != first.trigger \
                and "(told)" not in m.actor \
                and (not m.about or _reports(text, lang, m)) and _after(m.timex, first.timex) \
                and (not m.actor or not first.actor or m.actor == first.actor) and not _bound(text, lang, m):
            m = attrs.evolve(m, kind="determination")
        out.append(m)
    return out


def _bound(text: str, lang: Language, m: Mention) -> bool:
    """Whether a date is given as a bound ("aware of it in any event on 13 January"): another
    reading of the first awareness, not a later step."""
    t, (s, e) = m.timex, m.sentence
    return lang.regex["bound"].search(text, max(s, t.start - 25), min(e, t.end + 20)) is not None


def _reports(text: str, lang: Language, m: Mention) -> bool:
    """Whether a word of finding out opens a "that" clause right after it or its date ("learned
    on March 19, 2024, that ...")."""
    pos = max(m.trigger[1], m.timex.end if 0 <= m.timex.start - m.trigger[1] <= 4 else m.trigger[1])
    that = lang.regex["complementizer"].match(text, past_blank(text, pos + (text[pos:pos + 1] == ","), m.sentence[1]))
    return that is not None


def _after(t: TimeExpr, first: TimeExpr) -> bool:
    """Whether date ``t`` falls wholly after date ``first``."""
    a, b = t.first, first.last or first.first
    return a is not None and b is not None and a.lo is not None and b.hi is not None and a.lo > b.hi
