"""Skeleton JSON as ``aws <svc> <op> --generate-cli-skeleton [input|output]`` prints it.

Follows botocore's ArgumentGenerator, except that an enum takes its first value where
botocore picks one at random, so the output is deterministic.
"""

from __future__ import annotations

import json
from typing import Any

from generator.ir.model import Service
from generator.targets.walk import WalkBudget

EPOCH = "1970-01-01T00:00:00"


def skeleton_value(service: Service, shape_name: str | None, *, for_output: bool) -> Any:
    if shape_name is None:
        return {}
    stack: list[str] = []
    budget = WalkBudget("the output skeleton" if for_output else "the input skeleton")

    def generate(name: str, label: str) -> Any:
        budget.visit(name)
        stack.append(name)
        try:
            shape = service.shape(name)
            if shape.kind in ("structure", "union", "document"):
                if stack.count(name) > 1:
                    return {}
                return {
                    member.name: generate(member.shape, member.name) for member in shape.members
                }
            if shape.kind == "list":
                assert shape.member is not None
                return [generate(shape.member.shape, shape.member.shape if for_output else "")]
            if shape.kind == "map":
                assert shape.value is not None
                return {"KeyName": generate(shape.value.shape, "")}
            if shape.kind == "string":
                if for_output:
                    return label
                return shape.constraints.enum[0] if shape.constraints.enum else ""
            if shape.kind in ("integer", "long"):
                return 0
            if shape.kind in ("float", "double"):
                return 0.0
            if shape.kind == "boolean":
                return True
            if shape.kind == "timestamp":
                return EPOCH
            return None  # blob: botocore's generator has no placeholder for it
        finally:
            stack.pop()

    return generate(shape_name, "")


def skeleton_json(service: Service, shape_name: str | None, for_output: bool = False) -> str:
    """The exact text awscli prints, trailing newline included."""
    value = skeleton_value(service, shape_name, for_output=for_output)
    # awscli prints the input skeleton with json.dumps' defaults (ASCII, \u escapes) and the
    # output through its JSON formatter (ensure_ascii=False).
    return json.dumps(value, indent=4, ensure_ascii=not for_output) + "\n"
