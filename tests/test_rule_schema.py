"""The order and consistency rules are read by cattrs into attrs classes with validators; every
mistake is still one ``file:line: message`` naming the key (or the rule's block) at fault."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline_check.rulefile import RuleFileError
from timeline_check.ruleset import load_rules
from timeline_check.taxonomy import EVENT_KINDS

from rulepack import assert_broken_at_line, copy_rules, edit, line_of

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "clinic-breach-en.txt"

ORDER = '''[[rule]]
name = "notice-after-discovery"
before = ["discovery"]
after = ["notification_individuals"]
message = "{before_cap} comes after {after}"
'''
CHECK = '''[[rule]]
name = "one-date"
kind = "conflict"
message = "{event_cap} has {dates}"
'''


@pytest.fixture()
def pack(tmp_path: Path) -> Path:
    return copy_rules(tmp_path)


def _add(pack: Path, file: str, block: str) -> None:
    with (pack / file).open("a", encoding="utf-8") as f:
        f.write("\n" + block)


@pytest.mark.parametrize(("old", "new", "needle", "words"), [
    ('name = "notice-after-discovery"\n', "", "[[rule]]", '[[rule]] needs "name"'),
    ('message = "{before_cap} comes after {after}"', "message = 3", "message = 3", '"message" must be str, not int'),
    ('message = "{before_cap} comes after {after}"', 'message = "{actor} too late"', "{actor}",
     'unknown placeholder "{actor}" in message'),
    ('message = "{before_cap} comes after {after}"', 'message = "{before"', '"{before"', "bad message template"),
    ('after = ["notification_individuals"]', 'after = ["*"]', 'after = ["*"]', 'unknown event kind "*" in "after"'),
    ('after = ["notification_individuals"]', 'after = "notification_individuals"', 'after = "notification_individuals"',
     '"after" must be a list of strings, not str'),
    ('after = ["notification_individuals"]', 'after = ["notification_individuals"]\nevery = "yes"', 'every = "yes"',
     '"every" must be bool, not str'),
    ('after = ["notification_individuals"]', 'after = ["notification_individuals"]\nlevle = "info"', "levle",
     'unknown key "levle" in [[rule]] (did you mean "level"?)'),
])
def test_order_rule_mistakes_name_their_line(pack: Path, old: str, new: str, needle: str, words: str) -> None:
    _add(pack, "order.toml", ORDER)
    text = (pack / "order.toml").read_text(encoding="utf-8")
    start = text.rindex("[[rule]]")
    (pack / "order.toml").write_text(text[:start] + text[start:].replace(old, new, 1), encoding="utf-8")
    target = pack / "order.toml"
    with pytest.raises(RuleFileError) as exc:
        load_rules(pack)
    lines = target.read_text(encoding="utf-8").splitlines()
    line = max(i for i, s in enumerate(lines, 1) if needle in s)
    assert str(exc.value).startswith(f"{target}:{line}: "), str(exc.value)
    assert words in str(exc.value), str(exc.value)


def test_a_star_is_every_kind_but_the_others(pack: Path) -> None:
    _add(pack, "order.toml", ORDER.replace('before = ["discovery"]', 'before = ["*"]'))
    rule = next(r for r in load_rules(pack).order if r.id == "order/notice-after-discovery")
    assert rule.after == ("notification_individuals",)
    assert rule.before == tuple(k for k in EVENT_KINDS if k != "notification_individuals")
    assert (rule.level, rule.description, rule.every) == ("error", "", False)  # what a rule leaves out


def test_consistency_rule_mistakes_name_their_line(pack: Path) -> None:
    _add(pack, "consistency.toml", CHECK.replace('message = "{event_cap} has {dates}"', 'message = "{event_cap} by {actor}"'))
    assert_broken_at_line(pack, "consistency.toml", "\n", "\n", "{actor}", 'unknown placeholder "{actor}" in message')


def test_a_consistency_rule_reads_into_its_rule(pack: Path) -> None:
    _add(pack, "consistency.toml", CHECK + 'level = "info"\ndescription = "Two dates for one event."\n')
    rule = load_rules(pack).checks["conflict/one-date"]
    assert (rule.kind, rule.level, rule.message, rule.description) == ("conflict", "info", "{event_cap} has {dates}",
                                                                        "Two dates for one event.")


def _cli_fails_at(pack: Path, file: str, needle: str, words: str) -> None:
    """The command line, given the pack, stops before checking: exit code 2 and one line,
    ``file:line: ...`` at the line holding ``needle`` (the line that is ``needle``, if one is),
    with ``words`` in it."""
    from click.testing import CliRunner

    from timeline_check.cli import cli

    load_rules.cache_clear()  # the pack as it is now
    result = CliRunner().invoke(cli, ["check", "--rules", str(pack), str(EXAMPLE)])
    target = pack / file
    lines = target.read_text(encoding="utf-8").splitlines()
    line = next((i for i, s in enumerate(lines, 1) if s.strip() == needle), None) or line_of(target, needle)
    assert result.exit_code == 2 and result.stdout == "", result.output
    assert result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.startswith(f"timeline-check: {target}:{line}: "), result.stderr
    assert words in result.stderr, result.stderr


@pytest.mark.parametrize(("old", "new", "needle", "words"), [
    ('containment = ["breach_end"', 'containment = ["breach_ending"', "containment =",
     'unknown event kind "breach_ending" in "containment"'),
    ('containment = ["breach_end"', 'containment = ["containment", "breach_end"', "containment =",
     '"containment" is tried as itself'),
    ("containment = [", "contained = [", "contained =", 'unknown event kind "contained"'),
])
def test_a_bad_repairs_table_is_one_line_and_exit_code_2(pack: Path, old: str, new: str, needle: str,
                                                            words: str) -> None:
    edit(pack / "repairs.toml", old, new)
    _cli_fails_at(pack, "repairs.toml", needle, words)


def test_a_repairs_file_whose_rekind_is_no_table(pack: Path) -> None:
    (pack / "repairs.toml").write_text("# tried as\nrekind = 3\n", encoding="utf-8")
    _cli_fails_at(pack, "repairs.toml", "rekind = 3", '"rekind" must be dict, not int')


def test_the_repairs_table_reads_into_the_rule_set(pack: Path) -> None:
    edit(pack / "repairs.toml", "[rekind]\n", '[rekind]\nbreach_start = ["discovery"]\n')
    edit(pack / "repairs.toml", "\nbreach_start = [\"discovery\", \"breach_end\", \"containment\"]", "")
    assert load_rules(pack).rekind["breach_start"] == ("discovery",)


@pytest.mark.parametrize(("old", "new", "needle", "words"), [
    ('floor = " Had', 'floor = " {actor} Had', 'floor = "', 'unknown placeholder "{actor}" in message'),
    ('unsure = " The', 'unsure = " {why The', 'unsure = "', "bad message template"),
    ('unsure = " The limit rests on a fact not yet confirmed in the official text{why}."', "unsure = 2", "unsure = 2",
     'messages."unsure" must be a string, not int'),
    ('unsure = " The', 'unsur = " The', "unsur =", 'unknown key "unsur" in [messages] (did you mean "unsure"?)'),
    ('unsure = " The limit rests on a fact not yet confirmed in the official text{why}."', "", "[messages]",
     '[messages] needs "unsure"'),
])
def test_a_bad_deadline_message_is_one_line_and_exit_code_2(pack: Path, old: str, new: str, needle: str,
                                                              words: str) -> None:
    edit(pack / "deadline.toml", old, new)
    _cli_fails_at(pack, "deadline.toml", needle, words)


def test_a_regimes_own_message_is_checked_and_read(pack: Path) -> None:
    regime = pack / "regimes" / "hipaa.toml"
    with regime.open("a", encoding="utf-8") as f:
        f.write('\n[messages]\nunsure = " Not settled{why}."\n')
    hipaa = load_rules(pack).regimes["HIPAA"]
    assert hipaa.messages == {"unsure": " Not settled{why}."}
    edit(regime, " Not settled{why}.", " Not settled{trigger}.")
    _cli_fails_at(pack, "regimes/hipaa.toml", " Not settled{trigger}.", 'unknown placeholder "{trigger}" in message')


@pytest.mark.parametrize(("file", "old", "new", "needle", "words"), [
    ("content/hipaa.toml", 'status = "required_if_known"', 'status = "needed"', 'status = "needed"',
     '"status" must be one of required, required_if_known, prohibited, formatting, not \'needed\''),
    ("content/hipaa.toml", 'notice = ["individuals"]', 'notice = ["patients"]', 'notice = ["patients"]',
     '"notice" must be one of individuals, regulator, filing, press, not \'patients\''),
    ("content/hipaa.toml", 'fact = "breach_start"', 'fact = "start"', 'fact = "start"', '"fact" must be one of'),
    ("content/hipaa.toml", 'status = "required"', 'status = "required"\nconfidence = "unsure"', 'confidence = "unsure"',
     'an "unsure" element needs a "why"'),
    ("content/hipaa.toml", 'source = "https://www.ecfr.gov', 'source = "www.ecfr.gov', 'source = "www.ecfr.gov',
     '"source" must be a web address'),
    ("content/hipaa.toml", "verified = 2026-12-07", 'verified = "recently"', 'verified = "recently"',
     '"verified" must be a date (2026-12-07)'),
    ("content/hipaa.toml", 'label = "a description of what happened"\n', "", "[[element]]",
     '[[element]] "what-happened" needs "label"'),
    ("content/hipaa.toml", 'quote = "A brief', 'qoute = "A brief', "qoute =",
     'unknown key "qoute" in [[element]] (did you mean "quote"?)'),
    ("content/hipaa.toml", 'regime = "HIPAA"', "regime = 3", "regime = 3", '"regime" must be str, not int'),
    ("content.toml", 'missing = "The notice does not give', 'missin = "The notice does not give', "missin =",
     'unknown key "missin" in [messages]'),
    ("content.toml", "others = [", 'others = ["", ', "others = [", '"others" must be a list of non-empty strings'),
])
def test_a_bad_content_table_is_one_line_and_exit_code_2(pack: Path, file: str, old: str, new: str, needle: str,
                                                           words: str) -> None:
    edit(pack / file, old, new)
    _cli_fails_at(pack, file, needle, words)


def test_an_element_with_cues_of_no_words_names_its_block(pack: Path) -> None:
    edit(pack / "content/hipaa.toml", 'cues.fr = ["ce qui', 'cues.fr = [" ", "ce qui')
    _cli_fails_at(pack, "content/hipaa.toml", "[[element]]", '"cues.fr" must be a list of non-empty strings')


@pytest.mark.parametrize(("file", "old", "new", "needle", "words"), [
    ("regimes/hipaa.toml", 'tolling = "law_enforcement"', 'tolling = "police"', 'tolling = "police"',
     '"tolling" must be "law_enforcement"'),
    ("regimes/hipaa.toml", 'title = "HIPAA', 'titel = "HIPAA', "titel =", 'unknown key "titel" in a regime file'),
    ("regimes/hipaa.toml", "threshold = 2", 'threshold = "two"', 'threshold = "two"', '"threshold" must be int, not str'),
    ("regimes/hipaa.toml", "weight = 2", "weight = 2.5", "weight = 2.5", '"weight" must be int, not float'),
    ("regimes/hipaa.toml", 'denied = ["did not involve"', 'denied = ["", "did not involve"', "denied = [",
     '"denied" must be a list of non-empty strings'),
    ("regimes/hipaa.toml", "amount = 60", "amount = 0", "amount = 0", '"amount" must be a positive whole number'),
    ("regimes/hipaa.toml", 'unit = "calendar_days"', 'unit = "business_days"', 'unit = "business_days"',
     'business days need "holidays"'),
    ("regimes/hipaa.toml", 'missing = "warning"', 'missing = "sometimes"', 'missing = "sometimes"',
     '"missing" must be one of error, warning, info, none, not \'sometimes\''),
    ("regimes/us-md.toml", "in_force_from = 2022-10-01", 'in_force_from = "soon"', 'in_force_from = "soon"',
     '"in_force_from" must be a date (2023-09-01) or "pending", not \'soon\''),
    ("regimes/us-md.toml", 'residents = ["Maryland residents"', "residents = [3", "residents = [3",
     '"residents" must be a list of non-empty strings'),
    ("regimes/us-md.toml", 'before = ["notification_regulator"]', 'before = ["notification_individuals"]',
     'after = ["notification_individuals"]', '"before" and "after" name the same event kind'),
    ("regimes/us-md.toml", "strict = true", 'strict = "yes"', 'strict = "yes"', '"strict" must be bool, not str'),
    ("regimes/hipaa.toml", 'citation = "45 CFR 164.404(b)"\n', "", "[[rule]]",
     '[[rule]] "individual-notice" needs "citation"'),
    ("regimes/us-md.toml", 'recipient = "Maryland Attorney General"', 'recipeint = "Maryland Attorney General"',
     "recipeint =", 'unknown key "recipeint" in [[rule]] (did you mean "recipient"?)'),
])
def test_a_bad_regime_table_is_one_line_and_exit_code_2(pack: Path, file: str, old: str, new: str, needle: str,
                                                          words: str) -> None:
    edit(pack / file, old, new)
    _cli_fails_at(pack, file, needle, words)


@pytest.mark.parametrize(("old", "new", "needle", "words"), [
    ('numeric_dates = "mdy"', 'numeric_dates = "ymd"', 'numeric_dates = "ymd"', '"numeric_dates" must be "mdy" or "dmy"'),
    ("january = 1", 'january = "1"', 'january = "1"', '"january" must be int, not str'),
    ("few = [2, 7]", "few = [7]", "few = [7]", '"few" must be a pair of whole numbers [low, high]'),
    ('since = ["since"', 'sinse = ["since"', "sinse =", 'unknown key "sinse" in [phrases] (did you mean "since"?)'),
    ('since = ["since"', 'since = [" ", "since"', "since = [", '"since" must be a list of non-empty strings'),
    ('since = ["since", "starting", "beginning", "starting on", "beginning on", "as early as"]', 'since = "since"',
     'since = "since"', '"since" must be list, not str'),
    ("million = 1000000, thousand", "million = true, thousand", "[phrases]", '"million" must be int, not bool'),
    ('span = "instant"', 'span = "brief"', 'span = "brief"', '"span" must be "durative" or "instant"'),
    ('default = "notification_individuals"', 'default = "notification_people"', 'default = "notification_people"',
     'unknown event kind "notification_people"'),
    ("[recipients]\n", '[recipients]\nnotification_people = ["them"]\n', "notification_people =",
     'unknown event kind "notification_people" in [recipients]'),
    ("[topics]\n", '[topics]\nweather = ["rain"]\n', "weather =", 'unknown topic "weather" (known: breach, investigation)'),
    ('now = "TIME PRESENT_REF"', 'now = "PRESENT_REF"', 'now = "PRESENT_REF"', '[timex.fixed] "now": '),
])
def test_a_bad_language_table_is_one_line_and_exit_code_2(pack: Path, old: str, new: str, needle: str, words: str) -> None:
    edit(pack / "lang/en.toml", old, new)
    _cli_fails_at(pack, "lang/en.toml", needle, words)


def test_a_language_file_without_its_code_is_refused_at_line_1(pack: Path) -> None:
    en = pack / "lang/en.toml"
    edit(en, 'code = "en"', "")
    with pytest.raises(RuleFileError) as exc:
        load_rules(pack)
    assert str(exc.value) == f'{en}:1: missing required key "code"'


@pytest.mark.parametrize(("old", "new", "needle", "words"), [
    ('name = "date"', "name = 5", "name = 5", '"name" must be str, not int'),
    ('name = "date"', "", "[[placeholder]]", '[[placeholder]] needs "name" and "words"'),
    ('words.fr = ["date", "dates", "mois"', 'words.fr = ["", "dates", "mois"', "[[placeholder]]",
     '"words.fr" must be a list of non-empty strings'),
])
def test_a_bad_placeholder_table_is_one_line_and_exit_code_2(pack: Path, old: str, new: str, needle: str,
                                                              words: str) -> None:
    edit(pack / "content.toml", old, new)
    _cli_fails_at(pack, "content.toml", needle, words)


def test_a_bad_singular_kind_is_one_line_and_exit_code_2(pack: Path) -> None:
    edit(pack / "consistency.toml", "singular = [", 'singular = ["discovry", ')
    _cli_fails_at(pack, "consistency.toml", "singular = [", 'unknown event kind "discovry" in "singular"')


def test_an_order_file_with_another_table_is_one_line_and_exit_code_2(pack: Path) -> None:
    with (pack / "order.toml").open("a", encoding="utf-8") as f:
        f.write("\n[rules]\nname = 1\n")
    _cli_fails_at(pack, "order.toml", "[rules]", 'unknown key "rules" in order rules (did you mean "rule"?)')
