"""Build the IR from a loaded botocore ServiceModel: every name and fact decided once."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from types import MappingProxyType
from typing import Any, cast

from botocore import model as bm
from botocore import xform_name

from generator.doctree import Doc, DocTooDeep, parse_html
from generator.errors import GeneratorError
from generator.ir import naming
from generator.ir.model import (
    Constraints,
    Member,
    Operation,
    Pagination,
    Service,
    Shape,
    ShapeKind,
    Waiter,
    children,
)
from generator.loader import LoadedModel, closest, trimmed_model
from generator.overrides import cli_service_name


def _trait(shape: bm.Shape, name: str) -> Any:
    # Traits botocore keeps in the model dict without a property (deprecated, ...).
    model: Mapping[str, Any] = getattr(shape, "_shape_model", {})
    return model.get(name)


def _operation_trait(op: bm.OperationModel, name: str) -> Any:
    # OperationModel.metadata is the service's; the operation's own dict is private.
    model: Mapping[str, Any] = getattr(op, "_operation_model", {})
    return model.get(name)


def _kind(shape: bm.Shape) -> ShapeKind:
    kind = shape.type_name
    if kind == "structure":
        if shape.metadata.get("document"):
            return "document"
        if shape.metadata.get("union"):
            return "union"
    # Rare numeric/char types map onto the nearest botocore serialises them as.
    aliases = {
        "byte": "integer",
        "short": "integer",
        "bigInteger": "long",
        "bigDecimal": "double",
        "character": "string",
    }
    return cast(ShapeKind, aliases.get(kind, kind))


def _constraints(shape: bm.Shape) -> Constraints:
    meta = shape.metadata
    return Constraints(
        min=meta.get("min"),
        max=meta.get("max"),
        pattern=meta.get("pattern"),
        enum=tuple(shape.enum) if isinstance(shape, bm.StringShape) else (),
    )


class _Builder:
    def __init__(self, loaded: LoadedModel) -> None:
        self.loaded = loaded
        self.model = loaded.service_model
        self.shapes: dict[str, Shape] = {}
        self.operation_name: str | None = None  # the operation being built, for messages
        self.class_names: dict[str, str] = {}
        taken: set[str] = set(naming.RESERVED_CLASSES)
        for name in self.model.shape_names:
            # Shape names are unique, but e.g. "__string" and "ShapeString" can collide
            # once made into identifiers, and a shape "CLASSES" with the table of that name.
            candidate = naming.free_name(naming.python_class(name), taken)
            taken.add(candidate)
            self.class_names[name] = candidate
        self.taken_classes = frozenset(self.class_names.values())

    def fail(self, message: str) -> GeneratorError:
        return GeneratorError(
            message,
            service=self.loaded.service_name,
            operation=self.operation_name,
            file=self.loaded.source,
        )

    def distinct(
        self,
        where: str,
        pairs: Iterable[tuple[str, str]],
        describe: Callable[[str], str],
        *,
        operations: bool = False,
    ) -> None:
        """Refuse two model names that become one generated name, naming both (and, for
        ``operations``, the second as the operation)."""
        try:
            naming.check_distinct(pairs, describe)
        except naming.NameClash as clash:
            if operations:
                self.operation_name = clash.second
            raise self.fail(f"{where}: {clash}") from None

    def doc(self, html: str | None, where: str) -> Doc:
        """Parsed documentation; too deep a nesting is one line naming the place."""
        try:
            return parse_html(html or "")
        except DocTooDeep as exc:
            raise self.fail(f"{where}.documentation: {exc}") from None

    def member(
        self,
        where: str,
        wire_name: str,
        shape: bm.Shape,
        python_name: str,
        required: bool,
        cli_name: str | None = None,
    ) -> Member:
        serialization = shape.serialization
        return Member(
            name=wire_name,
            shape=shape.name,
            python_name=python_name,
            cli_name=cli_name or naming.cli_option(wire_name),
            documentation=self.doc(shape.documentation, where),
            required=required,
            idempotency_token=bool(shape.metadata.get("idempotencyToken")),
            deprecated=bool(_trait(shape, "deprecated")),
            location=serialization.get("location"),
            location_name=serialization.get("name"),
            json_value=bool(serialization.get("jsonvalue")),
            streaming=bool(serialization.get("streaming")),
        )

    def shape(self, name: str) -> Shape:
        if name in self.shapes:
            return self.shapes[name]
        source = self.model.shape_for(name)
        kind = _kind(source)
        members: tuple[Member, ...] = ()
        member = key = value = None
        if isinstance(source, bm.StructureShape) and kind != "document":
            wire_names = list(source.members)
            python_names = [naming.member_attribute(n, self.taken_classes) for n in wire_names]
            self.distinct(
                f"shapes.{name}.members",
                zip(wire_names, python_names, strict=True),
                lambda n: f"the Python name '{n}'",
            )
            cli_names = [naming.cli_option(n) for n in wire_names]
            required = set(source.required_members)
            members = tuple(
                self.member(
                    f"shapes.{name}.members.{wire}",
                    wire,
                    source.members[wire],
                    py,
                    wire in required,
                    cli,
                )
                for wire, py, cli in zip(wire_names, python_names, cli_names, strict=True)
            )
        elif isinstance(source, bm.ListShape):
            member = self.member(f"shapes.{name}.member", "member", source.member, "member", False)
        elif isinstance(source, bm.MapShape):
            key = self.member(f"shapes.{name}.key", "key", source.key, "key", False)
            value = self.member(f"shapes.{name}.value", "value", source.value, "value", False)
        error = source.metadata.get("error") or {}
        result = Shape(
            name=name,
            kind=kind,
            python_class=self.class_names[name],
            documentation=self.doc(source.documentation, f"shapes.{name}"),
            constraints=_constraints(source),
            members=members,
            member=member,
            key=key,
            value=value,
            exception=bool(source.metadata.get("exception")),
            error_code=error.get("code") if source.metadata.get("exception") else None,
            http_status=error.get("httpStatusCode"),
            fault=bool(_trait(source, "fault")),
            streaming=bool(source.serialization.get("streaming") or _trait(source, "streaming")),
            event_stream=bool(_trait(source, "eventstream")),
            sensitive=bool(source.metadata.get("sensitive")),
            deprecated=bool(_trait(source, "deprecated")),
            timestamp_format=source.serialization.get("timestampFormat"),
        )
        self.shapes[name] = result
        for child in children(result):
            self.shape(child)
        return result

    def distinct_options(self, shape: Shape) -> None:
        """An input's members as CLI options: FooBar and fooBar both become --foo-bar
        (awscli crashes on the clash), and a boolean X takes --no-x too."""
        options = [(m.name, m.cli_name) for m in shape.members]
        options += [
            (m.name, f"no-{m.cli_name}")
            for m in shape.members
            if self.shapes[m.shape].kind == "boolean"
        ]
        self.distinct(f"shapes.{shape.name}.members", options, lambda n: f"the CLI option '--{n}'")

    def operation(self, name: str) -> Operation:
        op = self.model.operation_model(name)
        self.operation_name = name
        for shape in (op.input_shape, op.output_shape, *op.error_shapes):
            if shape is not None:
                self.shape(shape.name)
        if op.input_shape is not None:
            self.distinct_options(self.shapes[op.input_shape.name])
        paginator = self.loaded.paginators.get(name)
        return Operation(
            name=name,
            python_name=naming.python_attribute(name),
            cli_name=naming.cli_option(name),
            botocore_method=xform_name(name),
            documentation=self.doc(op.documentation, f"operations.{name}"),
            input=op.input_shape.name if op.input_shape is not None else None,
            output=op.output_shape.name if op.output_shape is not None else None,
            errors=tuple(shape.name for shape in op.error_shapes),
            http_method=op.http.get("method", "POST"),
            http_uri=op.http.get("requestUri", "/"),
            deprecated=bool(op.deprecated),
            deprecated_message=_operation_trait(op, "deprecatedMessage"),
            paginator=MappingProxyType(dict(paginator)) if paginator else None,
            pagination=_pagination(name, paginator, self.shapes, op) if paginator else None,
            streaming_output=_streaming_output(op),
            event_stream=bool(op.has_event_stream_input or op.has_event_stream_output),
        )


def _pagination(
    name: str, config: Mapping[str, Any], shapes: Mapping[str, Shape], op: bm.OperationModel
) -> Pagination:
    """The typed client's view of a paginator: its methods and the members it hides."""
    tokens = config.get("input_token")
    keys = config.get("result_key")
    keys = [keys] if isinstance(keys, str) else list(keys or [])
    items = None
    if len(keys) == 1 and op.output_shape is not None:
        output = shapes[op.output_shape.name]
        member = next((m for m in output.members if m.name == keys[0]), None)
        if member is not None and shapes[member.shape].kind == "list":
            items = member
    method = naming.python_attribute(name)
    return Pagination(
        pages_method=f"{method.rstrip('_')}_pages",
        items_method=f"{method.rstrip('_')}_items" if items else None,
        items_member=items.name if items else None,
        items_attribute=items.python_name if items else None,
        input_tokens=(tokens,) if isinstance(tokens, str) else tuple(tokens or ()),
        limit_key=config.get("limit_key"),
    )


def _streaming_output(op: bm.OperationModel) -> str | None:
    """The output member a streaming body arrives in (botocore's has_streaming_output)."""
    if not op.has_streaming_output or op.output_shape is None:
        return None
    return str(op.output_shape.serialization["payload"])


def _mark_recursive(shapes: dict[str, Shape]) -> dict[str, Shape]:
    """Flag shapes that reach themselves (Tarjan-free: a DFS per shape is fine at model size)."""
    import dataclasses

    def reaches(start: str) -> bool:
        stack, seen = list(children(shapes[start])), set()
        while stack:
            name = stack.pop()
            if name == start:
                return True
            if name not in seen:
                seen.add(name)
                stack.extend(children(shapes[name]))
        return False

    return {
        name: dataclasses.replace(shape, recursive=True) if reaches(name) else shape
        for name, shape in shapes.items()
    }


def select_operations(loaded: LoadedModel, wanted: Iterable[str] | str) -> list[str]:
    """Resolve ``"*"`` or a list of operation names, in model order; unknown names fail."""
    available = list(loaded.service_model.operation_names)
    if wanted == "*":
        return available
    names = list(wanted)
    chosen = set(names)  # sets: selecting 20,000 operations stays linear
    known = set(available)
    for name in names:
        if name not in known:
            raise GeneratorError(
                f"unknown operation '{name}'.{closest(name, available)}",
                service=loaded.service_name,
                operation=name,
                file=loaded.source,
            )
    return [name for name in available if name in chosen]


def build_service(loaded: LoadedModel, operations: Iterable[str] | str = "*") -> Service:
    builder = _Builder(loaded)
    names = select_operations(loaded, operations)
    ops = tuple(builder.operation(name) for name in names)
    selected = set(names)
    waiters = {
        name: body for name, body in loaded.waiters.items() if body.get("operation") in selected
    }
    builder.operation_name = None
    # GetFoo, GetFOO and getFoo are all get_foo: one method, one command, one file stem.
    builder.distinct(
        "operations",
        ((op.name, op.python_name) for op in ops),
        lambda n: f"the method '{n}'",
        operations=True,
    )
    builder.distinct(
        "operations",
        ((op.name, op.cli_name) for op in ops),
        lambda n: f"the command and file stem '{n}'",
        operations=True,
    )
    wait_commands = tuple(
        Waiter(
            name,
            naming.cli_option(name),
            str(waiters[name]["operation"]),
            f"wait_{naming.python_attribute(name).rstrip('_')}",
        )
        for name in sorted(waiters)
    )
    # The typed client's paging and wait methods share its namespace with the operations.
    methods = [(op.name, op.python_name) for op in ops]
    for op in ops:
        if op.pagination is not None:
            methods.append((f"{op.name} (pages)", op.pagination.pages_method))
            if op.pagination.items_method:
                methods.append((f"{op.name} (items)", op.pagination.items_method))
    methods += [(f"waiter {w.name}", w.python_name) for w in wait_commands]
    builder.distinct("operations", methods, lambda n: f"the client method '{n}'")
    meta = loaded.service_model.metadata
    abbreviation = meta.get("serviceAbbreviation") or meta.get("serviceFullName", "")
    prefix = "".join(
        ch for ch in abbreviation.replace("Amazon", "").replace("AWS", "") if ch.isalnum()
    ) or naming.python_class(loaded.service_name)
    prefix = prefix[0].upper() + prefix[1:]  # PascalCase: "imagebuilder" -> Imagebuilder
    # errors.py holds the base class beside the error shapes' classes.
    error_classes = {builder.class_names[error] for op in ops for error in op.errors}
    return Service(
        name=loaded.service_name,
        package=naming.python_package(loaded.service_name),
        cli_name=cli_service_name(loaded.service_name),
        source=loaded.source,
        api_version=meta.get("apiVersion", ""),
        protocol=meta.get("protocol", ""),
        service_id=meta.get("serviceId", ""),
        full_name=meta.get("serviceFullName", ""),
        abbreviation=abbreviation,
        uid=meta.get("uid", ""),
        target_prefix=meta.get("targetPrefix"),
        json_version=meta.get("jsonVersion"),
        documentation=builder.doc(loaded.service_model.documentation, "service"),
        operations=ops,
        shapes=MappingProxyType(_mark_recursive(builder.shapes)),
        wire_model_json=json.dumps(trimmed_model(loaded, names), indent=1, ensure_ascii=True)
        + "\n",
        waiters=MappingProxyType(
            {name: MappingProxyType(dict(body)) for name, body in waiters.items()}
        ),
        wait_commands=wait_commands,
        paginators_json=json.dumps(
            {"pagination": {n: loaded.paginators[n] for n in names if n in loaded.paginators}},
            indent=1,
            ensure_ascii=True,
        )
        + "\n",
        waiters_json=json.dumps({"version": 2, "waiters": waiters}, indent=1, ensure_ascii=True)
        + "\n",
        trimmed_to=loaded.trimmed_to,
        client_class=naming.free_name(f"{prefix}Client", naming.CLIENT_MODULE_NAMES),
        error_base_class=naming.free_name(
            f"{prefix}Error", naming.RESERVED_CLASSES | error_classes
        ),
        waiter_error_class=naming.free_name(
            f"{prefix}WaiterError", naming.RESERVED_CLASSES | error_classes | {"WaiterError"}
        ),
    )
