"""The rows of a timeline table or a list, as binding asks of them (``binding.rows``)."""

from __future__ import annotations

import pytest

from timeline_check.binding.rows import cell_follows, heads_row


@pytest.mark.parametrize(("line", "row"), [
    ("2023-11-02: vendor alerted; passwords rotated", True),
    ("| 2023-11-02 | Vendor alerted |", True),
    ("- 2023-11-02 : fournisseur alerté ; mots de passe changés", True),
    ("2023-11-02 — vendor alerted", False),  # a dash may go on in prose
    ("The vendor, on 2023-11-02: alerted", False),  # words before the date
    ("2023-11-02 the vendor was alerted", False),
])
def test_a_date_heads_a_row_at_a_colon_or_a_pipe(line: str, row: bool) -> None:
    start = line.index("2023")
    assert heads_row(line, 0, start, start + len("2023-11-02")) is row


@pytest.mark.parametrize(("line", "row"), [
    ("2023-11-02 | Vendor alerted", True),
    ("2023-11-02 |  sauvegardes restaurées", True),
    ("2023-11-02 |", False),
    ("2023-11-02: Vendor alerted", False),
    ("2023-11-02 — WASHINGTON", False),
])
def test_another_cell_follows_a_date_only_past_a_pipe(line: str, row: bool) -> None:
    assert cell_follows(line, len("2023-11-02")) is row
