"""Minimal valid input for an operation: every required member (idempotency tokens
left out, for botocore to fill), each value within the model's constraints, so that both
``aws`` and the generated CLI send the request.

Strings take an enum's first value, else the first of a few ordinary values that fits
the length and pattern, else a string built from the pattern itself (each repeat taken
``k`` times, for the smallest ``k`` whose result fits the length).
"""

from __future__ import annotations

import re
from functools import cache
from re import _parser as sre_parse  # type: ignore[attr-defined]  # the stdlib's own
from typing import Any

from botocore.model import ListShape, MapShape, OperationModel, Shape, StringShape, StructureShape

CANDIDATES = (
    "x",
    "abc",
    "a1",
    "abc-123",
    "123456789012",
    "1",
    "i-0123456789abcdef0",
    "arn:aws:iam::123456789012:role/x",
    "00000000-0000-0000-0000-000000000000",
    "https://example.com/x",
    "a@example.com",
    "us-east-1",
    "/x",
)


def _matches(pattern: str | None, value: str) -> bool:
    if pattern is None:
        return True
    try:
        return re.search(pattern, value) is not None
    except re.error:
        return True  # not a Python pattern: the CLI leaves it to the service


_CATEGORY = {"CATEGORY_DIGIT": "0", "CATEGORY_WORD": "a", "CATEGORY_SPACE": " "}


def _build(items: Any, repeat: int) -> str:
    """One string the parsed pattern matches in full: the first alternative, the first
    character of a class, each repeat ``max(min, repeat)`` times (capped at its max)."""
    out = []
    for op, arg in items:
        name = str(op)
        if name == "LITERAL":
            out.append(chr(arg))
        elif name == "ANY":
            out.append("a")
        elif name == "NOT_LITERAL":
            out.append("a" if arg != ord("a") else "0")
        elif name == "IN":
            out.append(_first_in(arg))
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            low, high, sub = arg
            count = max(low, min(repeat, high))
            out.append(_build(sub, repeat) * count)
        elif name in ("SUBPATTERN", "ATOMIC_GROUP"):
            out.append(_build(arg[-1] if isinstance(arg, tuple) else arg, repeat))
        elif name == "BRANCH":
            out.append(_build(arg[1][0], repeat))
        elif name == "CATEGORY":
            out.append(_CATEGORY.get(str(arg), "a"))
        # AT (anchors), ASSERT, ASSERT_NOT, GROUPREF: nothing to add
    return "".join(out)


def _first_in(items: Any) -> str:
    negate = any(str(op) == "NEGATE" for op, _ in items)
    if negate:
        excluded = {chr(arg) for op, arg in items if str(op) == "LITERAL"}
        return next(c for c in "a0-_" if c not in excluded)
    for op, arg in items:
        name = str(op)
        if name == "LITERAL":
            return chr(arg)
        if name == "RANGE":
            return chr(arg[0])
        if name == "CATEGORY":
            return _CATEGORY.get(str(arg), "a")
    return "a"


@cache
def _string(pattern: str | None, low: int, high: int) -> str:
    for candidate in CANDIDATES:
        value = candidate * (low // len(candidate) + 1) if len(candidate) < low else candidate
        if low <= len(value) <= high and _matches(pattern, value):
            return value
    assert pattern is not None, (low, high)
    parsed = sre_parse.parse(pattern)
    for repeat in range(low + 2):
        value = _build(parsed, repeat)
        if low <= len(value) <= high and _matches(pattern, value):
            return value
    raise AssertionError(f"no sample for {pattern!r} of length {low}..{high}")


def sample(shape: Shape) -> Any:
    meta = shape.metadata
    kind = shape.type_name
    if isinstance(shape, StringShape):
        if shape.enum:
            return shape.enum[0]
        return _string(
            meta.get("pattern"), int(meta.get("min", 1) or 1), int(meta.get("max", 10**6))
        )
    if kind in ("integer", "long"):
        return int(meta.get("min", 1))
    if kind in ("float", "double"):
        return float(meta.get("min", 1))
    if kind == "boolean":
        return True
    if kind == "timestamp":
        return "2020-01-01T00:00:00Z"
    if kind == "blob":
        return "eA=="
    if isinstance(shape, StructureShape):
        if meta.get("document"):
            return {}
        if meta.get("union"):
            first = next(iter(shape.members))
            return {first: sample(shape.members[first])}
        return {
            name: sample(shape.members[name])
            for name in shape.required_members
            if not shape.members[name].metadata.get("idempotencyToken")
        }
    if isinstance(shape, ListShape):
        return [sample(shape.member) for _ in range(max(1, int(meta.get("min", 1))))]
    if isinstance(shape, MapShape):
        return {sample(shape.key): sample(shape.value)}
    raise AssertionError(kind)


def sample_input(operation: OperationModel) -> dict[str, Any]:
    shape = operation.input_shape
    if shape is None:
        return {}
    value = sample(shape)
    assert isinstance(value, dict)
    return value
