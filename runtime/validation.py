"""Check a request before anything is sent.

By default exactly what botocore (and so the AWS CLI) checks: botocore's own
ParamValidator (types, required and unknown members, minimum lengths and values, tagged
unions), its report used as it is. botocore leaves maximum lengths and values, enums and
patterns to the service on purpose: models lag the service (patterns widen, enums gain
values). ``strict=True`` (opt-in) adds those, worded and named botocore's way
(``Tags[0].Key``). It walks the botocore shapes of the model the package ships.
"""

from __future__ import annotations

import re
import signal
import threading
import warnings
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

from botocore.model import ListShape, MapShape, Shape, StringShape, StructureShape
from botocore.validate import ParamValidator

from .errors import ParamValidationError

_LENGTH_TYPES = frozenset({"string", "blob", "list", "map"})
_NUMBER_TYPES = frozenset({"integer", "long", "float", "double"})


def problems(
    shape: Shape | None,
    value: Any,
    skipped: list[str] | None = None,
    *,
    strict: bool = False,
) -> list[str]:
    """Every problem botocore finds in ``value`` (wire form: dicts keyed by member
    names); with ``strict``, also every max, enum and pattern it breaks. A pattern check
    left to the service (see ``_matches``) is noted in ``skipped``."""
    if shape is None:
        return []
    report = ParamValidator().validate(value, shape)
    if report.has_errors():
        return str(report.generate_report()).splitlines()
    if not strict:
        return []
    found: list[str] = []
    _check(shape, value, "", found, skipped)
    return found


def validate(shape: Shape | None, value: Any, *, strict: bool = False) -> None:
    """Raise ParamValidationError listing every problem in ``value`` (``problems``); a
    pattern check left to the service is a RuntimeWarning."""
    skipped: list[str] = []
    found = problems(shape, value, skipped, strict=strict)
    for note in skipped:
        warnings.warn(note, RuntimeWarning, stacklevel=3)
    if found:
        raise ParamValidationError(found)


def _check(
    shape: Shape,
    value: Any,
    name: str,
    found: list[str],
    skipped: list[str] | None = None,
) -> None:
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
        if "pattern" in meta and not _matches(meta["pattern"], value, skipped):
            found.append(
                f"Invalid value for parameter {label}, value: {value}, "
                f"must match pattern: {meta['pattern']}"
            )
    if isinstance(shape, StructureShape) and not meta.get("document"):
        for member, item in value.items():
            if item is not None and member in shape.members:
                _check(shape.members[member], item, f"{name}.{member}", found, skipped)
    elif isinstance(shape, ListShape):
        for index, item in enumerate(value):
            _check(shape.member, item, f"{name}[{index}]", found, skipped)
    elif isinstance(shape, MapShape):
        for key, item in value.items():
            _check(shape.key, key, f"{name}.{key}", found, skipped)
            _check(shape.value, item, f"{name}.{key}", found, skipped)


# A pattern check may take this long; a model pattern with catastrophic backtracking
# (ecr's repository filter takes minutes on 27 characters) is then left to the service.
PATTERN_SECONDS = 0.2


class _PatternTimeout(Exception):
    pass


def _raise_timeout(signum: int, frame: Any) -> None:
    raise _PatternTimeout


def _nested_repeat(items: Any, inside: bool = False) -> bool:
    """Whether a parsed pattern repeats something that itself repeats (``(a+)*``): the
    shape that can backtrack exponentially."""
    for op, arg in items:
        name = str(op)
        if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            _, high, sub = arg
            if high > 1 and (inside or _nested_repeat(sub, True)):
                return True
        elif name in ("SUBPATTERN", "ATOMIC_GROUP"):
            if _nested_repeat(arg[-1] if isinstance(arg, tuple) else arg, inside):
                return True
        elif name == "BRANCH":
            if any(_nested_repeat(branch, inside) for branch in arg[1]):
                return True
    return False


def _matches(pattern: str, value: str, skipped: list[str] | None = None) -> bool:
    """Whether ``value`` matches; True (not checked) when Python cannot compile the
    model's (Java) pattern, or when checking would take over PATTERN_SECONDS: in the
    main thread a timer stops it; elsewhere a pattern that could backtrack
    exponentially is not run. Each check left out is noted in ``skipped``."""
    try:
        compiled = re.compile(pattern)
    except re.error:
        # Model patterns are Java regular expressions; one Python cannot compile is left
        # to the service to check.
        return True
    timer = (
        hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
    )
    if not timer:
        if _nested_repeat(sre_parse.parse(pattern)):
            if skipped is not None:
                skipped.append(
                    f"pattern {pattern} not checked here: it could take very long"
                )
            return True
        return compiled.search(value) is not None
    previous = signal.signal(signal.SIGALRM, _raise_timeout)
    signal.setitimer(signal.ITIMER_REAL, PATTERN_SECONDS)
    try:
        return compiled.search(value) is not None
    except _PatternTimeout:
        if skipped is not None:
            skipped.append(
                f"pattern {pattern} not checked: matching took over {PATTERN_SECONDS} s"
            )
        return True
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
