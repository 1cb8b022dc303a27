"""Timeline tables (issue 15 §11): a row's date dates every event of its row, semicolons and all,
whether the table is Markdown, HTML or Word. Rows written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_readers import make_docx, para
from timeline_check import check_path, check_text
from helpers import days_of as _events

ROWS = [("2025-04-14", "Laptop left in a taxi; the driver kept it"),
        ("2025-04-15", "Tablet wiped remotely; passwords reset"),
        ("2025-05-02", "Incident declared; outside counsel engaged"),
        ("2025-05-30", "Letters mailed to affected patients; HHS notified")]
EXPECTED = {("breach_start", "2025-04-14"), ("containment", "2025-04-15"), ("determination", "2025-05-02"),
            ("notification_individuals", "2025-05-30"), ("notification_regulator", "2025-05-30")}


def test_a_markdown_row_dates_each_of_its_clauses(tmp_path: Path) -> None:
    path = tmp_path / "timeline.md"
    path.write_text("## Timeline\n\n| Date | Event |\n|---|---|\n" + "".join(f"| {d} | {e} |\n" for d, e in ROWS))
    assert EXPECTED <= _events(check_path([str(path)]).documents[0].events)


def test_an_html_row_dates_each_of_its_clauses(tmp_path: Path) -> None:
    path = tmp_path / "timeline.html"
    rows = "".join(f"<tr><td>{d}</td><td>{e}</td></tr>" for d, e in ROWS)
    path.write_text(f"<html><body><h2>Timeline</h2><table><tr><th>Date</th><th>Event</th></tr>{rows}</table></body></html>")
    assert EXPECTED <= _events(check_path([str(path)]).documents[0].events)


def test_a_word_row_dates_each_of_its_clauses(tmp_path: Path) -> None:
    path = tmp_path / "timeline.docx"
    cells = "".join("<w:tr>" + "".join(f"<w:tc>{para(t)}</w:tc>" for t in row) + "</w:tr>" for row in ROWS)
    make_docx(path, para("Timeline") + f"<w:tbl>{cells}</w:tbl>")
    assert EXPECTED <= _events(check_path([str(path)]).documents[0].events)


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("2025-05-20 | Portal taken offline; incident declared", "en",
     {("containment", "2025-05-20"), ("determination", "2025-05-20")}),
    ("| 28/05/2024 | Serveur isolé ; plainte déposée |", "fr",
     {("containment", "2024-05-28"), ("notification_law_enforcement", "2024-05-28")}),
])
def test_a_row_of_plain_text_is_a_row_too(text: str, lang: str, expected: set[tuple[str, str]]) -> None:
    assert _events(check_text(text, lang=lang).events) == expected


@pytest.mark.parametrize(("row", "kind"), [
    ("Ouverture d'une enquête interne", "investigation_start"),
    ("Lancement d'une analyse par un prestataire", "investigation_start"),
    ("Envoi des lettres aux adhérents concernés", "notification_individuals"),
    ("Envoi de courriers aux clients touchés", "notification_individuals"),
    ("Information de la presse régionale", "notification_media"),
])
def test_a_french_row_in_the_nominal_style_dates_its_event(row: str, kind: str) -> None:
    """French timelines name what happened with a noun ("Ouverture de", "Envoi des lettres", "Information de la")."""
    text = f"| Date | Événement |\n| --- | --- |\n| 11/03/2025 | {row} |\n"
    assert _events(check_text(text, lang="fr").events) == {(kind, "2025-03-11")}
