"""A ransomware gang's claim of an attack and its leak of the stolen data ("le groupe a revendiqué
l'attaque le 14 mars", "les données volées ont été diffusées le 21 mars", "the gang claimed the
attack on March 14"): the gang's acts, after the breach and not the organisation's, so no event of
the taxonomy, neither the breach's start nor a discovery. Each phrase of ``[phrases] leak`` holds
the date it stands by, as no event, and the breach words it spans ("données ~ ~ ~ diffusées")."""

from __future__ import annotations

from ..rulefile import Pattern


def leak_spans(rx: Pattern, text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The spans of the claims and leaks (``rx``: the language's ``leak`` list) in the sentence
    ``text[s:e]``."""
    return [(m.start(), m.end()) for m in rx.finditer(text, s, e)]
