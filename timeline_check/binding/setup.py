"""A set-up act that opened an exposure: "Il a indiqué avoir, en 2015, paramétré son logiciel …
pour accéder à distance aux images", "In 2019, the company configured its backup server so that it
could be reached from the internet without a password". The act, in words no event list holds,
starts the breach, but only where the text links it to the exposure: an access word after it in
its sentence (``[phrases] exposure_link``) and, somewhere in the text, data said open to all
(``exposure_open``: "librement accessible", "without authentication"). A feature put in place
without such a link ("a mis en place le télétravail en 2020") is no breach."""

from __future__ import annotations

from ..model import Mention
from .context import Sentence
from .mentions import mentions_of
from .triggers import Trigger

_LEAD = 60  # characters from the date to the set-up word after it, at most
_TRAIL = 40  # characters from the set-up word to a date after it, at most
# characters from a date that opens its sentence ("Le 2 décembre 2024, à l'occasion d'une mise en
# production, une base a été placée ...") to the act of the main clause it dates, at most
_FRONTED = 160
_OPENING = 12  # characters before such a date in its sentence, at most ("Le ", "On ")


def setup_breach(ctx: Sentence, taken: frozenset[int]) -> tuple[Mention, ...]:
    """The breach start dated by each ``set_up`` word that an ``exposure_link`` word follows in its
    sentence, in a text that says data were open (``exposure_open``): the nearest date
    not ``taken`` in the same clause (no ";", no event word between), before or just after it."""
    text, lang, (s, e) = ctx.text, ctx.lang, ctx.span
    out: list[Mention] = []
    for m in lang.regex["set_up"].finditer(text, s, e):
        if lang.regex["exposure_link"].search(text, m.end(), e) is None:
            continue
        ti = nearest_untaken(ctx, taken, m.start(), m.end())
        if ti is None or lang.regex["exposure_open"].search(text) is None:
            continue
        out.extend(mentions_of(text, lang, ctx.dated[ti], Trigger(m.start(), m.end(), ("breach",)), ctx.span, True))
    return tuple(out)


def _fronted(ctx: Sentence, start: int, end: int) -> bool:
    """Whether the date at ``start``..``end`` opens its sentence, a comma after it."""
    return start - ctx.span[0] <= _OPENING and ctx.text[end:end + 1] == ","


def nearest_untaken(ctx: Sentence, taken: frozenset[int], start: int, end: int) -> int | None:
    """The index of the date not ``taken`` closest to text[start:end], before it within ``_LEAD``
    characters (``_FRONTED`` for a date that opens the sentence) or after it within ``_TRAIL``,
    with nothing but plain words between (no ";", no event word): the date of an act no event list
    holds."""
    best: tuple[int, int] | None = None
    for ti, t in ctx.untaken(taken, ("date", "range")):
        if 0 <= start - t.end <= (_FRONTED if _fronted(ctx, t.start, t.end) else _LEAD):
            gap = (t.end, start)
        elif 0 <= t.start - end <= _TRAIL:
            gap = (end, t.start)
        else:
            continue
        if ";" in ctx.text[gap[0]:gap[1]] or any(gap[0] <= g.start < gap[1] for g in ctx.triggers):
            continue
        if best is None or gap[1] - gap[0] < best[0]:
            best = (gap[1] - gap[0], ti)
    return None if best is None else best[1]
