"""A date set off by commas between a verb of telling and its recipients ("a notifié, le 5 mai,
la violation à la CNIL"): the recipients after it are the notice's (binding/recipients.py;
sentences written for the test)."""

from __future__ import annotations

import pytest

from helpers import Days, days


def events(text: str, lang: str) -> Days:
    return days(text, lang, own=True)


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("La mutuelle a signalé, le 5 juin 2023, la fuite à la CNIL.", "fr", ("notification_regulator", "2023-06-05")),
    ("Le cabinet a informé, le 14 juin 2023, les patients concernés.", "fr", ("notification_individuals", "2023-06-14")),
    ("La commune a déposé, le 6 juin 2023, une plainte auprès de la gendarmerie.", "fr",
     ("notification_law_enforcement", "2023-06-06")),
    ("The practice notified, on June 14, 2023, the affected patients by mail.", "en",
     ("notification_individuals", "2023-06-14")),
])
def test_recipients_after_a_date_set_off_are_the_notice_s(text: str, lang: str, expected: tuple[str, str]) -> None:
    assert expected in events(text, lang)


def test_an_aside_without_a_date_is_not_passed_over() -> None:
    kinds = {k for k, _ in events("Le 14 juin 2023, le cabinet a informé, selon son avocat, son assureur.", "fr")}
    assert "notification_individuals" not in kinds
