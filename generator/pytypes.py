"""Python type annotations and the runtime validation/decoding schema for shapes."""

from __future__ import annotations

import json
from typing import Any

from generator.escaping import py_string
from generator.ir.model import Service, Shape

SCALARS = {
    "string": "str",
    "integer": "int",
    "long": "int",
    "float": "float",
    "double": "float",
    "boolean": "bool",
    "document": "_t.Any",
}


def annotation(service: Service, shape_name: str, for_input: bool = False, module: str = "") -> str:
    """The annotation for a value of a shape, as source text in a generated module.

    Generated modules import ``typing as _t`` and ``datetime as _dt``; generated classes
    are named with ``module`` in front (``"_shapes."`` outside shapes.py). Inputs accept
    wider types (any sequence, a str timestamp, a file-like blob) than outputs carry.
    """
    shape = service.shape(shape_name)
    if shape.kind in ("structure", "union") or (shape.kind == "string" and shape.constraints.enum):
        return module + shape.python_class
    if shape.kind == "list":
        assert shape.member is not None
        item = annotation(service, shape.member.shape, for_input, module)
        return f"_t.Sequence[{item}]" if for_input else f"list[{item}]"
    if shape.kind == "map":
        assert shape.key is not None and shape.value is not None
        key = annotation(service, shape.key.shape, for_input, module)
        value = annotation(service, shape.value.shape, for_input, module)
        return f"_t.Mapping[{key}, {value}]" if for_input else f"dict[{key}, {value}]"
    if shape.kind == "timestamp":
        return "_dt.datetime | str" if for_input else "_dt.datetime"
    if shape.kind == "blob":
        return "bytes | _t.IO[bytes]" if for_input else "bytes"
    return SCALARS[shape.kind]


def enum_literal(shape: Shape) -> str:
    values = ", ".join(py_string(value) for value in shape.constraints.enum)
    return f"_t.Literal[{values}]"


def shape_schema(shape: Shape) -> dict[str, Any]:
    spec: dict[str, Any] = {"type": shape.kind}
    c = shape.constraints
    for key, val in (("min", c.min), ("max", c.max), ("pattern", c.pattern)):
        if val is not None:
            spec[key] = val
    if c.enum:
        spec["enum"] = list(c.enum)
    if shape.members:
        spec["members"] = {m.name: [m.python_name, m.shape] for m in shape.members}
        required = [m.name for m in shape.members if m.required]
        if required:
            spec["required"] = required
    for key, ref in (("member", shape.member), ("key", shape.key), ("value", shape.value)):
        if ref is not None:
            spec[key] = ref.shape
    if shape.kind in ("structure", "union"):
        spec["class"] = shape.python_class
    return spec


def validation_schema_json(service: Service) -> str:
    """JSON: shape name -> constraints and layout, for the shared runtime's validator and
    decoder. Data, not code: it needs no formatting and cannot carry code."""
    schema = {shape.name: shape_schema(shape) for shape in service.reachable_shapes()}
    return json.dumps(schema, indent=1, ensure_ascii=True) + "\n"
