"""Rows of a French incident report's timeline, told in nouns (issue 15): the attacker's first
access, the cut and the isolation, the end of the investigations; rows written for the test."""

from __future__ import annotations

from timeline_check import check_text
from timeline_check.model import iso

TABLE = """Chronologie de l'incident

| Date | Fait |
| --- | --- |
| 03/02/2025 | Premier accès frauduleux au portail des fournisseurs |
| 05/02/2025 | Alerte de l'antivirus ; le SOC a détecté des connexions suspectes |
| 05/02/2025 | Blocage des comptes concernés et coupure des accès distants |
| 21/02/2025 | Fin des analyses du prestataire |
"""


def test_a_timeline_told_in_nouns_reads_each_row() -> None:
    found = {(e.kind, iso(e.earliest)) for e in check_text(TABLE, lang="fr").events}
    assert {("breach_start", "2025-02-03"), ("discovery", "2025-02-05"), ("containment", "2025-02-05"),
            ("investigation_end", "2025-02-21")} <= found


def test_an_isolation_told_in_a_sentence_is_containment() -> None:
    found = {(e.kind, iso(e.earliest)) for e in check_text(
        "L'isolement du serveur de messagerie est intervenu le 7 mars 2025.", lang="fr").events}
    assert ("containment", "2025-03-07") in found
