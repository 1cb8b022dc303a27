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

import functools
import re
from collections.abc import Sequence
from typing import Any

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


@functools.lru_cache(maxsize=None)
def _disjoint(a: Atom, b: Atom | None) -> bool:
    """Whether atoms ``a`` and ``b`` can never both match at one place (None: a phrase's end)."""
    if b is None or a.opens is None or b.opens is None:
        return False
    if NOT_WORD in a.opens or NOT_WORD in b.opens:
        other = b.opens if NOT_WORD in a.opens else a.opens
        return NOT_WORD not in other and WHITE not in other and all(re.match(r"\w", c) for c in other)
    return a.opens.isdisjoint(b.opens)


# A node of the trie: the branches after a shared start, in the order they are tried: each a
# shared single atom with its own node, or the whole rest of a phrase (``str``, maybe empty).
_Node = list  # list[tuple[Atom, _Node] | str]


def _add(node: list[Any], atoms: Sequence[Atom]) -> None:
    for k, atom in enumerate(atoms):
        if not atom.single:
            node.append("".join(a.source for a in atoms[k:]))
            return
        for branch in reversed(node):
            if branch.__class__ is tuple and branch[0] is atom:
                node = branch[1]
                break
            if not _disjoint(atom, None if branch.__class__ is str else branch[0]):
                branch = None
                break
        else:
            branch = None
        if branch is None:
            child: list[Any] = []
            node.append((atom, child))
            node = child
    node.append("")


def _source(node: list[Any]) -> str:
    parts = [b if b.__class__ is str else b[0].source + _source(b[1]) for b in node]
    if len(parts) == 1:
        return parts[0]
    if parts[-1] == "":
        return "(?:" + "|".join(parts[:-1]) + ")?"
    return "(?:" + "|".join(parts) + ")"


def factored(phrases: Sequence[Sequence[Atom]]) -> str:
    """The alternation of ``phrases`` (atom sequences, in the order they are to be tried) with
    common starts shared: it matches exactly what the flat alternation does. Equal single atoms
    must be the same object (``rulefile`` makes each once)."""
    root: list[Any] = []
    for atoms in phrases:
        _add(root, atoms)
    return _source(root)
