"""What a generic word ("began", "end of") is about: the breach, the investigation, or nothing of ours."""

from __future__ import annotations

import re

from ..lang import Language
from ..rulefile import Pattern
from .grammar import CLAUSE_MARK, WORD, ends_with


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
    # own. Coordinated verbs share theirs ("the breach began on ..., and ended on ...").
    cut = max((m.end() for m in lang.regex["own_subject"].finditer(before)), default=0)
    before = before[cut:]
    best = None
    # "The investigation into the March intrusion was closed": the investigation's end. But a
    # relative clause's subject is the noun it follows ("a breach by its vendor that occurred").
    relative = any(ends_with(lang.regex[k], before, max(0, len(before) - 12), len(before))
                   for k in ("relative_pronoun", "complementizer"))  # "that", "qui" right before the word
    governed = lang.regex["preposition"]
    for topic, words in lang.topics:
        for m in words.regex.finditer(before):
            if (best is None or m.start() > best[0]) and (relative or not _governed(governed, before, m.start())):
                best = (m.start(), topic)
    if best is None and lang.regex["subject_pronoun"].match(text, s) and len(WORD.findall(text, s, gs)) <= 2:
        # "It ended on April 9", "Elle s'est achevée le 4 mars": the subject of the sentence
        # before, the first noun it names ("L'enquête, lancée le 7 février, a établi que ...").
        prev = text[max(0, s - 300):s].rstrip().rstrip(".!?")
        prev = prev[max(prev.rfind(". "), prev.rfind(".\n")) + 1:]
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
