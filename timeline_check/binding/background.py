"""Another party's breach told in a clause of its own, as background ("Unlike the 2021 attack on
Harbor Health, which was found on March 3, this intrusion ...", "a similar breach at a rival
clinic, disclosed on June 8, ..."): the event words of the clause set off by a comma after the
words that name it (``[phrases] other_breach``) tell of that breach, not of the text's own. They
keep their dates and date no event. The clause opens right at its event word (a participle) or
at a relative pronoun a few words before it."""

from __future__ import annotations

from ..lang import Language
from .grammar import CLAUSE_PUNCT, WORD

_LEAD_WORDS = 4  # words between the relative pronoun and the event word, at most ("which was first")
_HOST = 120  # characters of the clause before the comma that may name the other breach, at most


def in_background(text: str, lang: Language, s: int, start: int) -> bool:
    """Whether the event word at ``start`` of the sentence from ``s`` opens, or stands a few
    words into, a clause set off by a comma after words naming another party's breach."""
    if not lang.phrases["other_breach"]:
        return False
    comma = text.rfind(",", max(s, start - 60), start)
    if comma < 0:
        return False
    lead = text[comma + 1:start].strip()
    if lead:
        rel = lang.regex["relative_pronoun"].match(lead)
        if rel is None or rel.start() != 0 or CLAUSE_PUNCT.search(lead) or len(WORD.findall(lead)) > _LEAD_WORDS + 1:
            return False
    host = max((m.end() for m in CLAUSE_PUNCT.finditer(text, max(s, comma - _HOST), comma)), default=max(s, comma - _HOST))
    return lang.regex["other_breach"].search(text, host, comma) is not None

