"""Load botocore service models. The only module that knows botocore's JSON layout."""

from __future__ import annotations

import difflib
import gzip
import json
import math
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from botocore.exceptions import DataNotFoundError
from botocore.loaders import ExtrasProcessor, Loader
from botocore.model import ServiceModel

from generator.errors import GeneratorError

# Every shape "type" botocore models use; anything else is a broken model.
SHAPE_TYPES = frozenset(
    {
        "structure",
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
        "byte",
        "short",
        "character",
        "bigInteger",
        "bigDecimal",
    }
)

# Names become file names, identifiers and dict keys. Every botocore model (424 services,
# 18,378 operations) fits these, so anything else is refused rather than escaped:
# "../x", "/etc/passwd", NUL or bidirectional control characters never reach a path.
OPERATION_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_]*\Z")
SHAPE_OR_MEMBER_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
SERVICE_NAME = re.compile(r"[a-z0-9][a-z0-9._-]*\Z")

# How deep shapes may nest: the longest chain of shape references an operation's input,
# output or error can start, a recursive group (shapes reaching each other) counting all
# of its shapes, since the walkers (docs, skeletons, types) may pass through each. The
# deepest botocore model (bedrock-agent-runtime, 1.43.11) nests 23 by this count and the
# largest recursive group is 7 shapes (wafv2); 64 leaves room for growth and keeps every
# walker (the docs pages pass each shape twice) far from Python's recursion limit.
MAX_SHAPE_DEPTH = 64
DEEPEST_BOTOCORE_SHAPES = 23

# Models larger than this are refused before parsing (the largest botocore model, ec2,
# is under 4 MiB uncompressed; 64 MiB leaves room for growth and stops runaway input).
MAX_MODEL_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class LoadedModel:
    """A validated model plus where it came from (for error messages)."""

    service_name: str
    source: str
    service_model: ServiceModel
    raw: Mapping[str, Any]
    paginators: Mapping[str, Any]
    waiters: Mapping[str, Any] = field(default_factory=dict)  # waiters-2.json's "waiters"
    # A generated package's shipped model is trimmed to the operations it was generated
    # for, and says so (TRIMMED_KEY); None for a whole model.
    trimmed_to: tuple[str, ...] | None = None


TRIMMED_KEY = "x-trimmed-to-operations"


def _loader() -> Loader:
    return Loader()


def available_services() -> list[str]:
    """Service names the pinned botocore ships, sorted."""
    return sorted(_loader().list_available_services("service-2"))


def closest(name: str, choices: Iterable[str]) -> str:
    """A ' Did you mean: …?' suffix listing the closest names, or ''."""
    pool = list(choices)
    matches = difflib.get_close_matches(name, pool, n=3, cutoff=0.5)
    if not matches:
        lowered = {c.lower(): c for c in pool}
        matches = [lowered[m] for m in difflib.get_close_matches(name.lower(), lowered, n=3)]
    return f" Did you mean: {', '.join(matches)}?" if matches else ""


def read_model_file(path: Path) -> dict[str, Any]:
    """Parse a service-2.json file, with line and column on malformed JSON."""
    display = str(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise GeneratorError(f"cannot read model: {exc.strerror}", file=display) from exc
    if size > MAX_MODEL_BYTES:
        raise GeneratorError(
            f"model is {size} bytes, over the {MAX_MODEL_BYTES}-byte limit", file=display
        )
    try:
        text = _read_text(path)
    except (OSError, UnicodeDecodeError) as exc:
        raise GeneratorError(f"cannot read model: {exc}", file=display) from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise GeneratorError(
            f"malformed JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}",
            file=display,
        ) from exc
    if not isinstance(data, dict):
        raise GeneratorError("model is not a JSON object", file=display)
    return data


def _read_text(path: Path) -> str:
    """A model file's text; botocore's data/ ships models gzipped (service-2.json.gz)."""
    if not path.name.endswith(".gz"):
        return path.read_text(encoding="utf-8")
    try:
        with gzip.open(path, "rb") as handle:
            data = handle.read(MAX_MODEL_BYTES + 1)
    except EOFError as exc:
        raise OSError(f"truncated gzip file: {exc}") from exc
    if len(data) > MAX_MODEL_BYTES:
        raise OSError(f"model is over the {MAX_MODEL_BYTES}-byte limit once decompressed")
    return data.decode("utf-8")


def _service_name_of(raw: Mapping[str, Any], path: Path) -> str:
    """Name a standalone model: its botocore-style folder, else its endpointPrefix."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", path.parent.name) and path.parent.parent.name:
        return path.parent.parent.name
    metadata = raw.get("metadata", {})
    return str(metadata.get("endpointPrefix", "")) if isinstance(metadata, dict) else ""


def validate_model(raw: Mapping[str, Any], source: str, service: str) -> None:
    """Refuse models the rest of the pipeline cannot represent, naming the place."""

    def fail(message: str, operation: str | None = None) -> GeneratorError:
        return GeneratorError(message, service=service, operation=operation, file=source)

    if not raw:
        raise fail("model is empty")
    for key in ("metadata", "operations", "shapes"):
        if not isinstance(raw.get(key), dict):
            raise fail(f"model has no '{key}' object")
    shapes: Mapping[str, Any] = raw["shapes"]

    def check_ref(ref: Any, where: str, operation: str | None = None) -> None:
        if not isinstance(ref, dict) or not isinstance(ref.get("shape"), str):
            raise fail(f"{where}: reference has no 'shape' name", operation)
        if ref["shape"] not in shapes:
            raise fail(f"{where}: points to missing shape '{ref['shape']}'", operation)

    if not SERVICE_NAME.match(service) or ".." in service:
        raise fail(f"service name {service!r} is not a safe name")
    for shape_name, shape in shapes.items():
        where = f"shapes.{shape_name!r}"
        if not SHAPE_OR_MEMBER_NAME.match(shape_name):
            raise fail(f"{where}: shape name is not a safe name (letters, digits, _)")
        where = f"shapes.{shape_name}"
        if not isinstance(shape, dict):
            raise fail(f"{where}: shape is not an object")
        kind = shape.get("type")
        if kind not in SHAPE_TYPES:
            raise fail(f"{where}: unknown shape type {kind!r}")
        _check_shape_fields(shape, where, fail)
        if kind == "structure":
            members = shape.get("members", {})
            if not isinstance(members, dict):
                raise fail(f"{where}.members: not an object")
            for member_name, ref in members.items():
                if not SHAPE_OR_MEMBER_NAME.match(member_name):
                    raise fail(f"{where}.members: member name {member_name!r} is not a safe name")
                check_ref(ref, f"{where}.members.{member_name}")
            for required in shape.get("required", []):
                if required not in members:
                    raise fail(f"{where}.required: '{required}' is not a member")
        elif kind == "list":
            check_ref(shape.get("member"), f"{where}.member")
        elif kind == "map":
            check_ref(shape.get("key"), f"{where}.key")
            check_ref(shape.get("value"), f"{where}.value")
    _refuse_container_only_cycles(shapes, fail)
    _check_fields(raw, fail)
    for op_name, op in raw["operations"].items():
        if not OPERATION_NAME.match(op_name):
            raise fail(
                f"operations: operation name {op_name!r} is not a safe name (letters, digits, _)"
            )
        where = f"operations.{op_name}"
        if not isinstance(op, dict):
            raise fail(f"{where}: operation is not an object", op_name)
        if not isinstance(op.get("documentation", ""), str):
            raise fail(f"{where}.documentation: not a string", op_name)
        http = op.get("http", {})
        if not isinstance(http, dict) or not all(
            isinstance(http.get(key, ""), str) for key in ("method", "requestUri")
        ):
            raise fail(f"{where}.http: not an object of method and requestUri strings", op_name)
        for key in ("input", "output"):
            if key in op:
                check_ref(op[key], f"{where}.{key}", op_name)
        for index, error in enumerate(op.get("errors", [])):
            check_ref(error, f"{where}.errors[{index}]", op_name)
    _refuse_deep_nesting(raw, fail)


# botocore's protocols: a model naming another cannot be built into a client.
PROTOCOLS = frozenset({"json", "rest-json", "rest-xml", "query", "ec2", "smithy-rpc-v2-cbor"})


def _check_fields(raw: Mapping[str, Any], fail: Any) -> None:
    """The top-level fields botocore's format types: strings where it has strings."""
    metadata = raw["metadata"]
    for key in (
        "apiVersion",
        "protocol",
        "serviceFullName",
        "serviceId",
        "uid",
        "endpointPrefix",
        "signatureVersion",
        "targetPrefix",
        "jsonVersion",
    ):
        if key in metadata and not isinstance(metadata[key], str):
            raise fail(f"metadata.{key}: not a string")
    protocol = metadata.get("protocol")
    if protocol is not None and protocol not in PROTOCOLS:
        raise fail(f"metadata.protocol: unknown protocol {protocol!r}")
    protocols = metadata.get("protocols", [protocol] if protocol else [])
    if not isinstance(protocols, list) or not any(p in PROTOCOLS for p in protocols):
        raise fail(f"metadata.protocols: no known protocol in {protocols!r}")
    if not isinstance(raw.get("documentation", ""), str):
        raise fail("documentation: not a string")


def _check_shape_fields(shape: Mapping[str, Any], where: str, fail: Any) -> None:
    """A shape's typed fields: documentation a string, enum a list of strings, bounds
    finite numbers, pattern a string (``"enum": "abc"`` is not three values)."""
    if not isinstance(shape.get("documentation", ""), str):
        raise fail(f"{where}.documentation: not a string")
    enum = shape.get("enum")
    if enum is not None and not (
        isinstance(enum, list) and all(isinstance(value, str) for value in enum)
    ):
        raise fail(f"{where}.enum: not a list of strings")
    for key in ("min", "max"):
        bound = shape.get(key)
        if bound is not None and (
            isinstance(bound, bool)
            or not isinstance(bound, int | float)
            or not math.isfinite(bound)
        ):
            raise fail(f"{where}.{key}: not a finite number ({bound!r})")
    if not isinstance(shape.get("pattern", ""), str):
        raise fail(f"{where}.pattern: not a string")
    for name, ref in (shape.get("members") or {}).items():
        if isinstance(ref, dict) and not isinstance(ref.get("documentation", ""), str):
            raise fail(f"{where}.members.{name}.documentation: not a string")


def _refuse_container_only_cycles(shapes: Mapping[str, Any], fail: Any) -> None:
    """A list or map that contains itself with no structure in between has no end:
    botocore's skeleton and doc walkers (and ours) would recurse forever. Real models
    only recurse through structures."""

    def containers(name: str) -> list[str]:
        shape = shapes[name]
        refs = _child_refs(shape) if shape.get("type") in ("list", "map") else []
        return [ref for ref in refs if shapes[ref].get("type") in ("list", "map")]

    for start in shapes:
        stack, seen = containers(start), set()
        while stack:
            name = stack.pop()
            if name == start:
                raise fail(
                    f"shapes.{start}: recursive through lists/maps only, with no "
                    "structure in between"
                )
            if name not in seen:
                seen.add(name)
                stack.extend(containers(name))


def _refuse_deep_nesting(raw: Mapping[str, Any], fail: Any) -> None:
    """Refuse an operation whose shapes nest deeper than ``MAX_SHAPE_DEPTH``, naming it,
    the shape it starts from and the deepest shape of the chain. Iterative throughout
    (a 5,000-deep chain is measured, not recursed into)."""
    shapes: Mapping[str, Any] = raw["shapes"]
    depth = nesting_depths(shapes)
    for op_name, op in raw["operations"].items():
        refs = [(key, op[key]) for key in ("input", "output") if key in op]
        refs += [(f"errors[{i}]", error) for i, error in enumerate(op.get("errors", []))]
        for key, ref in refs:
            root = ref["shape"]
            if depth[root][0] > MAX_SHAPE_DEPTH:
                end = root
                while depth[end][1] is not None:
                    end = depth[end][1]
                raise fail(
                    f"operations.{op_name}.{key}: shapes nest {depth[root][0]} deep from "
                    f"'{root}' to '{end}', over the limit of {MAX_SHAPE_DEPTH} (the deepest "
                    f"botocore model nests {DEEPEST_BOTOCORE_SHAPES})",
                    op_name,
                )


def nesting_depths(shapes: Mapping[str, Any]) -> dict[str, tuple[int, str | None]]:
    """Each shape's nesting depth (see ``MAX_SHAPE_DEPTH``) and the next shape on its
    deepest chain outside its own recursive group (None at the end): the longest path
    through the recursive groups, each weighing its size."""
    group_of: dict[str, int] = {}
    best: list[tuple[int, str | None]] = []
    for number, group in enumerate(recursive_groups(shapes)):
        below: tuple[int, str | None] = (0, None)
        for name in group:
            group_of[name] = number
        for name in group:
            for child in _child_refs(shapes[name]):
                if group_of[child] != number and best[group_of[child]][0] > below[0]:
                    below = (best[group_of[child]][0], child)
        best.append((len(group) + below[0], below[1]))
    return {name: best[group_of[name]] for name in shapes}


def recursive_groups(shapes: Mapping[str, Any]) -> list[list[str]]:
    """The shapes in groups that reach each other (strongly connected components; a shape
    on no cycle is a group of one), every group after the groups it refers to: Tarjan's
    algorithm, without recursion."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    groups: list[list[str]] = []

    def enter(name: str) -> tuple[str, Iterator[str]]:
        index[name] = low[name] = len(index)
        stack.append(name)
        on_stack.add(name)
        return name, iter(_child_refs(shapes[name]))

    for start in shapes:
        if start in index:
            continue
        work = [enter(start)]
        while work:
            name, pending = work[-1]
            for child in pending:
                if child not in index:
                    work.append(enter(child))
                    break
                if child in on_stack:
                    low[name] = min(low[name], index[child])
            else:
                work.pop()
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[name])
                if low[name] == index[name]:
                    group: list[str] = []
                    while not group or group[-1] != name:
                        group.append(stack.pop())
                        on_stack.discard(group[-1])
                    groups.append(group)
    return groups


def load_service(service: str | None, model_path: Path | None = None) -> LoadedModel:
    """Load one service: from the pinned botocore, or from a given service-2.json."""
    loader = _loader()
    if model_path is not None:
        raw = read_model_file(model_path)
        source = str(model_path)
        name = service or _service_name_of(raw, model_path)
        if not name:
            raise GeneratorError("cannot tell the service name from metadata", file=source)
        paginators = _sibling_json(model_path.parent, "paginators-1.json")
        waiters = _sibling_json(model_path.parent, "waiters-2.json")
        # botocore's Loader merges sdk-extras into the model it loads; do the same for a
        # file in a botocore-style folder, so "installed" and a data/ copy compare equal.
        extras = _sibling_json(model_path.parent, "service-2.sdk-extras.json")
        if extras:
            ExtrasProcessor().process(raw, [extras])
    else:
        if not service:
            raise GeneratorError("no service named")
        known = available_services()
        if service not in known:
            raise GeneratorError(
                f"unknown service '{service}'.{closest(service, known)}", service=service
            )
        raw = loader.load_service_model(service, "service-2")
        api_version = raw.get("metadata", {}).get("apiVersion", "")
        source = f"botocore:{service}/{api_version}/service-2.json"
        name = service
        try:
            paginators = loader.load_service_model(service, "paginators-1", api_version)
        except DataNotFoundError:
            paginators = {}
        try:
            waiters = loader.load_service_model(service, "waiters-2", api_version)
        except DataNotFoundError:
            waiters = {}
    validate_model(raw, source, name)
    model = ServiceModel(raw, service_name=name)
    trimmed = raw.get(TRIMMED_KEY)
    if trimmed is not None and not (
        isinstance(trimmed, list) and all(isinstance(op, str) for op in trimmed)
    ):
        raise GeneratorError(f"{TRIMMED_KEY}: not a list of operation names", file=source)
    return LoadedModel(
        name,
        source,
        model,
        raw,
        paginators.get("pagination", {}),
        waiters.get("waiters", {}),
        tuple(trimmed) if trimmed is not None else None,
    )


def operation_count(service: str, model_path: Path | None = None) -> int:
    """How many operations a service has (to schedule big services first)."""
    if model_path is not None:
        raw: Mapping[str, Any] = read_model_file(model_path)
    else:
        raw = _loader().load_service_model(service, "service-2")
    operations = raw.get("operations", {})
    return len(operations) if isinstance(operations, dict) else 0


def model_service_name(path: Path) -> str:
    """The service a standalone service-2.json describes."""
    name = _service_name_of(read_model_file(path), path)
    if not name:
        raise GeneratorError("cannot tell the service name from metadata", file=str(path))
    return name


def _sibling_json(folder: Path, name: str) -> dict[str, Any]:
    for candidate in (folder / name, folder / f"{name}.gz"):
        if candidate.is_file():
            return read_model_file(candidate)
    return {}


def trimmed_model(loaded: LoadedModel, operations: Iterable[str]) -> dict[str, Any]:
    """The model restricted to some operations and the shapes they reach.

    The generated package ships this so its botocore client speaks exactly the model
    it was generated from, even when that is newer than the installed botocore. When
    that is fewer operations than the model has, it names them (``TRIMMED_KEY``, which
    botocore ignores), so a diff against a whole model compares those only.
    """
    raw = loaded.raw
    ops = {name: raw["operations"][name] for name in operations}
    shapes: dict[str, Any] = {}

    def visit(name: str) -> None:
        if name in shapes:
            return
        shape = raw["shapes"][name]
        shapes[name] = shape
        for ref in _child_refs(shape):
            visit(ref)

    for op in ops.values():
        for key in ("input", "output"):
            if key in op:
                visit(op[key]["shape"])
        for error in op.get("errors", []):
            visit(error["shape"])
    trimmed: dict[str, Any] = {
        "version": raw.get("version", "2.0"),
        "metadata": raw["metadata"],
        "operations": ops,
        "shapes": {name: shapes[name] for name in sorted(shapes)},
    }
    if len(ops) < len(raw["operations"]) or TRIMMED_KEY in raw:
        trimmed[TRIMMED_KEY] = list(ops)
    return trimmed


def _child_refs(shape: Mapping[str, Any]) -> list[str]:
    kind = shape.get("type")
    if kind == "structure":
        return [ref["shape"] for ref in shape.get("members", {}).values()]
    if kind == "list":
        return [shape["member"]["shape"]]
    if kind == "map":
        return [shape["key"]["shape"], shape["value"]["shape"]]
    return []


def display_path(path: Path) -> str:
    """A path for messages: relative to the working directory when inside it."""
    try:
        return os.path.relpath(path)
    except ValueError:
        return str(path)
