from __future__ import annotations

import atexit
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
