"""The other persons of a language's event phrases: a table ``[persons]`` names, for an auxiliary
that opens a phrase ("a retiré", "avait appris"), its forms in the other persons an organisation
speaks in ("nous avons retiré", "nous avions appris"), so that a letter's first person reads as
its third. A passive participle agrees with its subject ("a été informé", "avons été informés"):
phrases whose second word is one of the ``agreeing`` words are left as written."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence


def with_persons(phrases: Iterable[str], forms: Mapping[str, Sequence[str]], agreeing: frozenset[str]) -> tuple[str, ...]:
    """``phrases`` and, after each that opens on an auxiliary of ``forms``, the same phrase with
    each of its other forms; no phrase twice."""
    out: dict[str, None] = {}
    for phrase in phrases:
        out[phrase] = None
        head, _, rest = phrase.partition(" ")
        if not rest or rest.split(" ", 1)[0].lower() in agreeing:
            continue
        for form in forms.get(head.lower(), ()):
            out[f"{form} {rest}"] = None
    return tuple(out)
