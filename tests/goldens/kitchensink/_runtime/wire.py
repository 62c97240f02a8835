"""Convert between generated dataclasses and botocore's wire-shaped dicts."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any, ClassVar, Protocol, cast

from .validation import Schema


class WireStructure(Protocol):
    """What every generated structure class provides."""

    WIRE_NAMES: ClassVar[Mapping[str, str]]  # python attribute -> wire member name


def to_wire(value: Any) -> Any:
    """Generated objects -> plain dicts keyed by wire names; unset (None) members dropped."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        names = cast(WireStructure, value).WIRE_NAMES
        result = {}
        for field in dataclasses.fields(value):
            item = getattr(value, field.name)
            if item is not None:
                result[names[field.name]] = to_wire(item)
        return result
    if isinstance(value, list | tuple):
        return [to_wire(item) for item in value]
    if isinstance(value, Mapping):
        return {key: to_wire(item) for key, item in value.items()}
    return value


def from_wire(
    schema: Schema, classes: Mapping[str, type[Any]], shape: str, value: Any
) -> Any:
    """A botocore response value -> generated objects, guided by the schema."""
    if value is None:
        return None
    spec = schema[shape]
    kind = spec["type"]
    if kind in ("structure", "union"):
        members = spec.get("members", {})
        kwargs = {
            members[name][0]: from_wire(schema, classes, members[name][1], item)
            for name, item in value.items()
            if name in members
        }
        return classes[spec["class"]](**kwargs)
    if kind == "list":
        return [from_wire(schema, classes, spec["member"], item) for item in value]
    if kind == "map":
        return {
            key: from_wire(schema, classes, spec["value"], item)
            for key, item in value.items()
        }
    if kind == "blob" and hasattr(value, "read"):
        return value.read()
    return value


def to_wire_params(values: Mapping[str, Any]) -> dict[str, Any]:
    """Top-level request parameters: unset (None) arguments left out."""
    return {name: to_wire(value) for name, value in values.items() if value is not None}
