"""Families left by the helpers of session 8 (issue 15), each with sentences of our own."""

from __future__ import annotations

import pytest

from tests.helpers import days


@pytest.mark.parametrize(("sentence", "lang", "end"), [
    ("On March 2, 2025, a stranger logged in to the payroll site and downloaded pay slips over the "
     "following three days. The firm learned of it on March 20, 2025.", "en", "2025-03-05"),
    ("An outside party gained access to the mail server on June 10, 2025 and read messages for the "
     "next two weeks. Staff spotted the activity on July 1, 2025.", "en", "2025-06-24"),
    ("Le 2 mars 2025, un inconnu s'est connecté au site de paie et a téléchargé des bulletins pendant "
     "les trois jours suivants. La société l'a appris le 20 mars 2025.", "fr", "2025-03-05"),
    ("Le 10 juin 2025, un tiers a accédé au serveur de messagerie et a consulté des courriels durant "
     "les deux semaines suivantes. Le personnel l'a remarqué le 1er juillet 2025.", "fr", "2025-06-24"),
])
def test_a_length_counted_forward_from_the_start_ends_the_breach(sentence: str, lang: str, end: str) -> None:
    found = days(sentence, lang)
    assert ("breach_end", end) in found
    assert ("breach_start", end) not in found


@pytest.mark.parametrize(("sentence", "lang"), [
    ("On March 2, 2025, a stranger logged in to the payroll site and had downloaded pay slips over the "
     "past three days.", "en"),
    ("The clinic found the intrusion on March 2, 2025 and reviewed logs over the following three days.", "en"),
    ("Le 2 mars 2025, la clinique a découvert l'intrusion et a examiné les journaux pendant les trois "
     "jours suivants.", "fr"),
])
def test_a_length_not_counted_from_a_breach_start_ends_nothing(sentence: str, lang: str) -> None:
    assert not any(kind == "breach_end" for kind, _ in days(sentence, lang))


@pytest.mark.parametrize(("sentence", "lang"), [
    ("The pharmacy's manager discovered the skimming device on May 3, 2025. She immediately unplugged the "
     "terminal. Customers were told on May 20, 2025.", "en"),
    ("On May 3, 2025, the district learned that a roster had been posted online. The IT director "
     "immediately took the folder offline.", "en"),
    ("La pharmacie a découvert le dispositif de copie de cartes le 3 mai 2025. La gérante a aussitôt "
     "débranché le terminal. Les clients ont été prévenus le 20 mai 2025.", "fr"),
])
def test_a_response_right_after_a_dated_discovery_takes_its_day(sentence: str, lang: str) -> None:
    assert ("containment", "2025-05-03") in days(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    # the sentence before tells the breach only: nothing found to answer
    ("On May 3, 2025, a clerk emailed a roster to the wrong list. The IT director immediately took "
     "the folder offline.", "en"),
    # a dated sentence stands between the discovery and the response
    ("The pharmacy discovered the skimming device on May 3, 2025. Police came on May 5, 2025. The manager "
     "immediately unplugged the terminal.", "en"),
    # a sentence with no date between them
    ("The clinic discovered the intrusion on May 3, 2025. The attackers had demanded a ransom. Staff "
     "immediately disabled the account.", "en"),
    ("Le 3 mai 2025, un employé a envoyé la liste à de mauvais destinataires. Le responsable "
     "informatique a aussitôt supprimé le dossier.", "fr"),
])
def test_a_response_not_right_after_a_discovery_stays_undated(sentence: str, lang: str) -> None:
    assert not any(kind == "containment" for kind, _ in days(sentence, lang))


@pytest.mark.parametrize(("sentence", "lang"), [
    ("The insurer found the breach on October 3, 2025. Notice letters will continue to be mailed "
     "through November 20, 2025.", "en"),
    ("The insurer found the breach on October 3, 2025. The mailing of letters to members will "
     "continue through November 20, 2025.", "en"),
    ("L'assureur a découvert la violation le 3 octobre 2025. Les courriers continueront d'être "
     "envoyés aux adhérents jusqu'au 20 novembre 2025.", "fr"),
    ("L'assureur a découvert la violation le 3 octobre 2025. L'envoi des courriers aux adhérents se "
     "poursuivra jusqu'au 20 novembre 2025.", "fr"),
])
def test_a_mailing_going_on_until_a_date_is_not_dated_by_it(sentence: str, lang: str) -> None:
    found = days(sentence, lang)
    assert ("discovery", "2025-10-03") in found
    assert not any(kind.startswith("notification_") for kind, _ in found)


@pytest.mark.parametrize(("sentence", "lang", "day"), [
    ("The company did not notify members until November 20, 2025.", "en", "2025-11-20"),
    ("The company mailed letters to members on October 30, 2025, and credit monitoring will "
     "continue until November 20, 2026.", "en", "2025-10-30"),
    ("L'assureur n'a informé les adhérents que le 20 novembre 2025.", "fr", "2025-11-20"),
])
def test_a_notice_given_by_a_date_keeps_it(sentence: str, lang: str, day: str) -> None:
    assert ("notification_individuals", day) in days(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    ("In 2024, the lender settled claims over a 2023 phishing attack. On March 3, 2026, it found that "
     "an intruder had accessed its loan server.", "en"),
    ("The lender found the intrusion on March 3, 2026. Last year it paid $2 million to settle a "
     "lawsuit over a 2023 ransomware attack.", "en"),
    ("En 2024, le prêteur avait réglé un litige lié à une attaque par hameçonnage de 2023. Il a "
     "découvert l'intrusion le 3 mars 2026.", "fr"),
])
def test_a_breach_a_claim_is_about_dates_nothing_of_ours(sentence: str, lang: str) -> None:
    found = days(sentence, lang)
    assert ("discovery", "2026-03-03") in found
    assert not any(kind.startswith("breach") for kind, _ in found)


@pytest.mark.parametrize(("sentence", "lang", "day"), [
    ("In March 2026, an intruder got into the lender's loan server. Borrowers later filed claims.", "en", "2026-03-01"),
    ("En mars 2026, un pirate s'est introduit dans le serveur du prêteur.", "fr", "2026-03-01"),
])
def test_a_breach_no_claim_governs_keeps_its_date(sentence: str, lang: str, day: str) -> None:
    assert ("breach_start", day) in days(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    ("La mutuelle a signalé à la CNIL un incident survenu le 3 mai 2026.", "fr"),
    ("La mutuelle a notifié à la CNIL une violation survenue le 3 mai 2026.", "fr"),
    ("The health plan reported to HHS an incident that occurred on May 3, 2026.", "en"),
])
def test_an_incident_a_regulator_is_told_of_keeps_its_date(sentence: str, lang: str) -> None:
    found = days(sentence, lang)
    assert ("breach_start", "2026-05-03") in found
    assert not any(kind.startswith("notification_") for kind, _ in found)


@pytest.mark.parametrize("sentence", [
    "Les dossiers de 9 000 patients ont été dérobés, a confirmé le groupe de pirates le 3 mai 2026. "
    "L'hôpital a découvert l'attaque le 28 avril 2026.",
    "Les attaquants ont copié les fichiers de paie, a affirmé le groupe LockBit le 3 mai 2026. "
    "L'hôpital a découvert l'attaque le 28 avril 2026.",
])
def test_the_attackers_speaking_in_an_incise_date_nothing(sentence: str) -> None:
    assert days(sentence, "fr") == {("discovery", "2026-04-28")}


def test_the_organisation_speaking_in_an_incise_still_discloses() -> None:
    found = days("« Les dossiers de nos patients ont été copiés », a confirmé l'hôpital le 3 mai 2026.", "fr")
    assert ("public_disclosure", "2026-05-03") in found


def test_a_notice_posted_after_a_report_to_a_body_is_no_breach() -> None:
    found = days("The pharmacy discovered the broken lock on February 15, 2016. It reported the incident to "
                 "HHS and posted a media notice in the county for two weeks in March 2016.")
    assert not any(kind.startswith("breach") for kind, _ in found)
