"""Check a request against every constraint its model states, before anything is sent.

botocore validates types, required members and minimum lengths; this adds maximum
lengths, value ranges, patterns, enums and tagged unions, with botocore's wording. It
walks the botocore shapes of the model the package ships: the model is the one source.
"""

from __future__ import annotations

import datetime
import re
from typing import Any

from botocore.model import ListShape, MapShape, Shape, StringShape, StructureShape

from .errors import ParamValidationError

_LENGTH_KINDS = frozenset({"string", "blob", "list", "map"})
_NUMBER_KINDS = frozenset({"integer", "long", "float", "double"})


def problems(shape: Shape | None, value: Any, label: str = "input") -> list[str]:
    """Every constraint ``value`` (wire form: dicts keyed by member names) breaks."""
    found: list[str] = []
    if shape is not None:
        _check(shape, value, label, found)
    return found


def validate(shape: Shape | None, value: Any, label: str = "input") -> None:
    """Raise ParamValidationError listing every problem in ``value``."""
    found = problems(shape, value, label)
    if found:
        raise ParamValidationError(found)


def _kind(shape: Shape) -> str:
    if shape.type_name == "structure":
        if shape.metadata.get("document"):
            return "document"
        if shape.metadata.get("union"):
            return "union"
    return str(shape.type_name)


def _check(shape: Shape, value: Any, path: str, found: list[str]) -> None:
    kind = _kind(shape)
    meta = shape.metadata
    if not _type_ok(kind, value):
        found.append(
            f"Invalid type for parameter {path}, value: {value!r}, "
            f"type: {type(value)}, valid types: {kind}"
        )
        return
    if kind in _LENGTH_KINDS and isinstance(value, str | bytes | list | tuple | dict):
        size = len(value)
        if "min" in meta and size < meta["min"]:
            found.append(
                f"Invalid length for parameter {path}, value: {size}, "
                f"valid min length: {meta['min']}"
            )
        if "max" in meta and size > meta["max"]:
            found.append(
                f"Invalid length for parameter {path}, value: {size}, "
                f"valid max length: {meta['max']}"
            )
    if kind in _NUMBER_KINDS:
        if "min" in meta and value < meta["min"]:
            found.append(
                f"Invalid value for parameter {path}, value: {value}, "
                f"valid min value: {meta['min']}"
            )
        if "max" in meta and value > meta["max"]:
            found.append(
                f"Invalid value for parameter {path}, value: {value}, "
                f"valid max value: {meta['max']}"
            )
    if isinstance(shape, StringShape) and isinstance(value, str):
        if shape.enum and value not in shape.enum:
            found.append(
                f"Invalid value for parameter {path}, value: {value}, "
                f"valid values: {', '.join(shape.enum)}"
            )
        if "pattern" in meta and not _matches(meta["pattern"], value):
            found.append(
                f"Invalid value for parameter {path}, value: {value}, "
                f"must match pattern: {meta['pattern']}"
            )
    if isinstance(shape, StructureShape) and kind in ("structure", "union"):
        _check_structure(shape, kind, value, path, found)
    elif isinstance(shape, ListShape):
        for index, item in enumerate(value):
            _check(shape.member, item, f"{path}[{index}]", found)
    elif isinstance(shape, MapShape):
        for key, item in value.items():
            _check(shape.key, key, f"{path} key {key!r}", found)
            _check(shape.value, item, f"{path}.{key}", found)


def _check_structure(
    shape: StructureShape, kind: str, value: Any, path: str, found: list[str]
) -> None:
    members = shape.members
    for name in shape.required_members:
        if value.get(name) is None:
            found.append(f"Missing required parameter in {path}: {name!r}")
    for name, item in value.items():
        if name not in members:
            found.append(
                f"Unknown parameter in {path}: {name!r}, must be one of: {', '.join(members)}"
            )
        elif item is not None:
            _check(members[name], item, f"{path}.{name}", found)
    if kind == "union":
        set_members = [name for name, item in value.items() if item is not None]
        if len(set_members) != 1:
            found.append(
                f"Invalid number of parameters set for tagged union structure {path}. "
                f"Can only set one of the following keys: {', '.join(members)}."
            )


def _matches(pattern: str, value: str) -> bool:
    try:
        return re.search(pattern, value) is not None
    except re.error:
        # Model patterns are Java regular expressions; one Python cannot compile is left
        # to the service to check.
        return True


def _type_ok(kind: str, value: Any) -> bool:
    if kind == "string":
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
