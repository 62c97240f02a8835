"""Names a package exports from its modules, imported on first use (PEP 562), so that
importing the package costs nothing until one of them is needed."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from importlib import import_module
from typing import Any


def lazy_exports(
    package: str, modules: Mapping[str, str], namespace: dict[str, Any]
) -> Callable[[str], Any]:
    """A module ``__getattr__``: ``modules`` maps each exported name to the module that
    defines it; the first use imports it and keeps it in ``namespace``."""

    def __getattr__(name: str) -> Any:
        if name not in modules:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(import_module(modules[name]), name)
        namespace[name] = value
        return value

    return __getattr__
