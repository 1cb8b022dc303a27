"""The event words of a sentence: found through the text's word index, their kinds read from the
recipients around a verb of telling, and dropped or blocked when negated or another party's act."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

import attrs

from ..lang import Language
from ..rulefile import Phrases, WordIndex, word_index

from .grammar import BLANK, WORD, grammar_of
from .recipients import clause_before, dated_joins, notice_recipients, recipient_chain
from .topics import topic_of


_TAIL_CACHE: dict[int, re.Pattern[str]] = {}


def _NEGATED(lang: Language) -> re.Pattern[str]:
    """Negation words right before an event word ("without detection")."""
    rx = _TAIL_CACHE.get(id(lang))
    if rx is None:
        rx = _TAIL_CACHE[id(lang)] = re.compile(lang.regex["negation"].pattern + r"\s*$", re.I)
    return rx


_INVESTIGATION_END = {"start": "investigation_start", "end": "investigation_end"}


_BREACH_EDGE = {"start": "breach_start", "end": "breach_end"}


@attrs.frozen
class Trigger:
    """Event words found in a sentence."""

    start: int
    end: int
    kinds: tuple[str, ...]
    span: str = "durative"
    head: bool = False  # opens a "that" clause whose content it reports (discover, determine, report)
    blocked: bool = False  # the actor is not the organisation (a regulator's own investigation)
    nominal: bool = False  # a noun ("notification to"): without a date it asserts nothing
    needs_topic: bool = False  # a word of knowing in general: an event only where it names the incident
    told: bool = False  # someone told the organisation ("a researcher notified the clinic"): its discovery
    join: bool = False  # "and to HHS" after a notice's date: a further notice, dated only after it
    active: bool = False  # a verb of telling in the active voice, its recipients after it: its subject told


_TWO_WORD_CHARS = re.compile(r"\w\w")


def _own_heads(lang: Language, text: str) -> frozenset[str]:
    """The words that name a public body in general ("authority") but name the text's own
    organisation, because the text names one so and it is no regulator: "The Riverbend Water
    Authority said ... The authority learned of it on February 1" (not the regulator's act)."""
    return frozenset(m.group(1).lower() for m in grammar_of(lang).body_name.finditer(text)
                     if not any(k == "notification_regulator" and rx.search(m.group()) for k, rx in lang.recipients))


class Scan:
    """The matches of the event word lists (triggers, notices, generic words) over a whole
    text, found once through its word index and handed out by sentence."""

    def __init__(self, lang: Language, index: WordIndex, spans: list[tuple[int, int]]) -> None:
        self.index = index
        self.own = _own_heads(lang, index.text) if not grammar_of(lang).body_words.isdisjoint(index.words) else frozenset()
        self.heads: dict[int, list[int]] = {}  # id(list) -> where its heads stand (Phrases.starts)
        starts = [s for s, _ in spans]
        self.found: dict[int, dict[int, list[re.Match[str]]]] = {}  # sentence start -> id(list) -> matches
        lists = [t.words for t in lang.triggers] + [n.words for n in lang.notices] + [lang.generic_start, lang.generic_end]
        for words in lists:
            for m in words.finditer(index):
                i = bisect.bisect_right(starts, m.start()) - 1
                if i >= 0:
                    self.found.setdefault(starts[i], {}).setdefault(id(words), []).append(m)

    def within(self, s: int, e: int) -> dict[int, list[re.Match[str]]]:
        """By ``id`` of word list, its matches inside the sentence from ``s`` to ``e``."""
        lists = self.found.get(s)
        if not lists:
            return {}
        return {k: kept for k, got in lists.items() if (kept := [m for m in got if m.end() <= e])}

    def holds(self, words: Phrases, a: int, b: int) -> bool:
        """Whether ``words.regex.search(text, a, b)`` finds a match: tried at the list's heads
        from ``a`` to ``b`` only, each a search of the text cut at ``b`` would try."""
        text = self.index.text
        if words.heads is None or 0 < b < len(text) and _TWO_WORD_CHARS.match(text, b - 1):
            # b inside a word: the cut word may match where the whole one is no head
            return words.regex.search(text, a, b) is not None
        starts = self.heads.get(id(words))
        if starts is None:
            starts = self.heads[id(words)] = words.starts(self.index)
        match = words.regex.match
        return any(match(text, p, b) for p in starts[bisect.bisect_left(starts, a):bisect.bisect_left(starts, b)])


def find_triggers(text: str, lang: Language, s: int, e: int, notices_only: bool = False,
              scan: Scan | None = None, dates: Sequence[tuple[int, int]] = ()) -> list[Trigger]:
    """The event words of the sentence ``text[s:e]`` (``scan``: of the whole text, else found
    here; ``dates``: the spans of its dates, where a notice's list of recipients may split)."""
    scan = scan or Scan(lang, word_index(text), [(s, e)])
    hits = scan.within(s, e)
    if not hits:
        return []
    grammar = grammar_of(lang)

    def each(words: Phrases) -> list[re.Match[str]]:
        return hits.get(id(words), [])

    found: list[Trigger] = []
    for trig in () if notices_only else lang.triggers:
        for m in each(trig.words):
            head = trig.kind in ("discovery", "determination")
            kinds: tuple[str, ...] = (trig.kind,)
            if trig.kind == "discovery" and grammar.auxiliary.match(m.group(0)):
                # "HHS was notified of the breach": told, in the passive, to someone who receives
                # notices (a covered entity told by its vendor is learning of it: a discovery).
                told = recipient_chain(lang, clause_before(text, s, m.start()), last=True)
                kinds = tuple(k for k in told if k != "notification_covered_entity") or kinds
            found.append(Trigger(m.start(), m.end(), kinds, trig.span, head=head, needs_topic=trig.needs_topic))
    # A notice's recipients stand before the next verb of telling ("filed a complaint on May 5
    # and notified the CNIL": the CNIL is the second verb's) and, in the passive, after the one
    # before ("a complaint was filed on May 5 and the CNIL was notified").
    tellings = sorted((m.start(), m.end()) for notice in lang.notices for m in each(notice.words))
    starts = [a for a, _ in tellings]
    receipts: list[Trigger] = []
    for notice in lang.notices:
        for m in each(notice.words):
            if notice.received:  # "members received notices on May 3": told, if the subject is a recipient
                subject = clause_before(text, s, m.start())
                if any(k == notice.default and rx.search(subject) for k, rx in lang.recipients):
                    # before the other words, so that it wins a tie ("received notification")
                    receipts.append(Trigger(m.start(), m.end(), (notice.default,), head=True))
                continue
            nxt = bisect.bisect_left(starts, m.end())
            prev = max((b for a, b in tellings[:bisect.bisect_left(starts, m.start())] if b <= m.start()), default=s)
            stop = min([e] + starts[nxt:nxt + 1])
            joins = dated_joins(text, lang, m.end(), stop, dates)
            found.extend(Trigger(ja, jb, jkinds, head=True, join=True) for ja, jb, jkinds in joins)
            kinds, active = notice_recipients(text, lang, m.start(), m.end(), prev, joins[0][0] if joins else stop)
            active = active and not notice.nominal and not grammar.auxiliary.match(m.group())
            if not kinds and notice.default and (
                    notice.default_when is None or notice.default_when.search(text, max(s, m.start() - 100), m.start())):
                kinds = (notice.default,)
            # A verb of telling with no recipient we know still owns its date ("a hacker
            # contacted the clinic on June 28"): bound, but no event.
            found.append(Trigger(m.start(), m.end(), kinds, head=True, blocked=not kinds, nominal=notice.nominal,
                                 told=kinds == ("discovery",), active=active))  # discovery is no recipient: told by an informant
    idle: list[Trigger] = []  # generic words about nothing of ours: they hold a date, where no event word stands
    for edge, words in () if notices_only else (("start", lang.generic_start), ("end", lang.generic_end)):
        for m in each(words):
            topic = topic_of(text, lang, m.start(), m.end(), s, e)
            if topic == "investigation":
                found.append(Trigger(m.start(), m.end(), (_INVESTIGATION_END[edge],)))
            elif topic == "breach":
                found.append(Trigger(m.start(), m.end(), (_BREACH_EDGE[edge],)))
            elif not grammar.catenative.match(text, m.end(), e):  # "a commencé lundi à envoyer des lettres": the sending's
                # "concluded on October 15, 2015, that a clerk ...": its date, no event of ours
                idle.append(Trigger(m.start(), m.end(), (), blocked=True))
    found = receipts + found
    found.sort(key=lambda t: (t.start, -(t.end - t.start)))
    kept: list[Trigger] = []
    for t in found:
        if kept and t.start < kept[-1].end:
            continue
        if kept and "breach" in t.kinds and "breach" not in kept[-1].kinds and not kept[-1].blocked \
                and len(WORD.findall(text[kept[-1].end:t.start])) <= 2 \
                and not lang.regex["complementizer"].search(text, kept[-1].start, t.start):
            continue  # "discovered the intrusion on ...": the breach word is the verb's object ("confirmed that it used": not)
        clause = text[max(s, t.start - 40):t.start]
        cut = max(clause.rfind(","), clause.rfind(";"))
        near = clause[cut + 1:] if cut >= 0 else clause
        comp = list(lang.regex["complementizer"].finditer(near))
        near = near[comp[-1].end():] if comp else near  # "the AP holds that Booking was aware": Booking's act
        if _NEGATED(lang).search(text, max(s, t.start - 20), t.start) and ("breach" in t.kinds or not
                                                                            lang.regex["negated_until"].search(text, t.end, min(e, t.end + 60))):
            # "did not detect it": no event; "did not detect it until Jan. 19": then. Not a breach
            # word: "was not disclosed to customers until 9 August" is no breach on 9 August.
            continue
        outsider = lang.regex["outsider"].search(near) or _by_outsider(text, lang, t.end, e)
        if outsider and outsider.group().split()[-1].lower() not in scan.own and (t.kinds != ("notification_regulator",) or t.active):
            # the regulator's own acts ("the Authority notified the processor"); but it may receive a report
            t = attrs.evolve(t, blocked=True)
        kept.append(t)
    if idle:  # "a commencé à prévenir": the words of telling, not "a commencé"
        kept += [g for g in idle if not any(k.start < g.end and g.start < k.end for k in found)]
        kept.sort(key=lambda t: t.start)
    return kept


def _by_outsider(text: str, lang: Language, pos: int, e: int) -> re.Match[str] | None:
    """An outsider named as the agent of a passive right after an event word ("une enquête a
    été ouverte par le parquet de Paris", "was opened by OCR")."""
    by = lang.regex["agent"].match(text, BLANK.match(text, pos, e).end(), e)
    return lang.regex["outsider"].match(text, BLANK.match(text, by.end(), e).end(), e) if by else None
