"""The command line: a thin click shell over the Python API.

Exit codes: 0 nothing at or above ``--fail-on``; 1 findings at or above it;
2 usage error, bad rule file or unreadable input (one line on stderr, no traceback;
``TIMELINE_CHECK_DEBUG=1`` shows it). Commands return their exit code and raise
``TimelineCheckError``; ``_Shell`` turns both into the exit, ``main`` anything unexpected.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any, NoReturn

import click

from . import __version__

FORMATS = ("text", "json", "sarif", "github", "html", "docx")


def _debug() -> bool:
    return os.environ.get("TIMELINE_CHECK_DEBUG") == "1"


def _say(message: str) -> None:
    click.echo(f"timeline-check: {message}", err=True)


def _fail(message: str) -> NoReturn:
    """Stop the command on a usage error: ``message`` on one line, exit code 2."""
    from .errors import ArgumentError

    raise ArgumentError(message)


class _Shell(click.Group):
    """The command group: the one place where a command's result becomes the exit code, and
    a ``TimelineCheckError`` one line on standard error and exit code 2."""

    def invoke(self, ctx: click.Context) -> Any:
        from .errors import TimelineCheckError

        try:
            code = super().invoke(ctx)
        except TimelineCheckError as exc:
            if _debug():
                raise
            _say(str(exc))
            code = 2
        ctx.exit(code or 0)


def _rules(rules_dir: Path | None) -> Any:
    from .ruleset import load_rules

    return load_rules(rules_dir)


@click.group(cls=_Shell, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="timeline-check")
def cli() -> None:
    """Check the timeline of a data-breach or incident narrative.

    Put --server first (timeline-check --server check FILE) to run through a warm check server,
    started on first use; see `timeline-check server --help`."""


def _common(f: Any) -> Any:
    for opt in reversed([
        click.option("--lang", default="auto", show_default=True, help="Language of the text: auto, en, fr."),
        click.option("--date", "date", type=click.DateTime(formats=["%Y-%m-%d"]), default=None,
                     help="The text's own date (YYYY-MM-DD) when it does not state one."),
        click.option("--regime", "regimes", multiple=True, metavar="NAME",
                     help="Apply this legal regime (e.g. HIPAA) whatever the text says. Repeatable."),
        click.option("--no-detect", is_flag=True, help="Apply only the regimes named with --regime."),
        click.option("--recursive", "-r", is_flag=True, help="Check the files under directories (.txt .md .html .docx .pdf ...)."),
        click.option("--rules", "rules_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
                     help="Use this rules directory instead of the shipped one."),
        click.option("--include", multiple=True, metavar="GLOB",
                     help="In directories, check only the files matching this glob (e.g. '*.md'). Repeatable."),
        click.option("--exclude", multiple=True, metavar="GLOB",
                     help="In directories, skip the files matching this glob (e.g. 'drafts/*'). Repeatable."),
        click.option("--jobs", "-j", type=click.IntRange(min=0), default=1, show_default=True,
                     help="Worker processes (0: one per CPU); the output is the same whatever the number."),
        click.option("--config", "config_file", type=click.Path(dir_okay=False, path_type=Path), default=None,
                     help="Use this configuration file instead of the one found upward from each checked file."),
    ]):
        f = opt(f)
    return click.argument("paths", nargs=-1, required=True)(f)


PROGRESS_MIN = 5  # a progress bar (on a terminal) when more files than this are checked


class _Settings:
    """Each checked file's configuration, with the command line's flags put in its place (cached per folder)."""

    def __init__(self, config_file: Path | None, select: tuple[str, ...] = (), ignore: tuple[str, ...] = (),
                 fail_on: str | None = None) -> None:
        from .config import load

        self.flags: dict[str, Any] = {"select": select, "ignore": ignore, "fail_on": fail_on}
        self.fixed = load(config_file) if config_file is not None else None
        self.by_file: dict[Path | None, Any] = {}
        self.by_folder: dict[str, Any] = {}

    def __call__(self, path: str) -> Any:
        from .config import find, load_cached

        folder = "-" if path in ("-", "<stdin>") else str(Path(path).parent)
        if folder not in self.by_folder:
            found = None if self.fixed is not None else find(Path.cwd() if folder == "-" else Path(folder))
            if found not in self.by_file:
                if self.fixed is not None:
                    base = self.fixed
                elif found is None:
                    from .config import Config

                    base = Config()
                else:
                    st = found.stat()
                    base = load_cached(found, (st.st_mtime_ns, st.st_size))
                self.by_file[found] = base.override(**self.flags)
            self.by_folder[folder] = self.by_file[found]
        return self.by_folder[folder]

    def rules_dir(self, report: Any) -> Path | None:
        """The rules directory the documents' configuration names (the first document's), for the rule list of a report."""
        return next((self(d.path).rules_dir for d in report.documents), None)

    def exit_code(self, report: Any, fail_on: str | None) -> int:
        """1 when a document has a finding at or above its ``fail-on`` (the flag's, else its file's, else error)."""
        from .model import SEVERITY_RANK

        for d in report.documents:
            level = fail_on or self(d.path).fail_on or "error"
            rank = {"error": 2, "warning": 1, "never": 99}[level]
            if any(SEVERITY_RANK[f.severity] >= rank for f in d.findings):
                return 1
        return 0


class _Progress:
    """A progress bar on standard error, shown only on a terminal and for more than a few files."""

    def __init__(self) -> None:
        self.bar: Any = None
        self.done = 0

    def __call__(self, done: int, total: int) -> None:
        if self.bar is None:
            if total <= PROGRESS_MIN or not sys.stderr.isatty():
                return
            self.bar = click.progressbar(length=total, label="checking", file=sys.stderr, show_pos=True)
        self.bar.update(done - self.done)
        self.done = done

    def close(self) -> None:
        if self.bar is not None:
            self.bar.render_finish()


def _run(paths: tuple[str, ...], lang: str, date: dt.datetime | None, regimes: tuple[str, ...], no_detect: bool,
         recursive: bool, rules_dir: Path | None, *, settings: _Settings | None = None, include: tuple[str, ...] = (),
         exclude: tuple[str, ...] = (), jobs: int = 1, config_file: Path | None = None, each: Any = None,
         message_lang: str | None = None) -> Any:
    """The report of a run: its ``documents`` (what ``each`` makes of each document's report, when given) and ``problems``."""
    settings = settings or _Settings(config_file)
    from .engine import check_files, check_path

    progress = _Progress()
    report: Any
    options: dict[str, Any] = dict(lang=None if lang == "auto" else lang, date=date.date() if date else None, regimes=regimes,
                                   detect_regimes=not no_detect, recursive=recursive, rules_dir=rules_dir, include=include,
                                   exclude=exclude, jobs=jobs, config=settings, progress=progress, message_lang=message_lang)
    try:  # check_path refuses an unknown language, regime or rule before reading any file
        if each is None:
            report = check_path(paths, **options)
        else:
            docs, problems = check_files(paths, each, **options)
            report = SimpleNamespace(documents=tuple(docs), problems=tuple(problems))
    finally:
        progress.close()
    for problem in report.problems:
        click.echo(f"timeline-check: {problem.message}", err=True)
    return report


@cli.command()
@_common
@click.option("--deadlines", "show_deadlines", is_flag=True, expose_value=False,
              callback=lambda ctx, _param, value: ctx.meta.__setitem__("deadlines", value),
              help="Show each document's deadline table: text and html after the findings, github as one ::notice per "
                   "row missed, possibly missed or not checkable; json and sarif always include it.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True, help="Output format.")
@click.option("--fail-on", type=click.Choice(["error", "warning", "never"]), default=None,
              help="Exit 1 when a finding is at or above this severity.  [default: error]")
@click.option("--select", multiple=True, metavar="RULE",
              help="Report only this rule, or the rules under a prefix (hipaa/). Repeatable.")
@click.option("--ignore", multiple=True, metavar="RULE", help="Do not report this rule or prefix. Repeatable.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write the report to this file instead of standard output (required with --format docx).")
@click.option("--message-lang", default=None, metavar="LANG",
              help="Language of the messages and the report: en, fr.  [default: each text's language]")
def check(paths: tuple[str, ...], lang: str, date: dt.datetime | None, regimes: tuple[str, ...], no_detect: bool,
          recursive: bool, rules_dir: Path | None, fmt: str, fail_on: str | None, select: tuple[str, ...] = (),
          ignore: tuple[str, ...] = (), config_file: Path | None = None, output: Path | None = None,
          message_lang: str | None = None, **batch: Any) -> int:
    """Check PATHS (files, or - for standard input) and report what cannot be true.

    With --format docx, a copy of the one .docx checked is written to --output with each
    finding as a Word comment on the words it quotes; the original is never changed."""
    if fmt == "docx":
        _docx_target(paths, output, recursive)
    _known_rules(rules_dir, select + ignore)
    settings = _Settings(config_file, select, ignore, fail_on)
    each: Any = None
    if fmt == "json":  # each document's part of the output is made where it is checked (in a worker with --jobs)
        from .report.json import entry as each
    report = _run(paths, lang, date, regimes, no_detect, recursive, rules_dir, settings=settings, each=each,
                  message_lang=message_lang, **batch)
    shown = rules_dir or settings.rules_dir(report)
    if fmt == "docx":
        _write_docx(report, paths[0], output)
    elif fmt == "json":
        from .report.json import render_entries

        _emit(render_entries(report.documents), output)
    elif fmt == "sarif":
        from .report.sarif import render as render_sarif

        _emit(render_sarif(report, _rules(shown)), output)
    elif fmt == "github":
        from .report.github import render as render_github

        _emit(render_github(report, _rules(shown), deadlines=bool(click.get_current_context().meta.get("deadlines"))),
              output)
    elif fmt == "html":
        from .report.html import render as render_html

        _emit(render_html(report, _rules(shown)), output)
    else:
        from .report.text import render as render_text

        text = render_text(report, color=output is None and sys.stdout.isatty())
        if click.get_current_context().meta.get("deadlines"):
            from .report.deadlines import table

            text += table(report)
        _emit(text, output)
    if report.problems:
        return 2
    return settings.exit_code(report, fail_on)


def _emit(text: str, output: Path | None) -> None:
    """The report on standard output, or in ``output``."""
    if output is None:
        click.echo(text, nl=False)
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        _fail(f"{output}: cannot write the report ({exc.strerror or exc})")


def _docx_target(paths: tuple[str, ...], output: Path | None, recursive: bool) -> None:
    """Exit 2 unless one .docx is checked into another file: the reviewed copy never replaces the original."""
    if output is None:
        _fail("--format docx writes a reviewed copy of the document: give its file name with --output")
    if len(paths) != 1 or recursive or Path(paths[0]).suffix.lower() != ".docx":
        _fail("--format docx reviews one .docx file at a time")
    if Path(paths[0]).exists() and output.exists() and output.resolve() == Path(paths[0]).resolve():
        _fail(f"{output}: is the original document; write the reviewed copy to another file")


def _write_docx(report: Any, path: str, output: Path | None) -> None:
    """Write the reviewed copy of the checked .docx (its findings as comments) to ``output``."""
    assert output is not None
    if not report.documents:
        return
    try:
        from .report.docx import review
    except ImportError:
        _fail("--format docx needs lxml: pip install 'timeline-check[docx]'")
    from .document import InputError

    try:
        data = review(Path(path).read_bytes(), report.documents[0])
        output.write_bytes(data)
    except InputError as exc:
        _fail(str(exc))
    except OSError as exc:
        _fail(f"{output}: cannot write the reviewed copy ({exc.strerror or exc})")


def _known_rules(rules_dir: Path | None, names: tuple[str, ...]) -> None:
    """Exit 2 when --select or --ignore names no rule."""
    if not names:
        return
    from difflib import get_close_matches

    from .config import matches
    from .engine import rule_ids

    ids = rule_ids(_rules(rules_dir))
    for name in names:
        if name != "ALL" and not any(matches(i, [name]) for i in ids):
            close = get_close_matches(name, ids, n=1)
            _fail(f"unknown rule {name!r}" + (f" (did you mean {close[0]!r}?)" if close else "") + " (see `timeline-check rules`)")


@cli.command()
@_common
def events(paths: tuple[str, ...], lang: str, date: dt.datetime | None, regimes: tuple[str, ...], no_detect: bool,
           recursive: bool, rules_dir: Path | None, **batch: Any) -> int:
    """Print the timeline extracted from PATHS as a table."""
    from .report.text import events_table

    report = _run(paths, lang, date, regimes, no_detect, recursive, rules_dir, **batch)
    click.echo(events_table(report), nl=False)
    return 2 if report.problems else 0


def _every_rule(rs: Any) -> list[Any]:
    from .suppress import RULES as SUPPRESS_RULES

    return sorted([*rs.all_rules(), *SUPPRESS_RULES], key=lambda r: r.id)


@cli.command(name="rules")
@click.option("--rules", "rules_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="List this rules directory instead of the shipped one (validating it).")
@click.option("--regime", "regime", metavar="NAME", default=None, help="List only the rules of this regime (e.g. HIPAA).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="json: every rule version with its citation, source, quote, confidence, trigger, deadline, in-force window.")
def list_rules(rules_dir: Path | None, regime: str | None, fmt: str) -> None:
    """List every rule: id, regime, deadline, in force from-to, confidence, citation."""
    from .report.deadlines import rule_records, rule_table

    rs = _rules(rules_dir)
    listed = _every_rule(rs)
    if regime is not None:
        from .engine import validate

        validate(rs, regimes=[regime])  # an unknown regime: exit 2, with the closest name
        name = rs.regime(regime).name
        from .ruleset import REGIME_RULES

        listed = [r for r in listed if isinstance(r, REGIME_RULES) and r.regime == name]
    if fmt == "json":
        import json

        click.echo(json.dumps(rule_records(rs, listed), ensure_ascii=False, indent=2))
        return
    for line in rule_table(rs, listed):
        click.echo(line)


@cli.command()
@click.argument("rule_id")
@click.option("--rules", "rules_dir", type=click.Path(file_okay=False, path_type=Path), default=None)
def explain(rule_id: str, rules_dir: Path | None) -> None:
    """Print what RULE_ID checks, and why; for a prefix (hipaa, hipaa/), one line per rule under it."""
    from .report.deadlines import explain_lines, summary_line

    rs = _rules(rules_dir)
    every = _every_rule(rs)
    rule = next((r for r in every if r.id == rule_id), None)
    if rule is not None:
        for line in explain_lines(rs, rule):
            click.echo(line)
        return
    prefix = rule_id.rstrip("/") + "/"
    under = [r for r in every if r.id.lower().startswith(prefix.lower())]
    if not under:
        _fail(f"unknown rule {rule_id!r} (see `timeline-check rules`)")
    width = max(len(r.id) for r in under)
    for r in under:
        click.echo(summary_line(rs, r, width))


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True, help="Output format.")
@click.option("--lang", default="auto", show_default=True, help="Language of the text: auto, en, fr.")
@click.option("--date", "date", type=click.DateTime(formats=["%Y-%m-%d"]), default=None,
              help="The text's own date (YYYY-MM-DD): the anchor of 'yesterday', 'last week', ...")
@click.option("--recursive", "-r", is_flag=True, help="Read the files under directories.")
@click.option("--rules", "rules_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Use this rules directory instead of the shipped one.")
def timexes(paths: tuple[str, ...], fmt: str, lang: str, date: dt.datetime | None, recursive: bool,
            rules_dir: Path | None) -> int:
    """Print every time expression of PATHS with its TIMEX3 type and value."""
    from .document import InputError
    from .engine import guess_language, validate
    from .read import read_path
    from .report.timexes import render_json, render_text
    from .tagging.timex3 import timexes as find_timexes

    rules = _rules(rules_dir)
    validate(rules, None if lang == "auto" else lang)
    found, bad = [], False
    for path in paths:
        try:
            docs = read_path(path, recursive)
        except InputError as exc:
            _say(str(exc))
            bad = True
            continue
        for doc in docs:
            language = rules.languages[lang] if lang != "auto" else guess_language(doc.text, rules)
            day = date.date() if date else doc.date
            found.append((doc, language.code, find_timexes(doc.text, language, day)))
    click.echo((render_json if fmt == "json" else render_text)(found), nl=False)
    return 2 if bad else 0


@cli.command(name="server")
@click.argument("action", type=click.Choice(["start", "stop", "status"]))
@click.option("--idle-timeout", type=click.FloatRange(min=1), default=None, metavar="SECONDS",
              help="Stop after this long without a request.  [default: $TIMELINE_CHECK_SERVER_TIMEOUT or 900]")
def server_command(action: str, idle_timeout: float | None) -> int:
    """Start, stop or query the check server that `timeline-check --server ...` uses (see README)."""
    from .server import control

    code, line = control(action, idle_timeout)
    click.echo(line, err=code == 2)
    return code


def main() -> None:
    """Entry point: run the CLI and exit with its code; any unexpected error is one line and
    exit code 2 (with ``TIMELINE_CHECK_DEBUG=1``, the traceback)."""
    try:
        code = cli.main(standalone_mode=False)
    except click.exceptions.Exit as exc:
        code = exc.exit_code
    except click.ClickException as exc:
        exc.show()
        code = 2
    except click.exceptions.Abort:
        code = _stop("aborted")
    except KeyboardInterrupt:
        code = _stop("interrupted")
    except BrokenPipeError:
        code = 2
    except RecursionError:
        if _debug():
            raise
        code = _stop("internal error: input nested too deeply")
    except Exception as exc:  # never a traceback for a user
        if _debug():
            raise
        code = _stop(f"internal error: {type(exc).__name__}: {exc}")
    sys.exit(code if isinstance(code, int) else 0)


def _stop(message: str) -> int:
    _say(message)
    return 2
