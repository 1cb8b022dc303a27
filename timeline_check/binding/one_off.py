"""A one-off act of the breach: one message sent by mistake ("sent an e-mail to the parents on
September 29 ... By mistake she attached a spreadsheet", "On October 1, an employee mistakenly
attached a file to an e-mail", "a envoyé par erreur un courriel"). It is done once: two dates the
text gives it are one act dated twice, which cannot both be true, not two acts (``Mention.once``,
read in ``reason``). A message that is one thing sent ([phrases] ``single_message``) near the
breach word, and a word of mistake (``by_mistake``) in its sentence or the next, make it so; a word
of another such act in its sentence ("another employee", "again", ``another_act``) unmakes it."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import attrs

from ..lang import Language
from ..model import Mention

_NEAR = 60  # characters between the breach word and the thing sent, at most, either side


def one_off_acts(text: str, lang: Language, spans: Sequence[tuple[int, int]], mentions: list[Mention]) -> list[Mention]:
    """``mentions``, each breach start told as one message sent by mistake marked ``once``."""
    thing, mistake, other = lang.regex["single_message"], lang.regex["by_mistake"], lang.regex["another_act"]
    starts = [s for s, _ in spans]
    out: list[Mention] = []
    for m in mentions:
        if m.kind == "breach_start" and m.role == "point" and not m.distinct and not m.separate \
                and other.search(text, *m.sentence) is None:
            s, e = m.sentence
            i = bisect.bisect_right(starts, s) - 1
            reach = spans[i + 1][1] if 0 <= i < len(spans) - 1 and spans[i][0] == s else e
            if thing.search(text, max(s, m.trigger[0] - _NEAR), min(e, m.trigger[1] + _NEAR)) is not None \
                    and mistake.search(text, s, reach) is not None:
                m = attrs.evolve(m, once=True)
        out.append(m)
    return out
