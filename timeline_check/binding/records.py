"""The records of a register, each its own incident.

A breach register (``registre des violations``, a breach log) lists one incident a record, each
under a numbered heading of its own line ("Fiche n° 2025-03", "Entry 2025-14"), each with its own
dates of occurrence, discovery and notice. Read as one incident, two records' notices to the CNIL
are one notice given two dates (a false ``conflict`` error) and a record's discovery after the
first record's is a later stage of it. A pass after binding: in a text that names itself a
register (``[phrases] register_word``) and holds two or more such headings
(``[phrases] record_heading``), the mentions after the second heading are another incident's
(``separate`` and ``distinct``), as those of a paragraph that opens on "In a separate incident".
A third record is told as the second's incident: the model knows the text's incident and others.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from ..lang import Language
from ..model import Mention

# after the heading word: a number sign, then a record number ("n° 2025-03", "#14", "no. 7")
_NUMBER = re.compile(r"[ \t]*(?:n°|nº|no\.?|#)?[ \t]*\d[\w./-]*[ \t]*(?::|$)", re.I | re.M)


def record_incidents(text: str, lang: Language, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions``, those after a register's second record heading marked as another incident's."""
    if not lang.regex["register_word"].search(text):
        return list(mentions)
    heads = [m.start() for m in lang.regex["record_heading"].finditer(text) if _heading(text, m.start(), m.end())]
    if len(heads) < 2:  # noqa: PLR2004 (two records make a register's list)
        return list(mentions)
    return [attrs.evolve(m, separate=True, distinct=True)
            if m.sentence[0] >= heads[1] and not m.separate and m.kind != "publication" else m for m in mentions]


def _heading(text: str, start: int, end: int) -> bool:
    """Whether the words at ``start``..``end`` open their line and a record number follows them."""
    return (start == 0 or text[start - 1] == "\n") and _NUMBER.match(text, end) is not None
