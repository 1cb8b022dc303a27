"""The event words of a sentence: found through the text's word index, their kinds read from the
recipients around a verb of telling, and dropped or blocked when negated or another party's act."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

import attrs

from ..lang import Language, Notice
from ..rulefile import Pattern, Phrases, WordIndex, phrase_scan, word_index
from .grammar import CLAUSE_PUNCT, WORD, ends_with, grammar_of, participle, past_blank
from .asides import in_undated_aside
from .attack_act import done_by_attack
from .background import in_background
from .claims import under_claim
from .after_noun import after_noun
from .protected import names_thing
from .press_statement import statement_sent
from .referred import referred_to
from .behalf import on_behalf
from .complaints import drop_complaint
from .holding import holds_data
from .incise import attackers_incise, in_incise, press_incise
from .lacking import Lacking
from .leaks import leak_spans
from .leaving import left_kinds
from .letters import letters_sent
from .people_sent import people_sent
from .postnominal import postnominal
from .recipients import clause_before, dated_joins, notice_recipients, recipient_chain, subject_clause
from .reported import content_start
from .reviewed import reviewed_by_outsider
from .told_before import told_before
from .rows import opens_row
from .stages import disowned, is_filing, judged, judged_object_of, names_breach
from .topics import topic_of
from .trigger_aside import end_before_aside
from .trigger_join import start_after_join


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

    @property
    def notice(self) -> bool:
        """Whether the words tell of a notice to someone: every kind they name is one."""
        return bool(self.kinds) and all(k.startswith("notification_") for k in self.kinds)


_TWO_WORD_CHARS = re.compile(r"\w\w")
_NOUN_AFTER = re.compile(r"[ \t]{1,3}[^\W\d_A-Z][\w'’-]*")  # a lower-case word right after


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
        self._regex: dict[str, Pattern] = {}  # by phrase list key, its pattern for this text (``regex``)
        starts = [s for s, _ in spans]
        self.found: dict[int, dict[int, list[re.Match[str]]]] = {}  # sentence start -> id(list) -> matches
        filing = any(t.filing for t in lang.triggers) and is_filing(index.text, lang, index)
        lists = [t.words for t in lang.triggers if filing or not t.filing] + [n.words for n in lang.notices] + [
            lang.generic_start, lang.generic_end]
        for words, matches in zip(lists, phrase_scan(tuple(lists)).matches(index)):
            for m in matches:
                i = bisect.bisect_right(starts, m.start()) - 1
                if i >= 0:
                    self.found.setdefault(starts[i], {}).setdefault(id(words), []).append(m)

    def regex(self, lang: Language, key: str) -> Pattern:
        """``lang.regex[key]``, or, when the text holds none of the list's key words, a pattern
        that skips the searches of the text that cannot match (``Lacking``); read once per list."""
        rx = self._regex.get(key)
        if rx is None:
            keys = lang.lists[key].keys
            rx = lang.regex[key]
            if keys is not None and keys.isdisjoint(self.index.words):
                rx = Lacking(rx, self.index.text)
            self._regex[key] = rx
        return rx

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
            return words.gate.search(text, a, b) is not None
        starts = self.heads.get(id(words))
        if starts is None:
            starts = self.heads[id(words)] = words.starts(self.index)
        match = words.match_at
        return any(match(text, p, b) for p in starts[bisect.bisect_left(starts, a):bisect.bisect_left(starts, b)])


def find_triggers(text: str, lang: Language, s: int, e: int, notices_only: bool = False,
                  scan: Scan | None = None, dates: Sequence[tuple[int, int]] = ()) -> list[Trigger]:
    """The event words of the sentence ``text[s:e]`` (``scan``: of the whole text, else found
    here; ``dates``: the spans of its dates, where a notice's list of recipients may split);
    with ``notices_only``, its words of telling only."""
    scan = scan or Scan(lang, word_index(text), [(s, e)])
    hits = scan.within(s, e)
    if not hits:
        return []
    receipts, notices = _notices(text, lang, s, e, hits, dates)
    words = [] if notices_only else _event_words(text, lang, s, e, hits)
    words = [attrs.evolve(g, end=end_before_aside(text, g.start, g.end, dates)) for g in words]  # "a exploité, le 2 mars, une faille"
    # "access to it, and the server was removed": the second clause's words
    words = [attrs.evolve(g, start=start_after_join(text, lang, g.start, g.end)) for g in words]
    generic, idle = ([], []) if notices_only else _generic(text, lang, s, e, hits)
    # a gang's claim or leak: no event, with the breach words it spans ("les données volées ont été diffusées")
    leaks = [] if notices_only else [Trigger(a, b, (), blocked=True) for a, b in leak_spans(scan.regex(lang, "leak"), text, s, e)]
    # receipts first, so that one wins a tie ("received notification")
    found = sorted(receipts + words + notices + generic + leaks, key=lambda t: (t.start, -(t.end - t.start)))
    kept = _kept(text, lang, s, e, found, scan.own)
    # "Unlike the attack on Harbor Health, which was found on March 3, ...": that breach's words date nothing of ours
    kept = [attrs.evolve(g, kinds=(), blocked=True) if g.kinds and in_background(text, lang, s, g.start) else g for g in kept]
    # "settled claims over a 2023 phishing attack": the claim's breach, not dated by the settling
    kept = [attrs.evolve(g, kinds=(), blocked=True) if "breach" in g.kinds and under_claim(text, lang, s, g.start) else g
            for g in kept]
    # "the nurse involved in the breach, and rolled out encryption on May 2": the breach referred to
    kept = [attrs.evolve(g, kinds=(), blocked=True) if "breach" in g.kinds and referred_to(text, lang, s, g.start, g.end, dates) else g
            for g in kept]
    # "In an e-mailed statement on May 11, a spokeswoman said": the press told, no data sent
    kept = [attrs.evolve(g, kinds=(), blocked=True) if "breach" in g.kinds and statement_sent(text, lang, s, e, g.start, g.end) else g
            for g in kept]
    if idle:  # "a commencé à prévenir": the words of telling, not "a commencé"
        kept += [g for g in idle if not any(k.start < g.end and g.start < k.end for k in found)]
        kept.sort(key=lambda t: t.start)
    return kept


_Hits = dict[int, list[re.Match[str]]]  # by ``id`` of word list, its matches in the sentence


def _event_words(text: str, lang: Language, s: int, e: int, hits: _Hits) -> list[Trigger]:
    """The words of the language's event lists (``[triggers]``) in the sentence."""
    auxiliary = grammar_of(lang).auxiliary
    found: list[Trigger] = []
    for trig in lang.triggers:
        for m in hits.get(id(trig.words), ()):
            kinds: tuple[str, ...] = (trig.kind,)
            if trig.kind == "discovery" and auxiliary.match(m.group(0)):
                # "HHS was notified of the breach": told, in the passive, to someone who receives
                # notices (a covered entity told by its vendor is learning of it: a discovery).
                told = recipient_chain(lang, subject_clause(text, lang, s, m.start(), 64), last=True)
                kinds = tuple(k for k in told if k != "notification_covered_entity") or kinds
                if kinds != (trig.kind,) and _by_informant(text, lang, m.end()):
                    continue  # "la CNIL a été informée par la presse": no notice of ours
            if trig.kind == "discovery" and (people := _calling_people(lang, m.group(0))):
                kinds = people  # "called each patient on May 3 to say ...": their notice, not ours to learn
            if trig.kind == "breach" and (left := left_kinds(text, lang, m.start(), m.end(), e)) is not None:
                found.append(Trigger(m.start(), m.end(), left, blocked=not left))  # "the intruder left on May 2"
                continue
            if trig.kind == "breach" and (letters := letters_sent(text, lang, s, e, m.start(), m.end())):
                found.append(Trigger(m.start(), m.end(), letters, head=True))  # "Letters describing ... were mailed"
                continue
            if trig.kind == "breach" and people_sent(text, lang, s, e, m.start(), m.end()):
                found.append(Trigger(m.start(), m.end(), ("notification_individuals",), head=True))  # "emailed customers"
                continue
            found.append(Trigger(m.start(), m.end(), kinds, trig.span, head=trig.kind in ("discovery", "determination"),
                                 needs_topic=trig.needs_topic, told=trig.told and kinds == ("discovery",)))
    return found


def _calling_people(lang: Language, words: str) -> tuple[str, ...]:
    """The people affected as the ones a call or a message went to, in words of being told that
    end on its purpose ("called each patient on May 3 to say ...", "rang the carers to report ...",
    ``[phrases] told_purpose``): their notice; none for the organisation called by someone."""
    if not lang.phrases["told_purpose"] or not lang.regex["told_purpose"].search(words):
        return ()
    verb = WORD.search(words)
    told = recipient_chain(lang, words[verb.end():]) if verb else []
    return ("notification_individuals",) if told[:1] == ["notification_individuals"] else ()


def _notices(text: str, lang: Language, s: int, e: int, hits: _Hits,
             dates: Sequence[tuple[int, int]]) -> tuple[list[Trigger], list[Trigger]]:
    """The words of telling in the sentence: receipts ("members received notices on May 3":
    told, if the subject is a recipient), and the other words, each with the further notices
    its list of recipients dates (``dated_joins``). A notice's recipients stand before the next
    verb of telling ("filed a complaint on May 5 and notified the CNIL": the CNIL is the second
    verb's) and, in the passive, after the one before ("a complaint was filed on May 5 and the
    CNIL was notified")."""
    tellings = sorted((m.start(), m.end()) for notice in lang.notices for m in hits.get(id(notice.words), ()))
    starts = [a for a, _ in tellings]
    receipts: list[Trigger] = []
    found: list[Trigger] = []
    for notice in lang.notices:
        for m in hits.get(id(notice.words), ()):
            if notice.received:
                kind = _receiver(clause_before(text, s, m.start(), _RECEIVER_REACH), lang, notice.default)
                if kind and (kind == notice.default or _outside_receipt(text, lang, m.start(), m.end(), e)):
                    receipts.append(Trigger(m.start(), m.end(), (kind,), head=True))
                continue
            if notice.sender:  # "OCR received a report from the clinic": told, if its subject is a recipient
                subject = clause_before(text, s, m.start())
                if notice.default and any(k == notice.default and rx.search(subject) for k, rx in lang.recipients) \
                        and not _of_something_else(text, lang, m.start(), m.end(), e):
                    found.append(Trigger(m.start(), m.end(), (notice.default,), head=True))
                continue
            nxt = bisect.bisect_left(starts, m.end())
            prev = max((b for a, b in tellings[:bisect.bisect_left(starts, m.start())] if b <= m.start()), default=s)
            stop = min([e] + starts[nxt:nxt + 1])
            if notice.nominal and (reviewed_by_outsider(text, lang, s, m.start())  # "OCR reviewed the CE's notifications"
                                   or told_before(text, lang, s, m.start(), m.end())):  # "À la suite de cette notification, ..."
                found.append(Trigger(m.start(), m.end(), (), head=True, blocked=True, nominal=notice.nominal))
                continue
            if _misdelivered(text, lang, s, e, m):
                found.append(Trigger(m.start(), m.end(), ("breach",)))
                continue
            joins = dated_joins(text, lang, m.end(), stop, dates)
            found.extend(Trigger(ja, jb, jkinds, head=True, join=True) for ja, jb, jkinds in joins)
            found.append(_telling(text, lang, notice, m, (s, prev, joins[0][0] if joins else stop)))
    return receipts, found


_WHEN_REACH = 100  # characters before a notice word with no recipient where its default's words may stand
_APPOSED_REACH = 180  # ... past an apposition that closes with a comma right before the word


def _when_reach(text: str, s: int, at: int) -> int:
    """How far before a notice word at ``at`` the words that make it a default notice may stand:
    further past the organisation's long name in an apposition closed right before the verb ("the
    covered entity (CE), Lakeview County Health Insurance Administration, also known as LCHIA,
    reported that ..."), not before a noun ("consultation reports") or an adverb."""
    return _APPOSED_REACH if text[s:at].rstrip().endswith(",") else _WHEN_REACH


# characters before a receipt where its subject may start ("Families in the Arkansas Valley School
# District began receiving ...")
_RECEIVER_REACH = 80
_OUTSIDE_RECEIVERS = ("notification_regulator", "notification_law_enforcement", "notification_media")
_SENDER_REACH = 60  # characters after a receipt of a notice where its sender may be named


def _receiver(subject: str, lang: Language, default: str | None) -> str | None:
    """Who a receipt of a notice tells: its default recipient if that is the subject ("Affected
    members received notification letters"), else an outside body that is ("The D.C. Attorney
    General received written notice"); not the organisation itself, whose receipt of a notice
    is how it learned ("the clinic received notification from its vendor"); see also
    ``_outside_receipt``."""
    for kind in (default, *_OUTSIDE_RECEIVERS) if default else ():
        if any(k == kind and rx.search(subject) for k, rx in lang.recipients):
            return kind
    return None


def _outside_receipt(text: str, lang: Language, a: int, b: int, e: int) -> bool:
    """Whether an outside body's receipt of a notice (``text[a:b]``) is the organisation's notice
    to it: its sender is not named in its clause (a member of the public or an owner closing a
    practice writes to regulators too), and what it says is the breach, if anything."""
    end = min([e, b + _SENDER_REACH] + [m.start() for m in (CLAUSE_PUNCT.search(text, b, e),) if m])
    return lang.regex["receipt_sender"].search(text, b, end) is None \
        and not _of_something_else(text, lang, a, b, e)


def _misdelivered(text: str, lang: Language, s: int, e: int, m: re.Match[str]) -> bool:
    """Whether a mailing is the breach, not a notice of it: letters or statements the sentence says
    went to the wrong people or showed what they should not ("sent letters to the wrong
    addresses", "notices were mailed in window envelopes", "an incorrect mail merge"), or that
    were sent by mistake, the words of mistake before the mailing ("erroneously prepared and
    mailed a letter to 614 members"), among its words ("a envoyé par erreur un courriel",
    "letters were mistakenly mailed to"), right after it, in its own clause ("a adressé à ses clients
    une lettre comportant par erreur l'adresse d'un autre"), or opening the next sentence ("Par erreur,
    le message comportait"). Not a notification about
    such a mailing ("mailed notification letters to those affected"), nor one whose words of going
    astray are what it says ("mailed letters on May 2, saying that statements went to the wrong
    addresses", ``reported``)."""
    return lang.regex["mailing"].search(m.group()) is not None \
        and (lang.regex["misdelivered"].search(text, s, content_start(lang, text, m.end(), e)) is not None
             or lang.regex["by_mistake"].search(text, max(s, m.start() - 40), m.end()) is not None
             or _mistake_after(text, lang, m.end(), e) or _mistake_next(text, lang, e)) \
        and lang.regex["breach_notice"].search(m.group()) is None


_MISTAKE_REACH = 60  # characters after a mailing in which its own words of mistake stand


def _mistake_after(text: str, lang: Language, b: int, e: int) -> bool:
    """Whether words of mistake follow a mailing (``text[b:]``) in its own clause: before any
    clause mark or word that opens a clause of its own ("explaining that files were faxed by
    mistake" tells of another act)."""
    end = min(e, b + _MISTAKE_REACH)
    stop = lang.regex["complementizer"].search(text, b, end)
    mark = CLAUSE_PUNCT.search(text, b, end)
    end = min([end] + [x.start() for x in (stop, mark) if x])
    return lang.regex["by_mistake"].search(text, b, end) is not None


_NEXT_OPENING = re.compile(r"\s*")


def _mistake_next(text: str, lang: Language, e: int) -> bool:
    """Whether the next sentence opens on words of mistake and a comma ("... a envoyé un courriel à
    212 patients. Par erreur, le message comportait le planning", "... emailed a reminder to 212
    patients. By mistake, the message included ..."): the mistake is that mailing's."""
    at = _NEXT_OPENING.match(text, e).end()  # type: ignore[union-attr]
    m = lang.regex["by_mistake"].match(text, at)
    return m is not None and text[m.end():m.end() + 1] == ","


def _of_something_else(text: str, lang: Language, a: int, b: int, e: int) -> bool:
    """Whether a report received (``text[a:b]``) says "that" something, and names no breach ("OCR
    received a report from the owner that the practice had closed"): no notice of the breach."""
    end = min(e, b + 200)
    return lang.regex["complementizer"].search(text, b, end) is not None and not names_breach(text, lang, a, end)


def _telling(text: str, lang: Language, notice: Notice, m: re.Match[str], where: tuple[int, int, int]) -> Trigger:
    """A word of telling in the sentence from ``s``, its kinds read from its recipients between
    ``prev`` and ``stop`` (``where``: those three). One with
    no recipient we know still owns its date ("a hacker contacted the clinic on June 28"):
    bound, but no event. "discovery" is no recipient: an informant told the organisation."""
    s, prev, stop = where
    kinds, active = notice_recipients(text, lang, m.start(), m.end(), prev, stop)
    named = drop_complaint(text, lang, m.start(), m.end(), stop, kinds)
    if named != kinds:  # "a client a saisi la CNIL d'une plainte": no notice of ours, nor a default one
        return Trigger(m.start(), m.end(), named, head=True, blocked=not named, nominal=notice.nominal)
    active = active and not notice.nominal and not grammar_of(lang).auxiliary.match(m.group())
    informed = any(k.startswith("notification_") for k in kinds) and _by_informant(text, lang, m.end())
    if informed:  # "HHS was alerted by a journalist": no notice of ours; "learned of it when notified by the
        # FBI": the organisation, no recipient, told (a passive with no subject of its own: the clause's)
        kinds = () if recipient_chain(lang, subject_clause(text, lang, s, m.start()), last=True) \
            or not _reduced_passive(text, lang, s, m.start()) else ("discovery",)
    if not kinds and _told_of_breach(text, lang, s, m.start(), m.end()):
        kinds = ("discovery",)  # "la CNIL l'a averti de la fuite": the organisation learns of it
    if not kinds and not informed and notice.default and (
            notice.default_when is None
            or notice.default_when.search(text, max(s, m.start() - _when_reach(text, s, m.start())), m.start())):
        kinds = (notice.default,)
    return Trigger(m.start(), m.end(), kinds, head=True, blocked=not kinds, nominal=notice.nominal,
                   told=kinds == ("discovery",), active=active)


def _generic(text: str, lang: Language, s: int, e: int, hits: _Hits) -> tuple[list[Trigger], list[Trigger]]:
    """Generic words of starting and ending ("began", "end of"): those about the breach or the
    investigation, and those about nothing of ours (``idle``), which hold a date where no event
    word stands ("concluded on October 15, 2015, that a clerk ...": its date, no event of ours).
    Not before the verb it governs ("a commencé lundi à envoyer des lettres": the sending's); none in
    a clause of circumstance with no date of its own (asides.py), whose word takes no date outside it."""
    found: list[Trigger] = []
    idle: list[Trigger] = []
    catenative = grammar_of(lang).catenative
    for edge, words in (("start", lang.generic_start), ("end", lang.generic_end)):
        for m in hits.get(id(words), ()):
            if in_undated_aside(text, lang, s, e, m.start()):  # "..., une fois terminé un audit, ...": no date of its own
                continue
            topic = topic_of(text, lang, m.start(), m.end(), s, e)
            if topic == "investigation":
                found.append(Trigger(m.start(), m.end(), (_INVESTIGATION_END[edge],)))
            elif topic == "breach":
                found.append(Trigger(m.start(), m.end(), (_BREACH_EDGE[edge],)))
            elif not catenative.match(text, m.end(), e) and not _first_bound(text, lang, s, e, m.start()):
                idle.append(Trigger(m.start(), m.end(), (), blocked=True))
    return found, idle


def _first_bound(text: str, lang: Language, s: int, e: int, at: int) -> bool:
    """Whether a generic word at ``at`` opens the first bound of a range ("remained accessible
    between the end of the import in November 2015 and the discovery on February 14, 2020"): its
    date bounds what the range tells of, and is no date of the word's own."""
    a = max(s, at - 40)
    article = [m for m in lang.regex["article"].finditer(text, a, at) if not text[m.end():at].strip()]
    return ends_with(lang.regex["range_open"], text, a, article[-1].start() if article else at) \
        and lang.regex["range_join"].search(text, at, e) is not None


def _kept(text: str, lang: Language, s: int, e: int, found: list[Trigger], own: frozenset[str]) -> list[Trigger]:
    """The words ``found`` (by start, longest first) less those inside a longer one, a breach
    word that is a verb's object, and negated words; another party's acts blocked."""
    kept: list[Trigger] = []
    for t in found:
        if kept and (t.start < kept[-1].end or _object_of(text, lang, kept[-1], t) or _noun_object(text, lang, kept[-1], t)):
            continue
        if _negated(text, lang, s, e, t) or judged(text, lang, s, e, t) or _attributive(text, lang, s, e, t) \
                or "breach" in t.kinds and (names_thing(text, lang, s, e, t.start, t.end) or _of_notice(text, lang, s, t)
                                            or after_noun(text, lang, s, e, t.start, t.end)) \
                or _compound(text, t) or _modifies(text, lang, t, e) or t.kinds == ("containment",) and (
                    holds_data(text, lang, s, e, t.start, t.end) or done_by_attack(text, lang, s, t.start)):
            continue
        if press_incise(text, lang, s, t.start):
            continue  # "…, a appris notre journal": the paper's learning, no act; the date is the clause's
        if t.kinds and attackers_incise(text, lang, s, t.start):
            t = attrs.evolve(t, kinds=(), blocked=True)  # "…, a confirmé le groupe de pirates le 3 mai"
        elif t.kinds == ("determination",) and in_incise(text, lang, s, t.start):
            t = attrs.evolve(t, kinds=("public_disclosure",), head=False)  # "…, a confirmé l'organisme mercredi"
        if not t.told and _outsiders(text, lang, s, e, t, own) and not _for_us(text, lang, e, t) \
                or disowned(text, lang, s, e, t):
            t = attrs.evolve(t, blocked=True)
        kept.append(t)
    return kept


def _of_notice(text: str, lang: Language, s: int, t: Trigger) -> bool:
    """Whether a breach word tells of a notice, its subject ("This notice will remain posted through
    June 30", ``[phrases] notice_subject``): the notice's own posting or sending, no breach."""
    return ends_with(lang.regex["notice_subject"], text, max(s, t.start - 60), t.start)


def _for_us(text: str, lang: Language, e: int, t: Trigger) -> bool:
    """Whether a notice is given on the organisation's behalf ("... and its vendor notified the
    patients on behalf of the clinic"): its own notice, whoever the words before name."""
    return t.notice and on_behalf(text, lang, t.start, e)


def _object_of(text: str, lang: Language, verb: Trigger, t: Trigger) -> bool:
    """Whether breach word ``t`` is the object of the word before it ("discovered the intrusion
    on ..."), not the subject of a clause of its own ("confirmed that it used", "found the hackers
    broke in": not). Nor a word
    of happening in general after the breach the verb names: it tells of that noun ("reported a
    breach occurring from May 3 through June 9")."""
    return "breach" in t.kinds and "breach" not in verb.kinds and not verb.blocked \
        and not (t.needs_topic and _names_breach(lang, text, verb.end, t.start)) \
        and not done_by_attack(text, lang, verb.end, t.start) \
        and (len(WORD.findall(text[verb.end:t.start])) <= 2 or judged_object_of(text, lang, verb, t)) \
        and not lang.regex["complementizer"].search(text, verb.start, t.start)


def _names_breach(lang: Language, text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` holds a noun of the breach (``[topics] breach``)."""
    return any(topic == "breach" and words.gate.search(text, a, b) for topic, words in lang.topics)


def _noun_object(text: str, lang: Language, verb: Trigger, t: Trigger) -> bool:
    """Whether a word of telling to no one, or one an informant's subject made a discovery, is the
    noun a breach word acts on ("by placing consultation reports in the recycling bin", "an
    employee sent payroll reports to her personal email"): not a telling that would hold the date."""
    return (not t.kinds or t.told) and "breach" in verb.kinds and len(WORD.findall(text[verb.end:t.start])) <= 2 \
        and not lang.regex["complementizer"].search(text, verb.start, t.start)


def _attributive(text: str, lang: Language, s: int, e: int, t: Trigger) -> bool:
    """Whether breach word ``t`` is a participle used as an adjective, between a determiner and
    its noun, or opening a terse row ("2025-08-06 — Compromised accounts disabled"): it names a
    thing, not the act ("shut off the compromised server that night", "the stolen laptop was
    found on May 3": no breach on those days)."""
    return "breach" in t.kinds and (participle(lang, text[t.start:t.end]) and (
        ends_with(grammar_of(lang).modifier, text, max(s, t.start - 12), t.start) or opens_row(text, t.start))
        and _NOUN_AFTER.match(text, t.end, e) is not None or postnominal(text, lang, s, t.start, t.end))


def _modifies(text: str, lang: Language, t: Trigger, e: int) -> bool:
    """Whether a breach noun modifies the noun right after it ("reviewed the access logs", "replies
    to subject access requests", "an intrusion detection system"): a kind of thing, not the act."""
    return "breach" in t.kinds and lang.regex["noun_modified"].match(text, t.start, e) is not None


def _compound(text: str, t: Trigger) -> bool:
    """Whether the word is the last part of a hyphenated compound ("the remote-access server",
    "a well-known breach"): a part of a noun or an adjective, not an event word."""
    return t.start >= 2 and text[t.start - 1] == "-" and text[t.start - 2].isalpha()


def _negated(text: str, lang: Language, s: int, e: int, t: Trigger) -> bool:
    """Whether a negation stands right before the word: "did not detect it", no event; but "did
    not detect it until Jan. 19", then. Not so a breach word: "was not disclosed to customers
    until 9 August" is no breach on 9 August."""
    if grammar_of(lang).negated.search(text, max(s, t.start - 30), t.start) is None:
        return False
    # the "until" may stand past a list of what was put off ("did not send individual notification,
    # media notification or post notice on its website until March 21"), in the same clause
    reach = min(e, t.end + _UNTIL_REACH)
    semi = text.find(";", t.end, reach)
    return "breach" in t.kinds or not lang.regex["negated_until"].search(text, t.end, semi if semi >= 0 else reach)


_UNTIL_REACH = 150  # characters from a negated word to its "until", at most


def _outsiders(text: str, lang: Language, s: int, e: int, t: Trigger, own: frozenset[str]) -> bool:
    """Whether the word is another party's act: an outsider its subject, in its clause after any
    "that" ("the AP holds that Booking was aware": Booking's act), or the agent of its passive;
    not a body the text names as its own organisation (``own``). The regulator's own acts ("the
    Authority notified the processor"); but it may receive a report."""
    clause = text[max(s, t.start - 40):t.start]
    cut = max(clause.rfind(","), clause.rfind(";"))
    near = clause[cut + 1:] if cut >= 0 else clause
    comp = list(lang.regex["complementizer"].finditer(near))
    near = near[comp[-1].end():] if comp else near
    # a notice after another's recipient ("filed a report with HHS and met the notice rules"), or a breach
    # word in the same verb's object ("a signalé à la CNIL un incident survenu le 3 mai"): the body a
    # preposition governs is no subject
    notice = t.notice
    governed = grammar_of(lang).governed if notice or t.kinds == ("breach",) else None
    conjunction = lang.regex["conjunction"]
    told = grammar_of(lang).told_object  # "notified HHS and mailed letters": HHS is told, not the one mailing
    subject = next((m for m in lang.regex["outsider"].finditer(near)
                    if (governed is None or not ends_with(governed, near, 0, m.start())
                        or not notice and conjunction.search(near, m.end()) is not None)
                    and not (notice and ends_with(told, near, 0, m.start()))), None)
    if subject is not None and "breach" in t.kinds and done_by_attack(text, lang, subject.end(), t.start):
        subject = None  # "investigators determined the intruders got in": the attackers' act, told by them
    outsider = subject or _by_outsider(text, lang, t.end, e)
    if outsider is None or outsider.group().split()[-1].lower() in own or t.active:
        return outsider is not None and outsider.group().split()[-1].lower() not in own
    if subject is None:  # the agent of a passive: "were told by the FBI" (but "a report was filed by HHS"?)
        return t.kinds != ("notification_regulator",)
    # the subject of a passive notice is told, not telling: "The police and HHS were notified"
    return not t.notice


_TOLD_REACH = 100  # characters after a word of telling where what it tells of may stand


def _told_of_breach(text: str, lang: Language, s: int, ts: int, te: int) -> bool:
    """Whether a regulator tells someone of the breach: an outsider the subject before the word
    of telling (no "that" between, no preposition before it: "à la CNIL" is told), and the words
    after it, in their clause, tell of the breach through a genitive or "that" ("la délégation a
    écrit au cabinet, après l'avoir averti de la fuite de ses fichiers"). The one told is the
    organisation: its discovery."""
    governed = grammar_of(lang).governed
    # the outsider its subject, not one told ("a adressé à la CNIL une notification de violation")
    outsider = max((m for m in lang.regex["outsider"].finditer(text, s, ts) if not ends_with(governed, text, s, m.start())),
                   key=re.Match.end, default=None)
    if outsider is None or lang.regex["complementizer"].search(text, outsider.end(), ts):
        return False
    after = text[te:te + _TOLD_REACH]
    after = after[:min((after.find(c) for c in ",;." if c in after), default=len(after))]
    link = next(iter(lang.regex["genitive"].finditer(after)), None) or lang.regex["complementizer"].search(after)
    if link is None or len(WORD.findall(after[:link.start()])) > 3:
        return False
    told = after[link.end():]
    return any(t.kind == "breach" and t.words.gate.search(told) for t in lang.triggers) or any(
        topic == "breach" and words.gate.search(told) for topic, words in lang.topics)


def _reduced_passive(text: str, lang: Language, s: int, pos: int) -> bool:
    """Whether a word of telling stands right after a subordinator with no subject of its own ("when
    notified by the FBI", "after being contacted by"): its subject is the clause's before it."""
    return ends_with(lang.regex["reduced_passive"], text, max(s, pos - 20), pos)


def _by_informant(text: str, lang: Language, pos: int) -> bool:
    """Whether a passive of telling names an informant or the press as its agent right after it
    ("the regulator was alerted by a journalist", "la CNIL a été informée par la presse")."""
    by = lang.regex["agent"].match(text, past_blank(text, pos, len(text)))
    if by is None:
        return False
    at = past_blank(text, by.end(), len(text))
    article = lang.regex["article"].match(text, at)
    ats = (at, past_blank(text, article.end(), len(text))) if article else (at,)
    return any(lang.regex["informant"].match(text, a) is not None or any(
        k == "notification_media" and rx.match(text, a) for k, rx in lang.recipients) for a in ats)


def _by_outsider(text: str, lang: Language, pos: int, e: int) -> re.Match[str] | None:
    """An outsider named as the agent of a passive right after an event word ("une enquête a
    été ouverte par le parquet de Paris", "was opened by OCR")."""
    by = lang.regex["agent"].match(text, past_blank(text, pos, e), e)
    return lang.regex["outsider"].match(text, past_blank(text, by.end(), e), e) if by else None
