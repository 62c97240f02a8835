"""The CLI target's data: each operation's command and options, decided here in Python
(templates only place it). The shared runtime reads it from ``commands.json``."""

from __future__ import annotations

import json
from typing import Any

from generator.ir.model import Member, Operation, Service
from generator.skeleton import skeleton_json


def _option(service: Service, member: Member) -> dict[str, Any]:
    shape = service.shape(member.shape)
    option: dict[str, Any] = {"name": member.cli_name, "member": member.name, "kind": shape.kind}
    if member.cli_required:
        option["required"] = True
    if shape.kind == "list" and shape.member is not None:
        option["element_kind"] = service.shape(shape.member.shape).kind
    # awscli takes JSON for documents and for JSON-valued header strings.
    if shape.kind == "document" or (
        member.json_value and member.location == "header" and shape.kind == "string"
    ):
        option["json"] = True
    if shape.kind == "blob" and shape.streaming:
        option["streaming"] = True
    # awscli's shorthand accepts a bare value for a structure whose only member is the
    # string ``Value`` (e.g. ``--attribute-value foo``).
    if (
        shape.kind == "structure"
        and len(shape.members) == 1
        and shape.members[0].name == "Value"
        and service.shape(shape.members[0].shape).kind == "string"
    ):
        option["value_only"] = True
    return option


def command(service: Service, operation: Operation) -> dict[str, Any]:
    members = service.shape(operation.input).members if operation.input else ()
    return {
        "name": operation.cli_name,
        "operation": operation.name,
        "method": operation.botocore_method,
        "options": [_option(service, member) for member in members],
        "input_skeleton": skeleton_json(service, operation.input),
        "output_skeleton": skeleton_json(service, operation.output, True),
    }


def commands_json(service: Service) -> str:
    table = {
        "service_name": service.name,
        "api_version": service.api_version,
        "commands": [command(service, operation) for operation in service.operations],
    }
    return json.dumps(table, indent=1, ensure_ascii=True) + "\n"
