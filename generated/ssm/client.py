"""Typed client for Amazon Simple Systems Manager (SSM). Generated: do not edit."""

from __future__ import annotations

import datetime as _dt
import typing as _t
from pathlib import Path

from botocore.client import BaseClient
from botocore.exceptions import ClientError

from .._runtime.errors import error_from_client_error
from .._runtime.session import make_client
from .._runtime.validation import validate
from .._runtime.wire import from_wire, to_wire_params
from . import errors as _errors
from . import shapes as _shapes

SERVICE_NAME = "ssm"
API_VERSION = "2014-11-06"
MODEL_PATH = Path(__file__).with_name("service-2.json")


class SSMClient:
    """Amazon Web Services Systems Manager is the operations hub for your Amazon Web Services applications and resources and a secure end-to-end management solution for hybrid cloud environments that enables safe and secure operations at scale.

    This reference is intended to be used with the Amazon Web Services Systems Manager User Guide (https://docs.aws.amazon.com/systems-manager/latest/userguide/). To get started, see Setting up Amazon Web Services Systems Manager (https://docs.aws.amazon.com/systems-manager/latest/userguide/systems-manager-setting-up-console.html).

    Related resources

    - For information about each of the tools that comprise Systems Manager, see Using Systems Manager tools (https://docs.aws.amazon.com/systems-manager/latest/userguide/systems-manager-tools.html) in the Amazon Web Services Systems Manager User Guide.
    - For details about predefined runbooks for Automation, a tool in Amazon Web Services Systems Manager, see the Systems Manager Automation Runbook Reference (https://docs.aws.amazon.com/systems-manager-automation-runbooks/latest/userguide/automation-runbook-reference.html) .
    - For information about AppConfig, a tool in Systems Manager, see the AppConfig User Guide (https://docs.aws.amazon.com/appconfig/latest/userguide/) and the AppConfig API Reference (https://docs.aws.amazon.com/appconfig/2019-10-09/APIReference/) .
    - For information about Incident Manager, a tool in Systems Manager, see the Systems Manager Incident Manager User Guide (https://docs.aws.amazon.com/incident-manager/latest/userguide/) and the Systems Manager Incident Manager API Reference (https://docs.aws.amazon.com/incident-manager/latest/APIReference/) .
    """

    def __init__(
        self,
        client: BaseClient | None = None,
        *,
        region_name: str | None = None,
        endpoint_url: str | None = None,
        profile_name: str | None = None,
    ) -> None:
        if client is None:
            client = make_client(
                SERVICE_NAME,
                API_VERSION,
                MODEL_PATH,
                region_name=region_name,
                endpoint_url=endpoint_url,
                profile_name=profile_name,
            )
        self._client = client

    @property
    def botocore_client(self) -> BaseClient:
        """The botocore client requests go through."""
        return self._client

    def _call(self, method: str, operation: str, params: dict[str, _t.Any]) -> _t.Any:
        """Validate, send through botocore, map errors, decode into generated classes."""
        model = self._client.meta.service_model.operation_model(operation)
        validate(model.input_shape, params)
        try:
            response: dict[str, _t.Any] = getattr(self._client, method)(**params)
        except ClientError as exc:
            raise error_from_client_error(
                exc, operation, _errors.ERRORS, _errors.SSMError
            ) from exc
        response.pop("ResponseMetadata", None)
        return from_wire(model.output_shape, _shapes.CLASSES, response)

    def resume_session(
        self,
        *,
        session_id: str,
    ) -> _shapes.ResumeSessionResponse:
        """Reconnects a session to a managed node after it has been disconnected. Connections can be resumed for disconnected sessions, but not terminated sessions.

        This command is primarily for use by client machines to automatically reconnect during intermittent network issues. It isn't intended for any other use.

        Args:
            session_id: The ID of the disconnected session to resume.

        Returns:
            ResumeSessionResponse

        Raises:
            DoesNotExistException
            InternalServerError
            ParamValidationError: the input breaks the model's constraints."""
        params = to_wire_params(
            {
                "SessionId": session_id,
            }
        )
        return _t.cast(
            "_shapes.ResumeSessionResponse",
            self._call("resume_session", "ResumeSession", params),
        )
