"""Bind time expressions to the words that name events, clause by clause.

A date belongs to the event word of its own clause, not to the nearest word of the
sentence: a date inside "which merged ... on July 3, 2012," stays in that relative
clause; a date after "discovered that" belongs to what was discovered (the breach),
not to the discovery; a date that opens a sentence ("On May 3, 2024, ...") belongs to
its main verb. Candidates are ranked by a cost (words between, commas crossed) and
bound greedily, cheapest first, one date per event word.

The modules, in the order the data flows:

- ``text``: ``bind``, a whole text sentence by sentence (``bind_dated``, given the text's own
  date by the engine); ``spans`` the sentences it reads, ``own_date`` the text's own date and
  whether it is a letter to its reader;
- ``triggers``: a sentence's event words (``Scan`` finds them once over the whole text),
  with ``recipients`` (who a notice went to) and ``topics`` (what "began" is about);
- ``context``: ``Sentence``, what the passes read about one sentence, built once;
- ``passes``: the passes over it, each a function of the context and of what the passes
  before it bound, given and returned as values; ``sentence`` runs them in order;
- ``stages``: the stages of discovery (a filing's words of having an incident, a determination
  that learns of one, a later finding, a date the text disowns); ``respective``: lists of
  recipients and dates read in step ("respectively");
- ``mentions``: the mentions a word and its date make;
- ``grammar``: a language's patterns, built once per ``Language``; ``anchors``: what a
  relative phrase counts from.
"""

from .text import Binding, bind, bind_dated

__all__ = ["Binding", "bind", "bind_dated"]
