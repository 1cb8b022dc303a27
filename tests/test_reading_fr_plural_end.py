"""Words of ending in the plural ("Elles se sont achevées le 11 avril", "ont pris fin"): the end of
what the sentence before names as its subject, as in the singular. Sentences written for the test."""

from __future__ import annotations

import pytest

from timeline_check import check_text
from timeline_check.model import iso


@pytest.mark.parametrize(("text", "day"), [
    ("Les investigations ont établi que l'intrusion avait débuté le 28 mars 2025. Elles se sont achevées le 11 avril 2025.",
     "2025-04-11"),
    ("Les analyses techniques ont été confiées à un prestataire le 2 avril 2025. Elles ont pris fin le 20 avril 2025.",
     "2025-04-20"),
    ("Les expertises ont été lancées le 2 avril 2025 et se sont terminées le 20 avril 2025.", "2025-04-20"),
])
def test_an_investigation_ended_in_the_plural(text: str, day: str) -> None:
    assert ("investigation_end", day) in {(e.kind, iso(e.earliest)) for e in check_text(text, lang="fr").events}
