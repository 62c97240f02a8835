"""The model-change summary ``generate`` prints: the new model against the one the output
tree was generated from (the trimmed copy each package ships as ``service-2.json``)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from generator.diff.compare import compare_services
from generator.diff.model import ModelChanges, count, format_counts
from generator.errors import GeneratorError
from generator.ir import Service, build_service
from generator.loader import display_path, load_service

__all__ = ["ModelChanges", "model_change_lines", "shipped_model"]
SHIPPED_MODEL = "service-2.json"
# Name the operations in the suggested diff command only when there are this few.
_MAX_HINTED_OPERATIONS = 3


def shipped_model(output: Path, service: Service) -> Path:
    return output / service.package / SHIPPED_MODEL


def model_change_lines(
    services: Iterable[Service], output: Path, model: Path | None
) -> ModelChanges:
    """One line per service: change counts by severity, and how to see the details.

    Call it before writing: the write replaces the shipped model it compares against.
    """
    result = ModelChanges()
    lines = result.lines
    for service in services:
        shipped = shipped_model(output, service)
        label = f"model changes for {service.name}"
        if not shipped.is_file():
            continue  # a first generation has nothing to compare with
        try:
            old = build_service(load_service(service.name, shipped), "*")
        except GeneratorError as error:
            lines.append(f"{label}: cannot read the previous model: {error}")
            continue
        diff = compare_services(old, service)
        counts = count(diff.all_changes())
        for severity, n in counts.items():
            result.counts[severity] += n
        line = f"{label} ({display_path(shipped)} -> {service.source}): {format_counts(counts)}"
        if any(counts.values()):
            new = display_path(model) if model is not None else "installed"
            hint = f"python -m generator diff {display_path(shipped)} {new}"
            names = [op.name for op in service.operations]
            if len(names) <= _MAX_HINTED_OPERATIONS:
                hint += "".join(f" --operation {name}" for name in names)
            line += f"; details: {hint}"
        lines.append(line)
    return result
