"""The intermediate representation: frozen dataclasses every target renders from.

Its modules are imported on first use (``build_service`` brings botocore's model classes
with it), so a run that renders nothing (every service unchanged) pays for none of them."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from generator.ir.build import build_service
    from generator.ir.model import Member, Operation, Service, Shape

__all__ = ["Member", "Operation", "Service", "Shape", "build_service"]
_MODULES = {
    "build_service": "generator.ir.build",
    "Member": "generator.ir.model",
    "Operation": "generator.ir.model",
    "Service": "generator.ir.model",
    "Shape": "generator.ir.model",
}


def __getattr__(name: str) -> Any:
    if name not in _MODULES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(_MODULES[name]), name)
    globals()[name] = value
    return value
