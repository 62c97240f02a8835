"""load model -> IR -> targets (render templates) -> format -> write, top to bottom.

The shared runtime joins the output as it is (copied, never rendered or formatted).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from generator import writer
from generator.cache import FormatCache
from generator.config import Config, ServiceSelection
from generator.diff.command import failing
from generator.diff.model import Severity
from generator.diff.summary import ModelChanges, model_change_lines
from generator.format import format_cache, format_file
from generator.ir import Service, build_service
from generator.loader import load_service, model_service_name, operation_count
from generator.render import render
from generator.runtime_copy import runtime_files
from generator.targets.registry import TARGETS


@dataclass(frozen=True)
class Request:
    """One generate run, after config and command-line options are merged."""

    services: tuple[ServiceSelection, ...]
    targets: tuple[str, ...]
    output: Path
    model_path: Path | None = None
    # Refuse to write (exit 1) when the model update has a change this severe or worse.
    fail_on: Severity | None = None
    # Reuse black's results from the user's cache folder (--no-cache: format everything).
    cache: bool = True


def request_from(
    config: Config,
    *,
    model_path: Path | None = None,
    services: Sequence[ServiceSelection] | None = None,
    output: Path | None = None,
    targets: Sequence[str] | None = None,
    fail_on: Severity | None = None,
    cache: bool = True,
) -> Request:
    if model_path is not None and services is None:
        # A given model regenerates its own service: the configured operations for it,
        # or all of them when the config does not name that service.
        name = model_service_name(model_path)
        configured = {s.name: s for s in config.services}
        services = [configured.get(name, ServiceSelection(name, "*"))]
    return Request(
        services=tuple(services) if services is not None else config.services,
        targets=tuple(t for t in config.targets if t in targets) if targets else config.targets,
        output=output if output is not None else config.output,
        model_path=model_path,
        fail_on=fail_on,
        cache=cache,
    )


def build(request: Request) -> list[Service]:
    """Load and build the IR for every selected service."""
    result = []
    for selection in request.services:
        loaded = load_service(selection.name, request.model_path)
        result.append(build_service(loaded, selection.operations))
    return result


def shared_files(targets: Iterable[str]) -> dict[str, bytes]:
    """The runtime modules the targets' output imports, byte for byte."""
    return runtime_files(module for name in targets for module in TARGETS[name].runtime)


def produce(
    services: Iterable[Service],
    targets: Iterable[str],
    *,
    shared: bool = True,
    cache: FormatCache | None = None,
) -> dict[str, bytes]:
    """Render and format everything in memory; nothing is written if any file fails.
    ``shared``: with the runtime the output needs; ``cache``: black's results."""
    targets = list(targets)
    files: dict[str, bytes] = shared_files(targets) if shared else {}
    for rendered in render(services, targets):
        files[rendered.path.as_posix()] = format_file(rendered, cache)
    return files


def request_cache(request: Request) -> FormatCache | None:
    return format_cache() if request.cache else None


def _service_job(
    selection: ServiceSelection, request: Request
) -> tuple[dict[str, bytes], ModelChanges]:
    """One service, load to formatted bytes (runs in a worker process for many services),
    with its model-change summary against the model the current tree ships."""
    service = build_service(load_service(selection.name, request.model_path), selection.operations)
    files = produce([service], request.targets, shared=False, cache=request_cache(request))
    return files, model_change_lines([service], request.output, request.model_path)


def produce_request(
    request: Request, jobs: int | None = None
) -> tuple[dict[str, bytes], ModelChanges]:
    """Every file a request generates, and the model-change lines, services in parallel.

    Formatting with black dominates the run time and each service is independent, so
    services are spread over ``jobs`` processes (default: every core). The result does
    not depend on scheduling: files are keyed by path and the writer sorts them.
    """
    files = shared_files(request.targets)
    changes = ModelChanges()
    selections = list(request.services)
    jobs = jobs or os.cpu_count() or 1
    if len(selections) == 1 or jobs == 1:
        results = [_service_job(selection, request) for selection in selections]
    else:
        # Largest services first, so the last worker does not start ec2 alone at the end.
        selections.sort(key=lambda s: -operation_count(s.name, request.model_path))
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            results = list(pool.map(_service_job, selections, [request] * len(selections)))
    for service_files, service_changes in results:
        files.update(service_files)
        changes.extend(service_changes)
    return files, changes


def generate(
    request: Request, *, check: bool = False, out: TextIO = sys.stdout, jobs: int | None = None
) -> int:
    files, changes = produce_request(request, jobs)
    cache = request_cache(request)
    if cache is not None:
        cache.evict()
    model_changes = changes.lines
    if request.fail_on is not None:
        found = failing(changes.counts, request.fail_on)
        if found:
            for line in model_changes:
                print(line, file=out)
            print(
                f"error: {found} model change(s) at {request.fail_on.value} or worse "
                f"(--fail-on {request.fail_on.value}): {request.output} left as it was",
                file=sys.stderr,
            )
            return 1
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
