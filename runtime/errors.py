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
