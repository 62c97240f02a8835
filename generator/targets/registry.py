"""Every target the generator has, in the order outputs are produced."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import MappingProxyType

from generator.targets import cli, client, docs, skeleton
from generator.targets.base import Target
from generator.targets.docs.page import docs_page, service_page
from generator.targets.docs.site import api_page, wait_page
from generator.targets.names import TARGET_NAMES

__all__ = ["JOINT_PARTS", "PARTS", "TARGETS", "TARGET_NAMES", "template_folders"]

TARGETS: Mapping[str, Target] = MappingProxyType(
    {target.name: target for target in (client.TARGET, cli.TARGET, skeleton.TARGET, docs.TARGET)}
)
if tuple(TARGETS) != TARGET_NAMES:  # the config reads the names without the targets
    raise AssertionError(f"targets.names lists {TARGET_NAMES}, the registry {tuple(TARGETS)}")

# Template folders that several targets share (``Target.parts``); not selectable alone.
PARTS: Mapping[str, Target] = MappingProxyType(
    {
        "model": Target(name="model"),
        "pages": Target(
            name="pages",
            helpers=MappingProxyType(
                {"docs_page": docs_page, "service_page": service_page, "wait_page": wait_page}
            ),
        ),
        # The client's API reference page in the docs site (Sphinx autodoc over it).
        "apidocs": Target(name="apidocs", helpers=MappingProxyType({"api_page": api_page})),
    }
)
# Parts rendered only when every target named is selected: a page documenting the
# client belongs to the docs and needs the client beside it.
JOINT_PARTS: Mapping[str, frozenset[str]] = MappingProxyType(
    {"apidocs": frozenset({"client", "docs"})}
)


def template_folders(targets: Iterable[str]) -> list[Target]:
    """The template folders the selected targets render, each once, in target order."""
    folders: dict[str, Target] = {}
    targets = list(targets)
    for name in targets:
        target = TARGETS[name]
        folders.setdefault(name, target)
        for part in target.parts:
            folders.setdefault(part, PARTS[part])
    for part, owners in JOINT_PARTS.items():
        if owners <= set(targets):
            folders.setdefault(part, PARTS[part])
    return list(folders.values())
