"""A complaint to the data protection authority ("un client a saisi la CNIL d'une plainte",
"a patient filed a complaint with OCR", ``[phrases] complaint``): someone else's grievance that
brings the authority to the case, not the organisation's notice of its breach, nor one to the
police ("plainte" alone names one). A complaint to the police stays a notice to law enforcement."""

from __future__ import annotations

import re

from ..lang import Language

_REACH = 80  # characters after the word of telling where its complaint and its authority may be named
_TRAIL = 20  # characters after the authority's name where the complaint may be named ("la CNIL d'une plainte")
_CLAUSE_END = re.compile(r"[,;:.()]")
_NOT_OURS = frozenset({"notification_regulator", "notification_law_enforcement"})


def drop_complaint(text: str, lang: Language, ts: int, te: int, stop: int, kinds: tuple[str, ...]) -> tuple[str, ...]:
    """``kinds`` of the word of telling ``text[ts:te]`` (its recipients end at ``stop``), less the
    notices to authorities when its clause names a data protection authority and a complaint
    before the authority's name or right after it (not "notified the CNIL, which had complaints")."""
    if not _NOT_OURS & set(kinds):
        return kinds
    cut = _CLAUSE_END.search(text, te, min(stop, te + _REACH))
    end = cut.start() if cut else min(stop, te + _REACH)
    authority = dict(lang.recipients).get("notification_regulator")
    named = authority.search(text, ts, end) if authority is not None else None
    if named is None or lang.regex["complaint"].search(text, ts, min(end, named.end() + _TRAIL)) is None:
        return kinds
    return tuple(k for k in kinds if k not in _NOT_OURS)
