"""Typed client for Amazon Simple Systems Manager (SSM). Generated: do not edit."""

from __future__ import annotations

import typing as _t
from pathlib import Path

from .._runtime.client import ServiceClient
from .._runtime.wire import to_wire_params
from . import errors as _errors
from . import shapes as _shapes


class SSMClient(ServiceClient):
    """Amazon Web Services Systems Manager is the operations hub for your Amazon Web
    Services applications and resources and a secure end-to-end management solution for
    hybrid cloud environments that enables safe and secure operations at scale.

    This reference is intended to be used with the Amazon Web Services Systems Manager
    User Guide (https://docs.aws.amazon.com/systems-manager/latest/userguide/). To get
    started, see Setting up Amazon Web Services Systems Manager
    (https://docs.aws.amazon.com/systems-manager/latest/userguide/systems-manager-setting-up-console.html).

    Related resources

    - For information about each of the tools that comprise Systems Manager, see Using
      Systems Manager tools
      (https://docs.aws.amazon.com/systems-manager/latest/userguide/systems-manager-tools.html)
      in the Amazon Web Services Systems Manager User Guide.
    - For details about predefined runbooks for Automation, a tool in Amazon Web
      Services Systems Manager, see the Systems Manager Automation Runbook Reference
      (https://docs.aws.amazon.com/systems-manager-automation-runbooks/latest/userguide/automation-runbook-reference.html)
      .
    - For information about AppConfig, a tool in Systems Manager, see the AppConfig User
      Guide (https://docs.aws.amazon.com/appconfig/latest/userguide/) and the AppConfig
      API Reference (https://docs.aws.amazon.com/appconfig/2019-10-09/APIReference/) .
    - For information about Incident Manager, a tool in Systems Manager, see the Systems
      Manager Incident Manager User Guide
      (https://docs.aws.amazon.com/incident-manager/latest/userguide/) and the Systems
      Manager Incident Manager API Reference
      (https://docs.aws.amazon.com/incident-manager/latest/APIReference/) ."""

    SERVICE_NAME = "ssm"
    API_VERSION = "2014-11-06"
    MODEL_PATH = Path(__file__).with_name("service-2.json")
    ERRORS = _errors.ERRORS
    ERROR_BASE = _errors.SSMError
    WAITER_ERROR = _errors.SSMWaiterError
    CLASSES = _shapes.CLASSES

    def resume_session(
        self,
        *,
        session_id: str,
    ) -> _shapes.ResumeSessionResponse:
        """Reconnects a session to a managed node after it has been disconnected.
        Connections can be resumed for disconnected sessions, but not terminated
        sessions.

        This command is primarily for use by client machines to automatically reconnect
        during intermittent network issues. It isn't intended for any other use.

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
