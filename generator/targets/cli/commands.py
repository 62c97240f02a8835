"""The CLI target's data: each operation's command and argument table as JSON
(``commands.json``), which the shared runtime reads.

The table is ``generator.argtable``'s, written out as it is: the runtime builds its
parser from it and derives no option, required flag or paging rule itself. Values are
unpacked against the shipped model's shapes at run time, as awscli does.
"""

from __future__ import annotations

import json
from typing import Any

from generator.argtable import (
    Argument,
    argument_table,
    cli_operations,
    default_page_size,
    exclusive_groups,
    invoker,
    parameter_defaults,
    value_maps,
)
from generator.ir.model import Operation, Service
from generator.targets.skeleton.skeleton import skeleton_json
from generator.targets.walk import about


def _argument(argument: Argument) -> dict[str, Any]:
    data: dict[str, Any] = {"name": argument.name, "role": argument.role, "kind": argument.kind}
    if argument.member is not None:
        data["member"] = argument.member.name
    if argument.parser_required:
        data["required"] = True
    if not argument.documented:
        data["documented"] = False
    if argument.paging_key is not None:
        data["paging_key"] = argument.paging_key
    if argument.shadows is not None:
        data["shadows"] = _argument(argument.shadows)
    if argument.response_key is not None:
        data["response_key"] = argument.response_key
    if argument.renamed_negative is not None:
        data["negative"] = argument.renamed_negative
    if argument.alias_of is not None:
        data["alias_of"] = argument.alias_of
    if argument.bare_flag:
        data["bare_flag"] = True
    if argument.builder is not None:
        data["builder"] = argument.builder
    if argument.nested is not None:
        data["nested"] = argument.nested
    if argument.query is not None:
        data["query"] = argument.query
    if argument.old_list_form:
        data["old_list_form"] = True
    if argument.target is not None:
        data["target"] = argument.target
    if argument.values:
        data["values"] = list(argument.values)
    if argument.nargs:
        data["nargs"] = True
    if argument.flag:
        data["flag"] = True
    if argument.withheld is not None:
        data["withheld"] = list(argument.withheld)
    return data


def command(service: Service, operation: Operation) -> dict[str, Any]:
    with about(operation.name):
        return _command(service, operation)


def _command(service: Service, operation: Operation) -> dict[str, Any]:
    table: dict[str, Any] = {
        "name": operation.cli_name,
        "operation": operation.name,
        "method": operation.botocore_method,
        "arguments": [_argument(arg) for arg in argument_table(service, operation)],
        "input_skeleton": skeleton_json(service, operation.input),
        "output_skeleton": skeleton_json(service, operation.output, True),
    }
    if operation.paginator is not None and operation.input is not None:
        table["paginator"] = dict(operation.paginator)
    if operation.event_stream:
        table["event_stream"] = True
    # What awscli's customisations add to some commands; left out when there is none.
    extras: dict[str, Any] = {
        "defaults": parameter_defaults(service, operation),
        "value_maps": value_maps(service, operation),
        "default_page_size": default_page_size(service, operation),
        "exclusive": exclusive_groups(service, operation),
        "invoker": invoker(service, operation),
    }
    table.update((key, value) for key, value in extras.items() if value)
    return table


def commands_json(service: Service) -> str:
    commands = cli_operations(service)
    names = {operation.name for operation in commands}
    head = {"service_name": service.name, "api_version": service.api_version}
    # ``wait <name>``: the waiter's operation's argument table, through botocore's
    # waiter (awscli's WaiterStateCommand).
    waiters = [
        {"name": waiter.cli_name, "waiter": waiter.name, "operation": waiter.operation}
        for waiter in service.wait_commands
        if waiter.operation in names
    ]
    # One command per line, its name and operation first: a call of the generated CLI
    # parses only its own command's line (runtime/commands.py load_cli).
    lines = [json.dumps(command(service, operation), ensure_ascii=True) for operation in commands]
    return (
        "{\n"
        + "".join(f" {json.dumps(key)}: {json.dumps(value)},\n" for key, value in head.items())
        + ' "commands": [\n'
        + ",\n".join(lines)
        + ("\n" if lines else "")
        + f' ],\n "waiters": {json.dumps(waiters, ensure_ascii=True)}\n}}\n'
    )
