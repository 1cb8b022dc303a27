"""Binding one sentence: its event words and dates, paired."""

from __future__ import annotations

import bisect
import functools


from ..lang import Language
from ..model import Mention, TimeExpr, Undated

from .anchors import _resolve_anchor
from .context import appositions, speaks_of_breach, COMMA_AFTER, HEADING, ONE_WORD, is_fronted, label_end, outside, past_zone, region_of, regions
from .grammar import BLANK, CLAUSE_MARK, MAX_WORDS, WORD, ends_with, grammar_of
from .mentions import mentions_of, undated_of
from .passes import COMMA_THEN, DIGIT_COMMA, durations, ends_clause, listed_with, trails, with_restatements
from .triggers import Scan, Trigger, find_triggers


def bind_sentence(text: str, lang: Language, sent: tuple[int, int], ts: list[TimeExpr],
                   scan: Scan) -> tuple[list[Mention], list[Undated]]:
    s, e = sent
    if not ts:  # only notices matter without a date: a deadline may hinge on an undated one
        return [], undated_of(text, lang, find_triggers(text, lang, s, e, notices_only=True, scan=scan), sent)
    triggers = find_triggers(text, lang, s, e, scan=scan, dates=[(t.start, t.end) for t in ts])
    closed, complements = regions(text, lang, s, e, triggers, ts)

    def depth(pos: int) -> frozenset[int]:
        return frozenset(i for i, (c, ce) in complements.items() if c <= pos < ce)

    attributive, complementizer, cleft = lang.regex["attributive"], lang.regex["complementizer"], lang.regex["cleft"]
    denied = grammar_of(lang).denied
    kept = [t for t in ts if t.kind in ("date", "range", "relative")
            and not (t.kind != "relative" and ends_with(attributive, text, max(s, t.start - 30), t.start))
            and not denied.search(text, max(s, t.start - 30), t.start)]  # "on March 1, not March 4"
    kept = appositions(text, lang, kept)
    # A relative phrase reads on through the words of what it counts from ("three days after
    # it found the attack"): the event it dates stands before it or past those words.
    reads_to = [min(e, t.end + len(t.anchor) - len("phrase:")) if t.kind == "relative" and t.anchor
                and t.anchor.startswith("phrase:") else t.end for t in kept]
    dated = [_resolve_anchor(lang, t) for t in kept]
    # The words a relative phrase counts from name an event, but date it only with a date of
    # their own ("Two weeks after the intrusion was detected, on 17 June, the staff was told").
    anchors = [(t.end, b) for t, b in zip(kept, reads_to) if b > t.end]
    candidates: list[tuple[float, int, int]] = []
    loose: set[tuple[int, int]] = set()  # bindings that may be another verb's: not certain
    day_lead, other_time = lang.regex["day_lead"], grammar_of(lang).other_time
    opening: set[int] = set()  # dates that open their clause
    heading: set[int] = set()  # dates that head a list item ("2024-01-23: firm engaged; investigation opened")
    # Where each event word stands (its bracket or relative clause, the "that" clauses
    # around it), found once per word rather than once per date and word.
    g_place = [(region_of(g.start, closed), depth(g.start)) for g in triggers]
    g_anchor = [next(((a, b) for a, b in anchors if a <= g.start < b), None) for g in triggers]
    g_starts, g_ends = [g.start for g in triggers], [g.end for g in triggers]  # both ascending
    d_starts = [t.start for t in dated]
    ordered = all(a <= b for a, b in zip(d_starts, d_starts[1:]))
    # Where clauses may open: the sentence's start, past a label ("What happened: "), past the
    # question an answer is joined to ("When did you learn of it? On 4 March ...").
    asked = text.rfind("?", s, e)
    leads = sorted({s, label_end(text, s, e), BLANK.match(text, asked + 1, e).end() if asked >= 0 else s})  # type: ignore[union-attr]
    for ti, t in enumerate(dated):
        t_region, t_depth = region_of(t.start, closed), depth(t.start)
        lead = leads[bisect.bisect_right(leads, t.start) - 1]
        region_start = max([lead] + [c for c, ce in complements.values() if c <= t.start < ce] +
                           [r[0] + 1 for r in closed if r[0] <= t.start < r[1]])
        # A date that opens its clause ("On March 3, 2019, the clinic ...") belongs to a verb after
        # it; not one an event word governs before it with no comma between ("The intrusion began
        # on March 3, 2019, and ended ...": "began" dates it).
        t_end = reads_to[ti] if reads_to[ti] > t.end else past_zone(text, t)
        # Without a comma too where a preposition opens the sentence with it ("On 9 May 2022 the
        # controller, a retailer, notified ..."); not a bare date ("19 July 2021 until it notified").
        fronted = is_fronted(text, region_start, t.start) and (
            bool(COMMA_AFTER.match(text, t_end)) or region_start == lead and ONE_WORD.fullmatch(text, lead, t.start)
        ) and not any(
            "," not in text[g_ends[j]:t.start]
            for j in range(bisect.bisect_left(g_starts, region_start), bisect.bisect_right(g_ends, t.start)))
        if fronted:
            opening.add(ti)
            if HEADING.match(text, t_end) and not any(c.isalnum() for c in text[s:t.start]):
                heading.add(ti)

        def fits(gi: int, g: Trigger) -> bool:
            if g_place[gi] != (t_region, t_depth):
                return False
            if gi in complements and complements[gi][0] <= t.start < complements[gi][1]:
                return False
            if g_anchor[gi] is not None and not g_anchor[gi][0] <= t.start < g_anchor[gi][1]:
                return False
            # "60 days after discovery" does not date the discovery itself
            return not (t.kind == "relative" and t.anchor in g.kinds or t.anchor == "breach_start" and "breach" in g.kinds)

        # Words before the date, nearest first. The gap only widens as the walk goes back, so
        # it stops at the first word too far (a ";" or more than MAX_WORDS words between):
        # each date looks at a few words, not at every word of the sentence.
        nearest = bisect.bisect_right(g_ends, t.start) - 1
        for gi in range(nearest, -1, -1):
            g = triggers[gi]
            gap = text[g.end:t.start]
            words = len(WORD.findall(gap))
            # One long clause, no comma in it, may hold a verb's object between it and its date
            # ("emailed a spreadsheet containing the details of 412 tenants to a mailing list of
            # local landlords on 6 February 2023"): the nearest event word reaches twice as far.
            # Not past another day's lead ("reported to the office on the date of the notices on ..."):
            # the verb's date would be that one.
            if ";" in gap or words > MAX_WORDS and not (
                    gi == nearest and words <= 2 * MAX_WORDS and not CLAUSE_MARK.search(gap)
                    and not complementizer.search(gap) and all(not gap[m.end():].strip() for m in day_lead.finditer(gap))):
                break
            if not fits(gi, g):
                continue
            if words > MAX_WORDS or other_time.search(gap):
                loose.add((ti, gi))  # far, or past "before", "after" ("downloaded files before leaving on April 26")
            between = sum(o.end <= t.start for o in dated[bisect.bisect_left(d_starts, g.end):ti + 1]) if ordered \
                else sum(g.end <= o.start and o.end <= t.start for o in dated)
            commas = gap.count(",") - len(DIGIT_COMMA.findall(gap))  # not "4,210"
            candidates.append((words + 2.0 * commas + 3.0 * between, ti, gi))
        # Words after the date, nearest first. The gap leaves out the brackets and relative
        # clauses inside it (``outside``), so it widens with distance only past the clauses
        # around the date's end that close within the date's own clause (``settled``); past
        # them, the walk stops at the first word too far.
        bound = t_region[1] if t_region is not None else e
        settled = max((y for x, y in closed if x <= t_end < y < bound), default=-1)
        first_after = True
        for gi in range(bisect.bisect_left(g_starts, t_end), len(triggers)):
            g = triggers[gi]
            if g.join or not fits(gi, g):
                continue
            gap = outside(text, t_end, g.start, closed)
            if not fronted and complementizer.search(gap) and not cleft.search(text, region_start, t.start):
                break  # "a reconnu vendredi qu'un pirate avait copié": the date is the saying's
            words = len(WORD.findall(gap))
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
            if trails(text, date, phrase):
                continue
        used_t.add(ti)
        used_g[gi, relative] = ti
        pairs.append((ti, gi))
    pairs = with_restatements(text, lang, dated, pairs)
    if asked >= 0:  # a question of when joined to its answer: the answer's first date is the question's,
        # unless the answer names an event of its own with it ("When was the FBI told? We contacted it on ...")
        first = next((ti for ti, t in enumerate(dated) if t.start > asked), None)
        taken = {gi for _, gi in pairs}
        if first is not None and not any(ti == first and not triggers[gi].blocked for ti, gi in pairs):
            pairs += [(first, gi) for gi, g in enumerate(triggers) if g.end <= asked and gi not in taken and not g.blocked]
    dated_heads = {gi for _, gi in pairs}
    relatives = [m.start() for m in lang.regex["relative_pronoun"].finditer(text, s, e)]
    mentions: list[Mention] = []
    speaks = functools.cache(lambda a, b: speaks_of_breach(scan, lang, a, b))  # once a clause, not once a date
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
        if relatives and ends_clause(text, dated[ti].end, e):
            heads += [h for h in range(gi) if any(triggers[h].end <= r < g.start for r in relatives)]
        certain = (not any(h not in dated_heads and not triggers[h].blocked for h in heads) or g.end > dated[ti].start) \
            and (ti, gi) not in loose
        comp = complements.get(gi)
        mentions.extend(mentions_of(text, lang, dated[ti], g, sent, certain, complement=comp,
                                  complement_breach=comp is not None and speaks(*comp)))
    # "On May 3, the clinic secured the server and notified the FBI": a date that opens its
    # clause dates each verb coordinated with the one it is bound to. Not a breach word.
    coordinated = grammar_of(lang).coordinated
    for ti, gi in pairs:
        if ti not in opening or dated[ti].kind == "relative":
            continue
        last = triggers[gi]
        for gj in range(gi + 1, len(triggers)):
            g = triggers[gj]
            gap = text[last.end:g.start]
            if not (coordinated.search(gap) or ti in heading) or len(WORD.findall(gap)) > 8 \
                    or ";" in gap and ti not in heading \
                    or any(last.end <= d.start < g.start for d in dated) \
                    or lang.regex["complementizer"].search(gap) or lang.regex["relative_pronoun"].search(gap):
                break  # "sent emails that erroneously contained ...": a clause of its own
            if gj in dated_heads or g.blocked or "breach" in g.kinds or g_place[gj] != g_place[gi] \
                    or g.head and set(g.kinds) & {"discovery", "determination"} \
                    and not speaks(g.start, min(e, g.end + 90)):  # "concluded that the Privacy Team should be told"
                continue
            dated_heads.add(gj)
            mentions.extend(mentions_of(text, lang, dated[ti], g, sent, True))
            last = g
    # "ended in July 2023, when an audit flagged the activity": the event of a "when" clause
    # right after a date happens on that date. Not a breach word: "spotted on March 6, when
    # files were encrypted" dates an act of the breach, not its start.
    same_time = lang.regex["same_time"]
    for ti, t in enumerate(dated):
        when = COMMA_THEN.match(text, t.end, e)
        if t.kind == "relative" or when is None or not same_time.match(text, when.end(), e):
            continue
        clause = region_of(when.start(), closed)
        if clause is None:
            continue
        first = next((gi for gi, g in enumerate(triggers) if when.end() <= g.start < clause[1]
                      and gi not in dated_heads and not g.blocked and "breach" not in g.kinds), None)
        if first is not None:
            dated_heads.add(first)
            # "had access from May 3 until May 29, when ...": the 29th; "On May 13-19, when ...": the range
            day = t.parts[-1] if t.kind == "range" and t.parts and ti not in opening else t
            mentions.extend(mentions_of(text, lang, day, triggers[first], sent, True))
    bound_to = {ti: gi for ti, gi in pairs}
    for ti, t in enumerate(dated):
        if ti in used_t:
            continue
        # "on June 15, 2015, and June 19, 2015, it discovered": a list of dates for one word.
        mate = listed_with(text, lang, dated, ti, bound_to)
        if mate is not None and not triggers[bound_to[mate]].blocked:
            mentions.extend(mentions_of(text, lang, t, triggers[bound_to[mate]], sent, True))
            continue
        # What anyone reports or finds "that ..." is the breach, whoever the reporter is, when
        # the clause speaks of one ("reported that an employee made copies", not "that its owner died").
        # Not when the breach is named only in a further "that" clause after the date ("concluded
        # on March 5 that a ransomware incident was material": the date is the concluding's).
        nested = lang.regex["complementizer"].search(text, t.end, e)
        spans = [(c, min(ce, nested.start()) if nested else ce) for c, ce in complements.values() if c <= t.start < ce]
        if spans and t.kind in ("date", "range") and region_of(t.start, closed) is None \
                and any(speaks(c, ce) for c, ce in spans):
            mentions.extend(mentions_of(text, lang, t, Trigger(t.start, t.end, ("breach",)), sent, True))
    mentions.extend(durations(text, lang, [t for t in ts if t.kind == "duration"], triggers, sent))
    return mentions, undated_of(text, lang, [g for gi, g in enumerate(triggers) if gi not in dated_heads], sent)
