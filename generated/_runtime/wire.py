"""Convert between generated dataclasses and botocore's wire-shaped dicts."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any, ClassVar, Protocol, cast

from botocore.model import ListShape, MapShape, Shape, StringShape, StructureShape

from .enums import UnknownValue
from .streams import StreamingBody


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


def from_wire(shape: Shape | None, classes: Mapping[str, type[Any]], value: Any) -> Any:
    """A botocore response value -> generated objects, guided by the shipped model's shapes.

    ``classes`` maps structure shape names to generated classes; members the class does
    not know (a newer service answering) are dropped; an enum value the model does not
    list is kept, as an ``UnknownValue``.
    """
    if value is None or shape is None:
        return value
    if isinstance(shape, StructureShape) and shape.name in classes:
        cls = classes[shape.name]
        attributes = {
            wire: py for py, wire in cast(WireStructure, cls).WIRE_NAMES.items()
        }
        kwargs = {
            attributes[name]: from_wire(shape.members[name], classes, item)
            for name, item in value.items()
            if name in attributes and name in shape.members
        }
        return cls(**kwargs)
    if isinstance(shape, ListShape):
        return [from_wire(shape.member, classes, item) for item in value]
    if isinstance(shape, MapShape):
        return {
            from_wire(shape.key, classes, key): from_wire(shape.value, classes, item)
            for key, item in value.items()
        }
    if isinstance(shape, StringShape) and shape.enum and value not in shape.enum:
        return UnknownValue(value)
    if shape.type_name == "blob" and hasattr(value, "read"):
        # Only a streaming body arrives unread: handed on as a stream, never read whole.
        return StreamingBody(value)
    return value


def to_wire_params(values: Mapping[str, Any]) -> dict[str, Any]:
    """Top-level request parameters: unset (None) arguments left out."""
    return {name: to_wire(value) for name, value in values.items() if value is not None}
