"""The intermediate representation: frozen dataclasses every target renders from.

Its modules are imported on first use (``build_service`` brings botocore's model classes
with it), so a run that renders nothing (every service unchanged) pays for none of them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from generator.lazy import lazy_exports

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

__getattr__ = lazy_exports(__name__, _MODULES, globals())
