"""What a site page knows of each service (``render.render_site``)."""

from __future__ import annotations

from dataclasses import dataclass

from generator.ir.model import Service


@dataclass(frozen=True, order=True)
class SiteService:
    """Enough of a service to link to its pages. Small, so the workers that render
    services in parallel hand it back to the main process instead of the whole IR."""

    package: str  # the service's folder in the output: ssm
    cli_name: str  # the CLI service command: ssm (s3api for s3)
    full_name: str  # Amazon Simple Systems Manager (SSM)

    @classmethod
    def of(cls, service: Service) -> SiteService:
        return cls(service.package, service.cli_name, service.full_name)
