"""A breach participle used as an adjective after words of using or getting a thing ("rolled out
encrypted laptops", "a program for using encrypted flash drives", "purchased 2,000 encrypted
drives", ``[phrases] thing_lead``): it names a protected thing the organisation took up, not an
attack; a date in its clause is the remedy's."""

from __future__ import annotations

import re

from ..lang import Language
from .grammar import ends_with, participle

_REACH = 40  # characters before the participle where the leading words may end, at most
_COUNT = re.compile(r"[\d.,]+\s*$")  # a count between them ("purchased 2,000 encrypted drives")
_NOUN_AFTER = re.compile(r"[ \t]{1,3}[^\W\d_][\w'’-]*")  # a word right after ("encrypted USB drives")


def names_thing(text: str, lang: Language, s: int, e: int, start: int, end: int) -> bool:
    """Whether the breach word ``text[start:end]`` of the sentence ``text[s:e]`` is a participle
    that a noun follows and words of using or getting lead."""
    if not lang.phrases["thing_lead"] or not participle(lang, text[start:end]) \
            or _NOUN_AFTER.match(text, end, e) is None:
        return False
    a = max(s, start - _REACH)
    count = _COUNT.search(text, a, start)
    return ends_with(lang.regex["thing_lead"], text, a, count.start() if count else start)
