"""Same model, same bytes: across hash seeds, locales, time zones and working directories."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import KITCHENSINK, ROOT
from tests.test_writer import tree_digest

VARIANTS = [
    {"PYTHONHASHSEED": "0", "LC_ALL": "C", "TZ": "UTC"},
    {"PYTHONHASHSEED": "12345", "LC_ALL": "C.UTF-8", "TZ": "Asia/Kolkata"},
]


def generate(out: Path, cwd: Path, env_extra: dict[str, str], model: Path | None) -> None:
    env = {**os.environ, **env_extra, "PYTHONPATH": str(ROOT)}
    command = [
        sys.executable,
        "-m",
        "generator",
        "--config",
        str(ROOT / "generator.yaml"),
        "generate",
        "--out",
        str(out),
    ]
    if model is not None:
        command += ["--model", str(model)]
    subprocess.run(command, cwd=cwd, env=env, check=True, capture_output=True)


@pytest.mark.parametrize("model", [None, KITCHENSINK], ids=["ssm", "kitchensink"])
def test_output_is_byte_identical_across_environments(tmp_path: Path, model: Path | None) -> None:
    digests = []
    for index, variant in enumerate(VARIANTS):
        cwd = tmp_path / f"cwd{index}"
        cwd.mkdir()
        out = tmp_path / f"out{index}"
        generate(out, cwd if index else ROOT, variant, model)
        digests.append(tree_digest(out))
    assert digests[0] == digests[1]
    # No absolute paths of this machine leak into the output.
    for path in (tmp_path / "out0").rglob("*"):
        if path.is_file():
            text = path.read_bytes()
            assert str(ROOT).encode() not in text and str(tmp_path).encode() not in text
