"""The typed client's paging methods: which there are and what they yield."""

from __future__ import annotations

from collections.abc import Iterable

from generator.escaping import identifier
from generator.ir.model import Member, Operation, Service
from generator.targets.client.layout import annotated
from generator.targets.client.pytypes import annotation

PARAMETER_INDENT = " " * 8


def paging_methods(service: Service, operation: Operation) -> list[tuple[str, str]]:
    """(method name, the annotation of what it yields) for a paginated operation: its
    pages (the typed response) and, with one list result key, that list's items."""
    paging = operation.pagination
    if paging is None or operation.output is None:
        return []
    output = service.shape(operation.output)
    methods = [(paging.pages_method, f"_shapes.{output.python_class}")]
    if paging.items_method and paging.items_member:
        items = service.shape(output.member_named(paging.items_member).shape)
        assert items.member is not None
        methods.append(
            (paging.items_method, annotation(service, items.member.shape, False, "_shapes."))
        )
    return methods


def parameters(service: Service, members: Iterable[Member], star: bool = False) -> str:
    """A method's keyword parameters after ``self``, one per line (black's layout):
    ``*``, the ones a caller must give, then the optional ones (``None`` by default)."""
    members = list(members)
    lines = [f"{PARAMETER_INDENT}*,"] if members or star else []
    for required in (True, False):
        for member in members:
            if member.caller_required is not required:
                continue
            name = identifier(member.python_name)
            text = annotation(service, member.shape, True, "_shapes.")
            if required:
                lines.append(annotated(PARAMETER_INDENT, name, text, suffix=","))
            else:
                lines.append(annotated(PARAMETER_INDENT, name, f"{text} | None", "None", ","))
    return "\n".join(lines)
