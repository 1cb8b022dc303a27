"""A document of the proceedings served on the organisation ("the company was notified of the
sanction report on 12 April", "was informed of the inspection minutes on 17 September",
``[phrases] served_document`` right after a word of learning): a step of the regulator's case,
not the organisation learning of the breach. Its date is then the proceedings' (``unplaced``)."""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Mention
from .context import Sentence

_LEARNING = frozenset({"discovery", "determination"})
_LEAD = 12  # characters between the word of learning and the document's name, at most ("of the ")


def served_documents(ctx: Sentence, mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions but the learning of a document of the proceedings."""
    return [m for m in mentions if m.kind not in _LEARNING or not _served(ctx, m.trigger[1])]


def _served(ctx: Sentence, end: int) -> bool:
    """Whether a document of the proceedings is named within ``_LEAD`` characters after ``end``."""
    found = ctx.regex("served_document").search(ctx.text, end, ctx.span[1])
    return found is not None and found.start() - end <= _LEAD
