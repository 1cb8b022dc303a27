"""A statement sent to the press is no breach: "In an e-mailed statement on May 11, a spokeswoman
said ...", "the practice's statement e-mailed May 11", "the clinic e-mailed a statement to
reporters" (``[phrases] statement_sent``). The word of sending, a breach word elsewhere ("e-mailed
records to the wrong patient"), is blocked there; billing statements sent astray are not a
statement to the press and stay a breach."""

from __future__ import annotations

from ..lang import Language

_REACH = 40  # characters either side of the word of sending where its phrase may start or end


def statement_sent(text: str, lang: Language, s: int, e: int, start: int, end: int) -> bool:
    """Whether the breach word ``text[start:end]`` of the sentence ``text[s:e]`` is the sending
    of a statement to the press: a phrase of ``statement_sent`` holds it."""
    if not lang.phrases["statement_sent"]:
        return False
    return any(m.start() <= start and end <= m.end()
               for m in lang.regex["statement_sent"].finditer(text, max(s, start - _REACH), min(e, end + _REACH)))
