"""awscli's own argument tables and pages, as the oracle for ``generator.argtable``.

``awscli_arguments`` reads the table awscli 1.45.11 builds for ``aws <service> <command>``
(clidriver plus every ``building-argument-table`` handler); ``our_arguments`` flattens the
generator's table the same way (a boolean is two entries, ``--x`` and ``--no-x``, as in
awscli's table). Each entry: (name, required, documented, documented type, positional).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from generator.argtable import argument_table
from generator.ir.model import Operation, Service

Entry = tuple[str, bool, bool, str]


@cache
def driver() -> Any:
    from awscli.clidriver import create_clidriver

    return create_clidriver()


@cache
def cli_names() -> dict[str, str]:
    """botocore service name -> awscli's command for it (s3 -> s3api, ...)."""
    found: dict[str, str] = {}
    for name, command in driver()._get_command_table().items():
        service = getattr(command, "_service_name", None)
        if isinstance(service, str) and service not in found:
            found[service] = name
    return found


def awscli_commands(service: str) -> Any:
    """awscli's command table for a service (botocore name): its commands by name."""
    return driver()._get_command_table()[cli_names()[service]]._get_command_table()


def awscli_command(service: str, command: str) -> Any:
    return awscli_commands(service)[command]


def awscli_arguments(service: str, command: str) -> list[Entry]:
    from awscli.clidocs import CLIDocumentEventHandler

    entries = []
    for name, arg in awscli_command(service, command).arg_table.items():
        type_name = arg.cli_type_name
        if getattr(arg, "argument_model", None) is not None:
            type_name = CLIDocumentEventHandler._get_argument_type_name(
                None, arg.argument_model, arg.cli_type_name
            )
        entries.append(
            (name, bool(arg.required), not getattr(arg, "_UNDOCUMENTED", False), type_name)
        )
    return entries


def our_arguments(service: Service, operation: Operation) -> list[Entry]:
    entries = []
    for arg in argument_table(service, operation):
        if arg.role == "cli-input-yaml":
            continue  # the generated CLI's extension (AWS CLI v2's option)
        entries.append((arg.name, arg.parser_required, arg.documented, arg.type_name))
        if arg.paired:  # awscli's negative half is never required
            entries.append((arg.negative, False, arg.documented, arg.type_name))
    return entries


class _Capture:
    out = b""

    def render(self, contents: bytes) -> None:
        self.out = contents


def awscli_page(service: str, command: str) -> str:
    """The RST page awscli renders for ``aws <service> <command> help``."""
    help_command = awscli_command(service, command).create_help_command()
    help_command.renderer = _Capture()
    help_command.doc.target = "html"
    help_command(None, None)
    return str(help_command.renderer.out.decode("utf-8"))
