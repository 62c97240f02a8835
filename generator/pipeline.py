"""load model -> IR -> targets (render templates) -> format -> write, top to bottom.

The shared runtime joins the output as it is (copied, never rendered or formatted).
A service whose fingerprint (``generator.fingerprint``) and files on disk match what
the last run recorded in the user's cache folder is not rendered again.

The stages that render (the IR, Jinja2, black, the targets) are imported when something
is to be rendered: a run that finds every service unchanged never loads them.
"""

from __future__ import annotations

import gc
import hashlib
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from generator import writer
from generator.cache import RunState, StateStore, Unit, cache_root
from generator.config import (
    DEFAULT_DOCS,
    DEFAULT_PACKAGE,
    Config,
    DocsConfig,
    PackageConfig,
    ServiceSelection,
)
from generator.diff.model import ModelChanges
from generator.fingerprint import (
    code_fingerprint,
    runtime_fingerprint,
    service_fingerprint,
    site_fingerprint,
)
from generator.loader import load_service, model_service_name, operation_count
from generator.progress import Progress

if TYPE_CHECKING:
    from generator.cache import FormatCache
    from generator.diff.model import Severity
    from generator.ir import Service
    from generator.ir.site import ServiceSummary
    from generator.targets.docs.layout import PageLayout


@dataclass(frozen=True)
class Request:
    """One generate run, after config and command-line options are merged."""

    services: tuple[ServiceSelection, ...]
    targets: tuple[str, ...]
    output: Path
    model_path: Path | None = None
    # Refuse to write (exit 1) when the model update has a change this severe or worse.
    fail_on: Severity | None = None
    # The user's cache folder: black's results, and the fingerprints that let unchanged
    # services be skipped (--no-cache: neither read nor written; everything rendered).
    cache: bool = True
    package: PackageConfig = DEFAULT_PACKAGE  # the tree's pyproject.toml
    docs: DocsConfig = DEFAULT_DOCS  # the command pages' layout and examples


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
        package=config.package,
        docs=config.docs,
    )


def build(request: Request) -> list[Service]:
    """Load and build the IR for every selected service."""
    from generator.ir import build_service

    result = []
    for selection in request.services:
        loaded = load_service(selection.name, request.model_path)
        result.append(build_service(loaded, selection.operations))
    return result


def page_layout(docs: DocsConfig, service: Service) -> PageLayout:
    """A service's page layout, with its example files read (the examples folder is an
    input as the model is)."""
    from generator.examples import load_examples
    from generator.targets.docs.layout import PageLayout

    if docs.examples is None:
        return PageLayout(docs.layout)
    return PageLayout(docs.layout, load_examples(docs.examples, service.cli_name, service.name))


def _layouts(docs: DocsConfig, services: Iterable[Service]) -> dict[str, PageLayout]:
    return {service.name: page_layout(docs, service) for service in services}


def _entry_points(targets: Iterable[str]) -> list[str]:
    from generator.targets.registry import TARGETS

    return [module for name in targets for module in TARGETS[name].runtime]


def shared_files(targets: Iterable[str]) -> dict[str, bytes]:
    """The runtime modules the targets' output imports, byte for byte."""
    from generator.runtime_copy import runtime_files

    return runtime_files(_entry_points(targets))


def site_files(
    services: Iterable[ServiceSummary],
    targets: Iterable[str],
    package: PackageConfig,
    cache: FormatCache | None = None,
) -> dict[str, bytes]:
    """What is made once per run over every service: the site pages (an index of
    services, the global options page) and, for a tree with Python output, the
    distribution's root files (pyproject.toml, py.typed, README)."""
    from generator.distribution import distribution_files
    from generator.format import format_file
    from generator.render import render_site

    services = sorted(services)
    targets = list(targets)
    files = {r.path.as_posix(): format_file(r, cache) for r in render_site(services, targets)}
    entry_points = _entry_points(targets)
    if entry_points:
        files.update(distribution_files(services, entry_points, package))
    return files


def produce(
    services: Iterable[Service],
    targets: Iterable[str],
    *,
    shared: bool = True,
    site: bool = True,
    package: PackageConfig = DEFAULT_PACKAGE,
    cache: FormatCache | None = None,
    docs: DocsConfig = DEFAULT_DOCS,
) -> dict[str, bytes]:
    """Render and format everything in memory; nothing is written if any file fails.
    ``shared``: with the runtime the output needs; ``site``: with the files made once
    over all of ``services``; ``cache``: black's results; ``docs``: the pages' layout."""
    from generator.format import format_file
    from generator.ir.site import ServiceSummary
    from generator.render import render

    targets = list(targets)
    services = list(services)
    files: dict[str, bytes] = shared_files(targets) if shared else {}
    for rendered in render(services, targets, layouts=_layouts(docs, services)):
        files[rendered.path.as_posix()] = format_file(rendered, cache)
    if site:
        files.update(site_files([ServiceSummary.of(s) for s in services], targets, package, cache))
    return files


def produce_request(request: Request) -> tuple[dict[str, bytes], ModelChanges]:
    """Every file a request generates, in memory, and its model-change lines (the
    corpus check's path; ``generate`` streams to the writer instead)."""
    from generator.diff.summary import model_change_lines

    services = build(request)
    files = produce(
        services,
        request.targets,
        package=request.package,
        cache=request_cache(request),
        docs=request.docs,
    )
    return files, model_change_lines(services, request.output, request.model_path)


def request_cache(request: Request) -> FormatCache | None:
    from generator.format import format_cache

    return format_cache() if request.cache else None


def default_jobs() -> int:
    """Worker processes when -j is not given: one per core."""
    return os.cpu_count() or 1


# A service is rendered in shards of about this many operations, spread over the workers,
# so one large service keeps every core busy (ssm: 13 shards, ec2: 64). Small shards
# let the workers even out: each whole-service file (client.py, shapes.py: the slowest)
# starts a shard of its own (render.render), and a worker that finishes early takes
# the next shard.
OPERATIONS_PER_SHARD = 12


@dataclass(frozen=True)
class Job:
    """One of a service's ``shards`` parts (render.render deals its files)."""

    selection: ServiceSelection
    fingerprint: str
    shard: int = 0
    shards: int = 1


@dataclass
class JobResult:
    service: str
    files: list[tuple[str, bytes, str]]  # path, bytes, their sha256
    changes: ModelChanges | None  # the last shard only
    summary: ServiceSummary | None  # the last shard only


@lru_cache(maxsize=2)
def _service_ir(selection: ServiceSelection, model_path: Path | None, fingerprint: str) -> Service:
    """A worker builds a service's IR once for all the shards it gets of it (keyed by the
    fingerprint too: a long-lived process must not reuse the IR of an older model)."""
    from generator.ir import build_service

    return build_service(load_service(selection.name, model_path), selection.operations)


_LAYOUTS: dict[tuple[DocsConfig, str], PageLayout] = {}


def _service_layout(docs: DocsConfig, service: Service, fingerprint: str) -> PageLayout:
    """A worker reads a service's examples once for all its shards (keyed by the
    fingerprint, which covers the example files; the last two services kept)."""
    key = (docs, fingerprint)
    if key not in _LAYOUTS:
        while len(_LAYOUTS) >= 2:
            del _LAYOUTS[next(iter(_LAYOUTS))]
        _LAYOUTS[key] = page_layout(docs, service)
    return _LAYOUTS[key]


def _run_job(job: Job, request: Request) -> JobResult:
    """One shard of a service, load to formatted bytes (in a worker process when the run
    has several). The garbage collector is off meanwhile: black's trees are garbage in
    bulk, and collecting them as they go cost 11% of the run."""
    from generator.diff.summary import model_change_lines
    from generator.format import format_file
    from generator.ir.site import ServiceSummary
    from generator.render import render

    gc.disable()
    try:
        service = _service_ir(job.selection, request.model_path, job.fingerprint)
        cache = request_cache(request)
        shard = (job.shard, job.shards) if job.shards > 1 else None
        files = []
        layouts = {service.name: _service_layout(request.docs, service, job.fingerprint)}
        for rendered in render([service], request.targets, shard=shard, layouts=layouts):
            data = format_file(rendered, cache)
            files.append((rendered.path.as_posix(), data, hashlib.sha256(data).hexdigest()))
        changes = summary = None
        # The last shard (the whole-service files, the slowest, are dealt from the
        # first) also compares the model with the one the output was made from.
        if job.shard == job.shards - 1:
            changes = model_change_lines([service], request.output, request.model_path)
            summary = ServiceSummary.of(service)
        return JobResult(job.selection.name, files, changes, summary)
    finally:
        gc.enable()


def _jobs(
    selections: Sequence[ServiceSelection],
    request: Request,
    jobs: int,
    fingerprints: dict[str, str],
) -> list[Job]:
    """The services' shards, largest services first (so the last worker does not start
    ec2 alone at the end)."""
    if jobs == 1:
        return [Job(s, fingerprints[f"service:{s.name}"]) for s in selections]
    sized = []
    for selection in selections:
        count = (
            operation_count(selection.name, request.model_path)
            if selection.operations == "*"
            else len(selection.operations)
        )
        sized.append((count, selection))
    sized.sort(key=lambda item: -item[0])
    result: list[Job] = []
    for count, selection in sized:
        shards = max(1, -(-count // OPERATIONS_PER_SHARD))
        fingerprint = fingerprints[f"service:{selection.name}"]
        result.extend(Job(selection, fingerprint, shard, shards) for shard in range(shards))
    return result


def _import_stages() -> None:
    """The modules that render and format, which a run imports only when it has
    something to render."""
    import generator.diff.summary
    import generator.format
    import generator.ir.build
    import generator.render
    import generator.targets.registry

    generator.format.black_mode()  # black itself


def _results(work: Sequence[Job], request: Request, jobs: int) -> Iterator[JobResult]:
    """Results as the workers finish them: the parent holds one shard's files at a time."""
    if len(work) <= 1 or jobs == 1:
        yield from (_run_job(job, request) for job in work)
        return
    _import_stages()  # once, before the workers fork (each would import them again)
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        # A set the finished futures leave: a future keeps its result (a shard's files)
        # for as long as anything refers to it.
        pending = {pool.submit(_run_job, job, request) for job in work}
        try:
            for future in as_completed(pending):
                pending.discard(future)
                yield future.result()
        finally:
            for future in pending:
                future.cancel()


def _skip(update: writer.Update, previous: Unit | None, fingerprint: str) -> Unit | None:
    """The unit as the last run left it, when its fingerprint is the same and its files
    are on disk as recorded (then they are kept, not rendered)."""
    if previous is None or previous.fingerprint != fingerprint:
        return None
    records = update.keep_unchanged(previous.files)
    if records is None:
        return None
    return previous if records is previous.files else Unit(fingerprint, records, previous.summary)


def _summary(selection: ServiceSelection, request: Request) -> ServiceSummary:
    """A skipped service's summary when the last run's record has none: its IR without
    operations (the model is read, no operation is built)."""
    from generator.ir import build_service
    from generator.ir.site import ServiceSummary

    return ServiceSummary.of(build_service(load_service(selection.name, request.model_path), []))


def _site_unit(
    request: Request,
    update: writer.Update,
    fingerprint: str,
    previous: Unit | None,
    summaries: Callable[[], Iterable[ServiceSummary]],
) -> tuple[Unit | None, dict[str, str]]:
    """Files made once with every service (site pages, the distribution's root files):
    kept while ``fingerprint`` (over every selected service's) is the same, else made
    from the services' summaries. Returns the kept unit, or the digests of what was
    added."""
    kept = _skip(update, previous, fingerprint)
    if kept is not None:
        return kept, {}
    digests: dict[str, str] = {}
    made = site_files(summaries(), request.targets, request.package, request_cache(request))
    for rel, data in sorted(made.items()):
        update.add(rel, data)
        digests[rel] = hashlib.sha256(data).hexdigest()
    return None, digests


def generate(
    request: Request,
    *,
    check: bool = False,
    out: TextIO = sys.stdout,
    jobs: int | None = None,
    progress: Progress | None = None,
    quiet: bool = False,
) -> int:
    """Render what changed since the last run and write it (``check``: diff it).

    A service is skipped when its fingerprint equals the one the last write into this
    folder recorded (in the user's cache folder) and its files are on disk as recorded
    (same stat, or else same sha256: a hand-edited or deleted file is rendered again, so
    ``--check`` still finds it). Rendered files stream from the workers to the writer.
    ``quiet``: print nothing when all is well (a stale check's diff still prints).
    """
    jobs = jobs or default_jobs()
    progress = progress or Progress(len(request.services), sys.stderr, quiet=True)
    store = StateStore(cache_root()) if request.cache else None
    previous: RunState = store.load(request.output) if store else {}
    state: RunState = {}
    digests: dict[str, dict[str, str]] = {}  # unit -> path -> sha256, of rendered files
    code = code_fingerprint()
    if request.docs.examples is not None:
        from generator.examples import check_folder

        check_folder(request.docs.examples)  # before anything is rendered or written
    fingerprints = {
        f"service:{s.name}": service_fingerprint(
            code, s, request.targets, request.model_path, request.docs
        )
        for s in request.services
    }
    changes: dict[str, ModelChanges] = {}
    summaries: dict[str, ServiceSummary] = {}  # of the services rendered, then of all
    with writer.Update(request.output, check=check) as update:
        todo = []
        for selection in request.services:
            unit = f"service:{selection.name}"
            kept = _skip(update, previous.get(unit), fingerprints[unit])
            if kept is None:
                todo.append(selection)
            else:
                state[unit] = kept
                progress.service(selection.name, len(kept.files), rendered=False)
        fingerprints["runtime"] = runtime_fingerprint(code, request.targets)
        kept = _skip(update, previous.get("runtime"), fingerprints["runtime"])
        if kept is not None:
            state["runtime"] = kept
        else:
            files = digests["runtime"] = {}
            for rel, data in sorted(shared_files(request.targets).items()):
                update.add(rel, data)
                files[rel] = hashlib.sha256(data).hexdigest()
        work = _jobs(todo, request, jobs, fingerprints)
        pending = {job.selection.name: job.shards for job in work}
        for result in _results(work, request, jobs):
            files = digests.setdefault(f"service:{result.service}", {})
            for rel, data, sha in result.files:
                update.add(rel, data)
                files[rel] = sha
            if result.changes is not None:
                changes[result.service] = result.changes
            if result.summary is not None:
                summaries[result.service] = result.summary
            pending[result.service] -= 1
            if not pending[result.service]:
                progress.service(result.service, len(files), rendered=True)
        fingerprints["site"] = site_fingerprint(
            code,
            request.targets,
            [fingerprints[unit] for unit in sorted(fingerprints)] + [repr(request.package)],
        )

        def every_summary() -> list[ServiceSummary]:
            for selection in request.services:  # a skipped service's, from its record
                if selection.name not in summaries:
                    record = state.get(f"service:{selection.name}")
                    known = record.summary if record is not None else None
                    summaries[selection.name] = known or _summary(selection, request)
            return list(summaries.values())

        kept, site = _site_unit(
            request, update, fingerprints["site"], previous.get("site"), every_summary
        )
        if kept is not None:
            state["site"] = kept
        else:
            digests["site"] = site
        found = ModelChanges()
        for selection in request.services:
            found.extend(changes.get(selection.name, ModelChanges()))
        if request.fail_on is not None:
            from generator.diff.command import failing

            failed = failing(found.counts, request.fail_on)
            if failed:
                progress.finish()
                for line in found.lines:
                    print(line, file=out)
                print(
                    f"error: {failed} model change(s) at {request.fail_on.value} or worse "
                    f"(--fail-on {request.fail_on.value}): {request.output} left as it was",
                    file=sys.stderr,
                )
                return 1
        plan, diff = update.finish()
        if not check and store is not None:
            for unit, files in digests.items():
                name = unit.removeprefix("service:")
                state[unit] = Unit(fingerprints[unit], update.records(files), summaries.get(name))
            if state != previous:
                store.save(request.output, state)
    progress.finish()
    if request.cache and todo:
        from generator.format import format_cache

        format_cache().evict()
    if check:
        if plan.is_clean:
            files_count = len(plan.unchanged) - 1  # the manifest is not counted
            if not quiet:
                print(f"{request.output}: up to date ({files_count} files)", file=out)
            return 0
        out.write(diff)
        for line in found.lines:
            print(line, file=out)
        print(f"{request.output} is stale: {plan.summary()}; run `make generate`", file=out)
        return 1
    if not quiet:
        for line in found.lines:
            print(line, file=out)
        print(f"{request.output}: {plan.summary()}", file=out)
    return 0
