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
    found = sorted(((m.start(), -m.end(), topic) for topic, words in lang.topics
                    if (m := words.gate.search(after)) and len(WORD.findall(after[: m.start()])) <= 3))
    if found:
        return _head(after, [(a, -b, topic) for a, b, topic in found])  # the longest first at one start
    before = text[max(s, gs - 120):gs]
    # The subject stands in the word's own clause: not before a "while" that opens one with its
    # own, nor before a semicolon ("The breach was found in May; the clinic had ceased doing
    # business with the vendor on ..."). Coordinated verbs share theirs ("the breach began on ...,
    # and ended on ...").
    semi = before.rfind(";") + 1
    cut = max([semi] + [m.end() for m in lang.regex["own_subject"].finditer(before)] + _own_clause(lang, before))
    clause = before[cut:]
    best = _subject(text, lang, clause, s, gs - len(clause))
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
            m = words.gate.search(prev)
            if m and (best is None or m.start() < best[0]):
                best = (m.start(), topic)
    return best[1] if best else None


def _head(after: str, found: list[tuple[int, int, str]]) -> str:
    """The topic of the first noun after a generic word, or of the noun it is set before ("concluded
    the incident investigation": the investigation's end, not the incident's)."""
    _, end, topic = found[0]
    for start, e, other in found[1:]:
        if start > end and not after[end:start].strip():
            end, topic = e, other
    return topic


def _subject(text: str, lang: Language, clause: str, s: int, off: int) -> tuple[int, str] | None:
    """The last topic noun of ``clause`` that may be the generic word's subject, and its topic.
    "The investigation into the March intrusion was closed": the investigation's end. But a
    relative clause's subject is the noun it follows ("a breach by its vendor that occurred"), and
    none of ours when that is a period ("the first quarter, which ends on March 31"). Not a breach
    only referred to ("the nurse involved in the breach, and launched a program"). ``clause`` starts
    at ``off`` in ``text``, whose sentence starts at ``s``."""
    relative = any(ends_with(lang.regex[k], clause, max(0, len(clause) - 12), len(clause))
                   for k in ("relative_pronoun", "complementizer"))  # "that", "qui" right before the word
    if relative and _period_antecedent(lang, clause):
        return None
    governed = lang.regex["preposition"]
    best: tuple[int, str] | None = None
    for topic, words in lang.topics:
        for m in words.gate.finditer(clause):
            if (best is None or m.start() > best[0]) and (relative or not _governed(governed, clause, m.start())
                                                          and not (topic == "breach" and referred_to(
                                                              text, lang, s, off + m.start(), off + m.end(), ()))):
                best = (m.start(), topic)
    return best


def _own_clause(lang: Language, before: str) -> list[int]:
    """Where a clause joined by a comma and a conjunction opens with a subject of its own, up to
    the generic word ("..., and schools will be closed on October 22": the schools'; not "..., and
    ended on May 9" nor "..., and it ended": the subject before is theirs)."""
    joins = [m for m in lang.regex["clause_join"].finditer(before) if m.group().startswith((",", ";"))]
    if not joins:
        return []
    rest = before[joins[-1].end():]
    # "..., and was stopped on May 5": a join that runs on into a verb ([phrases] clause_join "and was")
    verb = lang.regex["clause_join"].match(before[joins[-1].start() + 1:].lstrip())
    shared = verb is not None and len(verb.group().split()) > 1
    return [joins[-1].end()] if WORD.search(rest) and not shared and not lang.regex["subject_pronoun"].match(rest.lstrip()) \
        and not _topic_in(lang, rest) else []


def _topic_in(lang: Language, text: str) -> bool:
    """Whether ``text`` names a topic noun (its subject is then read as ever)."""
    return any(words.gate.search(text) for _, words in lang.topics)


_ANTECEDENT = 4  # words before a relative pronoun that name what its clause is about


def _period_antecedent(lang: Language, clause: str) -> bool:
    """Whether the noun a relative clause closing ``clause`` follows is a period of the calendar or
    of accounts, with no topic noun by it ("revenue for the first quarter of fiscal 2026, which ends
    on March 31": the quarter ends, not the incident named further back)."""
    words = list(WORD.finditer(clause))
    if len(words) < 2:
        return False
    near = clause[words[-_ANTECEDENT - 1 if len(words) > _ANTECEDENT else 0].start():words[-1].start()]
    return lang.regex["period_noun"].search(near) is not None and not _topic_in(lang, near)


def _governed(preposition: Pattern, text: str, pos: int) -> bool:
    """Whether a preposition stands at most two words before ``pos`` ("into the March intrusion")."""
    last = max(preposition.finditer(text, max(0, pos - 40), pos), key=re.Match.start, default=None)
    return last is not None and len(WORD.findall(text, last.end(), pos)) <= 2 \
        and not CLAUSE_MARK.search(text, last.end(), pos)
