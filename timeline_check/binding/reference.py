"""A sentence that opens by pointing to an earlier account ("As described in the Original Report,",
"As previously disclosed,", ``[phrases] reference_lead``) or on the act's cause ("Due to a
misaligned spreadsheet,", ``cause_lead``) or on the end of a period it reports past ("Subsequent to the
end of the quarter,", ``period_lead``): its clauses start past that phrase's comma, so a date
right after it opens its clause as at the sentence's start ("As described in the Original Report,
on May 3, the Company detected ..., took the systems offline and ..."). The phrase may name the
earlier account by its date ("As previously disclosed in the Form 8-K filed on October 8, 2026 under
Item 8.01, on October 5, ..."): the comma inside that date closes nothing."""

from __future__ import annotations

import re

from ..lang import Language
from .grammar import past_blank

_REACH = 160  # characters from the sentence's start to the comma that closes the phrase, at most
_LEADS = ("reference_lead", "cause_lead", "period_lead")
_DATE_COMMA = re.compile(r",(?=[ \t]*\d{4}\b)")  # "October 8, 2026": the comma of a date, before its year


def past_reference(text: str, lang: Language, s: int, e: int) -> int:
    """Where the clauses of the sentence ``text[s:e]`` start past an opening reference or cause
    phrase and its comma; ``s`` when it opens on none."""
    if all(lang.regex[key].match(text, s, e) is None for key in _LEADS):
        return s
    end = min(e, s + _REACH)
    comma = text.find(",", s, end)
    while comma > 0 and _DATE_COMMA.match(text, comma):
        comma = text.find(",", comma + 1, end)
    return past_blank(text, comma + 1, e) if comma > 0 else s
