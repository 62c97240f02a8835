"""Errors Amazon Simple Systems Manager (SSM) returns. Generated: do not edit."""

from __future__ import annotations

from .._runtime.errors import ServiceError, WaiterError


class SSMError(ServiceError):
    """Base class of every error this service returns."""


class DoesNotExistException(SSMError):
    """Error returned when the ID specified for a resource, such as a maintenance window
    or patch baseline, doesn't exist.

    For information about resource quotas in Amazon Web Services Systems Manager, see
    Systems Manager service quotas
    (https://docs.aws.amazon.com/general/latest/gr/ssm.html#limits_ssm) in the Amazon
    Web Services General Reference."""

    code = "DoesNotExistException"


class InternalServerError(SSMError):
    """An error occurred on the server side."""

    code = "InternalServerError"


class SSMWaiterError(WaiterError):
    """What this service's ``wait_*`` methods raise when a waiter fails or gives up."""


ERRORS: dict[str, type[SSMError]] = {
    "DoesNotExistException": DoesNotExistException,
    "InternalServerError": InternalServerError,
}
