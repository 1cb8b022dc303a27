"""A statement of the organisation dated by its verb of saying, in the words of the press: "…, a
indiqué mercredi la direction de l'hôpital" (the speaker after the date), "La mairie a fait savoir
mardi que des fichiers avaient été copiés" (the organisation the subject, a "that" clause speaking
of the breach). The date is the day the organisation made the breach public: a public disclosure,
never a notice to an authority or to people (no recipient is said). Someone else's word ("a précisé
mardi le procureur", "le groupe de pirates a indiqué mardi que ...") dates nothing: the speaker must
be one of the organisation's (``[phrases] own_speaker``), with no ``outsider`` and no ``attacker``.
The press's "a-t-on appris mardi auprès de la direction" names the speaker after ``speaker_lead``.
A language that lists no ``own_speaker`` (English) reads its statements in said_on.py instead."""

from __future__ import annotations

from ..model import Mention
from .context import Sentence
from .grammar import saying_before
from .mentions import mentions_of
from .triggers import Trigger

_LEAD = 30  # characters before the date where the verb of saying ends, at most
_GAP = 4  # characters between the date and the speaker or the "that" after it, at most
_NAME = 40  # characters of the speaker's name after the date ("le groupe de pirates"), at most


def stated_on(ctx: Sentence, taken: frozenset[int]) -> tuple[Mention, ...]:
    """The public disclosures of dates not ``taken`` that stand right after a verb of saying
    (``disclosing``; a ``day_lead`` between): either the verb follows a comma and an ``own_speaker`` follows the date, or
    an ``own_speaker`` is the sentence's subject (an apposition may close with a comma before the verb)
    and a "that" clause naming the breach follows."""
    text, lang, (s, e) = ctx.text, ctx.lang, ctx.span
    speaker, outsider, attacker = lang.regex["own_speaker"], lang.regex["outsider"], lang.regex["attacker"]
    out: list[Mention] = []
    for ti, t in ctx.untaken(taken):
        verb = saying_before(lang, text, max(s, t.start - _LEAD), t.start)  # "a déclaré (le) 16 avril"
        if verb is None:
            continue
        rest = text[t.end:e].lstrip(" ,")
        skipped = len(text[t.end:e]) - len(rest)
        if skipped > _GAP:
            continue
        ok = False
        if text[s:verb.start()].rstrip().endswith(","):
            lead = lang.regex["speaker_lead"].match(rest)
            who = rest[lead.end():].lstrip() if lead else rest
            ok = speaker.match(who) is not None and outsider.match(who) is None \
                and attacker.search(who, 0, _NAME) is None
        if not ok:  # the subject, an apposition after it or not ("La clinique, établissement privé, a reconnu mardi que")
            subject = text[s:verb.start()]
            that = lang.regex["complementizer"].match(rest)
            ok = that is not None and speaker.search(subject) is not None and outsider.search(subject) is None \
                and attacker.search(subject) is None \
                and ctx.speaks(t.end + skipped + that.end(), e)
        if ok:
            out.extend(mentions_of(text, lang, t, Trigger(verb.start(), verb.end(), ("public_disclosure",)), ctx.span, True))
    return tuple(out)
