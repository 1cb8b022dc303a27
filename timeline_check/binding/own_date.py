"""The text's own date (a dateline, a letter's date, a signature block's date) and whether the
text is itself a letter that tells its reader."""

from __future__ import annotations

import bisect
import itertools
import re

from ..lang import Language
from ..model import Mention, TimeExpr, Undated
from ..rulefile import WordIndex
from ..sentences import without_defined_terms
from .grammar import QUOTE, WORD, grammar_of
from .rows import cell_follows


_DATELINE_REACH = 300  # characters from the start of a line to a dateline's date
_LETTER_REACH = 2000  # characters from the start of a text to the words that address a letter's reader
_FIELD = r"(?:<<[^<>\n]{1,60}>>|\{\{[^{}\n]{1,60}\}\}|«[^\s«»]{1,60}»|\[[^\[\]\n]{1,60}\])"
_MERGE_LINE = re.compile(rf"(?m)^[ \t]{{0,20}}{_FIELD}(?:[ \t,.]{{0,4}}{_FIELD}){{0,8}}[ \t]{{0,20}}\n")  # only mail-merge fields


# Words with which a letter addresses its reader, and the notice the letter then is: a regulator
# first, as a letter to an attorney general may be headed "Re: Notice of Data Security Incident".
_ADDRESSED = (("addressed_regulator", "notification_regulator"), ("addressed", "notification_individuals"))


_CLOCK_GAP = re.compile(r"[ \t,]{0,3}")  # between a dateline's date and its time


def own_stamp(text: str, pub: Mention, t: TimeExpr) -> bool:
    """Whether ``t`` is the text's own date, lies inside it ("Posted Thursday, November 12, 2026 6:05 p.m."),
    or is its time of day right after it on its line ("Sent: Friday, June 26, 2026 3:02 PM", an e-mail's
    header): it dates no event."""
    own = pub.timex
    return t is own or own.start <= t.start and t.end <= own.end \
        or t.kind == "time" and _CLOCK_GAP.fullmatch(text, own.end, t.start) is not None


def letter_notice(text: str, lang: Language, index: WordIndex, spans: list[tuple[int, int]],
                  starts: list[int]) -> Undated | None:
    """The notice a text is when it is a letter that addresses its reader as one it tells:
    a notice to individuals ("Dear Member", "We are writing to inform you") or to a regulator
    ("Dear Attorney General", "write to notify your office"), of the text's own date. Only in its
    first lines, and not after a quotation mark in the sentence ("the letter said: 'We are
    writing ...'"): an article quoting a letter, a sample letter in an appendix are no such text.
    ``starts`` are the sentences' starts."""
    for key, kind in _ADDRESSED:
        # A text whose first lines call it a later part of a notice to an authority given before
        # ("Objet : notification complémentaire", "this letter supplements our notice of") does
        # not date that notice: the text dates it itself, or not at all.
        if kind == "notification_regulator" and _unquoted(text, lang, "supplement", index, spans, starts) is not None:
            continue
        if (found := _unquoted(text, lang, key, index, spans, starts)) is not None:
            m, sent = found
            return Undated(kind, (m.start(), m.end()), sent)
    return None


def addressee(text: str, lang: Language, spans: list[tuple[int, int]], letter: Undated) -> tuple[int, int] | None:
    """For a letter to a regulator, the line of its head that names the regulator ("Office of the
    Attorney General of Washington", above "Dear Sir or Madam"): the notice's recipient, as a
    notice's own sentence names it. None for a letter to individuals or a head that names none."""
    authority = dict(lang.recipients).get("notification_regulator")
    if letter.kind != "notification_regulator" or authority is None:
        return None
    return next((s for s in spans if s[1] <= letter.sentence[0] and authority.search(text, s[0], s[1])), None)


def _unquoted(text: str, lang: Language, key: str, index: WordIndex, spans: list[tuple[int, int]],
              starts: list[int]) -> tuple[re.Match[str], tuple[int, int]] | None:
    """The first words of list ``key`` in the text's first lines that no quotation mark precedes
    in their sentence, with that sentence; not past a forwarded message's mark (``[phrases] forwarded``)."""
    # a letter forwarded below a message of its own ("---------- Forwarded message ---------") is not the text
    forward = lang.regex["forwarded"].search(text, 0, _LETTER_REACH) if lang.phrases["forwarded"] else None
    reach = forward.start() if forward is not None else _LETTER_REACH
    for m in lang.lists[key].finditer(index, before=reach):
        sent = spans[max(0, bisect.bisect_right(starts, m.start()) - 1)]
        if not QUOTE.search(without_defined_terms(text[sent[0]:m.start()])):
            return m, sent
    return None


def publication(text: str, lang: Language, timexes: tuple[TimeExpr, ...]) -> Mention | None:
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
        # a mail merge's address block ("<<First Name>> <<Last Name>>") pushes no date down
        line_no += text.count("\n", pos, t.start) - sum(1 for _ in _MERGE_LINE.finditer(text, pos, t.start))
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
        after = sum(1 for _ in itertools.islice(WORD.finditer(text, t.end, le), 4))
        words = len(WORD.findall(before)) + after
        # A byline's fields may share the line: "By Staff | Updated May 14, 2024", or the date
        # may be a field of its own: "By a staff reporter | October 2, 2024".
        cut = max(map(before.rfind, _FIELD_SEPARATORS))
        field = before[cut + 1:]
        opens = dateline.match(field.strip())
        form_field = opens is not None and lang.regex["form_label"].search(field.strip(), opens.end()) is not None
        if form_field:
            opens = None  # "Date of the breach: March 2, 2025", a form's field for an event, no dateline
        whole = opens is not None and opens.end() == len(field.strip())  # "Filed with the SEC on": the field is the dateline's words
        alone = cut >= 0 and not WORD.search(field) and not after
        # ("Published 6:02 PM EST, Tue February 11, 2025": a time of day and a weekday before the date)
        if opens and (whole or len(WORD.findall(field)) <= (8 if not after and _CLOCK.search(field) else 4)) \
                or (words <= 3 or alone) and not form_field and not t.year_inferred and line_no <= 3 \
                and not cell_follows(text, t.end) and not _CLAUSE_ON.match(text, t.end) and not _event_field(lang, field) \
                and not _answers_question(text, ls) \
                or line_no <= _HEADING_LINES and (_wire_dateline(text, lang, before, t.end)
                                                   or _dash_dateline(text, timexes, t, before, le)
                                                   or _set_apart(text, t, before, le)
                                                   or _meeting_hours(text, t, before, le)):
            return Mention("publication", t, "point", (t.start, t.end), (ls, le))
    return _closing_date(text, lang, timexes)


def _answers_question(text: str, ls: int) -> bool:
    """Whether the line at ``ls`` follows a line that asks a question ("Quand la CNIL a-t-elle été
    informée ?" above "Le 8 octobre 2025."): an FAQ's or a form's answer, not a dateline."""
    i = ls - 1  # back over the blanks that end the line above, with no copy of the text before it
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    return i > 0 and text[i - 1] == "?"


def _event_field(lang: Language, field: str) -> bool:
    """Whether the words before a date are a field's label naming an event ("Detected:", "OAIC notified:")."""
    return field.rstrip().endswith(":") and lang.regex["form_label"].search(field) is not None


# "On April 24, 2024, Dropbox, Inc. (“" at the end of a broken line: a clause goes on after the date's comma
_CLAUSE_ON = re.compile(r",[ \t]*[^\W\d_]")
_CLOSING_LINES = 10  # lines from the end of a text in which a signature block's date may stand
_FAR_APART = re.compile(r"[ \t]{2,}|\t")  # a gap between the columns of a signature block


def _closing_date(text: str, lang: Language, timexes: tuple[TimeExpr, ...]) -> Mention | None:
    """A date alone on its line, or after a dateline's words, in a signature block at the end of
    the text: "SIGNATURES ... Date: March 18, 2024", "Sincerely, ... March 4, 2024", "Fait à
    Lyon, le 3 mai 2024", "Paris, le 3 mars 2025"."""
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
        heading = grammar_of(lang).letter_heading.fullmatch(text, ls, t.start) is not None  # "Paris, le 3 mars 2025"
        if (not field or heading or lang.regex["dateline"].match(field) and len(WORD.findall(field)) <= 4) \
                and not WORD.search(rest):
            return Mention("publication", t, "point", (t.start, t.end), (ls, le))
    return None


# A news wire's dateline: "BOSTON, Jan. 18, 2024 — ...", "SPRINGFIELD, Ill., ... /PRNewswire/", "LYON, 3 mai 2024 -- ...".
_WIRE_PLACE = re.compile(r"\s*([^\W\d_][^\W\d_ .'’-]{0,40}(?:[ -][^\W\d_][^\W\d_ .'’-]{0,20}){0,2})"
                         r"(?:,\s*[^\W\d_][\w.]{0,20})?,\s*")  # "BOSTON,", "NEW YORK,", "SALT LAKE CITY, Utah,"


# the dash may follow the agency's credit: "PARIS, 12 mars 2024 (Reuters) -", "LYON, 3 mai 2024 (AFP) —"
_WIRE_DASH = re.compile(r"\s*(?:\([^()\n]{1,30}\)\s*)?(?:[—–]|--?\s|/)")


# A wire dateline or a "Paris, le" heading may follow a sender's address, "FOR IMMEDIATE RELEASE"
# and a title: within the first lines.
_HEADING_LINES = 8


def _wire_dateline(text: str, lang: Language, before: str, end: int) -> bool:
    """Whether a date between a place name and a dash is a news wire's dateline ("BOSTON, May 3
    -", "Paris, 9 octobre 2025 —": a place in capitals, or capitalised and no weekday), or a date
    after "Paris, le" heads a letter or a press release."""
    place = _WIRE_PLACE.fullmatch(before)
    if place is not None and _WIRE_DASH.match(text, end) is not None and (
            place.group(1).isupper() or place.group(1)[0].isupper() and place.group(1).lower() not in lang.weekdays):
        return True
    heading = grammar_of(lang).letter_heading.fullmatch(before)
    return heading is not None and heading.group(1)[0].isupper()


def _set_apart(text: str, t: TimeExpr, before: str, le: int) -> bool:
    """Whether a full date stands alone on its line between blank lines, as a letter's date
    under a sender's address of several lines ("Cedar Goods / 1190 Mill Road / Asheville, NC
    28801 / (blank) / November 3, 2025 / (blank) / Dear Customer,")."""
    if t.year_inferred or before.strip() or text[t.end:le].strip():
        return False
    ls = t.start - len(before)  # the start of the date's line
    return text.endswith("\n\n", 0, ls) and text.startswith("\n", le) and text[le + 1:le + 2] in ("\n", "\r")


# A meeting's hours after its date, and nothing else on the line but a parenthesis ("Thursday,
# March 12, 2026, 8:30-9:15 a.m. (video call)", "Jeudi 12 mars 2026, 8 h 30 - 9 h 15"): the words
# of clock readings, and the comma that opens them.
_HOURS = re.compile(r"(?i),[ \t]*(?:(?:de|from)[ \t]+)?\d{1,2}\b")
_HOUR_WORDS = re.compile(r"(?i)\d{1,2}|h|a|p|m|am|pm|to|from|de|à|utc|gmt|cet|et|pt")
_CLOCK_END = re.compile(r",[ \t]*\d{1,2}[ \t]?[:h.][ \t]?\d{2}$")
_CLOCK_READING = re.compile(r"(?i)\b\d{1,2}(?:[ \t]?[:h.][ \t]?\d{2}|[ \t]?h\b|[ \t]?[ap]\.?m\b)")
_PARENTHESIS = re.compile(r"\([^()\n]*\)\s*$")


def _meeting_hours(text: str, t: TimeExpr, before: str, le: int) -> bool:
    """Whether a full date that opens its line (but for a weekday) is followed by a meeting's
    hours and nothing else: the date of the minutes, not of an event they record."""
    if t.year_inferred or len(WORD.findall(before)) > 1 or not (
            _HOURS.match(text, t.end) or _CLOCK_END.search(text, t.start, t.end)):  # the date read with its first hour
        return False
    rest = _PARENTHESIS.sub("", text[t.end:le])
    if len(_CLOCK_READING.findall(text, t.start, le)) < 2:  # a meeting's span, not one time of a log's row
        return False
    return all(_HOUR_WORDS.fullmatch(w) for w in re.findall(r"[^\W_]+", rest))


_LEAD_WORDS = 10  # words after a dash that make a news story's lead, not a timeline item


def _dash_dateline(text: str, timexes: tuple[TimeExpr, ...], t: TimeExpr, before: str, le: int) -> bool:
    """Whether a date that opens its line, then a dash, then a lead of a dozen words or more, is
    the story's dateline ("April 2, 2025 — Coastline Payroll told regulators on Monday that
    ..."), not an item of a timeline list ("2025-04-02 — Server isolated"): no other date opens
    a line with a dash after it."""
    dash = _WIRE_DASH.match(text, t.end)
    if before.strip() or dash is None or sum(1 for _ in itertools.islice(WORD.finditer(text, dash.end(), le), _LEAD_WORDS)) < _LEAD_WORDS:
        return False
    return not any(o is not t and not text[text.rfind("\n", 0, o.start) + 1:o.start].strip()
                   and _WIRE_DASH.match(text, o.end) for o in timexes)


_CLOCK = re.compile(r"\d{1,2}[:h.]\d{2}")  # a time of day
_FIELD_SEPARATORS = ("|", "·", "•", "—", "–")
