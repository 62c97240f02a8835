from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURE_MODELS = ROOT / "tests" / "fixtures" / "models"
KITCHENSINK = FIXTURE_MODELS / "kitchensink" / "2020-01-01" / "service-2.json"


@pytest.fixture
def root() -> Path:
    return ROOT
