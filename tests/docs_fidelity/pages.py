"""Both sides of the comparison for one service: the generated page of each command and
the page awscli 1.45.11 renders for it (``OperationHelpCommand`` with the html target,
as awscli's ``doc/source/htmlgen`` runs it)."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import jinja2

from generator.argtable import argument_table, cli_operations
from generator.examples import load_examples
from generator.ir import Service, build_service
from generator.loader import load_service
from generator.render import environment
from generator.targets.docs.layout import LEGACY, PageLayout
from generator.targets.registry import PARTS
from tests.awscli_tables import awscli_commands, cli_names, driver

TEMPLATE = "%service/docs/%operation.rst.j2"


@cache
def _environment() -> jinja2.Environment:
    return environment(PARTS["pages"])


def our_page(service: Service, cli_name: str, layout: PageLayout = LEGACY) -> str:
    operation = next(op for op in service.operations if op.cli_name == cli_name)
    return (
        _environment()
        .get_template(TEMPLATE)
        .render(service=service, operation=operation, layout=layout)
    )


def awscli_examples() -> Path:
    """The example files awscli 1.45.11 ships (read as data by the generator)."""
    import awscli

    return Path(awscli.__file__).parent / "examples"


def layout_of(service: Service, name: str) -> PageLayout:
    """Our pages' layout for the comparison: the current one with awscli's examples."""
    if name == "legacy":
        return LEGACY
    return PageLayout("current", load_examples(awscli_examples(), service.cli_name, service.name))


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


# awscli's arguments of its own classes that every operation (or every paginated one) has.
_GENERIC_ARGUMENTS = frozenset(
    {"CliInputJSONArgument", "GenerateCliSkeletonArgument", "PageArgument"}
)
# The classes awscli builds a model member's argument with.
_MEMBER_ARGUMENTS = frozenset({"CLIArgument", "ListArgument", "BooleanArgument"})
GENERIC_EVENT = "building-argument-table.no-such-service.no-such-command"


def _handlers(event: str) -> set[int]:
    emitter = driver().session.get_component("event_emitter")
    inner = getattr(emitter, "_emitter", emitter)
    return {id(h) for h in inner._handlers.prefix_search(emitter._alias_event_name(event))}


def customised(service_name: str, service: Service, cli_name: str) -> frozenset[str]:
    """The options awscli customises in the command: arguments of awscli's own classes
    (not a model member's, nor the generic ones every command has), options with a
    ``doc-option`` handler of their own and, where awscli
    registers a ``building-argument-table`` handler of its own for the command (as
    ``tests/oracle.py`` counts them), options only one table has or whose required or
    documented flag differs."""
    theirs = awscli_commands(service_name)[cli_name].arg_table
    names = {
        name
        for name, arg in theirs.items()
        if type(arg).__name__ not in _MEMBER_ARGUMENTS | _GENERIC_ARGUMENTS
    }
    # An option awscli documents with a handler of its own (route53 create-hosted-zone's
    # --hosted-zone-config gets a note about PrivateZone).
    generic_doc = _handlers(f"doc-option.{cli_names()[service_name]}.no-such-command.x")
    doc_option = f"doc-option.{cli_names()[service_name]}.{cli_name}"
    names |= {name for name in theirs if _handlers(f"{doc_option}.{name}") - generic_doc}
    event = f"building-argument-table.{cli_names()[service_name]}.{cli_name}"
    if not _handlers(event) - _handlers(GENERIC_EVENT):
        return frozenset(names)
    operation = next(op for op in service.operations if op.cli_name == cli_name)
    ours = {}
    for arg in argument_table(service, operation):
        ours[arg.name] = arg
        if arg.paired:
            ours[arg.negative] = arg
    names |= {name for name in theirs if name not in ours}
    names |= {name for name, arg in ours.items() if name not in theirs and arg.documented}
    for name, arg in theirs.items():
        if name in ours and (
            bool(arg.required) != ours[name].required
            or getattr(arg, "_UNDOCUMENTED", False) == ours[name].documented
        ):
            names.add(name)
    return frozenset(names)


def output_customised(service_name: str, cli_name: str) -> bool:
    """Whether awscli registers a ``doc-output`` handler for the command or its service
    beyond the ones every command has (ssm start-session's plugin hand-off, s3api
    select-object-content's event stream, s3api's ExpiresString note)."""
    cli = cli_names()[service_name]
    generic = _handlers("doc-output.no-such-service.no-such-command")
    return bool(_handlers(f"doc-output.{cli}.{cli_name}") - generic)


def description_customised(service_name: str, cli_name: str) -> bool:
    """Whether awscli registers a ``doc-description`` handler for the command or its
    service beyond the ones every command has (ec2's security-group notes, iot-data's
    endpoint note)."""
    cli = cli_names()[service_name]
    generic = _handlers("doc-description.no-such-service.no-such-command")
    return bool(_handlers(f"doc-description.{cli}.{cli_name}") - generic)


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
