"""Python type annotations and the runtime validation/decoding schema for shapes."""

from __future__ import annotations

from generator.escaping import py_string
from generator.ir.model import Member, Service, Shape

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
    wider types (any sequence, a str timestamp, a file-like blob, any str for an enum)
    than outputs carry.
    """
    shape = service.shape(shape_name)
    if shape.kind in ("structure", "union"):
        return module + shape.python_class
    if shape.kind == "string" and shape.constraints.enum:
        # Open enums: a caller may send a value newer than the model (botocore does not
        # check enums), and a response may carry one (decoded as an UnknownValue).
        return f"{module}{shape.python_class} | str" if for_input else module + shape.python_class
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
    """An enum's type: its known values, or a value the model does not list."""
    values = ", ".join(py_string(value) for value in shape.constraints.enum)
    return f"_t.Literal[{values}] | UnknownValue"


def member_annotation(service: Service, member: Member) -> str:
    """A response structure member's annotation: a streaming body is a stream to read
    (``_streams.StreamingBody``), never bytes read whole."""
    if member.streams(service.shape(member.shape)):
        return "_streams.StreamingBody"
    return annotation(service, member.shape)
