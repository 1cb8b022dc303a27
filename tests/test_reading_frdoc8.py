"""French documents other than press articles (issue 15, blind set frdoc8): letters to the people
affected, communiqués and their updates, breach registers, summaries of CNIL sanctions, crisis-cell
minutes, FAQ pages. Each family is tested with sentences written for the test, in English too
where it exists there, and with sentences that must not change."""

from __future__ import annotations

import pytest

from helpers import days


@pytest.mark.parametrize(("text", "lang", "day"), [
    ("Lyon, le 16 juin 2025\n\nLe lundi 2 juin 2025, un agent a adressé un rappel à 212 patients.\n\n"
     "Nous nous en sommes rendu compte le lendemain, lorsqu'une patiente nous a appelés.", "fr", "2025-06-03"),
    ("Nantes, le 20 mars 2024\n\nLe 4 mars 2024, notre prestataire a mis à jour le site des inscriptions. "
     "Nous avons découvert la fuite le jour même.", "fr", "2024-03-04"),
    ("May 30, 2025\n\nOn May 2, 2025, our office moved to a new scheduling system. "
     "We discovered the next day that the reminders listed other patients.", "en", "2025-05-03"),
])
def test_a_fixed_day_counts_from_the_last_day_named_when_that_day_dates_no_event(text: str, lang: str, day: str) -> None:
    assert ("discovery", day) in days(text, lang)


@pytest.mark.parametrize(("text", "lang", "kind", "day"), [
    # the day before is an event's: counted from it, as before
    ("Le 2 juin 2025, la clinique a découvert l'attaque. Le lendemain, elle a notifié la violation à la CNIL.",
     "fr", "notification_regulator", "2025-06-03"),
    ("On June 2, 2025, the clinic discovered the attack. The next day, it notified the ICO.",
     "en", "notification_regulator", "2025-06-03"),
    # a dated event told between the bare day and the phrase: counted from that event
    ("Le 1er juin 2025, l'agence a changé de logiciel. Le 2 juin 2025, elle a découvert l'intrusion et "
     "le lendemain elle a notifié la violation à la CNIL.", "fr", "notification_regulator", "2025-06-03"),
])
def test_a_fixed_day_after_a_dated_event_still_counts_from_it(text: str, lang: str, kind: str, day: str) -> None:
    assert (kind, day) in days(text, lang)
