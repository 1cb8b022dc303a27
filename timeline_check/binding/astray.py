"""A mailing that went astray, told in a relative clause after the mix-up: "a printing vendor
mixed up the mailing file for its March statements, which went out on April 3", "le prestataire
a interverti les adresses des relevés, qui ont été envoyés le 3 avril". The clause's verb
(``[phrases] mailed_clause``) is no event word; the mailed things (``mailing``, "statements")
stand right before its comma, and a word of the mailing going astray (``misdelivered``) before
them: the mailing is the breach, its start on the clause's date. Not a notice of it: no
``breach_notice`` word names the mailed things ("the notification letters, which went out on
April 16"). The clause's date may be a day or a part of a month ("which went out in early April",
``scene_lead``): the event takes its interval. Letters or notices (``letter_subject``) so sent with
no word of going astray are the notice of the breach (``mailed_notice``): "Notification letters,
which went out in early April, described the incident"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import Mention, TimeExpr
from ..rulefile import Pattern
from .context import Sentence
from .grammar import WORD, ending
from .mentions import mentions_of
from .recipients import recipient_chain
from .triggers import Trigger

_LEAD = 40  # characters before the date where the clause's verb ends, at most
_NOUN = 60  # characters before the clause's comma where the mailed things stand, at most
_NOUN_WORDS = 3  # words between the mailed things and that comma, at most ("statements to members")


def _mailed_clauses(ctx: Sentence, taken: frozenset[int]) -> Iterator[tuple[TimeExpr, re.Match[str], int]]:
    """Each date no word takes (not in ``taken``) that closes a ``mailed_clause`` right after a
    comma, with the clause's verb and where that comma stands."""
    text, (s, _) = ctx.text, ctx.span
    clause_rx, lead_rx = ctx.regex("mailed_clause"), ctx.regex("scene_lead")
    for _, t in ctx.untaken(taken, ("date", "range")):
        lead = ending(lead_rx, text, max(s, t.start - 12), t.start)
        clause = ending(clause_rx, text, max(s, t.start - _LEAD), lead.start() if lead else t.start)
        if clause is None:
            continue
        comma = clause.start() - 1  # the comma before the clause's verb, past white space (no copy of the text)
        while comma > s and text[comma].isspace():
            comma -= 1
        if comma >= s and text[comma] == ",":
            yield t, clause, comma


def _near(rx: Pattern, text: str, s: int, comma: int) -> list[re.Match[str]]:
    """The matches of ``rx`` that end a few words before the comma (``_NOUN``, ``_NOUN_WORDS``)."""
    return [m for m in rx.finditer(text, max(s, comma - _NOUN), comma) if len(WORD.findall(text[m.end():comma])) <= _NOUN_WORDS]


def mailed_astray(ctx: Sentence, taken: frozenset[int]) -> tuple[Mention, ...]:
    """The breach starts that dates no word takes (not in ``taken``) give when each closes a
    ``mailed_clause`` right after a comma, whose mailed things a word of going astray precedes."""
    text, (s, _) = ctx.text, ctx.span
    mailing, astray, notice = ctx.regex("mailing"), ctx.regex("misdelivered"), ctx.regex("breach_notice")
    out: list[Mention] = []
    for t, clause, comma in _mailed_clauses(ctx, taken):
        nouns = _near(mailing, text, s, comma)
        if not nouns or notice.search(text, nouns[0].start(), comma) \
                or astray.search(text, s, nouns[0].start()) is None:
            continue
        word = Trigger(clause.start(), clause.end(), ("breach",))
        out.extend(mentions_of(text, ctx.lang, t, word, ctx.span, True))
    return tuple(out)


def mailed_notice(ctx: Sentence, taken: frozenset[int]) -> tuple[Mention, ...]:
    """The notices that dates no word takes (not in ``taken``) give when each closes a
    ``mailed_clause`` right after letters or notices (``letter_subject``) and the sentence says
    nothing of going astray: to the recipients named after the clause's verb, else the people."""
    text, (s, e) = ctx.text, ctx.span
    letters, astray = ctx.regex("letter_subject"), ctx.regex("misdelivered")
    out: list[Mention] = []
    for t, clause, comma in _mailed_clauses(ctx, taken):
        if not _near(letters, text, s, comma) or astray.search(text, s, e) or ctx.regex("by_mistake").search(text, s, e):
            continue
        kinds = tuple(recipient_chain(ctx.lang, text[clause.end():e])) or ("notification_individuals",)
        out.extend(mentions_of(text, ctx.lang, t, Trigger(clause.start(), clause.end(), kinds, head=True), ctx.span, True))
    return tuple(out)
