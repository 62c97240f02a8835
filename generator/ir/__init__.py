"""The intermediate representation: frozen dataclasses every target renders from."""

from generator.ir.build import build_service
from generator.ir.model import Member, Operation, Service, Shape

__all__ = ["Member", "Operation", "Service", "Shape", "build_service"]
