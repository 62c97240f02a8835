"""Errors Kitchen Sink Service (\"\"\" test) returns. Generated: do not edit."""

from __future__ import annotations

from .._runtime.errors import ServiceError, WaiterError


class KitchenSinkError(ServiceError):
    """Base class of every error this service returns."""


class ValidationFailure(KitchenSinkError):
    """The input failed validation."""

    code = "ValidationFailure"


class ShapeInternalError(KitchenSinkError):
    """Shape whose name starts with two underscores."""

    code = "__internalError"


class KitchenSinkWaiterError(WaiterError):
    """What this service's ``wait_*`` methods raise when a waiter fails or gives up."""


ERRORS: dict[str, type[KitchenSinkError]] = {
    "ValidationFailure": ValidationFailure,
    "__internalError": ShapeInternalError,
}
