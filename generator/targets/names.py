"""The targets' names, in the order outputs are produced: what the config and the
command line accept, known without importing the targets themselves (``registry``
checks that it lists the same)."""

from __future__ import annotations

TARGET_NAMES: tuple[str, ...] = ("client", "cli", "skeleton", "docs")
