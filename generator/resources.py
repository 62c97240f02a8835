"""Where the generator's own files are: the templates, the shared runtime and the
published reference pages.

In a checkout they sit beside the ``generator`` package (``templates/``, ``runtime/``,
``reference/``); an installed generator carries them inside it (``generator/templates``,
...: see ``pyproject.toml``). The package's own copy wins.
"""

from __future__ import annotations

from pathlib import Path

from generator.errors import GeneratorError

PACKAGE_DIR = Path(__file__).resolve().parent


def resource_dir(name: str) -> Path:
    for candidate in (PACKAGE_DIR / name, PACKAGE_DIR.parent / name):
        if candidate.is_dir():
            return candidate
    raise GeneratorError(
        f"the generator's {name}/ folder is missing (a broken install?)", file=str(PACKAGE_DIR)
    )


def templates_dir() -> Path:
    return resource_dir("templates")


def runtime_dir() -> Path:
    return resource_dir("runtime")


def reference_dir() -> Path:
    """The published AWS CLI v1 pages the cross-check compares with."""
    return resource_dir("reference") / "aws-cli-v1"
