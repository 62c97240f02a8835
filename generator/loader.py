"""Load botocore service models. The only module that knows botocore's JSON layout."""

from __future__ import annotations

import difflib
import gzip
import json
import math
import os
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from botocore.exceptions import DataNotFoundError, UnknownServiceError
from botocore.loaders import ExtrasProcessor, Loader

if TYPE_CHECKING:
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
        check_fields(ref, REF_FIELDS, f"{where}.", lambda message: fail(message, operation))
        if ref["shape"] not in shapes:
            raise fail(f"{where}: points to missing shape '{ref['shape']}'", operation)

    if not SERVICE_NAME.match(service) or ".." in service:
        raise fail(f"service name {service!r} is not a safe name")
    _check_metadata(raw, fail)
    for shape_name, shape in shapes.items():
        where = f"shapes.{shape_name!r}"
        if not SHAPE_OR_MEMBER_NAME.match(shape_name):
            raise fail(f"{where}: shape name is not a safe name (letters, digits, _)")
        where = f"shapes.{shape_name}"
        if not isinstance(shape, dict):
            raise fail(f"{where}: shape is not an object")
        kind = shape.get("type")
        if not isinstance(kind, str) or kind not in SHAPE_TYPES:
            raise fail(f"{where}: unknown shape type {kind!r}")
        check_fields(shape, SHAPE_FIELDS, f"{where}.", fail)
        check_fields(shape.get("error", {}), ERROR_FIELDS, f"{where}.error.", fail)
        members = shape.get("members", {})
        for member_name, ref in members.items():
            if not SHAPE_OR_MEMBER_NAME.match(member_name):
                raise fail(f"{where}.members: member name {member_name!r} is not a safe name")
            check_ref(ref, f"{where}.members.{member_name}")
        for required in shape.get("required", []):
            if required not in members:
                raise fail(f"{where}.required: '{required}' is not a member")
        payload = shape.get("payload")
        if payload is not None and payload not in members:
            raise fail(f"{where}.payload: '{payload}' is not a member")
        if kind == "list":
            check_ref(shape.get("member"), f"{where}.member")
        elif kind == "map":
            check_ref(shape.get("key"), f"{where}.key")
            check_ref(shape.get("value"), f"{where}.value")
    _refuse_container_only_cycles(shapes, fail)
    for op_name, op in raw["operations"].items():
        if not OPERATION_NAME.match(op_name):
            raise fail(
                f"operations: operation name {op_name!r} is not a safe name (letters, digits, _)"
            )
        where = f"operations.{op_name}"
        if not isinstance(op, dict):
            raise fail(f"{where}: operation is not an object", op_name)

        def op_fail(message: str, op_name: str = op_name) -> GeneratorError:
            return fail(message, op_name)

        check_fields(op, OPERATION_FIELDS, f"{where}.", op_fail)
        check_fields(op.get("http", {}), HTTP_FIELDS, f"{where}.http.", op_fail)
        check_fields(op.get("endpoint", {}), ENDPOINT_FIELDS, f"{where}.endpoint.", op_fail)
        for key in ("input", "output"):
            if key in op:
                check_ref(op[key], f"{where}.{key}", op_name)
        for index, error in enumerate(op.get("errors", [])):
            check_ref(error, f"{where}.errors[{index}]", op_name)
            if shapes[error["shape"]].get("type") != "structure":
                raise fail(
                    f"{where}.errors[{index}]: '{error['shape']}' is not a structure", op_name
                )
    _refuse_deep_nesting(raw, fail)


# botocore's protocols: a model naming another cannot be built into a client.
PROTOCOLS = frozenset({"json", "rest-json", "rest-xml", "query", "ec2", "smithy-rpc-v2-cbor"})

# Integers beyond this are no botocore bound (the largest is 2**63 - 1) and would not
# convert to float.
MAX_MAGNITUDE = 2**64


def _finite(value: Any) -> bool:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    return abs(value) <= MAX_MAGNITUDE if isinstance(value, int) else math.isfinite(value)


# What each kind of field must be, and how the message says it is not.
_KINDS: dict[str, tuple[Callable[[Any], bool], str]] = {
    "string": (lambda v: isinstance(v, str), "not a string"),
    "boolean": (lambda v: isinstance(v, bool), "not a boolean"),
    "integer": (
        lambda v: isinstance(v, int) and not isinstance(v, bool) and abs(v) <= MAX_MAGNITUDE,
        "not an integer",
    ),
    "number": (_finite, "not a finite number"),
    "object": (lambda v: isinstance(v, dict), "not an object"),
    "list": (lambda v: isinstance(v, list), "not a list"),
    "strings": (
        lambda v: isinstance(v, list) and all(isinstance(x, str) for x in v),
        "not a list of strings",
    ),
    "string or strings": (
        lambda v: (
            isinstance(v, str) or (isinstance(v, list) and all(isinstance(x, str) for x in v))
        ),
        "not a string or a list of strings",
    ),
}


def _fields(kinds: Mapping[str, str]) -> dict[str, str]:
    """``{"string": "a b"}`` -> ``{"a": "string", "b": "string"}``."""
    return {name: kind for kind, names in kinds.items() for name in names.split()}


# botocore's model format, field by field: every field botocore 1.43.11's models use, with
# the one type all of them give it (surveyed over its 424 services). Fields not listed
# are botocore's business and pass through untouched.
TOP_FIELDS = _fields(
    {
        "string": "version documentation deprecatedMessage",
        "boolean": "deprecated",
        "object": "examples clientContextParams",
    }
)
METADATA_FIELDS = _fields(
    {
        "string": "apiVersion checksumFormat endpointPrefix globalEndpoint jsonVersion protocol "
        "ripServiceName serviceAbbreviation serviceFullName serviceId signatureVersion "
        "signingName targetPrefix uid xmlNamespace",
        "strings": "auth protocols",
        "object": "awsQueryCompatible protocolSettings",
    }
)
OPERATION_FIELDS = _fields(
    {
        "string": "name authtype deprecatedMessage deprecatedSince documentation documentationUrl",
        "strings": "auth",
        "boolean": "deprecated endpointoperation httpChecksumRequired idempotent readonly "
        "unsignedPayload",
        "object": "endpoint endpointdiscovery http httpChecksum operationContextParams "
        "requestcompression staticContextParams input output",
        "list": "errors",
    }
)
HTTP_FIELDS = _fields({"string": "method requestUri", "integer": "responseCode"})
ENDPOINT_FIELDS = _fields({"string": "hostPrefix"})
# A reference to a shape: a structure member, an operation's input/output/error, a list's
# member, a map's key or value.
REF_FIELDS = _fields(
    {
        "string": "shape documentation location locationName queryName deprecatedMessage "
        "deprecatedSince resultWrapper",
        "boolean": "box deprecated eventpayload flattened hostLabel idempotencyToken jsonvalue "
        "streaming xmlAttribute",
        "object": "contextParam xmlNamespace",
        "strings": "enum",
    }
)
SHAPE_FIELDS = _fields(
    {
        "string": "type documentation pattern deprecatedMessage deprecatedSince locationName "
        "payload timestampFormat",
        "boolean": "box deprecated document event eventstream exception fault flattened "
        "requiresLength sensitive sparse streaming synthetic union wrapper",
        "number": "min max",
        "strings": "enum required xmlOrder",
        "object": "members error retryable xmlNamespace member key value",
    }
)
ERROR_FIELDS = _fields({"string": "code", "integer": "httpStatusCode", "boolean": "senderFault"})
PAGINATOR_FIELDS = _fields(
    {
        "string or strings": "input_token output_token result_key",
        "string": "limit_key more_results",
        "strings": "non_aggregate_keys",
    }
)


def check_fields(
    obj: Mapping[str, Any], fields: Mapping[str, str], where: str, fail: Callable[[str], Exception]
) -> None:
    """Each listed field of ``obj`` has its kind; the message names the place and value."""
    for name, kind in fields.items():
        if name in obj:
            accepts, message = _KINDS[kind]
            if not accepts(obj[name]):
                raise fail(f"{where}{name}: {message} ({_short_repr(obj[name])})")


def _short_repr(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _check_metadata(raw: Mapping[str, Any], fail: Any) -> None:
    """The top-level fields and metadata; the protocol must be one botocore speaks."""
    check_fields(raw, TOP_FIELDS, "", fail)
    metadata = raw["metadata"]
    check_fields(metadata, METADATA_FIELDS, "metadata.", fail)
    protocol = metadata.get("protocol")
    if protocol is not None and protocol not in PROTOCOLS:
        raise fail(f"metadata.protocol: unknown protocol {protocol!r}")
    protocols = metadata.get("protocols", [protocol] if protocol else [])
    if not any(p in PROTOCOLS for p in protocols):
        raise fail(f"metadata.protocols: no known protocol in {protocols!r}")


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
        sources = {kind: _sibling_name(model_path.parent, f"{kind}.json") for kind in SIBLINGS}
        # botocore's Loader merges sdk-extras into the model it loads; do the same for a
        # file in a botocore-style folder, so "installed" and a data/ copy compare equal.
        extras = _sibling_json(model_path.parent, "service-2.sdk-extras.json")
        if extras:
            if not isinstance(extras.get("merge", {}), dict):
                raise GeneratorError(
                    "merge: not an object",
                    service=name,
                    file=_sibling_name(model_path.parent, "service-2.sdk-extras.json"),
                )
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
        sources = {kind: f"botocore:{service}/{api_version}/{kind}.json" for kind in SIBLINGS}
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
    validate_paginators(paginators, raw, sources["paginators-1"], name)
    validate_waiters(waiters, sources["waiters-2"], name)
    from botocore.model import ServiceModel  # on first use: a run may load no model

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
    """How many operations a service has (to schedule big services first); 0 for an
    unknown service, which ``load_service`` then refuses with the closest names."""
    if model_path is not None:
        raw: Mapping[str, Any] = read_model_file(model_path)
    else:
        try:
            raw = _loader().load_service_model(service, "service-2")
        except (UnknownServiceError, DataNotFoundError):
            return 0
    operations = raw.get("operations", {})
    return len(operations) if isinstance(operations, dict) else 0


# The files of a model folder the loader reads (each .json or .json.gz).
MODEL_FILES = ("service-2", "paginators-1", "waiters-2", "service-2.sdk-extras")


def model_sources(service: str, model_path: Path | None = None) -> list[Path]:
    """Every file ``load_service`` may read for a service, without parsing any: the
    given model and its siblings, or the service's folder for its latest API version in
    every folder botocore's Loader searches (``~/.aws/models`` first). A superset is
    fine: these only key what the generator may skip."""
    if model_path is not None:
        found = [str(model_path)]
        folders = [str(model_path.parent)]
    else:
        # The latest version as botocore's Loader decides it (determine_latest_version:
        # the greatest folder name holding a service-2.json[.gz] in any search path),
        # in plain strings and a listing per folder rather than a stat per possible name:
        # a run over every service asks for 424 services' sources.
        found = []
        tops = [os.path.join(base, service) for base in _loader().search_paths]
        versions = sorted({v for top in tops for v in _listing(top)}, reverse=True)
        latest = next(
            (
                version
                for version in versions
                for top in tops
                for name in ("service-2.json", "service-2.json.gz")
                if os.path.isfile(os.path.join(top, version, name))
            ),
            None,
        )
        if latest is None:  # load_service names it
            return []
        folders = [os.path.join(top, latest) for top in tops]
    for folder in folders:
        names = _listing(folder)
        for name in _MODEL_NAMES:
            if name in names:
                path = f"{folder}/{name}"
                if os.path.isfile(path):
                    found.append(path)
    return list(dict.fromkeys(Path(path) for path in found))  # --model's file once


_MODEL_NAMES = [f"{kind}{ext}" for kind in MODEL_FILES for ext in (".json", ".json.gz")]


def _listing(folder: str) -> set[str]:
    try:
        return set(os.listdir(folder))
    except OSError:  # missing, or not a folder
        return set()


def model_service_name(path: Path) -> str:
    """The service a standalone service-2.json describes."""
    name = _service_name_of(read_model_file(path), path)
    if not name:
        raise GeneratorError("cannot tell the service name from metadata", file=str(path))
    return name


SIBLINGS = ("paginators-1", "waiters-2")


def validate_paginators(
    data: Mapping[str, Any], raw: Mapping[str, Any], source: str, service: str
) -> None:
    """paginators-1.json: an object of paginators, each field of its type, and the limit
    key a member of the operation's input (as in every botocore model).
    Paginators of operations the model does not have are ignored, as botocore does."""
    pagination = data.get("pagination", {})
    if not isinstance(pagination, dict):
        raise GeneratorError("pagination: not an object", service=service, file=source)
    for op_name, config in pagination.items():
        operation = raw["operations"].get(op_name)
        if operation is None:
            continue

        def fail(message: str, op_name: str = op_name) -> GeneratorError:
            return GeneratorError(message, service=service, operation=op_name, file=source)

        where = f"pagination.{op_name}"
        if not isinstance(config, dict):
            raise fail(f"{where}: not an object")
        check_fields(config, PAGINATOR_FIELDS, f"{where}.", fail)
        members = (
            raw["shapes"][operation["input"]["shape"]].get("members", {})
            if ("input" in operation)
            else {}
        )
        limit = config.get("limit_key")
        if limit is not None and limit not in members:
            # --page-size is typed as the limit key's member (input tokens are only
            # hidden from the docs, and botocore does not check them either).
            raise fail(f"{where}.limit_key: '{limit}' is not a member of the input")


def validate_waiters(data: Mapping[str, Any], source: str, service: str) -> None:
    """waiters-2.json: an object of waiters, each an object naming the operation it
    polls (the diff compares them; the CLI's ``wait`` runs them)."""
    waiters = data.get("waiters", {})
    if not isinstance(waiters, dict) or not all(isinstance(w, dict) for w in waiters.values()):
        raise GeneratorError("waiters: not an object of objects", service=service, file=source)
    for waiter, body in waiters.items():
        if not isinstance(body.get("operation"), str):
            raise GeneratorError(
                f"waiter {waiter!r}: no operation name", service=service, file=source
            )


def _sibling_name(folder: Path, name: str) -> str:
    """The file ``_sibling_json`` reads (``name`` or ``name.gz``), for messages."""
    gzipped = folder / f"{name}.gz"
    return str(gzipped if not (folder / name).is_file() and gzipped.is_file() else folder / name)


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
