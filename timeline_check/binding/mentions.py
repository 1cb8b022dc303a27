"""The mentions a bound event word and date make, and the event words left with no date."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..lang import Language
from ..model import Mention, TimeExpr, Undated
from .attributed import attributed_actor
from .bounds import done_by
from .continuing import continuing_until
from .grammar import CLAUSE_PUNCT, WORD, ends_with
from .due_list import under_due_heading
from .progressive import in_progress
from .reach import acronym_words
from .recipients import clause_before
from .series import in_series
from .topics import topic_of
from .triggers import Trigger


_OPENING = 25  # characters at the start of a sentence whose "another", "a separate" speak of all of it
POINT_RANGE_DAYS = 31
_BREACH = frozenset({"breach", "breach_start", "breach_end"})
_LEAD = 12  # characters before an event word where its infinitive's mark ends, at most
_OWED_REACH = 90  # characters before an infinitive where the word that owes it may stand, at most
_PLAN_REACH = 160  # characters before a non-finite verb where the plan it continues may stand, at most
_AFTER_WORDS = re.compile(r"(?:[^\w.;]*[\w'’-]+){0,8}")


def undated_of(text: str, lang: Language, triggers: list[Trigger], sent: tuple[int, int]) -> list[Undated]:
    """Event words with no date that say the event happened: not nouns, not planned or owed
    ("a breach that needed to be reported"), not another party's acts, not words of happening
    in general that name nothing of ours ("What happened: ...")."""
    future = lang.regex["future"]
    return [Undated(k, (g.start, g.end), sent) for g in triggers
            if not (g.blocked or g.nominal or future.search(text, max(sent[0], g.start - 30), g.start) or planned_within(text, lang, g)
                    or owed_infinitive(text, lang, g, sent)
                    or g.needs_topic and topic_of(text, lang, g.start, g.end, *sent) is None)
            for k in g.kinds]


def mentions_of(text: str, lang: Language, t: TimeExpr, g: Trigger, sent: tuple[int, int], certain: bool,
                complement: tuple[int, int] | None = None, complement_breach: bool = False) -> Iterator[Mention]:
    """The mentions a word and its date make. A notice is *about* the incident unless it states
    content of its own (``complement``, "submitted a report stating that ..."): two such reports
    on two days are two reports, while "notified the breach" on two days is one notice given
    two dates. A discovery names the incident when the words by it, or the "that" clause it
    opens, speak of the breach ("found on June 3 that a bucket had exposed files":
    ``complement_breach``)."""
    if t.kind == "relative" and _owed_bound(text, lang, g, sent):
        return  # "are required to notify patients no later than 60 days after discovery": the law restated
    states_content = complement is not None
    lo = min(g.start, t.start)
    tail = _AFTER_WORDS.match(text, max(g.end, t.end), sent[1])
    window = text[max(sent[0], lo - 40):tail.end() if tail else max(g.end, t.end)]
    # "A separate incident at the same hospital, a misdirected fax on July 8, ...": its whole sentence
    opening = (sent[0], min(sent[1], sent[0] + _OPENING))
    # ... and "In addition, on May 17, 2013, an employee emailed ...": a further act of breach
    # told as an addition is another incident (a notice told so is still this one's)
    # ... and "filed a separate breach report with OCR, reporting the theft of a laptop": a
    # notice called separate anywhere in it
    separate = bool(lang.regex["separate"].search(text, *opening)) or bool(
        set(g.kinds) & _BREACH and lang.regex["further_incident"].search(text, *opening)) or bool(
        lang.regex["separate_notice"].search(text, *sent))
    distinct = separate or bool(lang.regex["distinct"].search(window))
    future = bool(lang.regex["future"].search(text[max(sent[0], g.start - 30):g.start])) or g.nominal and bool(
        lang.regex["future"].search(text, g.end, min(sent[1], g.end + 30))) or _continues_plan(text, lang, g, sent) or (
        planned_within(text, lang, g)) or in_progress(text, lang, g, sent) or under_due_heading(text, lang, g) or (
        owed_infinitive(text, lang, g, sent))
    names = _about(text, lang, g, t, sent) or complement_breach
    # "was aware of risks as far back as April 2005": no discovery of the breach. A word of
    # lasting may name the breach as its subject ("The breach began on May 2 and lasted until ...").
    if g.needs_topic and not names and not (g.kinds == ("breach",) and topic_of(text, lang, g.start, g.end, *sent) == "breach"):
        return
    # "aware ... in any event on 13 January": a bound on the day, not a rival date for it.
    bound = lang.regex["bound"].search(text, max(sent[0], t.start - 25), min(sent[1], t.end + 20)) is not None
    about = names and not bound
    if t.qualifier in ("before", "after") and t.kind == "date" and not (
            set(g.kinds) <= _BREACH and ends_with(lang.regex["inclusive_bound"], text, max(sent[0], t.start - 20), t.start)):
        bounded = done_by(t, g.kinds)  # "restored most systems by Feb. 23": every day up to it
        if bounded is None:
            return  # "began on or before January 4": the breach is dated the 4th, as the text can best say
        t = bounded
    actor = _TOLD if g.told else _actor(text, lang, sent[0], g.start)
    to = _regulators(text, lang, g, t, sent) if "notification_regulator" in g.kinds else frozenset()
    # "sometime between June 30 and August 15": one moment within the range, whatever the word
    moment = t.kind == "range" and (ends_with(lang.regex["uncertain_moment"], text, max(sent[0], t.start - 30), t.start)
                                    or _loose_list(text, t))
    until = t.qualifier == "until" or until_clause(text, lang, g, t)
    if continuing_until(text, lang, g, until, sent):
        return  # "letters will continue to go out through November 20": the mailing's end
    series = in_series(text, lang, t, sent[0])
    for kind in g.kinds:
        for k, role in _roles(kind, t, g, moment, until, series):
            if k.startswith("notification_"):
                is_about = not states_content
            else:
                is_about = about or not k.startswith("discovery") and k != "determination"
            yield Mention(k, t, role, (g.start, g.end), sent, distinct=distinct, future=future,  # type: ignore[arg-type]
                          about=is_about, certain=certain, actor=actor,
                          to=to if k == "notification_regulator" else frozenset(), separate=separate,
                          bound=bound and k == "discovery")


def _clause_start(text: str, s: int, at: int, reach: int) -> int:
    """Where the clause of the word at ``at`` starts: past the last clause mark (``CLAUSE_PUNCT``)
    within ``reach`` characters before it, in the sentence that starts at ``s``."""
    a = max(s, at - reach)
    return max((m.end() for m in CLAUSE_PUNCT.finditer(text, a, at)), default=a)


def infinitive(text: str, lang: Language, at: int, s: int) -> bool:
    """Whether the event word at ``at`` is an infinitive: its mark (``infinitive_lead``: "to")
    ends right before it, within the sentence that starts at ``s``."""
    return bool(lang.phrases["infinitive_lead"]) and ends_with(lang.regex["infinitive_lead"], text, max(s, at - _LEAD), at)


def owed_infinitive(text: str, lang: Language, g: Trigger, sent: tuple[int, int]) -> bool:
    """Whether the event word is an infinitive (``infinitive_lead``: "to notify") that a word of
    duty or plan (``future``) governs earlier in its clause, however far: "Federal rules require
    health care providers to notify patients within 60 days" states the law, no notice given
    (while "began to notify" and "decided to notify" tell acts). A length of time the law grants
    (``granted_time``: "gives providers 60 days from discovery to notify patients") governs it too."""
    if not infinitive(text, lang, g.start, sent[0]):
        return False
    lo = _clause_start(text, sent[0], g.start, _OWED_REACH)
    return lang.regex["future"].search(text, lo, g.start) is not None or bool(
        lang.phrases["granted_time"]) and lang.regex["granted_time"].search(text, lo, g.start) is not None


def _owed_bound(text: str, lang: Language, g: Trigger, sent: tuple[int, int]) -> bool:
    """Whether a word of duty (``duty``) governs the event word: right before it, but for one word
    ("must notify", "are required to notify", "must promptly notify", "doit être notifiée"), or
    earlier in its clause when the event word is an infinitive ("are required under federal law
    to notify"). A bound relative to another event then states the law's limit, no notice given.
    Not a duty of another clause: "the attorneys general that require notice were informed"."""
    if not lang.phrases["duty"]:
        return False
    duties = list(lang.regex["duty"].finditer(text, _clause_start(text, sent[0], g.start, _OWED_REACH), g.start))
    if not duties:
        return False
    return len(WORD.findall(text, duties[-1].end(), g.start)) <= 1 or owed_infinitive(text, lang, g, sent)


def planned_within(text: str, lang: Language, g: Trigger) -> bool:
    """Whether a modal word fills a gap of the event phrase itself ("Letters will go out on
    Oct. 20", "les lettres seront envoyées"): the act is planned, not done."""
    return lang.regex["planned_gap"].search(text, g.start, g.end) is not None


def _loose_list(text: str, t: TimeExpr) -> bool:
    """Whether a range's two days are joined by a bare comma ("on August 11, 20, 2016"): a list
    written loosely, or a day mistyped, that says no span; one moment within it, on any reading."""
    return len(t.parts) == 2 and text[t.parts[0].end:t.parts[1].start].strip() == ","


def _continues_plan(text: str, lang: Language, g: Trigger, sent: tuple[int, int]) -> bool:
    """Whether a non-finite verb ("notifying", "d'informer") continues a planned or owed one
    earlier in its clause: "we recommend mailing the letters on May 3 and notifying HHS the same
    day" plans both."""
    first = text[g.start:g.end].split()[0].lower() if text[g.start:g.end].strip() else ""
    if not any(first.endswith(e) for e in lang.phrases["nonfinite_ending"]):
        return False
    return lang.regex["future"].search(text, _clause_start(text, sent[0], g.start, _PLAN_REACH), g.start) is not None


_UNTIL_WORDS = 6  # words of an "until" clause before its date, at most ("until the Company removed its access on")


def until_clause(text: str, lang: Language, g: Trigger, t: TimeExpr) -> bool:
    """Whether a date after an event word ends a short "until" clause of its own ("accessed
    records until she was terminated on June 9", "jusqu'à son licenciement le 9 juin"): the
    date the lasting act went on to, its end."""
    if t.start < g.end or t.kind != "date":
        return False
    last = max(lang.regex["until_clause"].finditer(text, g.end, t.start), key=re.Match.end, default=None)
    return last is not None and "," not in text[last.end():t.start] \
        and len(WORD.findall(text, last.end(), t.start)) <= _UNTIL_WORDS


def _roles(kind: str, t: TimeExpr, g: Trigger, moment: bool = False, until: bool = False,
           series: bool = False) -> list[tuple[str, str]]:
    """The events and roles an event word of ``kind`` and its date make: a lasting breach's range
    ("left in a dumpster between May 15 and 17", "infected") or a ``series`` of one-off acts
    ("mailed ... during the period of") its start and end; a one-off act's ("stolen"), or one
    ``moment`` within the range ("sometime between"), a span; "until" its end;
    none for a range of more than a month for another word (a one-day event is not "from 2007 to 2012")."""
    if kind == "breach":
        if t.kind == "range":
            return [("breach_start", "span")] if moment or g.span == "instant" and not series else [
                ("breach_start", "start"), ("breach_end", "end")]
        return [("breach_end", "point")] if until else [("breach_start", "point")]
    if t.kind == "range":
        assert t.first is not None and t.last is not None
        if t.last.hi is not None and t.first.lo is not None and t.last.hi - t.first.lo > POINT_RANGE_DAYS:
            return []
        return [(kind, "span")]
    return [(kind, "point")]


def _regulators(text: str, lang: Language, g: Trigger, t: TimeExpr, sent: tuple[int, int]) -> frozenset[str]:
    """The regulators a notice names: in its clause before the words of telling (the passive's
    subject, "The attorney general's office was notified on June 17") and after them up to its
    date ("reported it to the HHS Office for Civil Rights on June 14"), or a few words after."""
    before = clause_before(text, sent[0], g.start, 60)
    after = text[g.end:t.start] if t.start >= g.end else text[g.end:min(sent[1], g.end + 80)]
    articles = tuple(a.lower() + " " for a in lang.phrases["name_article"])
    return frozenset(_unarticled(m.group().lower(), articles) for k, rx in lang.recipients if k == "notification_regulator"
                     for part in (before, after) for m in rx.finditer(part))


def _unarticled(name: str, articles: tuple[str, ...]) -> str:
    """A name less the first of ``articles`` that opens it ("the hhs" -> "hhs")."""
    return next((name[len(a):] for a in articles if name.startswith(a)), name)


_NAME_WORD = re.compile(r"[^\W\d_][\w&'’.-]*|\d[\w&.-]*")


# Who learns of a breach when an informant tells them: the organisation, as told ("its vendor
# notified the district on May 30"), not the informant who found it ("the vendor detected it on May 2").
_TOLD = frozenset({"(told)"})


def _actor(text: str, lang: Language, s: int, g: int) -> frozenset[str]:
    """The capitalised name right before an event word, in its clause, as lower-case words
    ("Pine Valley Hospital learned", "Medix had discovered", "the BA discovered"): up to two
    lower-case words (an auxiliary, an adverb) may stand between; none when no name stands there."""
    a = max(s, g - 80)
    before = text[a:g]
    cut = max(before.rfind(","), before.rfind(";"), before.rfind("("), before.rfind(")")) + 1
    before = before[cut:]
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
    if cut and (source := attributed_actor(text, lang, s, a + cut, g)):
        return source  # "According to Crestline, it detected ..."
    # An informant as the subject, named in lower case ("the vendor detected", "a researcher found").
    informant = max(lang.regex["informant"].finditer(before), key=re.Match.start, default=None)  # the last
    if informant is None or len(WORD.findall(before, informant.end())) > 2:
        return found
    return frozenset(w.lower() for w in WORD.findall(informant.group(0)) if w.lower() not in no_actor)


def _words_before(text: str, lang: Language, pos: int, s: int) -> str:
    """The six words before ``pos``; twelve after a coordinator, the noun standing before the
    participle (and its date) the word is coordinated with ("une intrusion lancée début juin 2024
    et confirmée le 3 juillet": the intrusion is what was confirmed). A bracketed acronym is no
    word of them ("un piratage de l'espace numérique de travail (ENT), survenu ...", reach.py)."""
    words = text[max(s, pos - 120):pos].split()
    shared = len(words) > 1 and lang.regex["coordinator"].fullmatch(words[-1]) is not None
    n = 12 if shared else 6
    n += acronym_words(" ".join(words[-n:]))
    return " ".join(words[-n:])


def _about(text: str, lang: Language, g: Trigger, t: TimeExpr, sent: tuple[int, int]) -> bool:
    """Whether the words next to an event word name the incident ("discovered the breach",
    "learned on May 2 of the intrusion", "la violation, découverte le ...", "discovered that an
    outsider had accessed ..."); the words of its own date are passed over."""
    start = t.end if 0 <= t.start - g.end <= 4 else g.end
    after = _AFTER_WORDS.match(text, start, sent[1])
    near_after = " ".join(text[start:after.end() if after else start].split()[:5])
    before = _words_before(text, lang, g.start, sent[0])
    return any(w.gate.search(near_after) or w.gate.search(before) for topic, w in lang.topics if topic == "breach") \
        or any(tr.kind == "breach" and tr.words.gate.search(near_after) for tr in lang.triggers)
