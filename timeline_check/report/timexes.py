"""Report the TIMEX3 expressions of documents: a text table or JSON."""

from __future__ import annotations

import json
from collections.abc import Sequence

from ..document import Document
from ..tagging.timex3 import Timex


def render_json(docs: Sequence[tuple[Document, str, Sequence[Timex]]]) -> str:
    """``{"documents": [{"path", "language", "timexes": [{start, end, text, type, value}]}]}``;
    offsets index the document's text (for a plain-text file, the file itself)."""
    out = {"documents": [
        {"path": doc.path, "language": lang,
         "timexes": [{"start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value} for t in found]}
        for doc, lang, found in docs
    ]}
    return json.dumps(out, ensure_ascii=False, indent=2) + "\n"


def render_text(docs: Sequence[tuple[Document, str, Sequence[Timex]]]) -> str:
    """One line a TIMEX3: ``path:line:column  TYPE  value  « text »``."""
    lines = []
    for doc, _, found in docs:
        for t in found:
            line, col = doc.locate(t.start)
            lines.append(f"{doc.path}:{line}:{col}  {t.type:<8} {t.value:<18} « {t.text} »")
    n = sum(len(f) for _, _, f in docs)
    lines.append(f"{n} time expression{'s' if n != 1 else ''} in {len(docs)} file{'s' if len(docs) != 1 else ''}")
    return "\n".join(lines) + "\n"
