"""What a generic word ("began", "end of") is about: the breach, the investigation, or nothing of ours."""

from __future__ import annotations

import re

from ..lang import Language
from ..rulefile import Pattern
from .grammar import CLAUSE_MARK, WORD, ends_with
from .referred import referred_to


def topic_of(text: str, lang: Language, gs: int, ge: int, s: int, e: int) -> str | None:
    """What a generic "began" or "end of" is about: the noun after it in its sentence, else the subject before it."""
    after = text[ge:min(e, ge + 50)]
    best: tuple[int, str] | None = None
    for topic, words in lang.topics:
        m = words.regex.search(after)
        if m and len(WORD.findall(after[: m.start()])) <= 3 and (best is None or m.start() < best[0]):
            best = (m.start(), topic)
    if best:
        return best[1]
    before = text[max(s, gs - 120):gs]
    # The subject stands in the word's own clause: not before a "while" that opens one with its
    # own, nor before a semicolon ("The breach was found in May; the clinic had ceased doing
    # business with the vendor on ..."). Coordinated verbs share theirs ("the breach began on ...,
    # and ended on ...").
    semi = before.rfind(";") + 1
    cut = max([semi] + [m.end() for m in lang.regex["own_subject"].finditer(before)])
    clause = before[cut:]
    best = None
    # "The investigation into the March intrusion was closed": the investigation's end. But a
    # relative clause's subject is the noun it follows ("a breach by its vendor that occurred").
    relative = any(ends_with(lang.regex[k], clause, max(0, len(clause) - 12), len(clause))
                   for k in ("relative_pronoun", "complementizer"))  # "that", "qui" right before the word
    governed = lang.regex["preposition"]
    off = gs - len(clause)
    for topic, words in lang.topics:
        for m in words.regex.finditer(clause):
            if (best is None or m.start() > best[0]) and (relative or not _governed(governed, clause, m.start())
                                                          and not (topic == "breach" and referred_to(
                                                              text, lang, s, off + m.start(), off + m.end(), ()))):
                best = (m.start(), topic)  # not "the nurse involved in the breach, and launched a program"
    if best is None and len(WORD.findall(text, gs - len(clause), gs)) <= 2:
        # "It ended on April 9", "Elle s'est achevée le 4 mars", "...; it ended on May 9": the
        # subject of the sentence or clause before, the first noun it names ("L'enquête, lancée le
        # 7 février, a établi que ...").
        if cut == semi > 0 and lang.regex["subject_pronoun"].search(clause):
            prev = before[:semi - 1]
            prev = prev[max(prev.rfind(". "), prev.rfind(";")) + 1:]
        elif lang.regex["subject_pronoun"].match(text, s) and cut == 0 and gs - len(before) == s:
            prev = text[max(0, s - 300):s].rstrip().rstrip(".!?")
            prev = prev[max(prev.rfind(". "), prev.rfind(".\n")) + 1:]
        else:
            prev = ""
        for topic, words in lang.topics:
            m = words.regex.search(prev)
            if m and (best is None or m.start() < best[0]):
                best = (m.start(), topic)
    return best[1] if best else None


def _governed(preposition: Pattern, text: str, pos: int) -> bool:
    """Whether a preposition stands at most two words before ``pos`` ("into the March intrusion")."""
    last = max(preposition.finditer(text, max(0, pos - 40), pos), key=re.Match.start, default=None)
    return last is not None and len(WORD.findall(text, last.end(), pos)) <= 2 \
        and not CLAUSE_MARK.search(text, last.end(), pos)
