"""Bind time expressions to the words that name events, clause by clause.

A date belongs to the event word of its own clause, not to the nearest word of the
sentence: a date inside "which merged ... on July 3, 2012," stays in that relative
clause; a date after "discovered that" belongs to what was discovered (the breach),
not to the discovery; a date that opens a sentence ("On May 3, 2024, ...") belongs to
its main verb. Candidates are ranked by a cost (words between, commas crossed) and
bound greedily, cheapest first, one date per event word.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Iterator, Sequence

import attrs

from .lang import Language
from .model import Anchor, Mention, TimeExpr, Undated
from .rulefile import Phrases, WordIndex, alternation, word_index
from .sentences import sentences

MAX_WORDS = 15
MAX_SENTENCE = 2000  # characters bound as one sentence; see _capped
_DATELINE_REACH = 300  # characters from the start of a line to a dateline's date
_OPENING = 25  # characters at the start of a sentence whose "another", "a separate" speak of all of it
_LETTER_REACH = 2000  # characters from the start of a text to the words that address a letter's reader
POINT_RANGE_DAYS = 31
_WORD = re.compile(r"[\w'’-]+")
_RUN = re.compile(r"[\w'’-]+")  # a stretch between separators ("mid-2023", "l'été", "__")
_LETTER = re.compile(r"[^\W_]")
_COMMA_AFTER = re.compile(r"\s*(?:\([^()]{0,80}\)\s*)?[,:]")  # "On May 3, 2024, it ...", "- 28/05/2024 : serveur isolé"
_AFTER_WORDS = re.compile(r"(?:[^\w.;]*[\w'’-]+){0,8}")
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


@attrs.frozen
class Binding:
    """The binder's result: every event mention, and the event words with no date."""

    mentions: tuple[Mention, ...]
    undated: tuple[Undated, ...] = ()
    letter: Undated | None = None  # the text is itself a notice to its reader, of its own date


def bind(text: str, lang: Language, timexes: tuple[TimeExpr, ...], index: WordIndex | None = None) -> Binding:
    """Mentions of events in ``text``, each with its time expression; ``index`` is the
    text's ``WordIndex`` when the caller has built it already."""
    spans = _capped(text, _answered(text, lang, sentences(text)), timexes)
    starts = [s for s, _ in spans]
    by_sentence: dict[int, list[TimeExpr]] = {}
    for t in timexes:
        i = bisect.bisect_right(starts, t.start) - 1
        if i >= 0:
            by_sentence.setdefault(i, []).append(t)
    mentions: list[Mention] = []
    undated: list[Undated] = []
    pub = _publication(text, lang, timexes)
    if pub is not None:
        mentions.append(pub)
    index = index or word_index(text)
    scan = _Scan(lang, index, spans)
    # A correction note ("An earlier version of this article said ... on February 12") withdraws
    # what it quotes: its sentence dates no event.
    withdrawn = {bisect.bisect_right(starts, m.start()) - 1 for m in lang.lists["retracted"].finditer(index)}
    letter = _letter(text, lang, index, spans, starts)
    for i, sent in enumerate(spans):
        if i in withdrawn:
            continue
        ts = [t for t in by_sentence.get(i, ()) if pub is None or t is not pub.timex]
        got, bare = _bind_sentence(text, lang, sent, ts, scan)
        mentions.extend(got)
        undated.extend(bare)
    # In text order; within one expression the end of a range last, so "two days later" after
    # "from June 3 to June 19" counts from June 19.
    order = {"start": 0, "span": 1, "point": 1, "duration": 1, "end": 2}
    mentions.sort(key=lambda m: (m.timex.start, order[m.role], m.kind))
    return Binding(tuple(mentions), tuple(undated), letter)


_NUMBERED = re.compile(r"[ \t]*(?:[-*•·]|\d{1,3}[.)]|[a-z][.)])?[ \t]*")  # a list item's mark before a question


def _answered(text: str, lang: Language, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentences, a question of when joined to the sentence that answers it ("When did you become
    aware of it? On 4 March 2024 at 09:45."): a form's or an FAQ's event word and its date."""
    if "?" not in text:
        return spans
    out: list[tuple[int, int]] = []
    question = lang.regex["question"]
    i = 0
    while i < len(spans):
        s, e = spans[i]
        if i + 1 < len(spans) and text[e - 1] == "?" and "\n\n" not in text[e:spans[i + 1][0]] \
                and question.match(text, _NUMBERED.match(text, s, e).end(), e):  # type: ignore[union-attr]
            out.append((s, spans[i + 1][1]))
            i += 2
            continue
        out.append((s, e))
        i += 1
    return out


# Words with which a letter addresses its reader, and the notice the letter then is: a regulator
# first, as a letter to an attorney general may be headed "Re: Notice of Data Security Incident".
_ADDRESSED = (("addressed_regulator", "notification_regulator"), ("addressed", "notification_individuals"))


def _letter(text: str, lang: Language, index: WordIndex, spans: list[tuple[int, int]],
            starts: list[int]) -> Undated | None:
    """The notice a text is when it is a letter that addresses its reader as one it tells:
    a notice to individuals ("Dear Member", "We are writing to inform you") or to a regulator
    ("Dear Attorney General", "write to notify your office"), of the text's own date. Only in its
    first lines, and not after a quotation mark in the sentence ("the letter said: 'We are
    writing ...'"): an article quoting a letter, a sample letter in an appendix are no such text.
    ``starts`` are the sentences' starts."""
    for key, kind in _ADDRESSED:
        for m in lang.lists[key].finditer(index, before=_LETTER_REACH):
            sent = spans[max(0, bisect.bisect_right(starts, m.start()) - 1)]
            if not _QUOTE.search(text, sent[0], m.start()):
                return Undated(kind, (m.start(), m.end()), sent)
    return None


def _capped(text: str, spans: list[tuple[int, int]], timexes: tuple[TimeExpr, ...]) -> list[tuple[int, int]]:
    """Sentences longer than ``MAX_SENTENCE`` cut into pieces at white space outside dates.

    Binding a sentence costs more than linear time in its length (each date against each
    event word, each clause against each other); real sentences stay far below the cap (the
    longest of 25,000 real ones is about 1,500 characters), while a megabyte without a full
    stop would take hours. A piece is bound like a sentence of its own."""
    if all(e - s <= MAX_SENTENCE for s, e in spans):
        return spans
    tstarts = [t.start for t in timexes]
    out: list[tuple[int, int]] = []
    for s, e in spans:
        while e - s > MAX_SENTENCE:
            limit = s + MAX_SENTENCE
            cut = max(text.rfind(" ", s + MAX_SENTENCE // 2, limit), text.rfind("\n", s + MAX_SENTENCE // 2, limit))
            cut = limit if cut < 0 else cut
            i = bisect.bisect_left(tstarts, cut) - 1  # the date that starts last before the cut
            if i >= 0 and timexes[i].end > cut:  # would be cut in two: cut before it, or after it
                cut = timexes[i].start if timexes[i].start > s else min(e, timexes[i].end)
            out.append((s, cut))
            s = cut
            while s < e and text[s].isspace():
                s += 1
        if e > s:
            out.append((s, e))
    return out


def _publication(text: str, lang: Language, timexes: tuple[TimeExpr, ...]) -> Mention | None:
    """The text's own date: a dateline, "Published ...", or a letter's date on a line of its own."""
    dateline = lang.regex["dateline"]
    # Lines are counted on from the previous date, not from the start of the text, the end of
    # a line is looked for once, and only the first words after the date are counted: on a
    # megabyte of dates on one line, recounting for each date made this quadratic.
    line_no, pos, ls, le = 0, 0, 0, -1
    for t in timexes:
        if t.kind != "date" or t.granularity != "day":
            continue
        if t.start < pos:  # not in text order: count from the start again
            line_no, pos, ls, le = 0, 0, 0, -1
        line_no += text.count("\n", pos, t.start)
        if line_no > 10:
            break
        ls = text.rfind("\n", pos, t.start) + 1 or ls
        pos = t.start
        if t.start - ls > _DATELINE_REACH:
            continue  # a dateline's date comes within a few words of the start of its line
        if le < t.end:
            le = text.find("\n", t.end)
            le = len(text) if le < 0 else le
        before = text[ls:t.start]
        after = sum(1 for _ in itertools.islice(_WORD.finditer(text, t.end, le), 4))
        words = len(_WORD.findall(before)) + after
        # A byline's fields may share the line: "By Staff | Updated May 14, 2024", or the date
        # may be a field of its own: "By a staff reporter | October 2, 2024".
        cut = max(map(before.rfind, _FIELD_SEPARATORS))
        field = before[cut + 1:]
        opens = dateline.match(field.strip())
        alone = cut >= 0 and not _WORD.search(field) and not after
        # ("Published 6:02 PM EST, Tue February 11, 2025": a time of day and a weekday before the date)
        if opens and len(_WORD.findall(field)) <= (8 if not after and _CLOCK.search(field) else 4) \
                or (words <= 3 or alone) and not t.year_inferred and line_no <= 3 and not _ROW_ON.match(text, t.end) \
                or line_no <= _HEADING_LINES and _wire_dateline(text, lang, before, t.end):
            return Mention("publication", t, "point", (t.start, t.end), (ls, le))
    return _closing_date(text, lang, timexes)


_ROW_ON = re.compile(r"[ \t]*\|[ \t]*\w")  # "2024-09-04 | Server isolated": a table row's first cell, no dateline
_CLOSING_LINES = 10  # lines from the end of a text in which a signature block's date may stand
_FAR_APART = re.compile(r"[ \t]{2,}|\t")  # a gap between the columns of a signature block


def _closing_date(text: str, lang: Language, timexes: tuple[TimeExpr, ...]) -> Mention | None:
    """A date alone on its line, or after a dateline's words, in a signature block at the end of
    the text: "SIGNATURES ... Date: March 18, 2024", "Sincerely, ... March 4, 2024", "Fait à
    Lyon, le 3 mai 2024"."""
    top = len(text)
    for _ in range(_CLOSING_LINES + 1):
        top = text.rfind("\n", 0, top)
        if top < 0:
            break  # a short text: all of it
    if not lang.regex["signature"].search(text, top):
        return None
    for t in reversed(timexes):
        if t.start < top:
            return None
        if t.kind != "date" or t.granularity != "day" or t.year_inferred:
            continue
        ls = text.rfind("\n", 0, t.start) + 1
        le = text.find("\n", t.end)
        le = len(text) if le < 0 else le
        field = text[ls:t.start].strip()
        rest = _FAR_APART.split(text[t.end:le], 1)[0]  # "Date: March 18, 2024      By: /s/ J. Doe"
        if (not field or lang.regex["dateline"].match(field) and len(_WORD.findall(field)) <= 4) and not _WORD.search(rest):
            return Mention("publication", t, "point", (t.start, t.end), (ls, le))
    return None


# A news wire's dateline: "BOSTON, Jan. 18, 2024 — ...", "SPRINGFIELD, Ill., ... /PRNewswire/", "LYON, 3 mai 2024 -- ...".
_WIRE_PLACE = re.compile(r"\s*([^\W\d_][^\W\d_ .'’-]{0,40}(?:[ -][^\W\d_][^\W\d_ .'’-]{0,20}){0,2})"
                         r"(?:,\s*[^\W\d_][\w.]{0,20})?,\s*")  # "BOSTON,", "NEW YORK,", "SALT LAKE CITY, Utah,"
_WIRE_DASH = re.compile(r"\s*(?:[—–]|--?\s|/)")


# A wire dateline or a "Paris, le" heading may follow a sender's address, "FOR IMMEDIATE RELEASE"
# and a title: within the first lines.
_HEADING_LINES = 8


def _wire_dateline(text: str, lang: Language, before: str, end: int) -> bool:
    """Whether a date between a place name in capitals and a dash is a news wire's dateline,
    or a date after "Paris, le" heads a letter or a press release."""
    place = _WIRE_PLACE.fullmatch(before)
    if place is not None and place.group(1).isupper() and _WIRE_DASH.match(text, end) is not None:
        return True
    heading = _grammar(lang).letter_heading.fullmatch(before)
    return heading is not None and heading.group(1)[0].isupper()


_CLOCK = re.compile(r"\d{1,2}[:h.]\d{2}")  # a time of day
_FIELD_SEPARATORS = ("|", "·", "•", "—", "–")
_TWO_WORD_CHARS = re.compile(r"\w\w")
_DIGIT = re.compile(r"\d")
_COMMA_THEN = re.compile(r"\s*,\s*")
_BLANK = re.compile(r"\s*")
_ONE_WORD = re.compile(r"[^\W\d_]+\s+")  # "On " before a date that opens its sentence
_HEADING = re.compile(r"\s*:")  # after a date that heads a list item, its clauses all after the date
_PUNCT = re.compile(r"[:;|]")  # between an informant and the verb: not its subject ("Patients: letters mailed ...")
_DATE_COMMA = re.compile(r"\d[^\w,]*,(?!\s*\d)")  # a date's end, then a comma: the clause goes on (not "12,000", "June 1, 2024")
_CLAUSE_COMMA = re.compile(r"(?<!\d), |, (?!\d)")  # not the comma inside "June 1, 2024"
_DIGIT_COMMA = re.compile(r"(?<=\d),(?=\d)")  # a thousands separator, no clause break


@attrs.frozen
class _Grammar:
    """The binder's patterns around a language's grammar words (``[phrases]`` of its rules file)."""

    recipient_lead: re.Pattern[str]  # "to" and up to three words before a recipient, at the end
    list_gap: re.Pattern[str]  # between two dates of a list
    hard_stop: re.Pattern[str]  # where a notice's recipients end
    auxiliary: re.Pattern[str]  # a word of learning in the passive: told
    passive: re.Pattern[str]  # a form of "be" (and a word) at the end: the participle after is passive
    coordinated: re.Pattern[str]  # a comma or a coordinator between two verbs
    catenative: re.Pattern[str]  # after a generic "began" and its date: the verb it governs
    no_object: re.Pattern[str]  # what may follow a participle with no object
    governed: re.Pattern[str]  # a preposition and up to two words, at the end
    of: re.Pattern[str]  # the genitive and at most one word, at the end ("a list of affected")
    quantifier: re.Pattern[str]  # a quantifier at the end ("all" of the members)
    other_time: re.Pattern[str]  # words that open a clause of another time ("before leaving", "après avoir")
    denied: re.Pattern[str]  # a date's set-aside words, at the end ("March 1, not March 4")
    restates: re.Pattern[str]  # a comma, and words that restate the date before it
    apposition: re.Pattern[str]  # a comma, and a day's lead word
    letter_heading: re.Pattern[str]  # "Paris, le " before a letter's date
    body_words: frozenset[str]  # last words of names of public bodies ("authority")
    body_name: re.Pattern[str]  # a capitalised name that ends with one


@functools.lru_cache(maxsize=None)
def _grammar(lang: Language) -> _Grammar:
    """A language's grammar patterns, built once. Runs of white space that could trade characters
    ("\\s*,?\\s*") tried a long run of spaces in O(n³) ways before failing: each run here is
    possessive or bounded by what stands on either side."""
    a = lang.alt
    body = sorted(w.lower() for w in lang.phrases["body_words"])
    return _Grammar(
        recipient_lead=re.compile(rf"{a('recipient_lead')}(?:\s+|(?<=['’]))"
                                  r"(?:(?:\d{1,3}(?:[, \u00a0\u202f]\d{3})+|[\w'’-]+)\s+){0,3}$", re.I),
        list_gap=re.compile(rf"\s*+(?:,\s*+)?(?:{a('list_join')}\s*+)?(?:,\s*+)?", re.I),
        hard_stop=re.compile(rf"[;:]|{a('clause_stop')}", re.I),
        auxiliary=re.compile(rf"{a('auxiliary')}\s", re.I),
        passive=re.compile(rf"{a('passive')}\s+(?:\w+\s+)?$", re.I),
        coordinated=re.compile(rf"(?<!\d),|,(?!\d)|{a('coordinator')}", re.I),  # not "1,953"
        catenative=re.compile(rf"[^.;,]{{0,25}}?\s{a('catenative')}\s+[^\W\d_]", re.I),
        no_object=re.compile(rf"\s*(?:$|[|,.;:(\d]|{a('after_participle')})", re.I),
        governed=re.compile(rf"{a('governing')}\s+(?:[\w'’-]+\s+){{0,2}}$", re.I),
        of=re.compile(rf"{a('genitive')}(?:\s+|(?<=['’]))(?:[\w'’-]+\s+)?$", re.I),
        quantifier=re.compile(rf"{a('quantifier')}\s*$", re.I),
        denied=re.compile(rf"{a('denied')}\s+(?:(?:{a('article')}|{a('day_lead')})\s*)?$", re.I),
        other_time=re.compile(alternation(lang.phrases["before_event"] + lang.phrases["after_event"]), re.I),
        restates=re.compile(rf"\s*,\s*(?:{a('restatement')}\s*,?\s*)?", re.I),
        apposition=re.compile(rf"\s*,\s*(?:{a('day_lead')}\s+)?", re.I),
        # "Paris, le 12 mars 2024", "Saint-Étienne, le 3 mai 2024"
        letter_heading=re.compile(r"\s*([^\W\d_][^\W\d_ .'’-]{0,40}(?:[ -][^\W\d_][^\W\d_ .'’-]{0,20}){0,2}),\s*"
                                  rf"{a('letter_heading')}\s+", re.I),
        body_words=frozenset(body),
        body_name=re.compile(rf"(?:[A-Z][\w&'’.-]*\s+){{1,5}}({'|'.join(w.title() for w in body) or '(?!x)x'})\b"))


def _own_heads(lang: Language, text: str) -> frozenset[str]:
    """The words that name a public body in general ("authority") but name the text's own
    organisation, because the text names one so and it is no regulator: "The Riverbend Water
    Authority said ... The authority learned of it on February 1" (not the regulator's act)."""
    return frozenset(m.group(1).lower() for m in _grammar(lang).body_name.finditer(text)
                     if not any(k == "notification_regulator" and rx.search(m.group()) for k, rx in lang.recipients))


class _Scan:
    """The matches of the event word lists (triggers, notices, generic words) over a whole
    text, found once through its word index and handed out by sentence."""

    def __init__(self, lang: Language, index: WordIndex, spans: list[tuple[int, int]]) -> None:
        self.index = index
        self.own = _own_heads(lang, index.text) if not _grammar(lang).body_words.isdisjoint(index.words) else frozenset()
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


def _triggers(text: str, lang: Language, s: int, e: int, notices_only: bool = False,
              scan: _Scan | None = None, dates: Sequence[tuple[int, int]] = ()) -> list[Trigger]:
    """The event words of the sentence ``text[s:e]`` (``scan``: of the whole text, else found
    here; ``dates``: the spans of its dates, where a notice's list of recipients may split)."""
    scan = scan or _Scan(lang, word_index(text), [(s, e)])
    hits = scan.within(s, e)
    if not hits:
        return []
    grammar = _grammar(lang)

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
                told = _recipient_chain(lang, _clause_before(text, s, m.start()), last=True)
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
                subject = _clause_before(text, s, m.start())
                if any(k == notice.default and rx.search(subject) for k, rx in lang.recipients):
                    # before the other words, so that it wins a tie ("received notification")
                    receipts.append(Trigger(m.start(), m.end(), (notice.default,), head=True))
                continue
            nxt = bisect.bisect_left(starts, m.end())
            prev = max((b for a, b in tellings[:bisect.bisect_left(starts, m.start())] if b <= m.start()), default=s)
            stop = min([e] + starts[nxt:nxt + 1])
            joins = _dated_joins(text, lang, m.end(), stop, dates)
            found.extend(Trigger(ja, jb, jkinds, head=True, join=True) for ja, jb, jkinds in joins)
            kinds, active = _recipients(text, lang, m.start(), m.end(), prev, joins[0][0] if joins else stop)
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
            topic = _topic(text, lang, m.start(), m.end(), s, e)
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
                and len(_WORD.findall(text[kept[-1].end:t.start])) <= 2 \
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
    by = lang.regex["agent"].match(text, _BLANK.match(text, pos, e).end(), e)
    return lang.regex["outsider"].match(text, _BLANK.match(text, by.end(), e).end(), e) if by else None


def _dated_joins(text: str, lang: Language, a: int, b: int,
                 dates: Sequence[tuple[int, int]]) -> list[tuple[int, int, tuple[str, ...]]]:
    """Further notices in one verb's list, each with its own date: "reported it to the FBI on
    August 15 and to HHS on October 11" tells of two. A join ("and to", "and") counts after a
    date only, when a recipient follows it and a date follows the recipient."""
    out: list[tuple[int, int, tuple[str, ...]]] = []
    pos = a
    for j in lang.regex["notice_join"].finditer(text, a, b):
        if j.start() < pos or not any(pos <= x and y <= j.start() for x, y in dates):
            continue
        dated = next(((x, y) for x, y in dates if x >= j.end() and y <= b), None)
        if dated is None:
            break
        piece = text[j.end():dated[0]]
        spans = [(m.start(), m.end()) for _, rx in lang.recipients for m in rx.finditer(piece)]
        if not spans:
            continue
        first, named = min(x for x, _ in spans), max(y for _, y in spans)
        # the recipient right after the join ("and the Maine Attorney General"), then its date ("on")
        if "," in piece[:first] or len(_WORD.findall(piece, 0, first)) > 3 or len(_WORD.findall(piece, named)) > 3:
            continue
        kinds = _recipient_chain(lang, piece)
        out.append((j.start(), j.end(), tuple(kinds)))
        pos = dated[1]
    return out


def _recipients(text: str, lang: Language, ts: int, te: int, s: int, e: int) -> tuple[tuple[str, ...], bool]:
    """Who a notice went to: recipients after the verb (or before it, in the passive); and
    whether the verb is active, its recipients after it (its subject told them)."""
    window_end = min(e, te + 120)
    after = text[te:window_end]
    grammar = _grammar(lang)
    stop = grammar.hard_stop.search(after)
    if stop:
        after = after[: stop.start()]
    for join in lang.regex["clause_join"].finditer(after):
        # ", and the media" continues the list; ", and the CE provided ..." starts a clause.
        if not any(rx.match(after, join.end() + len(after[join.end():]) - len(after[join.end():].lstrip()))
                   for _, rx in lang.recipients):
            after = after[: join.start()]
            break
    before = text[max(s, ts - 60):ts]
    # recipients inside the words of telling come first ("letters to families were mailed")
    inside = [k for k, rx in lang.recipients if rx.search(text, ts, te)] if " " in text[ts:te].strip() else []
    kinds = inside + _recipient_chain(lang, after)
    # A list's or a table's passive has no auxiliary ("Patients notified by letter", "HHS
    # informed on May 3"): a participle right after its recipient, with no object after it.
    bare = not kinds and grammar.no_object.match(text, te, window_end) is not None and any(
        _ends_with(rx, text, max(s, ts - 60), ts) for k, rx in lang.recipients
        if k != "notification_covered_entity")  # "The hospital mailed the letters on ...": its own act
    informed = next((m for m in lang.regex["informant"].finditer(before) if not _PUNCT.search(before, m.end())
                     and not grammar.governed.search(before, 0, m.start())), None) \
        or _appositive_informant(text, lang, s, ts)  # not "mailed letters to patients on Oct. 11 and reported ..."
    passive = grammar.passive.search(before) is not None
    if informed and not bare and not passive and set(kinds) <= {"notification_covered_entity"}:
        return ("discovery",), False  # "a researcher notified the clinic": how the clinic learned of it
    active = bool(kinds) and not passive
    if not kinds and (bare or passive):
        kinds = _passive_subject(lang, before)
    if "notification_law_enforcement" in kinds and "notification_regulator" in kinds:
        kinds.remove("notification_regulator")
    return tuple(dict.fromkeys(kinds)), active


_APPOSITIVE = re.compile(r"[^,;:|.!?]*,\s*$")


def _appositive_informant(text: str, lang: Language, s: int, ts: int) -> re.Match[str] | None:
    """An informant named in an apposition that ends right before the verb ("Lakeshore, a
    vendor that processes claims for the plan, told us"), past the clause words looked at first."""
    a = max(s, ts - 160)
    for m in lang.regex["informant"].finditer(text, a, ts):
        if text[a:m.start()].rstrip().endswith(",") and _APPOSITIVE.fullmatch(text, m.end(), ts):
            return m
    return None


_CLAUSE_MARK = re.compile(r"[,;]")


def _passive_subject(lang: Language, before: str) -> list[str]:
    """Recipients named as the subject of a passive notice, in the words before it from the last
    comma or semicolon; past a short aside set off by commas ("Les habitants, eux, n'ont été
    informés que le 11 octobre", "Patients, however, were told")."""
    parts = _CLAUSE_MARK.split(before)
    kinds = [k for k, rx in lang.recipients if rx.search(parts[-1])]
    if not kinds and len(parts) >= 3 and len(_WORD.findall(parts[-2])) <= 3:
        kinds = [k for k, rx in lang.recipients if rx.search(parts[-3])]
    return kinds


def _clause_before(text: str, s: int, pos: int, reach: int = 40) -> str:
    """The words of a clause before ``pos``, from its last comma or semicolon (``reach`` characters at most)."""
    before = text[max(s, pos - reach):pos]
    cut = max(before.rfind(","), before.rfind(";"))
    return before[cut + 1:]


def _recipient_chain(lang: Language, after: str, last: bool = False) -> list[str]:
    """Recipients listed right after a notice verb: the first within four words, the next
    each within three words of the one before ("to HHS, affected individuals, and the media").
    With ``last``, the recipient that ends the text: the subject of a passive ("HHS was notified")."""
    found = sorted((m.start(), -m.end(), k, m.end()) for k, rx in lang.recipients for m in rx.finditer(after))
    if last:
        return [k for _, _, k, end in found if len(_WORD.findall(after[end:])) <= 2][-1:]
    kinds: list[str] = []
    grammar = _grammar(lang)
    pos, reach = 0, 4
    for start, _, kind, end in found:
        if start < pos or kinds and not after[pos:start].strip():
            # "its covered entity clients", "the state attorney general": one recipient, named
            # by its first words; the list goes on from the end of its name
            pos = max(pos, end)
            continue
        of = grammar.of.search(after, pos, start)
        if of and not grammar.quantifier.search(after, max(pos, of.start() - 20), of.start()):
            continue  # "sent us a list of affected members": what was sent, not to whom ("all of the members": whom)
        words = len(_WORD.findall(after[pos:start]))
        if words > reach and not (not kinds and words <= MAX_WORDS and not _CLAUSE_COMMA.search(after, pos, start)
                                  and grammar.recipient_lead.search(after, 0, start)):
            break  # beyond reach, unless the first recipient follows "to" in the verb's clause ("reported a breach of ... to the authority")
        if kinds and _DIGIT.search(after, pos, start) or not kinds and _DATE_COMMA.search(after, pos, start):
            break  # "to residents on Jan. 20, the department said", "letters dated April 12, 2024, the practice said"
        kinds.append(kind)
        pos, reach = end, 3
    return kinds


def _topic(text: str, lang: Language, gs: int, ge: int, s: int, e: int) -> str | None:
    """What a generic "began" or "end of" is about: the noun after it in its sentence, else the subject before it."""
    after = text[ge:min(e, ge + 50)]
    best: tuple[int, str] | None = None
    for topic, words in lang.topics:
        m = words.regex.search(after)
        if m and len(_WORD.findall(after[: m.start()])) <= 3 and (best is None or m.start() < best[0]):
            best = (m.start(), topic)
    if best:
        return best[1]
    before = text[max(s, gs - 120):gs]
    # The subject stands in the word's own clause: not before a "while" that opens one with its
    # own. Coordinated verbs share theirs ("the breach began on ..., and ended on ...").
    cut = max((m.end() for m in lang.regex["own_subject"].finditer(before)), default=0)
    before = before[cut:]
    best = None
    # "The investigation into the March intrusion was closed": the investigation's end. But a
    # relative clause's subject is the noun it follows ("a breach by its vendor that occurred").
    relative = any(_ends_with(lang.regex[k], before, max(0, len(before) - 12), len(before))
                   for k in ("relative_pronoun", "complementizer"))  # "that", "qui" right before the word
    governed = lang.regex["preposition"]
    for topic, words in lang.topics:
        for m in words.regex.finditer(before):
            if (best is None or m.start() > best[0]) and (relative or not _governed(governed, before, m.start())):
                best = (m.start(), topic)
    if best is None and lang.regex["subject_pronoun"].match(text, s) and len(_WORD.findall(text, s, gs)) <= 2:
        # "It ended on April 9", "Elle s'est achevée le 4 mars": the subject of the sentence
        # before, the first noun it names ("L'enquête, lancée le 7 février, a établi que ...").
        prev = text[max(0, s - 300):s].rstrip().rstrip(".!?")
        prev = prev[max(prev.rfind(". "), prev.rfind(".\n")) + 1:]
        for topic, words in lang.topics:
            m = words.regex.search(prev)
            if m and (best is None or m.start() < best[0]):
                best = (m.start(), topic)
    return best[1] if best else None


def _governed(preposition: re.Pattern[str], text: str, pos: int) -> bool:
    """Whether a preposition stands at most two words before ``pos`` ("into the March intrusion")."""
    last = max(preposition.finditer(text, max(0, pos - 40), pos), key=re.Match.start, default=None)
    return last is not None and len(_WORD.findall(text, last.end(), pos)) <= 2 \
        and not _CLAUSE_MARK.search(text, last.end(), pos)


def _regions(text: str, lang: Language, s: int, e: int, triggers: list[Trigger],
             ts: list[TimeExpr]) -> tuple[list[tuple[int, int]], dict[int, tuple[int, int]]]:
    """Relative clauses and brackets (closed spans) and, for each head trigger, where its "that"
    clause starts (a "that" inside a time expression, "that same day", opens none)."""
    closed: list[tuple[int, int]] = _quotations(text, s, e)
    rel = lang.regex["relative_pronoun"]
    opener = lang.regex["subordinator"].match(text, s)
    if opener and "?" not in text[opener.end():e - 1]:  # "When ...? On ...": a question and its answer
        comma = text.find(",", opener.end(), e)
        if comma > 0:
            closed.append((s, comma))
    for m in re.finditer(r"[,(]", text[s:e]):
        a = s + m.start()
        if m.group(0) == "(":
            b = text.find(")", a, e)
            if b < 0 or not any(not text[a + 1:t.start].strip() and not text[t.end:b].strip() for t in ts):
                closed.append((a, b + 1 if b >= 0 else e))  # not a date alone: "a period prior (24.04.2018) to"
            continue
        nxt = text[a + 1:a + 30]
        r = rel.match(nxt.lstrip())
        if r:
            b = text.find(",", a + 1, e)
            closed.append((a, b if b >= 0 else e))
    complements: dict[int, tuple[int, int]] = {}
    comp = lang.regex["complementizer"]
    restrictive = lang.regex["restrictive"]
    for i, t in enumerate(triggers):
        if not t.head or _ends_with(restrictive, text, max(s, t.start - 20), t.start):
            continue  # "n'a notifié la CNIL que le 4 février": "que" means "only", no clause
        # from the word's start: its own words may end in the "that" ("confirmed that", "concluded that")
        window = text[t.start:min(e, t.end + 90)]
        m = next((c for c in comp.finditer(window)
                  if not any(x.start <= t.start + c.start() < x.end for x in ts)), None)
        if m and ";" not in window[: m.start()]:
            c = t.start + m.start()
            stop = text.find(";", c, e)
            complements[i] = (c, stop if stop >= 0 else e)
    return closed, complements


_QUOTE = re.compile(r'["“”«»]')


def _quotations(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """Quoted words of four or more in the sentence: speech, whose dates stay inside it
    ("'We fixed it the same day,' he said in an interview on April 20": not the fixing's
    date). Shorter quotations are names ("the "SelvBooking" solution")."""
    out, opened = [], None
    for m in _QUOTE.finditer(text, s, e):
        q = m.group()
        if opened is None:
            if q in '"“«':
                opened = m.start()
        elif q in '"”»':
            if len(_WORD.findall(text, opened + 1, m.start())) >= 4:
                out.append((opened, m.end()))
            opened = None
    return out


_LABEL = re.compile(r"[^\W\d_](?:[^\W\d_]|[ '’-]){0,40}:[ \t]+")  # "What happened: ", "Ce qui s'est passé : "


def _label_end(text: str, s: int, e: int) -> int:
    """Where a sentence's clauses start: after a label of at most four words and a colon that
    opens it ("What happened: On or about May 3, ..."), else at its start."""
    colon = text.find(":", s, min(e, s + 45))
    m = _LABEL.match(text, s, colon + 3) if colon > s else None
    return m.end() if m and len(_WORD.findall(m.group())) <= 4 else s


def _fronted(text: str, a: int, b: int) -> bool:
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


def _outside(text: str, a: int, b: int, closed: list[tuple[int, int]]) -> str:
    """The text from ``a`` to ``b`` less the relative clauses and brackets inside it."""
    cut = sorted((max(a, x), min(b, y)) for x, y in closed if x < b and y > a and not (x <= a and b <= y))
    out, pos = [], a
    for x, y in cut:
        if x > pos:
            out.append(text[pos:x])
        pos = max(pos, y)
    out.append(text[pos:b])
    return "".join(out)


def _with_restatements(text: str, lang: Language, dated: list[TimeExpr], pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Pairs where a relative phrase set off right after a date ("le 9 mai, soit trois jours
    après avoir découvert l'attaque", "on May 9, three days after it found the attack") dates
    what that date dates: it restates the date, whatever word stands nearer after it."""
    bound = dict(pairs)
    restates = _grammar(lang).restates
    for ti, t in enumerate(dated):
        if t.kind != "relative" or ti == 0 or dated[ti - 1].kind == "relative" or ti - 1 not in bound:
            continue
        gi = bound[ti - 1]
        if bound.get(ti) != gi and restates.fullmatch(text, dated[ti - 1].end, t.start) \
                and not any(bound[o] == gi and dated[o].kind == "relative" for o in bound if o != ti):
            bound[ti] = gi
    paired = {ti for ti, _ in pairs}
    return [(ti, bound[ti]) for ti, _ in pairs] + [(ti, gi) for ti, gi in bound.items() if ti not in paired]


_ZONE = re.compile(r"[ \t]+\(?[A-Z]{2,5}\)?(?!\w)")  # "UTC", "(EST)" after a time of day


def _past_zone(text: str, t: TimeExpr) -> int:
    """Where a date ends with its time zone ("2024-06-03 11:40 UTC"): the tagger reads the time
    of day right after a date as part of it, not the zone after that."""
    zone = _ZONE.match(text, t.end) if t.time is not None else None
    return zone.end() if zone else t.end


def _trails(text: str, date: TimeExpr, relative: TimeExpr) -> bool:
    """Whether a relative phrase comes after a date with more than two words between them."""
    return relative.start > date.end and len(_WORD.findall(text, date.end, relative.start)) > 2


def _region_of(pos: int, closed: list[tuple[int, int]]) -> tuple[int, int] | None:
    inner = None
    for a, b in closed:
        if a <= pos < b and (inner is None or a >= inner[0]):
            inner = (a, b)
    return inner


def _bind_sentence(text: str, lang: Language, sent: tuple[int, int], ts: list[TimeExpr],
                   scan: _Scan) -> tuple[list[Mention], list[Undated]]:
    s, e = sent
    if not ts:  # only notices matter without a date: a deadline may hinge on an undated one
        return [], _undated(text, lang, _triggers(text, lang, s, e, notices_only=True, scan=scan), sent)
    triggers = _triggers(text, lang, s, e, scan=scan, dates=[(t.start, t.end) for t in ts])
    closed, complements = _regions(text, lang, s, e, triggers, ts)

    def depth(pos: int) -> frozenset[int]:
        return frozenset(i for i, (c, ce) in complements.items() if c <= pos < ce)

    attributive, complementizer, cleft = lang.regex["attributive"], lang.regex["complementizer"], lang.regex["cleft"]
    denied = _grammar(lang).denied
    kept = [t for t in ts if t.kind in ("date", "range", "relative")
            and not (t.kind != "relative" and _ends_with(attributive, text, max(s, t.start - 30), t.start))
            and not denied.search(text, max(s, t.start - 30), t.start)]  # "on March 1, not March 4"
    kept = _appositions(text, lang, kept)
    # A relative phrase reads on through the words of what it counts from ("three days after
    # it found the attack"): the event it dates stands before it or past those words.
    reads_to = [min(e, t.end + len(t.anchor.words)) if t.kind == "relative" and t.anchor
                and t.anchor.kind == "phrase" else t.end for t in kept]
    dated = [_resolve_anchor(lang, t) for t in kept]
    # The words a relative phrase counts from name an event, but date it only with a date of
    # their own ("Two weeks after the intrusion was detected, on 17 June, the staff was told").
    anchors = [(t.end, b) for t, b in zip(kept, reads_to) if b > t.end]
    candidates: list[tuple[float, int, int]] = []
    loose: set[tuple[int, int]] = set()  # bindings that may be another verb's: not certain
    day_lead, other_time = lang.regex["day_lead"], _grammar(lang).other_time
    opening: set[int] = set()  # dates that open their clause
    heading: set[int] = set()  # dates that head a list item ("2024-01-23: firm engaged; investigation opened")
    # Where each event word stands (its bracket or relative clause, the "that" clauses
    # around it), found once per word rather than once per date and word.
    g_place = [(_region_of(g.start, closed), depth(g.start)) for g in triggers]
    g_anchor = [next(((a, b) for a, b in anchors if a <= g.start < b), None) for g in triggers]
    g_starts, g_ends = [g.start for g in triggers], [g.end for g in triggers]  # both ascending
    d_starts = [t.start for t in dated]
    ordered = all(a <= b for a, b in zip(d_starts, d_starts[1:]))
    # Where clauses may open: the sentence's start, past a label ("What happened: "), past the
    # question an answer is joined to ("When did you learn of it? On 4 March ...").
    asked = text.rfind("?", s, e)
    leads = sorted({s, _label_end(text, s, e), _BLANK.match(text, asked + 1, e).end() if asked >= 0 else s})  # type: ignore[union-attr]
    for ti, t in enumerate(dated):
        t_region, t_depth = _region_of(t.start, closed), depth(t.start)
        lead = leads[bisect.bisect_right(leads, t.start) - 1]
        region_start = max([lead] + [c for c, ce in complements.values() if c <= t.start < ce] +
                           [r[0] + 1 for r in closed if r[0] <= t.start < r[1]])
        # A date that opens its clause ("On March 3, 2019, the clinic ...") belongs to a verb after
        # it; not one an event word governs before it with no comma between ("The intrusion began
        # on March 3, 2019, and ended ...": "began" dates it).
        t_end = reads_to[ti] if reads_to[ti] > t.end else _past_zone(text, t)
        # Without a comma too where a preposition opens the sentence with it ("On 9 May 2022 the
        # controller, a retailer, notified ..."); not a bare date ("19 July 2021 until it notified").
        fronted = _fronted(text, region_start, t.start) and (
            bool(_COMMA_AFTER.match(text, t_end)) or region_start == lead and _ONE_WORD.fullmatch(text, lead, t.start)
        ) and not any(
            "," not in text[g_ends[j]:t.start]
            for j in range(bisect.bisect_left(g_starts, region_start), bisect.bisect_right(g_ends, t.start)))
        if fronted:
            opening.add(ti)
            if _HEADING.match(text, t_end) and not any(c.isalnum() for c in text[s:t.start]):
                heading.add(ti)

        def fits(gi: int, g: Trigger) -> bool:
            if g_place[gi] != (t_region, t_depth):
                return False
            if gi in complements and complements[gi][0] <= t.start < complements[gi][1]:
                return False
            if g_anchor[gi] is not None and not g_anchor[gi][0] <= t.start < g_anchor[gi][1]:
                return False
            # "60 days after discovery" does not date the discovery itself
            named = t.anchor.name if t.anchor is not None else None
            return not (t.kind == "relative" and named in g.kinds or named == "breach_start" and "breach" in g.kinds)

        # Words before the date, nearest first. The gap only widens as the walk goes back, so
        # it stops at the first word too far (a ";" or more than MAX_WORDS words between):
        # each date looks at a few words, not at every word of the sentence.
        nearest = bisect.bisect_right(g_ends, t.start) - 1
        for gi in range(nearest, -1, -1):
            g = triggers[gi]
            gap = text[g.end:t.start]
            words = len(_WORD.findall(gap))
            # One long clause, no comma in it, may hold a verb's object between it and its date
            # ("emailed a spreadsheet containing the details of 412 tenants to a mailing list of
            # local landlords on 6 February 2023"): the nearest event word reaches twice as far.
            # Not past another day's lead ("reported to the office on the date of the notices on ..."):
            # the verb's date would be that one.
            if ";" in gap or words > MAX_WORDS and not (
                    gi == nearest and words <= 2 * MAX_WORDS and not _CLAUSE_MARK.search(gap)
                    and not complementizer.search(gap) and all(not gap[m.end():].strip() for m in day_lead.finditer(gap))):
                break
            if not fits(gi, g):
                continue
            if words > MAX_WORDS or other_time.search(gap):
                loose.add((ti, gi))  # far, or past "before", "after" ("downloaded files before leaving on April 26")
            between = sum(o.end <= t.start for o in dated[bisect.bisect_left(d_starts, g.end):ti + 1]) if ordered \
                else sum(g.end <= o.start and o.end <= t.start for o in dated)
            commas = gap.count(",") - len(_DIGIT_COMMA.findall(gap))  # not "4,210"
            candidates.append((words + 2.0 * commas + 3.0 * between, ti, gi))
        # Words after the date, nearest first. The gap leaves out the brackets and relative
        # clauses inside it (``_outside``), so it widens with distance only past the clauses
        # around the date's end that close within the date's own clause (``settled``); past
        # them, the walk stops at the first word too far.
        bound = t_region[1] if t_region is not None else e
        settled = max((y for x, y in closed if x <= t_end < y < bound), default=-1)
        first_after = True
        for gi in range(bisect.bisect_left(g_starts, t_end), len(triggers)):
            g = triggers[gi]
            if g.join or not fits(gi, g):
                continue
            gap = _outside(text, t_end, g.start, closed)
            if not fronted and complementizer.search(gap) and not cleft.search(text, region_start, t.start):
                break  # "a reconnu vendredi qu'un pirate avait copié": the date is the saying's
            words = len(_WORD.findall(gap))
            reach = 3 * MAX_WORDS if fronted and first_after else 3
            if ";" in gap and ti not in heading or words > reach:
                if g.start > settled:
                    break
                continue
            if fronted and first_after:
                cost = 0.5 + 0.05 * words
            else:  # "the July 2023 breach", "in 2023 attackers accessed"
                cost = 6.0 + 2.0 * words
            first_after = False
            candidates.append((cost, ti, gi))
    candidates.sort()
    used_t: set[int] = set()
    used_g: dict[tuple[int, bool], int] = {}
    pairs: list[tuple[int, int]] = []
    for _, ti, gi in candidates:
        # A word takes one date, and may take a relative phrase besides: one before it ("Two
        # days later, on May 5, it notified ...") or right after it, not one past another verb's
        # words after it ("noticed it on March 18 and shut the server down the next day").
        relative = dated[ti].kind == "relative"
        if ti in used_t or (gi, relative) in used_g:
            continue
        other = used_g.get((gi, not relative))
        if other is not None:
            date, phrase = (dated[other], dated[ti]) if relative else (dated[ti], dated[other])
            if _trails(text, date, phrase):
                continue
        used_t.add(ti)
        used_g[gi, relative] = ti
        pairs.append((ti, gi))
    pairs = _with_restatements(text, lang, dated, pairs)
    if asked >= 0:  # a question of when joined to its answer: the answer's first date is the question's,
        # unless the answer names an event of its own with it ("When was the FBI told? We contacted it on ...")
        first = next((ti for ti, t in enumerate(dated) if t.start > asked), None)
        taken = {gi for _, gi in pairs}
        if first is not None and not any(ti == first and not triggers[gi].blocked for ti, gi in pairs):
            pairs += [(first, gi) for gi, g in enumerate(triggers) if g.end <= asked and gi not in taken and not g.blocked]
    dated_heads = {gi for _, gi in pairs}
    relatives = [m.start() for m in lang.regex["relative_pronoun"].finditer(text, s, e)]
    mentions: list[Mention] = []
    speaks = functools.cache(lambda a, b: _speaks_of_breach(scan, lang, a, b))  # once a clause, not once a date
    for ti, gi in pairs:
        g = triggers[gi]
        if g.blocked:
            continue
        # A date at the end of a "that" clause may belong to the clause's verb or to the
        # verb that reports it ("identified the server that was compromised on July 22"):
        # unless the reporting verb has a date of its own, the binding is not certain.
        heads = [h for h, (c, ce) in complements.items() if c <= g.start < ce]
        # So may a date ending a relative clause ("wrote to the guests whose card data had been
        # exposed on 21 June"): the writing or the exposure.
        if relatives and _ends_clause(text, dated[ti].end, e):
            heads += [h for h in range(gi) if any(triggers[h].end <= r < g.start for r in relatives)]
        certain = (not any(h not in dated_heads and not triggers[h].blocked for h in heads) or g.end > dated[ti].start) \
            and (ti, gi) not in loose
        comp = complements.get(gi)
        mentions.extend(_mentions(text, lang, dated[ti], g, sent, certain, complement=comp,
                                  complement_breach=comp is not None and speaks(*comp)))
    # "On May 3, the clinic secured the server and notified the FBI": a date that opens its
    # clause dates each verb coordinated with the one it is bound to. Not a breach word.
    coordinated = _grammar(lang).coordinated
    for ti, gi in pairs:
        if ti not in opening or dated[ti].kind == "relative":
            continue
        last = triggers[gi]
        for gj in range(gi + 1, len(triggers)):
            g = triggers[gj]
            gap = text[last.end:g.start]
            if not (coordinated.search(gap) or ti in heading) or len(_WORD.findall(gap)) > 8 \
                    or ";" in gap and ti not in heading \
                    or any(last.end <= d.start < g.start for d in dated) \
                    or lang.regex["complementizer"].search(gap) or lang.regex["relative_pronoun"].search(gap):
                break  # "sent emails that erroneously contained ...": a clause of its own
            if gj in dated_heads or g.blocked or "breach" in g.kinds or g_place[gj] != g_place[gi] \
                    or g.head and set(g.kinds) & {"discovery", "determination"} \
                    and not speaks(g.start, min(e, g.end + 90)):  # "concluded that the Privacy Team should be told"
                continue
            dated_heads.add(gj)
            mentions.extend(_mentions(text, lang, dated[ti], g, sent, True))
            last = g
    # "ended in July 2023, when an audit flagged the activity": the event of a "when" clause
    # right after a date happens on that date. Not a breach word: "spotted on March 6, when
    # files were encrypted" dates an act of the breach, not its start.
    same_time = lang.regex["same_time"]
    for ti, t in enumerate(dated):
        when = _COMMA_THEN.match(text, t.end, e)
        if t.kind == "relative" or when is None or not same_time.match(text, when.end(), e):
            continue
        clause = _region_of(when.start(), closed)
        if clause is None:
            continue
        first = next((gi for gi, g in enumerate(triggers) if when.end() <= g.start < clause[1]
                      and gi not in dated_heads and not g.blocked and "breach" not in g.kinds), None)
        if first is not None:
            dated_heads.add(first)
            # "had access from May 3 until May 29, when ...": the 29th; "On May 13-19, when ...": the range
            day = t.parts[-1] if t.kind == "range" and t.parts and ti not in opening else t
            mentions.extend(_mentions(text, lang, day, triggers[first], sent, True))
    bound_to = {ti: gi for ti, gi in pairs}
    for ti, t in enumerate(dated):
        if ti in used_t:
            continue
        # "on June 15, 2015, and June 19, 2015, it discovered": a list of dates for one word.
        mate = _listed_with(text, lang, dated, ti, bound_to)
        if mate is not None and not triggers[bound_to[mate]].blocked:
            mentions.extend(_mentions(text, lang, t, triggers[bound_to[mate]], sent, True))
            continue
        # What anyone reports or finds "that ..." is the breach, whoever the reporter is, when
        # the clause speaks of one ("reported that an employee made copies", not "that its owner died").
        # Not when the breach is named only in a further "that" clause after the date ("concluded
        # on March 5 that a ransomware incident was material": the date is the concluding's).
        nested = lang.regex["complementizer"].search(text, t.end, e)
        spans = [(c, min(ce, nested.start()) if nested else ce) for c, ce in complements.values() if c <= t.start < ce]
        if spans and t.kind in ("date", "range") and _region_of(t.start, closed) is None \
                and any(speaks(c, ce) for c, ce in spans):
            mentions.extend(_mentions(text, lang, t, Trigger(t.start, t.end, ("breach",)), sent, True))
    mentions.extend(_durations(text, lang, [t for t in ts if t.kind == "duration"], triggers, sent))
    return mentions, _undated(text, lang, [g for gi, g in enumerate(triggers) if gi not in dated_heads], sent)


def _appositions(text: str, lang: Language, ts: list[TimeExpr]) -> list[TimeExpr]:
    """Dates less those that a narrower date right after them restates ("earlier this month,
    on May 2", "en début d'année, le 3 janvier"): the narrower one dates the event."""
    apposition = _grammar(lang).apposition
    return [t for t, nxt in zip(ts, [*ts[1:], None]) if nxt is None or not _restates(text, apposition, t, nxt)]


def _restates(text: str, apposition: re.Pattern[str], t: TimeExpr, nxt: TimeExpr) -> bool:
    a, b = t.first, nxt.first
    if t.kind != "date" or nxt.kind != "date" or a is None or b is None or None in (a.lo, a.hi, b.lo, b.hi):
        return False
    return (apposition.fullmatch(text, t.end, nxt.start) is not None and b.hi - b.lo < a.hi - a.lo  # type: ignore[operator]
            and a.lo - 31 <= b.lo <= a.hi + 31)  # type: ignore[operator]


def _undated(text: str, lang: Language, triggers: list[Trigger], sent: tuple[int, int]) -> list[Undated]:
    """Event words with no date that say the event happened: not nouns, not planned or owed
    ("a breach that needed to be reported"), not another party's acts, not words of happening
    in general that name nothing of ours ("What happened: ...")."""
    future = lang.regex["future"]
    return [Undated(k, (g.start, g.end), sent) for g in triggers
            if not (g.blocked or g.nominal or future.search(text, max(sent[0], g.start - 30), g.start)
                    or g.needs_topic and _topic(text, lang, g.start, g.end, *sent) is None)
            for k in g.kinds]


_CLAUSE_END = re.compile(r"[\W_]*?(?:[,;:.!?)]|$)")


def _ends_clause(text: str, pos: int, e: int) -> bool:
    """Whether no word stands between ``pos`` and the end of its clause (a comma, a full stop, the sentence's end)."""
    return _CLAUSE_END.match(text, pos, e) is not None


def _listed_with(text: str, lang: Language, dated: list[TimeExpr], ti: int, bound_to: dict[int, int]) -> int | None:
    """The bound date next to date ``ti`` in a list ("June 15, 2015, and June 19, 2015"), if any."""
    for j in (ti - 1, ti + 1):
        if j in bound_to:
            a, b = (dated[j], dated[ti]) if j < ti else (dated[ti], dated[j])
            if _grammar(lang).list_gap.fullmatch(text, a.end, b.start):
                return j
    return None


def _speaks_of_breach(scan: _Scan, lang: Language, a: int, b: int) -> bool:
    """Whether a clause names a breach: a breach word or a breach noun in it."""
    return any(t.kind == "breach" and scan.holds(t.words, a, b) for t in lang.triggers) or any(
        topic == "breach" and scan.holds(words, a, b) for topic, words in lang.topics)


def _ends_with(rx: re.Pattern[str], text: str, a: int, b: int) -> bool:
    """Whether the text from ``a`` to ``b`` ends with a match of ``rx`` (then white space)."""
    return any(m.end() == b or not text[m.end():b].strip() for m in rx.finditer(text, a, b))


def _mentions(text: str, lang: Language, t: TimeExpr, g: Trigger, sent: tuple[int, int], certain: bool,
              complement: tuple[int, int] | None = None, complement_breach: bool = False) -> Iterator[Mention]:
    """The mentions a word and its date make. A notice is *about* the incident unless it states
    content of its own (``complement``, "submitted a report stating that ..."): two such reports
    on two days are two reports, while "notified the breach" on two days is one notice given
    two dates. A discovery names the incident when the words by it, or the "that" clause it
    opens, speak of the breach ("found on June 3 that a bucket had exposed files":
    ``complement_breach``)."""
    states_content = complement is not None
    lo = min(g.start, t.start)
    tail = _AFTER_WORDS.match(text, max(g.end, t.end), sent[1])
    window = text[max(sent[0], lo - 40):tail.end() if tail else max(g.end, t.end)]
    # "A separate incident at the same hospital, a misdirected fax on July 8, ...": its whole sentence
    distinct = bool(lang.regex["distinct"].search(window) or lang.regex["separate"].search(
        text, sent[0], min(sent[1], sent[0] + _OPENING)))
    future = bool(lang.regex["future"].search(text[max(sent[0], g.start - 30):g.start])) or g.nominal and bool(
        lang.regex["future"].search(text, g.end, min(sent[1], g.end + 30)))  # "une notification ... sera adressée"
    names = _about(text, lang, g, t, sent) or complement_breach
    # "was aware of risks as far back as April 2005": no discovery of the breach. A word of
    # lasting may name the breach as its subject ("The breach began on May 2 and lasted until ...").
    if g.needs_topic and not names and not (g.kinds == ("breach",) and _topic(text, lang, g.start, g.end, *sent) == "breach"):
        return
    # "aware ... in any event on 13 January": a bound on the day, not a rival date for it.
    about = names and not lang.regex["bound"].search(text, max(sent[0], t.start - 25), min(sent[1], t.end + 20))
    if t.qualifier in ("before", "after") and t.kind == "date":
        return
    actor = _TOLD if g.told else _actor(text, lang, sent[0], g.start)
    to = _regulators(text, lang, g, t, sent) if "notification_regulator" in g.kinds else frozenset()
    for kind in g.kinds:
        roles: list[tuple[str, str]]
        if kind == "breach":
            if t.kind == "range":
                roles = [("breach_start", "span")] if g.span == "instant" else [("breach_start", "start"), ("breach_end", "end")]
            elif t.qualifier == "until":
                roles = [("breach_end", "point")]
            else:
                roles = [("breach_start", "point")]
        elif t.kind == "range":
            assert t.first is not None and t.last is not None
            if t.last.hi is not None and t.first.lo is not None and t.last.hi - t.first.lo > POINT_RANGE_DAYS:
                continue  # a one-day event is not "from 2007 to 2012"
            roles = [(kind, "span")]
        else:
            roles = [(kind, "point")]
        for k, role in roles:
            if k.startswith("notification_"):
                is_about = not states_content
            else:
                is_about = about or not k.startswith("discovery") and k != "determination"
            yield Mention(k, t, role, (g.start, g.end), sent, distinct=distinct, future=future,  # type: ignore[arg-type]
                          about=is_about, certain=certain, actor=actor,
                          to=to if k == "notification_regulator" else frozenset())


def _regulators(text: str, lang: Language, g: Trigger, t: TimeExpr, sent: tuple[int, int]) -> frozenset[str]:
    """The regulators a notice names: in its clause before the words of telling (the passive's
    subject, "The attorney general's office was notified on June 17") and after them up to its
    date ("reported it to the HHS Office for Civil Rights on June 14"), or a few words after."""
    before = _clause_before(text, sent[0], g.start, 60)
    after = text[g.end:t.start] if t.start >= g.end else text[g.end:min(sent[1], g.end + 80)]
    return frozenset(m.group().lower().removeprefix("the ") for k, rx in lang.recipients if k == "notification_regulator"
                     for part in (before, after) for m in rx.finditer(part))


_NAME_WORD = re.compile(r"[^\W\d_][\w&'’.-]*|\d[\w&.-]*")
# Who learns of a breach when an informant tells them: the organisation, as told ("its vendor
# notified the district on May 30"), not the informant who found it ("the vendor detected it on May 2").
_TOLD = frozenset({"(told)"})


def _actor(text: str, lang: Language, s: int, g: int) -> frozenset[str]:
    """The capitalised name right before an event word, in its clause, as lower-case words
    ("Pine Valley Hospital learned", "Medix had discovered", "the BA discovered"): up to two
    lower-case words (an auxiliary, an adverb) may stand between; none when no name stands there."""
    before = text[max(s, g - 80):g]
    before = before[max(before.rfind(","), before.rfind(";"), before.rfind("("), before.rfind(")")) + 1:]
    words = _NAME_WORD.findall(before)
    skipped = 0
    while words and words[-1][:1].islower() and skipped < 2:
        words.pop()
        skipped += 1
    name: list[str] = []
    while words and words[-1][:1].isupper():
        name.append(words.pop())
    no_actor = lang.phrases["no_actor"]
    found = frozenset(w.lower().rstrip(".") for w in name if w.lower().rstrip(".") not in no_actor)
    if found:
        return found
    # An informant as the subject, named in lower case ("the vendor detected", "a researcher found").
    informant = max(lang.regex["informant"].finditer(before), key=re.Match.start, default=None)  # the last
    if informant is None or len(_WORD.findall(before, informant.end())) > 2:
        return found
    return frozenset(w.lower() for w in _WORD.findall(informant.group(0)) if w.lower() not in no_actor)


def _about(text: str, lang: Language, g: Trigger, t: TimeExpr, sent: tuple[int, int]) -> bool:
    """Whether the words next to an event word name the incident ("discovered the breach",
    "learned on May 2 of the intrusion", "la violation, découverte le ...", "discovered that an
    outsider had accessed ..."); the words of its own date are passed over."""
    start = t.end if 0 <= t.start - g.end <= 4 else g.end
    after = _AFTER_WORDS.match(text, start, sent[1])
    near_after = " ".join(text[start:after.end() if after else start].split()[:5])
    before = " ".join(text[max(sent[0], g.start - 60):g.start].split()[-6:])
    return any(w.regex.search(near_after) or w.regex.search(before) for topic, w in lang.topics if topic == "breach") \
        or any(tr.kind == "breach" and tr.words.regex.search(near_after) for tr in lang.triggers)


def _durations(text: str, lang: Language, durs: list[TimeExpr], triggers: list[Trigger],
               sent: tuple[int, int]) -> Iterator[Mention]:
    """A stated duration belongs to the nearest breach or investigation word of its sentence."""
    for t in durs:
        best: tuple[int, str, Trigger] | None = None
        for g in triggers:
            if g.blocked or g.needs_topic and _topic(text, lang, g.start, g.end, *sent) != "breach":
                continue  # "the investigation, which lasted ten weeks": no breach named
            if g.kinds == ("breach",) and g.span == "durative":
                kind = "breach_start"
            elif set(g.kinds) & {"investigation_start", "investigation_end"}:
                kind = "investigation_start"
            else:
                continue
            gap = text[g.end:t.start] if g.end <= t.start else text[t.end:g.start]
            words = len(_WORD.findall(gap))
            if words <= MAX_WORDS and (best is None or words < best[0]):
                best = (words, kind, g)
        if best is not None:
            yield Mention(best[1], t, "duration", (best[2].start, best[2].end), sent)


def _resolve_anchor(lang: Language, t: TimeExpr) -> TimeExpr:
    """A relative phrase whose anchor is still words ("after the detection") gets an event kind."""
    if t.kind == "relative" and t.anchor and t.anchor.kind == "phrase":
        return attrs.evolve(t, anchor=Anchor.named(_anchor_kind(lang, t.anchor.words)))
    return t


def _anchor_kind(lang: Language, phrase: str) -> str:
    """The event a relative phrase counts from ("three weeks after the detection"): ``previous``
    for a pronoun ("two days after that"), ``unknown`` for words that name no event of ours
    ("onze jours avant le chiffrement": not the event told just before)."""
    for g in _triggers(phrase, lang, 0, len(phrase)):
        if not g.kinds:
            # A telling to no one we know ("two days after the incident was reported"): an
            # event the text does not identify, so the phrase ties the date to nothing (this
            # was an IndexError).
            return "unknown"
        kind = g.kinds[0]
        return "breach_start" if kind == "breach" else kind
    for topic, words in lang.topics:
        if topic == "breach" and words.regex.search(phrase):
            return "breach_start"
    pronouns = lang.phrases["no_actor"]
    return "previous" if all(w.lower() in pronouns for w in _WORD.findall(phrase)) else "unknown"
