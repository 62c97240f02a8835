"""Placeholder: replaced by the cross-check implementation."""

from __future__ import annotations

from pathlib import Path

from generator.config import Config


def run_crosscheck(config: Config, *, model_path: Path | None, strict: bool,
                   summary: bool) -> int:
    print("crosscheck: not implemented yet")
    return 0
