"""The facts stage: what a text says besides its dated events, read once for every rule kind.

How many people were affected (and how many of each regime's residents), whether law
enforcement delayed the notice, which legal regimes apply (and the words that say so), and
which notices' sentences name the recipient a regime rule speaks of. The rule kinds read
these facts, never the text itself.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Mapping, Sequence

import attrs

from . import content, placeholders
from .applicability import affected_count, detect, resident_count
from .counts import Count, read_counts, sentence_span
from .document import Document
from .evidence import quote
from .lang import Language
from .model import Evidence, RegimeMatch
from .notices import Notice, notice_kind
from .placeholders import Placeholder
from .reason import Timeline
from .rulefile import WordIndex
from .sums import Sum, read_sums
from .ruleset import DeadlineRule, RegimeOrderRule, RuleSet

Span = tuple[int, int]


@attrs.frozen
class Facts:
    """What the rule kinds know of a text besides its timeline.

    ``affected`` is the largest number of people the text says were affected, counting those
    it counts as a regime's residents ("18,400 Texans"); ``residents`` the count of each
    applicable regime's own residents, for the regimes that name theirs (None: not given);
    ``tolling`` the statement that law enforcement delayed the notice, ``security_delay`` that
    the US Attorney General delayed an 8-K filing (Item 1.05(c)); ``regimes`` the
    regimes that apply, with their cues; ``recipients`` by regime rule id, the sentences
    (start, end) of its notices that name the rule's recipient (only rules that name one)."""

    affected: int | None = None
    residents: Mapping[str, int | None] = attrs.Factory(dict)
    tolling: Evidence | None = None
    security_delay: Evidence | None = None
    regimes: tuple[RegimeMatch, ...] = ()
    recipients: Mapping[str, frozenset[Span]] = attrs.Factory(dict)
    counts: tuple[Count, ...] = ()  # every count of people, read with its rounding (counts.py)
    sums: tuple[Sum, ...] = ()  # totals the text breaks into parts it says add up (sums.py)
    notice: Notice | None = None  # the kind of notice the text itself is, if it is one (notices.py)
    content: tuple[content.Check, ...] = ()  # what that notice must say, element by element (content.py)
    placeholders: tuple[Placeholder, ...] = ()  # mail-merge slots of that notice still to fill (placeholders.py)
    # by sentence, the words saying an awareness told there was not yet certain ("although not yet certain")
    unconfirmed: Mapping[Span, Evidence] = attrs.Factory(dict)
    # the words saying the organisation judged no notice was owed ("a low probability of compromise"),
    # and their sentence
    not_owed: Evidence | None = None
    not_owed_sentence: Evidence | None = None
    # the sentences that tell a notice put off in the negative ("did not notify the DPC until 18
    # June"): none came before that date, whatever the text says of it elsewhere without one
    put_off: frozenset[Span] = frozenset()

    def names_recipient(self, rule_id: str, sentence: Span) -> bool:
        """Whether ``sentence`` names the recipient of rule ``rule_id``."""
        return sentence in self.recipients.get(rule_id, frozenset())


def find_facts(doc: Document, language: Language, index: WordIndex, rules: RuleSet, timeline: Timeline,
               forced: tuple[str, ...] = (), detect_regimes: bool = True,
               dates: Sequence[tuple[int, int]] = ()) -> Facts:
    """The facts of a document (``index`` indexes its text) once its timeline is known.

    ``forced`` regimes apply whatever the text says; with ``detect_regimes`` so do those
    whose cues the text has."""
    matched = detect(doc, index, rules, forced, detect_regimes)
    toll = language.lists["law_enforcement_delay"].search(index)
    security = language.lists["national_security_delay"].search(index)
    owed = language.lists["not_owed"].search(index)
    residents = {m.name: resident_count(doc.text, language, reg.residents)
                 for m in matched if (reg := rules.regimes[m.name]).residents}
    counts = [affected_count(doc.text, language), *residents.values()]
    notice = notice_kind(doc.text, language, index)
    # Counts matter where two may disagree, or where a notice must (not) give one: a text naming
    # people once at most is spared the reading.
    named = itertools.islice(language.lists["count_people"].finditer(index), 2)
    people = read_counts(doc.text, language, dates, index) if notice is not None or sum(1 for _ in named) >= 2 else ()
    elements = [e for m in matched for e in rules.content.elements.get(m.name, ())]
    unfilled = placeholders.find(doc.text, language.code, rules.content.slots) if notice is not None else ()
    return Facts(
        affected=max((n for n in counts if n is not None), default=None),
        residents=residents,
        tolling=quote(doc, toll.start(), toll.end()) if toll else None,
        security_delay=quote(doc, security.start(), security.end()) if security else None,
        regimes=matched,
        recipients=recipient_sentences(doc, timeline, rules, matched),
        counts=people, sums=read_sums(doc.text, language, index), notice=notice,
        content=tuple(content.check(doc.text, language, index, notice, elements,
                                    _content_facts(timeline, people, unfilled), rules.content.owners))
        if notice is not None else (), placeholders=unfilled, unconfirmed=_unconfirmed(doc, language, timeline),
        not_owed=quote(doc, owed.start(), owed.end()) if owed else None,
        not_owed_sentence=quote(doc, *sentence_span(doc.text, owed.start(), owed.end())) if owed else None,
        put_off=_put_off(doc, language, timeline))


_AWARENESS = ("discovery", "determination")


def _unconfirmed(doc: Document, language: Language, timeline: Timeline) -> dict[Span, Evidence]:
    """The sentences of awareness that say it was not yet certain, each with those words: "on
    September 22, although not yet certain of the fraud, the company acted"."""
    rx = language.regex["unconfirmed"]
    out: dict[Span, Evidence] = {}
    for n in timeline.nodes:
        for m in n.mentions if n.kind in _AWARENESS else ():
            if m.sentence not in out and (hit := rx.search(doc.text, *m.sentence)):
                out[m.sentence] = quote(doc, hit.start(), hit.end())
    return out


def _put_off(doc: Document, language: Language, timeline: Timeline) -> frozenset[Span]:
    """The sentences of a notice dated by "until" after a negation before its words ("did not
    notify the DPC until 18 June 2024", "letters were not mailed until May 2"): the first notice."""
    negation = language.regex["negation"]
    return frozenset(m.sentence for n in timeline.nodes if n.kind.startswith("notification_") for m in n.mentions
                     if m.timex.qualifier == "until" and negation.search(doc.text, m.sentence[0], m.trigger[1]))


def _content_facts(timeline: Timeline, counts: tuple[Count, ...], slots: tuple[Placeholder, ...]) -> content.Facts:
    """Where the text dates each kind of event (its own date only when it states it; never a
    placeholder's "XX/XX/2024"), and counts people."""
    dated: dict[str, list[int]] = {}
    for n in timeline.nodes[1:]:
        if n.shadow is None:
            for m in n.mentions:
                if m.timex.kind in ("date", "range") and m.timex.end > m.timex.start \
                        and not any(p.start <= m.timex.start < p.end for p in slots):
                    dated.setdefault(n.kind, []).append(m.timex.start)
    return content.Facts({k: tuple(sorted(v)) for k, v in dated.items()},
                         tuple((c.start, c.end) for c in counts if c.role in ("total", "part")))


def _regime_rules(rules: RuleSet, regimes: tuple[RegimeMatch, ...]) -> Iterator[DeadlineRule | RegimeOrderRule]:
    """The rules of the applicable regimes as the rule kinds read them (a deadline rule as its newest version)."""
    for match in regimes:
        regime = rules.regimes[match.name]
        yield from (versions[-1] for versions in regime.versions().values())
        yield from regime.orders


def recipient_sentences(doc: Document, timeline: Timeline, rules: RuleSet,
                        regimes: tuple[RegimeMatch, ...]) -> dict[str, frozenset[Span]]:
    """For each rule of the regimes that names its recipient's words (``recipient_cues``), the
    sentences of its notices (events of its ``deadline`` kind, or of its ``before`` kinds) that hold them."""
    out: dict[str, frozenset[Span]] = {}
    for rule in _regime_rules(rules, regimes):
        cues = rule.recipient_cues
        if cues is None:
            continue
        kinds = rule.before if isinstance(rule, RegimeOrderRule) else (rule.deadline,)
        sentences = {m.sentence for k in kinds for n in timeline.of_kind(k) for m in n.mentions}
        out[rule.id] = frozenset(s for s in sentences if cues.gate.search(doc.text, s[0], s[1]))
    return out
