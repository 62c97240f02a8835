"""What every generated client shares: construction and the call path.

A generated client subclasses ``ServiceClient``, names its service, model and generated
classes, and adds one typed method per operation that calls ``_call``.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any, ClassVar

from botocore import xform_name
from botocore.client import BaseClient
from botocore.exceptions import ClientError
from botocore.exceptions import WaiterError as BotocoreWaiterError
from botocore.handlers import generate_idempotent_uuid

from .errors import (
    ServiceError,
    UnsupportedOperationError,
    WaiterError,
    error_from_client_error,
)
from .paging import Paged
from .session import make_client
from .validation import validate
from .wire import from_wire


class ServiceClient:
    """A typed client over a botocore client speaking the model its package ships."""

    SERVICE_NAME: ClassVar[str]
    API_VERSION: ClassVar[str]
    MODEL_PATH: ClassVar[Path]  # the service-2.json the package ships
    ERRORS: ClassVar[Mapping[str, type[ServiceError]]]  # error code -> generated class
    ERROR_BASE: ClassVar[type[ServiceError]]  # the service's base error class
    WAITER_ERROR: ClassVar[type[WaiterError]]  # what the service's wait_* methods raise
    CLASSES: ClassVar[
        Mapping[str, type[Any]]
    ]  # structure shape name -> generated class

    def __init__(
        self,
        client: BaseClient | None = None,
        *,
        region_name: str | None = None,
        endpoint_url: str | None = None,
        profile_name: str | None = None,
        strict_validation: bool = False,
    ) -> None:
        """``strict_validation``: also refuse, before sending, values over the model's
        maximums, outside its enums or not matching its patterns (botocore, and so boto3,
        leaves those to the service, whose model may be newer than this one)."""
        if client is None:
            client = make_client(
                self.SERVICE_NAME,
                self.API_VERSION,
                self.MODEL_PATH,
                region_name=region_name,
                endpoint_url=endpoint_url,
                profile_name=profile_name,
            )
        self._client = client
        self._strict = strict_validation

    @property
    def botocore_client(self) -> BaseClient:
        """The botocore client requests go through."""
        return self._client

    def _prepare(self, operation: str, params: dict[str, Any]) -> Any:
        """The operation's model, after checking ``params`` as botocore would."""
        model = self._client.meta.service_model.operation_model(operation)
        if model.has_event_stream_input or model.has_event_stream_output:
            raise UnsupportedOperationError(
                f"{operation}: event streams are not supported by the typed client; "
                f"call botocore_client.{xform_name(operation)}(...) instead"
            )
        # botocore fills a missing idempotency token (its before-parameter-build
        # handler) before it validates; so must these checks.
        generate_idempotent_uuid(params=params, model=model)
        validate(model.input_shape, params, strict=self._strict)
        return model

    def _error(self, exc: ClientError, operation: str) -> ServiceError:
        return error_from_client_error(exc, operation, self.ERRORS, self.ERROR_BASE)

    def _call(self, method: str, operation: str, params: dict[str, Any]) -> Any:
        """Validate, send through botocore, map errors, decode into generated classes."""
        model = self._prepare(operation, params)
        try:
            response: dict[str, Any] = getattr(self._client, method)(**params)
        except ClientError as exc:
            raise self._error(exc, operation) from exc
        response.pop("ResponseMetadata", None)
        return from_wire(model.output_shape, self.CLASSES, response)

    def _paginate(
        self,
        method: str,
        operation: str,
        params: dict[str, Any],
        paging: Mapping[str, Any],
        items: str | None = None,
    ) -> Paged[Any]:
        """Pages through botocore's paginator (``client.get_paginator``, configured by
        the paginators-1.json the package ships), each decoded as ``_call`` decodes a
        response; with ``items``, that attribute's elements of each page instead.
        ``paging``: botocore's PaginationConfig (MaxItems, PageSize, StartingToken)."""
        model = self._prepare(operation, params)
        config = {key: value for key, value in paging.items() if value is not None}
        pages = self._client.get_paginator(method).paginate(
            **params, PaginationConfig=config
        )

        def decode(page: dict[str, Any]) -> list[Any]:
            result = from_wire(model.output_shape, self.CLASSES, page)
            if items is None:
                return [result]
            return list(getattr(result, items) or ())

        return Paged(pages, decode, lambda exc: self._error(exc, operation))

    def _wait(
        self,
        waiter: str,
        operation: str,
        params: dict[str, Any],
        delay: float | None,
        max_attempts: int | None,
    ) -> None:
        """Poll ``waiter`` (its waiters-2.json name) through botocore's waiter (``client.get_waiter``, from the package's
        waiters-2.json) until it succeeds; its failure raises ``WAITER_ERROR``."""
        self._prepare(operation, params)
        config: dict[str, Any] = {}
        if delay is not None:
            config["Delay"] = delay
        if max_attempts is not None:
            config["MaxAttempts"] = max_attempts
        try:
            self._client.get_waiter(xform_name(waiter)).wait(
                **params, WaiterConfig=config
            )
        except BotocoreWaiterError as exc:
            raise self.WAITER_ERROR(
                waiter, str(exc.kwargs.get("reason", "")), exc.last_response or {}
            ) from exc
