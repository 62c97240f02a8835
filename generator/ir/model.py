"""IR dataclasses. Shapes refer to each other by name through ``Service.shapes``,
so recursive models need no cyclic objects."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Literal

from generator.doctree import Doc

ShapeKind = Literal[
    "structure",
    "union",
    "document",
    "list",
    "map",
    "string",
    "integer",
    "long",
    "float",
    "double",
    "boolean",
    "timestamp",
    "blob",
]


@dataclass(frozen=True)
class Constraints:
    """What the model says a value must satisfy (length for strings/blobs/lists/maps,
    value range for numbers)."""

    min: int | float | None = None
    max: int | float | None = None
    pattern: str | None = None
    enum: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return self != Constraints()


@dataclass(frozen=True)
class Member:
    """A named slot of a structure (or the element/key/value of a list or map)."""

    name: str  # wire name, e.g. SessionId
    shape: str  # target shape name
    python_name: str  # session_id: keyword-safe, unique in its structure
    cli_name: str  # session-id (without the leading --)
    documentation: Doc
    required: bool = False
    idempotency_token: bool = False
    deprecated: bool = False
    location: str | None = None  # header, querystring, uri, ...
    location_name: str | None = None
    json_value: bool = False
    # A streaming body (the member's own trait: s3 PutObject's Body; the target shape
    # may carry it instead, see ``streams``).
    streaming: bool = False

    def streams(self, shape: Shape) -> bool:
        """Whether this member, targeting ``shape``, is a streaming blob (botocore's
        is_streaming_blob_type on the member's merged serialization)."""
        return shape.kind == "blob" and (self.streaming or shape.streaming)

    @property
    def caller_required(self) -> bool:
        """Whether a caller must give it (the CLI option, the client keyword): an
        idempotency token never is, whatever the model says; botocore fills a missing one
        (awscli and boto3 rely on that)."""
        return self.required and not self.idempotency_token


@dataclass(frozen=True)
class Shape:
    name: str
    kind: ShapeKind
    python_class: str  # name of the generated type for this shape
    documentation: Doc
    constraints: Constraints = Constraints()
    members: tuple[Member, ...] = ()  # structure / union
    member: Member | None = None  # list element
    key: Member | None = None  # map key
    value: Member | None = None  # map value
    exception: bool = False
    error_code: str | None = None
    http_status: int | None = None
    fault: bool = False
    streaming: bool = False
    event_stream: bool = False
    sensitive: bool = False
    deprecated: bool = False
    timestamp_format: str | None = None
    recursive: bool = False  # the shape reaches itself

    @property
    def is_scalar(self) -> bool:
        return self.kind not in ("structure", "union", "document", "list", "map")

    def member_named(self, name: str) -> Member:
        for member in self.members:
            if member.name == name:
                return member
        raise KeyError(name)


@dataclass(frozen=True)
class Pagination:
    """How the typed client pages an operation (its paginators-1.json entry, read once).

    The caller names neither the input tokens nor the limit key: ``starting_token`` and
    ``page_size`` stand for them, as botocore's ``PaginationConfig`` does."""

    pages_method: str  # list_commands_pages: yields the typed response of each page
    # list_commands_items: yields the elements of the one list result key (None when the
    # paginator has several result keys or a JMESPath one: no single item type).
    items_method: str | None
    items_member: str | None  # the output member (wire name) the items come from
    items_attribute: str | None  # its attribute on the generated response class
    input_tokens: tuple[str, ...]  # wire names of the input token members
    limit_key: str | None  # wire name of the page size member

    def hides(self, member: Member) -> bool:
        """Whether a paging method leaves this input member to the paginator."""
        return member.name in self.input_tokens or member.name == self.limit_key


@dataclass(frozen=True)
class Operation:
    name: str  # ResumeSession
    python_name: str  # resume_session
    cli_name: str  # resume-session: the command and the file stem of its outputs
    botocore_method: str  # resume_session: the botocore client method (never suffixed)
    documentation: Doc
    input: str | None  # shape names
    output: str | None
    errors: tuple[str, ...] = ()
    http_method: str = "POST"
    http_uri: str = "/"
    deprecated: bool = False
    deprecated_message: str | None = None
    paginator: Mapping[str, object] | None = None
    pagination: Pagination | None = None  # the typed client's paging methods
    # The output member a streaming body arrives in (botocore's has_streaming_output),
    # e.g. s3 GetObject's "Body"; None when the output does not stream.
    streaming_output: str | None = None
    # Its input or output is an event stream (botocore's has_event_stream_input/output).
    event_stream: bool = False


@dataclass(frozen=True)
class Waiter:
    """A waiters-2.json waiter over one of the selected operations."""

    name: str  # CommandExecuted: botocore's name (client.get_waiter(xform_name(name)))
    cli_name: str  # command-executed: the ``wait`` subcommand
    operation: str  # GetCommandInvocation: the operation it polls
    python_name: str = ""  # wait_command_executed: the typed client's method


@dataclass(frozen=True)
class Service:
    name: str  # botocore's name: ssm
    package: str  # python package under generated/: ssm
    cli_name: str  # the command awscli gives it: s3api for s3 (overrides.CLI_SERVICE_NAMES)
    source: str  # where the model came from, for messages
    api_version: str
    protocol: str
    service_id: str
    full_name: str
    abbreviation: str
    uid: str
    target_prefix: str | None
    json_version: str | None
    documentation: Doc
    operations: tuple[Operation, ...]  # the selected ones, in model order
    shapes: Mapping[str, Shape] = field(default_factory=lambda: MappingProxyType({}))
    # The model trimmed to the selected operations, as JSON the generated package ships
    # so its botocore client speaks exactly this model.
    wire_model_json: str = "{}"
    # waiters-2.json's waiters over the selected operations, by name (empty when none).
    waiters: Mapping[str, Mapping[str, object]] = field(
        default_factory=lambda: MappingProxyType({})
    )
    # The waiters over selected operations, in botocore's order (sorted by name), and
    # their waiters-2.json as the generated package ships it.
    wait_commands: tuple[Waiter, ...] = ()
    waiters_json: str = '{"version": 2, "waiters": {}}\n'
    # paginators-1.json's paginators over the selected operations, as the package ships
    # it (botocore's client.get_paginator reads it through the shipped-model loader).
    paginators_json: str = '{"pagination": {}}\n'
    # The operations a generated package's trimmed model was cut to; None: a whole model.
    trimmed_to: tuple[str, ...] | None = None
    client_class: str = "Client"  # e.g. SSMClient
    error_base_class: str = "ServiceError"  # e.g. SSMError
    waiter_error_class: str = "WaiterError_"  # e.g. SSMWaiterError: raised by wait_*

    def shape(self, name: str) -> Shape:
        return self.shapes[name]

    def operation(self, name: str) -> Operation:
        for operation in self.operations:
            if operation.name == name:
                return operation
        raise KeyError(name)

    def reachable_shapes(self) -> tuple[Shape, ...]:
        """Shapes the selected operations reach (inputs, outputs, errors), in a stable
        order: model order of first reach, depth first."""
        seen: dict[str, Shape] = {}

        def visit(name: str) -> None:
            if name in seen:
                return
            shape = self.shapes[name]
            seen[name] = shape
            for child in children(shape):
                visit(child)

        for operation in self.operations:
            for name in (operation.input, operation.output, *operation.errors):
                if name:
                    visit(name)
        return tuple(seen.values())

    def python_types(self) -> tuple[Shape, ...]:
        """Shapes the typed client declares a type for: everything reachable except
        the top-level request structures (their members are the method's keyword
        arguments) and error structures (errors.py has classes for those)."""
        requests = {op.input for op in self.operations if op.input}
        used_elsewhere = {
            child for shape in self.reachable_shapes() for child in children(shape)
        } | {op.output for op in self.operations if op.output}
        return tuple(
            shape
            for shape in self.reachable_shapes()
            # An error structure that is also a member (an event stream's exception
            # events) is a type there too.
            if (not shape.exception or shape.name in used_elsewhere)
            and (shape.name not in requests or shape.name in used_elsewhere)
        )

    def error_shapes(self) -> tuple[Shape, ...]:
        names = sorted({e for op in self.operations for e in op.errors})
        return tuple(self.shapes[name] for name in names)

    def error_codes(self) -> tuple[tuple[str, Shape], ...]:
        """(error code, shape) for the ERRORS table, one per code; when two shapes share
        a code (cloudwatch's ResourceNotFound), the last by name wins, as a dict
        literal with both would have it."""
        table = {(shape.error_code or shape.name): shape for shape in self.error_shapes()}
        return tuple(table.items())


def children(shape: Shape) -> list[str]:
    """Names of the shapes a shape refers to directly."""
    refs = [m.shape for m in shape.members]
    for ref in (shape.member, shape.key, shape.value):
        if ref is not None:
            refs.append(ref.shape)
    return refs
