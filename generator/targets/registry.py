"""Every target the generator has, in the order outputs are produced."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from generator.targets import cli, client, docs, skeleton
from generator.targets.base import Target

TARGETS: Mapping[str, Target] = MappingProxyType(
    {target.name: target for target in (client.TARGET, cli.TARGET, skeleton.TARGET, docs.TARGET)}
)
TARGET_NAMES: tuple[str, ...] = tuple(TARGETS)
