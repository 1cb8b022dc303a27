"""Bad rule files: a broken rule pack is one ``file:line: message`` error, before any checking.

``test_ruleset.py`` covers one mistake of each kind in a regime file, the order rules and
a language file. Here: the line named for the mistakes it checks by words only (two rules
with one id, a deadline with no unit), mistakes in the places it does not reach (the
consistency rules, a language's triggers and tables, a duplicate order rule), and a
property: a copy of the shipped rules with ``order.toml``, a regime file or a language
file randomly edited (keys dropped, values of another type, junk lines, blocks doubled,
lines swapped, the file cut short) either loads, or fails with ``RuleFileError`` whose
message starts with ``<file>:<line>:``, the line being one of that file's, and never with
another exception.

Found by the property, fixed in the loader: cue words that are not strings raised an
AttributeError, a trigger ``kind`` given as a list a TypeError; two order rules with one
id were reported at line 1, and two consistency rules with one id were not reported (the
second replaced the first).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline_check.rulefile import RuleFileError
from rulepack import copy_rules, edit
from timeline_check.ruleset import default_rules_dir, load_rules

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "clinic-breach-en.txt"


def load(pack: Path):  # type: ignore[no-untyped-def]
    """Load a rules folder, bypassing the cache (the tests rewrite the same folder)."""
    return load_rules.__wrapped__(pack)


@pytest.fixture(scope="module")
def shipped(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return copy_rules(tmp_path_factory.mktemp("pack"))


def nth_line(path: Path, needle: str, n: int = 1) -> int:
    """The line of the ``n``-th line holding ``needle``."""
    hits = [i for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if needle in line]
    return hits[n - 1]


def fails_at(pack: Path, file: Path, line: int, words: str) -> None:
    with pytest.raises(RuleFileError) as exc:
        load(pack)
    assert str(exc.value).startswith(f"{file}:{line}: "), str(exc.value)
    assert words in str(exc.value), str(exc.value)


# -- named mistakes, each at its line ------------------------------------------------------

def test_two_deadline_rules_with_one_id_name_the_second(pack: Path) -> None:
    hipaa = pack / "regimes" / "hipaa.toml"
    edit(hipaa, 'name = "media-notice"', 'name = "individual-notice"')
    fails_at(pack, hipaa, nth_line(hipaa, 'name = "individual-notice"', 2), "two rules with the id")


def test_two_order_rules_with_one_id_name_the_second(pack: Path) -> None:
    order = pack / "order.toml"
    edit(order, 'name = "discovery-before-breach"', 'name = "breach-end-before-start"')
    fails_at(pack, order, nth_line(order, 'name = "breach-end-before-start"', 2), "two rules with the id")


def test_two_consistency_rules_with_one_id_name_the_second(pack: Path) -> None:
    target = pack / "consistency.toml"
    edit(target, 'name = "impossible-date"', 'name = "weekday-mismatch"')
    fails_at(pack, target, nth_line(target, 'name = "weekday-mismatch"', 2), "two rules with the id 'date/weekday-mismatch'")


def test_deadline_without_unit_names_its_block(pack: Path) -> None:
    hipaa = pack / "regimes" / "hipaa.toml"
    text = hipaa.read_text(encoding="utf-8")
    first = text.index("[[rule]]")
    block_end = text.index("[[rule]]", first + 1)
    block = text[first:block_end]
    hipaa.write_text(text[:first] + block.replace('unit = "calendar_days"\n', "", 1) + text[block_end:],
                     encoding="utf-8")
    fails_at(pack, hipaa, nth_line(hipaa, "[[rule]]"), 'needs "unit"')


@pytest.mark.parametrize(("old", "new", "needle", "words"), [
    ('kind = "conflict"', 'kind = "clash"', '"clash"', 'unknown rule kind "clash"'),
    ("singular = [", "singlar = [", "singlar", 'unknown key "singlar"'),
    ('kind = "conflict"', "kind = 3", "kind = 3", "unknown rule kind"),
])
def test_consistency_file_mistakes(pack: Path, old: str, new: str, needle: str, words: str) -> None:
    target = pack / "consistency.toml"
    edit(target, old, new)
    fails_at(pack, target, nth_line(target, needle), words)


def test_unknown_event_kind_in_a_language_trigger(pack: Path) -> None:
    en = pack / "lang" / "en.toml"
    first_kind = re.search(r'^kind = "(\w+)"', en.read_text(encoding="utf-8"), re.M)
    assert first_kind is not None
    edit(en, first_kind.group(0), 'kind = "exfiltration"')
    fails_at(pack, en, nth_line(en, 'kind = "exfiltration"'), 'unknown event kind "exfiltration"')


def test_wrong_type_in_a_language_table(pack: Path) -> None:
    fr = pack / "lang" / "fr.toml"
    edit(fr, "janvier = 1", 'janvier = "un"')
    fails_at(pack, fr, nth_line(fr, 'janvier = "un"'), '"janvier" must be int')


def test_cue_words_of_another_type(pack: Path) -> None:
    """Found by the property: an AttributeError."""
    hipaa = pack / "regimes" / "hipaa.toml"
    edit(hipaa, 'words = ["HIPAA"', 'words = [1, "HIPAA"')
    fails_at(pack, hipaa, nth_line(hipaa, 'words = [1, "HIPAA"'), '"words" must be a list of non-empty strings')


def test_trigger_kind_given_as_a_list(pack: Path) -> None:
    """Found by the property: a TypeError (a list is not hashable)."""
    en = pack / "lang" / "en.toml"
    first_kind = re.search(r'^kind = ("\w+")', en.read_text(encoding="utf-8"), re.M)
    assert first_kind is not None
    edit(en, first_kind.group(0), f"kind = [{first_kind.group(1)}]")
    fails_at(pack, en, nth_line(en, f"kind = [{first_kind.group(1)}]"), "unknown event kind")


def test_a_bad_rule_file_stops_the_cli_before_checking(pack: Path) -> None:
    from click.testing import CliRunner

    from timeline_check.cli import cli

    edit(pack / "order.toml", "[[rule]]", "[[rule]\n")
    result = CliRunner().invoke(cli, ["check", "--format", "json", "--rules", str(pack), str(EXAMPLE)])
    assert result.exit_code == 2 and result.stdout == ""
    assert re.match(rf"timeline-check: {re.escape(str(pack / 'order.toml'))}:\d+: invalid TOML", result.stderr)


# -- the property ----------------------------------------------------------------------------

TARGETS = ["order.toml", "consistency.toml", "lang/en.toml", "lang/fr.toml",
           *sorted(f"regimes/{p.name}" for p in (default_rules_dir() / "regimes").glob("*.toml"))]
VALUES = ["1", "-5", "0", "true", "1.5", '"x"', '""', '"error"', '"discovery"', '"calendar_days"', "[]", "[1, 2]",
          '["a", 1]', '["discovery"]', "{}", "{ a = 1 }", "2024-01-01", '"*"', '["*"]', '"{nope}"']
JUNK = ["", "x", "x = 1", "[rule]", "[[rule]]", "[[trigger]]", "[phrases]", "[months]", "= 1", "a = ", '"k" = 2',
        "name = 1", "[[applicability.cue]]", "weight = 'w'", "kind = \"deadline\"", "amount = -1",
        "unit = \"hours\"", "[[rule]]\nname = \"x\"", "# comment", "\t", "[applicability]\nthreshold = 0",
        "before = [\"breach_start\", 7]", "words = []", "code = \"en\"", "\x00", "é = 1", "[[notice]]\nwords = [1]"]
_ASSIGN = re.compile(r"^(\s*[\w\"'.-]+\s*=\s*)(.*)$")


@st.composite
def edits(draw: st.DrawFn, text: str) -> str:
    """``text`` with one to four random edits."""
    lines = text.split("\n")
    for _ in range(draw(st.integers(1, 4))):
        i = draw(st.integers(0, max(0, len(lines) - 1)))
        op = draw(st.sampled_from(["drop", "retype", "junk", "double", "swap", "cut", "rename"]))
        if op == "drop" and lines:
            del lines[i]
        elif op == "retype" and lines:
            assigns = [k for k, line in enumerate(lines) if _ASSIGN.match(line)]
            if assigns:
                k = draw(st.sampled_from(assigns))
                m = _ASSIGN.match(lines[k])
                assert m is not None
                lines[k] = m.group(1) + draw(st.sampled_from(VALUES))
        elif op == "junk":
            lines[i:i] = draw(st.sampled_from(JUNK)).split("\n")
        elif op == "double":
            j = draw(st.integers(i, min(len(lines), i + 20)))
            lines[j:j] = lines[i:j]
        elif op == "swap" and len(lines) > 1:
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
        elif op == "cut":
            lines = lines[:i]
        elif op == "rename" and lines:
            lines[i] = re.sub(r'"[a-z_]+"', '"' + draw(st.sampled_from(["zzz", "breach", "*", "DISCOVERY", ""])) + '"',
                              lines[i], count=1)
    return "\n".join(lines)


@pytest.mark.slow
@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.data())
def test_a_randomly_edited_pack_loads_or_names_file_and_line(shipped: Path, data: st.DataObject) -> None:
    target = shipped / data.draw(st.sampled_from(TARGETS[:4]) | st.sampled_from(TARGETS[4:]))
    original = target.read_text(encoding="utf-8")
    edited = data.draw(edits(original))
    target.write_text(edited, encoding="utf-8")
    try:
        load(shipped)
    except RuleFileError as exc:
        message = str(exc)
        m = re.match(r"(.+?\.toml|.+?/(?:lang|rules)):(\d+): \S", message)
        assert m, f"not file:line: message: {message!r}"
        named = Path(m.group(1))
        assert named == target or named.parent in (shipped, shipped / "lang", shipped / "regimes"), message
        if named.is_file():
            count = len(named.read_text(encoding="utf-8").split("\n"))
            assert 1 <= int(m.group(2)) <= count, f"line {m.group(2)} of a file of {count} lines: {message}"
        assert "\n" not in message
    finally:
        target.write_text(original, encoding="utf-8")
