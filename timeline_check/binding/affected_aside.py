"""Those a breach affects, named after a word of affecting in the words after a verb of telling
("reported fraud affecting several customers to the bank", "a signalé des fraudes touchant plusieurs
clients"): the people affected, not told; blanked before the recipients are read (``[phrases]
affecting``; a recipient after them, "to HHS", is still read)."""

from __future__ import annotations

import re

from ..lang import Language

_WORDS = 6  # words after the word of affecting that may name those affected, at most
_WORD = re.compile(r"\s+([^\s;:.!?]+)")
_TO = frozenset({"to", "à", "au", "aux", "auprès", "and", "et", "ainsi", "as", "well"})  # a recipient or a list goes on


def affected_aside(lang: Language, after: str) -> str:
    """``after`` with each word of affecting and the words that name those affected blanked."""
    if not lang.phrases.get("affecting"):
        return after
    out = after
    for m in lang.regex["affecting"].finditer(after):
        end = m.end()
        for _ in range(_WORDS):
            w = _WORD.match(after, end)
            if w is None or w.group(1).lower() in _TO or w.group(1).endswith(","):
                break
            end = w.end()
        out = out[:m.start()] + " " * (end - m.start()) + out[end:]
    return out
