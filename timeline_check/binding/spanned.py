"""An exposure told over a span whose ends are other acts ("the files remained accessible between
the end of their upload to the server in March 2016 and the discovery of the leak on 4 May
2020", "sont restées accessibles entre leur mise en ligne en mars 2016 et la découverte de la fuite
le 4 mai 2020", ``[phrases] span_open``): the first end's date is the breach's start, though the
noun that stands by it (the upload) is in no event list. The second end is dated by its own word."""

from __future__ import annotations

from ..model import Mention
from .context import Sentence
from .grammar import MAX_WORDS, WORD
from .mentions import mentions_of

_REACH = 80  # characters from the breach word to the span's opening word, at most
_STOP = ".;"


def span_start(ctx: Sentence, taken: frozenset[int]) -> tuple[Mention, ...]:
    """The breach starts a lasting breach word dates through a span opened after it: the first
    date after the opening word (no more than ``MAX_WORDS`` words past it, not a date another
    word dates), when a range's joining word and a further date follow it."""
    text, lang, e = ctx.text, ctx.lang, ctx.span[1]
    opener, join = ctx.regex("span_open"), ctx.regex("range_join")
    out: list[Mention] = []
    for g in ctx.triggers:
        if g.kinds != ("breach",) or g.span != "durative" or g.blocked:
            continue
        end = min(e, g.end + _REACH)
        stop = min((i for i in (text.find(c, g.end, end) for c in _STOP) if i >= 0), default=end)
        m = opener.search(text, g.end, stop)
        if m is None:
            continue
        later = [(ti, t) for ti, t in enumerate(ctx.dated) if t.start >= m.end()]
        if len(later) < 2:
            continue
        (ti, t), (_, t2) = later[0], later[1]
        if ti in taken or t.kind != "date" or len(WORD.findall(text, m.end(), t.start)) > MAX_WORDS \
                or join.search(text, t.end, t2.start) is None:
            continue
        out.extend(mentions_of(text, lang, t, g, ctx.span, True))
    return tuple(out)
