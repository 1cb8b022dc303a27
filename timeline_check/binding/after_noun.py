"""A breach participle after its noun, as French puts an adjective: "parmi les fichiers copiés",
"l'ordinateur volé", "les données exfiltrées ont été publiées". Like "the copied files" in English
(``triggers._attributive``), it names a thing, not the act: "Les personnes dont les pièces
figurent parmi les fichiers copiés recevront un courrier à partir du 24 mars" has no breach on
the 24th. But a participle followed by its own complement is the act told as a participial clause
("les fichiers copiés le 3 mars", "l'ordinateur volé dans un véhicule", "des dossiers copiés vers
un serveur"): a word of ``[phrases] postnominal_act`` or a digit right after it keeps it.

Language data: ``postnominal_lead`` (the determiners before the noun) and ``postnominal_ending``
(how the participle ends); a language without them (English) has no such reading.
"""

from __future__ import annotations

import functools
import re

from ..lang import Language

_NEXT = re.compile(r"[ \t]*(?:[,;.:)]|$|\d|([^\W\d_][\w'’-]*))")


@functools.cache  # keyed on the Language itself: it compares and hashes by identity
def _noun_before(lang: Language) -> re.Pattern[str] | None:
    """A determiner and one noun, right before a participle ("les fichiers ", "l'ordinateur ")."""
    leads = lang.phrases.get("postnominal_lead", ())
    if not leads:
        return None
    elided = [w for w in leads if w.endswith(("'", "’"))]
    whole = [w for w in leads if w not in elided]
    alt = "|".join([*(re.escape(w) + r"\s+" for w in whole), *(re.escape(w) for w in elided)])
    return re.compile(rf"(?<![\w'’])(?:{alt})[^\W\d_][\w-]*[ \t]+$", re.I)


def after_noun(text: str, lang: Language, s: int, e: int, start: int, end: int) -> bool:
    """Whether the participle ``text[start:end]`` follows a determiner and its noun and no
    complement of its own follows it: an adjective naming a thing."""
    rx = _noun_before(lang)
    word = text[start:end]
    if rx is None or " " in word or not word.lower().endswith(tuple(lang.phrases["postnominal_ending"])):
        return False
    if rx.search(text, max(s, start - 40), start) is None:
        return False
    nxt = _NEXT.match(text, end, e)
    if nxt is None or nxt.group(0).strip()[:1].isdigit():
        return False
    follower = nxt.group(1)
    return follower is None or follower.lower() not in lang.phrases["postnominal_act"]
