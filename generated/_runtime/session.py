"""Create botocore clients that speak the model each service package ships."""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

import botocore.session
from botocore.client import BaseClient
from botocore.loaders import Loader

_SHIPPED = frozenset({"service-2", "waiters-2", "paginators-1"})


class ShippedModelLoader(Loader):
    """botocore's Loader, answering service-2, waiters-2 and paginators-1 for one
    service from the files its package ships (beside service-2.json).

    Everything else (endpoint rules, partitions) still comes from the installed botocore.
    """

    def __init__(self, service_name: str, model_path: Path) -> None:
        super().__init__()
        self._shipped_service = service_name
        self._shipped_path = model_path

    def load_service_model(
        self, service_name: str, type_name: str, api_version: str | None = None
    ) -> Any:
        if service_name == self._shipped_service and type_name in _SHIPPED:
            return shipped_json(self._shipped_path.with_name(f"{type_name}.json"))
        return super().load_service_model(service_name, type_name, api_version)


@functools.lru_cache(maxsize=4)
def shipped_json(path: Path) -> Any:
    """A file the package ships, parsed once per process: the CLI reads the model's
    shapes before it builds the client that loads the same model (a large model's
    parse is most of a call's time)."""
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


def make_client(
    service_name: str,
    api_version: str,
    model_path: Path,
    *,
    region_name: str | None = None,
    endpoint_url: str | None = None,
    profile_name: str | None = None,
    verify: bool | str | None = None,
) -> BaseClient:
    session = botocore.session.Session(profile=profile_name)
    session.register_component(
        "data_loader", ShippedModelLoader(service_name, model_path)
    )
    client: BaseClient = session.create_client(
        service_name,
        region_name=region_name,
        endpoint_url=endpoint_url,
        api_version=api_version,
        verify=verify,
    )
    return client
