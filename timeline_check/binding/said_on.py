"""A statement dated by the day it was made ("the clinic said Friday that an intruder copied
files", "the insurer confirmed on Monday it had been hit by ransomware",
``[phrases] disclosing``): a day right after a verb of saying, then the words said,
which name a breach. The date is the organisation's public disclosure, not the breach's day: a
word inside what was said does not take it. When the words said come first ("The records were
stolen, the hospital confirmed on May 3"), the speaker's tag dates nothing. Not when another
party speaks ("researchers said Tuesday that", ``outsider``, ``informant``, ``other_speaker``);
when the organisation's own staff confirm what they found ("Staff confirmed that evening that an
intruder had signed in", ``finder_speaker``), the date is its determination."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Mention, TimeExpr
from .context import Sentence
from .grammar import saying_before
from .mentions import mentions_of
from .triggers import Trigger

_LEAD = 40  # characters before the date where the verb of saying ends, at most
_SAID = 160  # characters after the date in which what was said names a breach
_SPEAKER = 80  # characters before the verb where another speaker is named
_ATTRIBUTION = 5  # words of a speaker between the comma and the verb of a trailing attribution, at most
_END = re.compile(r"[\s\"”’')]*+[.!?]?[\s\"”’')]*+$")  # nothing but closing marks up to the sentence's end


def said_on(ctx: Sentence, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions``, each statement's date taken from the words inside what was said and given to
    a public disclosure instead. A language that lists the organisation's own speakers
    (``own_speaker``: French, whose speaker often follows the verb) reads these in statement.py,
    which asks for one of them."""
    out = list(mentions)
    if ctx.lang.phrases["own_speaker"]:
        return out
    for t in ctx.dated:
        verb = _saying_before(ctx, t)
        if verb is not None and _said_before(ctx, t, verb.start()):
            # "The records were stolen, the hospital confirmed on May 3.": the day a speaker's tag
            # gives is when the words were said, as with "said" (tests/test_reading_news.py)
            out = [m for m in out if m.timex is not t]
            continue
        if verb is None or not _says_breach(ctx, t):
            continue
        kind = "determination" if _finder(ctx, verb.start()) else "public_disclosure"
        if kind == "public_disclosure" and _speaker(ctx, verb.start(), ("outsider", "informant", "other_speaker")):
            continue
        if any(m.timex is t and m.kind == kind for m in out):
            continue
        out = [m for m in out if m.timex is not t]
        out.extend(mentions_of(ctx.text, ctx.lang, t, Trigger(verb.start(), verb.end(), (kind,)), ctx.span, True))
    return out


def _saying_before(ctx: Sentence, t: TimeExpr) -> re.Match[str] | None:
    """The verb of saying right before date ``t`` (a day or this week, a ``day_lead`` between them)."""
    if t.kind not in ("date", "relative") or t.granularity != "day":
        return None
    return saying_before(ctx.lang, ctx.text, max(ctx.span[0], t.start - _LEAD), t.start)


def _says_breach(ctx: Sentence, t: TimeExpr) -> bool:
    """Whether "that" or a clause follows date ``t`` and names a breach within ``_SAID`` characters."""
    text, lang = ctx.text, ctx.lang
    rest = text[t.end:ctx.span[1]].lstrip(" ,")
    if not rest or lang.regex["complementizer"].match(rest) is None and lang.regex["subject_pronoun"].match(rest) is None:
        return False
    a = ctx.span[1] - len(rest)
    return bool(ctx.speaks(a, min(ctx.span[1], a + _SAID)))


def _said_before(ctx: Sentence, t: TimeExpr, verb: int) -> bool:
    """Whether date ``t`` ends a trailing attribution: what was said, naming a breach, then a
    comma, a speaker of a few words, the verb of saying and the date, closing the sentence ("The
    records were stolen, the hospital confirmed on May 3.")."""
    text, (s, e) = ctx.text, ctx.span
    if _END.match(text, t.end, e) is None:
        return False
    comma = text.rfind(",", s, verb)
    words = text[comma + 1:verb].split()
    return comma > s and 0 < len(words) <= _ATTRIBUTION and not any(w[0].isdigit() for w in words) \
        and bool(ctx.speaks(s, comma))


def _finder(ctx: Sentence, verb: int) -> bool:
    """Whether the organisation's own staff are the verb's subject, right before it ("IT staff later
    confirmed"): not staff named earlier in the sentence ("staff noticed odd logins, and the hospital
    confirmed on May 14 that ...")."""
    found = None
    for found in ctx.regex("finder_speaker").finditer(ctx.text, max(ctx.span[0], verb - _SPEAKER), verb):
        pass
    return found is not None and len(ctx.text[found.end():verb].split()) <= 1


def _speaker(ctx: Sentence, verb: int, keys: tuple[str, ...]) -> bool:
    """Whether the words before the verb name a speaker of lists ``keys``; not the words of an
    appositive set off by commas right before it, which describe the speaker ("Ridgeline, a
    physician group with nine clinics, said ...")."""
    before = ctx.text[max(ctx.span[0], verb - _SPEAKER):verb].rstrip()
    if before.endswith(",") and (comma := before.rfind(",", 0, len(before) - 1)) > 0:
        before = before[:comma]
    return any(ctx.lang.regex[k].search(before) for k in keys)
