"""The CLI target's data: each operation's command and options, decided here in Python
(templates only place it). The shared runtime reads it from ``commands.json``.

Only what the runtime needs before it loads the shipped botocore model is here: option
names, their members and kinds (how argparse takes them), whether they are required,
and the paginator. Values are unpacked against the model's shapes at run time, as
awscli does.
"""

from __future__ import annotations

import json
from typing import Any

from generator.ir.model import Member, Operation, Service, Shape
from generator.skeleton import skeleton_json


def _option(service: Service, member: Member) -> dict[str, Any]:
    shape = service.shape(member.shape)
    option: dict[str, Any] = {"name": member.cli_name, "member": member.name, "kind": shape.kind}
    if member.cli_required:
        option["required"] = True
    return option


def _tokens(value: object) -> list[str]:
    if isinstance(value, list):
        return [str(item) for item in value]
    return [str(value)]


def _paginator(service: Service, operation: Operation, input_shape: Shape | None) -> Any:
    """awscli's paging options for a paginated operation: botocore's paginator config,
    the kind of its limit key (the type of --page-size and --max-items) and the options
    of its input tokens and limit key (giving one turns pagination off)."""
    config = operation.paginator
    if config is None or input_shape is None:
        return None
    members = {member.name: member for member in input_shape.members}
    names = _tokens(config["input_token"])
    limit_key = config.get("limit_key")
    if limit_key is not None:
        names.append(str(limit_key))
    paging: dict[str, Any] = {
        "config": dict(config),
        "token_options": [members[name].cli_name for name in names if name in members],
    }
    if limit_key is not None:
        paging["limit_kind"] = service.shape(members[str(limit_key)].shape).kind
    return paging


def command(service: Service, operation: Operation) -> dict[str, Any]:
    input_shape = service.shape(operation.input) if operation.input else None
    members = input_shape.members if input_shape is not None else ()
    table: dict[str, Any] = {
        "name": operation.cli_name,
        "operation": operation.name,
        "method": operation.botocore_method,
        "options": [_option(service, member) for member in members],
        "input_skeleton": skeleton_json(service, operation.input),
        "output_skeleton": skeleton_json(service, operation.output, True),
    }
    paging = _paginator(service, operation, input_shape)
    if paging is not None:
        table["paginator"] = paging
    return table


def commands_json(service: Service) -> str:
    table = {
        "service_name": service.name,
        "api_version": service.api_version,
        "commands": [command(service, operation) for operation in service.operations],
    }
    return json.dumps(table, indent=1, ensure_ascii=True) + "\n"
