"""The day that ends the press's incise ("…, a confirmé l'organisme mercredi", incise.py): the
organisation's public disclosure, when no event word took the day."""

from __future__ import annotations

import functools
import re

from ..lang import Language
from ..model import Mention
from .context import Sentence
from .incise import incise
from .mentions import mentions_of
from .triggers import Trigger

_REACH = 80  # characters before a day where its incise may start, at most


@functools.cache  # keyed on the Language itself: it compares and hashes by identity
def _dated(lang: Language) -> re.Pattern[str]:
    """The incise, then a day's lead or none, at the end of what is searched."""
    return re.compile(rf"{incise(lang).pattern}\s++(?:(?:{lang.alt('day_lead')})\s++)?$", re.I)


def incise_on(ctx: Sentence, taken: frozenset[int]) -> tuple[Mention, ...]:
    """The public disclosures of the days not ``taken`` that end an incise of the organisation's."""
    text, lang, (s, _) = ctx.text, ctx.lang, ctx.span
    if not lang.phrases.get("own_speaker"):
        return ()
    out: list[Mention] = []
    for _, t in ctx.untaken(taken):
        m = _dated(lang).search(text, max(s, t.start - _REACH), t.start)
        if m is not None:
            verb = Trigger(m.start("verb"), m.end("verb"), ("public_disclosure",))
            out.extend(mentions_of(text, lang, t, verb, ctx.span, True))
    return tuple(out)
