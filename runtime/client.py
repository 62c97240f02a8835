"""What every generated client shares: construction and the call path.

A generated client subclasses ``ServiceClient``, names its service, model and generated
classes, and adds one typed method per operation that calls ``_call``.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any, ClassVar

from botocore.client import BaseClient
from botocore.exceptions import ClientError
from botocore.handlers import generate_idempotent_uuid

from .errors import ServiceError, error_from_client_error
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

    def _call(self, method: str, operation: str, params: dict[str, Any]) -> Any:
        """Validate, send through botocore, map errors, decode into generated classes."""
        model = self._client.meta.service_model.operation_model(operation)
        # botocore fills a missing idempotency token (its before-parameter-build
        # handler) before it validates; so must these checks.
        generate_idempotent_uuid(params=params, model=model)
        validate(model.input_shape, params, strict=self._strict)
        try:
            response: dict[str, Any] = getattr(self._client, method)(**params)
        except ClientError as exc:
            raise error_from_client_error(
                exc, operation, self.ERRORS, self.ERROR_BASE
            ) from exc
        response.pop("ResponseMetadata", None)
        return from_wire(model.output_shape, self.CLASSES, response)
