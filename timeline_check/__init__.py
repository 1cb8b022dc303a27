"""timeline-check: lint the timeline of a data-breach narrative.

The Python API is ``check_text`` and ``check_path``; the CLI is a thin shell over them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["__version__", "check_path", "check_text"]

if TYPE_CHECKING:
    from .engine import check_path, check_text


def __getattr__(name: str) -> Any:
    # Imported on first use, so that `timeline-check --version` starts fast.
    if name in ("check_text", "check_path"):
        from . import engine

        return getattr(engine, name)
    raise AttributeError(name)
