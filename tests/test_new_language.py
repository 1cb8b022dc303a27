"""A new language is one TOML file: a small Spanish file added to a copy of the rules is read
with no change to the code, its grammar words included."""

from __future__ import annotations

import shutil
from pathlib import Path

from timeline_check import check_text
from timeline_check.ruleset import load_rules
from timeline_check.tagging import tag

from helpers import days_of
from rulepack import copy_rules, edit

SPANISH = """\
code = "es"
name = "Spanish"
numeric_dates = "dmy"
stopwords = ["el", "los", "las", "del", "y", "que", "fue", "una", "por"]
[months]
enero = 1
febrero = 2
marzo = 3
abril = 4
mayo = 5
junio = 6
julio = 7
agosto = 8
septiembre = 9
octubre = 10
noviembre = 11
diciembre = 12
[phrases]
genitive = ["de"]
article = ["el", "la"]
passive = ["fue", "fueron"]
[[trigger]]
kind = "discovery"
words = ["descubrió", "detectó"]
[[trigger]]
kind = "breach"
words = ["accedió", "accedieron"]
[[notice]]
words = ["notificó", "informó", "informados"]
[recipients]
notification_individuals = ["los pacientes", "los afectados"]
"""

STORY = ("La clínica detectó la intrusión el 3 de marzo de 2024. Según su informe, alguien accedió "
         "a la red el 1 de abril de 2024. Los pacientes fueron informados el 20 de mayo de 2024.")


def _pack(folder: Path) -> Path:
    folder.mkdir()
    pack = copy_rules(folder)
    (pack / "lang/es.toml").write_text(SPANISH, encoding="utf-8")
    return pack


def test_a_spanish_file_reads_spanish_dates_events_and_faults(tmp_path: Path) -> None:
    pack = _pack(tmp_path / "es")
    assert "es" in load_rules(pack).languages
    report = check_text(STORY, rules_dir=pack)  # the language is guessed from the new file's stopwords
    assert report.language == "es"
    # "de" as the genitive joins day, month and year; "fueron" makes "informados" a passive whose subject is its recipient
    assert days_of(report.events, own=True) == {("discovery", "2024-03-03"), ("breach_start", "2024-04-01"),
                               ("notification_individuals", "2024-05-20")}
    assert [f.rule for f in report.findings] == ["order/discovery-before-breach"]


def test_the_grammar_words_come_from_the_file(tmp_path: Path) -> None:
    no_passive, no_genitive = _pack(tmp_path / "a"), _pack(tmp_path / "b")  # rules are loaded once per folder
    edit(no_passive / "lang/es.toml", 'passive = ["fue", "fueron"]', "passive = []")
    kinds = {e.kind for e in check_text(STORY, lang="es", rules_dir=no_passive).events}
    assert kinds == {"discovery", "breach_start"}  # without its passive, "fueron informados" names no recipient
    edit(no_genitive / "lang/es.toml", 'genitive = ["de"]', "genitive = []")
    assert not check_text(STORY, lang="es", rules_dir=no_genitive).events  # "3 de marzo" is no date without its genitive


# How Spanish writes a time of day and an ordinal day, as data: "a las 9 h 30", "9 de la noche", "1º".
CLOCK = """\
[timex]
hour_words = ["h", "horas"]
am = ["de la mañana"]
pm = ["de la noche", "de la tarde"]
"""


def _copy(pack: Path, folder: Path) -> Path:
    """The pack edited, in a folder of its own (rules are loaded once per folder)."""
    return Path(shutil.copytree(pack, folder / "rules"))


def _times(pack: Path, text: str) -> list[tuple[str, int | None]]:
    lang = load_rules(pack).languages["es"]
    return [(t.text, t.time) for t in tag(text, lang).timexes if t.kind == "date"]


def test_the_clock_and_ordinals_come_from_the_file(tmp_path: Path) -> None:
    pack = _pack(tmp_path / "es")
    text = "La clínica cerró el 1º de abril de 2024 a las 9 h 30 y abrió el 2 de abril de 2024 a las 9 de la noche."
    assert _times(pack, text) == [("abril de 2024", None), ("2 de abril de 2024", None)]  # no clock, no ordinal
    edit(pack / "lang/es.toml", "[phrases]\n", '[phrases]\ntime_lead = ["a las"]\n')
    edit(pack / "lang/es.toml", 'numeric_dates = "dmy"\n', 'numeric_dates = "dmy"\nday_suffixes = ["º"]\n')
    with (pack / "lang/es.toml").open("a", encoding="utf-8") as f:
        f.write(CLOCK)
    assert _times(_copy(pack, tmp_path / "clock"), text) == [("1º de abril de 2024 a las 9 h 30", 9 * 60 + 30),
                                                            ("2 de abril de 2024 a las 9 de la noche", 21 * 60)]


def test_capitalised_month_names_are_a_setting(tmp_path: Path) -> None:
    pack = _pack(tmp_path / "es")
    text = "El acceso fue el 3 de marzo de 2024 y la respuesta el 4 de Marzo de 2024."
    assert len(_times(pack, text)) == 2
    edit(pack / "lang/es.toml", 'numeric_dates = "dmy"\n', 'numeric_dates = "dmy"\ncapitalised_names = true\n')
    assert [t for t, _ in _times(_copy(pack, tmp_path / "caps"), text)] == ["4 de Marzo de 2024"]  # "marzo" is another word
