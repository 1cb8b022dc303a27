"""Families read in the fourth English blind set (issue 15, session read8): British, Irish,
Australian and Canadian texts, status pages, claim summaries, live blogs; sentences written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers import events as kinds


@pytest.mark.parametrize(("text", "lang", "date"), [
    ("The credit union began writing to about 9,000 members on 30 July 2025 once it knew whose files were copied.",
     "en", None),
    ("After the attack in June, the school started writing to parents on 30 July 2025.", "en", None),
    ("The council said it reported the breach to the ICO on 3 July 2025 and began writing to residents "
     "last week.", "en", dt.date(2025, 8, 6)),
    ("Après l'attaque de juin, la mutuelle a commencé à écrire aux adhérents le 30 juillet 2025.", "fr", None),
])
def test_beginning_to_write_to_the_people_affected_is_their_notice(text: str, lang: str, date: dt.date | None) -> None:
    found = kinds(text, lang, date)
    assert any(k == "notification_individuals" and (e or "").startswith("2025-07") for k, e, _ in found), found
    assert not any(k == "breach_start" and (e or "") >= "2025-07" for k, e, _ in found), found
