"""One error model: every problem a user can fix is a ``TimelineCheckError``.

It carries the file and line at fault where there is one; ``str()`` is ``file:line: message``
(``file: message`` without a line, the bare message without a file). The command line prints
it as one line and exits with code 2; the API raises it. Subclasses say what was at fault:
a rule file (``rulefile.RuleFileError``), a configuration (``config.ConfigError``), an input
file (``document.InputError``), or an argument of the API (``ArgumentError``).
"""

from __future__ import annotations

from collections.abc import Iterable
from difflib import get_close_matches
from pathlib import Path
from typing import Any


class TimelineCheckError(Exception):
    """A problem the user can fix; ``path`` and ``line`` say where, when a file is at fault."""

    def __init__(self, message: str, path: Path | str | None = None, line: int | None = None) -> None:
        self.message = message
        self.path = None if path is None else str(path)
        self.line = line
        super().__init__(self._text())

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle by state, whatever a subclass's arguments (errors cross to worker processes)."""
        return _restore, (type(self), self.args, self.__dict__)

    def _shown_path(self) -> str:
        """The file as the message names it."""
        return self.path or ""

    def _text(self) -> str:
        if self.path is None:
            return self.message
        where = self._shown_path() if self.line is None else f"{self._shown_path()}:{self.line}"
        return f"{where}: {self.message}"


def _restore(cls: type[TimelineCheckError], args: tuple[Any, ...], state: dict[str, Any]) -> TimelineCheckError:
    error = Exception.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


class ArgumentError(TimelineCheckError):
    """An argument of the API or the command line naming nothing known (a language, a regime, a rule)."""


def did_you_mean(name: str, known: Iterable[str], quote: str = "'") -> str:
    """`` (did you mean 'HIPAA'?)`` when one of ``known`` is close to ``name``, else ``""``."""
    close = get_close_matches(name, list(known), n=1)
    return f" (did you mean {quote}{close[0]}{quote}?)" if close else ""
