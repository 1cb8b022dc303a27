"""Hypothesis strategies: random breach timelines, told in English or French prose.

``narratives(lang, fault)`` draws an internally consistent timeline (breach start and
end, discovery, optional containment, investigation start and end, notices to
individuals, to the regulator (HHS) and to the media) over real calendar dates in
2015-2026, may inject exactly one fault, and renders it with one of several phrasings
per event kind. It returns the text and the facts the checker should find: the events
(kind, earliest, latest, as day ordinals) and the injected fault, if any.

``date_phrases(lang)`` draws one date, range or month rendered in one of the formats
the tagger reads, with the interval(s) it stands for, for round-trip tests.

Every sentence is written for this module; the narratives always mention patients and
health information, so HIPAA applies.

Found by these strategies, fixed in the engine, and drawn again since:
- a date after "discovered the intrusion" went to the breach word "intrusion";
- a range whose ends share one stated year ("from June 3 to June 19, 2023") was marked
  ``year_inferred``, so its contradictions were only warnings;
- a relative phrase after a range ("From June 3 to June 19, 2023, ... Two days later,
  ...") counted from the range's start, not its end;
- an ISO date after "from", "in", "since" ... ("from 2023-06-03 to 2023-06-19") was
  read as the bare year;
- a generic "ended" that closes its sentence took its topic from the next sentence
  ("Three days later, the investigation ended. The breach was reported ..." gave
  breach_end);
- the sentence splitter broke after "janv.", "févr.", "avr.", "juil.", "déc.";
- "that same day" after a notice verb was read as the "that" of a complement clause;
- with its date between them ("learned on February 6, 2021 of suspicious activity"), a
  discovery word and the words naming the incident were too far apart for a restated
  discovery to conflict;
- a regulator told in the passive ("HHS was notified of the breach", "Le HHS a été
  informé") was taken for the organisation learning of the breach.
- a comma before "and" ("The access began on March 3, 2019, and ended on April 9, 2019")
  made the first date look like one that opens its clause, so it went to "ended" and the
  second to "began" (the binder's fronted-date test counted the four words before the date
  and not the event word among them);
- French timeline rows in the nominal style ("Ouverture d'une enquête", "Envoi des lettres
  aux patients", "Information de la presse") dated no event (words added to fr.toml).

Drawn besides the timeline: a sentence of the organisation's history (a year set aside as
background, listed in ``unplaced``), another incident told as such ("In a separate incident,
..."), whose events are never ordered against the narrative's, late notices said in the negative
("Notification letters were not mailed until ...", "n'a informé les patients concernés que le ..."),
the events after the discovery as rows of a Markdown "| Date | Event |" table, the security team
named in full with its acronym ("the Security Operations Centre (SOC)") and then by it alone
("the SOC"), the regulator named in full with its acronym before the notices name it by it ("HHS").

A new engine defect found here gets a strict xfail in ``test_properties.py`` until fixed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from hypothesis import strategies as st

FIRST_DAY = dt.date(2015, 1, 1)
LAST_BREACH = dt.date(2026, 3, 1)  # leaves room for the rest of the timeline within 2026
HIPAA_DAYS = 60

NOTICES = ("notification_individuals", "notification_regulator", "notification_media")


# --------------------------------------------------------------------------- facts

@dataclass(frozen=True)
class ExpectedEvent:
    """An event the checker must report: its kind and bounds (day ordinals).

    A date or an exact relative phrase ("two days later") gives ``earliest == latest``.
    A week ("a week later") is read as 7 days give or take one, which the order rules may
    narrow: then the reported bounds must lie within ``earliest..latest`` and keep ``day``.
    """

    kind: str
    earliest: int
    latest: int
    day: int

    def matches(self, kind: str, earliest: int | None, latest: int | None) -> bool:
        if kind != self.kind or earliest is None or latest is None:
            return False
        if self.earliest == self.latest:
            return (earliest, latest) == (self.earliest, self.latest)
        return self.earliest <= earliest <= self.day <= latest <= self.latest

    def __str__(self) -> str:
        lo, hi = dt.date.fromordinal(self.earliest), dt.date.fromordinal(self.latest)
        return f"{self.kind} {lo}" + ("" if lo == hi else f"..{hi}")


@dataclass(frozen=True)
class Fault:
    """The one fault injected: the finding's category and rule id."""

    category: str  # order | conflict | duration | deadline
    rule: str
    note: str
    kinds: frozenset[str] = frozenset()  # the kinds of the events the finding must name
    due: int | None = None  # deadline faults: the last day allowed, and the day of the notice
    actual: int | None = None

    def __str__(self) -> str:
        return f"{self.rule}: {self.note}"


@dataclass(frozen=True)
class Narrative:
    """A rendered timeline and what the checker should find in it."""

    text: str
    lang: str
    events: tuple[ExpectedEvent, ...]
    fault: Fault | None
    dates: dict[str, dt.date] = field(default_factory=dict, compare=False)
    aside: tuple[tuple[str, str], ...] = ()  # background dates no event takes: (words, reason)

    def __str__(self) -> str:
        dates = ", ".join(f"{k}={v}" for k, v in self.dates.items())
        return f"[{self.lang}] {self.text}\n  dates: {dates}\n  fault: {self.fault}"


FAULTS = ("order", "conflict", "duration", "deadline")
ORDER_FAULTS = {
    "discovery-after-investigation-end": "the investigation ends before the discovery",
    "discovery-before-breach": "the discovery is dated before the breach starts",
    "notice-before-discovery": "a notice is dated before the discovery",
    "breach-end-before-start": "the breach ends before it starts",
    "investigation-end-before-start": "the investigation ends before it starts",
}


# --------------------------------------------------------------------------- timelines

@dataclass
class Plan:
    """The drawn timeline before rendering: true dates, and which of them a fault touches."""

    dates: dict[str, dt.date]
    instant: bool  # a theft or loss: one breach date, no end
    fault: Fault | None = None
    touched: frozenset[str] = frozenset()  # kinds the fault needs stated explicitly
    conflict_date: dt.date | None = None  # the discovery's second date
    duration: tuple[int, str] | None = None  # stated breach length: (amount, "days" | "weeks")


def _plus(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


@st.composite
def plans(draw: st.DrawFn, fault: str | None = None) -> Plan:
    """A consistent timeline, then (``fault`` given) exactly one fault of that category."""
    order_rule = draw(st.sampled_from(sorted(ORDER_FAULTS))) if fault == "order" else None
    instant = fault is None and draw(st.integers(0, 5)) == 0
    bs = draw(st.dates(FIRST_DAY, LAST_BREACH))
    dates: dict[str, dt.date] = {"breach_start": bs}
    if not instant:
        dates["breach_end"] = _plus(bs, draw(st.integers(1, 40)))
    last = dates.get("breach_end", bs)
    d = _plus(last, draw(st.integers(0, 60)))
    dates["discovery"] = d
    conflict_date = None
    # Everything after the discovery comes at least `room` days after it, so that a second
    # discovery date (conflict) also fits every order rule and every deadline.
    room = 0
    if fault == "conflict":
        room = draw(st.integers(1, 10))
        conflict_date = _plus(d, room)
    if draw(st.booleans()):
        dates["containment"] = _plus(d, room + draw(st.integers(0, 10)))
    if fault in ("order", "conflict") or draw(st.integers(0, 4)) > 0:
        start = _plus(d, room + draw(st.integers(0, 10)))
        dates["investigation_start"] = start
        dates["investigation_end"] = _plus(start, draw(st.integers(1, 45)))
    notices = set(draw(st.sets(st.sampled_from(NOTICES))))
    if fault == "deadline" or draw(st.integers(0, 5)) > 0:
        notices.add("notification_individuals")
    for kind in sorted(notices):
        if kind != "notification_individuals" and "notification_individuals" in dates and draw(st.booleans()):
            dates[kind] = dates["notification_individuals"]  # notices often go out the same day
            continue
        dates[kind] = _plus(d, draw(st.integers(max(room, 1 if kind == "notification_individuals" else 0),
                                                HIPAA_DAYS)))
    plan = Plan(dates, instant, conflict_date=conflict_date)

    if fault == "order":
        assert order_rule is not None
        _inject_order(draw, plan, order_rule)
    elif fault == "conflict":
        plan.fault = Fault("conflict", "conflict/one-event-two-dates",
                           f"the discovery is dated {d} and {conflict_date}", frozenset({"discovery"}))
        plan.touched = frozenset({"discovery"})
    elif fault == "duration":
        gap = (dates["breach_end"] - bs).days
        # "for N days" allows N-1..N days between start and end (inclusive counting);
        # "for N weeks" allows 7N-1..7N+1.
        if draw(st.booleans()):
            n = draw(st.integers(1, 20).filter(lambda n: gap not in (n - 1, n)))
            plan.duration = (n, "days")
        else:
            n = draw(st.integers(1, 4).filter(lambda n: not 7 * n - 1 <= gap <= 7 * n + 1))
            plan.duration = (n, "weeks")
        plan.fault = Fault("duration", "duration/stated-duration",
                           f"the breach is said to last {n} {plan.duration[1]}, its dates are {gap} days apart",
                           frozenset({"breach_start", "breach_end"}))
        plan.touched = frozenset({"breach_start", "breach_end"})
    elif fault == "deadline":
        late = draw(st.integers(HIPAA_DAYS + 1, 150))
        dates["notification_individuals"] = _plus(d, late)
        plan.fault = Fault("deadline", "hipaa/individual-notice", f"individuals notified {late} days after discovery",
                           frozenset({"discovery", "notification_individuals"}),
                           due=_plus(d, HIPAA_DAYS).toordinal(), actual=dates["notification_individuals"].toordinal())
        plan.touched = frozenset({"discovery", "notification_individuals"})
    elif fault is None and not instant and draw(st.integers(0, 2)) == 0:
        gap = (dates["breach_end"] - bs).days
        if gap <= 20 and draw(st.booleans()):
            plan.duration = (draw(st.sampled_from([gap, gap + 1])), "days")
        elif gap >= 6:
            plan.duration = (round(gap / 7), "weeks") if abs(gap - 7 * round(gap / 7)) <= 1 else None
    return plan


def _inject_order(draw: st.DrawFn, plan: Plan, rule: str) -> None:
    """Move one or two dates so that exactly one order rule breaks, and no other rule."""
    dates = plan.dates
    bs, d = dates["breach_start"], dates["discovery"]
    if rule == "discovery-after-investigation-end":
        # bs <= end < discovery; the investigation's start is not bound by any rule but its end.
        end = _plus(d, -draw(st.integers(1, (d - bs).days)))
        dates["investigation_end"] = end
        dates["investigation_start"] = _plus(end, -draw(st.integers(0, 20)))
        touched = {"discovery", "investigation_end", "investigation_start"}
        named = {"discovery", "investigation_end"}
    elif rule == "discovery-before-breach":
        # discovery < bs; everything that must follow the breach's start still does.
        new_d = _plus(bs, -draw(st.integers(1, 30)))
        dates["discovery"] = new_d
        for kind in ("containment", "investigation_start", "investigation_end", *NOTICES):
            if kind in dates:
                dates[kind] = max(dates[kind], bs)
                # still within 60 days of the (earlier) discovery
                if kind in NOTICES and (dates[kind] - new_d).days > HIPAA_DAYS:
                    dates[kind] = _plus(new_d, HIPAA_DAYS)
        if dates["investigation_end"] <= dates["investigation_start"]:
            dates["investigation_end"] = _plus(dates["investigation_start"], 1)
        touched = {"discovery", "breach_start", "breach_end"}
        named = {"discovery", "breach_start"}
    elif rule == "notice-before-discovery":
        kind = draw(st.sampled_from(sorted(k for k in NOTICES if k in dates)
                                    or ["notification_individuals"]))
        dates[kind] = _plus(d, -draw(st.integers(1, (d - bs).days)))
        touched = named = {"discovery", kind}
    elif rule == "breach-end-before-start":
        plan.instant = False
        dates["breach_end"] = _plus(bs, -draw(st.integers(1, 20)))
        touched = named = {"breach_start", "breach_end"}
    else:  # investigation-end-before-start
        end = _plus(d, draw(st.integers(0, 20)))
        dates["investigation_end"] = end
        dates["investigation_start"] = _plus(end, draw(st.integers(1, 15)))
        touched = named = {"investigation_start", "investigation_end"}
    plan.fault = Fault("order", f"order/{rule}", ORDER_FAULTS[rule], frozenset(named))
    plan.touched = frozenset(touched)


# --------------------------------------------------------------------------- dates in words

EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
EN_ABBR = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
EN_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]
# "sept." is left out: in French it is also the number seven.
FR_ABBR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "septembre", "oct.", "nov.", "déc."]
FR_WEEKDAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
EN_NUMBERS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
              "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
              "eighteen", "nineteen", "twenty"]
FR_NUMBERS = {1: "un", 2: "deux", 3: "trois", 4: "quatre", 5: "cinq", 6: "six", 7: "sept", 8: "huit",
              9: "neuf", 10: "dix", 11: "onze", 12: "douze", 13: "treize", 14: "quatorze",
              15: "quinze", 16: "seize", 17: "dix-sept", 18: "dix-huit", 19: "dix-neuf", 20: "vingt"}

EN_DAY_STYLES = ("mdy", "dmy", "numeric", "iso", "weekday", "abbr", "ordinal")
FR_DAY_STYLES = ("dmy", "numeric", "iso", "weekday", "abbr")


def _ordinal_suffix(n: int) -> str:
    if 11 <= n % 100 <= 13:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def en_day(d: dt.date, style: str) -> str:
    """One day in English: July 14, 2023 · 14 July 2023 · 07/14/2023 · 2023-07-14 · ..."""
    month = EN_MONTHS[d.month - 1]
    if style == "mdy":
        return f"{month} {d.day}, {d.year}"
    if style == "dmy":
        return f"{d.day} {month} {d.year}"
    if style == "numeric":
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "weekday":
        return f"{EN_WEEKDAYS[d.weekday()]}, {month} {d.day}, {d.year}"
    if style == "abbr":
        return f"{EN_ABBR[d.month - 1]} {d.day}, {d.year}"
    if style == "ordinal":
        return f"{month} {d.day}{_ordinal_suffix(d.day)}, {d.year}"
    raise ValueError(style)


def fr_daynum(d: dt.date) -> str:
    return "1er" if d.day == 1 else str(d.day)


def fr_day(d: dt.date, style: str) -> str:
    """One day in French: 14 juillet 2023 · 1er août 2023 · 14/07/2023 · 2023-07-14 · ..."""
    if style == "dmy":
        return f"{fr_daynum(d)} {FR_MONTHS[d.month - 1]} {d.year}"
    if style == "numeric":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "weekday":
        return f"{FR_WEEKDAYS[d.weekday()]} {fr_daynum(d)} {FR_MONTHS[d.month - 1]} {d.year}"
    if style == "abbr":
        return f"{fr_daynum(d)} {FR_ABBR[d.month - 1]} {d.year}"
    raise ValueError(style)


def day_text(lang: str, d: dt.date, style: str) -> str:
    return en_day(d, style) if lang == "en" else fr_day(d, style)


def fr_de(noun: str) -> str:
    """French "de" before a noun with its article: du cabinet, de la clinique, de l'hôpital."""
    if noun.startswith("le "):
        return "du " + noun[3:]
    if noun.startswith("les "):
        return "des " + noun[4:]
    return "de " + noun


def _same_month(a: dt.date, b: dt.date) -> bool:
    return (a.year, a.month) == (b.year, b.month)


@dataclass(frozen=True)
class RangeFormat:
    name: str
    lang: str
    fits: str  # "month" (same month), "year" (same year), "any"

    def ok(self, a: dt.date, b: dt.date) -> bool:
        if self.fits == "month":
            return _same_month(a, b)
        if self.fits == "year":
            return a.year == b.year
        return True


RANGE_FORMATS = (
    RangeFormat("between_m_d_and_d_y", "en", "month"),       # between July 14 and 23, 2023
    RangeFormat("from_m_d_to_d_y", "en", "month"),           # from July 14 to 23, 2023
    RangeFormat("between_d_and_d_m_y", "en", "month"),       # between 14 and 23 July 2023
    RangeFormat("from_m_d_to_m_d_y", "en", "year"),           # from June 3 to June 19, 2023
    RangeFormat("between_full_and_full", "en", "any"),       # between June 28, 2023 and July 3, 2023
    RangeFormat("from_full_to_full", "en", "any"),           # from December 28, 2022 to January 3, 2023
    RangeFormat("from_num_to_num", "en", "any"),             # from 06/28/2023 to 07/03/2023
    RangeFormat("from_iso_to_iso", "en", "any"),             # from 2023-06-28 to 2023-07-03
    RangeFormat("between_iso_and_iso", "en", "any"),         # between 2023-06-28 and 2023-07-03
    RangeFormat("entre_le_d_et_le_d_m_y", "fr", "month"),    # entre le 14 et le 23 juillet 2023
    RangeFormat("du_d_au_d_m_y", "fr", "month"),             # du 2 au 5 avril 2024
    RangeFormat("du_d_m_au_d_m_y", "fr", "year"),             # du 28 juin au 3 juillet 2023
    RangeFormat("entre_le_d_m_et_le_d_m_y", "fr", "year"),    # entre le 28 juin et le 3 juillet 2023
    RangeFormat("du_full_au_full", "fr", "any"),             # du 28 décembre 2022 au 3 janvier 2023
    RangeFormat("du_num_au_num", "fr", "any"),               # du 28/06/2023 au 03/07/2023
    RangeFormat("du_iso_au_iso", "fr", "any"),               # du 2023-06-28 au 2023-07-03
)


def range_text(fmt: str, a: dt.date, b: dt.date) -> str:
    """A range in words, the opening preposition included (the tagger's span includes it)."""
    ma, mb = EN_MONTHS[a.month - 1], EN_MONTHS[b.month - 1]
    fa, fb = FR_MONTHS[a.month - 1], FR_MONTHS[b.month - 1]
    return {
        "between_m_d_and_d_y": lambda: f"between {ma} {a.day} and {b.day}, {b.year}",
        "from_m_d_to_d_y": lambda: f"from {ma} {a.day} to {b.day}, {b.year}",
        "between_d_and_d_m_y": lambda: f"between {a.day} and {b.day} {mb} {b.year}",
        "from_m_d_to_m_d_y": lambda: f"from {ma} {a.day} to {mb} {b.day}, {b.year}",
        "between_full_and_full": lambda: f"between {ma} {a.day}, {a.year} and {mb} {b.day}, {b.year}",
        "from_full_to_full": lambda: f"from {ma} {a.day}, {a.year} to {mb} {b.day}, {b.year}",
        "from_num_to_num": lambda: f"from {en_day(a, 'numeric')} to {en_day(b, 'numeric')}",
        "from_iso_to_iso": lambda: f"from {a.isoformat()} to {b.isoformat()}",
        "between_iso_and_iso": lambda: f"between {a.isoformat()} and {b.isoformat()}",
        "entre_le_d_et_le_d_m_y": lambda: f"entre le {fr_daynum(a)} et le {b.day} {fb} {b.year}",
        "du_d_au_d_m_y": lambda: f"du {fr_daynum(a)} au {b.day} {fb} {b.year}",
        "du_d_m_au_d_m_y": lambda: f"du {fr_daynum(a)} {fa} au {fr_daynum(b)} {fb} {b.year}",
        "entre_le_d_m_et_le_d_m_y": lambda: f"entre le {fr_daynum(a)} {fa} et le {fr_daynum(b)} {fb} {b.year}",
        "du_full_au_full": lambda: f"du {fr_day(a, 'dmy')} au {fr_day(b, 'dmy')}",
        "du_num_au_num": lambda: f"du {fr_day(a, 'numeric')} au {fr_day(b, 'numeric')}",
        "du_iso_au_iso": lambda: f"du {a.isoformat()} au {b.isoformat()}",
    }[fmt]()


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


# --------------------------------------------------------------------------- relative phrases

@dataclass(frozen=True)
class Relative:
    """A relative phrase for a gap of days, and the slack the tagger gives it."""

    text: str
    slack: int  # the engine reads "N weeks" as 7N-1..7N+1 days


def relatives(lang: str, gap: int) -> list[Relative]:
    """Every phrase that says "``gap`` days after the event just told" (may be none)."""
    out: list[Relative] = []
    if gap < 0:
        return out
    if lang == "en":
        if gap == 0:
            out += [Relative("the same day", 0), Relative("that same day", 0)]
        elif gap == 1:
            out += [Relative(p, 0) for p in ("the next day", "the following day", "a day later")]
        elif gap <= 20:
            out += [Relative(f"{EN_NUMBERS[gap]} days later", 0), Relative(f"{gap} days later", 0)]
        if gap in (7, 14, 21):
            out.append(Relative({7: "a week later", 14: "two weeks later", 21: "three weeks later"}[gap], 1))
    else:
        if gap == 0:
            out += [Relative("le jour même", 0), Relative("le même jour", 0)]
        elif gap == 1:
            out += [Relative("le lendemain", 0)]
        elif gap <= 20:
            if gap in FR_NUMBERS:
                out.append(Relative(f"{FR_NUMBERS[gap]} jours plus tard", 0))
            out.append(Relative(f"{gap} jours plus tard", 0))
        if gap in (7, 14, 21):
            out.append(Relative({7: "une semaine plus tard", 14: "deux semaines plus tard",
                                 21: "trois semaines plus tard"}[gap], 1))
    return out


def from_discovery(lang: str, gap: int) -> list[Relative]:
    """Every phrase that says "``gap`` days after the discovery", naming it (may be none)."""
    if lang == "en":
        by_gap = {0: ["the same day as the discovery"],
                  1: ["the day after the discovery", "the day after it discovered the breach", "one day after the discovery"]}
        if 2 <= gap <= 20:
            by_gap[gap] = [f"{EN_NUMBERS[gap]} days after the discovery", f"{gap} days after it discovered the breach"]
    else:
        by_gap = {0: ["le jour même de la découverte"], 1: ["le lendemain de la découverte"]}
        if 2 <= gap <= 20:
            by_gap[gap] = [f"{FR_NUMBERS.get(gap, gap)} jours après la découverte"]
    return [Relative(p, 0) for p in by_gap.get(gap, [])]


def duration_text(lang: str, n: int, unit: str) -> str:
    if lang == "en":
        word = EN_NUMBERS[n] if n <= 20 else str(n)
        noun = ("day" if n == 1 else "days") if unit == "days" else ("week" if n == 1 else "weeks")
        return f"{'one' if n == 1 else word} {noun}"
    word = FR_NUMBERS.get(n, str(n))
    if unit == "days":
        return f"{'un' if n == 1 else word} jour{'s' if n > 1 else ''}"
    return f"{'une' if n == 1 else word} semaine{'s' if n > 1 else ''}"


# --------------------------------------------------------------------------- rendering

EN_ORGS = [("Harbor Clinic", "the clinic"), ("Maple Valley Health", "the provider"),
           ("Northgate Family Medicine", "the practice"), ("Lakeview Dental Group", "the group"),
           ("Brookside Pediatrics", "the practice")]
FR_ORGS = [("la clinique Saint-Roch", "la clinique"), ("le centre médical des Tilleuls", "le centre"),
           ("l'hôpital Sainte-Anne", "l'hôpital"), ("le cabinet Durand", "le cabinet"),
           ("la clinique du Parc", "la clinique")]


@dataclass
class Told:
    """A sentence and the events it states, in text order (for relative phrases)."""

    text: str
    events: list[tuple[str, dt.date, int]]  # kind, true day, slack (0: exact)


class Writer:
    """Renders a plan sentence by sentence, drawing a phrasing for each event."""

    RECIPIENTS: dict[str, str]  # who each notice kind goes to, as a list names them
    NOTICE_VERBS: dict[str, str]  # "notified affected patients", by notice kind
    AND: str  # the word that ends a list

    def __init__(self, draw: st.DrawFn, lang: str, plan: Plan) -> None:
        self.draw, self.lang, self.plan = draw, lang, plan
        org = draw(st.sampled_from(EN_ORGS if lang == "en" else FR_ORGS))
        self.name, self.short = org
        self.told: list[Told] = []
        self.expected: list[ExpectedEvent] = []
        self.mentioned = 0
        self.team = False  # the security team was named in full with its acronym: later, the acronym alone

    # -- helpers
    def org(self) -> str:
        """The organisation: its name the first time, then a short reference."""
        self.mentioned += 1
        return self.name if self.mentioned == 1 else self.short

    def day(self, kind: str) -> str:
        """The date of ``kind`` in one of the day styles."""
        style = self.draw(st.sampled_from(EN_DAY_STYLES if self.lang == "en" else FR_DAY_STYLES))
        return day_text(self.lang, self.plan.dates[kind], style)

    def relative(self, kind: str) -> Relative | None:
        """A relative phrase for ``kind`` from the event just told, when one fits (and may be used)."""
        told = [t for t in self.told if t.events]
        if kind in self.plan.touched or not told:
            return None
        _, prev_day, slack = told[-1].events[-1]
        if slack:
            return None
        gap = (self.plan.dates[kind] - prev_day).days
        options = relatives(self.lang, gap)
        if not options or not self.draw(st.booleans()):
            return None
        return self.draw(st.sampled_from(options))

    def after_discovery(self, kind: str) -> Relative | None:
        """A phrase for ``kind`` that counts from the discovery and names it ("the day after the
        discovery"), when the discovery was told once with its exact day (and one may be used)."""
        found = [e for t in self.told for e in t.events if e[0] == "discovery"]
        if kind in self.plan.touched or "discovery" in self.plan.touched or len(found) != 1 or found[0][2]:
            return None
        options = from_discovery(self.lang, (self.plan.dates[kind] - found[0][1]).days)
        if not options or not self.draw(st.booleans()):
            return None
        return self.draw(st.sampled_from(options))

    def fronted_or_trailing(self, rel: Relative, fronted: str, trailing: str) -> str:
        """A sentence with its relative phrase in front or at the end."""
        return fronted if self.draw(st.booleans()) else trailing

    def say(self, text: str, events: list[tuple[str, int]]) -> None:
        """Record a sentence stating ``events`` (kind, slack), in text order."""
        told = [(k, self.plan.dates[k], s) for k, s in events]
        self.told.append(Told(text, told))
        for k, d, s in told:
            self.expected.append(ExpectedEvent(k, d.toordinal() - s, d.toordinal() + s, d.toordinal()))

    def pick(self, options: list[str]) -> str:
        return self.draw(st.sampled_from(options))

    def fill(self, options: list[str], **words: str) -> str:
        """One of ``options``, templates of a sentence, with its ``words``: the organisation
        (``{org}``) named only where the template names it, the sentence's first letter a capital."""
        template = self.pick(options)
        if "{org}" in template:
            words["org"] = self.org()
        return cap(template.format(**words))

    # -- containment and the investigation, in the language's words (``CONTAINMENT``, ``INVESTIGATION``:
    # templates with {org}, {d}, {a} and {b} the days, {rel} a relative phrase)
    CONTAINMENT: dict[str, list[str]]
    INVESTIGATION: dict[str, list[str]]

    def containment(self) -> None:
        rel = self.relative("containment")
        if rel is not None:
            self.say(self.fill(self.CONTAINMENT["after"], rel=rel.text), [("containment", rel.slack)])
            return
        options = self.CONTAINMENT["on"] + (self.CONTAINMENT["team"] if self.team else [])
        self.say(self.fill(options, d=self.day("containment")), [("containment", 0)])

    def investigation(self) -> None:
        """Its start and its end: told from the event before, on both days in one sentence, or each on its day."""
        words, (a_kind, b_kind) = self.INVESTIGATION, ("investigation_start", "investigation_end")
        rel = self.relative(a_kind)
        if rel is not None:
            self.say(self.fill(words["started_after"], rel=rel.text), [(a_kind, rel.slack)])
        elif self.plan.dates[b_kind] > self.plan.dates[a_kind] and self.draw(st.booleans()):
            a, b = self.day(a_kind), self.day(b_kind)
            self.say(self.fill(words["both"], a=a, b=b), [(a_kind, 0), (b_kind, 0)])
            return
        else:
            self.say(self.fill(words["started"], a=self.day(a_kind)), [(a_kind, 0)])
        rel = self.relative(b_kind)
        if rel is not None:
            self.say(self.fill(words["ended_after"], rel=rel.text), [(b_kind, rel.slack)])
            return
        key = "ended_listing" if self.draw(st.booleans()) else "ended"
        self.say(self.fill(words[key], b=self.day(b_kind)), [(b_kind, 0)])


    def notices(self, kinds: list[str]) -> None:
        """Notices given the same day (one sentence may name several recipients), in the
        language's words (``RECIPIENTS``, ``NOTICE_VERBS``, ``AND``, ``together``, ``notice_options``)."""
        if len(kinds) > 1 and not set(kinds) & self.plan.touched:
            d = self.day(kinds[0])
            who = [self.RECIPIENTS[k] for k in kinds]
            listed = f"{who[0]} {self.AND} {who[1]}" if len(who) == 2 else f"{who[0]}, {who[1]} {self.AND} {who[2]}"
            self.say(self.together(d, listed), [(k, 0) for k in kinds])
            return
        for kind in kinds:
            rel = self.relative(kind) or self.after_discovery(kind)
            if rel is not None:
                verb = self.NOTICE_VERBS[kind]
                org = self.org()
                self.say(self.fronted_or_trailing(rel, f"{cap(rel.text)}, {org} {verb}.", f"{cap(org)} {verb} {rel.text}."),
                         [(kind, rel.slack)])
                continue
            d = self.day(kind)
            self.say(self.pick(self.notice_options(kind, d)), [(kind, 0)])

    def together(self, d: str, listed: str) -> str:
        """One sentence giving several notices on day ``d``."""
        raise NotImplementedError

    # -- a timeline table: "| DATE | what happened |", one row per day (``ROWS``: the words of each kind)
    ROWS: dict[str, list[str]]
    HEADER: str  # the table's head and its rule
    OVERSEER: list[str]  # the regulator named in full with its acronym ({name}, {short}), before the notices name it so

    def own_team(self) -> bool:
        """Whether the discovery may be the security team's, named in full with its acronym: not when
        the fault restates the discovery, as the organisation's (the team may well have seen it first)."""
        return self.plan.fault is None or self.plan.fault.category != "conflict"

    def rows(self, kinds: list[str]) -> None:
        """One row for events of the same day (their words joined by "; "), or one row each."""
        if len(kinds) > 1 and self.draw(st.booleans()):
            words = "; ".join(self.pick(self.ROWS[k]) for k in kinds)
            self.say(f"| {self.day(kinds[0])} | {words} |", [(k, 0) for k in kinds])
            return
        for kind in kinds:
            self.say(f"| {self.day(kind)} | {self.pick(self.ROWS[kind])} |", [(kind, 0)])

    def notice_options(self, kind: str, d: str) -> list[str]:
        """The phrasings of one notice of ``kind`` on day ``d``."""
        raise NotImplementedError


class English(Writer):
    def breach(self) -> None:
        p = self.plan
        if p.instant:
            d = self.day("breach_start")
            text = self.pick([
                f"On {d}, a laptop holding unencrypted patient records was stolen from an employee's car.",
                f"A briefcase with paper charts of patients was stolen from a staff member on {d}.",
            ])
            self.say(text, [("breach_start", 0)])
            return
        bs, be = p.dates["breach_start"], p.dates["breach_end"]
        separate = be < bs or self.draw(st.integers(0, 3)) == 0
        if not separate:
            fmts = [f for f in RANGE_FORMATS if f.lang == "en" and f.ok(bs, be)]
            fmt = self.draw(st.sampled_from(fmts))
            rng = range_text(fmt.name, bs, be)
            org = self.org()
            poss = f"{org}'" if org.endswith("s") else f"{org}'s"
            text = self.pick([
                f"{cap(rng)}, an unauthorized party accessed {poss} email system, which held records of patients.",
                f"An intruder had access to {poss} patient records {rng}.",
                f"{cap(rng)}, attackers accessed a file server at {org} that held patient data.",
                f"Patient files kept by {org} were exposed on the internet {rng}.",
                f"The breach at {org} occurred {rng}.",
            ])
            self.say(text, [("breach_start", 0), ("breach_end", 0)])
        else:
            a, b = self.day("breach_start"), self.day("breach_end")
            org = self.org()
            if self.draw(st.booleans()):
                text = self.pick([f"The unauthorized access to the systems of {org} began on {a} and ended on {b}.",
                                  f"The unauthorized access to the systems of {org} began on {a}, and ended on {b}."])
                self.say(text, [("breach_start", 0), ("breach_end", 0)])
            else:
                self.say(f"The intrusion into the network of {org} began on {a}.", [("breach_start", 0)])
                self.say(f"The attackers' access ended on {b}.", [("breach_end", 0)])
        if p.duration:
            n, unit = p.duration
            dur = duration_text("en", n, unit)
            self.say(self.pick([f"In all, the attackers had access for {dur}.",
                                f"The intruder remained in the system for {dur}."]), [])

    def phi(self, count: int | None) -> str:
        if count is None:
            return "The breach involved the protected health information of patients, including names and diagnoses."
        return self.pick([
            f"The breach involved the protected health information of {count:,} patients.",
            f"In all, {count:,} patients had protected health information in the affected files.",
        ])

    def discovery(self) -> None:
        rel = self.relative("discovery")
        if rel is not None:
            org = self.org()
            self.say(self.fronted_or_trailing(rel, self.pick([f"{cap(rel.text)}, {org} discovered the breach.",
                                                              f"{cap(rel.text)}, staff at {org} detected the incident."]),
                                              f"{cap(org)} discovered the breach {rel.text}."),
                     [("discovery", rel.slack)])
            return
        d = self.day("discovery")
        options = [
            f"On {d}, {self.org()} discovered the incident.",
            f"{cap(self.org())} discovered the intrusion on {d}.",
            f"The breach was discovered on {d}.",
            f"{cap(self.org())} learned of the incident on {d}.",
            f"{cap(self.org())} first became aware of the breach on {d}.",
            f"Staff at {self.org()} detected the breach on {d}.",
            f"It was not until {d} that {self.org()} discovered the breach.",
            f"{cap(self.org())} did not detect the intrusion until {d}.",
        ]
        options += [f"{cap(self.org())} learned on {d} of suspicious activity in its email system.",
                    f"{cap(self.org())} discovered on {d} that an outsider had accessed its email system."]
        team = [f"On {d}, the Security Operations Centre (SOC) of {self.org()} spotted the intrusion.",
                f"The security operations center (SOC) at {self.org()} flagged the unusual traffic on {d}."]
        text = self.pick(options + (team if self.own_team() else []))
        self.team = text in team
        self.say(text, [("discovery", 0)])

    def restate_discovery(self) -> str:
        d = day_text("en", self.plan.conflict_date, self.draw(st.sampled_from(("mdy", "dmy", "numeric"))))
        return self.pick([
            f"In a letter to its board, {self.short} wrote that it learned of the breach on {d}.",
            f"A spokesperson said that {self.short} became aware of the incident on {d}.",
            f"The breach was discovered on {d}, according to a statement by {self.short}.",
        ])

    CONTAINMENT = {
        "after": ["{rel}, {org} disabled the affected accounts."],
        "on": ["{org} secured its systems on {d}.", "On {d}, {org} took the affected server offline.",
               "{org} contained the incident on {d}."],
        "team": ["The SOC disabled the compromised accounts on {d}.", "On {d}, the SOC isolated the affected server."]}
    INVESTIGATION = {
        "started_after": ["{rel}, {org} began an investigation with an outside firm."],
        "both": ["A forensic investigation began on {a} and concluded on {b}.",
                 "A forensic investigation began on {a}, and concluded on {b}.",
                 "{org} started an internal review on {a}; the review was completed on {b}."],
        "started": ["{org} launched an investigation on {a}.", "On {a}, {org} opened a forensic review."],
        "ended_after": ["{rel}, the investigation ended.", "{rel}, the investigation ended with a written report."],
        "ended_listing": ["At the end of the investigation, on {b}, {org} had a full list of the records involved."],
        "ended": ["The investigation was completed on {b}.", "The forensic review ended on {b}."]}

    HEADER = "| Date | Event |\n| --- | --- |"
    ROWS = {"containment": ["Affected server taken offline", "Systems secured"],
            "investigation_start": ["Forensic investigation opened", "Outside firm engaged to investigate"],
            "investigation_end": ["Investigation completed", "Forensic review concluded"],
            "notification_individuals": ["Letters mailed to affected patients", "Affected patients notified"],
            "notification_regulator": ["Breach reported to HHS", "HHS notified"],
            "notification_media": ["Media notified", "Local news outlets informed"]}
    OVERSEER = ["{name} is a covered entity overseen by the federal Department of Health and Human Services (HHS).",
                "As a health care provider, {short} answers to the Department of Health and Human Services (HHS)."]

    RECIPIENTS = {"notification_individuals": "affected patients", "notification_regulator": "HHS",
                  "notification_media": "the media"}
    NOTICE_VERBS = {"notification_individuals": "notified affected patients",
                    "notification_regulator": "reported the breach to HHS",
                    "notification_media": "notified the media"}
    AND = "and"

    def together(self, d: str, listed: str) -> str:
        return f"On {d}, {self.org()} notified {listed}."

    def notice_options(self, kind: str, d: str) -> list[str]:
        return {
            "notification_individuals": [
                f"{cap(self.org())} notified affected patients on {d}.",
                f"Individual notification was not provided until {d}.",
                f"Notification letters were not mailed until {d}.",
                f"On {d}, {self.org()} began mailing letters to the affected individuals.",
                f"Notification letters were mailed to patients on {d}.",
                f"Affected patients were notified on {d}.",
                f"{cap(self.org())} began notifying affected patients on {d}.",
                f"{cap(self.org())} mailed notification letters to affected individuals on {d}.",
                f"Letters went out to affected patients on {d}.",
                f"{cap(self.org())} did not notify affected patients until {d}.",
                f"{d}: notice letters are mailed to affected patients.",
            ],
            "notification_regulator": [
                f"{cap(self.org())} reported the breach to HHS on {d}.",
                f"On {d}, {self.org()} lodged a breach report with HHS's Office for Civil Rights.",
                f"The breach was reported to the Department of Health and Human Services on {d}.",
                f"{cap(self.org())} submitted a breach report to HHS on {d}.",
                f"HHS was notified of the breach on {d}.",
                f"The Office for Civil Rights was notified on {d}.",
            ],
            "notification_media": [
                f"{cap(self.org())} notified the media on {d}.",
                f"Prominent media outlets were notified on {d}.",
                f"On {d}, {self.org()} informed local news outlets.",
                f"The media were informed on {d}.",
            ],
        }[kind]


class French(Writer):
    def breach(self) -> None:
        p = self.plan
        if p.instant:
            d = self.day("breach_start")
            self.say(self.pick([
                f"Le {d}, un ordinateur portable contenant des dossiers de patients a été volé dans la voiture d'un salarié.",
                f"Un sac contenant des dossiers papier de patients a été volé le {d}.",
            ]), [("breach_start", 0)])
            return
        bs, be = p.dates["breach_start"], p.dates["breach_end"]
        separate = be < bs or self.draw(st.integers(0, 3)) == 0
        if not separate:
            fmts = [f for f in RANGE_FORMATS if f.lang == "fr" and f.ok(bs, be)]
            fmt = self.draw(st.sampled_from(fmts))
            rng = range_text(fmt.name, bs, be)
            org = self.org()
            text = self.pick([
                f"{cap(rng)}, un tiers non autorisé a accédé à la messagerie {fr_de(org)}.",
                f"Des pirates ont eu accès aux dossiers des patients {fr_de(org)} {rng}.",
                f"L'intrusion dans le réseau {fr_de(org)} s'est déroulée {rng}.",
                f"L'accès non autorisé aux dossiers {fr_de(org)} a eu lieu {rng}.",
            ])
            self.say(text, [("breach_start", 0), ("breach_end", 0)])
        else:
            a, b = self.day("breach_start"), self.day("breach_end")
            org = self.org()
            if self.draw(st.booleans()):
                self.say(self.pick([f"L'attaque contre {org} a commencé le {a} et s'est terminée le {b}.",
                                    f"L'attaque contre {org} a commencé le {a}, et s'est terminée le {b}."]),
                         [("breach_start", 0), ("breach_end", 0)])
            else:
                self.say(f"L'intrusion dans le réseau {fr_de(org)} a débuté le {a}.", [("breach_start", 0)])
                self.say(f"L'accès des pirates a pris fin le {b}.", [("breach_end", 0)])
        if p.duration:
            n, unit = p.duration
            dur = duration_text("fr", n, unit)
            self.say(self.pick([f"Au total, les pirates ont eu accès au serveur pendant {dur}.",
                                f"Les pirates ont eu accès aux dossiers durant {dur}."]), [])

    def phi(self, count: int | None) -> str:
        if count is None:
            text = "L'incident concerne des données de santé de patients, dont des diagnostics."
        else:
            n = f"{count:,}".replace(",", " ")
            text = self.pick([f"L'incident concerne les données de santé de {n} patients.",
                              f"Les données de santé de {n} patients figuraient dans les fichiers touchés."])
        # "données de santé" and "patients" weigh 1 together in hipaa.toml; a cue of weight 2
        # ("HIPAA", "HHS", "PHI") is needed for the regime to apply.
        return text + " " + self.pick(["Ces informations sont protégées par la loi HIPAA.",
                                       "Il s'agit d'informations de santé protégées (PHI) au sens de la loi HIPAA."])

    def discovery(self) -> None:
        rel = self.relative("discovery")
        if rel is not None:
            org = self.org()
            self.say(self.fronted_or_trailing(rel, f"{cap(rel.text)}, {org} a découvert l'incident.",
                                              f"{cap(org)} a découvert l'incident {rel.text}."), [("discovery", rel.slack)])
            return
        d = self.day("discovery")
        options = [
            f"La violation, découverte le {d}, a été signalée à la direction.",
            f"Le {d}, {self.org()} a découvert l'incident.",
            f"{cap(self.org())} a pris connaissance de l'incident le {d}.",
            f"L'incident a été détecté le {d}.",
            f"C'est le {d} que {self.org()} a découvert l'incident.",
            f"{cap(self.org())} a constaté l'intrusion le {d}.",
            f"L'intrusion n'a été repérée que le {d}.",
        ]
        team = [f"Le {d}, le centre opérationnel de sécurité (SOC) de {self.org()} a repéré l'intrusion.",
                f"Le centre des opérations de sécurité (SOC) a détecté un trafic anormal le {d}."]
        text = self.pick(options + (team if self.own_team() else []))
        self.team = text in team
        self.say(text, [("discovery", 0)])

    def restate_discovery(self) -> str:
        d = day_text("fr", self.plan.conflict_date, self.draw(st.sampled_from(("dmy", "numeric"))))
        return self.pick([
            f"Dans un courrier à son conseil d'administration, {self.short} écrit avoir découvert l'incident le {d}.",
            f"Selon un porte-parole, {self.short} a pris connaissance de l'incident le {d}.",
        ])

    CONTAINMENT = {
        "after": ["{rel}, l'accès des pirates a été bloqué."],
        "on": ["Le serveur touché a été mis hors ligne le {d}.", "Le {d}, {org} a bloqué l'accès des pirates."],
        "team": ["Le SOC a isolé le serveur touché le {d}.", "Le {d}, le SOC a coupé l'accès des pirates."]}
    INVESTIGATION = {
        "started_after": ["{rel}, {org} a lancé une enquête avec un cabinet spécialisé."],
        "both": ["L'enquête a débuté le {a} et s'est achevée le {b}."],
        "started": ["Le {a}, {org} a lancé une enquête.", "Une enquête a été ouverte le {a}."],
        "ended_after": ["{rel}, l'enquête s'est terminée.", "{rel}, l'enquête s'est terminée par un rapport écrit."],
        "ended_listing": ["À la fin de l'enquête, le {b}, {org} disposait de la liste des dossiers en cause."],
        "ended": ["L'enquête s'est terminée le {b}."]}

    HEADER = "| Date | Événement |\n| --- | --- |"
    ROWS = {"containment": ["Serveur touché mis hors ligne", "Accès des pirates bloqué"],
            "investigation_start": ["Ouverture d'une enquête", "Lancement d'une enquête interne"],
            "investigation_end": ["Fin de l'enquête", "Clôture de l'enquête"],
            "notification_individuals": ["Envoi des lettres aux patients concernés", "Information des patients concernés"],
            "notification_regulator": ["Déclaration de la violation au HHS", "Notification au HHS"],
            "notification_media": ["Information de la presse", "Information des médias locaux"]}
    OVERSEER = ["{name} relève du ministère américain de la santé (Department of Health and Human Services, HHS).",
                "En tant qu'établissement de soins, {short} est soumis au contrôle du ministère américain de la santé (HHS)."]

    RECIPIENTS = {"notification_individuals": "les patients concernés", "notification_regulator": "le HHS",
                  "notification_media": "la presse"}
    NOTICE_VERBS = {"notification_individuals": "a informé les patients concernés",
                    "notification_regulator": "a signalé l'incident au HHS",
                    "notification_media": "a informé la presse"}
    AND = "et"

    def together(self, d: str, listed: str) -> str:
        return f"Le {d}, {self.org()} a informé {listed}."

    def notice_options(self, kind: str, d: str) -> list[str]:
        return {
            "notification_individuals": [
                f"Les patients concernés ont été informés le {d}.",
                f"Le {d}, {self.org()} a envoyé des lettres aux personnes concernées.",
                f"{cap(self.org())} a informé les patients le {d}.",
                f"Les patients ont été prévenus par courrier le {d}.",
                f"{cap(self.org())} n'a informé les patients concernés que le {d}.",
                f"Les lettres n'ont été envoyées aux patients que le {d}.",
            ],
            "notification_regulator": [
                f"La violation a été déclarée au HHS le {d}.",
                f"Le {d}, {self.org()} a notifié la violation au ministère américain de la santé (HHS).",
                f"{cap(self.org())} a signalé l'incident au HHS le {d}.",
                f"Le HHS a été informé de l'incident le {d}.",
                f"La violation n'a été déclarée au HHS que le {d}.",
            ],
            "notification_media": [
                f"Les médias ont été informés le {d}.",
                f"Le {d}, {self.org()} a informé la presse.",
            ],
        }[kind]


# The organisation's history, years before any breach: no event, a date set aside as background.
EN_BACKGROUND = ["{name} went public in {y}.", "{name} was founded in {y}.", "In {y}, {short} acquired a small imaging practice.",
                 "{name} merged with a regional network in {y}."]
FR_BACKGROUND = ["{name} a ouvert ses portes en {y}.", "En {y}, {short} a racheté un cabinet de radiologie.",
                 "En {y}, {short} a fusionné avec un réseau régional."]
# Another incident, told as such: its events are its own, never ordered against this one's.
EN_OTHER = ["In a separate incident, on {d}, a box of paper charts went missing from a storage room.",
            "In an unrelated incident, a tablet holding patient photos was stolen on {d}."]
FR_OTHER = ["Dans un autre incident, le {d}, un carton de dossiers papier a été volé dans un local d'archives."]


def background(draw: st.DrawFn, w: Writer) -> tuple[str, tuple[str, str]]:
    """A sentence of the organisation's history, and its year set aside as background."""
    year = str(draw(st.integers(1990, FIRST_DAY.year - 1)))
    form = draw(st.sampled_from(EN_BACKGROUND if w.lang == "en" else FR_BACKGROUND))
    return cap(form.format(name=w.name, short=w.short, y=year)), (year, "background")


def other_incident(draw: st.DrawFn, w: Writer) -> str:
    """A sentence of another incident, on any day of the years drawn."""
    d = draw(st.dates(FIRST_DAY, LAST_BREACH))
    style = draw(st.sampled_from(("mdy", "dmy") if w.lang == "en" else ("dmy",)))
    return draw(st.sampled_from(EN_OTHER if w.lang == "en" else FR_OTHER)).format(d=day_text(w.lang, d, style))


def _asides(draw: st.DrawFn, w: Writer, sentences: list[str]) -> tuple[tuple[str, str], ...]:
    """Sentences about no event of the incident, added to ``sentences``: the organisation's history
    first or last, another incident told as such (not with a late notice: that one may answer
    the other incident, so it is only a warning). Returns the dates set aside."""
    aside: tuple[tuple[str, str], ...] = ()
    if draw(st.booleans()):
        history, set_aside = background(draw, w)
        sentences.insert(draw(st.sampled_from([0, len(sentences)])), history)
        aside = (set_aside,)
    if (w.plan.fault is None or w.plan.fault.category != "deadline") and draw(st.integers(0, 3)) == 0:
        sentences.append(other_incident(draw, w))
    return aside


@st.composite
def narratives(draw: st.DrawFn, lang: str | None = None, fault: str | None = None) -> Narrative:
    """A timeline told in prose; ``fault`` is None or one of ``FAULTS``."""
    lang = lang or draw(st.sampled_from(("en", "fr")))
    plan = draw(plans(fault))
    w: Writer = English(draw, lang, plan) if lang == "en" else French(draw, lang, plan)
    count = draw(st.none() | st.integers(2, 250_000))
    w.breach()
    phi = w.phi(count)
    w.discovery()
    # After the discovery, the rest in order of date (ties: containment, investigation, notices).
    later: list[tuple[dt.date, int, str]] = []
    if "containment" in plan.dates:
        later.append((plan.dates["containment"], 0, "containment"))
    if "investigation_start" in plan.dates:
        later.append((min(plan.dates["investigation_start"], plan.dates["investigation_end"]), 1, "investigation"))
    by_day: dict[dt.date, list[str]] = {}
    for kind in NOTICES:
        if kind in plan.dates:
            by_day.setdefault(plan.dates[kind], []).append(kind)
    for day, kinds in by_day.items():
        # Same-day notices are told together or one by one.
        if len(kinds) > 1 and draw(st.booleans()):
            later.append((day, 2, "|".join(kinds)))
        else:
            later.extend((day, 2, k) for k in kinds)
    # The events after the discovery may be rows of a timeline table instead of sentences.
    table = draw(st.integers(0, 3)) == 0
    for _, _, what in sorted(later):
        if table:
            for kinds in ([["investigation_start"], ["investigation_end"]] if what == "investigation" else [what.split("|")]):
                w.rows(kinds)
        elif what == "containment":
            w.containment()
        elif what == "investigation":
            w.investigation()
        else:
            w.notices(what.split("|"))
    sentences = [t.text for t in w.told if not t.text.startswith("|")]
    rows = [t.text for t in w.told if t.text.startswith("|")]
    # The sentence about health information goes after the breach or at the end.
    at = draw(st.sampled_from([len([t for t in w.told if t.events and t.events[0][0].startswith("breach")]),
                               len(sentences)]))
    sentences.insert(at, phi)
    if draw(st.integers(0, 3)) == 0:  # the regulator in full, "(HHS)", before the notices name it "HHS"
        sentences.insert(at + 1, draw(st.sampled_from(w.OVERSEER)).format(name=w.name, short=w.short))
    if plan.fault is not None and plan.fault.category == "conflict":
        sentences.append(w.restate_discovery())
    story = sentences[-1]
    aside = _asides(draw, w, sentences)
    text = " ".join(sentences)
    if rows:  # the table ends the story, before the sentences about something else
        end = sentences.index(story) + 1
        text = " ".join(sentences[:end]) + f"\n\n{w.HEADER}\n" + "\n".join(rows) + "\n"
        text += "\n" + " ".join(sentences[end:]) if sentences[end:] else ""
    expected = tuple(e for e in w.expected)
    return Narrative(text, lang, expected, plan.fault, dict(plan.dates), aside)


# --------------------------------------------------------------------------- date phrases (round trip)

@dataclass(frozen=True)
class DatePhrase:
    """A time expression in words, what it means, and the words before it that are no part of it."""

    lead: str  # "on ", "in ", "le ", "en ", "" (not part of the span)
    text: str  # exactly the span the tagger should report
    kind: str  # "date" | "range"
    first: tuple[int, int]
    last: tuple[int, int] | None = None


def _month_bounds(y: int, m: int) -> tuple[int, int]:
    first = dt.date(y, m, 1)
    nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
    return first.toordinal(), nxt.toordinal() - 1


def _day(d: dt.date) -> tuple[int, int]:
    return d.toordinal(), d.toordinal()


EN_PARTS = {"early": (1, 10), "mid-": (11, 20), "late": (21, 31), "the end of": (21, 31), "the beginning of": (1, 10)}
FR_PARTS = {"début": (1, 10), "mi-": (11, 20), "fin": (21, 31)}


@st.composite
def date_phrases(draw: st.DrawFn, lang: str) -> DatePhrase:
    """A day, a month, a part of a month, or a range, in one of the formats of ``lang``."""
    shape = draw(st.sampled_from(("day", "day", "month", "part", "range", "range", "month_range")))
    a = draw(st.dates(FIRST_DAY, dt.date(2026, 12, 31)))
    if shape == "day":
        style = draw(st.sampled_from(EN_DAY_STYLES if lang == "en" else FR_DAY_STYLES))
        lead = "on " if lang == "en" else "le "
        return DatePhrase(lead, day_text(lang, a, style), "date", _day(a))
    if shape == "month":
        if lang == "en":
            return DatePhrase("in ", f"{EN_MONTHS[a.month - 1]} {a.year}", "date", _month_bounds(a.year, a.month))
        return DatePhrase("en ", f"{FR_MONTHS[a.month - 1]} {a.year}", "date", _month_bounds(a.year, a.month))
    if shape == "part":
        parts = EN_PARTS if lang == "en" else FR_PARTS
        word = draw(st.sampled_from(sorted(parts)))
        lo, hi = parts[word]
        m_lo, m_hi = _month_bounds(a.year, a.month)
        month = EN_MONTHS[a.month - 1] if lang == "en" else FR_MONTHS[a.month - 1]
        sep = "" if word.endswith("-") else " "
        lead = "in " if lang == "en" and not word.startswith("the") else ("at " if lang == "en" else "")
        return DatePhrase(lead, f"{word}{sep}{month} {a.year}", "date", (m_lo + lo - 1, min(m_hi, m_lo + hi - 1)))
    if shape == "month_range":
        b_month = draw(st.integers(a.month + 1, 12)) if a.month < 12 else None
        if b_month is None:
            return DatePhrase("", f"{EN_MONTHS[11]} {a.year}" if lang == "en" else f"{FR_MONTHS[11]} {a.year}",
                              "date", _month_bounds(a.year, 12))
        if lang == "en":
            opener, join = draw(st.sampled_from([("between", "and"), ("from", "to")]))
            text = f"{opener} {EN_MONTHS[a.month - 1]} {join} {EN_MONTHS[b_month - 1]} {a.year}"
        else:
            opener, join = draw(st.sampled_from([("entre", "et"), ("de", "à")]))
            first = FR_MONTHS[a.month - 1]
            if opener == "de" and first[0] in "aeiouéè":
                # "d'avril à juin 2023": the elided "d'" is no range opener; the span starts at the month.
                return DatePhrase("d'", f"{first} {join} {FR_MONTHS[b_month - 1]} {a.year}", "range",
                                  _month_bounds(a.year, a.month), _month_bounds(a.year, b_month))
            text = f"{opener} {first} {join} {FR_MONTHS[b_month - 1]} {a.year}"
        return DatePhrase("", text, "range", _month_bounds(a.year, a.month), _month_bounds(a.year, b_month))
    # a range of days
    b = _plus(a, draw(st.integers(1, 60)))
    if lang == "en":
        fmts = [f.name for f in RANGE_FORMATS if f.lang == "en" and f.ok(a, b)]
        extra = []
        if _same_month(a, b):
            m = EN_MONTHS[a.month - 1]
            extra = [f"{m} {a.day}–{b.day}, {a.year}", f"{m} {a.day}-{b.day}, {a.year}",
                     f"{m} {a.day} through {b.day}, {a.year}"]
    else:
        fmts = [f.name for f in RANGE_FORMATS if f.lang == "fr" and f.ok(a, b)]
        extra = [f"{a.day}-{b.day} {FR_MONTHS[a.month - 1]} {a.year}"] if _same_month(a, b) else []
    text = draw(st.sampled_from([range_text(f, a, b) for f in fmts] + extra))
    return DatePhrase("", text, "range", _day(a), _day(b))


EN_CARRIERS = ["The letter is dated {x}.", "Something happened {x}, the log shows.",
               "Records show unusual logins {x}."]
FR_CARRIERS = ["Le courrier porte la mention {x}.", "Quelque chose s'est passé {x}, selon le journal.",
               "Les journaux montrent des connexions inhabituelles {x}."]


@st.composite
def dated_texts(draw: st.DrawFn, lang: str) -> tuple[str, list[tuple[int, int, DatePhrase]]]:
    """One to three sentences, each with one time expression; returns the text and each span."""
    phrases = draw(st.lists(date_phrases(lang), min_size=1, max_size=3))
    carriers = EN_CARRIERS if lang == "en" else FR_CARRIERS
    text, spans = "", []
    for p in phrases:
        carrier = draw(st.sampled_from(carriers))
        before, after = carrier.split("{x}")
        if text:
            text += " "
        start = len(text) + len(before) + len(p.lead)
        text += before + p.lead + p.text + after
        spans.append((start, start + len(p.text), p))
    return text, spans
