"""French notices told with a noun whose date a relative or "ne ... que" gives: "la notification
qu'elle avait faite le 3 mars à la CNIL" (an object relative, no clause of content), "n'a fait
cette notification que le 9 mars" ("que" meaning "only"): the notice to the authority that day."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers import days

DAY = dt.date(2026, 6, 1)


@pytest.mark.parametrize(("text", "day"), [
    ("Dans la notification qu'elle avait faite le 4 mars 2026 à la CNIL, la banque citait un serveur de test.",
     "2026-03-04"),
    ("La notification que la clinique a adressée à la CNIL le 11 mars 2026 omettait le nombre de patients.",
     "2026-03-11"),
    ("L'opérateur n'a fait sa notification à la CNIL que le 20 mars 2026.", "2026-03-20"),
    ("Le cabinet n'a effectué cette notification que le 17 mars 2026, bien après le délai.", "2026-03-17"),
])
def test_notice_noun_dated_in_its_relative(text: str, day: str) -> None:
    assert ("notification_regulator", day) in days(text, "fr", DAY)


def test_a_clause_of_content_keeps_its_own_date() -> None:
    # "que" opens what the notice said: the date is the intrusion's, not the notice's
    found = days("La société a informé la CNIL que des pirates avaient dérobé des fichiers le 2 mars 2026.", "fr", DAY)
    assert ("notification_regulator", "2026-03-02") not in found
