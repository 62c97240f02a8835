"""Check a request against the model's constraints before anything is sent."""

from __future__ import annotations

import datetime
import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from .errors import ParamValidationError

Schema = Mapping[str, Mapping[str, Any]]

_LENGTH_KINDS = frozenset({"string", "blob", "list", "map"})
_NUMBER_KINDS = frozenset({"integer", "long", "float", "double"})


def load_schema(path: Path) -> Schema:
    """The shape schema a service package ships as JSON next to its client."""
    with open(path, encoding="utf-8") as handle:
        schema: Schema = json.load(handle)
    return schema


def validate(schema: Schema, shape: str, value: Any, label: str = "input") -> None:
    """Raise ParamValidationError listing every problem in ``value`` (wire form)."""
    problems: list[str] = []
    _check(schema, shape, value, label, problems)
    if problems:
        raise ParamValidationError(problems)


def _length(value: Any) -> int | None:
    if isinstance(value, str | bytes | list | dict):
        return len(value)
    return None


def _check(
    schema: Schema, shape: str, value: Any, path: str, problems: list[str]
) -> None:
    spec = schema[shape]
    kind = spec["type"]
    if not _type_ok(kind, value):
        problems.append(
            f"Invalid type for parameter {path}, value: {value!r}, "
            f"type: {type(value).__name__}, valid types: {kind}"
        )
        return
    if kind in _LENGTH_KINDS:
        size = _length(value)
        if size is not None:
            if "min" in spec and size < spec["min"]:
                problems.append(
                    f"Invalid length for parameter {path}, value: {size}, "
                    f"valid min length: {spec['min']}"
                )
            if "max" in spec and size > spec["max"]:
                problems.append(
                    f"Invalid length for parameter {path}, value: {size}, "
                    f"valid max length: {spec['max']}"
                )
    if kind in _NUMBER_KINDS:
        if "min" in spec and value < spec["min"]:
            problems.append(
                f"Invalid value for parameter {path}, value: {value}, "
                f"valid min value: {spec['min']}"
            )
        if "max" in spec and value > spec["max"]:
            problems.append(
                f"Invalid value for parameter {path}, value: {value}, "
                f"valid max value: {spec['max']}"
            )
    if kind == "string":
        if "enum" in spec and value not in spec["enum"]:
            problems.append(
                f"Invalid value for parameter {path}, value: {value!r}, "
                f"valid values: {', '.join(spec['enum'])}"
            )
        if "pattern" in spec and not _matches(spec["pattern"], value):
            problems.append(
                f"Invalid value for parameter {path}, value: {value!r}, "
                f"must match pattern: {spec['pattern']}"
            )
    if kind in ("structure", "union"):
        members = spec.get("members", {})
        for name in spec.get("required", ()):
            if value.get(name) is None:
                problems.append(f"Missing required parameter in {path}: {name!r}")
        for name, item in value.items():
            if name not in members:
                problems.append(
                    f"Unknown parameter in {path}: {name!r}, must be one of: "
                    f"{', '.join(members)}"
                )
            elif item is not None:
                _check(schema, members[name][1], item, f"{path}.{name}", problems)
        if kind == "union":
            set_members = [name for name, item in value.items() if item is not None]
            if len(set_members) != 1:
                problems.append(
                    f"Invalid number of parameters set for tagged union "
                    f"structure {path}. Can only set one of the following "
                    f"keys: {', '.join(members)}."
                )
    elif kind == "list":
        for index, item in enumerate(value):
            _check(schema, spec["member"], item, f"{path}[{index}]", problems)
    elif kind == "map":
        for key, item in value.items():
            _check(schema, spec["key"], key, f"{path} key {key!r}", problems)
            _check(schema, spec["value"], item, f"{path}.{key}", problems)


def _matches(pattern: str, value: str) -> bool:
    try:
        return re.search(pattern, value) is not None
    except re.error:
        # Model patterns are Java regexes; one Python cannot compile is not checked here
        # (the service checks it).
        return True


def _type_ok(kind: str, value: Any) -> bool:
    if kind in ("string",):
        return isinstance(value, str)
    if kind in ("integer", "long"):
        return isinstance(value, int) and not isinstance(value, bool)
    if kind in ("float", "double"):
        return isinstance(value, int | float) and not isinstance(value, bool)
    if kind == "boolean":
        return isinstance(value, bool)
    if kind == "timestamp":
        return isinstance(value, datetime.datetime | str | int | float)
    if kind == "blob":
        return isinstance(value, bytes | bytearray | str) or hasattr(value, "read")
    if kind in ("structure", "union", "map"):
        return isinstance(value, dict)
    if kind == "list":
        return isinstance(value, list | tuple)
    return True  # document: any JSON value
