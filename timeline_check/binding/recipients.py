"""Who a notice went to: the recipients after a verb of telling, the subject of a passive, the
further recipients of a list with dates of their own, and informants who told the organisation."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..lang import Language
from ..rulefile import Pattern
from .behalf import on_behalf
from .affected_aside import affected_aside
from .date_aside import past_date_aside
from .grammar import CLAUSE_MARK, MAX_WORDS, WORD, ends_with, grammar_of
from .recipient_lists import counted_gap, list_goes_on, passive_after
from .relative_subject import relative_antecedent
from .stages import told_by


_DIGIT = re.compile(r"\d")
_DATE_COMMA = re.compile(r"\d[^\w,]*,(?!\s*\d)")  # a date's end, then a comma: the clause goes on (not "12,000", "June 1, 2024")
_CLAUSE_COMMA = re.compile(r"(?<!\d), |, (?!\d)")  # not the comma inside "June 1, 2024"
_NAMED_BEFORE = re.compile(r"\b[A-Z][\w.'’-]*\s+$")  # a capitalised word right before the genitive
_NAMED_AFTER = re.compile(r"\s*[A-Z]")  # and one right after it


def _inside_name(after: str, of: re.Match[str]) -> bool:
    """Whether a genitive joins two capitalised words of one name ("the District of Columbia
    Attorney General"), rather than leading from what was sent to whom it concerns."""
    word = of.group().split(None, 1)
    return _NAMED_BEFORE.search(after, 0, of.start()) is not None and len(word) > 1 \
        and _NAMED_AFTER.match(word[1]) is not None
_PUNCT = re.compile(r"[:;|]")  # between an informant and the verb: not its subject ("Patients: letters mailed ...")


def dated_joins(text: str, lang: Language, a: int, b: int,
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
        if lang.regex["at_once"].fullmatch(text, *dated):
            continue  # "and the clinic immediately secured the page": a clause of its own, its subject no recipient
        piece = text[j.end():dated[0]]
        spans = [(m.start(), m.end()) for _, rx in lang.recipients for m in rx.finditer(piece)]
        if not spans:
            continue
        first, named = min(x for x, _ in spans), max(y for _, y in spans)
        # the recipient right after the join ("and the Maine Attorney General"), then its date ("on")
        if "," in piece[:first] or len(WORD.findall(piece, 0, first)) > 3 or len(WORD.findall(piece, named)) > 3:
            continue
        kinds = recipient_chain(lang, piece)
        out.append((j.start(), j.end(), tuple(kinds)))
        pos = dated[1]
    return out


_TO_BEFORE = re.compile(r"\bto\s+(?:\S+\s+){0,2}$")  # "to" before a recipient, at most two words before it


def _inside(text: str, lang: Language, kind: str, rx: Pattern, ts: int, te: int) -> bool:
    """Whether a recipient stands inside the words of telling ``text[ts:te]``: the organisation
    only after "to" ("notices to the covered entity were sent"), else it is the one that sends
    ("the letter the practice mailed to patients")."""
    m = rx.search(text, ts, te)
    return m is not None and (kind != "notification_covered_entity"
                              or _TO_BEFORE.search(text, ts, m.start()) is not None)


def notice_recipients(text: str, lang: Language, ts: int, te: int, s: int, e: int) -> tuple[tuple[str, ...], bool]:
    """Who a notice went to: recipients after the verb (or before it, in the passive); and
    whether the verb is active, its recipients after it (its subject told them)."""
    window_end = min(e, te + 120)
    after = text[te:window_end]
    after = affected_aside(lang, past_date_aside(lang, after))  # "a notifié, le 5 mai, la violation à la CNIL"
    made = lang.regex["object_relative"].match(after, len(after) - len(after.lstrip()))
    if made:  # "la notification qu'elle a faite à la CNIL": the recipients of the relative's verb
        after = past_date_aside(lang, after[made.end():])
    grammar = grammar_of(lang)
    stop = grammar.hard_stop.search(after)
    if stop:
        after = after[: stop.start()]
    if grammar.hard_stop.search(text, ts, te):
        after = ""  # "provided notification on behalf of the plan": whom it was done for, no recipient
    for join in lang.regex["clause_join"].finditer(after):
        # ", and the media", ", and to the patients" continue the list; ", and the CE provided ..." starts a clause.
        if not list_goes_on(lang, after, join.end()):
            after = after[: join.start()]
            break
    before = text[max(s, ts - 60):ts]
    # recipients inside the words of telling come first ("letters to families were mailed")
    inside = [k for k, rx in lang.recipients if _inside(text, lang, k, rx, ts, te)] if " " in text[ts:te].strip() else []
    kinds = inside + recipient_chain(lang, after)
    # A list's or a table's passive has no auxiliary ("Patients notified by letter", "HHS
    # informed on May 3"): a participle right after its recipient, with no object after it (one
    # word: "la CNIL a informé le cabinet" is the CNIL's telling, its object after "le").
    bare = not kinds and " " not in text[ts:te].strip() and grammar.no_object.match(text, te, window_end) is not None and any(
        ends_with(rx, text, max(s, ts - 60), ts) for k, rx in lang.recipients
        if k != "notification_covered_entity")  # "The hospital mailed the letters on ...": its own act
    # not one before a clause join, another clause's object ("notified police ..., but did not notify the CE until")
    informed = next((m for m in lang.regex["informant"].finditer(before) if not _PUNCT.search(before, m.end())
                     and not lang.regex["clause_join"].search(before, m.end())
                     and not grammar.governed.search(before, 0, m.start())), None) \
        or _appositive_informant(text, lang, s, ts)  # not "mailed letters to patients on Oct. 11 and reported ..."
    passive = grammar.passive.search(before) is not None
    if informed and not bare and not passive and set(kinds) <= {"notification_covered_entity"} \
            and (kinds or not on_behalf(text, lang, ts, e)) \
            or set(kinds) <= {"notification_covered_entity"} and told_by(text, lang, te, e):
        # "a researcher notified the clinic", "notified by the FBI": how it learned (but a vendor that
        # notified no one named, "on behalf of the plan", gave the plan's notice)
        return ("discovery",), False
    active = bool(kinds) and not passive
    if not kinds and (bare or passive):
        kinds = _passive_subject(lang, before)
    return tuple(dict.fromkeys(kinds)), active


# the rest of an apposition: its words to a comma, then at most one capitalised name set off by
# commas ("a patient of the CE, Hill Eye Care (HEC), told ...": whose patient, then that one's name)
_APPOSITIVE = re.compile(r"[^,;:|.!?]*,(?:\s+[A-Z][^,;:|.!?]*,)?\s*$")


def _appositive_informant(text: str, lang: Language, s: int, ts: int) -> re.Match[str] | None:
    """An informant named in an apposition that ends right before the verb ("Lakeshore, a
    vendor that processes claims for the plan, told us"; "On May 2, a patient of the covered
    entity, Hill Eye Care, notified the CE"), past the clause words looked at first."""
    a = max(s, ts - 160)
    for m in lang.regex["informant"].finditer(text, a, ts):
        if text[a:m.start()].rstrip().endswith(",") and _APPOSITIVE.fullmatch(text, m.end(), ts):
            return m
    return None


def _passive_subject(lang: Language, before: str) -> list[str]:
    """Recipients named as the subject of a passive notice, in the words before it from the last
    comma or semicolon (before that, when a relative pronoun opens the verb's clause: "les clients,
    qui ont été prévenus"); past a short aside set off by commas ("Les habitants, eux, n'ont été
    informés que le 11 octobre", "Patients, however, were told")."""
    parts = CLAUSE_MARK.split(before)
    own = relative_antecedent(lang, parts)  # "la CNIL, qui a été informée"
    governed = grammar_of(lang).governed  # not one a preposition governs: "auprès de la gendarmerie et la CNIL a été notifiée"
    clause = parts[-1] if own is None else own
    kinds = [k for k, rx in lang.recipients
             if any(not ends_with(governed, clause, 0, m.start()) for m in rx.finditer(clause))]
    if not kinds and len(parts) >= 3 and len(WORD.findall(parts[-2])) <= 3:
        kinds = [k for k, rx in lang.recipients if rx.search(parts[-3])]
    return kinds


def clause_before(text: str, s: int, pos: int, reach: int = 40) -> str:
    """The words of a clause before ``pos``, from its last comma or semicolon (``reach`` characters at most)."""
    before = text[max(s, pos - reach):pos]
    cut = max(before.rfind(","), before.rfind(";"))
    return before[cut + 1:]


def subject_clause(text: str, lang: Language, s: int, pos: int, reach: int = 40) -> str:
    """The words of the clause before ``pos`` (``clause_before``), or those before the relative
    clause ``pos`` stands in ("La CNIL, qui a été informée": "La CNIL")."""
    parts = CLAUSE_MARK.split(text[max(s, pos - 2 * reach):pos])
    own = relative_antecedent(lang, parts)
    return own if own is not None and len(parts[-1]) <= reach else clause_before(text, s, pos, reach)


# a genitive right after a name, of a thing ("the CE's websites", "the members' homes"); not of a
# named part of it ("HHS's Office for Civil Rights": the recipient still)
_POSSESSIVE = re.compile(r"['’](?:s\b|(?=\s))(?![ \t]+[A-Z])")


def recipient_chain(lang: Language, after: str, last: bool = False) -> list[str]:
    """Recipients listed right after a notice verb: the first within four words, the next
    each within three words of the one before ("to HHS, affected individuals, and the media").
    With ``last``, the recipient that ends the text: the subject of a passive ("HHS was notified")."""
    found = sorted((m.start(), -m.end(), k, m.end()) for k, rx in lang.recipients for m in rx.finditer(after))
    if last:
        owner = lang.regex["owner_relative"]  # "The member whose documents were sent out was informed"
        return [k for _, _, k, end in found
                if len(WORD.findall(after[end:])) <= 2 or owner.match(after[end:].lstrip())][-1:]
    kinds: list[str] = []
    grammar = grammar_of(lang)
    pos, reach = 0, 4
    for start, _, kind, end in found:
        if start < pos or kinds and not after[pos:start].strip():
            # "its covered entity clients", "the state attorney general": one recipient, named
            # by its first words; the list goes on from the end of its name
            pos = max(pos, end)
            continue
        if _POSSESSIVE.match(after, end):
            continue  # "was posted on the CE's websites": whose website, no one told
        of = grammar.of.search(after, pos, start)
        if of and (ends_with(lang.regex["recipient_lead"], after, pos, start) or _inside_name(after, of)):
            of = None  # the "de" of "auprès de la CNIL" leads to the recipient: no genitive
        if of and not grammar.quantifier.search(after, max(pos, of.start() - 20), of.start()):
            continue  # "sent us a list of affected members": what was sent, not to whom ("all of the members": whom)
        words = len(WORD.findall(after[pos:start]))
        # "the FBI, the 640 exposed members"; first too: "notifying approximately 212,000 loyalty program members"
        counted = counted_gap(lang, after, pos, start)
        if words > reach and not counted and not (not kinds and words <= MAX_WORDS and not _CLAUSE_COMMA.search(after, pos, start)
                                                  and grammar.recipient_lead.search(after, 0, start)):
            break  # beyond reach, unless the first recipient follows "to" in its clause ("reported a breach ... to the DPA")
        if kinds and not counted and _DIGIT.search(after, pos, start) or not kinds and _DATE_COMMA.search(after, pos, start):
            break  # "to residents on Jan. 20, the department said", "letters dated April 12, 2024, the practice said"
        if kinds and passive_after(lang, after, end):
            break  # "to the police and HHS was notified later": the next clause's subject
        kinds.append(kind)
        pos, reach = end, 3
    return kinds

