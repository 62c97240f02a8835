"""Docstring text for generated Python, composed from the model's documentation and
wrapped to the line length (``wrap.py``: paragraphs and lists kept, reversible)."""

from __future__ import annotations

from generator.escaping import docstring_body
from generator.ir.model import Member, Operation, Service, Shape, Waiter
from generator.targets.client.layout import LINE_LENGTH, docstring
from generator.targets.client.wrap import wrap_text

# Text columns of a docstring in a method (indented 8) and in a class (indented 4); the
# first line also holds the opening quotes. Escapes (\u2019, \") may add a few columns.
METHOD_INDENT = " " * 8
CLASS_INDENT = " " * 4
METHOD_WIDTH = LINE_LENGTH - 8
CLASS_WIDTH = LINE_LENGTH - 4
QUOTES = 3


def _indent(text: str, prefix: str) -> str:
    return "\n".join(prefix + line if line else "" for line in text.splitlines())


def _lead(text: str, width: int) -> str:
    """A docstring's own text, its first line beside the opening quotes."""
    return wrap_text(text, width, width - QUOTES)


def _member_lines(service: Service, members: tuple[Member, ...], heading: str, width: int) -> str:
    if not members:
        return ""
    lines = [heading]
    for member in members:
        text = member.documentation.to_text() or service.shape(member.shape).kind
        name = f"    {member.python_name}: "
        wrapped = wrap_text(text, width - 8, width - len(name))
        first, _, rest = wrapped.partition("\n")
        lines.append(name + first)
        if rest:
            lines.append(_indent(rest, "        "))
    return "\n".join(lines)


def operation_docstring(service: Service, operation: Operation) -> str:
    return _method(operation_docstring_text(service, operation))


def operation_docstring_text(service: Service, operation: Operation) -> str:
    """An operation method's docstring, before escaping."""
    parts = [_lead(operation.documentation.to_text() or f"Call {operation.name}.", METHOD_WIDTH)]
    if operation.input:
        members = service.shape(operation.input).members
        args = _member_lines(service, members, "Args:", METHOD_WIDTH)
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


def _method(text: str) -> str:
    """The text between a method docstring's quotes (escaped, in black's layout)."""
    return docstring(docstring_body(text), METHOD_INDENT)


def _class(text: str) -> str:
    """The text between a class docstring's quotes (escaped, in black's layout)."""
    return docstring(docstring_body(text), CLASS_INDENT)


def shape_docstring(service: Service, shape: Shape) -> str:
    parts = [_lead(shape.documentation.to_text() or f"The {shape.name} shape.", CLASS_WIDTH)]
    attrs = _member_lines(service, shape.members, "Attributes:", CLASS_WIDTH)
    if attrs:
        parts.append(attrs)
    return _class("\n\n".join(parts))


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
        _lead(f"{what}, fetched as it is iterated (botocore's paginator).", METHOD_WIDTH),
        wrap_text(operation.documentation.to_text() or f"Call {operation.name}.", METHOD_WIDTH),
    ]
    shown = service.shape(operation.input).members if operation.input else ()
    kept = tuple(m for m in shown if not paging.hides(m))
    args = _member_lines(service, kept, "Args:", METHOD_WIDTH)
    paging_args = [
        "    max_items: stop after this many items in all; the result's ``resume_token``",
        "        is then the ``starting_token`` that continues.",
    ]
    if paging.limit_key:
        paging_args.append(f"    page_size: items per request (``{paging.limit_key}``).")
    paging_args.append("    starting_token: a ``resume_token`` to continue from.")
    parts.append("\n".join([args or "Args:", *paging_args]))
    return _method("\n\n".join(parts))


def waiter_docstring(service: Service, waiter: Waiter) -> str:
    """A wait method's docstring: what it polls, then the arguments."""
    operation = service.operation(waiter.operation)
    parts = [
        _lead(
            f"Poll {operation.name} until the {waiter.name} waiter succeeds (botocore's "
            "waiter, as waiters-2.json says).",
            METHOD_WIDTH,
        ),
        wrap_text(
            "delay: seconds between polls; max_attempts: polls before giving up (both "
            "default to the waiter's own).",
            METHOD_WIDTH,
        ),
    ]
    if operation.input:
        members = service.shape(operation.input).members
        args = _member_lines(service, members, "Args:", METHOD_WIDTH)
        if args:
            parts.append(args)
    parts.append(f"Raises:\n    {service.waiter_error_class}: the waiter failed or gave up.")
    return _method("\n\n".join(parts))


def class_docstring(text: str) -> str:
    """A class's docstring from its documentation text (the client's, an error's)."""
    return _class(_lead(text, CLASS_WIDTH))
