"""Shared test settings: the hypothesis profile (``HYPOTHESIS_PROFILE=ci`` for a fixed seed)."""

import os

from hypothesis import HealthCheck, settings

# Checking one narrative takes a few milliseconds; the first call also loads the rules.
settings.register_profile("default", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("ci", parent=settings.get_profile("default"), derandomize=True, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))
