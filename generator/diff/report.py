"""A DiffReport as readable text, JSON (stable field names) or a Markdown changelog.

All three keep the report's order: services by name, operations by name, changes by
severity (ERROR first), then side (operation, input, output, error), then place.
"""

from __future__ import annotations

import json
from typing import Any

from generator.diff.model import (
    SEVERITIES,
    Change,
    DiffReport,
    OperationDiff,
    ServiceDiff,
    Severity,
    Side,
    count,
    format_counts,
)

FORMATS = ("text", "json", "markdown")
JSON_FORMAT_VERSION = 1


def _side_text(side: Side | None) -> str:
    return "(none)" if side is None else f"{side.source} (api {side.api_version})"


def _change_line(change: Change) -> str:
    return (
        f"{change.severity.value:<7}  {change.context:<9}  {change.where}: "
        f"{change.message} [{change.kind}]"
    )


def to_text(report: DiffReport) -> str:
    counts = report.counts()
    total = sum(counts.values())
    lines = [f"Model diff: {format_counts(counts)}" if total else "Model diff: no changes"]
    for service in report.services:
        lines.append("")
        lines.append(f"Service {service.service} ({service.status})")
        lines.append(f"  old: {_side_text(service.old)}")
        lines.append(f"  new: {_side_text(service.new)}")
        lines.append(
            f"  changes: {format_counts(count(service.all_changes()))}; "
            f"{service.unchanged_operations} operation(s) unchanged"
        )
        if service.changes:
            lines.append("")
            lines.append("  Service")
            lines.extend(f"    {_change_line(change)}" for change in service.changes)
        for operation in service.operations:
            lines.append("")
            lines.append(f"  Operation {operation.name} ({operation.status})")
            lines.extend(f"    {_change_line(change)}" for change in operation.changes)
    return "\n".join(lines) + "\n"


def _counts_json(counts: dict[Severity, int]) -> dict[str, int]:
    return {severity.value: counts[severity] for severity in SEVERITIES}


def _change_json(change: Change) -> dict[str, Any]:
    return {
        "severity": change.severity.value,
        "id": change.kind,
        "context": change.context,
        "where": change.where,
        "message": change.message,
        "old": change.old,
        "new": change.new,
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
        "changes": [_change_json(change) for change in service.changes],
        "operations": [_operation_json(operation) for operation in service.operations],
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


def to_markdown(report: DiffReport) -> str:
    lines = ["## Model changes", ""]
    if not any(service.all_changes() for service in report.services):
        lines.append("No changes.")
    for service in report.services:
        lines.append(f"### {service.service}")
        lines.append("")
        lines.append(
            f"{_side_text(service.old)} → {_side_text(service.new)}: "
            f"{format_counts(count(service.all_changes()))}."
        )
        lines.append("")
        docs_only = [op.name for op in service.operations if op.status == "documentation-only"]
        entries: list[tuple[Severity, str]] = [
            (
                change.severity,
                f"Service {_md(service.service)}: {change.message}",
            )
            for change in service.changes
        ]
        for operation in service.operations:
            if operation.status == "documentation-only":
                continue
            for change in operation.changes:
                place = "" if change.where == operation.name else f" {_md(change.where)}"
                side = "" if change.context == "operation" else f" ({change.context})"
                entries.append(
                    (change.severity, f"{_md(operation.name)}{side}:{place} {change.message}")
                )
        for severity in SEVERITIES:
            items = [text for level, text in entries if level is severity]
            if not items:
                continue
            lines.append(f"#### {_HEADINGS[severity]} ({severity.value})")
            lines.append("")
            lines.extend(f"- {item}" for item in items)
            lines.append("")
        if docs_only:
            lines.append("#### Documentation only")
            lines.append("")
            lines.append("- " + ", ".join(_md(name) for name in docs_only))
            lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def render(report: DiffReport, fmt: str) -> str:
    if fmt == "json":
        return to_json(report)
    if fmt == "markdown":
        return to_markdown(report)
    return to_text(report)
