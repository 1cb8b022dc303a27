"""One error model: TimelineCheckError (file:line: message) under every error a user can fix,
raised alike by check_text and check_path, and one line with exit code 2 on the command line."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from timeline_check import check_path, check_text
from timeline_check.config import Config, ConfigError, load
from timeline_check.document import InputError
from timeline_check.errors import ArgumentError, TimelineCheckError
from timeline_check.reason import _relative_edges, reason
from timeline_check.binding import bind
from timeline_check.rulefile import RuleFileError, word_index
from timeline_check.ruleset import load_rules
from timeline_check.tagging import tag

ROOT = Path(__file__).resolve().parent.parent
TEXT = "The office discovered the breach on April 2, 2024, and told its customers on April 9, 2024."


def test_every_error_is_a_timeline_check_error_that_names_its_place() -> None:
    assert str(RuleFileError("rules/order.toml", 7, "bad")) == "rules/order.toml:7: bad"
    assert str(ConfigError("pyproject.toml", 3, "no")) == "pyproject.toml:3: no"
    assert str(TimelineCheckError("gone", "a.txt")) == "a.txt: gone"
    assert str(ArgumentError("unknown thing")) == "unknown thing"
    for cls in (RuleFileError, ConfigError, InputError, ArgumentError):
        assert issubclass(cls, TimelineCheckError)
    error = RuleFileError(Path("/x/y.toml"), 2, "broken")
    assert (error.path, error.line, error.message) == ("/x/y.toml", 2, "broken")
    again = pickle.loads(pickle.dumps(error))  # errors cross to worker processes
    assert type(again) is RuleFileError and str(again) == str(error) and again.line == 2


@pytest.mark.parametrize("check", ["text", "path"])
def test_an_unknown_language_is_an_argument_error(check: str, tmp_path: Path) -> None:
    with pytest.raises(ArgumentError, match=r"^unknown language 'de' \(known: auto, en, fr\)$"):
        _check(check, tmp_path, lang="de")


@pytest.mark.parametrize("check", ["text", "path"])
def test_an_unknown_regime_is_an_argument_error_with_a_suggestion(check: str, tmp_path: Path) -> None:
    with pytest.raises(ArgumentError, match=r"^unknown regime 'HIPPA' \(did you mean 'HIPAA'\?\) \(known: AU-NDB, "):
        _check(check, tmp_path, regimes=("HIPPA",))


@pytest.mark.parametrize("check", ["text", "path"])
def test_a_configuration_naming_an_unknown_rule_is_a_config_error(check: str, tmp_path: Path) -> None:
    conf = tmp_path / ".timeline-check.toml"
    conf.write_text('regimes = ["HIPAA"]\nignore = ["hipaa/individual-notise"]\n', encoding="utf-8")
    with pytest.raises(ConfigError) as exc:
        _check(check, tmp_path, config=load(conf))
    assert str(exc.value).endswith(':2: ignore: unknown rule "hipaa/individual-notise" '
                                   '(did you mean "hipaa/individual-notice"?)')


def _check(check: str, folder: Path, **options: object) -> object:
    if check == "text":
        return check_text(TEXT, **options)  # type: ignore[arg-type]
    story = folder / "story.txt"
    story.write_text(TEXT, encoding="utf-8")
    return check_path(str(story), **options)  # type: ignore[arg-type]


def test_known_names_still_check() -> None:
    report = check_text(TEXT, lang="en", regimes=("hipaa",), config=Config(ignore=("order/",)))
    assert [r.name for r in report.regimes if r.forced] == ["HIPAA"]


def cli(*args: str, cwd: Path = ROOT, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "timeline_check", *args], capture_output=True, text=True, cwd=cwd,
                          env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}, timeout=120)


@pytest.mark.parametrize(("args", "message"), [
    (["--lang", "de"], "timeline-check: unknown language 'de' (known: auto, en, fr)"),
    (["--regime", "HIPPA"], "timeline-check: unknown regime 'HIPPA' (did you mean 'HIPAA'?) (known: AU-NDB, "),
])
def test_the_command_line_says_it_in_one_line_with_exit_code_2(args: list[str], message: str, tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(TEXT, encoding="utf-8")
    run = cli("check", *args, str(story))
    assert run.returncode == 2 and run.stdout == ""
    assert run.stderr.startswith(message) and run.stderr.count("\n") == 1


def test_a_configuration_with_an_unknown_rule_is_one_line_and_exit_code_2(tmp_path: Path) -> None:
    (tmp_path / ".timeline-check.toml").write_text('select = ["order/", "hipaa/individual-notise"]\n', encoding="utf-8")
    (tmp_path / "story.txt").write_text(TEXT, encoding="utf-8")
    run = cli("check", "story.txt", cwd=tmp_path)
    assert run.returncode == 2
    assert run.stderr == ('timeline-check: .timeline-check.toml:1: select: unknown rule "hipaa/individual-notise" '
                          '(did you mean "hipaa/individual-notice"?)\n')


def test_debug_shows_the_traceback(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(TEXT, encoding="utf-8")
    run = cli("check", "--lang", "de", str(story), env={"TIMELINE_CHECK_DEBUG": "1"})
    assert run.returncode != 0
    assert "Traceback (most recent call last)" in run.stderr
    assert "ArgumentError: unknown language 'de'" in run.stderr


def test_relative_edges_leave_the_nodes_as_they_are() -> None:
    text = "The firm notified the regulator on 9 May 2024, three days after discovering the attack."
    rules = load_rules()
    lang = rules.languages["en"]
    index = word_index(text)
    mentions = bind(text, lang, tag(text, lang, None, index).timexes, index).mentions
    timeline = reason(mentions, rules)
    assert [n.kind for n in timeline.nodes[1:]] == ["notification_regulator", "discovery"]  # the discovery is implied
    nodes = list(timeline.nodes[:-1])  # as they stood before the relative phrase was read
    by_mention = {id(m): n.index for n in nodes for m in n.mentions}
    edges, implied = _relative_edges(mentions, nodes, by_mention)
    assert nodes == list(timeline.nodes[:-1])
    assert [(n.index, n.kind) for n in implied] == [(len(nodes), "discovery")]
    assert {(e.src, e.dst) for e in edges} == {(implied[0].index, 1), (1, implied[0].index)}
