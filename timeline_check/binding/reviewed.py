"""A regulator's act over the organisation's notices ("OCR reviewed the covered entity's breach
notifications", "the attorney general reviewed the company's notice to residents on June 2",
``[phrases] review_verb`` after a name in ``outsider`` or a regulator's): background of the regulator's case, not a
notice given that day."""

from __future__ import annotations

from ..lang import Language
from .grammar import CLAUSE_PUNCT

_REACH = 160  # characters before the notice word where the regulator and its verb stand, at most
_GAP = 90  # characters between the verb of reviewing and the notice word it governs, at most


def reviewed_by_outsider(text: str, lang: Language, s: int, at: int) -> bool:
    """Whether the notice word at ``at`` is what a regulator named before it, in its sentence from
    ``s``, reviews: an ``outsider`` name, then a ``review_verb`` within ``_GAP`` characters of
    the word, no ";" between."""
    a = max(s, at - _REACH)
    verb = max(lang.regex["review_verb"].finditer(text, a, at), key=lambda m: m.start(), default=None)
    if verb is None or at - verb.end() > _GAP or ";" in text[verb.end():at]:
        return False
    subject = text[max(a, verb.start() - 60):verb.start()]
    cut = max((m.end() for m in CLAUSE_PUNCT.finditer(subject) if m.group() == ";"), default=0)
    regulator = dict(lang.recipients).get("notification_regulator")
    return lang.regex["outsider"].search(subject, cut) is not None or (
        regulator is not None and regulator.search(subject, cut) is not None)
