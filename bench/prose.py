"""Seeded generator of breach prose in English and French, for the throughput benchmark.

    from prose import documents
    docs = documents("en", 500_000, seed=7)   # a list of strings, about 500,000 characters in all

Same language, size and seed, same texts, character for character. Every sentence is
written for this benchmark; the organisations are made up. A document tells one incident:
dates in the forms real notices use (``March 3, 2024``, ``3/3/2024``, ``2024-03-03``,
``between June 3 and June 19, 2023``, ``in late May``, ``le 3 mars 2024``, ``du 3 au
19 juin``), relative phrases and durations, and sentences with no date at all, as
real narratives have.
"""

from __future__ import annotations

import datetime as dt
import random

ORGS_EN = ["Hollis Valley Medical Group", "Quarry Lane Orthopedics", "Sable Point Credit Union", "Tamsin Eye Care",
           "Westbrook Home Health", "Copperleaf Benefits Administrators", "Ridgeway Unified School District",
           "Pell & Amory LLP", "Marrow Street Pharmacy", "Northfen Behavioral Health", "Cinder Hill Imaging",
           "Bayard County Public Health", "Oriel Payroll Services", "Greywater Logistics Inc."]
ORGS_FR = ["la clinique Saint-Aubin", "la mutuelle Horizon Santé", "le centre d'imagerie des Remparts",
           "la communauté de communes du Val d'Orne", "le cabinet Morel et associés", "la caisse de retraite Alizé",
           "l'hôpital privé des Cèdres", "la société Transports Vallier"]
SYSTEMS_EN = ["an employee's email account", "a shared network drive", "the billing platform", "a cloud storage bucket",
              "the patient scheduling portal", "a backup server", "the HR database", "a vendor's file transfer tool"]
SYSTEMS_FR = ["une boîte de messagerie professionnelle", "un serveur de sauvegarde", "le logiciel de facturation",
              "un espace de stockage en ligne", "le portail des rendez-vous", "la base des ressources humaines"]
DATA_EN = ["names, addresses and dates of birth", "Social Security numbers", "health plan member numbers",
           "diagnosis codes and clinical notes", "bank account numbers", "driver's license numbers"]
DATA_FR = ["les noms, adresses et dates de naissance", "les numéros de sécurité sociale", "des données de santé",
           "des coordonnées bancaires", "des copies de pièces d'identité"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
NUMBERS_EN = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 10: "ten", 14: "fourteen"}
NUMBERS_FR = {2: "deux", 3: "trois", 4: "quatre", 5: "cinq", 6: "six", 10: "dix", 14: "quatorze"}
FILLER_EN = [
    "The organization has since reset the passwords of every account on the affected system.",
    "Staff members received additional training on recognizing suspicious messages.",
    "Multi-factor authentication is now required for remote access.",
    "The company said it has no evidence that any of the information was misused.",
    "Affected individuals were offered complimentary credit monitoring and identity protection services.",
    "A dedicated call center was set up to answer questions from those affected.",
    "The investigation was carried out with the help of an outside cybersecurity firm.",
    "Encryption has been extended to all portable devices that hold personal information.",
    "Policies on the retention of old records were reviewed and updated.",
    "Anyone with questions may call the toll-free number listed in the letter.",
]
FILLER_FR = [
    "Les mots de passe de tous les comptes concernés ont été réinitialisés.",
    "Le personnel a suivi une formation complémentaire sur les courriels frauduleux.",
    "L'authentification à deux facteurs est désormais obligatoire pour l'accès à distance.",
    "Aucun usage frauduleux des données n'a été constaté à ce jour.",
    "Une cellule d'écoute a été mise en place pour répondre aux questions des personnes concernées.",
    "Un prestataire spécialisé en sécurité informatique a accompagné l'organisme.",
    "Les règles de conservation des archives ont été revues.",
    "Les personnes concernées peuvent joindre le numéro vert indiqué dans le courrier.",
]


def _en_date(rng: random.Random, d: dt.date) -> str:
    form = rng.randrange(6)
    if form == 0:
        return f"{d.month}/{d.day}/{d.year}"
    if form == 1:
        return d.isoformat()
    if form == 2:
        return f"{d:%A}, {MONTHS_EN[d.month - 1]} {d.day}, {d.year}"
    if form == 3:
        return f"{MONTHS_EN[d.month - 1][:3]}. {d.day}, {d.year}"
    return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"


def _fr_date(rng: random.Random, d: dt.date) -> str:
    form = rng.randrange(5)
    day = "1er" if d.day == 1 else str(d.day)
    if form == 0:
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if form == 1:
        return f"{['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'][d.weekday()]} {day} {MONTHS_FR[d.month - 1]} {d.year}"
    return f"{day} {MONTHS_FR[d.month - 1]} {d.year}"


def _facts(rng: random.Random, numbers: dict[int, str]) -> tuple[dt.date, dt.date, dt.date, dt.date, dt.date, int, int]:
    """One story's dates (breach start and end, discovery, end of the investigation, letters),
    the number of people affected and a gap in the language's number words."""
    start = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randrange(1800))
    end = start + dt.timedelta(days=rng.randrange(0, 20))
    found = end + dt.timedelta(days=rng.randrange(1, 30))
    probe = found + dt.timedelta(days=rng.randrange(5, 60))
    letters = found + dt.timedelta(days=rng.randrange(10, 90))
    return start, end, found, probe, letters, rng.randrange(120, 250_000), rng.choice(sorted(numbers))


def _english(rng: random.Random) -> str:
    org, system, data = rng.choice(ORGS_EN), rng.choice(SYSTEMS_EN), rng.sample(DATA_EN, 2)
    start, end, found, probe, letters, people, gap = _facts(rng, NUMBERS_EN)
    out = []
    dateline = f"Published {MONTHS_EN[letters.month - 1]} {letters.day}, {letters.year}\n\n" if rng.random() < 0.3 else ""
    opening = [
        f"On {_en_date(rng, found)}, {org} discovered suspicious activity in {system}.",
        f"{org} learned on {_en_date(rng, found)} that an unauthorized person had gained access to {system}.",
        f"{org} became aware of a security incident involving {system} on {_en_date(rng, found)}.",
    ]
    out.append(rng.choice(opening))
    if start == end:
        out.append(f"The review found that the intruder accessed {system} on {_en_date(rng, start)}.")
    elif start.month == end.month and rng.random() < 0.5:
        out.append(f"The files were accessed between {MONTHS_EN[start.month - 1]} {start.day} and {end.day}, {end.year}.")
    else:
        out.append(f"The intruder had access from {_en_date(rng, start)} to {_en_date(rng, end)}.")
    out.append(rng.choice(FILLER_EN))
    out.append(f"The information involved included {data[0]} and {data[1]} of {people:,} individuals.")
    if rng.random() < 0.5:
        out.append(f"The forensic investigation, which lasted {NUMBERS_EN[gap]} weeks, ended on {_en_date(rng, probe)}.")
    else:
        out.append(f"{NUMBERS_EN[gap].capitalize()} days later, the outside firm confirmed that records had been viewed.")
    out.append(rng.choice(FILLER_EN))
    if rng.random() < 0.4:
        out.append(f"The company notified the Department of Health and Human Services and the media in {MONTHS_EN[letters.month - 1]} {letters.year}.")
    out.append(f"Letters were mailed to affected individuals on {_en_date(rng, letters)}.")
    if rng.random() < 0.3:
        out.append("Law enforcement was notified, and the company continues to cooperate with investigators.")
    out.append(rng.choice(FILLER_EN))
    return dateline + " ".join(out)


def _french(rng: random.Random) -> str:
    org, system, data = rng.choice(ORGS_FR), rng.choice(SYSTEMS_FR), rng.choice(DATA_FR)
    start, end, found, probe, letters, people, gap = _facts(rng, NUMBERS_FR)
    out = []
    out.append(rng.choice([
        f"Le {_fr_date(rng, found)}, {org} a découvert une activité suspecte sur {system}.",
        f"{org[0].upper() + org[1:]} a pris connaissance le {_fr_date(rng, found)} d'un accès non autorisé à {system}.",
    ]))
    if start == end:
        out.append(f"L'enquête a établi que l'intrus avait consulté les fichiers le {_fr_date(rng, start)}.")
    elif start.month == end.month:
        out.append(f"Les fichiers ont été consultés du {start.day} au {end.day} {MONTHS_FR[end.month - 1]} {end.year}.")
    else:
        out.append(f"L'accès s'est prolongé du {_fr_date(rng, start)} au {_fr_date(rng, end)}.")
    out.append(rng.choice(FILLER_FR))
    out.append(f"Les données concernées comprennent {data}, pour {people:,} personnes.".replace(f"{people:,}", f"{people:,}".replace(",", "\u00a0")))
    if rng.random() < 0.5:
        out.append(f"L'enquête, qui a duré {NUMBERS_FR[gap]} semaines, s'est achevée le {_fr_date(rng, probe)}.")
    else:
        out.append(f"{NUMBERS_FR[gap].capitalize()} jours plus tard, le prestataire a confirmé la consultation des dossiers.")
    out.append(rng.choice(FILLER_FR))
    if rng.random() < 0.5:
        out.append(f"La CNIL a été notifiée le {_fr_date(rng, found + dt.timedelta(days=rng.randrange(1, 6)))}.")
    out.append(f"Les personnes concernées ont été informées par courrier le {_fr_date(rng, letters)}.")
    out.append(rng.choice(FILLER_FR))
    return " ".join(out)


def documents(lang: str, chars: int, seed: int = 7) -> list[str]:
    """Documents in ``lang`` ("en" or "fr") totalling at least ``chars`` characters."""
    rng = random.Random(f"{lang}:{seed}")
    make = _english if lang == "en" else _french
    out: list[str] = []
    total = 0
    while total < chars:
        doc = make(rng)
        out.append(doc)
        total += len(doc)
    return out
