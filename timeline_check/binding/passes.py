"""The binder's passes over one sentence. Each reads the sentence's context (``Sentence``) and
what the passes before it bound, as values, and returns what it binds: candidate pairs of a
date and an event word, the pairs taken, mentions, and the event words it dated.

The order (``bind_sentence``): candidates before and after each date, ranked by cost; greedy
pairing, cheapest first, one date per word; restatements and a question's answer add pairs;
the pairs' mentions; then what pairing leaves, each pass in turn: words coordinated with a
dated one, a "when" clause after a date, dates listed with a bound one, a breach reported in
a "that" clause; durations; and the event words left with no date.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence

import attrs

from ..lang import Language
from ..model import Interval, Mention, TimeExpr, Undated
from .context import Sentence, outside, region_of
from .hedged import reporting_head
from .grammar import CLAUSE_MARK, MAX_WORDS, WORD, ends_with, grammar_of
from .mentions import mentions_of, undated_of, until_clause
from .reach import spare_words
from .topics import topic_of
from .triggers import Trigger


Candidate = tuple[float, int, int]  # cost, date, event word
Pairs = tuple[tuple[int, int], ...]  # (date, event word), by index into Sentence.dated and Sentence.triggers
Bound = tuple[tuple[Mention, ...], frozenset[int]]  # mentions, and the event words they date


def candidates_before(ctx: Sentence) -> tuple[tuple[Candidate, ...], frozenset[tuple[int, int]]]:
    """Each date with the event words before it, nearest first; and the pairs that may be
    another verb's (far, or past "before", "after"): not certain. The gap only widens as the
    walk goes back, so it stops at the first word too far (a ";" or more than ``MAX_WORDS``
    words between): each date looks at a few words, not at every word of the sentence."""
    found: list[Candidate] = []
    loose: list[tuple[int, int]] = []
    other_time = grammar_of(ctx.lang).other_time
    for ti, t in enumerate(ctx.dated):
        nearest = bisect.bisect_right(ctx.ends, t.start) - 1
        for gi in range(nearest, -1, -1):
            gap = ctx.text[ctx.triggers[gi].end:t.start]
            words = len(WORD.findall(gap))
            if _too_far_before(ctx, gap, words - spare_words(ctx.lang, gap, t.kind != "relative"), gi == nearest):
                break
            if not ctx.fits(ti, gi):
                continue
            if words > MAX_WORDS or other_time.search(gap):
                loose.append((ti, gi))  # "downloaded files before leaving on April 26"
            commas = gap.count(",") - len(_DIGIT_COMMA.findall(gap))  # not "4,210"
            cost = words - _name_words(ctx.lang, gap) + 2.0 * commas + 3.0 * _dates_between(ctx, ti, gi)
            found.append((cost, ti, gi))
    return tuple(found), frozenset(loose)


_ACRONYM = re.compile(r"\s*\(\s*[A-Z][\w.&-]{1,15}\s*\)")  # "(CNIL)" after a body's full name


def _name_words(lang: Language, gap: str) -> int:
    """The words a recipient's name adds to a gap past one, its acronym in brackets included: a
    notice to an authority under its full name and then its acronym ("(CNIL)") costs no more
    than one to "the CNIL" (its reach is still counted in words)."""
    extra = 0
    for _, rx in lang.recipients:
        for m in rx.finditer(gap):
            acronym = _ACRONYM.match(gap, m.end())
            extra += len(WORD.findall(m.group())) - 1 + (len(WORD.findall(acronym.group())) if acronym else 0)
    return extra


def _too_far_before(ctx: Sentence, gap: str, words: int, nearest: bool) -> bool:
    """Whether an event word ``gap`` before a date is too far to date it, and so is every word
    before it. One long clause, no comma in it, may hold a verb's object between it and its date
    ("emailed a spreadsheet containing the details of 412 tenants to a mailing list of local
    landlords on 6 February 2023"): the nearest event word reaches twice as far. Not past
    another day's lead ("reported to the office on the date of the notices on ..."): the verb's
    date would be that one."""
    if ";" in gap or ctx.regex("attribution").search(gap) or ctx.regex("noun_dates").search(gap):
        return True  # "opened a mailbox, according to an August 1 news release": the release's date
    if words <= MAX_WORDS:
        return False
    lang = ctx.lang
    return not (nearest and words <= 2 * MAX_WORDS and not CLAUSE_MARK.search(gap)
                and not lang.regex["complementizer"].search(gap)
                and all(not gap[m.end():].strip() for m in lang.regex["day_lead"].finditer(gap)))


def _dates_between(ctx: Sentence, ti: int, gi: int) -> int:
    """The dates from the end of event word ``gi`` to the end of date ``ti``, that one included."""
    t, end = ctx.dated[ti], ctx.triggers[gi].end
    if ctx.ordered:
        return sum(o.end <= t.start for o in ctx.dated[bisect.bisect_left(ctx.date_starts, end):ti + 1])
    return sum(end <= o.start and o.end <= t.start for o in ctx.dated)


def candidates_after(ctx: Sentence) -> tuple[Candidate, ...]:
    """Each date with the event words after it, nearest first: cheap for the first word after a
    date that opens its clause, dear otherwise ("the July 2023 breach", "in 2023 attackers
    accessed")."""
    return tuple(c for ti in range(len(ctx.dated)) for c in _after(ctx, ti))


def _named_by_noun(ctx: Sentence, ti: int) -> bool:
    """Whether date ``ti`` is in a list of dates a noun names ("the breaches of dates 3/2/2024 and
    5/9/2024 were reported"): the list's first date comes right after ``noun_dates`` words."""
    text, dated, gap = ctx.text, ctx.dated, grammar_of(ctx.lang).list_gap
    first = ti
    while first > 0 and gap.fullmatch(text, dated[first - 1].end, dated[first].start):
        first -= 1
    return ends_with(ctx.regex("noun_dates"), text, max(ctx.span[0], dated[first].start - 30), dated[first].start)


def _after(ctx: Sentence, ti: int) -> Iterator[Candidate]:
    """The candidates of date ``ti`` after it. The gap leaves out the brackets and relative
    clauses inside it (``outside``), so it widens with distance only past the clauses around
    the date's end that close within the date's own clause (``settled``); past them, the walk
    stops at the first word too far."""
    text, t, place = ctx.text, ctx.dated[ti], ctx.dates[ti]
    if _named_by_noun(ctx, ti):
        return
    region = place.place[0]
    bound = region[1] if region is not None else ctx.span[1]
    settled = max((y for x, y in ctx.closed if x <= place.end < y < bound), default=-1)
    complementizer, cleft = ctx.regex("complementizer"), ctx.regex("cleft")
    clause_join = ctx.regex("clause_join")
    first = True
    for gi in range(bisect.bisect_left(ctx.starts, place.end), len(ctx.triggers)):
        g = ctx.triggers[gi]
        if g.join or not ctx.fits(ti, gi):
            continue
        gap = outside(text, place.end, g.start, ctx.closed)
        if not place.opens and complementizer.search(gap) and not cleft.search(text, place.clause, t.start):
            break  # "a reconnu vendredi qu'un pirate avait copié": the date is the saying's
        words = len(WORD.findall(gap))
        if place.opens and first and _own_date_after(ctx, ti, gi):
            first = False  # "On August 2, it said it had fixed the flaw on July 28": the fixing's is July 28
            continue
        reach = 3 * MAX_WORDS if place.opens and first else 3
        if ";" in gap and not place.heads or words > reach:
            if g.start > settled:
                break
            continue
        # "notified HHS on August 19, and also reported it to the FBI": a new clause after the date
        # reaches it only when no word before it does ("from June 1 to May 13, and accessed records")
        joined = 4.0 if not place.opens and clause_join.match(gap) else 0.0
        yield (0.5 + 0.05 * words if place.opens and first else 6.0 + 2.0 * words + joined), ti, gi
        first = False


_OWN_DATE_WORDS = 4  # words between an event word and a date of its own after it, at most


def _own_date_after(ctx: Sentence, ti: int, gi: int) -> bool:
    """Whether event word ``gi`` has a date of its own right after it, in its clause (no comma
    between, at most ``_OWN_DATE_WORDS`` words), other than the date ``ti`` that opens the clause:
    then the opening date is the saying's or the letter's, not the word's. Not a date another
    event word stands before, nor one a genitive makes a name's ("learned of the attack of April 28")."""
    g = ctx.triggers[gi]
    genitive = ctx.regex("genitive")
    for tj, t in enumerate(ctx.dated):
        if tj == ti or t.start < g.end or t.kind == "relative" or not ctx.fits(tj, gi):
            continue
        gap = ctx.text[g.end:t.start]
        if len(WORD.findall(gap)) <= _OWN_DATE_WORDS and not CLAUSE_MARK.search(gap) \
                and bisect.bisect_left(ctx.starts, g.end) == bisect.bisect_left(ctx.starts, t.start) \
                and not ends_with(genitive, ctx.text, g.end, t.start):
            return True
    return False


def pair(ctx: Sentence, candidates: Sequence[Candidate]) -> Pairs:
    """The candidates taken, cheapest first. A word takes one date, and may take a relative
    phrase besides: one before it ("Two days later, on May 5, it notified ...") or right after
    it, not one past another verb's words after it ("noticed it on March 18 and shut the server
    down the next day")."""
    dated = ctx.dated
    used_t: set[int] = set()
    used_g: dict[tuple[int, bool], int] = {}
    pairs: list[tuple[int, int]] = []
    for _, ti, gi in sorted(candidates):
        relative = dated[ti].kind == "relative"
        if ti in used_t or (gi, relative) in used_g:
            continue
        other = used_g.get((gi, not relative))
        if other is not None:
            date, phrase = (dated[other], dated[ti]) if relative else (dated[ti], dated[other])
            if _trails(ctx.text, date, phrase) or _joined_after(ctx, phrase, date):
                continue
        used_t.add(ti)
        used_g[gi, relative] = ti
        pairs.append((ti, gi))
    return tuple(pairs)


def restatements(ctx: Sentence, pairs: Pairs) -> Pairs:
    """The pairs, and those of relative phrases that restate a bound date (``_with_restatements``)."""
    return tuple(_with_restatements(ctx.text, ctx.lang, ctx.dated, pairs))


def question(ctx: Sentence, pairs: Pairs) -> Pairs:
    """The pairs a question of when joined to its answer adds: the answer's first date is the
    question's, unless the answer names an event of its own with it ("When was the FBI told? We
    contacted it on ...")."""
    if ctx.asked < 0:
        return ()
    first = next((ti for ti, t in enumerate(ctx.dated) if t.start > ctx.asked), None)
    if first is None or any(ti == first and not ctx.triggers[gi].blocked for ti, gi in pairs):
        return ()
    taken = {gi for _, gi in pairs}
    return tuple((first, gi) for gi, g in enumerate(ctx.triggers) if g.end <= ctx.asked and gi not in taken and not g.blocked)


def paired(ctx: Sentence, pairs: Pairs, loose: frozenset[tuple[int, int]]) -> tuple[Mention, ...]:
    """The mentions of the pairs. A date at the end of a "that" clause may belong to the
    clause's verb or to the verb that reports it ("identified the server that was compromised
    on July 22"): unless the reporting verb has a date of its own, the binding is not certain.
    So may a date ending a relative clause ("wrote to the guests whose card data had been
    exposed on 21 June"): the writing or the exposure."""
    text, (s, e), triggers = ctx.text, ctx.span, ctx.triggers
    dated_heads = {gi for _, gi in pairs}
    relatives = [m.start() for m in ctx.regex("relative_pronoun").finditer(text, s, e)]
    out: list[Mention] = []
    for ti, gi in pairs:
        g, t = triggers[gi], ctx.dated[ti]
        if g.blocked:
            continue
        heads = [h for h, (c, ce) in ctx.complements.items() if c <= g.start < ce and not _perfect(ctx, triggers[h])]
        if relatives and _ends_clause(text, t.end, e):
            heads += [h for h in range(gi) if any(triggers[h].end <= r < g.start for r in relatives)]
        certain = (not any(h not in dated_heads and not triggers[h].blocked for h in heads) or g.end > t.start) \
            and (ti, gi) not in loose
        head = None if certain or g.end > t.start else reporting_head(ctx, gi, heads, dated_heads, relatives)
        if head is not None:  # "identified the server that may have been compromised on July 22": the identifying's,
            gi, g, certain = head, triggers[head], True  # which found a supposed breach, not the incident itself
            dated_heads.add(head)
        comp = ctx.complements.get(gi)
        got = mentions_of(text, ctx.lang, t, g, ctx.span, certain, complement=comp,
                          complement_breach=comp is not None and ctx.speaks(*comp))
        out.extend(got if head is None else (attrs.evolve(m, about=False) for m in got))
    return tuple(out)


def _perfect(ctx: Sentence, head: Trigger) -> bool:
    """Whether a reporting verb is in the present perfect ("has since found that", ``[phrases]
    present_perfect``): English gives that tense no day of the past, so a date at the end of its
    "that" clause is the clause's own ("has found that the actor first gained access on May 3")."""
    return ends_with(ctx.regex("present_perfect"), ctx.text, max(ctx.span[0], head.start - 24), head.start)


def coordinated(ctx: Sentence, pairs: Pairs, heads: frozenset[int]) -> Bound:
    """"On May 3, the clinic secured the server and notified the FBI": a date that opens its
    clause dates each verb coordinated with the one it is bound to, that no date of its own
    dates (``heads``). Not a breach word. A relative phrase does so only for the same day
    ("Upon detection, it locked the account and notified the FBI"): a later one would count
    each verb from the one before it. A same-day phrase after its verb dates the verbs of the row
    after it too ("disconnected the network that morning, notified the FBI, and brought in experts")."""
    out: list[Mention] = []
    dated: set[int] = set()
    for ti, gi in pairs:
        same_day = ctx.dated[ti].kind == "relative" and ctx.dated[ti].amount == (0, 0)
        if not (ctx.dates[ti].opens or same_day) or ctx.dated[ti].kind == "relative" and not same_day:
            continue
        for gj in _coordinated_with(ctx, ti, gi, heads | dated):
            dated.add(gj)
            out.extend(mentions_of(ctx.text, ctx.lang, ctx.dated[ti], ctx.triggers[gj], ctx.span, True))
    return tuple(out), frozenset(dated)


def _coordinated_with(ctx: Sentence, ti: int, gi: int, taken: set[int] | frozenset[int]) -> Iterator[int]:
    """The event words after word ``gi`` coordinated with it, in a row, that date ``ti`` may date
    (not one ``taken``, dated already); the row goes on from the last one yielded."""
    text, heading = ctx.text, ctx.dates[ti].heads
    complementizer, relative = ctx.regex("complementizer"), ctx.regex("relative_pronoun")
    coordinator = grammar_of(ctx.lang).coordinated
    last = ctx.triggers[gi]
    for gj in range(gi + 1, len(ctx.triggers)):
        g = ctx.triggers[gj]
        if _in_closed_relative(ctx, last.end, g):
            continue  # "sent letters to the people whose files were stored there, and we have notified"
        gap = _bare_gap(ctx, _less_date(text, last.end, g.start, ctx.dated[ti]))
        if not ctx.dates[ti].opens and grammar_of(ctx.lang).series_end.search(gap) is None:
            return  # a day phrase after its verb: "that morning, and the insurer later notified" is another clause
        if not (coordinator.search(gap) or heading) or len(WORD.findall(gap)) > _row_reach(ctx, gap) \
                or ";" in gap and not heading \
                or any(last.end <= d.start < g.start and d is not ctx.dated[ti] for d in ctx.dated) \
                or complementizer.search(gap) or relative.search(gap):
            return  # "sent emails that erroneously contained ...": a clause of its own
        if gj in taken or g.blocked or "breach" in g.kinds or ctx.places[gj] != ctx.places[gi] \
                or g.head and set(g.kinds) & {"discovery", "determination"} \
                and not ctx.speaks(g.start, min(ctx.span[1], g.end + 90)):  # "concluded that the Privacy Team should be told"
            continue
        yield gj
        last = g


def _in_closed_relative(ctx: Sentence, after: int, g: Trigger) -> bool:
    """Whether event word ``g`` is in a relative clause opened after ``after`` that a comma ends
    before the last "and" of a series of acts ("to the individuals whose documents were stored in
    the portal, and we have notified"): the relative clause's verb, not one of the series."""
    grammar = grammar_of(ctx.lang)
    rel = grammar.closed_relative.search(ctx.text, after, min(ctx.span[1], g.end + 100))
    if rel is None or not rel.start() < g.start < rel.end():
        return False
    rest = grammar.count_aside.sub(",", ctx.text[rel.end() - 1:min(ctx.span[1], rel.end() + 80)])
    return grammar.series_start.match(rest) is not None


def _less_date(text: str, a: int, b: int, date: TimeExpr) -> str:
    """The text from ``a`` to ``b`` with the date that dates the row blanked ("changed the password
    that afternoon and began": its "that" opens no clause)."""
    if a <= date.start and date.end <= b:
        return text[a:date.start] + " " * (date.end - date.start) + text[date.end:b]
    return text[a:b]


def _bare_gap(ctx: Sentence, gap: str) -> str:
    """The words between two verbs less a count set off by commas ("to 3,100 people, 980 of them
    Oregon residents, and") and, where they end a series of acts ("..., and we have"), less a
    relative clause a comma ends ("to the 1,140 individuals whose documents were stored there,"):
    neither is a clause the second verb belongs to, nor adds distance between the two."""
    grammar = grammar_of(ctx.lang)
    gap = grammar.count_aside.sub(",", gap)
    if grammar.series_end.search(gap) is not None:
        gap = grammar.closed_relative.sub(",", gap)
    return gap


_ROW_REACH, _SERIES_REACH = 8, 16  # words between two coordinated verbs: in a row, in a series of acts


def _row_reach(ctx: Sentence, gap: str) -> int:
    """How many words may stand between two verbs a date dates together: more in a series of acts
    set off by commas that ends with "and" right before the verb ("isolated the server, hired a
    firm to look into the matter, changed every password and notified the FBI"), or with "and" and the
    same actor's subject and auxiliary ("..., and we have notified the Attorney General")."""
    series = "," in gap and grammar_of(ctx.lang).series_end.search(gap) is not None
    return _SERIES_REACH if series else _ROW_REACH


def when_clauses(ctx: Sentence, heads: frozenset[int]) -> Bound:
    """"ended in July 2023, when an audit flagged the activity": the event of a "when" clause
    right after a date happens on that date; its first event word no date dates (``heads``), and
    the words coordinated with it ("when staff noticed the downloads and disabled the account").
    Not a breach word: "spotted on March 6, when files were encrypted" dates an act of the
    breach, not its start."""
    text, e = ctx.text, ctx.span[1]
    same_time = ctx.regex("same_time")
    out: list[Mention] = []
    dated: set[int] = set()
    for ti, t in enumerate(ctx.dated):
        when = _COMMA_THEN.match(text, t.end, e)
        if t.kind == "relative" or when is None or not same_time.match(text, when.end(), e):
            continue
        clause = region_of(when.start(), ctx.closed)
        if clause is None:
            continue
        first = next((gi for gi, g in enumerate(ctx.triggers) if when.end() <= g.start < clause[1]
                      and gi not in heads and gi not in dated and not g.blocked and "breach" not in g.kinds), None)
        if first is not None:
            dated.add(first)
            # "had access from May 3 until May 29, when ...": the 29th; "On May 13-19, when ...": the range
            day = t.parts[-1] if t.kind == "range" and t.parts and not ctx.dates[ti].opens else t
            out.extend(mentions_of(text, ctx.lang, day, ctx.triggers[first], ctx.span, True))
            # "until Feb. 21, when staff noticed the downloads and disabled the account": both acts
            for gj in _coordinated_with(ctx, ti, first, heads | dated):
                dated.add(gj)
                out.extend(mentions_of(text, ctx.lang, day, ctx.triggers[gj], ctx.span, True))
    return tuple(out), frozenset(dated)


def listed(ctx: Sentence, pairs: Pairs, taken: frozenset[int]) -> tuple[tuple[Mention, ...], frozenset[int]]:
    """"on March 2, 2021, and March 9, 2021, the firm learned": a date not ``taken`` by pairing,
    listed next to a bound one, dates that one's word too. Returns the mentions and the dates
    it bound."""
    bound_to = dict(pairs)
    out: list[Mention] = []
    done: list[int] = []
    for ti, t in enumerate(ctx.dated):
        if ti in taken:
            continue
        mate = _listed_with(ctx.text, ctx.lang, ctx.dated, ti, bound_to)
        if mate is not None and not ctx.triggers[bound_to[mate]].blocked:
            out.extend(mentions_of(ctx.text, ctx.lang, t, ctx.triggers[bound_to[mate]], ctx.span, True))
            done.append(ti)
    return tuple(out), frozenset(done)


def reported_breach(ctx: Sentence, taken: frozenset[int]) -> tuple[Mention, ...]:
    """What anyone reports or finds "that ..." is the breach, whoever the reporter is, when the
    clause speaks of one ("reported that an employee made copies", not "that its owner died"):
    a date not ``taken``, in such a clause and in no bracket or relative clause, dates the
    breach. Not when the breach is named only in a further "that" clause after the date
    ("concluded on March 5 that a ransomware incident was material": the date is the concluding's)."""
    text, e = ctx.text, ctx.span[1]
    complementizer = ctx.regex("complementizer")
    out: list[Mention] = []
    for ti, t in enumerate(ctx.dated):
        if ti in taken or t.kind not in ("date", "range") or region_of(t.start, ctx.closed) is not None:
            continue
        nested = complementizer.search(text, t.end, e)
        spans = [(c, min(ce, nested.start()) if nested else ce) for c, ce in ctx.complements.values() if c <= t.start < ce]
        if any(ctx.speaks(c, ce) for c, ce in spans):
            # "that a nurse had downloaded charts between March 1 and until she was fired on April 9":
            # a date that ends an "until" clause of the reported act is its end
            until = any(until_clause(text, ctx.lang, Trigger(c, c, ()), t) for c, _ in spans)
            out.extend(attrs.evolve(m, kind="breach_end") if until and m.kind == "breach_start" and m.role == "point" else m
                       for m in mentions_of(text, ctx.lang, t, Trigger(t.start, t.end, ("breach",)), ctx.span, True))
    return tuple(out)


def durations(ctx: Sentence) -> tuple[Mention, ...]:
    """The sentence's durations, each with the nearest breach or investigation word (``_durations``)."""
    return tuple(_durations(ctx.text, ctx.lang, [t for t in ctx.timexes if t.kind == "duration"], ctx.triggers, ctx.span))


def ended_breach(ctx: Sentence, mentions: Sequence[Mention]) -> tuple[Mention, ...]:
    """"took steps to put an end to the breach", "pour mettre fin à la violation": the act that
    contains the breach ends it, on its date; a breach end besides each such containment. So
    does the first containment a clause of purpose follows ("took the folder offline and deleted
    the copies, so as to end the leak")."""
    ends = ctx.regex("ends_breach")
    first = min((m.trigger[0] for m in mentions if m.kind == "containment" and m.role == "point"), default=None)
    return tuple(attrs.evolve(m, kind="breach_end", role="point") for m in mentions
                 if m.kind == "containment" and m.role == "point"
                 and (found := ends.search(ctx.text, m.trigger[0], ctx.span[1])) is not None
                 and (found.start() < m.trigger[1]  # in the words of the containment ("a mis fin à")
                      or m.trigger[0] == first and ends_with(ctx.regex("purpose"), ctx.text, m.trigger[1],
                                                             found.start())))


def lasted_before(ctx: Sentence, mentions: Sequence[Mention]) -> list[Mention]:
    """"remained inside for three days before deploying the encryptor on April 12", "sont restés
    pendant neuf jours avant de chiffrer les serveurs le 12 avril": the date past "before" is the
    later act's; the lasting act began the stated length before it."""
    other_time = grammar_of(ctx.lang).other_time
    lengths = {m.trigger: m.timex.amount for m in mentions if m.role == "duration" and m.timex.amount is not None}
    out: list[Mention] = []
    for m in mentions:
        t, length = m.timex, lengths.get(m.trigger)
        if m.kind == "breach_start" and m.role == "point" and length is not None and t.kind == "date" \
                and t.first is not None and t.first.lo is not None and t.first.hi is not None and t.start >= m.trigger[1] \
                and other_time.search(ctx.text, m.trigger[1], t.start):
            first = counted_back(t.first, length)
            if first is None:
                continue  # "for more than three days before ...": no day it began
            m = attrs.evolve(m, timex=attrs.evolve(t, first=first, qualifier=None))
        out.append(m)
    return out


def counted_back(day: Interval, length: tuple[int, int | None]) -> Interval | None:
    """The days a stated length before ``day`` may fall on; None for a length with no upper bound
    ("for more than three days") or a day not bounded on both sides."""
    lo, hi = length
    if hi is None or day.lo is None or day.hi is None:
        return None
    return Interval(day.lo - hi, day.hi - lo)


def undated(ctx: Sentence, heads: frozenset[int]) -> tuple[Undated, ...]:
    """The event words no date dates (not in ``heads``) that say their event happened."""
    return tuple(undated_of(ctx.text, ctx.lang, [g for gi, g in enumerate(ctx.triggers) if gi not in heads], ctx.span))


_COMMA_THEN = re.compile(r"\s*,\s*")  # a comma, then the words of a "when" clause
_DIGIT_COMMA = re.compile(r"(?<=\d),(?=\d)")  # a thousands separator, no clause break


def _with_restatements(text: str, lang: Language, dated: Sequence[TimeExpr], pairs: Pairs) -> list[tuple[int, int]]:
    """Pairs where a relative phrase set off right after a date ("le 9 mai, soit trois jours
    après avoir découvert l'attaque", "on May 9, three days after it found the attack") dates
    what that date dates: it restates the date, whatever word stands nearer after it."""
    bound = dict(pairs)
    restates = grammar_of(lang).restates
    for ti, t in enumerate(dated):
        if t.kind != "relative" or ti == 0 or dated[ti - 1].kind == "relative" or ti - 1 not in bound:
            continue
        gi = bound[ti - 1]
        if bound.get(ti) != gi and restates.fullmatch(text, dated[ti - 1].end, t.start) \
                and not any(bound[o] == gi and dated[o].kind == "relative" for o in bound if o != ti):
            bound[ti] = gi
    paired = {ti for ti, _ in pairs}
    return [(ti, bound[ti]) for ti, _ in pairs] + [(ti, gi) for ti, gi in bound.items() if ti not in paired]


def _trails(text: str, date: TimeExpr, relative: TimeExpr) -> bool:
    """Whether a relative phrase comes after a date with more than two words between them."""
    return relative.start > date.end and len(WORD.findall(text, date.end, relative.start)) > 2


def _joined_after(ctx: Sentence, relative: TimeExpr, date: TimeExpr) -> bool:
    """Whether a date comes after a relative phrase past a new clause's join ("fermé le jour même
    à 13 heures, puis rouvert le 14 avril", "shut down the same day, and restored on May 14"):
    the date is the later verb's, not the word's the phrase dates."""
    return relative.end <= date.start and ctx.regex("clause_join").search(ctx.text, relative.end, date.start) is not None


_CLAUSE_END = re.compile(r"[\W_]*?(?:[,;:.!?)]|$)")


def _ends_clause(text: str, pos: int, e: int) -> bool:
    """Whether no word stands between ``pos`` and the end of its clause (a comma, a full stop, the sentence's end)."""
    return _CLAUSE_END.match(text, pos, e) is not None


def _listed_with(text: str, lang: Language, dated: Sequence[TimeExpr], ti: int, bound_to: dict[int, int]) -> int | None:
    """The bound date next to date ``ti`` in a list ("March 2, 2021, and March 9, 2021"), if any."""
    for j in (ti - 1, ti + 1):
        if j in bound_to:
            a, b = (dated[j], dated[ti]) if j < ti else (dated[ti], dated[j])
            if grammar_of(lang).list_gap.fullmatch(text, a.end, b.start):
                return j
    return None


def _durations(text: str, lang: Language, durs: Sequence[TimeExpr], triggers: Sequence[Trigger],
               sent: tuple[int, int]) -> Iterator[Mention]:
    """A stated duration belongs to the nearest breach or investigation word of its sentence; not one
    after the word past a clause join ("whose data was copied, and it is offering them credit
    monitoring for two years": the monitoring's length)."""
    join = lang.regex["clause_join"]
    for t in durs:
        best: tuple[int, str, Trigger] | None = None
        for g in triggers:
            if g.blocked or g.needs_topic and topic_of(text, lang, g.start, g.end, *sent) != "breach":
                continue  # "the investigation, which lasted ten weeks": no breach named
            if g.kinds == ("breach",) and g.span == "durative":
                kind = "breach_start"
            elif set(g.kinds) & {"investigation_start", "investigation_end"}:
                kind = "investigation_start"
            else:
                continue
            a, b = (g.end, t.start) if g.end <= t.start else (t.end, g.start)
            words = len(WORD.findall(text, a, b))
            if words <= MAX_WORDS and (best is None or words < best[0]) and not (a == g.end and join.search(text, a, b)):
                best = (words, kind, g)
        if best is not None:
            yield Mention(best[1], t, "duration", (best[2].start, best[2].end), sent)
