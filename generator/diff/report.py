"""A DiffReport as readable text, JSON (stable field names), a Markdown changelog
section, or botocore-style changelog entries.

All keep the report's order: services by name, operations and shapes by name, changes by
severity (ERROR first), then side (operation, input, output, error), then place. Text and
Markdown list documentation changes only when asked (``docs``; they are counted either
way) and can leave out changes below a severity; JSON always has everything.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from typing import Any

from generator.diff.model import (
    SEVERITIES,
    Change,
    DiffReport,
    OperationDiff,
    ServiceDiff,
    Severity,
    ShapeDiff,
    Side,
    count,
    format_counts,
)

FORMATS = ("text", "json", "markdown", "changelog")
# 2: an operation's "changes" are its own; shape changes are under "shapes", once.
JSON_FORMAT_VERSION = 2
# How many operations a shape's text heading names before "and N more".
_REACH_SHOWN = 4


@dataclass(frozen=True)
class Filter:
    """What the text and Markdown reports list."""

    docs: bool = False  # list documentation changes
    # Below this, changes are summarised (counted by kind; added operations named).
    min_severity: Severity = Severity.WARNING

    def keeps(self, change: Change) -> bool:
        return change.at_least(self.min_severity) and (self.docs or not change.is_documentation)


def _side_text(side: Side | None) -> str:
    return "(none)" if side is None else f"{side.source} (api {side.api_version})"


def _change_line(change: Change) -> str:
    return (
        f"{change.severity.value:<7}  {change.context:<9}  {change.where}: "
        f"{change.message} [{change.kind}]"
    )


def _reach_text(shape: ShapeDiff) -> str:
    pairs = [f"{op} ({side})" for op, side in shape.reached_by()]
    shown = ", ".join(pairs[:_REACH_SHOWN])
    more = len(pairs) - _REACH_SHOWN
    return shown + (f" and {more} more" if more > 0 else "")


def _hidden_lines(changes: list[Change], view: Filter) -> list[str]:
    """What the view leaves out, summarised: added operations by name, other changes
    below the threshold counted by kind, documentation changes counted."""
    lines = []
    low = [c for c in changes if not c.at_least(view.min_severity) and not c.is_documentation]
    added = [c.where for c in low if c.kind == "AddedOperation"]
    if added:
        lines.append(f"  operations added ({len(added)}): {_names(added, 8)}")
    if low:
        kinds = Counter(c.kind for c in low)
        by_kind = ", ".join(
            f"{n} {kind}" for kind, n in sorted(kinds.items(), key=lambda i: (-i[1], i[0]))
        )
        lines.append(
            f"  not listed: {len(low)} change(s) below {view.min_severity.value} ({by_kind}); "
            f"--min-severity {Severity.NOTE.value} lists them"
        )
    docs = 0 if view.docs else sum(1 for c in changes if c.is_documentation)
    if docs:
        lines.append(f"  not listed: {docs} documentation change(s); --docs lists them")
    return lines


def to_text(report: DiffReport, view: Filter | None = None) -> str:
    view = view or Filter()
    counts = report.counts()
    total = sum(counts.values())
    lines = [f"Model diff: {format_counts(counts)}" if total else "Model diff: no changes"]
    for service in report.services:
        every = list(service.all_changes())
        lines.append("")
        lines.append(f"Service {service.service} ({service.status})")
        lines.append(f"  old: {_side_text(service.old)}")
        lines.append(f"  new: {_side_text(service.new)}")
        if service.selection_note:
            lines.append(f"  note: {service.selection_note}")
        lines.append(
            f"  changes: {format_counts(count(every))}; "
            f"{service.unchanged_operations} operation(s) unchanged"
        )
        lines.extend(_hidden_lines(every, view))
        blocks = [("  Service", service.changes)]
        blocks += [
            (f"  Operation {op.name} ({op.status})", op.changes) for op in service.operations
        ]
        blocks += [
            (f"  Shape {shape.name}: reached by {_reach_text(shape)}", shape.changes)
            for shape in service.shapes
        ]
        for heading, changes in blocks:
            listed = [change for change in changes if view.keeps(change)]
            if listed:  # a block whose every change the view leaves out is left out
                lines.extend(["", heading])
                lines.extend(f"    {_change_line(change)}" for change in listed)
    return "\n".join(lines) + "\n"


def _counts_json(counts: dict[Severity, int]) -> dict[str, int]:
    return {severity.value: counts[severity] for severity in SEVERITIES}


def _change_json(change: Change) -> dict[str, Any]:
    data: dict[str, Any] = {
        "severity": change.severity.value,
        "id": change.kind,
        "context": change.context,
        "where": change.where,
        "message": change.message,
        "old": change.old,
        "new": change.new,
    }
    if change.shape is not None:
        data["operations"] = list(change.operations)
    return data


def _shape_json(shape: ShapeDiff) -> dict[str, Any]:
    return {
        "shape": shape.name,
        "reached_by": [{"operation": op, "side": side} for op, side in shape.reached_by()],
        "changes": [_change_json(change) for change in shape.changes],
    }


def _side_json(side: Side | None) -> dict[str, str] | None:
    return None if side is None else {"source": side.source, "api_version": side.api_version}


def _operation_json(operation: OperationDiff) -> dict[str, Any]:
    return {
        "operation": operation.name,
        "status": operation.status,
        "changes": [_change_json(change) for change in operation.changes],
    }


def _service_json(service: ServiceDiff) -> dict[str, Any]:
    return {
        "service": service.service,
        "status": service.status,
        "old": _side_json(service.old),
        "new": _side_json(service.new),
        "counts": _counts_json(count(service.all_changes())),
        "unchanged_operations": service.unchanged_operations,
        "selection_note": service.selection_note,
        "changes": [_change_json(change) for change in service.changes],
        "operations": [_operation_json(operation) for operation in service.operations],
        "shapes": [_shape_json(shape) for shape in service.shapes],
    }


def to_json(report: DiffReport) -> str:
    data = {
        "format_version": JSON_FORMAT_VERSION,
        "breaking": report.breaking,
        "counts": _counts_json(report.counts()),
        "services": [_service_json(service) for service in report.services],
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


_HEADINGS = {
    Severity.ERROR: "Breaking changes",
    Severity.DANGER: "Dangerous changes",
    Severity.WARNING: "Changes to review",
    Severity.NOTE: "Other changes",
}


def _md(text: str) -> str:
    return "`" + text.replace("`", "'") + "`"


def _md_reach(change: Change) -> str:
    names = [_md(op) for op in change.operations[:_REACH_SHOWN]]
    more = len(change.operations) - _REACH_SHOWN
    return ", ".join(names) + (f" and {more} more" if more > 0 else "")


def to_markdown(report: DiffReport, view: Filter | None = None) -> str:
    view = view or Filter()
    lines = ["## Model changes", ""]
    if not any(service.all_changes() for service in report.services):
        lines.append("No changes.")
    for service in report.services:
        every = list(service.all_changes())
        lines.append(f"### {service.service}")
        lines.append("")
        lines.append(
            f"{_side_text(service.old)} → {_side_text(service.new)}: {format_counts(count(every))}."
        )
        lines.append("")
        if service.selection_note:
            lines.append(f"Note: {service.selection_note}.")
            lines.append("")
        entries: list[tuple[Severity, str]] = [
            (change.severity, f"Service {_md(service.service)}: {change.message}")
            for change in service.changes
            if view.keeps(change)
        ]
        for operation in service.operations:
            for change in operation.changes:
                if view.keeps(change):
                    entries.append((change.severity, f"{_md(operation.name)}: {change.message}"))
        for shape in service.shapes:
            for change in shape.changes:
                if view.keeps(change):
                    entries.append(
                        (
                            change.severity,
                            f"{_md(change.where)} ({change.context} of {_md_reach(change)}): "
                            f"{change.message}",
                        )
                    )
        for severity in SEVERITIES:
            items = [text for level, text in entries if level is severity]
            if not items:
                continue
            lines.append(f"#### {_HEADINGS[severity]} ({severity.value})")
            lines.append("")
            lines.extend(f"- {item}" for item in items)
            lines.append("")
        for line in _hidden_lines(every, view):
            lines.append(
                line.strip().capitalize().replace("--", "`--", 1).replace(" lists", "` lists", 1)
                + "."
            )
            lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def _names(items: list[str], limit: int = 3) -> str:
    shown = ", ".join(items[:limit])
    return shown + (f" and {len(items) - limit} more" if len(items) > limit else "")


def changelog_description(service: ServiceDiff) -> str:
    """One line a user reads first: what breaks, then what is new."""
    every = service.all_changes()
    parts: list[str] = []
    breaking = [c for c in every if c.severity is Severity.ERROR]
    if breaking:
        places = sorted({c.where for c in breaking})
        parts.append(f"Breaking: {len(breaking)} change(s) ({_names(places)})")
    added = [op.name for op in service.operations if op.status == "added"]
    if added:
        parts.append(f"Adds operation(s) {_names(added)}")
    members = sorted({c.where for c in every if c.kind == "AddedMember"})
    if members:
        parts.append(f"Adds member(s) {_names(members)}")
    values = sorted({f"{c.where} {c.new}" for c in every if c.kind == "AddedEnumValue"})
    if values:
        parts.append(f"Adds enum value(s) {_names(values)}")
    if not parts:
        only_docs = all(c.is_documentation for c in every)
        parts.append("Documentation updates" if only_docs else "Model updates")
    return "; ".join(parts) + "."


def to_changelog(report: DiffReport) -> str:
    """botocore's ``.changes/next-release/*.json`` entries: one per changed service (a
    JSON object for one, a list for several)."""
    entries = [
        {
            "type": "api-change",
            "category": f"``{service.service}``",
            "description": changelog_description(service),
        }
        for service in report.services
        if service.all_changes()
    ]
    data: Any = entries[0] if len(entries) == 1 else entries
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def render(report: DiffReport, fmt: str, view: Filter | None = None) -> str:
    if fmt == "json":
        return to_json(report)
    if fmt == "markdown":
        return to_markdown(report, view)
    if fmt == "changelog":
        return to_changelog(report)
    return to_text(report, view)
