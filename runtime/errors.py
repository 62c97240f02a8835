"""Errors raised by generated clients."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


class ServiceError(Exception):
    """An error response from the service.

    Generated services subclass this once per service (the service's base error) and
    once per modelled error shape.
    """

    code: str = ""

    def __init__(
        self,
        message: str,
        *,
        code: str | None = None,
        request_id: str | None = None,
        http_status: int | None = None,
        operation: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code
        self.request_id = request_id
        self.http_status = http_status
        self.operation = operation

    def __str__(self) -> str:
        return (
            f"An error occurred ({self.code}) when calling the {self.operation} "
            f"operation: {self.message}"
        )


class ParamValidationError(ValueError):
    """Input that breaks the model's constraints; raised before any request is sent."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("Parameter validation failed:\n" + "\n".join(problems))
        self.problems = problems


def error_from_client_error(
    exc: Any,
    operation: str,
    errors: Mapping[str, type[ServiceError]],
    base: type[ServiceError],
) -> ServiceError:
    """botocore's ClientError -> the generated error class for its code."""
    response = getattr(exc, "response", {}) or {}
    error = response.get("Error", {}) or {}
    metadata = response.get("ResponseMetadata", {}) or {}
    code = str(error.get("Code", "Unknown"))
    return errors.get(code, base)(
        str(error.get("Message", "")),
        code=code,
        request_id=metadata.get("RequestId"),
        http_status=metadata.get("HTTPStatusCode"),
        operation=operation,
    )


class WaiterError(Exception):
    """A ``wait_*`` method gave up: a failure state matched, an error no acceptor
    expects came back, or ``max_attempts`` polls passed (botocore's WaiterError, whose
    message this keeps: ``Waiter CommandExecuted failed: ...``).

    Generated services subclass this once (``<Service>WaiterError``).
    """

    def __init__(
        self, waiter_name: str, reason: str, last_response: Mapping[str, Any]
    ) -> None:
        super().__init__(f"Waiter {waiter_name} failed: {reason}")
        self.waiter_name = waiter_name
        self.reason = reason
        self.last_response = dict(last_response)  # the last poll's answer, botocore's

    @property
    def error_code(self) -> str | None:
        """The last poll's error code, when it failed with one."""
        error = self.last_response.get("Error") or {}
        code = error.get("Code")
        return None if code is None else str(code)


class UnsupportedOperationError(NotImplementedError):
    """An operation the typed client cannot call: its input or output is an event
    stream (s3 SelectObjectContent, transcribe streaming). Raised before any request;
    ``botocore_client`` calls it untyped."""
