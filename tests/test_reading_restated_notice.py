"""A notice restated by its distance from another event ("la notification est intervenue seize jours
après la découverte") is the dated notice told again, not a second notice to the same authority:
the text still tells of one incident, so a late notice is an error, not a doubt. Sentences written
for the test."""

from __future__ import annotations

import pytest

from timeline_check import check_text

FR = ("La société a eu connaissance de la violation le 13 janvier 2025. Elle a adressé à la CNIL une notification "
      "initiale le 29 janvier 2025. La formation restreinte relève que la notification initiale est intervenue seize "
      "jours après que la société a eu connaissance de la violation.")
EN = ("The company became aware of the breach on January 13, 2025. It notified the supervisory authority on "
      "January 29, 2025. The panel notes that the notification was made sixteen days after the company became aware "
      "of the breach.")


@pytest.mark.parametrize(("text", "lang"), [(FR, "fr"), (EN, "en")])
def test_a_restated_late_notice_is_an_error(text: str, lang: str) -> None:
    found = [(f.rule, f.severity) for f in check_text(text, lang=lang, regimes=("GDPR",)).findings
             if f.rule == "gdpr/authority-notice"]
    assert found == [("gdpr/authority-notice", "error")]
