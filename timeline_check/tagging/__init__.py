"""Tag time expressions: dates, ranges, relative phrases, durations and TIMEX3 expressions.

- ``patterns``: the per-language regexes, built from the word lists of rules/lang/<code>.toml;
- ``prefilter``: where a date can start (the text's word index, its digits), so that the
  patterns are tried there only;
- ``dates``: calendar dates, their ranges, years inferred for dates without one;
- ``relative``: "three days later", "for two weeks", "the next day";
- ``timex``: the expressions only the TIMEX3 reading uses ("yesterday", "last week", "every Monday");
- ``calendar``: holidays, seasons, months as intervals of days;
- ``normalise``: templates anchored on a reference date, worked out;
- ``tagger``: ``tag``, all of it over one text; ``timex3``: the TIMEX3 type and value of each.
"""

from .dates import DateProblem
from .normalise import resolve
from .tagger import Recognised, Tagging, normalise, recognise, tag

__all__ = ["DateProblem", "Recognised", "Tagging", "normalise", "recognise", "resolve", "tag"]
