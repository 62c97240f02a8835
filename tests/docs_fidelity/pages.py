"""Both sides of the comparison for one service: the generated page of each command and
the page awscli 1.45.11 renders for it (``OperationHelpCommand`` with the html target,
as awscli's ``doc/source/htmlgen`` runs it)."""

from __future__ import annotations

from functools import cache
from typing import Any

import jinja2

from generator.argtable import cli_operations
from generator.ir import Service, build_service
from generator.loader import load_service
from generator.render import environment
from generator.targets.registry import PARTS
from tests.awscli_tables import awscli_commands, cli_names, driver

TEMPLATE = "%service/docs/%operation.rst.j2"


@cache
def _environment() -> jinja2.Environment:
    return environment(PARTS["pages"])


def our_page(service: Service, cli_name: str) -> str:
    operation = next(op for op in service.operations if op.cli_name == cli_name)
    return _environment().get_template(TEMPLATE).render(service=service, operation=operation)


class _Capture:
    out = b""

    def render(self, contents: bytes) -> None:
        self.out = contents


def awscli_page(command: Any) -> str:
    help_command = command.create_help_command()
    help_command.renderer = _Capture()
    help_command.doc.target = "html"
    help_command(None, None)
    return str(help_command.renderer.out.decode("utf-8"))


GENERIC_EVENT = "building-argument-table.no-such-service.no-such-command"


def _handlers(event: str) -> set[int]:
    emitter = driver().session.get_component("event_emitter")
    inner = getattr(emitter, "_emitter", emitter)
    return {id(h) for h in inner._handlers.prefix_search(emitter._alias_event_name(event))}


def customised(service_name: str, cli_name: str) -> bool:
    """Whether awscli registers a ``building-argument-table`` handler of its own for the
    command (renamed, added, removed or re-typed options), as ``tests/oracle.py`` asks."""
    event = f"building-argument-table.{cli_names()[service_name]}.{cli_name}"
    return bool(_handlers(event) - _handlers(GENERIC_EVENT))


def exposed(service_name: str) -> bool:
    return service_name in cli_names()


def commands(
    service_name: str, operations: tuple[str, ...] | str = "*"
) -> tuple[Service, list[tuple[str, Any]]]:
    """The service's IR and, per command we write a page for, awscli's command object
    (None where awscli has no operation command of that name)."""
    service = build_service(load_service(service_name), operations)
    table = awscli_commands(service_name)
    found = []
    for operation in cli_operations(service):
        command = table.get(operation.cli_name)
        found.append((operation.cli_name, command))
    return service, found
