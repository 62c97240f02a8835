"""Compare two IR services, operation by operation.

Each operation's input, output and errors are walked in both models in parallel: a
structure's members are paired by name, a member's old and new targets are compared even
when the target shape was renamed. Whether a change breaks callers depends on the side it
is on: callers *send* inputs (tightening is breaking) and *read* outputs and errors
(loosening is what can surprise them). Severities follow smithy-diff's evaluators
(AddedRequiredMember, ChangedEnumTrait, ChangedLengthTrait, ChangedRangeTrait,
ChangedMemberTarget, ChangedShapeType, AddedOperationError, ...), adapted to botocore
models, where every member is optional unless listed in ``required``.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Iterable, Mapping
from dataclasses import replace

from generator.diff.model import (
    DOCUMENTATION,
    Change,
    Context,
    OperationDiff,
    OperationStatus,
    ServiceDiff,
    Severity,
    ShapeDiff,
    Side,
)
from generator.doctree import Doc
from generator.ir.model import Member, Operation, Service, Shape

ERROR, DANGER, WARNING, NOTE = Severity.ERROR, Severity.DANGER, Severity.WARNING, Severity.NOTE

LENGTH_KINDS = frozenset({"string", "blob", "list", "map"})
NUMBER_KINDS = frozenset({"integer", "long", "float", "double"})
# Shapes whose name is the name of a generated class: renaming one breaks imports.
NAMED_KINDS = frozenset({"structure", "union"})
# Type changes the generated code cannot tell apart (both sides are int, or float);
# only the wire range differs, so they are a WARNING instead of ChangedShapeType's ERROR.
SAME_PYTHON_TYPE = frozenset(
    {("integer", "long"), ("long", "integer"), ("float", "double"), ("double", "float")}
)


def _type_change(old: str, new: str) -> tuple[Severity, str]:
    if (old, new) in SAME_PYTHON_TYPE:
        return WARNING, f"type changed from {old} to {new} (the same Python type)"
    return ERROR, f"type changed from {old} to {new}"


def _same_doc(old: Doc, new: Doc) -> bool:
    """Whether two docs read the same: equal trees, or the same rendered text once
    whitespace runs are collapsed (reflowing the model's HTML is no change)."""
    if old == new:
        return True
    return _doc_text(old) == _doc_text(new)


def _doc_text(doc: Doc) -> str:
    """The rendered text, whitespace runs collapsed: what a reader sees. (The model's
    HTML is not kept; markup that renders the same is no change either.)"""
    return " ".join(doc.to_rst().split())


def _number(value: int | float | None, default: float) -> float:
    return default if value is None else float(value)


def _show(value: int | float | str | None) -> str:
    if value is None:
        return "unset"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


class _Walk:
    """Collects the changes of one operation; each shape pair is compared once per side."""

    def __init__(self, old: Service, new: Service) -> None:
        self.old = old
        self.new = new
        self.changes: list[Change] = []
        self.seen: set[tuple[str, str, str]] = set()

    def add(
        self,
        severity: Severity,
        kind: str,
        context: Context,
        where: str,
        message: str,
        old: str | None = None,
        new: str | None = None,
        *,
        own: bool = False,
    ) -> None:
        """``own``: a change of the operation itself; otherwise it is in the shape that
        ``where`` names (``Shape`` or ``Shape.Member``)."""
        shape = None if own or context in ("service", "operation") else where.split(".")[0]
        self.changes.append(Change(severity, kind, context, where, message, old, new, shape))

    # -- operation -------------------------------------------------------------------

    def operation(self, old: Operation, new: Operation, *, extras: bool = True) -> None:
        """``extras``: compare paginators and waiters (both models carry them)."""
        name = new.name
        if not _same_doc(old.documentation, new.documentation):
            self.add(NOTE, DOCUMENTATION, "operation", name, "documentation changed")
        if (old.http_method, old.http_uri) != (new.http_method, new.http_uri):
            self.add(
                DANGER,
                "ChangedHttpBinding",
                "operation",
                name,
                f"HTTP binding changed from {old.http_method} {old.http_uri} to "
                f"{new.http_method} {new.http_uri}",
                f"{old.http_method} {old.http_uri}",
                f"{new.http_method} {new.http_uri}",
            )
        if extras:
            self.paginator(old, new)
            self.waiters(name)
        if new.deprecated and not old.deprecated:
            message = "operation deprecated"
            if new.deprecated_message:
                message += f": {new.deprecated_message}"
            self.add(WARNING, "AddedDeprecation", "operation", name, message)
        elif old.deprecated and not new.deprecated:
            self.add(NOTE, "RemovedDeprecation", "operation", name, "no longer deprecated")
        self.top_level(old.input, new.input, "input")
        self.top_level(old.output, new.output, "output")
        for error in new.errors:
            if error not in old.errors:
                self.add(
                    WARNING,
                    "AddedOperationError",
                    "operation",
                    name,
                    f"error {error} added: callers may need to handle it",
                    new=error,
                )
        for error in old.errors:
            if error not in new.errors:
                self.add(
                    WARNING,
                    "RemovedOperationError",
                    "operation",
                    name,
                    f"error {error} removed: handlers for it become dead code",
                    old=error,
                )
            else:
                self.shapes(error, error, "error")

    def paginator(self, old: Operation, new: Operation) -> None:
        name = new.name
        if old.paginator is None and new.paginator is not None:
            self.add(NOTE, "AddedPaginator", "operation", name, "paginator added")
        elif old.paginator is not None and new.paginator is None:
            self.add(
                ERROR,
                "RemovedPaginator",
                "operation",
                name,
                "paginator removed: --starting-token/--max-items and paging callers break",
            )
        elif old.paginator is not None and new.paginator is not None:
            for key in sorted(set(old.paginator) | set(new.paginator)):
                before, after = old.paginator.get(key), new.paginator.get(key)
                if before != after:
                    self.add(
                        DANGER,
                        "ChangedPaginator",
                        "operation",
                        name,
                        f"paginator {key} changed from {before!r} to {after!r}",
                        None if before is None else str(before),
                        None if after is None else str(after),
                    )

    def waiters(self, operation: str) -> None:
        """Waiters that poll this operation: added, removed or changed."""
        old_w = {k: v for k, v in self.old.waiters.items() if v.get("operation") == operation}
        new_w = {k: v for k, v in self.new.waiters.items() if v.get("operation") == operation}
        for waiter in sorted(set(old_w) | set(new_w)):
            if waiter not in old_w:
                self.add(NOTE, "AddedWaiter", "operation", operation, f"waiter {waiter} added")
            elif waiter not in new_w:
                self.add(
                    ERROR,
                    "RemovedWaiter",
                    "operation",
                    operation,
                    f"waiter {waiter} removed: `wait` callers of it break",
                    old=waiter,
                )
            elif dict(old_w[waiter]) != dict(new_w[waiter]):
                self.add(
                    WARNING,
                    "ChangedWaiter",
                    "operation",
                    operation,
                    f"waiter {waiter} changed (delay, attempts or acceptors)",
                    old=waiter,
                    new=waiter,
                )

    def top_level(self, old: str | None, new: str | None, context: Context) -> None:
        """An operation's input or output shape: added, removed, swapped or compared."""
        label = "Input" if context == "input" else "Output"
        if old is None and new is None:
            return
        if old is None:
            assert new is not None
            self.add(
                NOTE,
                f"AddedOperation{label}",
                context,
                new,
                f"operation now has an {context} shape {new}",
                new=new,
                own=True,
            )
            for member in self.new.shapes[new].members:
                self.added_member(member, new, context)
            self.shapes_seen(new, context)
            return
        if new is None:
            self.add(
                ERROR,
                f"RemovedOperation{label}",
                context,
                old,
                f"operation no longer has an {context} shape (was {old})",
                old=old,
                own=True,
            )
            return
        if old != new:
            self.add(
                ERROR,
                f"ChangedOperation{label}",
                context,
                new,
                f"{context} shape swapped from {old} to {new}: the generated class is renamed",
                old=old,
                new=new,
                own=True,
            )
        self.shapes(old, new, context)

    def shapes_seen(self, name: str, context: Context) -> None:
        self.seen.add((name, name, context))

    # -- shapes ----------------------------------------------------------------------

    def shapes(self, old_name: str, new_name: str, context: Context) -> None:
        key = (old_name, new_name, context)
        if key in self.seen:
            return
        self.seen.add(key)
        old, new = self.old.shapes[old_name], self.new.shapes[new_name]
        if old.kind != new.kind:
            if old_name == new_name:  # a renamed target is reported on its member
                severity, what = _type_change(old.kind, new.kind)
                self.add(severity, "ChangedShapeType", context, new_name, what, old.kind, new.kind)
            if (old.kind, new.kind) not in SAME_PYTHON_TYPE:
                return
        if not _same_doc(old.documentation, new.documentation):
            self.add(NOTE, DOCUMENTATION, context, new_name, "documentation changed")
        if new.deprecated and not old.deprecated:
            self.add(WARNING, "AddedDeprecation", context, new_name, "shape deprecated")
        elif old.deprecated and not new.deprecated:
            self.add(NOTE, "RemovedDeprecation", context, new_name, "no longer deprecated")
        self.constraints(old, new, context)
        if new.kind in ("structure", "union"):
            self.members(old, new, context)
        for attr in ("member", "key", "value"):
            old_ref: Member | None = getattr(old, attr)
            new_ref: Member | None = getattr(new, attr)
            if old_ref is not None and new_ref is not None:
                self.member(old_ref, new_ref, f"{new_name}.{attr}", context, slot=False)

    def members(self, old: Shape, new: Shape, context: Context) -> None:
        old_members = {m.name: m for m in old.members}
        new_members = {m.name: m for m in new.members}
        kept_old = [m.name for m in old.members if m.name in new_members]
        kept_new = [m.name for m in new.members if m.name in old_members]
        if kept_old != kept_new:
            self.add(
                DANGER,
                "ChangedMemberOrder",
                context,
                new.name,
                "members reordered: positional uses (CLI option order, generated field "
                "order) change (smithy-diff: DANGER)",
                ", ".join(kept_old),
                ", ".join(kept_new),
            )
        for member in new.members:
            if member.name not in old_members:
                self.added_member(member, new.name, context)
        for member in old.members:
            where = f"{new.name}.{member.name}"
            if member.name not in new_members:
                reader = "pass" if context == "input" else "read"
                self.add(
                    ERROR,
                    "RemovedMember",
                    context,
                    where,
                    f"member removed: callers that {reader} it break",
                    old=member.shape,
                )
            else:
                self.member(member, new_members[member.name], where, context, slot=True)

    def added_member(self, member: Member, owner: str, context: Context) -> None:
        where = f"{owner}.{member.name}"
        if member.required and context == "input":
            self.add(
                ERROR,
                "AddedRequiredMember",
                context,
                where,
                f"required member added (-> {member.shape}): callers that do not pass "
                "it are rejected",
                new=member.shape,
            )
        else:
            kind = "required" if member.required else "optional"
            self.add(
                NOTE,
                "AddedMember",
                context,
                where,
                f"{kind} member added (-> {member.shape})",
                new=member.shape,
            )

    def member(self, old: Member, new: Member, where: str, context: Context, *, slot: bool) -> None:
        """A structure member (``slot``) or a list/map element, present on both sides."""
        old_target, new_target = self.old.shapes[old.shape], self.new.shapes[new.shape]
        if slot and new.required != old.required:
            if new.required:
                severity = ERROR if context == "input" else NOTE
                why = (
                    "callers that omit it are rejected"
                    if context == "input"
                    else "it is now always present"
                )
                self.add(
                    severity,
                    "AddedRequiredTrait",
                    context,
                    where,
                    f"member made required: {why}",
                    "optional",
                    "required",
                )
            else:
                severity = NOTE if context == "input" else DANGER
                why = (
                    "callers may omit it"
                    if context == "input"
                    else "callers that assume it is present break when it is missing"
                )
                self.add(
                    severity,
                    "RemovedRequiredTrait",
                    context,
                    where,
                    f"member made optional: {why}",
                    "required",
                    "optional",
                )
        # botocore folds a target's documentation and deprecation into its members:
        # report them on the member only when the target alone does not explain them.
        if new.deprecated != old.deprecated and not (
            new_target.deprecated != old_target.deprecated
            and new_target.deprecated == new.deprecated
        ):
            if new.deprecated:
                self.add(WARNING, "AddedDeprecation", context, where, "member deprecated")
            else:
                self.add(NOTE, "RemovedDeprecation", context, where, "no longer deprecated")
        if not _same_doc(old.documentation, new.documentation) and not (
            _same_doc(old.documentation, old_target.documentation)
            and _same_doc(new.documentation, new_target.documentation)
        ):
            self.add(NOTE, DOCUMENTATION, context, where, "documentation changed")
        if (old.location, old.location_name) != (new.location, new.location_name):
            self.add(
                DANGER,
                "ChangedMemberLocation",
                context,
                where,
                "moved in the HTTP message from "
                f"{_binding(old.location, old.location_name)} to "
                f"{_binding(new.location, new.location_name)}",
                _binding(old.location, old.location_name),
                _binding(new.location, new.location_name),
            )
        old_streams, new_streams = old.streams(old_target), new.streams(new_target)
        if old_streams != new_streams:
            self.add(
                ERROR,
                "ChangedStreaming",
                context,
                where,
                "now a streaming body: read or sent as a stream, not bytes"
                if new_streams
                else "no longer a streaming body: bytes, not a stream",
                str(old_streams).lower(),
                str(new_streams).lower(),
            )
        if old.shape != new.shape:
            severity, why = _retarget(old_target, new_target)
            self.add(
                severity,
                "ChangedMemberTarget",
                context,
                where,
                f"target changed from {old.shape} to {new.shape}: {why}",
                old.shape,
                new.shape,
            )
        self.shapes(old.shape, new.shape, context)

    # -- constraints -----------------------------------------------------------------

    def constraints(self, old: Shape, new: Shape, context: Context) -> None:
        where = new.name
        sends = context == "input"
        tightened = ERROR if sends else NOTE
        relaxed = NOTE if sends else WARNING
        old_c, new_c = old.constraints, new.constraints
        if new.kind in LENGTH_KINDS or new.kind in NUMBER_KINDS:
            is_length = new.kind in LENGTH_KINDS
            kind = "ChangedLengthTrait" if is_length else "ChangedRangeTrait"
            label = "length" if is_length else "value"
            low = 0.0 if is_length else -math.inf
            old_min, new_min = _number(old_c.min, low), _number(new_c.min, low)
            if new_min != old_min:
                severity = tightened if new_min > old_min else relaxed
                verb = "raised" if new_min > old_min else "lowered"
                self.add(
                    severity,
                    kind,
                    context,
                    where,
                    f"min {label} {verb} from {_show(old_c.min)} to {_show(new_c.min)} "
                    f"({'tightened' if new_min > old_min else 'relaxed'})",
                    _show(old_c.min),
                    _show(new_c.min),
                )
            old_max, new_max = _number(old_c.max, math.inf), _number(new_c.max, math.inf)
            if new_max != old_max:
                severity = tightened if new_max < old_max else relaxed
                verb = "lowered" if new_max < old_max else "raised"
                self.add(
                    severity,
                    kind,
                    context,
                    where,
                    f"max {label} {verb} from {_show(old_c.max)} to {_show(new_c.max)} "
                    f"({'tightened' if new_max < old_max else 'relaxed'})",
                    _show(old_c.max),
                    _show(new_c.max),
                )
        if old_c.pattern != new_c.pattern:
            if old_c.pattern is None:
                severity, what = tightened, "pattern added (tightened)"
            elif new_c.pattern is None:
                severity, what = relaxed, "pattern removed (relaxed)"
            else:
                severity = DANGER if sends else WARNING
                what = (
                    f"pattern changed from {old_c.pattern!r} to {new_c.pattern!r}: "
                    "values that matched before may not"
                )
            self.add(
                severity, "ChangedPatternTrait", context, where, what, old_c.pattern, new_c.pattern
            )
        self.enum(old, new, context)

    def enum(self, old: Shape, new: Shape, context: Context) -> None:
        where = new.name
        sends = context == "input"
        old_values, new_values = old.constraints.enum, new.constraints.enum
        if old_values == new_values:
            return
        if not old_values:
            self.add(
                ERROR if sends else NOTE,
                "ChangedEnumTrait",
                context,
                where,
                f"now restricted to {len(new_values)} enum values (tightened)",
            )
            return
        if not new_values:
            self.add(
                NOTE if sends else WARNING,
                "ChangedEnumTrait",
                context,
                where,
                "no longer an enum: any value is allowed (relaxed)",
            )
            return
        for value in old_values:
            if value not in new_values:
                # Either side: the generated Literal type loses the value, so code that
                # sends or compares with it stops type-checking (smithy-diff: ERROR).
                why = (
                    "callers that send it are rejected"
                    if sends
                    else "code comparing with it stops type-checking and the branch is dead"
                )
                self.add(
                    ERROR,
                    "RemovedEnumValue",
                    context,
                    where,
                    f"enum value {value!r} removed: {why}",
                    old=value,
                )
        kept = [new_values.index(v) for v in old_values if v in new_values]
        last_kept = max(kept, default=-1)
        for index, value in enumerate(new_values):
            if value in old_values:
                continue
            if index > last_kept:
                self.add(
                    NOTE,
                    "AddedEnumValue",
                    context,
                    where,
                    f"enum value {value!r} appended",
                    new=value,
                )
            else:
                self.add(
                    ERROR,
                    "AddedEnumValue",
                    context,
                    where,
                    f"enum value {value!r} inserted before existing values "
                    "(ordinals and the generated order of values change; smithy-diff: ERROR)",
                    new=value,
                )


def _binding(location: str | None, name: str | None) -> str:
    if location is None:
        return "the body"
    return f"{location} {name!r}" if name else location


def _retarget(old: Shape, new: Shape) -> tuple[Severity, str]:
    """How bad pointing a member at a differently named shape is (ChangedMemberTarget)."""
    if old.kind != new.kind:
        return _type_change(old.kind, new.kind)
    if old.kind in NAMED_KINDS:
        return ERROR, f"the name of a {old.kind} is significant (its generated class)"
    if old.constraints.enum:
        return ERROR, "the name of an enum is significant"
    return WARNING, "same type, compatible (constraint changes are listed separately)"


def compare_operation(
    old_service: Service,
    new_service: Service,
    old: Operation,
    new: Operation,
    *,
    extras: bool = True,
) -> tuple[Change, ...]:
    """Every change one operation sees: its own and those in the shapes it reaches."""
    walk = _Walk(old_service, new_service)
    walk.operation(old, new, extras=extras)
    unique = dict.fromkeys(walk.changes)  # one shape reached twice on a side is one change
    return tuple(sorted(unique, key=Change.sort_key))


def _side(service: Service) -> Side:
    return Side(service.source, service.api_version)


def _operation_status(changes: Iterable[Change]) -> OperationStatus:
    return "documentation-only" if all(c.is_documentation for c in changes) else "changed"


def _group(
    per_operation: Mapping[str, tuple[Change, ...]],
) -> tuple[list[OperationDiff], list[ShapeDiff]]:
    """Operation changes stay with their operation; a shape's changes are reported once,
    with every operation that reaches them."""
    reached: dict[Change, list[str]] = {}
    operations: list[OperationDiff] = []
    for name, changes in per_operation.items():
        if not changes:
            continue
        own = tuple(c for c in changes if c.shape is None)
        for change in changes:
            if change.shape is not None:
                reached.setdefault(change, []).append(name)
        operations.append(OperationDiff(name, _operation_status(changes), own))
    by_shape: dict[str, list[Change]] = {}
    for change, names in reached.items():
        assert change.shape is not None
        by_shape.setdefault(change.shape, []).append(
            replace(change, operations=tuple(sorted(names)))
        )
    shapes = [
        ShapeDiff(name, tuple(sorted(changes, key=Change.sort_key)))
        for name, changes in sorted(by_shape.items())
    ]
    return operations, shapes


def _selection_note(old: Service | None, new: Service | None, compared: int) -> str | None:
    for label, side, other in (("old", old, new), ("new", new, old)):
        if side is not None and side.trimmed_to is not None:
            others = len(other.operations) - compared if other is not None else 0
            return (
                f"the {label} model is a generated package's trimmed copy: compared the "
                f"{compared} operation(s) it was generated for; {max(others, 0)} other "
                "operation(s) of the other model not selected, paginators and waiters "
                "not compared (the copy does not carry them)"
            )
    return None


def compare_services(
    old: Service | None, new: Service | None, operations: Collection[str] | None = None
) -> ServiceDiff:
    """Every difference between two versions of one service.

    ``operations`` restricts the comparison to those operation names (missing ones are
    ignored); ``None`` compares all. Operations come out sorted by name.
    """
    assert old is not None or new is not None
    name = (new or old).name  # type: ignore[union-attr]
    old_ops = {op.name: op for op in old.operations} if old else {}
    new_ops = {op.name: op for op in new.operations} if new else {}
    names = sorted(set(old_ops) | set(new_ops))
    if operations is not None:
        names = [n for n in names if n in set(operations)]
    # A generated package's shipped model names the operations it was trimmed to: only
    # those compare (the rest were not selected, not added or removed).
    trimmed = [side.trimmed_to for side in (old, new) if side and side.trimmed_to is not None]
    extras = not trimmed
    for selection in trimmed:
        names = [n for n in names if n in set(selection)]
    service_changes: list[Change] = []
    if old is not None and new is not None:
        if old.api_version != new.api_version:
            service_changes.append(
                Change(
                    NOTE,
                    "ChangedApiVersion",
                    "service",
                    name,
                    f"API version changed from {old.api_version} to {new.api_version}",
                    old.api_version,
                    new.api_version,
                )
            )
        if old.protocol != new.protocol:
            service_changes.append(
                Change(
                    DANGER,
                    "ChangedProtocol",
                    "service",
                    name,
                    f"protocol changed from {old.protocol} to {new.protocol}",
                    old.protocol,
                    new.protocol,
                )
            )
        # A trimmed model (generated/<service>/service-2.json) carries no service docs.
        both_documented = bool(old.documentation) and bool(new.documentation)
        if both_documented and not _same_doc(old.documentation, new.documentation):
            service_changes.append(
                Change(NOTE, DOCUMENTATION, "service", name, "documentation changed")
            )
    added_or_removed: list[OperationDiff] = []
    per_operation: dict[str, tuple[Change, ...]] = {}
    unchanged = 0
    for op_name in names:
        if op_name not in old_ops:
            change = Change(NOTE, "AddedOperation", "operation", op_name, "operation added")
            added_or_removed.append(OperationDiff(op_name, "added", (change,)))
        elif op_name not in new_ops:
            change = Change(
                ERROR,
                "RemovedOperation",
                "operation",
                op_name,
                "operation removed: callers of it break",
            )
            added_or_removed.append(OperationDiff(op_name, "removed", (change,)))
        else:
            assert old is not None and new is not None
            changes = compare_operation(old, new, old_ops[op_name], new_ops[op_name], extras=extras)
            per_operation[op_name] = changes
            if not changes:
                unchanged += 1
    changed, shapes = _group(per_operation)
    return ServiceDiff(
        service=name,
        old=_side(old) if old is not None else None,
        new=_side(new) if new is not None else None,
        changes=tuple(sorted(service_changes, key=Change.sort_key)),
        operations=tuple(sorted(added_or_removed + changed, key=lambda op: op.name)),
        unchanged_operations=unchanged,
        shapes=tuple(shapes),
        selection_note=_selection_note(old, new, len(names)),
    )
