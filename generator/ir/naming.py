"""Every name the generator emits is decided here, once, from botocore's own xform_name."""

from __future__ import annotations

import keyword
import re
from collections.abc import Iterable

from botocore import xform_name

# Names generated methods and dataclasses use themselves; a member must not shadow them.
RESERVED_ATTRIBUTES = frozenset(
    {"self", "cls", "to_wire", "to_wire_params", "from_wire", "validate", "make_client"}
)
# The module aliases generated modules import under (typing as _t, ...): a member of
# that name would shadow them inside its class.
RESERVED_ATTRIBUTES |= frozenset({"_t", "_dt", "_dc", "_shapes", "_errors"})
# Names PEP 8 (and ruff's E741) rule out: l, O and I read as 1 and 0.
AMBIGUOUS_NAMES = frozenset({"l", "O", "I"})


def python_attribute(wire_name: str) -> str:
    """snake_case identifier for a member or method: ``SessionId`` -> ``session_id``.

    Keywords get a trailing underscore (PEP 8): ``Lambda`` -> ``lambda_``, and so do the
    ambiguous ``l``/``O``/``I`` (``L`` -> ``l_``). Soft keywords
    (``match``, ``type``) and builtins are valid identifiers and stay as they are.
    """
    name = xform_name(wire_name)
    name = re.sub(r"\W", "_", name, flags=re.ASCII)
    if not name or name[0].isdigit():
        name = f"m_{name}"
    if name.startswith("__"):
        name = f"m{name}"  # a dunder or a mangled name would break the class (__init__)
    if keyword.iskeyword(name) or name in RESERVED_ATTRIBUTES or name in AMBIGUOUS_NAMES:
        name = f"{name}_"
    return name


def cli_option(wire_name: str) -> str:
    """The AWS CLI's option name without dashes: ``SessionId`` -> ``session-id``."""
    return xform_name(wire_name, "-")


def python_class(shape_name: str) -> str:
    """A PascalCase class name for a shape; never starting with ``_`` (``__string``)."""
    name = re.sub(r"\W", "_", shape_name, flags=re.ASCII)
    if name.startswith("_") or not name:
        name = "Shape" + name.lstrip("_")[:1].upper() + name.lstrip("_")[1:]
    if name[0].isdigit():
        name = f"Shape{name}"
    if keyword.iskeyword(name):
        name = f"{name}_"
    return name


def python_package(service_name: str) -> str:
    """Package name for a service: ``sso-admin`` -> ``sso_admin``."""
    name = re.sub(r"\W", "_", service_name, flags=re.ASCII)
    if not name or name[0].isdigit() or keyword.iskeyword(name):
        name = f"svc_{name}"
    return name


def unique(names: Iterable[str], separator: str = "_") -> list[str]:
    """Make names distinct in order by suffixing ``_2``, ``_3``: FooBar/Foo_Bar -> foo_bar{,_2}."""
    seen: set[str] = set()
    result = []
    for name in names:
        candidate, counter = name, 2
        while candidate in seen:
            candidate = f"{name}{separator}{counter}"
            counter += 1
        seen.add(candidate)
        result.append(candidate)
    return result
