"""A text that is itself a press release: a heading of its first lines says so ("COMMUNIQUÉ DE
PRESSE", "FOR IMMEDIATE RELEASE", ``[phrases] press_release``). Like a letter to its reader, it
is a public disclosure of its own date, whether or not its sentences say "today announced"
("Le groupe informe ses clients qu'il a été la cible d'une attaque"). Words of the list inside a
line ("a publié un communiqué de presse") tell of another text: no heading."""

from __future__ import annotations

import bisect

from ..lang import Language
from ..model import Undated
from ..rulefile import WordIndex

_REACH = 600  # characters from the start of a text to its heading, at most


def release_notice(text: str, lang: Language, index: WordIndex, spans: list[tuple[int, int]],
                   starts: list[int]) -> Undated | None:
    """The public disclosure a press release's heading makes of the text, or None; ``starts``
    are the sentences' starts (``spans``)."""
    for m in lang.lists["press_release"].finditer(index, before=_REACH):
        line = text.rfind("\n", 0, m.start()) + 1
        if text[line:m.start()].strip(" \t#*-|>"):
            continue
        sent = spans[max(0, bisect.bisect_right(starts, m.start()) - 1)]
        return Undated("public_disclosure", (m.start(), m.end()), sent)
    return None
