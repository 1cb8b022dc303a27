"""GitHub Actions workflow commands: one ``::error``/``::warning``/``::notice`` line per finding.

The runner turns each line into an annotation on the file and line. Escaping follows
``@actions/core`` (``toolkit/packages/core/src/command.ts``): in the message ``%``,
CR and LF are percent-encoded; in a property value ``:`` and ``,`` as well.
"""

from __future__ import annotations

from ..messages import Messages
from ..model import Report
from ..ruleset import RuleSet

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    """A message, safe after ``::``."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A property value, safe between ``key=`` and the next ``,`` or ``::``."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


# The rows of the deadline table that --deadlines annotates: those a reviewer must look at.
FLAGGED = frozenset({"missed", "possibly missed", "not checkable"})


def render(report: Report, rules: RuleSet | None = None, deadlines: bool = False) -> str:
    """Every finding of every document as a workflow command line (``rules`` is unused: same signature as the
    others); with ``deadlines``, one ``::notice`` per deadline row missed, possibly missed or not checkable."""
    lines = []
    for d in report.documents:
        for f in d.findings:
            props = f"file={escape_property(d.path)},line={f.line},col={f.column},title={escape_property(f.rule)}"
            lines.append(f"::{COMMANDS[f.severity]} {props}::{escape_data(f.message)}")
        if deadlines:
            msg = Messages(d.message_lang)
            for r in d.deadlines:
                if r.verdict in FLAGGED:
                    props = f"file={escape_property(d.path)},title={escape_property(f'deadline {r.rule}')}"
                    said = msg._("{verdict}: {counting}").format(verdict=msg.pgettext("status", r.verdict), counting=r.counting)
                    lines.append(f"::notice {props}::{escape_data(said)}")
    return "".join(line + "\n" for line in lines)
