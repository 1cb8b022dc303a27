"""The command line: exit codes, formats, and one clear line for bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline_check.cli import cli

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "clinic-breach-en.txt"


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "timeline_check", *args], input=stdin, capture_output=True,
                          cwd=ROOT, timeout=60)


def test_example_has_errors_and_exit_1() -> None:
    p = run("check", str(EXAMPLE))
    assert p.returncode == 1
    out = p.stdout.decode()
    assert "error order/discovery-after-investigation-end" in out
    assert "error hipaa/individual-notice  [45 CFR 164.404(b)]" in out
    assert out.splitlines()[-1].startswith("3 findings (2 errors")


def test_json_follows_the_contract() -> None:
    p = run("check", "--format", "json", str(EXAMPLE))
    data = json.loads(p.stdout)
    assert data["tool"]["name"] == "timeline-check"
    assert set(data["summary"]) == {"documents", "errors", "warnings", "infos"}
    doc = data["documents"][0]
    assert {"path", "language", "reference_date", "regimes", "events", "findings"} <= set(doc)
    assert doc["reference_date"] == "2024-04-02" and doc["regimes"] == ["HIPAA"]
    for e in doc["events"]:
        assert {"id", "kind", "earliest", "latest", "text", "line", "column", "start", "end"} <= set(e)
    for f in doc["findings"]:
        assert {"rule", "category", "severity", "message", "events", "line", "column", "regime", "citation", "due",
                "actual"} <= set(f)
        assert f["category"] in ("order", "conflict", "duration", "date", "deadline", "missing")
    late = next(f for f in doc["findings"] if f["rule"] == "hipaa/individual-notice")
    assert (late["due"], late["actual"], late["regime"]) == ("2024-03-22", "2024-03-28", "HIPAA")
    verdicts = ("met", "missed", "possibly missed", "not checkable", "not yet due", "not in force", "no number")
    for r in doc["deadlines"]:
        assert set(r) == {"rule", "regime", "citation", "source", "trigger", "trigger_date", "due", "actual", "verdict",
                          "counting"}
        assert r["verdict"] in verdicts and r["source"].startswith("https://")
    row = next(r for r in doc["deadlines"] if r["rule"] == "hipaa/individual-notice")
    trigger = next(e for e in doc["events"] if e["id"] == row["trigger"])
    assert trigger["kind"] == "discovery" and row["trigger_date"] == trigger["earliest"] == "2024-01-22"
    assert (row["due"], row["actual"], row["verdict"]) == ("2024-03-22", "2024-03-28", "missed")
    assert row["counting"] == "60 calendar days after the discovery; due 2024-03-22"


def test_deadlines_with_every_format() -> None:
    """--deadlines: the text table shows the counting; github gives one notice per row to look at."""
    text = run("check", "--deadlines", str(EXAMPLE)).stdout.decode()
    assert "60 calendar days after the discovery; due 2024-03-22" in text
    header = next(line for line in text.splitlines() if line.strip().startswith("rule "))
    rows = text.splitlines()[text.splitlines().index(header) + 1:]
    assert all(line.index("2024-01-22") == header.index("trigger") + 3 for line in rows)  # aligned: "E4 " first
    plain = run("check", "--format", "github", str(EXAMPLE)).stdout.decode()
    shown = run("check", "--format", "github", "--deadlines", str(EXAMPLE)).stdout.decode()
    added = shown.splitlines()[len(plain.splitlines()):]
    assert shown.startswith(plain) and added
    assert all(line.startswith("::notice ") and "title=deadline hipaa/" in line for line in added)
    assert any("::missed: 60 calendar days after the discovery; due 2024-03-22" in line for line in added)
    assert not any("hipaa/hhs-notice" in line for line in added)  # met: not annotated


@pytest.mark.slow
def test_output_is_deterministic() -> None:
    assert run("check", "--format", "json", str(EXAMPLE)).stdout == run("check", "--format", "json", str(EXAMPLE)).stdout


@pytest.mark.parametrize(("fail_on", "code"), [("error", 1), ("warning", 1), ("never", 0)])
def test_fail_on(fail_on: str, code: int) -> None:
    assert CliRunner().invoke(cli, ["check", "--fail-on", fail_on, str(EXAMPLE)]).exit_code == code


def test_stdin_and_lang_and_date() -> None:
    text = "La clinique a informé les patients le 3 juin 2024.".encode()
    p = run("check", "--lang", "fr", "--date", "2024-05-01", "--format", "json", "-", stdin=text)
    doc = json.loads(p.stdout)["documents"][0]
    assert doc["language"] == "fr" and doc["reference_date"] == "2024-05-01"
    assert [f["rule"] for f in doc["findings"] if f["severity"] == "error"] == ["order/event-after-publication"]


def test_empty_file_is_fine(tmp_path: Path) -> None:
    f = tmp_path / "empty.txt"
    f.write_bytes(b"")
    p = run("check", str(f))
    assert p.returncode == 0 and p.stderr == b""


@pytest.mark.parametrize(("content", "words"), [
    (b"\x00\x01\x02binary\xff", "binary file"),
    (b"caf\xe9 au lait", "not valid UTF-8"),
])
def test_bad_files_are_one_line_and_exit_2(tmp_path: Path, content: bytes, words: str) -> None:
    f = tmp_path / "bad.txt"
    f.write_bytes(content)
    p = run("check", str(f))
    assert p.returncode == 2
    err = p.stderr.decode()
    assert words in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_utf16_with_bom_is_read(tmp_path: Path) -> None:
    f = tmp_path / "utf16.txt"
    f.write_bytes("The clinic discovered the breach on May 1, 2024.".encode("utf-16"))
    assert run("check", str(f)).returncode == 0


@pytest.mark.parametrize(("args", "words"), [
    (["missing-file.txt"], "no such file"),
    (["examples"], "is a directory"),
    (["--regime", "NOPE", str(EXAMPLE)], "unknown regime"),
    (["--lang", "xx", str(EXAMPLE)], "unknown language"),
    (["--date", "yesterday", str(EXAMPLE)], "Invalid value"),
])
def test_usage_and_input_errors_exit_2(args: list[str], words: str) -> None:
    p = run("check", *args)
    assert p.returncode == 2
    err = p.stderr.decode()
    assert words in err and "Traceback" not in err


def test_other_files_are_still_checked(tmp_path: Path) -> None:
    p = run("check", "--format", "json", "missing-file.txt", str(EXAMPLE))
    assert p.returncode == 2 and len(json.loads(p.stdout)["documents"]) == 1


def test_recursive_directory(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("The clinic discovered the breach on May 1, 2024.")
    p = run("check", "--recursive", "--format", "json", str(tmp_path))
    assert p.returncode == 0 and len(json.loads(p.stdout)["documents"]) == 1


def test_events_table() -> None:
    p = run("events", str(EXAMPLE))
    assert p.returncode == 0
    out = p.stdout.decode()
    assert "investigation_end" in out and "2024-01-15" in out and "discovery" in out


def test_rules_and_explain() -> None:
    out = run("rules").stdout.decode()
    assert "hipaa/individual-notice" in out and "45 CFR 164.404(b)" in out
    ex = run("explain", "hipaa/individual-notice")
    assert ex.returncode == 0 and "60 calendar days" in ex.stdout.decode()
    assert run("explain", "nope/nope").returncode == 2


def test_rules_filter_align_and_word_the_events() -> None:
    """rules --regime lists that regime's rules only, in aligned columns, events named in words."""
    lines = run("rules", "--regime", "hipaa").stdout.decode().splitlines()
    assert lines[0].startswith("id ") and all(line.startswith("hipaa/") for line in lines[1:])
    assert len({line.index("HIPAA") for line in lines[1:]}) == 1
    assert len({line.index("45 CFR") for line in lines[1:]}) == 1 == len({lines[0].index("citation")} | {
        line.index("45 CFR") for line in lines[1:]})
    row = next(line for line in lines if line.startswith("hipaa/business-associate-notice"))
    assert "the business associate's notice to the covered entity within 60 calendar days after the discovery" in row
    assert "notification_covered_entity" not in row
    assert run("rules", "--regime", "nope").returncode == 2


def test_rules_as_json() -> None:
    records = json.loads(run("rules", "--format", "json").stdout)
    keys = {"id", "kind", "regime", "level", "citation", "source", "quote", "verified", "confidence", "why", "trigger",
            "deadline", "amount", "unit", "in_force_from", "in_force_to", "pending"}
    assert all(set(r) == keys for r in records)
    tx = [r for r in records if r["id"] == "us-tx/ag-notice"]
    assert [r["in_force_to"] for r in tx] == ["2023-08-31", None] and tx[1]["in_force_from"] == "2023-09-01"
    hipaa = next(r for r in records if r["id"] == "hipaa/individual-notice")
    assert (hipaa["trigger"], hipaa["amount"], hipaa["unit"], hipaa["regime"]) == ("discovery", 60, "calendar_days", "HIPAA")
    assert hipaa["source"].startswith("https://")
    only = json.loads(run("rules", "--format", "json", "--regime", "GDPR").stdout)
    assert only and {r["regime"] for r in only} == {"GDPR"}


@pytest.mark.parametrize("prefix", ["hipaa", "hipaa/"])
def test_explain_a_prefix_lists_its_rules(prefix: str) -> None:
    out = run("explain", prefix).stdout.decode().splitlines()
    ids = [line.split()[0] for line in out]
    assert "hipaa/individual-notice" in ids and all(i.startswith("hipaa/") for i in ids)
    assert any("the notice to individuals within 60 calendar days after the discovery" in line for line in out)
    detail = run("explain", "hipaa/individual-notice").stdout.decode()
    assert "citation: 45 CFR 164.404(b)" in detail  # one rule: the detailed view


def test_explain_says_why_a_rule_is_unsure() -> None:
    out = run("explain", "jp-appi/preliminary-report").stdout.decode()
    assert "confidence: unsure" in out and "unsure because: " in out


def test_version() -> None:
    p = run("--version")
    assert p.returncode == 0 and p.stdout.decode().startswith("timeline-check, version ")


def test_broken_rules_dir_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "lang").mkdir()
    (tmp_path / "lang" / "en.toml").write_text("code = \n")
    p = run("check", "--rules", str(tmp_path), str(EXAMPLE))
    assert p.returncode == 2 and "en.toml:1:" in p.stderr.decode() and "Traceback" not in p.stderr.decode()
