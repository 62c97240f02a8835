"""What a model diff reports: changes with a severity, grouped per service and operation."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import Enum
from typing import Literal


class Severity(Enum):
    """How a change affects code written against the old model (smithy-diff's scale)."""

    ERROR = "ERROR"  # breaks existing callers
    DANGER = "DANGER"  # likely breaks some callers
    WARNING = "WARNING"  # compatible, but callers should look
    NOTE = "NOTE"  # compatible

    @property
    def rank(self) -> int:
        """0 for ERROR (the worst) up to 3 for NOTE: the report's sort order."""
        return _RANKS[self]


# The diff command's name for the pinned botocore's own models (``sources`` reads it).
INSTALLED = "installed"
_RANKS = {Severity.ERROR: 0, Severity.DANGER: 1, Severity.WARNING: 2, Severity.NOTE: 3}
SEVERITIES: tuple[Severity, ...] = tuple(sorted(Severity, key=lambda s: s.rank))

# Which side of an operation a change was found on: the request the caller sends,
# the response it reads, an error it may catch, or the operation/service itself.
Context = Literal["service", "operation", "input", "output", "error"]
_CONTEXT_ORDER: dict[str, int] = {
    "service": 0,
    "operation": 1,
    "input": 2,
    "output": 3,
    "error": 4,
}

DOCUMENTATION = "ChangedDocumentation"


def severity_named(name: str) -> Severity:
    return Severity(name.upper())


@dataclass(frozen=True)
class Change:
    """One difference. ``kind`` is a stable identifier (e.g. ``AddedRequiredMember``).

    A change found in a shape (``shape`` set) is reported once, where the shape is;
    ``operations`` then lists every operation that reaches it on that side.
    """

    severity: Severity
    kind: str
    context: Context
    where: str  # Shape.Member, Shape, or the operation/service name
    message: str
    old: str | None = None
    new: str | None = None
    shape: str | None = None  # the shape the change is in; None: operation or service
    operations: tuple[str, ...] = ()  # shape changes: the operations that reach it

    def sort_key(self) -> tuple[int, int, str, str]:
        """Severity, side, place, kind; ties keep the order the models list things in."""
        return (self.severity.rank, _CONTEXT_ORDER[self.context], self.where, self.kind)

    @property
    def is_documentation(self) -> bool:
        return self.kind == DOCUMENTATION

    def at_least(self, severity: Severity) -> bool:
        return self.severity.rank <= severity.rank


OperationStatus = Literal["added", "removed", "changed", "documentation-only"]
ServiceStatus = Literal["added", "removed", "changed", "unchanged"]


@dataclass(frozen=True)
class OperationDiff:
    name: str
    status: OperationStatus
    changes: tuple[Change, ...]


@dataclass(frozen=True)
class Side:
    """Where one side of a service comparison came from."""

    source: str
    api_version: str


@dataclass(frozen=True)
class ShapeDiff:
    """The changes found in one shape, each once, with the operations reaching it."""

    name: str
    changes: tuple[Change, ...]

    def reached_by(self) -> tuple[tuple[str, str], ...]:
        """(operation, side) pairs, sorted."""
        return tuple(
            sorted({(op, change.context) for change in self.changes for op in change.operations})
        )


@dataclass(frozen=True)
class ServiceDiff:
    service: str
    old: Side | None  # None when the service is new
    new: Side | None  # None when the service was removed
    changes: tuple[Change, ...]  # service-level (documentation, api version, ...)
    # Operations with changes of their own (added, removed, errors, bindings, ...) or
    # whose shapes changed, sorted by name; their ``changes`` are the operation's own.
    operations: tuple[OperationDiff, ...]
    unchanged_operations: int
    shapes: tuple[ShapeDiff, ...] = ()  # shapes with changes, sorted by name
    # Set when a side is a generated package's trimmed model: what was compared.
    selection_note: str | None = None

    @property
    def status(self) -> ServiceStatus:
        if self.old is None:
            return "added"
        if self.new is None:
            return "removed"
        return "changed" if self.changes or self.operations else "unchanged"

    def all_changes(self) -> tuple[Change, ...]:
        """Every change once: service, operation and shape changes."""
        return (
            *self.changes,
            *(c for op in self.operations for c in op.changes),
            *(c for shape in self.shapes for c in shape.changes),
        )


@dataclass(frozen=True)
class DiffReport:
    services: tuple[ServiceDiff, ...]  # sorted by service name

    def counts(self) -> dict[Severity, int]:
        return count(c for s in self.services for c in s.all_changes())

    @property
    def breaking(self) -> bool:
        return self.counts()[Severity.ERROR] > 0


def count(changes: Iterable[Change]) -> dict[Severity, int]:
    """Changes per severity, every severity present (zero when absent)."""
    result = dict.fromkeys(SEVERITIES, 0)
    for change in changes:
        result[change.severity] += 1
    return result


def format_counts(counts: dict[Severity, int]) -> str:
    return ", ".join(f"{counts[s]} {s.value}" for s in SEVERITIES)


@dataclass
class ModelChanges:
    """What ``generate`` reports of the model update: a line per service, and the
    counts by severity over all of them (for ``--fail-on``)."""

    lines: list[str] = field(default_factory=list)
    counts: dict[Severity, int] = field(default_factory=lambda: count(()))

    def extend(self, other: ModelChanges) -> None:
        self.lines.extend(other.lines)
        for severity, n in other.counts.items():
            self.counts[severity] += n
