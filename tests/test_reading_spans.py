"""An exposure told over a span whose ends are other acts (issue 15, binding/spanned.py): the
first end's date starts the breach; sentences written for the test."""

from __future__ import annotations

import pytest

from helpers import events


@pytest.mark.parametrize(("text", "lang", "start", "other"), [
    # the span's first date lies too far from the breach word for the pairing to reach it
    ("The files remained accessible for a long time, between the end of the transfer of the files to the server "
     "in March 2016 and the discovery of the leak by the firm on 4 May 2020.", "en", ("2016-03-01", "2016-03-31"), "discovery"),
    ("Les fichiers sont restés accessibles durant une très longue période, entre la fin du transfert de toutes les "
     "copies vers le serveur du prestataire en mars 2016 et la découverte de la fuite le 4 mai 2020.", "fr",
     ("2016-03-01", "2016-03-31"), "discovery"),
])
def test_the_first_end_of_an_exposures_span_starts_the_breach(text: str, lang: str, start: tuple[str, str], other: str) -> None:
    found = events(text, lang)
    assert ("breach_start", *start) in found
    assert other in {k for k, _, _ in found}


@pytest.mark.parametrize(("text", "lang"), [
    # no lasting breach word before the span: its first date dates nothing
    ("The committee met between the board meeting in June 2021 and the audit on 2 February 2024.", "en"),
    ("Le comité s'est réuni entre le conseil de juin 2021 et l'audit du 2 février 2024.", "fr"),
])
def test_a_span_of_other_acts_starts_no_breach(text: str, lang: str) -> None:
    assert not {e for e in events(text, lang) if e[0] == "breach_start"}

