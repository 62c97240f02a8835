"""Docstring text for generated Python, composed from the model's documentation."""

from __future__ import annotations

from generator.escaping import docstring_body
from generator.ir.model import Member, Operation, Service, Shape, Waiter


def _indent(text: str, prefix: str) -> str:
    return "\n".join(prefix + line if line else "" for line in text.splitlines())


def _member_lines(service: Service, members: tuple[Member, ...], heading: str) -> str:
    if not members:
        return ""
    lines = [heading]
    for member in members:
        text = member.documentation.to_text() or service.shape(member.shape).kind
        first, _, rest = text.partition("\n")
        lines.append(f"    {member.python_name}: {first}")
        if rest:
            lines.append(_indent(rest, "        "))
    return "\n".join(lines)


def operation_docstring(service: Service, operation: Operation) -> str:
    return docstring_body(operation_docstring_text(service, operation))


def operation_docstring_text(service: Service, operation: Operation) -> str:
    """An operation method's docstring, before escaping."""
    parts = [operation.documentation.to_text() or f"Call {operation.name}."]
    if operation.input:
        args = _member_lines(service, service.shape(operation.input).members, "Args:")
        if args:
            parts.append(args)
    if operation.output:
        parts.append(f"Returns:\n    {service.shape(operation.output).python_class}")
    if operation.errors:
        raises = ["Raises:"]
        raises += [f"    {service.shape(e).python_class}" for e in operation.errors]
        raises.append("    ParamValidationError: the input breaks the model's constraints.")
        parts.append("\n".join(raises))
    return "\n\n".join(parts)


def shape_docstring(service: Service, shape: Shape) -> str:
    parts = [shape.documentation.to_text() or f"The {shape.name} shape."]
    attrs = _member_lines(service, shape.members, "Attributes:")
    if attrs:
        parts.append(attrs)
    return docstring_body("\n\n".join(parts))


def paging_docstring(service: Service, operation: Operation, method: str) -> str:
    """A paging method's docstring: what it yields, the operation's text, the arguments
    it shows (not the tokens and limit the paginator sets) and the paging ones."""
    paging = operation.pagination
    assert paging is not None and operation.output is not None
    if method == paging.items_method:
        what = f"Each element of ``{paging.items_attribute}`` of every page of {operation.name}"
    else:
        what = f"Each page of {operation.name}, a {service.shape(operation.output).python_class}"
    parts = [
        f"{what}, fetched as it is iterated (botocore's paginator).",
        operation.documentation.to_text() or f"Call {operation.name}.",
    ]
    shown = service.shape(operation.input).members if operation.input else ()
    args = _member_lines(service, tuple(m for m in shown if not paging.hides(m)), "Args:")
    paging_args = [
        "    max_items: stop after this many items in all; the result's ``resume_token``",
        "        is then the ``starting_token`` that continues.",
    ]
    if paging.limit_key:
        paging_args.append(f"    page_size: items per request (``{paging.limit_key}``).")
    paging_args.append("    starting_token: a ``resume_token`` to continue from.")
    parts.append("\n".join([args or "Args:", *paging_args]))
    return docstring_body("\n\n".join(parts))


def waiter_docstring(service: Service, waiter: Waiter) -> str:
    """A wait method's docstring: what it polls, then the arguments."""
    operation = service.operation(waiter.operation)
    parts = [
        f"Poll {operation.name} until the {waiter.name} waiter succeeds (botocore's "
        "waiter, as waiters-2.json says).",
        "delay: seconds between polls; max_attempts: polls before giving up (both "
        "default to the waiter's own).",
    ]
    if operation.input:
        args = _member_lines(service, service.shape(operation.input).members, "Args:")
        if args:
            parts.append(args)
    parts.append(f"Raises:\n    {service.waiter_error_class}: the waiter failed or gave up.")
    return docstring_body("\n\n".join(parts))
