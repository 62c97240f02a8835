"""The typed client's paging methods: which there are and what they yield."""

from __future__ import annotations

from generator.ir.model import Operation, Service
from generator.targets.client.pytypes import annotation


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
