"""A press release updated in place ("Mise à jour du 12 avril 2025" on a line of its own): what
follows the update's heading is told from its day ("ce jour", "hier"), the release stays a public
disclosure of its first date, and the text as it stands is of its last update's day, so an act
told in the update is not "after the text's date". Sentences written for the test."""

from __future__ import annotations

from timeline_check import check_text
from timeline_check.model import iso

RELEASE = ("COMMUNIQUÉ DE PRESSE\n\nLyon, le 4 avril 2025 – La coopérative Valmonde a détecté le 2 avril 2025 "
           "un accès non autorisé à son fichier d'adhérents et l'a notifié à la CNIL le 3 avril 2025.\n\n")


def report(text: str):  # type: ignore[no-untyped-def]
    return check_text(text, lang="fr")


def events(text: str) -> set[tuple[str, str | None]]:
    return {(e.kind, iso(e.earliest)) for e in report(text).events}


def test_this_day_in_an_update_is_the_updates_day() -> None:
    text = RELEASE + "Mise à jour du 12 avril 2025\n\nLa coopérative a commencé ce jour à informer par courriel les adhérents concernés.\n"
    got = events(text)
    assert ("notification_individuals", "2025-04-12") in got
    assert ("public_disclosure", "2025-04-04") in got
    assert ("publication", "2025-04-12") in got
    assert not [f.rule for f in report(text).findings if f.severity == "error"]


def test_yesterday_in_an_update_counts_from_it() -> None:
    text = RELEASE + "Mise à jour du 12 avril 2025 :\n\nHier, la coopérative a porté plainte auprès de la gendarmerie.\n"
    assert ("notification_law_enforcement", "2025-04-11") in events(text)


def test_an_update_named_inside_a_sentence_is_no_heading() -> None:
    text = RELEASE + "Une mise à jour du 12 avril 2025 suivra. Ce jour, la coopérative a porté plainte.\n"
    got = events(text)
    assert ("publication", "2025-04-04") in got
    assert ("notification_law_enforcement", "2025-04-04") in got
