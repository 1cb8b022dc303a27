"""A one-off act told over a range as a series ("mailed statements to the wrong addresses during
the period of May 2 to June 7", "on several occasions between ..."): the range is the series'
start and end, not one moment within it (``[phrases] series_lead``)."""

from __future__ import annotations

from ..lang import Language
from ..model import TimeExpr

_REACH = 40  # characters before a range where its series lead may stand


def in_series(text: str, lang: Language, t: TimeExpr, s: int) -> bool:
    """Whether range ``t`` (in the sentence starting at ``s``) follows a series lead closely."""
    return t.kind == "range" and lang.regex["series_lead"].search(text, max(s, t.start - _REACH), t.start) is not None
