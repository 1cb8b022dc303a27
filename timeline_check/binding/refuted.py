"""A claim a fact-check marks wrong ("CLAIM 5: "Letters went out ... on May 1." / Status: WRONG --
FIXED. ...", "Statut : FAUX"): the claim's sentence dates no event, as a correction note's quotation
does not. The status opens the sentence right after the claim: a label (``[phrases] status_label``), a
colon, then a word that says the claim is wrong (``refuted``)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..lang import Language

_COLON = re.compile(r"[ \t\u00a0]*:[ \t\u00a0]*")


def refuted_claims(text: str, lang: Language, spans: Sequence[tuple[int, int]]) -> set[int]:
    """The indices of the sentences right before a status that marks them wrong."""
    if not lang.phrases["status_label"] or not lang.phrases["refuted"]:
        return set()
    label, wrong = lang.regex["status_label"], lang.regex["refuted"]
    out: set[int] = set()
    for i, (s, _) in enumerate(spans[1:], 1):
        head = label.match(text, s)
        colon = _COLON.match(text, head.end()) if head is not None else None
        if colon is not None and wrong.match(text, colon.end()) is not None:
            out.add(i - 1)
    return out
