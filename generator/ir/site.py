"""What the once-per-run files (the site pages, the distribution's root files) know of
each service."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from generator.ir.model import Service


@dataclass(frozen=True, order=True)
class ServiceSummary:
    """Enough of a service to link to its pages and to name it in the distribution.
    Small, so the workers that render services in parallel hand it back to the main
    process instead of the whole IR."""

    package: str  # the service's folder in the output: ssm
    cli_name: str  # the CLI service command: ssm (s3api for s3)
    full_name: str  # Amazon Simple Systems Manager (SSM)
    name: str  # the loader's checked service name
    api_version: str  # model text
    client_class: str

    @classmethod
    def of(cls, service: Service) -> ServiceSummary:
        return cls(
            service.package,
            service.cli_name,
            service.full_name,
            service.name,
            service.api_version,
            service.client_class,
        )
