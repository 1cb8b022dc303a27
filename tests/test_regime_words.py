"""The words of the regime files in the report's language (issue 16 §3).

A regime rule's ``why``, ``standard``, ``actor`` and ``recipient`` are English in the rule files;
``tools/catalog.py`` collects them as message ids (context ``regime``) and the French catalogue
translates them, so a French report quotes them in French. A rule edited without its French fails
``test_messages.test_every_id_has_a_french_translation``.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from timeline_check.engine import check_text
from timeline_check.messages import ENGLISH, REGIME, REGIME_TEXTS, Messages
from timeline_check.ruleset import load_rules

ROOT = Path(__file__).resolve().parent.parent
FRENCH = Messages("fr")
RULES = [v for reg in load_rules().regimes.values() for vs in reg.versions().values() for v in vs] + [
    o for reg in load_rules().regimes.values() for o in reg.orders]

# A Florida clinic's breach, dated so that the unsure rules of Florida are missed (words of our own).
FLORIDA = ("Pelican Bay Dental discovered the breach on March 4, 2024. The clinic notified the Florida "
           "Attorney General on June 3, 2024 and mailed letters to 2,150 Florida residents on June 21, 2024.")
# A New Hampshire credit union that wrote to its members before telling the Attorney General.
NEW_HAMPSHIRE = ("Harbor Lane Credit Union learned of the intrusion on February 3, 2025. It wrote to 900 New "
                 "Hampshire residents on February 20, 2025 and told the New Hampshire Attorney General on March 14, 2025.")



def _rule(rule_id: str) -> Any:
    return next(r for r in RULES if r.id == rule_id)


def test_every_regime_word_a_report_quotes_is_a_message_id(catalog: ModuleType) -> None:
    ids = {(message, context) for message, context, _ in catalog.ids()}
    words = [getattr(r, key) for r in RULES for key in REGIME_TEXTS if getattr(r, key, "")]
    assert words and all((w, REGIME) in ids for w in words)


def test_a_reason_edited_in_a_rule_file_becomes_a_new_id(catalog: ModuleType, tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    path = rules / "regimes" / "us-fl.toml"
    old = _rule("us-fl/ag-notice-extended").why
    new = "The sentence granting the 15 additional days was read in a draft only."
    path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    found = [text for text, _ in catalog.regime_texts(rules)]
    assert new in found and old not in found
    assert new not in [text for text, _ in catalog.regime_texts()]


@pytest.mark.parametrize("key", REGIME_TEXTS)
def test_every_regime_word_has_its_french(key: str) -> None:
    words = {getattr(r, key) for r in RULES if getattr(r, key, "")}
    assert words and not [w for w in words if FRENCH.regime(w) == w]


def test_english_keeps_the_words_of_the_rule_files() -> None:
    why = _rule("us-fl/ag-notice").why
    assert ENGLISH.regime(why) == why and ENGLISH.regime("") == ""


def test_an_unsure_deadline_finding_gives_its_reason_in_french() -> None:
    rule = _rule("us-fl/ag-notice")
    found = {f.rule: f.message for f in check_text(FLORIDA, message_lang="fr").findings}
    english = {f.rule: f.message for f in check_text(FLORIDA).findings}
    reason = FRENCH.regime(rule.why).rstrip(".")
    assert reason.startswith("Le paragraphe (3) du 501.171")
    assert f"ne confirme pas encore\u00a0: {reason}." in found[rule.id]
    assert rule.why not in found[rule.id]
    assert f"official text: {rule.why}" in english[rule.id]


def test_an_unsure_order_finding_gives_its_reason() -> None:
    rule = _rule("us-nh/ag-no-later-than-residents")
    french = {f.rule: f.message for f in check_text(NEW_HAMPSHIRE, message_lang="fr").findings}[rule.id]
    english = {f.rule: f.message for f in check_text(NEW_HAMPSHIRE).findings}[rule.id]
    assert "la notification (le procureur général du New Hampshire) doit intervenir" in french
    assert FRENCH.regime(rule.why).rstrip(".") in french and rule.why.rstrip(".") in english


def test_a_duty_with_no_number_shows_its_standard_in_french() -> None:
    text = "La mutuelle a découvert l'intrusion le 3 février 2025. Elle a écrit aux assurés le 6 mai 2025."
    doc = check_text(text, regimes=("US-NY",), detect_regimes=False)
    row = next(r for r in doc.deadlines if r.rule == "us-ny/regulator-notice")
    assert doc.language == "fr" and row.status == "no number"
    assert row.note == "lors de la notification aux résidents, sans nombre de jours distinct"
    assert row.counting == f"aucun nombre de jours fixé\u00a0: {row.note}"


def test_a_notice_without_its_recipient_names_the_recipient_in_french() -> None:
    text = ("La mutuelle a découvert l'intrusion le 3 février 2025. Elle a prévenu l'autorité le 28 avril 2025, "
            "puis a écrit aux assurés le 6 mai 2025.")
    doc = check_text(text, regimes=("US-FL",), detect_regimes=False)
    row = next(r for r in doc.deadlines if r.rule == "us-fl/ag-notice")
    assert row.note.endswith("sans préciser que son destinataire était le Department of Legal Affairs de Floride")
