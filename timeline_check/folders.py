"""Where timeline-check keeps files between runs. It imports only ``os``, so that the check
server's client (``client.py``) can use it before anything heavy is loaded."""

from __future__ import annotations

import os


def cache_folder() -> str | None:
    """The folder of the cache (``$XDG_CACHE_HOME/timeline-check`` or ``~/.cache/timeline-check``); None without a home."""
    base = os.environ.get("XDG_CACHE_HOME", "")
    if os.path.isabs(base):
        return os.path.join(base, "timeline-check")
    home = os.path.expanduser("~")
    return os.path.join(home, ".cache", "timeline-check") if os.path.isabs(home) else None
