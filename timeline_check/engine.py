"""The pipeline: read -> tag -> bind -> reason -> facts -> rules -> report, one pure stage after another."""

from __future__ import annotations

import datetime as dt
import fnmatch
import functools
import os
import re
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from . import kinds, suppress

from .document import Document, InputError
from .errors import ArgumentError, did_you_mean
from .read import expand, read_path
from .binding import bind_dated
from .binding.own_date import publication
from .binding.updated import dateline_update
from .binding.schedule import scheduled_rows
from .binding.regulator_voice import regulator_voice
from .binding.counted_from_day import counted_from_day
from .binding.tense import in_the_past
from .binding.gaps import past_unplaced
from .content import checklist
from .facts import find_facts
from .lang import Language
from .messages import Messages, check_language, message_language
from .model import DocumentReport, Event, Finding, InputProblem, Interval, Mention, Report, TimeExpr
from .reason import Timeline, reason
from .rulefile import WordIndex, folds_by_lower, word_index
from .ruleset import RuleSet, load_rules
from .taxonomy import EVENT_KINDS
from .tagging import Recognised, Tagging, normalise, recognise
from .tagging.sections import last_update

if TYPE_CHECKING:
    from .config import Config

_WORDS = re.compile(r"[^\W\d_]+")
T = TypeVar("T")


_GUESS_CHARS = 20000  # the language is guessed from the text's first characters


def guess_language(text: str, rules: RuleSet, index: WordIndex | None = None) -> Language:
    """The language whose frequent words the text uses most (English on a tie); ``index``, the
    text's word index, spares reading its words again."""
    count = _counter(text, index)
    return max(rules.languages.values(), key=lambda lang: (count(lang.stopwords), lang.code == "en"))


def _counter(text: str, index: WordIndex | None) -> Callable[[frozenset[str]], int]:
    """How many of the words (letter runs, lower-cased) of the text's first characters are in a set.

    A text within those characters that folds as it lowers is counted from its word index: each
    of its word runs is then its lower-cased form, a letter run or runs split by digits or "_"."""
    if index is None or len(text) > _GUESS_CHARS or not folds_by_lower(text):
        words = [w.lower() for w in _WORDS.findall(text[:_GUESS_CHARS])]
        return lambda wanted: sum(w in wanted for w in words)
    at, runs = index.at, index.words
    parts: dict[str, int] = {}  # the letter runs inside word runs that are not all letters ("covid19", "a_b")
    for w in runs:
        if not w.isalpha():
            for part in _WORDS.findall(w):
                parts[part] = parts.get(part, 0) + len(at[w])
    return lambda wanted: sum(len(at[w]) for w in wanted.intersection(runs) if w.isalpha()) + sum(
        n for w, n in parts.items() if w in wanted)


def _own_dated(text: str, language: Language, found: Recognised, reference: int | None) -> tuple[Tagging, Mention | None]:
    """The time expressions, normalised on ``reference``, and the text's own date when it states
    one: its dateline, found once, before binding, which is given it. With no ``reference``, the
    expressions are normalised again on the dateline's day, so that "yesterday", "hier" and dates
    without a year are read from that day (recognising needs no date: done once)."""
    tagging = normalise(found, reference)
    dateline = publication(text, language, tagging.timexes)
    if reference is not None or dateline is None or dateline.timex.first is None:
        return tagging, dateline
    tagging = normalise(found, dateline.timex.first.lo)
    span = (dateline.timex.start, dateline.timex.end)
    return tagging, attrs.evolve(dateline, timex=next(t for t in tagging.timexes if (t.start, t.end) == span))


def _later(a: TimeExpr | None, b: TimeExpr | None) -> TimeExpr | None:
    """The later of two dates of a single day, either of which may be missing."""
    if a is None or b is None:
        return a or b
    day_a = a.first.lo if a.first is not None else None
    day_b = b.first.lo if b.first is not None else None
    return b if day_a is None or day_b is not None and day_b > day_a else a


def check_document(doc: Document, *, lang: str | None = None, date: dt.date | None = None,
                   regimes: Sequence[str] = (), detect_regimes: bool = True,
                   rules: RuleSet | None = None, config: Config | None = None,
                   message_lang: str | None = None) -> DocumentReport:
    """Check one document; ``date`` is the text's own date when the text does not state one.

    The messages are in ``message_lang`` (``"en"``, ``"fr"``), by default in the text's language.

    ``config`` supplies ``lang``, ``regimes`` and the rules directory where those are not
    given, and filters the findings (select, ignore, levels); suppression directives in the
    document silence the findings they cover.
    """
    if config is not None:
        lang = lang or config.lang
        regimes = regimes or config.regimes
    rules = rules or load_rules(config.rules_dir if config is not None else None)
    directives = _directives(doc, rules)
    if directives and doc.raw is None:  # plain text: a directive line is not prose
        doc = attrs.evolve(doc, text=suppress.blank(doc.text, directives))
    index = word_index(doc.text)
    language = rules.languages[lang] if lang else guess_language(doc.text, rules, index)
    date = date or doc.date
    reference = date.toordinal() if date else None
    tagging, dateline = _own_dated(doc.text, language, recognise(doc.text, language, index), reference)
    binding = bind_dated(doc.text, language, tagging.timexes, dateline, index)
    today = reference if reference is not None or dateline is None or dateline.timex.first is None \
        else dateline.timex.first.lo
    update = last_update(doc.text, language, tagging.timexes, today)  # "Mise à jour du 12 avril 2025"
    update = _later(update, dateline_update(doc.text, language, tagging.timexes, dateline))  # "Last updated: May 16"
    if update is not None and update.first is not None:
        today = update.first.lo
    told = regulator_voice(doc.text, language, binding.mentions)  # "reported it to us" in a regulator's release
    told = counted_from_day(told, tagging.timexes, binding.unplaced, today)  # "Le 2 juin 2025, ... le lendemain"
    mentions = in_the_past(scheduled_rows(doc.text, language, told, today), today)
    mentions = past_unplaced(mentions, binding.unplaced, tagging.timexes)  # "We reached out on 10 July. It was fixed the next day."
    if reference is not None and not any(m.kind == "publication" for m in mentions):
        stamp = TimeExpr(0, 0, "", "date", first=Interval(reference, reference))
        mentions.insert(0, Mention("publication", stamp, "point", (0, 0), (0, 0)))
    own = next((i for i, m in enumerate(mentions) if m.kind == "publication"), None)
    if binding.letter is not None and own is not None:  # the text is a notice to its reader: sent on its own date
        letter = [Mention(binding.letter.kind, mentions[own].timex, "point", binding.letter.trigger,
                          binding.letter.sentence, about=True)]
        if mentions[own].sentence != (0, 0):  # and the words that date it, quoted with those that address it
            letter.append(attrs.evolve(letter[0], trigger=mentions[own].trigger, sentence=mentions[own].sentence))
        if binding.addressee is not None:  # and the line of its head that names the regulator it goes to
            letter.append(attrs.evolve(letter[0], sentence=binding.addressee))
        mentions[own + 1:own + 1] = letter
    if update is not None:  # sent on its first date, the text as it stands is of its last update's day
        mentions = [attrs.evolve(m, timex=update) if m.kind == "publication" else m for m in mentions]
    timeline = reason(mentions, rules, binding.undated)
    ids = _event_ids(timeline)
    dates = tuple((t.start, t.end) for t in tagging.timexes if t.kind in ("date", "range"))
    facts = find_facts(doc, language, index, rules, timeline, tuple(regimes), detect_regimes, dates)
    msg = Messages(message_language(language.code, message_lang))
    result = kinds.run(kinds.Context(doc, timeline, facts, rules, ids, tagging.problems, tuple(mentions), msg))
    outcome = suppress.apply(directives, list(result.findings))
    kept, silenced = outcome.findings, outcome.suppressed
    if config is not None:  # the filter stage: select, ignore, level overrides, min-level
        kept = config.apply(kept)
        silenced = tuple(attrs.evolve(s, finding=g) for s in silenced if (g := config.adjust(s.finding)) is not None)
    return DocumentReport(
        path=doc.path, language=language.code,
        reference_date=_reference(timeline, reference),
        regimes=facts.regimes, events=_events(doc, timeline, ids),
        findings=tuple(sorted(kept, key=Finding.sort_key)), text=doc.text, deadlines=result.rows,
        suppressed=silenced, notice=facts.notice.kind if facts.notice else None,
        checklist=checklist(doc, facts.content), undated=timeline.undated, message_lang=msg.lang,
        unplaced=tuple(attrs.evolve(u, line=line, column=column) for u in binding.unplaced
                       for line, column in (doc.locate(u.start),)))


def validate(rules: RuleSet, lang: str | None = None, regimes: Sequence[str] = (), config: Config | None = None,
             message_lang: str | None = None) -> None:
    """Refuse a language, a message language or a regime the rules do not know (``ArgumentError``),
    and a configuration naming an unknown rule, regime or language (``ConfigError``), before
    anything is checked."""
    check_language(message_lang)
    if lang is not None and lang not in rules.languages:
        known = sorted(rules.languages)
        raise ArgumentError(f"unknown language {lang!r}{did_you_mean(lang, known)} (known: auto, {', '.join(known)})")
    for name in regimes:
        if rules.regime(name) is None:
            known = sorted(rules.regimes)
            raise ArgumentError(f"unknown regime {name!r}{did_you_mean(name, known)} (known: {', '.join(known)})")
    if config is not None:
        config.validate(rule_ids(rules), rules.regimes, rules.languages)


@functools.lru_cache(maxsize=8)
def rule_ids(rules: RuleSet) -> tuple[str, ...]:
    """Every rule id a directive or a configuration may name: the rule set's, the notices' content elements
    and ``suppress/*``."""
    return tuple(sorted({r.id for r in rules.all_rules()} | {e.id for e in rules.content.all()}
                        | {suppress.UNUSED, suppress.MALFORMED}))


def _directives(doc: Document, rules: RuleSet) -> tuple[suppress.Directive, ...]:
    """The suppression directives of a document: from the file as written (Markdown, HTML) or its text."""
    source = doc.raw if doc.raw is not None else doc.text
    if "timeline-check" not in source:
        return ()
    suffix = Path(doc.path).suffix.lower()
    if doc.raw is None:
        if suffix in (".docx", ".pdf"):
            return ()  # no comments to hide a directive in
        mode: suppress.Mode = "text"
    else:
        mode = "html" if suffix in (".html", ".htm") else "markdown"
    return suppress.parse(source, mode, rule_ids(rules))


def _event_ids(timeline: Timeline) -> dict[int, str]:
    nodes = sorted((n for n in timeline.nodes[1:] if n.mentions),
                   key=lambda n: (n.mentions[0].timex.start, EVENT_KINDS.index(n.kind)))
    return {n.index: f"E{i}" for i, n in enumerate(nodes, 1)}


def _reference(timeline: Timeline, given: int | None) -> int | None:
    pub = timeline.of_kind("publication")
    if pub and pub[0].stated is not None:
        return pub[0].stated.lo
    return given


def _events(doc: Document, timeline: Timeline, ids: dict[int, str]) -> tuple[Event, ...]:
    out = []
    for n in timeline.nodes[1:]:
        if n.index not in ids:
            continue
        first = n.mentions[0]
        if n.stated is not None:
            lo, hi = n.stated.lo, n.stated.hi
            if lo is not None and hi is not None and all(m.timex.season for m in n.mentions):
                # a season's bounds are a convention: the text's other dates narrow it
                low, up = max(lo, timeline.lower[n.index]), min(hi, timeline.upper[n.index])
                lo, hi = (int(low), int(up)) if low <= up else (lo, hi)
        else:
            low, up = timeline.lower[n.index], timeline.upper[n.index]
            lo = None if low == float("-inf") else int(low)
            hi = None if up == float("inf") else int(up)
        t = first.timex
        line, col = doc.locate(t.start)
        out.append(Event(ids[n.index], n.kind, lo, hi, t.text, t.start, t.end, line, col, n.mentions))
    return tuple(sorted(out, key=lambda e: int(e.id[1:])))


def check_text(text: str, *, lang: str | None = None, date: dt.date | None = None,
               regimes: Sequence[str] = (), detect_regimes: bool = True, path: str = "<text>",
               rules_dir: Path | None = None, config: Config | None = None,
               message_lang: str | None = None) -> DocumentReport:
    """Check a narrative given as a string.

    ``lang`` is ``"en"`` or ``"fr"`` (guessed when None); ``date`` the text's own date
    when it states none; ``regimes`` legal regimes to apply whatever the text says
    (``"HIPAA"``); ``detect_regimes=False`` applies only those; ``config`` a
    ``timeline_check.config.Config`` (the arguments given here win over it). An unknown
    language or regime raises ``ArgumentError``, a configuration naming an unknown rule,
    regime or language ``ConfigError`` (both ``TimelineCheckError``). ``message_lang``
    (``"en"``, ``"fr"``) sets the language of the messages, by default the text's.
    """
    folder = rules_dir or (config.rules_dir if config is not None else None)
    rules = load_rules(folder)
    validate(rules, lang, regimes, config, message_lang)
    return check_document(Document(path, text), lang=lang, date=date, regimes=regimes,
                          detect_regimes=detect_regimes, rules=rules, config=config, message_lang=message_lang)


def _glob(rel: str, name: str, patterns: Sequence[str]) -> bool:
    """Whether a file (its path under the folder given, and its name) matches a glob; ``*`` also matches ``/``."""
    for g in patterns:
        g = g.removeprefix("./")
        g = g + "*" if g.endswith("/") else g
        if fnmatch.fnmatchcase(rel, g) or fnmatch.fnmatchcase(name, g) or (
                g.startswith("**/") and fnmatch.fnmatchcase(rel, g[3:])):
            return True
    return False


def expand_paths(paths: str | Iterable[str], recursive: bool = False, include: Sequence[str] = (),
                 exclude: Sequence[str] = ()) -> tuple[list[str], list[InputProblem]]:
    """The files to check, in a stable order, and the paths that cannot be expanded.

    A folder (with ``recursive``) gives its files of known suffixes, sorted; ``include``
    keeps only those matching one of its globs, ``exclude`` drops those matching one.
    Globs are matched against the path under the folder given (``drafts/*.md``) and
    against the file name (``*.md``). Files named one by one are always checked.
    """
    files: list[str] = []
    problems: list[InputProblem] = []
    for p in [paths] if isinstance(paths, str) else paths:
        try:
            found = expand(p, recursive)
        except InputError as exc:
            problems.append(InputProblem(p, str(exc)))
            continue
        if (include or exclude) and p != "-" and Path(p).is_dir():
            def rel(f: str) -> str:
                return PurePosixPath(Path(f).relative_to(p)).as_posix()

            found = [f for f in found
                     if (not include or _glob(rel(f), Path(f).name, include))
                     and not _glob(rel(f), Path(f).name, exclude)]
        files.extend(found)
    return files, problems


@attrs.frozen
class _Options:
    lang: str | None
    date: dt.date | None
    regimes: tuple[str, ...]
    detect_regimes: bool
    rules_dir: Path | None
    message_lang: str | None = None


Result = tuple[list[T], list[InputProblem]]


def _same(report: DocumentReport) -> DocumentReport:
    return report


def _check_one(path: str, config: Config | None, o: _Options, each: Callable[[DocumentReport], T]) -> Result[T]:
    try:
        found = read_path(path)
    except InputError as exc:
        return [], [InputProblem(path, str(exc))]
    folder = o.rules_dir or (config.rules_dir if config is not None else None)
    rules = load_rules(folder)
    return [each(check_document(doc, lang=o.lang, date=o.date, regimes=o.regimes, detect_regimes=o.detect_regimes,
                                rules=rules, config=config, message_lang=o.message_lang)) for doc in found], []


def _check_chunk(chunk: list[tuple[str, Config | None]], o: _Options, each: Callable[[DocumentReport], T]) -> list[Result[T]]:
    """A worker's share: the files of one chunk, each checked on its own (module level, so it pickles)."""
    return [_check_one(path, config, o, each) for path, config in chunk]


def _context() -> Any:
    """Workers forked from this process inherit the loaded rules; where forking is unsafe, the default."""
    import multiprocessing
    import threading

    if "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context()


def check_path(paths: str | Iterable[str], *, lang: str | None = None, date: dt.date | None = None,
               regimes: Sequence[str] = (), detect_regimes: bool = True, recursive: bool = False,
               rules_dir: Path | None = None, include: Sequence[str] = (), exclude: Sequence[str] = (),
               jobs: int = 1, config: Config | Callable[[str], Config] | None = None,
               progress: Callable[[int, int], None] | None = None, message_lang: str | None = None) -> Report:
    """Check files (``-`` for standard input); unreadable ones are listed in ``Report.problems``.

    Folders are walked with ``recursive``, filtered by the ``include``/``exclude`` globs
    (see ``expand_paths``). ``jobs`` > 1 checks in that many worker processes; the report
    lists the documents in the order of the files all the same. ``config`` is one
    ``Config`` for every file, or a function giving each file's (``config.for_path`` finds
    the file that governs it); the other arguments win over it. An unknown language or
    regime raises ``ArgumentError``, a configuration naming an unknown rule, regime or
    language ``ConfigError``, before anything is checked.
    ``progress(done, total)`` is called as files are checked. ``message_lang`` (``"en"``,
    ``"fr"``) sets the language of the messages, by default each text's.
    """
    # A bad rules directory, language or regime fails here, once, and workers inherit the loaded rules.
    validate(load_rules(rules_dir), lang, regimes, message_lang=message_lang)
    docs, problems = check_files(paths, _same, lang=lang, date=date, regimes=regimes, detect_regimes=detect_regimes,
                                 recursive=recursive, rules_dir=rules_dir, include=include, exclude=exclude, jobs=jobs,
                                 config=config, progress=progress, message_lang=message_lang)
    return Report(tuple(docs), tuple(problems))


def check_files(paths: str | Iterable[str], each: Callable[[DocumentReport], T], *, lang: str | None = None,
                date: dt.date | None = None, regimes: Sequence[str] = (), detect_regimes: bool = True,
                recursive: bool = False, rules_dir: Path | None = None, include: Sequence[str] = (),
                exclude: Sequence[str] = (), jobs: int = 1, config: Config | Callable[[str], Config] | None = None,
                progress: Callable[[int, int], None] | None = None,
                message_lang: str | None = None) -> tuple[list[T], list[InputProblem]]:
    """``check_path``, keeping of each document's report what ``each`` makes of it (in the files' order).

    ``each`` runs where the document was checked: with ``jobs`` > 1, only what it returns comes
    back from a worker, where a whole report (its text, events and their mentions) is slow to
    send. It must be a module-level function (a worker gets it by name).
    """
    files, problems = expand_paths(paths, recursive, include, exclude)
    configs: list[Config | None] = [config(f) if callable(config) else config for f in files]
    for given in {id(c): c for c in configs if c is not None}.values():
        validate(load_rules(rules_dir or given.rules_dir), config=given)
    options = _Options(lang, date, tuple(regimes), detect_regimes, rules_dir, message_lang)
    items = list(zip(files, configs))
    total = len(items)
    results: list[Result[T] | None] = [None] * total
    jobs = (os.cpu_count() or 1) if jobs <= 0 else jobs
    # Standard input is read here, not in a worker.
    pooled = [i for i, f in enumerate(files) if f != "-"] if jobs > 1 and total > 2 else []
    in_pool = set(pooled)
    done = 0
    if progress is not None:
        progress(0, total)
    for i, (f, cfg) in enumerate(items):
        if i not in in_pool:
            results[i] = _check_one(f, cfg, options, each)
            done += 1
            if progress is not None:
                progress(done, total)
    if pooled:
        _pool(pooled, items, options, each, jobs, results, lambda n: progress(done + n, total) if progress else None)
    out: list[T] = []
    for res in results:
        assert res is not None
        out.extend(res[0])
        problems.extend(res[1])
    return out, problems


def _chunks(pooled: list[int], jobs: int) -> list[list[int]]:
    """The files in chunks in order, each a share of what is left (16 files at most): a chunk costs one
    round trip, and the chunks shrink towards the end, so that the workers end within a file or two of
    each other (equal chunks of 13 left one worker checking up to a whole chunk alone)."""
    chunks: list[list[int]] = []
    k = 0
    while k < len(pooled):
        size = max(1, min(16, (len(pooled) - k) // (jobs * 4)))
        chunks.append(pooled[k:k + size])
        k += size
    return chunks


def _pool(pooled: list[int], items: list[tuple[str, Config | None]], options: _Options, each: Callable[[DocumentReport], T],
          jobs: int, results: list[Result[T] | None], progress: Callable[[int], None]) -> None:
    """Check the files ``pooled`` (indices of ``items``) in ``jobs`` worker processes, into ``results``."""
    import gc
    from concurrent.futures import ProcessPoolExecutor, as_completed  # only when needed: start-up stays fast

    chunks = _chunks(pooled, jobs)
    done = 0
    gc.freeze()  # forked workers then leave the loaded rules' memory pages shared, not copied by the collector
    try:
        with ProcessPoolExecutor(max_workers=min(jobs, len(chunks)), mp_context=_context()) as pool:
            futures = {pool.submit(_check_chunk, [items[i] for i in chunk], options, each): chunk for chunk in chunks}
            try:
                for fut in as_completed(futures):
                    for i, res in zip(futures[fut], fut.result()):
                        results[i] = res
                    done += len(futures[fut])
                    progress(done)
            except BaseException:
                pool.shutdown(wait=False, cancel_futures=True)
                raise
    finally:
        gc.unfreeze()
