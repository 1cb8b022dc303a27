"""The controller's notices as authorities' decisions name them (issue 15, GDPR decisions): a
notice noun dated in a participle or a clause of its own ("the incident notified on 12 April",
"the notification of the breach it had made on 12 April", "did not make this notification until
30 April"), and the communication to the data subjects. Sentences written for the test."""

from __future__ import annotations

import pytest

from timeline_check import check_text
from timeline_check.model import iso


def _events(text: str, lang: str) -> set[tuple[str, str | None]]:
    return {(e.kind, iso(e.earliest)) for e in check_text(text, lang=lang).events if e.kind != "publication"}


@pytest.mark.parametrize(("text", "lang", "day"), [
    ("The incident notified on 12.04.2021 concerned the payroll files of 300 drivers.", "en", "2021-04-12"),
    ("The violations notified on 12 April 2021 all came from one mailbox.", "en", "2021-04-12"),
    ("The carrier later completed the notification of the breach it had made on 12 April 2021.", "en", "2021-04-12"),
    ("Westfield did not make this notification until 30 April 2021.", "en", "2021-04-30"),
    ("Westfield only made the notification on 30 April 2021.", "en", "2021-04-30"),
    ("The authority read the breach notification dated 14 April 2021 with care.", "en", "2021-04-14"),
    ("In its data leak report of 12 April 2021, the carrier described the intrusion.", "en", "2021-04-12"),
    ("La violation notifiée le 12 avril 2021 portait sur les fiches de paie de 300 chauffeurs.", "fr", "2021-04-12"),
    ("Le transporteur a fait cette notification le 30 avril 2021.", "fr", "2021-04-30"),
])
def test_a_notice_named_by_its_noun_is_the_notice_to_the_authority(text: str, lang: str, day: str) -> None:
    assert _events(text, lang) == {("notification_regulator", day)}


@pytest.mark.parametrize(("text", "lang"), [
    ("Notification of the affected data subjects took place on 3 May 2021.", "en"),
    ("The communication to the data subjects on 3 May 2021 described the risk.", "en"),
    ("La communication aux personnes concernées a eu lieu le 3 mai 2021.", "fr"),
])
def test_the_communication_to_the_data_subjects_is_their_notice(text: str, lang: str) -> None:
    assert _events(text, lang) == {("notification_individuals", "2021-05-03")}


@pytest.mark.parametrize(("text", "lang"), [
    ("The incident notified to the customers on 3 May 2021 concerned their card numbers.", "en"),
])
def test_a_named_recipient_still_decides(text: str, lang: str) -> None:
    assert _events(text, lang) == {("notification_individuals", "2021-05-03")}


@pytest.mark.parametrize(("text", "lang", "date"), [
    ("On 4 June 2021, the carrier answered the authority's questions about its logs.", "en", "4 June 2021"),
    ("On 9 June 2021, the inspectors asked a follow-up question about the backups.", "en", "9 June 2021"),
    ("The court ruled in its judgments of 2 March 2022, ref. no. 12/22, and of 5 May 2022, ref. no. 31/22.", "en",
     "5 May 2022"),
    ("Le 4 juin 2021, le transporteur a répondu aux questions de l'autorité sur ses journaux.", "fr", "4 juin 2021"),
])
def test_a_step_of_the_proceedings_told_after_its_date(text: str, lang: str, date: str) -> None:
    """A date set off by a comma and followed by a step of the proceedings is that step's: explained, no event."""
    report = check_text(text, lang=lang)
    assert {(u.text, u.reason) for u in report.unplaced if u.text == date} == {(date, "proceedings")}
    assert not [e for e in report.events if e.kind != "publication"]


@pytest.mark.parametrize(("text", "lang", "date"), [
    ("The carrier was notified of the inspection minutes on 17 September 2020.", "en", "17 September 2020"),
    ("The carrier was informed of the sanction report on 12 April 2021.", "en", "12 April 2021"),
    ("La société a été informée du rapport de sanction le 12 avril 2021.", "fr", "12 avril 2021"),
    ("La société a pris connaissance du procès-verbal le 17 septembre 2020.", "fr", "17 septembre 2020"),
])
def test_learning_of_a_document_of_the_proceedings_is_no_discovery(text: str, lang: str, date: str) -> None:
    """Served a document of the regulator's case, the organisation learns nothing of the breach that day."""
    report = check_text(text, lang=lang)
    assert not [e for e in report.events if e.kind != "publication"]
    assert {(u.text, u.reason) for u in report.unplaced} == {(date, "proceedings")}


@pytest.mark.parametrize(("text", "lang"), [
    ("The carrier was notified of the intrusion on 17 September 2020 by its bank.", "en"),
    ("La société a été informée de la fuite le 17 septembre 2020.", "fr"),
])
def test_learning_of_the_breach_is_still_its_discovery(text: str, lang: str) -> None:
    assert {e.kind for e in check_text(text, lang=lang).events} == {"discovery"}


@pytest.mark.parametrize(("text", "lang"), [
    ("The leak came to light on 4 March 2021, when a customer called the carrier.", "en"),
    ("The intrusion became known to the carrier on 4 March 2021.", "en"),
    ("It was only on 4 March 2021 that the carrier realised that files had been copied.", "en"),
    ("La fuite a été mise au jour le 4 mars 2021 par un client.", "fr"),
    ("L'intrusion a été portée à la connaissance du transporteur le 4 mars 2021.", "fr"),
    ("C'est le 4 mars 2021 que le transporteur s'est rendu compte que des fichiers avaient été copiés.", "fr"),
])
def test_the_breach_becoming_known_is_its_discovery(text: str, lang: str) -> None:
    assert ("discovery", "2021-03-04") in _events(text, lang)
