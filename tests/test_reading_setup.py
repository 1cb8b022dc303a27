"""A set-up act that opened an exposure starts the breach, only where the text ties it to data
open to all (binding/setup.py; sentences written for the test)."""

from __future__ import annotations

import pytest

from timeline_check import check_text
from timeline_check.model import iso


def starts(text: str, lang: str) -> set[tuple[str | None, str | None]]:
    return {(iso(e.earliest), iso(e.latest)) for e in check_text(text, lang=lang).events if e.kind == "breach_start"}


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Le dentiste a expliqué avoir, en 2016, configuré son serveur de radiologie afin de consulter les clichés à distance. "
     "La CNIL a constaté que ces clichés étaient librement accessibles.", "fr", ("2016-01-01", "2016-12-31")),
    ("En mars 2018, l'association a paramétré son espace de partage de sorte qu'il soit joignable depuis internet. "
     "Les listes des adhérents y restaient consultables sans authentification.", "fr", ("2018-03-01", "2018-03-31")),
    ("La mutuelle a rendu accessible en 2017 un répertoire de sauvegarde sur internet. "
     "Les fichiers étaient en libre accès.", "fr", ("2017-01-01", "2017-12-31")),
    ("In 2019, the lab configured its imaging server so that staff could reach it remotely. "
     "Researchers later found the scans were publicly accessible.", "en", ("2019-01-01", "2019-12-31")),
])
def test_a_set_up_act_tied_to_an_open_exposure_starts_the_breach(text: str, lang: str, expected: tuple[str, str]) -> None:
    assert expected in starts(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    # no data said open anywhere: a remote-work set-up is no breach
    ("En 2020, la commune a configuré ses postes pour que les agents travaillent à distance. "
     "Un rançongiciel a chiffré ses serveurs en 2023.", "fr"),
    # no access word after the set-up act in its sentence
    ("En 2016, le cabinet a paramétré son logiciel de facturation. Les factures étaient librement accessibles.", "fr"),
    ("In 2018, the clinic configured a new billing system. Its old scans were publicly accessible.", "en"),
])
def test_a_set_up_act_not_tied_to_an_exposure_dates_no_breach(text: str, lang: str) -> None:
    assert not any(a is not None and a.startswith(("2016", "2018", "2020")) for a, _ in starts(text, lang))
