"""Messages in the text's language: the catalogues, the label forms, the choice of language, and
French reports end to end."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import string
from pathlib import Path
from types import ModuleType

import pytest
from click.testing import CliRunner

from timeline_check.cli import cli
from timeline_check.engine import check_path, check_text
from timeline_check.errors import ArgumentError
from timeline_check.messages import ENGLISH, LANGUAGES, Label, Messages, message_language
from timeline_check.model import Report
from timeline_check.report.html import render as render_html
from timeline_check.report.text import render as render_text

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "seeds" / "healthec-fr.txt"
EXAMPLE_FR = ROOT / "examples" / "avis-clinique-fr.txt"



def _fields(text: str) -> set[str]:
    """A template's placeholders, a label's capitalised form (``after_cap``) counted as the label."""
    return {name.removesuffix("_cap") for _, name, _, _ in string.Formatter().parse(text) if name}


# ---------------------------------------------------------------- the catalogues


def test_every_id_has_a_french_translation(catalog: ModuleType) -> None:
    fr = catalog.read("fr")
    missing = []
    for message, context, where in catalog.ids():
        entry = fr.get(message if isinstance(message, str) else message[0], context=context)
        strings = entry.string if entry is not None and isinstance(entry.string, tuple) else (entry.string if entry else "",)
        if entry is None or not all(strings):
            missing.append((where, context, message))
    assert not missing, f"untranslated: {missing[:5]}"


def test_french_keeps_the_english_placeholders(catalog: ModuleType) -> None:
    fr = catalog.read("fr")
    for entry in fr:
        if not entry.id:
            continue
        ids = entry.id if isinstance(entry.id, tuple) else (entry.id,)
        strings = entry.string if isinstance(entry.string, tuple) else (entry.string,)
        for text in strings:
            assert _fields(text) == _fields(ids[-1]), (entry.id, text)
            for _, name, spec, _ in string.Formatter().parse(text):
                if spec:  # a label form: a template can only ask for those
                    assert spec in ("cap", "de", "à"), (entry.id, spec)


def test_compiled_catalogues_are_up_to_date(catalog: ModuleType) -> None:
    for lang in LANGUAGES[1:]:
        mo = catalog.po_path(lang).with_suffix(".mo")
        assert mo.read_bytes() == catalog.compiled(catalog.read(lang)), f"run: python tools/catalog.py compile ({lang})"


def test_a_new_rule_template_is_collected(catalog: ModuleType, tmp_path: Path) -> None:
    """A rule added without its translation would fail the first test: its template is an id."""
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    template = "The audit is dated {after_date}, after the breach was contained ({before_date})."
    with (rules / "order.toml").open("a", encoding="utf-8") as f:
        f.write(f'\n[[rule]]\nname = "audit"\nbefore = ["containment"]\nafter = ["investigation_end"]\n'
                f'level = "error"\nmessage = "{template}"\ndescription = "An audit."\n')
    found = [text for text, _ in catalog.rule_templates(rules)]
    assert template in found and template not in [text for text, _ in catalog.rule_templates()]


def test_every_rule_message_of_the_rule_set_is_translated() -> None:
    """What the kinds translate at run time: the loaded rules' own templates."""
    from timeline_check.ruleset import load_rules

    fr = Messages("fr")
    rules = load_rules()
    templates = [r.message for r in rules.all_rules() if getattr(r, "message", "")]
    templates += list(rules.messages.values()) + list(rules.content.messages.values())
    assert templates and all(fr._(t) != t or t == "{detail}" for t in templates)


# ---------------------------------------------------------------- words


@pytest.mark.parametrize("text, spec, expected", [
    ("le début de la violation", "de", "du début de la violation"),
    ("la découverte", "de", "de la découverte"),
    ("l'enquête", "de", "de l'enquête"),
    ("les personnes concernées", "de", "des personnes concernées"),
    ("le signalement aux forces de l'ordre", "à", "au signalement aux forces de l'ordre"),
    ("la fin de l'enquête", "à", "à la fin de l'enquête"),
    ("les médias", "à", "aux médias"),
    ("l'annonce publique", "cap", "L'annonce publique"),
])
def test_french_label_forms(text: str, spec: str, expected: str) -> None:
    assert format(Label(text, "fr"), spec) == expected


def test_english_label_forms() -> None:
    label = ENGLISH.label("discovery")
    assert (f"{label}", f"{label:cap}", f"{label:de}", f"{label:à}") == (
        "the discovery", "The discovery", "of the discovery", "to the discovery")
    with pytest.raises(ValueError):
        format(label, "du")


def test_french_labels_carry_their_articles() -> None:
    fr = Messages("fr")
    assert f"{fr.label('breach_start'):de}" == "du début de la violation"
    assert f"{fr.label('investigation_end'):de}" == "de la fin de l'enquête"
    assert fr.cap("notification_individuals") == "La notification aux personnes concernées"


def test_days_are_written_in_the_language() -> None:
    fr = Messages("fr")
    assert fr.day(dt.date(2023, 12, 22).toordinal()) == "22 décembre 2023"
    assert fr.day(dt.date(2024, 3, 1).toordinal()) == "1er mars 2024"
    assert ENGLISH.day(dt.date(2024, 8, 1).toordinal()) == "1 August 2024"
    assert fr.number(4452782) == "4\u202f452\u202f782" and ENGLISH.number(4452782) == "4,452,782"


def test_the_message_language_follows_the_text_unless_chosen() -> None:
    assert message_language("fr") == "fr" and message_language("en") == "en"
    assert message_language("es") == "en"  # a language with no catalogue: English
    assert message_language("fr", "en") == "en"


# ---------------------------------------------------------------- end to end

ORDER_FR = ("La mutuelle a découvert l'intrusion le 10 mars 2024. L'enquête, achevée le 2 mars 2024, a montré "
            "que des dossiers d'adhérents avaient été copiés.")
ORDER_EN = ("The insurer discovered the intrusion on March 10, 2024. The investigation, completed on March 2, 2024, "
            "showed that member files had been copied.")


def test_a_french_text_gets_french_messages() -> None:
    found = check_text(ORDER_FR, detect_regimes=False).findings
    order = [f for f in found if f.rule == "order/discovery-after-investigation-end"]
    assert order and order[0].message.startswith("La découverte (2024-03-10) est datée après la fin de l'enquête (2024-03-02)")
    assert all(" the " not in s for s in order[0].suggestions)


def test_message_lang_overrides_the_text() -> None:
    en = check_text(ORDER_FR, detect_regimes=False, message_lang="en").findings
    assert any(f.message.startswith("The discovery (2024-03-10) is dated after") for f in en)
    fr = check_text(ORDER_EN, detect_regimes=False, message_lang="fr")
    assert fr.message_lang == "fr"
    assert any(f.message.startswith("La découverte (2024-03-10)") for f in fr.findings)
    assert check_text(ORDER_EN, detect_regimes=False) == check_text(ORDER_EN, detect_regimes=False, message_lang="en")


def test_an_unknown_message_language_is_refused() -> None:
    with pytest.raises(ArgumentError, match="unknown message language 'de'"):
        check_text(ORDER_EN, message_lang="de")
    result = CliRunner().invoke(cli, ["check", "--message-lang", "frr", str(EXAMPLE_FR)])
    assert result.exit_code == 2 and "unknown message language 'frr' (did you mean 'fr'?)" in result.output


def test_a_french_weekday_mismatch_is_told_in_french() -> None:
    found = check_text("L'attaque a été détectée le lundi 5 mars 2024 par le prestataire.", detect_regimes=False).findings
    weekday = [f for f in found if f.rule == "date/weekday-mismatch"]
    assert weekday and "était un mardi, et non le jour de la semaine indiqué" in weekday[0].message


def test_the_french_example_reports_in_french() -> None:
    report = check_path(str(EXAMPLE_FR))
    assert report.documents[0].message_lang == "fr"
    assert render_text(report).endswith("dans 1 fichier\n")
    page = render_html(report)
    assert '<html lang="fr">' in page and "<h3>Constats</h3>" in page and "<h3>Chronologie</h3>" in page
    assert "Findings" not in page


def test_english_reports_stay_english() -> None:
    report = check_path(str(ROOT / "examples" / "clinic-breach-en.txt"))
    page = render_html(report)
    assert '<html lang="en">' in page and "<h3>Findings</h3>" in page
    assert render_text(report).splitlines()[-1].endswith("in 1 file")


def test_a_report_of_texts_in_two_languages_is_in_english() -> None:
    docs = check_path([str(EXAMPLE_FR), str(ROOT / "examples" / "clinic-breach-en.txt")]).documents
    assert {d.message_lang for d in docs} == {"fr", "en"}
    assert '<html lang="en">' in render_html(Report(docs))


@pytest.mark.skipif(not SEED.exists(), reason="the shared seed (../shared/seeds) is not here")
def test_the_seed_in_french() -> None:
    report = check_path(str(SEED))
    order = next(f for f in report.documents[0].findings if f.rule == "order/discovery-after-investigation-end")
    assert order.message.startswith("La découverte (2023-12-22) est datée après la fin de l'enquête (2023-10-24)")
    assert "22 décembre 2023 conviendrait comme date de la notification aux personnes concernées" in order.suggestions
    text = render_text(report)
    assert "Corrections possibles\u00a0: 22 décembre 2023 conviendrait" in text
    assert "60 jours calendaires" in text and "calendar" not in text
    page = render_html(report)
    assert '<html lang="fr">' in page and "<h3>Délais</h3>" in page and "Corrections possibles" in page
    english = check_path(str(SEED), message_lang="en").documents[0].findings
    assert any("22 December 2023 fits as the date of the notice to individuals" in s for f in english for s in f.suggestions)


@pytest.mark.skipif(not SEED.exists(), reason="the shared seed (../shared/seeds) is not here")
def test_the_seed_json_carries_french_messages() -> None:
    result = CliRunner().invoke(cli, ["check", "--format", "json", str(SEED)])
    doc = json.loads(result.output)["documents"][0]
    assert any(f["message"].startswith("La découverte") for f in doc["findings"])


@pytest.mark.skipif(not SEED.exists(), reason="the shared seed (../shared/seeds) is not here")
def test_the_seed_deadline_table_in_french() -> None:
    from timeline_check.report.deadlines import table

    report = check_path(str(SEED))
    rows = {r.rule: r for r in report.documents[0].deadlines}
    assert rows["hipaa/individual-notice"].counting == "60 jours calendaires après la découverte\u00a0; échéance le 2024-02-20"
    text = table(report)
    assert "délais (régimes\u00a0: HIPAA)" in text and "non indiqué (aucune date pour la notification aux médias)" in text
    english = table(check_path(str(SEED), message_lang="en"))
    assert "60 calendar days after the discovery; due 2024-02-20" in english and "not stated (no date for" in english


LETTER_FR = """Grenoble, le 14 mars 2024

Chère adhérente, cher adhérent,

Nous vous informons qu'un accès non autorisé à notre fichier d'adhérents a été détecté le 4 mars 2024. Vos nom,
adresse postale et numéro de téléphone ont pu être consultés par un tiers.

L'Association des Randonneurs du Vercors
"""


def test_a_french_notice_gets_french_content_findings_and_checklist() -> None:
    doc = check_text(LETTER_FR, regimes=("GDPR",), path="lettre.txt")
    assert doc.notice == "individuals" and doc.message_lang == "fr"
    content = [f for f in doc.findings if f.category == "content"]
    assert content and all(f.message.startswith("La notification ne donne pas ") for f in content if f.severity == "error")
    assert any("les conséquences probables de la violation" in f.message for f in content)
    lines = render_text(Report((doc,)))
    assert "contenu de la notification (notification aux personnes concernées\u00a0; régimes\u00a0: GDPR)" in lines
    assert "MANQUANT" in lines and "MISSING" not in lines
    page = render_html(Report((doc,)))
    assert "<h3>Contenu obligatoire de la notification</h3>" in page and ">manquant<" in page


def test_a_late_notice_and_an_impossible_date_in_french() -> None:
    text = ("Le centre de radiologie a découvert l'intrusion le 9 janvier 2024. Les patients ont été informés "
            "le 20 mars 2024. Une sauvegarde datée du 31 avril 2023 a aussi été copiée.")
    found = {f.rule: f for f in check_text(text, regimes=("HIPAA",), detect_regimes=False).findings}
    late = found["hipaa/individual-notice"].message
    assert late.startswith("La notification aux personnes concernées (2024-03-20) a eu lieu 71 jours après la découverte")
    assert "(60 jours calendaires) fixe le délai\u00a0: échéance le 2024-03-09, dépassée." in late
    assert found["hipaa/hhs-notice"].message.startswith("Si la violation concernait 500 personnes ou plus")
    assert found["date/impossible-date"].message == "«\u00a031 avril 2023\u00a0» n'est pas une date\u00a0: ce mois n'a pas ce jour."


def test_github_deadline_notes_in_french() -> None:
    from timeline_check.report.github import render as render_github

    text = "Le centre de radiologie a découvert l'intrusion le 9 janvier 2024. Les patients ont été informés le 20 mars 2024."
    doc = check_text(text, regimes=("HIPAA",), detect_regimes=False, path="avis.txt")
    notes = [line for line in render_github(Report((doc,)), deadlines=True).splitlines() if line.startswith("::notice")]
    assert any("hipaa/individual-notice::dépassé\u00a0: 60 jours calendaires après la découverte" in n for n in notes)
