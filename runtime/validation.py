"""Check a request against every constraint its model states, before anything is sent.

botocore's own ParamValidator checks types, required and unknown members, minimum
lengths and values, and tagged unions; its report is used as it is, so messages match
botocore's (and the AWS CLI's) exactly. This adds what botocore leaves to the service:
maximum lengths and values, enums and patterns, worded and named the same way
(``Tags[0].Key``). It walks the botocore shapes of the model the package ships.
"""

from __future__ import annotations

import re
from typing import Any

from botocore.model import ListShape, MapShape, Shape, StringShape, StructureShape
from botocore.validate import ParamValidator

from .errors import ParamValidationError

_LENGTH_TYPES = frozenset({"string", "blob", "list", "map"})
_NUMBER_TYPES = frozenset({"integer", "long", "float", "double"})


def problems(shape: Shape | None, value: Any) -> list[str]:
    """Every constraint ``value`` (wire form: dicts keyed by member names) breaks."""
    if shape is None:
        return []
    report = ParamValidator().validate(value, shape)
    if report.has_errors():
        return str(report.generate_report()).splitlines()
    found: list[str] = []
    _check(shape, value, "", found)
    return found


def validate(shape: Shape | None, value: Any) -> None:
    """Raise ParamValidationError listing every problem in ``value``."""
    found = problems(shape, value)
    if found:
        raise ParamValidationError(found)


def _check(shape: Shape, value: Any, name: str, found: list[str]) -> None:
    """The constraints botocore does not check; ``value`` already has the right types."""
    meta = shape.metadata
    label = name[1:] if name.startswith(".") else name or "input"
    if (
        shape.type_name in _LENGTH_TYPES
        and "max" in meta
        and not hasattr(value, "read")
    ):
        if len(value) > meta["max"]:
            found.append(
                f"Invalid length for parameter {label}, value: {len(value)}, "
                f"valid max length: {meta['max']}"
            )
    if shape.type_name in _NUMBER_TYPES and "max" in meta and value > meta["max"]:
        found.append(
            f"Invalid value for parameter {label}, value: {value}, "
            f"valid max value: {meta['max']}"
        )
    if isinstance(shape, StringShape) and isinstance(value, str):
        if shape.enum and value not in shape.enum:
            found.append(
                f"Invalid value for parameter {label}, value: {value}, "
                f"valid values: {', '.join(shape.enum)}"
            )
        if "pattern" in meta and not _matches(meta["pattern"], value):
            found.append(
                f"Invalid value for parameter {label}, value: {value}, "
                f"must match pattern: {meta['pattern']}"
            )
    if isinstance(shape, StructureShape) and not meta.get("document"):
        for member, item in value.items():
            if item is not None and member in shape.members:
                _check(shape.members[member], item, f"{name}.{member}", found)
    elif isinstance(shape, ListShape):
        for index, item in enumerate(value):
            _check(shape.member, item, f"{name}[{index}]", found)
    elif isinstance(shape, MapShape):
        for key, item in value.items():
            _check(shape.key, key, f"{name}.{key}", found)
            _check(shape.value, item, f"{name}.{key}", found)


def _matches(pattern: str, value: str) -> bool:
    try:
        return re.search(pattern, value) is not None
    except re.error:
        # Model patterns are Java regular expressions; one Python cannot compile is left
        # to the service to check.
        return True
