"""Words of a language read as numbers: month names, counts, TIMEX3 amounts."""

from __future__ import annotations

import functools

from ..lang import Language


def month_number(lang: Language, word: str) -> int:
    return lang.months[word.lower().rstrip(".")]


def count(lang: Language, word: str) -> int:
    w = word.lower()
    return int(w) if w.isdigit() else lang.numbers[w]


@functools.lru_cache(maxsize=None)
def full_months(lang: Language) -> frozenset[str]:
    return frozenset(full_words(lang.months))


def full_words(table: dict[str, int]) -> list[str]:
    """Words of a month or weekday table that are not abbreviations of a longer one."""
    return [w for w, n in table.items()
            if not any(o != w and o.startswith(w) and table[o] == n for o in table) and not w.endswith(".")]


def timex_number(lang: Language, word: str) -> str | None:
    w = " ".join(word.lower().split())
    if w in lang.numbers:
        return str(lang.numbers[w])
    if w in lang.timex["numbers"]:
        return str(lang.timex["numbers"][w])
    if w in lang.vague_numbers or w in lang.timex["vague"]:
        return "X"
    w = w.replace(",", ".")
    try:
        float(w)
    except ValueError:
        return None
    return w.rstrip("0").rstrip(".") if "." in w else str(int(w))
