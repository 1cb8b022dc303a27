"""Where things stand in a sentence: its quotations, relative clauses and brackets, "that" clauses,
labels, and the dates that open a clause."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence

import attrs

from ..lang import Language
from ..model import TimeExpr
from ..rulefile import Pattern
from .anchors import _phrase_end, _resolve_anchor
from .clock import clock_as_same_day
from .data_dates import dates_the_data
from .grammar import CLAUSE_MARK, QUOTE, WORD, ends_with, grammar_of, past_blank
from .join_lead import past_join
from .reference import past_reference
from .rows import heads_row
from .scene import sets_scene
from .stages import learned_occurrence, set_off
from .triggers import Scan, Trigger, find_triggers


_RUN = re.compile(r"[\w'’-]+")  # a stretch between separators ("mid-2023", "l'été", "__")
_LETTER = re.compile(r"[^\W_]")
_COMMA_AFTER = re.compile(r"\s*(?:\([^()]{0,80}\)\s*)?[,:]")  # "On May 3, 2024, it ...", "- 28/05/2024 : serveur isolé"
_ONE_WORD = re.compile(r"[^\W\d_]+\s+")  # "On " before a date that opens its sentence


def _only_on(text: str, lang: Language, s: int, at: int, b: int, ts: list[TimeExpr]) -> bool:
    """Whether a "que" ending at ``b`` means "only", its date right after it and a ``restrictive``
    word in the clause before the event word at ``at`` ("n'a fait cette notification que le 9
    mars"), or between the event word and the "que", with no clause mark from the word ("la
    déclaration à la CNIL n'a été faite que le 12 mars"): no clause of content."""
    if not any(not text[b:t.start].strip() or ends_with(lang.regex["day_lead"], text, b, t.start) for t in ts):
        return False
    restrictive = lang.regex["restrictive"]
    if any(not CLAUSE_MARK.search(text, m.end(), at) for m in restrictive.finditer(text, max(s, at - 40), at)):
        return True
    return not CLAUSE_MARK.search(text, at, b) and restrictive.search(text, at, b) is not None


def _regions(text: str, lang: Language, s: int, e: int, triggers: list[Trigger], ts: list[TimeExpr],
             scan: Scan) -> tuple[list[tuple[int, int]], dict[int, tuple[int, int]]]:
    """Relative clauses and brackets (closed spans) and, for each head trigger, where its "that"
    clause starts (a "that" inside a time expression, "that same day", opens none)."""
    closed: list[tuple[int, int]] = _quotations(text, s, e)
    rel = scan.regex(lang, "relative_pronoun")
    opener = scan.regex(lang, "subordinator").match(text, s)
    if opener and "?" not in text[opener.end():e - 1]:  # "When ...? On ...": a question and its answer
        comma = text.find(",", opener.end(), e)
        if comma > 0:
            closed.append((s, comma))
    for m in re.finditer(r"[,(]", text[s:e]):
        a = s + m.start()
        if m.group(0) == "(":
            b = text.find(")", a, e)
            if b < 0 or not any(_lead_only(text, lang, a + 1, t.start) and not text[t.end:b].strip() for t in ts):
                # not a date alone, or after its lead: "a period prior (24.04.2018) to", "told the
                # regulator, its patients (on May 4, 2021), and the press"
                closed.append((a, b + 1 if b >= 0 else e))
            continue
        nxt = text[a + 1:a + 30].lstrip()
        r = rel.match(nxt) or set_off(lang, nxt)  # ", which ...", ", after being told that ...,"
        if r:
            b = text.find(",", a + 1, e)
            closed.append((a, b if b >= 0 else e))
    complements: dict[int, tuple[int, int]] = {}
    comp = scan.regex(lang, "complementizer")
    restrictive = scan.regex(lang, "restrictive")
    for i, t in enumerate(triggers):
        if not t.head or ends_with(restrictive, text, max(s, t.start - 20), t.start) \
                or restrictive.search(text, t.start, t.end):  # "les lettres n'ont été envoyées que le 15 juillet"
            continue  # "n'a notifié la CNIL que le 4 février": "que" means "only", no clause
        # from the word's start: its own words may end in the "that" ("confirmed that", "concluded that"),
        # but one inside them opens no clause ("the Form 8-K that the Company filed": an object relative)
        window = text[t.start:min(e, t.end + 90)]
        that = next((c for c in comp.finditer(window) if t.start + c.end() >= t.end
                     and not any(x.start <= t.start + c.start() < x.end for x in ts)), None)
        if that and ";" not in window[: that.start()] \
                and not scan.regex(lang, "object_relative").match(text, t.start + that.start()) \
                and not _only_on(text, lang, s, t.start, t.start + that.end(), ts):
            c = t.start + that.start()
            stop = text.find(";", c, e)
            # a clause set off by commas ends its "that" clause ("after being told that ..., the clinic")
            inside = region_of(t.start, closed)
            complements[i] = (c, min(stop if stop >= 0 else e, inside[1] if inside else e))
    return closed, complements


def _lead_only(text: str, lang: Language, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` is blank or a date's lead alone ("on", "on or about")."""
    words = text[a:b].strip()
    return not words or any(lang.regex[k].fullmatch(words) is not None for k in ("day_lead", "date_hedge"))


def _quotations(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """Quoted words of four or more in the sentence: speech, whose dates stay inside it
    ("'We fixed it the same day,' he said in an interview on April 20": not the fixing's
    date). Shorter quotations are names ("the "SelvBooking" solution")."""
    out, opened = [], None
    for m in QUOTE.finditer(text, s, e):
        q = m.group()
        if opened is None:
            if q in '"“«':
                opened = m.start()
        elif q in '"”»':
            if len(WORD.findall(text, opened + 1, m.start())) >= 4:
                out.append((opened, m.end()))
            opened = None
    return out


_LABEL = re.compile(r"[^\W\d_](?:[^\W\d_]|[ '’-]){0,40}:[ \t]+")  # "What happened: ", "Ce qui s'est passé : "


def _label_end(text: str, s: int, e: int) -> int:
    """Where a sentence's clauses start: after a label of at most four words and a colon that
    opens it ("What happened: On or about May 3, ..."), else at its start."""
    colon = text.find(":", s, min(e, s + 45))
    m = _LABEL.match(text, s, colon + 3) if colon > s else None
    return m.end() if m and len(WORD.findall(m.group())) <= 4 else s


def _is_fronted(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` is at most four words, each followed by a separator: what stands
    before a date that opens its clause ("On", "In early", "Later, on").

    A stretch between separators ("mid-2023", "l'été") is one word when it has a letter or
    digit. This is the language of ``[\\W_]*(?:[\\w'’-]+[\\W_]+){0,4}`` (fullmatch), read
    in one pass: that pattern, whose two classes share ``'’-_``, backtracked in O(n⁴) on
    "a-a-a-a-…" before a date."""
    words = 0
    for m in _RUN.finditer(text, a, b):
        if _LETTER.search(m.group()):
            words += 1
            if words > 4:
                return False
    return words == 0 or not _LETTER.match(text, b - 1)


def outside(text: str, a: int, b: int, closed: Sequence[tuple[int, int]]) -> str:
    """The text from ``a`` to ``b`` less the relative clauses and brackets inside it."""
    cut = sorted((max(a, x), min(b, y)) for x, y in closed if x < b and y > a and not (x <= a and b <= y))
    out, pos = [], a
    for x, y in cut:
        if x > pos:
            out.append(text[pos:x])
        pos = max(pos, y)
    out.append(text[pos:b])
    return "".join(out)


_ZONE = re.compile(r"[ \t]+\(?[A-Z]{2,5}\)?(?!\w)")  # "UTC", "(EST)" after a time of day


def _past_zone(text: str, t: TimeExpr) -> int:
    """Where a date ends with its time zone ("2024-06-03 11:40 UTC"): the tagger reads the time
    of day right after a date as part of it, not the zone after that."""
    zone = _ZONE.match(text, t.end) if t.time is not None else None
    return zone.end() if zone else t.end


def region_of(pos: int, closed: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    inner = None
    for a, b in closed:
        if a <= pos < b and (inner is None or a >= inner[0]):
            inner = (a, b)
    return inner


def _appositions(text: str, lang: Language, ts: list[TimeExpr]) -> list[TimeExpr]:
    """Dates less those that a narrower date right after them restates ("earlier this month,
    on May 2", "en début d'année, le 3 janvier"): the narrower one dates the event."""
    apposition = grammar_of(lang).apposition
    kept = [t for t, nxt in zip(ts, [*ts[1:], None]) if nxt is None or not _restates(text, apposition, t, nxt)]
    # a part of the day set off after a date ("Le 6 octobre 2025, en fin de matinée, ..."): of that
    # date's day, which dates the event; counted from the event told before, it dated nothing
    return [t for prev, t in zip([None, *kept[:-1]], kept) if prev is None or not _day_part_of(text, apposition, prev, t)]


def _day_part_of(text: str, apposition: re.Pattern[str], date: TimeExpr, t: TimeExpr) -> bool:
    """Whether ``t`` is a part of the day ("en fin de matinée", "dans la soirée") set off right after ``date``."""
    return date.kind == "date" and _day_part(t) and apposition.fullmatch(text, date.end, t.start) is not None


def _day_part(t: TimeExpr) -> bool:
    """Whether ``t`` is a part of the day the story is on ("en fin de matinée"), not a clock time."""
    return t.kind == "relative" and t.amount == (0, 0) and t.anchor is not None and t.anchor.kind == "previous" \
        and t.timex is not None and t.timex.value == "day+0" and not t.timex.suffix[1:2].isdigit()


def _restates(text: str, apposition: re.Pattern[str], t: TimeExpr, nxt: TimeExpr) -> bool:
    a, b = t.first, nxt.first
    if t.kind != "date" or nxt.kind != "date" or a is None or b is None or None in (a.lo, a.hi, b.lo, b.hi):
        return False
    return (apposition.fullmatch(text, t.end, nxt.start) is not None and b.hi - b.lo < a.hi - a.lo  # type: ignore[operator]
            and a.lo - 31 <= b.lo <= a.hi + 31)  # type: ignore[operator]


def _speaks_of_breach(scan: Scan, lang: Language, a: int, b: int) -> bool:
    """Whether a clause names a breach: a breach word or a breach noun in it."""
    return any(t.kind == "breach" and scan.holds(t.words, a, b) for t in lang.triggers) or any(
        topic == "breach" and scan.holds(words, a, b) for topic, words in lang.topics)


Place = tuple[tuple[int, int] | None, frozenset[int]]  # a bracket or relative clause, and the "that" clauses around


@attrs.frozen
class DatePlace:
    """Where a date stands in its sentence."""

    place: Place  # its bracket or relative clause, and the "that" clauses around it
    clause: int  # where its clause starts: the sentence's lead, a "that" clause's or a bracket's start
    end: int  # where its words end: past its time zone, or past the words a relative phrase counts from
    opens: bool  # it opens its clause ("On March 3, 2019, the clinic ..."): it dates a verb after it
    heads: bool  # it heads a list item or a table row ("2024-01-23: firm engaged; investigation opened")


@attrs.frozen
class Sentence:
    """What the passes read about one sentence with dates, found once: its event words, its
    dates and where each stands (brackets, relative clauses, "that" clauses, clause openings)."""

    text: str
    lang: Language
    span: tuple[int, int]
    timexes: tuple[TimeExpr, ...]  # every time expression in it, durations too
    triggers: tuple[Trigger, ...]
    closed: tuple[tuple[int, int], ...]  # quotations, relative clauses and brackets
    complements: Mapping[int, tuple[int, int]]  # by head trigger, the "that" clause it opens
    dated: tuple[TimeExpr, ...]  # the dates that may date an event word, their anchors read
    dates: tuple[DatePlace, ...]  # where each of ``dated`` stands
    places: tuple[Place, ...]  # where each trigger stands
    anchors: tuple[tuple[int, int] | None, ...]  # each trigger's relative phrase, when it is in one's words
    starts: tuple[int, ...]  # the triggers' starts, ascending
    ends: tuple[int, ...]  # the triggers' ends, ascending
    date_starts: tuple[int, ...]  # the starts of ``dated``
    ordered: bool  # whether those are ascending
    asked: int  # where a question of when ends, the answer joined to it; -1 without one
    speaks: Callable[[int, int], bool]  # whether text[a:b] names a breach, remembered by clause
    scan: Scan  # the text's event words, and the phrase lists it lacks (``regex``)

    def regex(self, key: str) -> Pattern:
        """``lang.regex[key]``, its searches of a text that lacks the list's key words skipped."""
        return self.scan.regex(self.lang, key)

    def untaken(self, taken: Collection[int], kinds: Collection[str] = ("date",)) -> Iterator[tuple[int, TimeExpr]]:
        """The dates of ``kinds`` that no word dates yet (not in ``taken``), with their index in ``dated``."""
        return ((ti, t) for ti, t in enumerate(self.dated) if ti not in taken and t.kind in kinds)

    def fits(self, ti: int, gi: int) -> bool:
        """Whether date ``ti`` and event word ``gi`` stand in one clause: one bracket or relative
        clause, one "that" clause, not inside the word's own "that" clause, and inside the words
        of the relative phrase the word stands in. "60 days after discovery" does not date the
        discovery itself."""
        t = self.dated[ti]
        if self.places[gi] != self.dates[ti].place:
            return False
        complement = self.complements.get(gi)
        if complement is not None and complement[0] <= t.start < complement[1]:
            return False
        anchor = self.anchors[gi]
        if anchor is not None and not anchor[0] <= t.start < anchor[1]:
            return False
        kinds = self.triggers[gi].kinds
        named = t.anchor.name if t.anchor is not None else None
        return not (t.kind == "relative" and named in kinds or named == "breach_start" and "breach" in kinds)


def read_sentence(text: str, lang: Language, sent: tuple[int, int], ts: list[TimeExpr], scan: Scan) -> Sentence:
    """The context of the sentence ``text[sent[0]:sent[1]]`` and its time expressions ``ts``."""
    s, e = sent
    triggers = find_triggers(text, lang, s, e, scan=scan, dates=[(t.start, t.end) for t in ts])
    # an event word inside a date or a part of the day is part of it ("en fin de matinée": no end);
    # not a length's lead ("a duré près de deux mois") nor a phrase's anchor words
    within = [(t.start, t.end) for t in ts if t.kind in ("date", "time", "range") or _day_part(t)]
    triggers = [g for g in triggers if not any(a <= g.start and g.end <= b for a, b in within)]
    closed, complements = _regions(text, lang, s, e, triggers, ts, scan)
    triggers = list(learned_occurrence(text, lang, triggers, complements))
    kept = _datable(text, lang, s, clock_as_same_day(ts, text))
    # A relative phrase reads on through the words of what it counts from ("three days after
    # it found the attack"): the event it dates stands before it or past those words.
    reads_to = [_phrase_end(t, e) for t in kept]
    dated = tuple(_resolve_anchor(lang, t) for t in kept)
    # The words a relative phrase counts from name an event, but date it only with a date of
    # their own ("Two weeks after the intrusion was detected, on 17 June, the staff was told").
    anchors = [(t.end, b) for t, b in zip(kept, reads_to) if b > t.end]

    def place(pos: int) -> Place:
        return region_of(pos, closed), frozenset(i for i, (c, ce) in complements.items() if c <= pos < ce)

    # Where each event word stands, found once per word rather than once per date and word.
    starts, ends = tuple(g.start for g in triggers), tuple(g.end for g in triggers)  # both ascending
    asked = text.rfind("?", s, e)
    # Where clauses may open: the sentence's start, past a label ("What happened: "), past the
    # question an answer is joined to ("When did you learn of it? On 4 March ...").
    # ... past a pointer to an earlier account ("As described in the Original Report, on May 3, ...").
    leads = sorted({s, _label_end(text, s, e), past_blank(text, asked + 1, e) if asked >= 0 else s,
                    past_reference(text, lang, s, e)})
    dates = []
    for t, b in zip(dated, reads_to):
        lead = max(leads[bisect.bisect_right(leads, t.start) - 1], past_join(text, lang, s, t))  # "and, on May 12, ..."
        clause = max([lead] + [c for c, ce in complements.values() if c <= t.start < ce] +
                     [r[0] + 1 for r in closed if r[0] <= t.start < r[1]])
        end = b if b > t.end else _past_zone(text, t)
        heads = heads_row(text, s, t.start, end)  # its clauses, semicolons and all, are after the date
        opens = heads or (_opens(text, t, clause, end, lead, starts, ends) or _opens_that_clause(text, lang, t, end, clause)
                          or _opens_as_letter_date(text, lang, t, (clause, end), starts, ends)
                          or sets_scene(text, lang, t, (clause, end), starts, ends)) \
            and not _reports_what_it_dates(text, lang, t, (clause, end, e), starts)
        dates.append(DatePlace(place(t.start), clause, end, opens, heads))
    return Sentence(
        text, lang, sent, tuple(ts), tuple(triggers), tuple(closed), complements, dated, tuple(dates),
        # a word that opens a relative clause in its own words stands in it ("the Form 8-K, which the Company filed")
        tuple(place(g.end - 1 if any(g.start < a < g.end for a, _ in closed) else g.start) for g in triggers),
        tuple(next(((a, b) for a, b in anchors if a <= g.start < b), None) for g in triggers),
        starts, ends, tuple(t.start for t in dated), all(a.start <= b.start for a, b in zip(dated, dated[1:])), asked,
        functools.cache(lambda a, b: _speaks_of_breach(scan, lang, a, b)), scan)


_GENITIVE_S = re.compile(r"['’]s[ \t]+")


def _genitive_of_thing(text: str, lang: Language, t: TimeExpr) -> bool:
    """Whether a date in the genitive names a thing of its day (``[phrases] genitive_thing``: "In
    Thursday's email, the superintendent wrote that investigators found ...", "at Monday's board
    meeting"), as "a Sept. 15 email" does: it dates no verb of the sentence."""
    g = _GENITIVE_S.match(text, t.end)
    return g is not None and lang.regex["genitive_thing"].match(text, g.end()) is not None


def _datable(text: str, lang: Language, s: int, ts: list[TimeExpr]) -> list[TimeExpr]:
    """The dates, ranges and relative phrases that may date an event word: not one that names
    a thing ("the July 2023 letter") or a reporting period ("the three months ended June 30, 2025"),
    not one set aside ("on March 1, not March 4"), not one a narrower date right after it restates."""
    attributive, fiscal, denied = lang.regex["attributive"], lang.regex["fiscal_date"], grammar_of(lang).denied
    kept = [t for t in ts if t.kind in ("date", "range", "relative")
            and not (t.kind != "relative" and (ends_with(attributive, text, max(s, t.start - 30), t.start)
                                               or ends_with(fiscal, text, max(s, t.start - 30), t.start)
                                               or _genitive_of_thing(text, lang, t)))
            and not denied.search(text, max(s, t.start - 30), t.start)
            and not (t.kind == "range" and dates_the_data(text, lang, s, t))]
    return _appositions(text, lang, kept)


def _opens_that_clause(text: str, lang: Language, t: TimeExpr, end: int, clause: int) -> bool:
    """Whether a date, set off by a comma, opens a "that" clause of a verb that is no event word
    ("A review found that from March 2019 to May 2020, a nurse had viewed ..."): it dates
    the clause's verb as a date that opens its sentence would."""
    that = max(lang.regex["complementizer"].finditer(text, max(clause, t.start - 20), t.start),
               key=re.Match.end, default=None)
    return that is not None and bool(_COMMA_AFTER.match(text, end)) and len(WORD.findall(text, that.end(), t.start)) <= 1


_LETTER_DATE_WORDS = 6  # words of a fronted phrase that ends in a genitive before its date, at most


def _opens_as_letter_date(text: str, lang: Language, t: TimeExpr, where: tuple[int, int],
                          starts: Sequence[int], ends: Sequence[int]) -> bool:
    """Whether a date, set off by a comma, ends a fronted phrase of at most ``_LETTER_DATE_WORDS``
    words through a genitive ("Par un courrier électronique du 2 octobre 2019, la société a ...",
    "In a letter of May 3, 2024, the clinic ..."): the letter's date dates what the clause says,
    as a date that opens it would; not past an event word."""
    clause, end = where
    before = text[clause:t.start]
    return bool(_COMMA_AFTER.match(text, end)) and len(WORD.findall(before)) <= _LETTER_DATE_WORDS and "," not in before \
        and ends_with(lang.regex["genitive"], text, clause, t.start) \
        and bisect.bisect_left(starts, clause) == bisect.bisect_right(ends, t.start)


def _reports_what_it_dates(text: str, lang: Language, t: TimeExpr, where: tuple[int, int, int],
                           starts: Sequence[int]) -> bool:
    """Whether a date that names a document through a genitive ("In the report of October 24,",
    "Dans son rapport du 24 octobre,") comes before a "that" that opens what the document
    reports, ahead of any event word: the document's date, not the date of what it reports."""
    clause, end, e = where
    nxt = bisect.bisect_left(starts, end)
    return ends_with(lang.regex["genitive"], text, clause, t.start) and lang.regex["complementizer"].search(
        text, end, starts[nxt] if nxt < len(starts) else e) is not None


def _opens(text: str, t: TimeExpr, clause: int, end: int, lead: int, starts: Sequence[int], ends: Sequence[int]) -> bool:
    """Whether a date opens its clause ("On March 3, 2019, the clinic ...") and so belongs to a
    verb after it; not one an event word governs before it with no comma between ("The intrusion
    began on March 3, 2019, and ended ...": "began" dates it). Without a comma too where a
    preposition opens the sentence with it ("On 9 May 2022 the controller, a retailer, notified
    ..."); not a bare date ("19 July 2021 until it notified")."""
    return _is_fronted(text, clause, t.start) and (
        bool(_COMMA_AFTER.match(text, end)) or clause == lead and _ONE_WORD.fullmatch(text, lead, t.start) is not None
    ) and not any(
        "," not in text[ends[j]:t.start]
        for j in range(bisect.bisect_left(starts, clause), bisect.bisect_right(ends, t.start)))


def opening_word(ctx: Sentence, taken: frozenset[int] | set[int], words: Pattern,
                 reach: int) -> Iterator[tuple[TimeExpr, re.Match[str]]]:
    """Each date not ``taken`` that opens its clause, outside any bracket or relative clause, with
    the first of ``words`` after it: within ``reach`` characters, before the next date and any ";"
    (the passes for acts no event list holds: what caused the breach, what was done by mistake)."""
    text, e = ctx.text, ctx.span[1]
    for ti, t in enumerate(ctx.dated):
        if ti in taken or t.kind not in ("date", "range") or not ctx.dates[ti].opens \
                or region_of(t.start, ctx.closed) is not None:
            continue
        nxt = min((o.start for o in ctx.dated if o.start > t.end), default=e)
        stop = min(nxt, t.end + reach, e)
        semi = text.find(";", t.end, stop)
        word = words.search(text, t.end, semi if semi >= 0 else stop)
        if word is not None:
            yield t, word
