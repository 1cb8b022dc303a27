"""A mailing that went astray, told in a relative clause after the mix-up (binding/astray.py):
its date is the breach's start; a notice told the same way, or a mailing with no mix-up, is not."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers import days

DAY = dt.date(2026, 5, 6)


@pytest.mark.parametrize(("text", "lang", "day"), [
    ("A printing firm mixed up the address file for the spring invoices, which went out on April 3. "
     "Members reported the problem on April 20.", "en", "2026-04-03"),
    ("The plan said its mail house swapped two columns of the list for its benefit statements, which "
     "were sent out on March 12.", "en", "2026-03-12"),
    ("Because of a mail-merge fault, the renewal letters, which were mailed on February 9, carried "
     "other members' names.", "en", "2026-02-09"),
    ("Un sous-traitant a interverti les fichiers d'adresses des relevés trimestriels, qui sont partis "
     "le 3 avril.", "fr", "2026-04-03"),
    ("La mutuelle indique que son imprimeur a mélangé les adresses de ses courriers, qui ont été "
     "envoyés le 12 mars.", "fr", "2026-03-12"),
])
def test_mailing_after_a_mix_up_starts_the_breach(text: str, lang: str, day: str) -> None:
    assert ("breach_start", day) in days(text, lang, DAY)


@pytest.mark.parametrize(("text", "lang"), [
    # the mix-up is told after the mailed things: the letters explain it
    ("A vendor mixed up a file. Letters explaining the mix-up, which went out on April 16, offered "
     "credit monitoring.", "en"),
    ("The notification letters, which went out on April 16, said statements had been swapped.", "en"),
    # no mix-up at all
    ("Its quarterly statements, which went out on April 3, showed the new fees.", "en"),
    ("Les relevés annuels, qui sont partis le 3 avril, annonçaient les nouveaux tarifs.", "fr"),
])
def test_no_mix_up_before_the_mailing_is_no_breach(text: str, lang: str) -> None:
    assert not any(kind == "breach_start" for kind, _ in days(text, lang, DAY))
