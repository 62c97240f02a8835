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
from generator.config import DEFAULT_PACKAGE, Config, PackageConfig, ServiceSelection
from generator.diff.command import failing
from generator.diff.model import Severity
from generator.diff.summary import ModelChanges, model_change_lines
from generator.distribution import distribution_files
from generator.format import format_file
from generator.ir import Service, build_service
from generator.ir.site import ServiceSummary
from generator.loader import load_service, model_service_name, operation_count
from generator.render import render, render_site
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
    package: PackageConfig = DEFAULT_PACKAGE  # the tree's pyproject.toml


def request_from(
    config: Config,
    *,
    model_path: Path | None = None,
    services: Sequence[ServiceSelection] | None = None,
    output: Path | None = None,
    targets: Sequence[str] | None = None,
    fail_on: Severity | None = None,
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
        package=config.package,
    )


def build(request: Request) -> list[Service]:
    """Load and build the IR for every selected service."""
    result = []
    for selection in request.services:
        loaded = load_service(selection.name, request.model_path)
        result.append(build_service(loaded, selection.operations))
    return result


def _entry_points(targets: Iterable[str]) -> list[str]:
    return [module for name in targets for module in TARGETS[name].runtime]


def shared_files(targets: Iterable[str]) -> dict[str, bytes]:
    """The runtime modules the targets' output imports, byte for byte."""
    return runtime_files(_entry_points(targets))


def root_files(
    targets: Iterable[str], services: Iterable[ServiceSummary], package: PackageConfig
) -> dict[str, bytes]:
    """The runtime and, for a tree that has one (Python output), the distribution's
    root files: once per run, over every service."""
    entry_points = _entry_points(targets)
    files = runtime_files(entry_points)
    if files:
        files.update(distribution_files(services, entry_points, package))
    return files


def produce(
    services: Iterable[Service],
    targets: Iterable[str],
    *,
    shared: bool = True,
    site: bool = True,
    package: PackageConfig = DEFAULT_PACKAGE,
) -> dict[str, bytes]:
    """Render and format everything in memory; nothing is written if any file fails.
    ``shared``: with the runtime the output needs and the distribution's root files;
    ``site``: with the site pages over all of ``services`` (a worker rendering one
    service of many leaves both out)."""
    targets = list(targets)
    services = list(services)
    summaries = [ServiceSummary.of(s) for s in services]
    files: dict[str, bytes] = root_files(targets, summaries, package) if shared else {}
    for rendered in render(services, targets):
        files[rendered.path.as_posix()] = format_file(rendered)
    if site:
        files.update(site_files(summaries, targets))
    return files


def site_files(services: Iterable[ServiceSummary], targets: Iterable[str]) -> dict[str, bytes]:
    """The site pages (an index of services, the global options page) over ``services``."""
    return {r.path.as_posix(): format_file(r) for r in render_site(services, targets)}


def _service_job(
    selection: ServiceSelection, request: Request
) -> tuple[dict[str, bytes], ModelChanges, ServiceSummary]:
    """One service, load to formatted bytes (runs in a worker process for many services),
    with its model-change summary against the model the current tree ships."""
    service = build_service(load_service(selection.name, request.model_path), selection.operations)
    files = produce([service], request.targets, shared=False, site=False)
    changes = model_change_lines([service], request.output, request.model_path)
    return files, changes, ServiceSummary.of(service)


def produce_request(
    request: Request, jobs: int | None = None
) -> tuple[dict[str, bytes], ModelChanges]:
    """Every file a request generates, and the model-change lines, services in parallel.

    Formatting with black dominates the run time and each service is independent, so
    services are spread over ``jobs`` processes (default: every core). The result does
    not depend on scheduling: files are keyed by path and the writer sorts them.
    """
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
    files = root_files(request.targets, [r[2] for r in results], request.package)
    for service_files, service_changes, _ in results:
        files.update(service_files)
        changes.extend(service_changes)
    files.update(site_files([site for _, _, site in results], request.targets))
    return files, changes


def generate(
    request: Request, *, check: bool = False, out: TextIO = sys.stdout, jobs: int | None = None
) -> int:
    files, changes = produce_request(request, jobs)
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
