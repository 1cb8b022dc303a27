"""The language of the messages: gettext catalogues (``locale/<lang>/LC_MESSAGES``), event kinds
and days in words.

The English text is the message id; ``locale/fr`` holds the French. Only the stdlib ``gettext``
reads the compiled ``.mo`` files here (Babel builds them: ``tools/catalog.py``). Event labels
are formatted with a spec saying the form a template needs: ``{after}`` "the discovery" / "la
découverte", ``{after:cap}`` with a capital, ``{after:de}`` "of the discovery" / "de la
découverte", ``{after:à}`` "to the discovery" / "à la découverte" (French articles contracted:
"du début", "au début", "des personnes").
"""

from __future__ import annotations

import datetime as dt
import functools
import gettext
from collections.abc import Iterable
from pathlib import Path

import attrs

from .errors import ArgumentError, did_you_mean
from .model import Interval, iso
from .taxonomy import LABELS

LANGUAGES: tuple[str, ...] = ("en", "fr")
DOMAIN = "timeline_check"
LOCALE = Path(__file__).parent / "locale"
EVENT = "event"  # the gettext context of event labels
REGIME = "regime"  # the gettext context of the regime files' words (REGIME_TEXTS of a rule)
# The words of a regime rule a report quotes: why it is unsure, the standard of a rule with no number,
# who must act and whom they tell. English in the rule files; their French is in the catalogue.
REGIME_TEXTS: tuple[str, ...] = ("why", "standard", "actor", "recipient")
MONTHS: tuple[str, ...] = ("January", "February", "March", "April", "May", "June", "July", "August",
                           "September", "October", "November", "December")
# French articles before "de" and "à": "de le début" is "du début", "à les personnes" "aux personnes".
_DE = {"le ": "du ", "les ": "des ", "la ": "de la ", "l'": "de l'", "l’": "de l’"}
_A = {"le ": "au ", "les ": "aux ", "la ": "à la ", "l'": "à l'", "l’": "à l’"}
_PREPOSITIONS = {"en": {"de": "of ", "à": "to "}, "fr": {"de": "de ", "à": "à "}}


@functools.cache
def catalogue(lang: str) -> gettext.NullTranslations:
    """The compiled catalogue of ``lang`` (no catalogue for English: the ids are the English)."""
    if lang == "en":
        return gettext.NullTranslations()
    return gettext.translation(DOMAIN, LOCALE, languages=[lang], fallback=True)


def check_language(lang: str | None) -> None:
    """Refuse a message language there is no catalogue for (``ArgumentError``)."""
    if lang is not None and lang not in LANGUAGES:
        raise ArgumentError(f"unknown message language {lang!r}{did_you_mean(lang, LANGUAGES)} "
                            f"(known: {', '.join(LANGUAGES)})")


def message_language(text_lang: str, chosen: str | None = None) -> str:
    """The language of a document's messages: the one chosen, else the text's own when there is a
    catalogue for it, else English."""
    if chosen is not None:
        return chosen
    return text_lang if text_lang in LANGUAGES else "en"


@attrs.frozen
class Label:
    """An event kind in words, in the form a template's format spec asks for (see the module)."""

    text: str
    lang: str

    def __str__(self) -> str:
        return self.text

    def __format__(self, spec: str) -> str:
        if not spec:
            return self.text
        if spec == "cap":
            return _cap(self.text)
        if spec not in ("de", "à"):
            raise ValueError(f"unknown label form {spec!r}")
        if self.lang == "fr":
            table = _DE if spec == "de" else _A
            for article, joined in table.items():
                if self.text.startswith(article):
                    return joined + self.text[len(article):]
        return _PREPOSITIONS.get(self.lang, _PREPOSITIONS["en"])[spec] + self.text


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


@attrs.frozen
class Messages:
    """The words of one language: translations, event labels, days."""

    lang: str = "en"

    def _(self, msgid: str) -> str:
        """``msgid`` in this language."""
        return catalogue(self.lang).gettext(msgid)

    def pgettext(self, context: str, msgid: str) -> str:
        """``msgid`` in this language, where its meaning depends on ``context``."""
        return catalogue(self.lang).pgettext(context, msgid)

    def ngettext(self, singular: str, plural: str, count: int) -> str:
        """The singular or plural form of a message, for ``count``."""
        return catalogue(self.lang).ngettext(singular, plural, count)

    def regime(self, text: str) -> str:
        """Words of a regime file (one of a rule's ``REGIME_TEXTS``) in this language."""
        return self.pgettext(REGIME, text) if text else text

    def label(self, kind: str) -> Label:
        """How a message names an event kind."""
        english = LABELS.get(kind)
        return Label(self.pgettext(EVENT, english) if english else kind.replace("_", " "), self.lang)

    def cap(self, kind: str) -> str:
        """An event kind in words, with a capital."""
        return _cap(self.label(kind).text)

    def day(self, ordinal: int) -> str:
        """A day written out: "22 December 2023", "22 décembre 2023", "1er mars 2024"."""
        d = dt.date.fromordinal(ordinal)
        month = self.pgettext("month", MONTHS[d.month - 1])
        form = self.pgettext("date", "1 {month} {year}") if d.day == 1 else self.pgettext("date", "{day} {month} {year}")
        return form.format(day=d.day, month=month, year=d.year)

    def limit(self, unit: str, amount: int) -> str:
        """A deadline's limit in words: "60 calendar days", "72 hours", "1 month", "no number"."""
        if unit == "none":
            return self._("no number")
        if unit == "months":
            return self.ngettext("{n} month", "{n} months", amount).format(n=amount)
        if unit == "hours":
            return self.ngettext("{n} hour", "{n} hours", amount).format(n=amount)
        if unit == "business_days":
            return self.ngettext("{n} business day", "{n} business days", amount).format(n=amount)
        return self.ngettext("{n} calendar day", "{n} calendar days", amount).format(n=amount)

    def number(self, n: int) -> str:
        """A whole number with its thousands grouped: "4,452,782", "4 452 782"."""
        return f"{n:,}".replace(",", self.pgettext("number", ","))

    def when(self, iv: Interval | None) -> str:
        """A day, or a range of days, as ISO dates."""
        if iv is None or (iv.lo is None and iv.hi is None):
            return self._("undated")
        if iv.lo == iv.hi:
            return str(iso(iv.lo))
        if iv.lo is None:
            return self._("on or before {day}").format(day=iso(iv.hi))
        if iv.hi is None:
            return self._("on or after {day}").format(day=iso(iv.lo))
        return self._("{first} to {last}").format(first=iso(iv.lo), last=iso(iv.hi))


ENGLISH = Messages("en")


def of_report(langs: Iterable[str]) -> Messages:
    """The words of a whole report: its documents' language when they share one, else English."""
    found = set(langs)
    return Messages(found.pop()) if len(found) == 1 else ENGLISH
