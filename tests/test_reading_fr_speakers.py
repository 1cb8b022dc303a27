"""A news story names the organisation by what it is ("le fournisseur d'électricité Volténa",
"l'enseigne", "l'éditeur"): its word to the press, dated by its verb of saying, is the public
disclosure; a news site's word is not the organisation's. Sentences written for the test."""

from __future__ import annotations

import pytest

from timeline_check import check_text
from timeline_check.model import iso

HEAD = "PARIS, 16 octobre 2025 – "


def events(text: str) -> set[tuple[str, str | None]]:
    return {(e.kind, iso(e.earliest)) for e in check_text(HEAD + text, lang="fr").events if e.kind != "publication"}


@pytest.mark.parametrize(("text", "day"), [
    ("Le fournisseur d'électricité Volténa a confirmé ce jeudi qu'un pirate s'était emparé des coordonnées de ses abonnés.",
     "2025-10-16"),
    ("L'enseigne a fait savoir mardi que la fuite touchait 3 000 comptes de fidélité.", "2025-10-14"),
    ("L'éditeur a reconnu mercredi que des fichiers de clients avaient été copiés.", "2025-10-15"),
])
def test_the_organisation_named_by_its_trade_discloses(text: str, day: str) -> None:
    assert ("public_disclosure", day) in events(text)


def test_a_news_site_speaking_discloses_nothing_of_ours() -> None:
    got = events("Des fichiers de clients ont été copiés, a indiqué mardi le site spécialisé Zataz.")
    assert not any(kind == "public_disclosure" for kind, _ in got)
