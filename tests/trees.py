"""Whole importable output trees for tests: a committed golden tree plus the runtime,
copied from its source as the generator copies it (the goldens hold no runtime).

``python -m tests.trees DEST`` assembles the kitchensink tree into ``DEST/kitchensink``
(``make typecheck`` type-checks it there).
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from generator.config import TARGETS
from generator.pipeline import shared_files
from tests.conftest import ROOT

KITCHENSINK_GOLDENS = ROOT / "tests" / "goldens" / "kitchensink"


def assemble(golden_dir: Path, dest: Path) -> Path:
    """``dest`` becomes ``golden_dir``'s files plus the runtime every target needs."""
    if dest.exists():
        shutil.rmtree(dest)
    shutil.copytree(golden_dir, dest, ignore=shutil.ignore_patterns("__pycache__", ".*"))
    for rel, content in shared_files(TARGETS).items():
        path = dest / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
    return dest


if __name__ == "__main__":
    assemble(KITCHENSINK_GOLDENS, Path(sys.argv[1]) / "kitchensink")
