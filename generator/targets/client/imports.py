"""The import block of each generated client module, computed from what the module uses.

Annotations come from ``pytypes.annotation``, whose text names only the module aliases
below, so whether a module needs ``_dt`` or ``_t`` is read off the annotations it emits.
Sections and order are isort's (stdlib, then the package's relative imports, furthest
first), so generated modules pass the same ruff rules as the generator's own code.
"""

from __future__ import annotations

from collections.abc import Iterable

from generator.ir.model import Service
from generator.targets.client.pytypes import annotation, member_annotation


def _block(*sections: Iterable[str]) -> list[str]:
    lines: list[str] = []
    for section in sections:
        section = list(section)
        if section:
            if lines:
                lines.append("")
            lines.extend(section)
    return lines


def _uses(annotations: Iterable[str], alias: str) -> bool:
    return any(f"{alias}." in text for text in annotations)


def shapes_imports(service: Service) -> list[str]:
    """shapes.py: dataclasses for its structures, datetime for timestamp members, typing
    for ClassVar, Literal and the CLASSES table (always there), UnknownValue for enums,
    the runtime's streams for streaming bodies."""
    classes = [s for s in service.python_types() if s.kind in ("structure", "union")]
    annotations = [member_annotation(service, m) for shape in classes for m in shape.members]
    stdlib = []
    if classes:
        stdlib.append("import dataclasses as _dc")
    if _uses(annotations, "_dt"):
        stdlib.append("import datetime as _dt")
    stdlib.append("import typing as _t")
    package = []
    if _uses(annotations, "_streams"):
        package.append("from .._runtime import streams as _streams")
    if any(s.kind == "string" and s.constraints.enum for s in service.python_types()):
        package.append("from .._runtime.enums import UnknownValue")
    return _block(stdlib, package)


def client_imports(service: Service) -> list[str]:
    """client.py: typing for casts and input annotations, datetime for timestamps."""
    annotations = [
        annotation(service, member.shape, True, "_shapes.")
        for operation in service.operations
        if operation.input
        for member in service.shape(operation.input).members
    ]
    stdlib = []
    if _uses(annotations, "_dt"):
        stdlib.append("import datetime as _dt")
    if _uses(annotations, "_t") or any(op.output for op in service.operations):
        stdlib.append("import typing as _t")
    stdlib.append("from pathlib import Path")
    package = ["from .._runtime.client import ServiceClient"]
    if any(op.pagination for op in service.operations):
        package.append("from .._runtime.paging import Paged")
    package += [
        "from .._runtime.wire import to_wire_params",
        "from . import errors as _errors",
        "from . import shapes as _shapes",
    ]
    return _block(stdlib, package)
