"""Shared test settings: the hypothesis profile (``HYPOTHESIS_PROFILE=ci`` for a fixed seed), a
copy of the shipped rules to break on purpose (``pack``), and the catalogue tool (``catalog``)."""

import importlib.util
import os
import sys
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import HealthCheck, settings
from rulepack import copy_rules

# Checking one narrative takes a few milliseconds; the first call also loads the rules.
settings.register_profile("default", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("ci", parent=settings.get_profile("default"), derandomize=True, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


@pytest.fixture()
def pack(tmp_path: Path) -> Path:
    """A copy of the shipped rules directory, to break on purpose."""
    return copy_rules(tmp_path)


@pytest.fixture(scope="session", autouse=True)
def _rule_cache(tmp_path_factory: pytest.TempPathFactory) -> None:
    """The rule cache of the run (and of the commands it starts) in a folder of its own, not in the home."""
    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("xdg-cache"))
    os.environ.pop("TIMELINE_CHECK_SERVER", None)  # the check server only where a test asks for it


@pytest.fixture(scope="module")
def catalog() -> ModuleType:
    """``tools/catalog.py`` (needs Babel, of the test extra)."""
    pytest.importorskip("babel")
    spec = importlib.util.spec_from_file_location("catalog", Path(__file__).resolve().parent.parent / "tools" / "catalog.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["catalog"] = module
    spec.loader.exec_module(module)
    return module
