"""An act that by itself opens data to anyone, in words no event list holds: a setting made
public ("the bucket was set to public on March 2", "le dossier a été rendu public le 8 juin",
``[phrases] exposing_act``) or a link for anyone created ("a public link was created on", a
table row "Sharing link on the results folder created by the vendor | August 25, 2026":
``shared_link`` with a ``link_made`` word on either side, in its clause). The act starts the
breach, on the nearest date no word takes, as a set-up act's (``setup.nearest_untaken``)."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Mention
from .context import Sentence
from .grammar import CLAUSE_MARK
from .mentions import mentions_of
from .setup import nearest_untaken
from .triggers import Trigger

_LINK_REACH = 50  # characters between a link and the word that made it, at most


def exposing_breach(ctx: Sentence, taken: frozenset[int]) -> tuple[Mention, ...]:
    """The breach starts dated by each exposing act of the sentence: the nearest date not
    ``taken`` before or after the act's words."""
    out: list[Mention] = []
    for start, end in _acts(ctx):
        ti = nearest_untaken(ctx, taken, start, end)
        if ti is not None:
            word = Trigger(start, end, ("breach",))
            out.extend(mentions_of(ctx.text, ctx.lang, ctx.dated[ti], word, ctx.span, True))
    return tuple(out)


def _acts(ctx: Sentence) -> Iterator[tuple[int, int]]:
    """The spans of the sentence's exposing acts: each ``exposing_act``, and each ``shared_link``
    joined to the nearest ``link_made`` word around it with no clause mark between."""
    text, (s, e) = ctx.text, ctx.span
    for m in ctx.regex("exposing_act").finditer(text, s, e):
        yield m.start(), m.end()
    made = ctx.regex("link_made")
    for m in ctx.regex("shared_link").finditer(text, s, e):
        after = made.search(text, m.end(), min(e, m.end() + _LINK_REACH))
        if after is not None and not CLAUSE_MARK.search(text, m.end(), after.start()):
            yield m.start(), after.end()
            continue
        before = [b for b in made.finditer(text, max(s, m.start() - _LINK_REACH), m.start())
                  if not CLAUSE_MARK.search(text, b.end(), m.start())]
        if before:
            yield before[-1].start(), m.end()
