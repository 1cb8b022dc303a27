"""The subject of a passive in a relative clause: "les clients, qui ont été prévenus le 5 mai",
"HHS, which was notified on May 3": the noun before the comma and the relative pronoun."""

from __future__ import annotations

from ..lang import Language


def relative_antecedent(lang: Language, parts: list[str]) -> str | None:
    """The words before a relative clause that holds the verb, from ``parts`` (the words before
    the verb, split at commas and semicolons); None when the last part opens with no relative
    pronoun of the subject ("qui", "who")."""
    if len(parts) < 2 or lang.regex["subject_relative"].match(parts[-1].lstrip()) is None:
        return None
    return parts[-2]

