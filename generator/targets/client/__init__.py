"""The ``client`` target: a typed Python client per service (client.py, shapes.py,
errors.py) and the trimmed model it speaks."""

from types import MappingProxyType

from generator.targets.base import Target
from generator.targets.client.docstrings import (
    class_docstring,
    operation_docstring,
    paging_docstring,
    shape_docstring,
    waiter_docstring,
)
from generator.targets.client.imports import client_imports, shapes_imports
from generator.targets.client.layout import (
    annotated,
    assignment,
    call,
    field,
    returns,
)
from generator.targets.client.methods import paging_methods, parameters
from generator.targets.client.pytypes import annotation, enum_literal, member_annotation

TARGET = Target(
    name="client",
    helpers=MappingProxyType(
        {
            "annotation": annotation,
            "member_annotation": member_annotation,
            "enum_literal": enum_literal,
            "class_docstring": class_docstring,
            "operation_docstring": operation_docstring,
            "paging_docstring": paging_docstring,
            "paging_methods": paging_methods,
            "parameters": parameters,
            "annotated": annotated,
            "assignment": assignment,
            "call": call,
            "field": field,
            "returns": returns,
            "waiter_docstring": waiter_docstring,
            "shape_docstring": shape_docstring,
            "client_imports": client_imports,
            "shapes_imports": shapes_imports,
        }
    ),
    parts=("model",),
    runtime=("client",),
)
