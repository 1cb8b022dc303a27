"""Where the words a message is said to say begin (issue 15, reported content): "Letters were
mailed on May 2, saying that a vendor error had sent statements to the wrong addresses" tells of a
notice whose content is a misdirected mailing; the mailing it tells of is not the notice's own
going astray. The content opens at a verb of saying (``disclosing``, "said"), at one that carries
a message on ("saying", "explaining that", "to tell them that", ``[phrases] reporting``) or, where
the caller allows it, at a bare "that" (``complementizer``), which may as well open a relative
clause ("letters that showed other members' names")."""

from __future__ import annotations

from ..lang import Language

_KEYS = ("disclosing", "reporting")


def content_start(lang: Language, text: str, b: int, e: int, *, bare_that: bool = False) -> int:
    """Where what the message told before ``b`` says begins in ``text[b:e]``; ``e`` when nothing
    there opens reported content."""
    keys = _KEYS + ("complementizer",) if bare_that else _KEYS
    return min((m.start() for k in keys if (m := lang.regex[k].search(text, b, e))), default=e)
