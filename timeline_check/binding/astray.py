"""A mailing that went astray, told in a relative clause after the mix-up: "a printing vendor
mixed up the mailing file for its March statements, which went out on April 3", "le prestataire
a interverti les adresses des relevés, qui ont été envoyés le 3 avril". The clause's verb
(``[phrases] mailed_clause``) is no event word; the mailed things (``mailing``, "statements")
stand right before its comma, and a word of the mailing going astray (``misdelivered``) before
them: the mailing is the breach, its start on the clause's date. Not a notice of it: no
``breach_notice`` word names the mailed things ("the notification letters, which went out on
April 16")."""

from __future__ import annotations

from ..model import Mention
from .context import Sentence
from .grammar import WORD, ending
from .mentions import mentions_of
from .triggers import Trigger

_LEAD = 40  # characters before the date where the clause's verb ends, at most
_NOUN = 60  # characters before the clause's comma where the mailed things stand, at most
_NOUN_WORDS = 3  # words between the mailed things and that comma, at most ("statements to members")


def mailed_astray(ctx: Sentence, taken: frozenset[int]) -> tuple[Mention, ...]:
    """The breach starts that dates no word takes (not in ``taken``) give when each closes a
    ``mailed_clause`` right after a comma, whose mailed things a word of going astray precedes."""
    text, (s, _) = ctx.text, ctx.span
    clause_rx, mailing, astray = ctx.regex("mailed_clause"), ctx.regex("mailing"), ctx.regex("misdelivered")
    notice = ctx.regex("breach_notice")
    out: list[Mention] = []
    for _, t in ctx.untaken(taken, ("date", "range")):
        lead = ending(ctx.regex("day_lead"), text, max(s, t.start - 6), t.start)
        clause = ending(clause_rx, text, max(s, t.start - _LEAD), lead.start() if lead else t.start)
        if clause is None:
            continue
        comma = clause.start() - 1  # the comma before the clause's verb, past white space (no copy of the text)
        while comma > s and text[comma].isspace():
            comma -= 1
        if comma < s or text[comma] != ",":
            continue
        nouns = [m for m in mailing.finditer(text, max(s, comma - _NOUN), comma)
                 if len(WORD.findall(text[m.end():comma])) <= _NOUN_WORDS]
        if not nouns or notice.search(text, nouns[0].start(), comma) \
                or astray.search(text, s, nouns[0].start()) is None:
            continue
        word = Trigger(clause.start(), clause.end(), ("breach",))
        out.extend(mentions_of(text, ctx.lang, t, word, ctx.span, True))
    return tuple(out)
