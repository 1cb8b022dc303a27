"""Bind time expressions to the words that name events, clause by clause.

A date belongs to the event word of its own clause, not to the nearest word of the
sentence: a date inside "which merged ... on July 3, 2012," stays in that relative
clause; a date after "discovered that" belongs to what was discovered (the breach),
not to the discovery; a date that opens a sentence ("On May 3, 2024, ...") belongs to
its main verb. Candidates are ranked by a cost (words between, commas crossed) and
bound greedily, cheapest first, one date per event word.
"""

from .text import Binding, bind

__all__ = ["Binding", "bind"]
