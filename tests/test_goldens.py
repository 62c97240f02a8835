"""Every generated file equals its committed golden, byte for byte; a missing golden fails."""

from __future__ import annotations

import os

import pytest

from generator import writer
from tests.golden_cases import CASES, GoldenCase, render_case


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_output_matches_goldens(case: GoldenCase) -> None:
    files = render_case(case)
    if os.environ.get("UPDATE_GOLDENS") and case.name != "ssm-resume-session":
        writer.write(case.golden_dir, files)
    assert case.golden_dir.is_dir(), f"no goldens at {case.golden_dir}: run `make goldens`"
    on_disk = {
        path.relative_to(case.golden_dir).as_posix()
        for path in case.golden_dir.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }
    expected = set(files) | {writer.MANIFEST}
    assert sorted(expected - on_disk) == [], "generated files without a golden"
    assert sorted(on_disk - expected) == [], "goldens the generator no longer produces"
    for rel, content in sorted(files.items()):
        golden = (case.golden_dir / rel).read_bytes()
        assert golden == content, f"{case.name}: {rel} differs from its golden"
