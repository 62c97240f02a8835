"""Docstring text for generated Python, composed from the model's documentation."""

from __future__ import annotations

from generator.escaping import docstring_body
from generator.ir.model import Member, Operation, Service, Shape


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
    return docstring_body("\n\n".join(parts))


def shape_docstring(service: Service, shape: Shape) -> str:
    parts = [shape.documentation.to_text() or f"The {shape.name} shape."]
    attrs = _member_lines(service, shape.members, "Attributes:")
    if attrs:
        parts.append(attrs)
    return docstring_body("\n\n".join(parts))
