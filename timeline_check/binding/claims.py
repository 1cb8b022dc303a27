"""A breach that a legal claim is about ("In 2024, the company settled claims over a 2023 phishing
attack", "a réglé un litige lié à une attaque de 2023", ``[phrases] claims_over``): the claim's
words govern its breach word, which the claim's date does not date; told so, that breach is most
often an earlier incident, and its words date nothing of the text's own."""

from __future__ import annotations

from ..lang import Language
from .grammar import CLAUSE_PUNCT, WORD

_REACH = 60  # characters before the breach word where the claim's words may end, at most
_WORDS = 4  # words between the claim's words and the breach word, at most ("over a 2023 phishing")


def under_claim(text: str, lang: Language, s: int, start: int) -> bool:
    """Whether the breach word at ``start`` of the sentence from ``s`` is governed by a claim's
    words a few words before it in its clause."""
    if not lang.phrases["claims_over"]:
        return False
    a = max(s, start - _REACH)
    found = list(lang.regex["claims_over"].finditer(text, a, start))
    if not found:
        return False
    last = found[-1]
    return CLAUSE_PUNCT.search(text, last.end(), start) is None and len(WORD.findall(text, last.end(), start)) <= _WORDS
