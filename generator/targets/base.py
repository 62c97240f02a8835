"""What a target is: a name, the helpers its templates may call, the runtime it needs."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any


@dataclass(frozen=True)
class Target:
    """One kind of output.

    Its templates live in ``templates/<name>/`` and see only ``helpers`` (plus the
    escaping filters every template has). ``parts`` names template folders its output
    shares with other targets (``model``: the service-2.json a client and a CLI both
    load), rendered once however many selected targets name them. ``runtime`` names the
    modules of the shared runtime its output imports; the modules those import are
    copied too.
    """

    name: str
    helpers: Mapping[str, Callable[..., Any]] = field(default_factory=lambda: MappingProxyType({}))
    parts: tuple[str, ...] = ()
    runtime: tuple[str, ...] = ()
