"""The command line: a thin click shell over the Python API.

Exit codes: 0 nothing at or above ``--fail-on``; 1 findings at or above it;
2 usage error, bad rule file or unreadable input (one line on stderr, no traceback).
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Any, NoReturn

import click

from . import __version__

FORMATS = ("text", "json", "sarif", "github", "html")


def _fail(message: str) -> NoReturn:
    click.echo(f"timeline-check: {message}", err=True)
    sys.exit(2)


def _rules(rules_dir: Path | None) -> Any:
    from .rulefile import RuleFileError
    from .ruleset import load_rules

    try:
        return load_rules(rules_dir)
    except RuleFileError as exc:
        _fail(str(exc))


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="timeline-check")
def cli() -> None:
    """Check the timeline of a data-breach or incident narrative."""


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
    ]):
        f = opt(f)
    return click.argument("paths", nargs=-1, required=True)(f)


def _run(paths: tuple[str, ...], lang: str, date: dt.datetime | None, regimes: tuple[str, ...], no_detect: bool,
         recursive: bool, rules_dir: Path | None) -> Any:
    rules = _rules(rules_dir)
    if lang != "auto" and lang not in rules.languages:
        _fail(f"unknown language {lang!r} (known: auto, {', '.join(sorted(rules.languages))})")
    for name in regimes:
        if rules.regime(name) is None:
            _fail(f"unknown regime {name!r} (known: {', '.join(sorted(rules.regimes))})")
    from .engine import check_path

    report = check_path(paths, lang=None if lang == "auto" else lang, date=date.date() if date else None,
                        regimes=regimes, detect_regimes=not no_detect, recursive=recursive, rules_dir=rules_dir)
    for problem in report.problems:
        click.echo(f"timeline-check: {problem.message}", err=True)
    return report


@cli.command()
@_common
@click.option("--deadlines", "show_deadlines", is_flag=True, expose_value=False,
              callback=lambda ctx, _param, value: ctx.meta.__setitem__("deadlines", value),
              help="After the findings, print each document's deadline table: trigger, due and actual dates, verdict.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True, help="Output format.")
@click.option("--fail-on", type=click.Choice(["error", "warning", "never"]), default="error", show_default=True,
              help="Exit 1 when a finding is at or above this severity.")
def check(paths: tuple[str, ...], lang: str, date: dt.datetime | None, regimes: tuple[str, ...], no_detect: bool,
          recursive: bool, rules_dir: Path | None, fmt: str, fail_on: str) -> None:
    """Check PATHS (files, or - for standard input) and report what cannot be true."""
    report = _run(paths, lang, date, regimes, no_detect, recursive, rules_dir)
    if fmt == "json":
        from .report.json import render

        click.echo(render(report), nl=False)
    elif fmt == "sarif":
        from .report.sarif import render as render_sarif

        click.echo(render_sarif(report, _rules(rules_dir)), nl=False)
    elif fmt == "github":
        from .report.github import render as render_github

        click.echo(render_github(report, _rules(rules_dir)), nl=False)
    elif fmt == "html":
        from .report.html import render as render_html

        click.echo(render_html(report, _rules(rules_dir)), nl=False)
    else:
        from .report.text import render as render_text

        click.echo(render_text(report, color=sys.stdout.isatty()), nl=False)
    if fmt == "text" and click.get_current_context().meta.get("deadlines"):
        from .report.deadlines import table

        click.echo(table(report), nl=False)
    if report.problems:
        sys.exit(2)
    rank = {"error": 2, "warning": 1, "never": 99}[fail_on]
    from .model import SEVERITY_RANK

    sys.exit(1 if any(SEVERITY_RANK[f.severity] >= rank for d in report.documents for f in d.findings) else 0)


@cli.command()
@_common
def events(paths: tuple[str, ...], lang: str, date: dt.datetime | None, regimes: tuple[str, ...], no_detect: bool,
           recursive: bool, rules_dir: Path | None) -> None:
    """Print the timeline extracted from PATHS as a table."""
    from .report.text import events_table

    report = _run(paths, lang, date, regimes, no_detect, recursive, rules_dir)
    click.echo(events_table(report), nl=False)
    sys.exit(2 if report.problems else 0)


@cli.command(name="rules")
@click.option("--rules", "rules_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="List this rules directory instead of the shipped one (validating it).")
def list_rules(rules_dir: Path | None) -> None:
    """List every rule: id, regime, deadline, in force from-to, confidence, citation."""
    from .report.deadlines import rule_header, rule_lines

    click.echo(rule_header())
    rs = _rules(rules_dir)
    for r in rs.all_rules():
        for line in rule_lines(rs, r):
            click.echo(line)


@cli.command()
@click.argument("rule_id")
@click.option("--rules", "rules_dir", type=click.Path(file_okay=False, path_type=Path), default=None)
def explain(rule_id: str, rules_dir: Path | None) -> None:
    """Print what RULE_ID checks, and why."""
    rs = _rules(rules_dir)
    rule = next((r for r in rs.all_rules() if r.id == rule_id), None)
    if rule is None:
        _fail(f"unknown rule {rule_id!r} (see `timeline-check rules`)")
    from .report.deadlines import explain_lines

    for line in explain_lines(rs, rule):
        click.echo(line)


def main() -> None:
    """Entry point: run the CLI; any unexpected error is one line and exit code 2."""
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.ClickException as exc:
        exc.show()
        sys.exit(2)
    except click.exceptions.Abort:
        _fail("aborted")
    except KeyboardInterrupt:
        _fail("interrupted")
    except BrokenPipeError:
        sys.exit(2)
    except RecursionError:
        _fail("internal error: input nested too deeply")
    except Exception as exc:  # never a traceback for a user
        _fail(f"internal error: {type(exc).__name__}: {exc}")
