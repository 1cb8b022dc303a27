"""Numbers as people write them, read one way for every count: "4,452,782", "4 452 782",
"4,5 millions", "12,000", "640".

The patterns are bounded (no number has more than 18 digits): an unbounded run of digits made
a long one, or "123 123 ...", cost quadratic time, each start rescanning the run. ``NUMBER`` is
the number of a count of people (counts, breakdowns, recipient lists): groups of three behind a
comma or a space, or a decimal. ``DOTTED`` is the one regime applicability reads: a dot may
also part groups ("4.452.782", as French and German write), since it looks for the largest
number before a noun and so must not read "4.452.782" as "4.452"; it opens on a digit so that
re can scan for one at C speed. The words that scale a number ("million", "millions", "k") are
the language's ``count_scale``.
"""

from __future__ import annotations

import re

from .lang import Language

NUMBER = r"(?<![\w.,])(\d{1,3}(?:[,\u00a0\u202f ]\d{3}){1,4}|\d{1,9}(?:[.,]\d{1,3})?)(?![\w])"
DOTTED = r"(\d(?<![\d.,]\d)(?:\d{0,2}(?:[,.\u00a0\u202f ]\d{3}){1,6}|\d{0,17}(?:[.,]\d{1,6})?))"
_GROUPS = re.compile(r"[,\u00a0\u202f ](?=\d{3}(?!\d))")
_DOTTED_GROUPS = re.compile(r"[,.\u00a0\u202f ](?=\d{3}(?!\d))")


def scale_words(lang: Language) -> str:
    """A regex source for the language's words that scale a number, longest first (none: never matches)."""
    return "|".join(sorted(map(re.escape, lang.count_scale), key=len, reverse=True)) or "(?!x)x"


def whole(digits: str, dotted: bool = False) -> int | None:
    """A whole number without its group separators ("13,055" is 13055; with ``dotted``, so is
    "13.055"), or None when it is not whole ("4.5", "4,5")."""
    clean = (_DOTTED_GROUPS if dotted else _GROUPS).sub("", digits)
    return int(clean) if clean.isdigit() else None


def is_year(value: int, digits: str) -> bool:
    """Whether a number written with no separator is a year ("2023 patients" is no count)."""
    return 1900 <= value <= 2100 and digits.isdigit()


def scaled(digits: str, scale: int) -> tuple[int, int] | None:
    """A number before a scale word ("4,5" of "4,5 millions", ``scale`` 1,000,000): its value
    and the size of its last written digit (4,500,000 and 100,000), exact (no float); None when
    it is no number."""
    number = digits.replace("\u00a0", "").replace("\u202f", "").replace(" ", "").replace(",", ".")
    units, _, frac = number.partition(".")
    if not units.isdigit() or (frac and not frac.isdigit()):
        return None
    step = scale // 10 ** len(frac) if frac else scale
    return (int(units) * 10 ** len(frac) + int(frac or 0)) * scale // 10 ** len(frac), step


def as_written(digits: str, unit: str, lang: Language, dotted: bool = False) -> int | None:
    """A number as written, with its scale word (lower case, or ""): "4,5" "millions" is
    4,500,000, "13,055" is 13055 (with ``dotted``, so is "13.055"); None when it is no number."""
    if not unit:
        return whole(digits, dotted)
    value = scaled(digits, lang.count_scale[unit])
    return None if value is None else value[0]
