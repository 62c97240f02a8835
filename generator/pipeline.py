"""load model -> IR -> render templates -> format -> write, top to bottom."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from generator import writer
from generator.config import Config, ServiceSelection
from generator.diff.summary import model_change_lines
from generator.format import format_file
from generator.ir import Service, build_service
from generator.loader import load_service, model_service_name
from generator.render import render


@dataclass(frozen=True)
class Request:
    """One generate run, after config and command-line options are merged."""

    services: tuple[ServiceSelection, ...]
    targets: tuple[str, ...]
    output: Path
    model_path: Path | None = None


def request_from(
    config: Config,
    *,
    model_path: Path | None = None,
    services: Sequence[ServiceSelection] | None = None,
    output: Path | None = None,
) -> Request:
    if model_path is not None and services is None:
        # A given model regenerates its own service: the configured operations for it,
        # or all of them when the config does not name that service.
        name = model_service_name(model_path)
        configured = {s.name: s for s in config.services}
        services = [configured.get(name, ServiceSelection(name, "*"))]
    return Request(
        services=tuple(services) if services is not None else config.services,
        targets=config.targets,
        output=output if output is not None else config.output,
        model_path=model_path,
    )


def build(request: Request) -> list[Service]:
    """Load and build the IR for every selected service."""
    result = []
    for selection in request.services:
        loaded = load_service(selection.name, request.model_path)
        result.append(build_service(loaded, selection.operations))
    return result


def produce(services: Iterable[Service], targets: Iterable[str]) -> dict[str, bytes]:
    """Render and format everything in memory; nothing is written if any file fails."""
    files: dict[str, bytes] = {}
    for rendered in render(services, targets):
        files[rendered.path.as_posix()] = format_file(rendered)
    return files


def generate(request: Request, *, check: bool = False, out: TextIO = sys.stdout) -> int:
    services = build(request)
    files = produce(services, request.targets)
    # Against the models the current tree ships; read before the write replaces them.
    model_changes = model_change_lines(services, request.output, request.model_path)
    if check:
        plan, diff = writer.check(request.output, files)
        if plan.is_clean:
            print(f"{request.output}: up to date ({len(files)} files)", file=out)
            return 0
        out.write(diff)
        for line in model_changes:
            print(line, file=out)
        print(f"{request.output} is stale: {plan.summary()}; run `make generate`", file=out)
        return 1
    plan = writer.write(request.output, files)
    for line in model_changes:
        print(line, file=out)
    print(f"{request.output}: {plan.summary()}", file=out)
    return 0
