from __future__ import annotations

import atexit
import os
import shutil
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURE_MODELS = ROOT / "tests" / "fixtures" / "models"
KITCHENSINK = FIXTURE_MODELS / "kitchensink" / "2020-01-01" / "service-2.json"


@pytest.fixture
def root() -> Path:
    return ROOT


# black's cache goes to a folder of this test run's own, never the user's ~/.cache (set
# before any test, so subprocesses the tests start inherit it too).
_CACHE_HOME = Path(tempfile.mkdtemp(prefix="generator-test-cache-"))
atexit.register(shutil.rmtree, _CACHE_HOME, True)
os.environ["XDG_CACHE_HOME"] = str(_CACHE_HOME)


# In-process generate runs use one process: the test workers already use every core,
# and a nested pool per run only adds start-ups (tests that exercise the pool pass
# ``jobs``).
@pytest.fixture(autouse=True)
def _one_generate_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("generator.pipeline.default_jobs", lambda: 1)


# The kitchensink goldens as an importable package (``import kitchensink.kitchensink``),
# with the runtime beside them, for tests that run the generated client and CLI.
_TREES = Path(tempfile.mkdtemp(prefix="generator-test-trees-"))
atexit.register(shutil.rmtree, _TREES, True)


def _assemble_kitchensink() -> None:
    from tests.trees import KITCHENSINK_GOLDENS, assemble

    assemble(KITCHENSINK_GOLDENS, _TREES / "kitchensink")
    sys.path.insert(0, str(_TREES))


_assemble_kitchensink()
KITCHENSINK_TREE = _TREES / "kitchensink"
