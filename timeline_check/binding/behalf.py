"""A notice another party gives on the organisation's behalf ("its vendor provided notification
to the patients on behalf of the clinic", "le sous-traitant a informé les clients pour le compte
du responsable de traitement"): the organisation's notice, not an outsider's act, nor an informant
telling the organisation of the breach."""

from __future__ import annotations

from ..lang import Language

_REACH = 160  # characters after a word of telling where the words of acting for another may stand


def on_behalf(text: str, lang: Language, end: int, e: int) -> bool:
    """Whether the clause after a word of telling that ends at ``end`` says it was done on another's
    behalf (``[phrases] behalf``), before the sentence's end ``e`` and any semicolon."""
    stop = text.find(";", end, min(e, end + _REACH))
    return lang.regex["behalf"].search(text, end, stop if stop >= 0 else min(e, end + _REACH)) is not None
