"""Configuration files: where they are found, what they may say, and how the command line wins over them."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline_check.cli import cli
from timeline_check.config import Config, ConfigError, find, for_path, load, matches
from timeline_check.engine import check_path, check_text, rule_ids
from timeline_check.model import Finding
from timeline_check.ruleset import load_rules

# Our own narrative: the audit ends before the intrusion is found (an order error), and the
# letters go out 75 days after discovery (a HIPAA error).
STORY = """Published: June 20, 2024

Lakeview Orthopedics, a covered entity under HIPAA, said that an intruder read its appointment
database between February 2 and February 6, 2024.

The practice discovered the intrusion on February 14, 2024, after a patient called about a strange
text message. An outside firm finished its audit of the database on February 9, 2024.

Letters went out to the affected patients on April 29, 2024.
"""


def _finding(rule: str, severity: str = "error") -> Finding:
    return Finding(rule, "order", severity, "m", 1, 1)  # type: ignore[arg-type]


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _rules(report: object) -> list[str]:
    return [f.rule for d in report.documents for f in d.findings]  # type: ignore[attr-defined]


# -- finding the file


def test_found_upward_and_own_file_wins_over_pyproject(tmp_path: Path) -> None:
    deep = tmp_path / "a" / "b" / "c"
    deep.mkdir(parents=True)
    assert find(deep / "x.txt", home=tmp_path) is None
    py = _write(tmp_path / "a" / "pyproject.toml", '[project]\nname = "x"\n\n[tool.timeline-check]\nlang = "en"\n')
    assert find(deep / "x.txt", home=tmp_path) == py.resolve()
    own = _write(tmp_path / "a" / ".timeline-check.toml", 'lang = "fr"\n')
    assert find(deep / "x.txt", home=tmp_path) == own.resolve()
    nearer = _write(tmp_path / "a" / "b" / ".timeline-check.toml", "")
    assert find(deep, home=tmp_path) == nearer.resolve()


def test_pyproject_without_the_table_is_passed_over(tmp_path: Path) -> None:
    _write(tmp_path / "repo" / "pyproject.toml", '[project]\nname = "x"\n[tool.ruff]\nselect = ["E"]\n')
    top = _write(tmp_path / ".timeline-check.toml", 'fail-on = "warning"\n')
    assert find(tmp_path / "repo" / "doc.md", home=tmp_path) == top.resolve()


def test_walk_stops_at_home(tmp_path: Path) -> None:
    _write(tmp_path / ".timeline-check.toml", 'lang = "en"\n')
    home = tmp_path / "home"
    (home / "docs").mkdir(parents=True)
    assert find(home / "docs" / "n.txt", home=home) is None  # the file above $HOME is not read
    assert find(home / "docs" / "n.txt", home=tmp_path / "elsewhere") is not None


def test_no_file_means_defaults(tmp_path: Path) -> None:
    assert for_path(str(tmp_path / "n.txt"), home=tmp_path) == Config()


# -- reading it


def test_every_key_is_read(tmp_path: Path) -> None:
    py = _write(tmp_path / "pyproject.toml", """[project]
name = "demo"

[tool.ruff]
select = ["E"]

[tool.timeline-check]
regimes = ["HIPAA"]
lang = "en"
select = ["order/", "hipaa/"]
ignore = ["hipaa/media-notice"]
fail-on = "warning"
min-level = "warning"
rules-dir = "my-rules"

[tool.timeline-check.rules."hipaa/individual-notice"]
level = "warning"

[tool.timeline-check.rules."order/discovery-after-investigation-end"]
level = "off"
""")
    cfg = load(py)
    assert cfg.regimes == ("HIPAA",) and cfg.lang == "en"
    assert cfg.select == ("order/", "hipaa/") and cfg.ignore == ("hipaa/media-notice",)
    assert (cfg.fail_on, cfg.min_level) == ("warning", "warning")
    assert cfg.rules_dir == tmp_path / "my-rules"  # relative to the file
    assert dict(cfg.levels) == {"hipaa/individual-notice": "warning", "order/discovery-after-investigation-end": "off"}
    assert cfg.line("select") == 10 and cfg.line("rules.hipaa/individual-notice") == 16


def test_lang_auto_is_no_lang(tmp_path: Path) -> None:
    assert load(_write(tmp_path / ".timeline-check.toml", 'lang = "auto"\n')).lang is None


@pytest.mark.parametrize(("text", "line", "message"), [
    ('lang = "en"\nselct = ["order/"]\n', 2, 'unknown key "selct" (did you mean "select"?)'),
    ('rule-dirs = ["a", "b"]\n', 1, 'only one rules directory is supported; name it with "rules-dir"'),
    ('select = "order/"\n', 1, '"select" must be a list of strings, not a string'),
    ('\n\nfail-on = "warn"\n', 3, '"fail-on" must be one of error, warning, never, not "warn"'),
    ('min-level = 2\n', 1, '"min-level" must be a string, not a number'),
    ('ignore = ["hipaa individual"]\n', 1, '"ignore": "hipaa individual" is not a rule id or prefix'),
    ('[rules."hipaa/individual-notice"]\nlevel = "loud"\n', 2, '"level" must be one of error, warning, info, off'),
    ('[rules."hipaa/individual-notice"]\nseverity = "info"\n', 2, 'unknown key "severity" in rules."hipaa/individual-notice"'),
    ('lang = "en"\nlang = "fr"\n', 2, "invalid TOML"),
    ('regimes = ["HIPAA", 7]\n', 1, '"regimes" must be a list of strings, not a list'),
    ('lang = "en"\nrules = ["hipaa/individual-notice"]\n', 1, '"rules" must be a table of rule ids, not a list'),
    ('lang = "en"\nrules = { "hipaa/individual-notice" = "off" }\n', 2,
     'rules."hipaa/individual-notice" must be a table (level = ...), not a string'),
    ('lang = "en"\n\n[rules."order/x"]\nlevel = "off"\n\n[rules."hipaa/individual-notice"]\n\nlevel = 3\n', 8,
     '"level" must be a string, not a number'),
], ids=["unknown-key", "rule-dirs", "not-a-list", "bad-choice", "not-a-string", "bad-id", "bad-level",
        "unknown-rule-key", "toml-syntax", "list-of-other", "rules-not-a-table", "rule-not-a-table", "level-not-a-string"])
def test_mistakes_name_file_and_line(tmp_path: Path, text: str, line: int, message: str) -> None:
    path = _write(tmp_path / ".timeline-check.toml", text)
    with pytest.raises(ConfigError) as err:
        load(path)
    assert str(err.value).startswith(f"{path}:{line}: ")
    assert message in str(err.value)


def test_mistakes_in_pyproject_point_into_the_table(tmp_path: Path) -> None:
    py = _write(tmp_path / "pyproject.toml", '[tool.black]\nline-length = 99\n\n[tool.timeline-check]\nline-length = 1\n')
    with pytest.raises(ConfigError, match=r"pyproject.toml:5: unknown key \"line-length\""):
        load(py)
    py.write_text('[tool.timeline-check]\nlang = "en"\n\n[tool.timeline-check.rules."hipaa/individual-notice"]\n'
                  'level = "warning"\nlevl = "info"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r'pyproject.toml:6: unknown key "levl" in rules."hipaa/individual-notice" '
                                          r'\(did you mean "level"\?\)'):
        load(py)


def test_names_are_checked_against_the_rules(tmp_path: Path) -> None:
    rules = load_rules()
    ids = rule_ids(rules)
    for text, line, message in [
        ('\nselect = ["hipaa/individual-notise"]\n', 2, 'unknown rule "hipaa/individual-notise" (did you mean "hipaa/individual-notice"?)'),
        ('[rules."order/nope"]\nlevel = "info"\n', 1, 'rules: unknown rule "order/nope"'),
        ('regimes = ["HIPPA"]\n', 1, 'unknown regime "HIPPA"'),
        ('lang = "de"\n', 1, 'unknown language "de"'),
    ]:
        cfg = load(_write(tmp_path / ".timeline-check.toml", text))
        with pytest.raises(ConfigError) as err:
            cfg.validate(ids, rules.regimes, rules.languages)
        assert f".timeline-check.toml:{line}: " in str(err.value) and message in str(err.value)
    load(_write(tmp_path / ".timeline-check.toml", 'select = ["ALL", "hipaa", "suppress/unused"]\nregimes = ["hipaa"]\n')
         ).validate(ids, rules.regimes, rules.languages)


# -- the filter stage


def test_select_ignore_prefixes() -> None:
    assert matches("hipaa/individual-notice", ["hipaa/"]) and matches("hipaa/individual-notice", ["hipaa"])
    assert not matches("hipaa-x/y", ["hipaa"]) and matches("a/b", ["ALL"])
    cfg = Config(select=("hipaa/", "order/"), ignore=("hipaa/media-notice",))
    kept = cfg.apply([_finding("hipaa/individual-notice"), _finding("hipaa/media-notice"),
                      _finding("order/discovery-after-investigation-end"), _finding("date/weekday")])
    assert [f.rule for f in kept] == ["hipaa/individual-notice", "order/discovery-after-investigation-end"]


def test_levels_and_min_level() -> None:
    cfg = Config(levels=(("a/x", "warning"), ("a/y", "off"), ("a/z", "error")), min_level="warning")
    out = cfg.apply([_finding("a/x"), _finding("a/y"), _finding("a/z", "info"), _finding("a/w", "info")])
    assert [(f.rule, f.severity) for f in out] == [("a/x", "warning"), ("a/z", "error")]


def test_command_line_wins() -> None:
    cfg = Config(select=("order/",), lang="fr", fail_on="warning")
    assert cfg.override() is cfg
    new = cfg.override(select=("hipaa/",), fail_on="never")
    assert (new.select, new.lang, new.fail_on) == (("hipaa/",), "fr", "never")


# -- in the engine and the CLI


def test_api_takes_a_config() -> None:
    plain = check_text(STORY, path="s.txt")
    assert {"order/discovery-after-investigation-end", "hipaa/individual-notice"} <= {f.rule for f in plain.findings}
    quiet = check_text(STORY, path="s.txt", config=Config(ignore=("order/",),
                                                          levels=(("hipaa/individual-notice", "warning"),)))
    assert not any(f.rule.startswith("order/") for f in quiet.findings)
    assert next(f for f in quiet.findings if f.rule == "hipaa/individual-notice").severity == "warning"


@pytest.mark.parametrize("jobs", [1, 2])
def test_check_path_finds_each_files_config(tmp_path: Path, jobs: int) -> None:
    _write(tmp_path / "strict" / "a.txt", STORY)
    _write(tmp_path / "lenient" / "a.txt", STORY)
    _write(tmp_path / "lenient" / ".timeline-check.toml", 'ignore = ["hipaa/"]\n')
    report = check_path(str(tmp_path), recursive=True, jobs=jobs, config=lambda p: for_path(p, home=tmp_path))
    by_path = {Path(d.path).parent.name: {f.rule for f in d.findings} for d in report.documents}
    assert "hipaa/individual-notice" in by_path["strict"]
    assert not any(r.startswith("hipaa/") for r in by_path["lenient"])


def test_bad_config_raises_before_checking(tmp_path: Path) -> None:
    _write(tmp_path / "a.txt", STORY)
    _write(tmp_path / ".timeline-check.toml", 'ignore = ["hipaa/individual-notise"]\n')
    with pytest.raises(ConfigError, match=r":1: ignore: unknown rule"):
        check_path(str(tmp_path / "a.txt"), config=lambda p: for_path(p, home=tmp_path))


def test_cli_reads_the_config_and_flags_override_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    story = _write(tmp_path / "notices" / "lakeview.txt", STORY)
    _write(tmp_path / "pyproject.toml", """[project]
name = "notices"

[tool.timeline-check]
ignore = ["order/"]
fail-on = "never"

[tool.timeline-check.rules."hipaa/individual-notice"]
level = "warning"
""")
    runner = CliRunner()
    res = runner.invoke(cli, ["check", "--format", "json", str(story)])
    assert res.exit_code == 0, res.output  # fail-on = "never"
    findings = json.loads(res.output)["documents"][0]["findings"]
    assert not any(f["rule"].startswith("order/") for f in findings)
    assert next(f for f in findings if f["rule"] == "hipaa/individual-notice")["severity"] == "warning"
    assert runner.invoke(cli, ["check", "--fail-on", "warning", str(story)]).exit_code == 1
    res = runner.invoke(cli, ["check", "--format", "json", "--ignore", "hipaa/", str(story)])
    rules = {f["rule"] for f in json.loads(res.output)["documents"][0]["findings"]}
    assert "order/discovery-after-investigation-end" in rules and not any(r.startswith("hipaa/") for r in rules)
    # An explicit --config replaces the one found.
    other = _write(tmp_path / "other.toml", 'select = ["order/"]\n')
    res = runner.invoke(cli, ["check", "--format", "json", "--config", str(other), str(story)])
    assert {f["rule"] for f in json.loads(res.output)["documents"][0]["findings"]} == {
        "order/discovery-after-investigation-end"}
    assert res.exit_code == 1


def test_cli_bad_config_is_one_line_and_exit_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    story = _write(tmp_path / "lakeview.txt", STORY)
    cfg = _write(tmp_path / ".timeline-check.toml", 'lang = "en"\n\nfail_on = "warning"\n')
    res = CliRunner().invoke(cli, ["check", str(story)])
    assert res.exit_code == 2
    assert res.output.strip().splitlines() == [
        f'timeline-check: {cfg}:3: unknown key "fail_on" (did you mean "fail-on"?)']
    assert CliRunner().invoke(cli, ["check", "--select", "order/nope", str(story)]).exit_code == 2


def test_config_regimes_and_rules_dir_are_used(tmp_path: Path) -> None:
    """A user's own rules pack (here a copy of the shipped one, HIPAA only) and forced regimes."""
    shipped = Path(__file__).resolve().parent.parent / "rules"
    shutil.copytree(shipped, tmp_path / "pack", ignore=lambda d, names: [n for n in names if n.startswith("us-")])
    cfg = load(_write(tmp_path / ".timeline-check.toml", 'rules-dir = "pack"\nregimes = ["HIPAA"]\n'))
    assert cfg.rules_dir == tmp_path / "pack"
    text = STORY.replace("a covered entity under HIPAA, ", "")
    doc = check_text(text, path="s.txt", config=cfg, detect_regimes=False)
    assert [r.name for r in doc.regimes] == ["HIPAA"]
    assert "hipaa/individual-notice" in {f.rule for f in doc.findings}
    assert not any(r.startswith("us-") for r in rule_ids(load_rules(cfg.rules_dir)))
