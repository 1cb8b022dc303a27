"""The explicit dates of a text that date no event, each with the reason it was set aside.

A pass after binding: a day, month, year or range that no mention, nor the text's own date,
takes is read in its sentence for what it is instead. The reasons, first that applies:

- ``retracted``: in a correction note that withdraws what it quotes;
- ``thing``, ``treatment`` or ``background``: it names a thing ("the July 2023 letter", "born in
  1980"), a patient's care ("dates of service from ..."), the organisation's history ("founded in");
- ``law``: a law or rule's date ("the Act of 1934", "effective April 14, 2003");
- ``fiscal``: a reporting period ("the quarter ending March 31, 2025");
- ``treatment``: the care of the people affected ("patients seen between 2019 and 2021");
- ``other_incident``: its sentence speaks of another incident ("In a separate incident, ...", "an
  unrelated breach");
- ``proceedings``: a step of the proceedings about the incident or a document they cite ("see
  note of 9 January 2019", "by letter dated", "the judgment of", "answered the authority's questions"),
  told before the date or right after it and a comma ("On 28 October 2021, the firm answered ...");
- ``outsider``: another party's act ("OCR opened a compliance review on ...");
- ``compliance``: a duty not met, or met late, over a period, told before the date in its
  sentence, right before it or further back past no cue of a remedy ("did not conduct a risk
  analysis between 2013 and 2017", "failed to encrypt its laptops until 2013", "potential
  violations of the Security Rule between 2013 and 2016"), or a disclosure its sentence calls a
  duty unmet ("without obtaining satisfactory assurances", ``duty_unmet``);
- ``remedy``: what was done to prevent another incident ("retrained its staff by April 24");
- ``background``: the organisation's history ("went public in 2021", "paid $1.2 million in 2019");
- ``no_event``: none of those: no event word the reader knows dates it.

The cues are language data (``[phrases]``: ``law_date``, ``fiscal_date``, ``treatment_date``,
``background_date``, ``remedy_date``, ``proceedings_date``, ``compliance_date``, ``duty_unmet`` and the binder's
own ``attributive``, ``separate``, ``outsider``).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Collection, Iterable, Mapping, Sequence

from ..lang import Language
from ..model import Mention, TimeExpr, Unplaced, UnplacedReason
from ..rulefile import Pattern
from .grammar import ends_with

_BEFORE = 60  # characters before a date read for its cue
_AFTER = 60  # characters after it
_LEAD = 30  # characters right before it, for a cue that must end where it starts
_COMMA = re.compile(r"\s*,\s*")
_WORD_GAP = re.compile(r"[^\W\d_][\w'’-]*[ \t]+")  # one word and the blank after it


def unplaced(text: str, lang: Language, spans: Sequence[tuple[int, int]], by_sentence: Mapping[int, Sequence[TimeExpr]],
             mentions: Iterable[Mention], withdrawn: Collection[int]) -> tuple[Unplaced, ...]:
    """The explicit dates of ``text`` (by sentence, ``by_sentence``) that no mention takes, in
    text order, each with its reason; ``withdrawn``: the sentences a correction withdraws."""
    taken = sorted({(m.timex.start, m.timex.end) for m in mentions})
    starts = [a for a, _ in taken]
    reach = list(itertools.accumulate((b for _, b in taken), max))  # the furthest end of the spans up to each
    out: list[Unplaced] = []
    for i, ts in sorted(by_sentence.items()):
        for t in ts:
            if t.kind not in ("date", "range") or _overlaps(starts, reach, t):
                continue
            reason: UnplacedReason = "retracted" if i in withdrawn else reason_of(text, lang, spans[i], t)
            out.append(Unplaced(t.start, t.end, t.text, reason))
    return tuple(out)


def _overlaps(starts: Sequence[int], reach: Sequence[int], t: TimeExpr) -> bool:
    """Whether a bound expression's span overlaps the date's ("30 days after March 1" takes March 1):
    of the spans that start before the date ends, the furthest reaches past its start (a binary
    search, not a scan of every span: a text of thousands of dates stays linear)."""
    last = bisect.bisect_left(starts, t.end) - 1
    return last >= 0 and reach[last] > t.start


def _outsider_after(text: str, lang: Language, t: TimeExpr, e: int) -> bool:
    """Whether another party is the subject right after a date that opens its clause ("In April
    2019, OCR began its investigation"): a comma, then the party's name, after at most two words
    of its own ("the Danish Data Protection Agency")."""
    comma = _COMMA.match(text, t.end, e)
    if comma is None:
        return False
    pos = comma.end()
    for _ in range(3):
        if lang.regex["outsider"].match(text, pos, e) is not None:
            return True
        word = _WORD_GAP.match(text, pos, e)
        if word is None:
            return False
        pos = word.end()
    return False


def _proceedings_after(text: str, rx: Mapping[str, Pattern], t: TimeExpr, e: int) -> bool:
    """Whether a date set off by a comma heads a step of the proceedings told after it ("On 28
    October 2021, the firm answered the authority's questions", "of 15 November 2022, ref. no.")."""
    comma = _COMMA.match(text, t.end, e)
    return comma is not None and rx["proceedings_date"].search(text, comma.end(), min(e, comma.end() + _AFTER)) is not None


def reason_of(text: str, lang: Language, sent: tuple[int, int], t: TimeExpr) -> UnplacedReason:
    """Why a date of the sentence ``sent`` dates no event (see the module's docstring)."""
    s, e = sent
    rx = lang.regex
    lead = max(s, t.start - _LEAD)
    before = max(s, t.start - _BEFORE)
    around = (before, min(e, t.end + _AFTER))
    if ends_with(rx["attributive"], text, lead, t.start):
        if rx["fiscal_date"].search(text, before, t.start):  # "the quarter ended March 31": a reporting period
            return "fiscal"
        if rx["treatment_date"].search(text, before, t.start):
            return "treatment"
        return "background" if rx["background_date"].search(text, before, t.start) else "thing"
    if ends_with(rx["law_date"], text, lead, t.start):
        return "law"
    if rx["fiscal_date"].search(text, before, t.start):
        return "fiscal"
    if rx["treatment_date"].search(text, before, t.start):
        return "treatment"
    if rx["separate"].search(text, s, e):
        return "other_incident"
    if rx["proceedings_date"].search(text, before, t.start) or _proceedings_after(text, rx, t, e):
        return "proceedings"
    if rx["outsider"].search(text, before, t.start) or _outsider_after(text, lang, t, e):
        return "outsider"
    return _afterwards(text, rx, sent, around, t.start)


def _afterwards(text: str, rx: Mapping[str, Pattern], sent: tuple[int, int], around: tuple[int, int],
                at: int) -> UnplacedReason:
    """Why a date at ``at`` that no cue before has explained dates no event: a duty not met, a
    remedy, the organisation's history, or none of those (``around``: the words read around it)."""
    if rx["compliance_date"].search(text, around[0], at):
        return "compliance"
    if rx["remedy_date"].search(text, *around):
        return "remedy"
    # further back in the sentence, past no cue of a remedy; or a disclosure its sentence calls a duty unmet
    if rx["compliance_date"].search(text, sent[0], at) or rx["duty_unmet"].search(text, *sent):
        return "compliance"
    return "background" if rx["background_date"].search(text, *around) else "no_event"
