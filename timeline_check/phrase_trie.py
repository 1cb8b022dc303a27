"""Alternations of phrases with their common starts written once: ``report(?:ed|s)`` for
``reported|reports``. ``re`` compiles a pattern in time about proportional to its length and
branches, so a factored list compiles faster; it matches exactly as the flat one does.

A phrase is a sequence of ``Atom``s. Two facts keep the factored pattern equal to the flat one,
for the first match and for every way back into it when it sits inside a larger pattern:

* only atoms with at most one way to match (a letter, ``\\s+`` before a letter, a look-around)
  are shared: after such a start ``P``, ``P(?:X|Y)`` tries exactly what ``PX|PY`` tries, in
  the same order; the rest of a phrase from its first other atom (``\\w*``, a ``~`` gap) stays whole;
* Python's alternation takes the first branch that matches, so a phrase may join an earlier
  branch of the same start only past branches that cannot match where it does: siblings whose
  next atoms open on different characters (``Atom.opens``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

WHITE = " "  # in ``Atom.opens``: a run of white space
NOT_WORD = "\\W"  # in ``Atom.opens``: a place not before a word character (``(?!\w)``)


@attrs.frozen
class Atom:
    """A piece of a phrase's regex source. ``single``: it matches in at most one way (one
    length). ``opens``: for such an atom, how a match of it can start: each case-folded
    character, or ``WHITE`` and the character after the white space, or ``{NOT_WORD}``; None
    when not known (it may match anywhere)."""

    source: str
    single: bool = True
    opens: frozenset[str] | None = None


def _disjoint(a: Atom | None, b: Atom | None) -> bool:
    """Whether atoms ``a`` and ``b`` can never both match at one place (None: a phrase's end)."""
    if a is None or b is None or a.opens is None or b.opens is None:
        return False
    if NOT_WORD in a.opens or NOT_WORD in b.opens:
        other = b.opens if NOT_WORD in a.opens else a.opens
        return NOT_WORD not in other and WHITE not in other and all(re.match(r"\w", c) for c in other)
    return a.opens.isdisjoint(b.opens)


@attrs.define
class _Node:
    """Branches after a shared start, in the order they are tried: each is a shared single atom
    with its own node, or the whole rest of a phrase (``str``, maybe empty)."""

    branches: list[tuple[Atom, _Node] | str] = attrs.field(factory=list)

    def add(self, atoms: Sequence[Atom]) -> None:
        first = atoms[0] if atoms else None
        if first is not None and first.single:
            for i in range(len(self.branches) - 1, -1, -1):
                branch = self.branches[i]
                if not isinstance(branch, str) and branch[0] == first:
                    branch[1].add(atoms[1:])
                    return
                if not _disjoint(first, branch[0] if not isinstance(branch, str) else None):
                    break
            node = _Node()
            node.add(atoms[1:])
            self.branches.append((first, node))
            return
        self.branches.append("".join(a.source for a in atoms))

    def source(self) -> str:
        parts = [b if isinstance(b, str) else b[0].source + b[1].source() for b in self.branches]
        if len(parts) == 1:
            return parts[0]
        if parts[-1] == "":
            return "(?:" + "|".join(parts[:-1]) + ")?"
        return "(?:" + "|".join(parts) + ")"


def factored(phrases: Sequence[Sequence[Atom]]) -> str:
    """The alternation of ``phrases`` (atom sequences, in the order they are to be tried) with
    common starts shared: it matches exactly what the flat alternation does."""
    root = _Node()
    for atoms in phrases:
        root.add(atoms)
    return root.source()
