"""Every name the generator emits is decided here, once, from botocore's own xform_name."""

from __future__ import annotations

import keyword
import re
from collections.abc import Callable, Collection, Iterable

from botocore import xform_name

# Names generated methods and dataclasses use themselves; a member must not shadow them.
RESERVED_ATTRIBUTES = frozenset(
    {"self", "cls", "to_wire", "to_wire_params", "from_wire", "validate", "make_client"}
)
# The module aliases generated modules import under (typing as _t, ...): a member of
# that name would shadow them inside its class.
RESERVED_ATTRIBUTES |= frozenset({"_t", "_dt", "_dc", "_shapes", "_errors", "_streams"})
# The builtins generated annotations name (pytypes.annotation, WIRE_NAMES): a dataclass
# field ``int`` would make a later field's ``int`` annotation name the field (mypy:
# "Variable ... is not valid as a type"; typing.get_type_hints fails). botocore has 41
# such members (deadline JobParameter.int, bedrock-runtime ImageSource.bytes, ...).
ANNOTATION_BUILTINS = frozenset({"str", "int", "float", "bool", "bytes", "list", "dict"})
RESERVED_ATTRIBUTES |= ANNOTATION_BUILTINS
# Class attributes of generated classes and of the runtime client (xform_name keeps a
# name with an underscore as it is: a member WIRE_NAMES stays WIRE_NAMES), and the
# client's own attributes: an operation BotocoreClient must not replace them.
RESERVED_ATTRIBUTES |= frozenset(
    {"WIRE_NAMES", "SERVICE_NAME", "API_VERSION", "MODEL_PATH", "ERRORS", "ERROR_BASE"}
)
RESERVED_ATTRIBUTES |= frozenset(
    {"CLASSES", "botocore_client", "_call", "_client", "_paginate", "_wait", "WAITER_ERROR"}
)
# Module-level names of generated shapes.py and errors.py other than shape classes: the
# tables, the imported base class, the builtins their annotations use (``type[...]``).
RESERVED_CLASSES = frozenset(
    {"CLASSES", "ERRORS", "ServiceError", "WaiterError", "UnknownValue", "annotations", "type"}
)
RESERVED_CLASSES |= ANNOTATION_BUILTINS
# client.py's own imports; the client class (``<Prefix>Client``) must not take them.
CLIENT_MODULE_NAMES = frozenset({"ServiceClient", "Path", "Paged", "to_wire_params"})
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


def member_attribute(wire_name: str, class_names: Collection[str]) -> str:
    """A structure member's ``python_attribute``, with ``_`` when it names one of the
    service's classes (ec2's enum shape ``scope`` and members ``Scope``): as a dataclass
    field it would shadow the class for the annotations in its class body."""
    name = python_attribute(wire_name)
    return f"{name}_" if name in class_names else name


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


def free_name(name: str, taken: Collection[str]) -> str:
    """``name``, or ``name_``, ``name__``... the first not in ``taken``: for class names
    the generator invents (``ShapeString`` for ``__string`` beside a shape ``ShapeString``,
    ``KitchensinkError`` beside an error shape of that name)."""
    while name in taken:
        name += "_"
    return name


class NameClash(ValueError):
    """Two model names that would become one generated name."""

    def __init__(self, first: str, second: str, generated: str) -> None:
        super().__init__(f"'{first}' and '{second}' both become {generated}")
        self.first, self.second, self.generated = first, second, generated


def check_distinct(pairs: Iterable[tuple[str, str]], describe: Callable[[str], str]) -> None:
    """(model name, generated name) pairs: two model names giving one generated name
    (``GetFoo``/``getFoo`` -> ``get_foo``) raise ``NameClash`` naming both;
    ``describe`` words the generated name (``lambda n: f"the method '{n}'"``)."""
    seen: dict[str, str] = {}
    for source, generated in pairs:
        first = seen.setdefault(generated, source)
        if first != source:
            raise NameClash(first, source, describe(generated))
