"""The content kind: what a notice must say, must not say, and how it must look, by regime.

Each regime's elements are data (``rules/content/<regime>.toml``; messages in
``rules/content.toml``). An element applies to the kinds of notice it names (a letter to
individuals, a notice to a regulator, a filing), when its regime applies and, where it says so,
only when the text mentions what makes it due ("Social Security number" for the credit bureaus'
numbers). It is then:

- ``present``: one of its cues stands in the text (its quoted words are the evidence); an element
  about contact data needs a telephone number, an email address, a web address or a postal
  address; one about headings needs each heading on a line of its own, in order; one about a
  fact needs the fact (a dated event of its kind, a count of people);
- ``missing``: a required element is not there (an error, naming what would satisfy it);
- ``elsewhere``: a fact required "if known" is given, but not under the heading where the law
  puts it (an error: the text itself shows the fact is known);
- ``unknown``: a fact required "if known" is not given anywhere (info: it may not be known);
- ``prohibited``: words the law forbids stand in the text (an error, at those words);
- ``not checkable``: a formatting duty plain text cannot show (info).
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Literal

import attrs

from .document import Document
from .evidence import quote
from .lang import Language
from .messages import ENGLISH, Messages
from .model import ChecklistRow, Evidence, Finding
from .notices import Notice
from .placeholders import Placeholder, Slot, load_slots
from .rulefile import Phrases, RuleFileError, WordIndex, compile_phrases, expect, line_of, load_toml
from .schema import Invalid, Validator, listing, one_of, string, structure, table, web_address, words
from .taxonomy import EVENT_KINDS

Status = Literal["required", "required_if_known", "prohibited", "formatting"]
Outcome = Literal["present", "missing", "elsewhere", "unknown", "prohibited", "absent", "not checkable", "not due"]
STATUSES: tuple[str, ...] = ("required", "required_if_known", "prohibited", "formatting")
NOTICES: tuple[str, ...] = ("individuals", "regulator", "filing", "press")
CONTACTS: tuple[str, ...] = ("toll_free", "phone", "email", "web", "postal")
MESSAGE_KEYS = ("missing", "missing_formatting", "elsewhere", "unknown", "prohibited", "not_checkable", "placeholder")
PLACEHOLDER_RULE = "content/placeholder"
_AFTER = 50  # characters after a mention in which "was not included" denies it
_AFTER_STOP = re.compile(r"[.;,:()]|\n\n|\bbut\b|\bmais\b")
_WRAPPED = 50  # a line at least this long that ends without a full stop was wrapped mid-sentence
OWNER_REACH = 250  # characters from the words that say whose contact data it is to the data
FACTS = tuple(k for k in EVENT_KINDS) + ("count",)
_CONTACT_RX: dict[str, re.Pattern[str]] = {
    "toll_free": re.compile(r"(?<!\d)(?:\+?1[-. ]?)?\(?8(?:00|33|44|55|66|77|88)\)?[-. ]?\d{3}[-. ]?\d{4}(?!\d)"),
    "phone": re.compile(r"(?<![\w+])\+?\(?\d{1,4}\)?(?:[-. ]\(?\d{1,4}\)?){2,5}(?!\d)"),
    "email": re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}"),
    "web": re.compile(r"\b(?:https?://|www\.)[^\s<>]{2,200}|\b[\w-]{2,63}\.(?:com|org|net|gov|edu|fr|eu|uk|io|info)\b"),
    "postal": re.compile(r"\b(?:P\.?\s?O\.? Box \d{1,6}|[A-Z]{2},? \d{5}(?:-\d{4})?|\d{5} [A-ZÉ][\w'’-]{1,40})\b"),
}


CONTENT = "content"  # the gettext context of the elements' labels and what satisfies them


@attrs.frozen
class Element:
    """One element of what a regime's notice must (or must not) say."""

    id: str
    regime: str
    notice: tuple[str, ...]
    status: Status
    label: str
    citation: str
    source: str
    satisfy: str
    quote: str = ""
    verified: str = ""
    confidence: str = "confirmed"
    why: str = ""
    description: str = ""
    cues: dict[str, Phrases] = attrs.field(factory=dict)
    section: dict[str, Phrases] = attrs.field(factory=dict)
    headings: dict[str, tuple[str, ...]] = attrs.field(factory=dict)
    all: dict[str, tuple[str, ...]] = attrs.field(factory=dict)
    if_mentioned: dict[str, Phrases] = attrs.field(factory=dict)
    fact: str | None = None
    contact: tuple[str, ...] = ()

    @property
    def kind(self) -> str:
        return "content"

    @property
    def level(self) -> str:
        """The level of a finding that it is missing or, if prohibited, present."""
        if self.status == "formatting" and not self.headings:
            return "info"
        return "error" if self.confidence == "confirmed" else "warning"


@attrs.frozen
class Owners:
    """Whose contact data a number or an address is: the words that make it the sender's own
    ("call our help line", by language) and the names of third parties whose numbers a notice
    gives too (the FTC, the credit bureaus, a regulator), in every language."""

    own: dict[str, Phrases] = attrs.field(factory=dict)
    others: Phrases = attrs.field(factory=lambda: compile_phrases(()))


@attrs.frozen
class ContentRules:
    """Every regime's elements (by regime name), the kind's message templates, and whose contact data is whose."""

    elements: dict[str, tuple[Element, ...]] = attrs.field(factory=dict)
    messages: dict[str, str] = attrs.field(factory=dict)
    owners: Owners = attrs.field(factory=Owners)
    slots: tuple[Slot, ...] = ()  # what a mail-merge placeholder stands for (placeholders.py)

    def all(self) -> list[Element]:
        return [e for es in self.elements.values() for e in es]


@attrs.frozen
class Check:
    """One element checked on one notice: the outcome, and where the text shows it (offsets)."""

    element: Element
    outcome: Outcome
    span: tuple[int, int] | None = None
    other: tuple[int, int] | None = None  # where the text gives the fact (``elsewhere``)


# ----------------------------------------------------------------------------------- loading

def load_content(root: Path, load: Callable[[Path], tuple[dict[str, Any], str]] = load_toml) -> ContentRules:
    """The content rules of a rules directory (none without ``content.toml``); ``load`` reads a TOML file."""
    path = root / "content.toml"
    if not path.is_file():
        return ContentRules()
    data, raw = load(path)
    top = structure(path, raw, data, _ContentFile, "the content kind's file")
    structure(path, raw, top.messages, _ContentMessages, "[messages]", 0, "messages")
    contact = structure(path, raw, top.contact, _ContactTable, "[contact]", 0, "contact")
    elements: dict[str, tuple[Element, ...]] = {}
    for file in sorted((root / "content").glob("*.toml")):
        regime, found = _elements(file, load)
        elements[regime] = elements.get(regime, ()) + found
    return ContentRules(elements, dict(top.messages),
                        Owners(_phrases(contact.own), compile_phrases(contact.others)),
                        load_slots(path, raw, top.placeholder))


def _by_language(empty: bool = False) -> Validator:
    """A validator: a table of phrase lists by language, none blank (nor, without ``empty``, empty)."""
    def check(_: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        table(_, attribute, value)
        for lang, phrases in value.items():
            if not isinstance(phrases, list):
                raise Invalid(attribute.name, f'"{attribute.name}" must be list, not {type(phrases).__name__}')
            if not (phrases or empty) or not all(isinstance(w, str) and w.strip() for w in phrases):
                raise Invalid(attribute.name, f'"{attribute.name}.{lang}" must be a list of non-empty strings')
    return check


def _phrases(by_language: dict[str, list[str]]) -> dict[str, Phrases]:
    return {lang: compile_phrases(words) for lang, words in by_language.items()}


@attrs.frozen
class _ContentFile:
    """``content.toml`` as written: the kind's messages, whose contact data is whose, placeholders."""

    messages: Any = attrs.field(factory=dict, validator=table)
    contact: Any = attrs.field(factory=dict, validator=table)
    placeholder: Any = attrs.field(factory=list)


_ContentMessages = attrs.make_class("_ContentMessages", {k: attrs.field(validator=string) for k in MESSAGE_KEYS},
                                    frozen=True)


@attrs.frozen
class _ContactTable:
    """``[contact]``: the words that make contact data the sender's own, by language; third parties."""

    own: Any = attrs.field(factory=dict, validator=_by_language(empty=True))
    others: Any = attrs.field(factory=list, validator=words())


def _elements(path: Path, load: Callable[[Path], tuple[dict[str, Any], str]]) -> tuple[str, tuple[Element, ...]]:
    data, raw = load(path)
    top = structure(path, raw, data, _ContentRegimeFile, "a content file")
    out = []
    for i, e in enumerate(top.element):
        e = expect(path, raw, "element", e, dict, i, "element")
        t = structure(path, raw, e, _ElementTable, "[[element]]", i, "element", f'[[element]] "{e.get("name", "?")}"')
        out.append(t.element(f"{path.stem}/notice-{t.name}", top.regime))
    ids = [e.id for e in out]
    for i, rid in enumerate(ids):
        if rid in ids[:i]:
            raise RuleFileError(path, line_of(raw, "name", i, "element"), f"two elements with the id {rid!r}")
    return top.regime, tuple(out)


@attrs.frozen
class _ContentRegimeFile:
    """``content/<regime>.toml`` as written."""

    regime: str = attrs.field(validator=string)
    element: Any = attrs.field(factory=list, validator=listing)


def _each(allowed: tuple[str, ...]) -> Validator:
    """A validator: a list whose every item is among ``allowed``."""
    def check(_: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if not isinstance(value, list):
            raise Invalid(attribute.name, f'"{attribute.name}" must be list, not {type(value).__name__}')
        for v in value:
            one_of(allowed)(_, attribute, v)
    return check


def _contacts(_: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """A validator: ``contact``, true (the usual kinds) or a list of contact kinds."""
    if value is not True:
        _each(CONTACTS)(_, attribute, value or [])


def _unsure_why(inst: _ElementTable, attribute: attrs.Attribute[Any], value: str) -> None:
    if value == "unsure" and not inst.why:
        raise Invalid("confidence", 'an "unsure" element needs a "why"')


def _verified(_: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value and not isinstance(value, dt.date):
        raise Invalid("verified", '"verified" must be a date (2026-12-07)')


@attrs.frozen
class _ElementTable:
    """An ``[[element]]`` of a content file as written."""

    name: str = attrs.field(validator=string)
    notice: Any = attrs.field(validator=_each(NOTICES))
    status: str = attrs.field(validator=[string, one_of(STATUSES)])
    label: str = attrs.field(validator=string)
    citation: str = attrs.field(validator=string)
    source: str = attrs.field(validator=web_address)
    satisfy: str = attrs.field(validator=string)
    quote: str = attrs.field(default="", validator=string)
    verified: Any = attrs.field(default="", validator=_verified)
    confidence: str = attrs.field(default="confirmed", validator=[string, one_of(("confirmed", "unsure")), _unsure_why])
    why: str = attrs.field(default="", validator=string)
    cues: Any = attrs.field(factory=dict, validator=_by_language())
    section: Any = attrs.field(factory=dict, validator=_by_language())
    headings: Any = attrs.field(factory=dict, validator=_by_language())
    all: Any = attrs.field(factory=dict, validator=_by_language())
    if_mentioned: Any = attrs.field(factory=dict, validator=_by_language())
    fact: Any = attrs.field(default=None, validator=attrs.validators.optional(one_of(FACTS)))
    contact: Any = attrs.field(default=False, validator=_contacts)
    commentary: Any = None  # kept in the file for its readers; the checker reads none of it

    def element(self, rid: str, regime: str) -> Element:
        usual = ("toll_free", "email", "web", "postal") if regime == "HIPAA" else ("phone", "email", "web", "postal")
        return Element(
            id=rid, regime=regime, notice=tuple(self.notice), status=self.status,  # type: ignore[arg-type]
            label=self.label, citation=self.citation, source=self.source, satisfy=self.satisfy, quote=self.quote,
            verified=self.verified.isoformat() if self.verified else "", confidence=self.confidence, why=self.why,
            fact=self.fact, cues=_phrases(self.cues), section=_phrases(self.section),
            headings={k: tuple(v) for k, v in self.headings.items()}, all={k: tuple(v) for k, v in self.all.items()},
            if_mentioned=_phrases(self.if_mentioned), contact=usual if self.contact is True else tuple(self.contact or ()))


# ----------------------------------------------------------------------------------- checking

@attrs.frozen
class Facts:
    """What the content checks read besides the words: where the text dates each event kind, and
    where it counts people."""

    dated: dict[str, tuple[int, ...]] = attrs.field(factory=dict)  # event kind -> offsets of its dates
    counts: tuple[tuple[int, int], ...] = ()


def check(text: str, lang: Language, index: WordIndex, notice: Notice, elements: Sequence[Element],
          facts: Facts, owners: Owners = Owners()) -> list[Check]:
    """Each element that applies to this notice, checked; ``owners`` tells the sender's contact data from others'."""
    heads = _heading_lines(text)
    out = []
    for el in elements:
        if notice.kind not in el.notice:
            continue
        mentioned = el.if_mentioned.get(lang.code)
        if mentioned is not None and not any(not _denied(text, lang, m.start(), m.end())
                                             for m in mentioned.finditer(index)):
            out.append(Check(el, "not due"))
            continue
        out.append(_one(text, lang, index, el, facts, heads, owners))
    return out


def _denied(text: str, lang: Language, start: int, end: int) -> bool:
    """Whether its clause denies the mention at ``start``-``end``: words before it ("we do not collect
    Social Security numbers") or right after it ("your Social Security number was not included")."""
    floor = max(start - 60, 0)
    opens = max(text.rfind(".", floor, start), text.rfind(";", floor, start), _clause_line(text, floor, start),
                floor - 1) + 1
    if lang.regex["negation"].search(text, opens, start) is not None:
        return True
    stop = min(end + _AFTER, len(text))
    cut = _AFTER_STOP.search(text, end, stop)
    return lang.regex["negation"].search(text, end, cut.start() if cut else stop) is not None


def _clause_line(text: str, floor: int, pos: int) -> int:
    """The last line break between ``floor`` and ``pos`` that ends a clause (-1: none): a blank line, or
    the end of a short line (a heading, a list item); a long line was wrapped in mid-sentence
    ("We do not\ncollect ...")."""
    brk = text.rfind("\n", floor, pos)
    while brk >= 0:
        prev = text.rfind("\n", max(brk - _WRAPPED, 0), brk)
        short = prev >= 0 or brk < _WRAPPED
        line = text[max(prev + 1, brk - _WRAPPED):brk]
        if short or not line.strip() or line.rstrip().endswith(":"):
            return brk
        brk = text.rfind("\n", floor, brk)
    return -1


def _one(text: str, lang: Language, index: WordIndex, el: Element, facts: Facts,
         heads: list[tuple[int, int]], owners: Owners) -> Check:
    if el.status == "prohibited":
        span = _fact_span(el, facts) if el.fact else _cue(el, lang, index)
        return Check(el, "prohibited" if span else "absent", span)
    if el.headings:
        return _headings(text, lang, el, heads)
    if el.status == "formatting":
        return Check(el, "not checkable")
    if el.fact is not None:
        return _fact(text, lang, index, el, facts, heads)
    if el.contact:  # the sender's own contact data: a telephone number, an email address ...
        span = _contact(text, lang, index, el, owners)
    elif el.all.get(lang.code):  # every one of these names (the three credit bureaus)
        hits = [re.search(re.escape(w), text, re.I) for w in el.all[lang.code]]
        span = (hits[0].start(), hits[0].end()) if all(hits) and hits[0] else None
    elif el.cues.get(lang.code) is not None:
        span = _cue(el, lang, index)
    else:
        return Check(el, "not checkable")
    return Check(el, "present" if span else "missing", span)


def _cue(el: Element, lang: Language, index: WordIndex) -> tuple[int, int] | None:
    words = el.cues.get(lang.code)
    if words is None:
        return None
    m = next(iter(words.finditer(index)), None)
    return (m.start(), m.end()) if m else None


def _contact(text: str, lang: Language, index: WordIndex, el: Element, owners: Owners) -> tuple[int, int] | None:
    """The first contact data of the kinds ``el`` accepts that is the sender's own: the words nearest
    before it (within ``OWNER_REACH`` characters) make it the sender's ("call our help line at",
    "contactez-nous", the element's own cues such as "data protection officer"), not a third party's
    ("the FTC at", "Equifax,"); data that names a third party itself (www.equifax.com) is theirs."""
    marks = sorted([(m.end(), m.start(), True) for words in (owners.own.get(lang.code), el.cues.get(lang.code))
                    if words is not None for m in words.finditer(index)]
                   + [(m.end(), m.start(), False) for m in owners.others.finditer(index)])
    ends = [m[0] for m in marks]
    found = sorted((m for k in el.contact for m in _CONTACT_RX[k].finditer(text)), key=lambda m: m.start())
    for m in found:
        if any(m.start() <= start and end <= m.end() for end, start, own in marks if not own):
            continue
        i = bisect.bisect_right(ends, m.start()) - 1
        if i >= 0 and m.start() - marks[i][0] <= OWNER_REACH and marks[i][2]:
            return m.start(), m.end()
    return None


def _fact_span(el: Element, facts: Facts) -> tuple[int, int] | None:
    if el.fact == "count":
        return facts.counts[0] if facts.counts else None
    spots = facts.dated.get(el.fact or "", ())
    return (spots[0], spots[0]) if spots else None


def _fact(text: str, lang: Language, index: WordIndex, el: Element, facts: Facts,
          heads: list[tuple[int, int]]) -> Check:
    spots = facts.counts if el.fact == "count" else tuple((p, p) for p in facts.dated.get(el.fact or "", ()))
    if not spots:
        return Check(el, "missing" if el.status == "required" else "unknown")
    section = _section(text, lang, el, heads)
    if section is None:
        return Check(el, "present", spots[0])
    inside = next((s for s in spots if section[0] <= s[0] < section[1]), None)
    if inside is not None:
        return Check(el, "present", inside)
    return Check(el, "elsewhere", (section[0], section[0]), spots[0])


def _heading_lines(text: str) -> list[tuple[int, int]]:
    """Lines that read as headings: short, no full stop at the end, opening with a capital or a mark."""
    out = []
    for m in re.finditer(r"(?m)^[ \t#*]*([^\n]{1,80}?)[ \t*:]*$", text):
        words = m.group(1).split()
        if 0 < len(words) <= 8 and not m.group(1).rstrip().endswith((".", ",", ";")) and m.group(1)[:1].isupper():
            out.append((m.start(1), m.end(1)))
    return out


def _section(text: str, lang: Language, el: Element, heads: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The span under the heading an element belongs to, if the text has that heading."""
    words = el.section.get(lang.code)
    if words is None:
        return None
    for i, (a, b) in enumerate(heads):
        if words.gate.fullmatch(text[a:b].strip().rstrip(":?").strip()) or words.gate.match(text, a, b):
            end = heads[i + 1][0] if i + 1 < len(heads) else len(text)
            return a, end
    return None


def _headings(text: str, lang: Language, el: Element, heads: list[tuple[int, int]]) -> Check:
    """Each heading, in order: on a line of its own, or, in a text flattened to long lines (a PDF's
    or a web page's), where it opens a line or follows a sentence and is followed by a new sentence
    ("... privacy matter. What Happened? On November 13 ...")."""
    wanted = el.headings.get(lang.code)
    if wanted is None:
        return Check(el, "not checkable")
    lines = [(a, " ".join(text[a:b].lower().rstrip(":?.").split())) for a, b in heads]
    pos, line, first = 0, 0, None
    for w in wanted:
        hit = next((i for i in range(line, len(lines)) if lines[i][1] == w.lower() and lines[i][0] >= pos), None)
        if hit is not None:
            at, line = lines[hit][0], hit + 1
        else:
            m = _inline_heading(w).search(text, pos)
            if m is None:
                return Check(el, "missing")
            at = m.start()
        first = first if first is not None else at
        pos = at + len(w)
    return Check(el, "present", (first or 0, first or 0))


@functools.lru_cache(maxsize=64)
def _inline_heading(heading: str) -> re.Pattern[str]:
    """A heading run into the text, opening on a capital: after the start of a line, a sentence's or a
    salutation's end, a merge field or a dash, and before a mark and a new sentence (a capital, a
    bracket, a merge field) or the end of the line."""
    words = r"[ \t]+".join(re.escape(w) for w in heading.split())
    return re.compile(r"(?:^[ \t#*]{0,8}|(?<=[.?!:,)»] )|(?<=[.?!:,)»]  )|(?<= [-–—] ))(?=(?-i:[A-Z]))" + words
                      + r"[ \t]{0,3}[?:.]?(?=[ \t]{0,3}$|[ \t]{1,3}(?-i:[A-Z])|[ \t]{1,3}[\[<«(\"“])",
                      re.I | re.M)


# ----------------------------------------------------------------------------------- findings

@attrs.frozen
class Message:
    """What a finding of an element says, at which level, and which spans it quotes."""

    text: str
    level: str
    spans: tuple[tuple[int, int], ...]


def message(c: Check, messages: dict[str, str], notice: Notice, text: str, line_of_offset: Any,
            msg: Messages = ENGLISH) -> Message | None:
    """The finding a check makes, or None when the notice is right about the element (in ``msg``'s language)."""
    el = c.element
    messages = {key: msg._(template) for key, template in messages.items()}
    fields = {"label": msg.pgettext(CONTENT, el.label), "citation": el.citation,
              "satisfy": msg.pgettext(CONTENT, el.satisfy), "heading": "", "line": ""}
    if c.outcome == "missing":
        key = "missing_formatting" if el.status == "formatting" else "missing"
        where = (notice.start, notice.end)
        return Message(messages[key].format(**fields), el.level, (where,))
    if c.outcome == "prohibited":
        assert c.span is not None
        return Message(messages["prohibited"].format(**fields), el.level, (c.span,))
    if c.outcome == "elsewhere":
        assert c.span is not None and c.other is not None
        end = text.find("\n", c.span[0])
        fields["heading"] = text[c.span[0]:end if end >= 0 else len(text)].strip().rstrip(":")
        fields["line"] = str(line_of_offset(c.other[0]))
        return Message(messages["elsewhere"].format(**fields), el.level, (c.span, c.other))
    if c.outcome == "unknown":
        return Message(messages["unknown"].format(**fields), "info", ((notice.start, notice.end),))
    if c.outcome == "not checkable":
        return Message(messages["not_checkable"].format(**fields), "info", ((notice.start, notice.end),))
    return None


def findings(doc: Document, checks: Sequence[Check], messages: dict[str, str], notice: Notice,
             msg: Messages = ENGLISH) -> list[Finding]:
    """The findings the checks make, in the rules' order."""
    out: list[Finding] = []
    for c in checks:
        said = message(c, messages, notice, doc.text, lambda pos: doc.locate(pos)[0], msg)
        if said is None:
            continue
        evidence = tuple(_evidence(doc, span) for span in said.spans)
        el = c.element
        out.append(Finding(rule=el.id, category="content", severity=said.level, message=said.text,  # type: ignore[arg-type]
                           line=evidence[0].line, column=evidence[0].column, evidence=evidence, regime=el.regime,
                           citation=el.citation))
    return out


def placeholder_findings(doc: Document, found: Sequence[Placeholder], messages: dict[str, str]) -> list[Finding]:
    """A warning at each placeholder that stands where the notice should give something."""
    out = []
    for p in found:
        evidence = quote(doc, p.start, p.end)
        out.append(Finding(rule=PLACEHOLDER_RULE, category="content", severity="warning",
                           message=messages["placeholder"].format(placeholder=p.text, what=p.what),
                           line=evidence.line, column=evidence.column, evidence=(evidence,)))
    return out


def checklist(doc: Document, checks: Sequence[Check]) -> tuple[ChecklistRow, ...]:
    """Every element checked, with its outcome and the words that show it, in the rules' order."""
    return tuple(ChecklistRow(c.element.id, c.element.regime, c.element.label, c.element.citation, c.outcome,
                              _evidence(doc, c.span) if c.span and c.outcome in ("present", "prohibited") else None)
                 for c in checks)


def _evidence(doc: Document, span: tuple[int, int]) -> Evidence:
    """The words at ``span``, or the line they open when the span is a point (a heading, a date)."""
    start, end = span
    if end <= start:
        stop = doc.text.find("\n", start)
        end = stop if stop >= 0 else len(doc.text)
    return quote(doc, start, end)
