"""What the check makes of a test's sentences, as the reading tests compare it: the events it
dates, by kind, with their first (and last) day; the text's own date left out unless asked."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from timeline_check import check_text
from timeline_check.model import Event, iso

Spans = set[tuple[str, str | None, str | None]]
Days = set[tuple[str, str | None]]


def events_of(found: Iterable[Event], *, own: bool = False) -> Spans:
    """(kind, earliest, latest) of each event; with ``own``, the text's own date too."""
    return {(e.kind, iso(e.earliest), iso(e.latest)) for e in found if own or e.kind != "publication"}


def days_of(found: Iterable[Event], *, own: bool = False) -> Days:
    """(kind, earliest) of each event; with ``own``, the text's own date too."""
    return {(e.kind, iso(e.earliest)) for e in found if own or e.kind != "publication"}


def events(text: str, lang: str = "en", date: dt.date | None = None, *, own: bool = False) -> Spans:
    """(kind, earliest, latest) of each event ``check_text`` finds in ``text``."""
    return events_of(check_text(text, lang=lang, date=date).events, own=own)


def days(text: str, lang: str = "en", date: dt.date | None = None, *, own: bool = False) -> Days:
    """(kind, earliest) of each event ``check_text`` finds in ``text``."""
    return days_of(check_text(text, lang=lang, date=date).events, own=own)
