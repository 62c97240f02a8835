"""Render templates into in-memory files. ``templates/<target>/<path>.j2`` renders
``<output>/<path>``, where a ``%service`` path segment fans out per service,
``%operation`` per selected operation, ``%waiter`` per waiter over one, and a ``%wait``
folder is ``wait`` for a service with waiters (none without). A template with no
``%service`` segment is a site page: it renders once, with every service's
``ServiceSummary`` in context (``render_site``). Files ending in ``.jinja`` are partials.

Each target's templates render in an environment of their own, which sees only that
target's helpers (``generator.targets.registry``) and the escaping filters.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

import jinja2

from generator import escaping
from generator.errors import GeneratorError
from generator.ir.model import Operation, Service, Waiter
from generator.ir.site import ServiceSummary
from generator.resources import templates_dir
from generator.targets.base import Target
from generator.targets.docs.layout import CURRENT, PageLayout
from generator.targets.registry import template_folders


@dataclass(frozen=True)
class RenderedFile:
    path: PurePosixPath  # relative to the output folder
    content: str
    template: str  # relative to templates/, for messages
    service: str | None = None
    operation: str | None = None


# (target name, templates folder) -> (the target, its environment); the last few kept.
_ENVIRONMENTS: dict[tuple[str, Path], tuple[Target, jinja2.Environment]] = {}
_KEPT_ENVIRONMENTS = 16


def environment(target: Target, templates: Path | None = None) -> jinja2.Environment:
    """The Jinja environment of one target's templates (``templates/<target>/``), made
    once per process: it keeps the templates it compiled, which a worker would
    otherwise compile again for every shard (Jinja reloads one whose file changed)."""
    root = (templates or templates_dir()) / target.name
    key = (target.name, root)
    kept = _ENVIRONMENTS.get(key)
    if kept is not None and kept[0] is target:
        return kept[1]
    while len(_ENVIRONMENTS) >= _KEPT_ENVIRONMENTS:
        del _ENVIRONMENTS[next(iter(_ENVIRONMENTS))]
    env = _new_environment(target, root)
    _ENVIRONMENTS[key] = (target, env)
    return env


def _new_environment(target: Target, root: Path) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(root)),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(
        py_string=escaping.py_string,
        docstring=escaping.docstring_body,
        identifier=escaping.identifier,
    )
    env.globals.update(target.helpers)
    return env


def _templates(root: Path) -> list[PurePosixPath]:
    if not root.is_dir():
        return []
    # Sorted so output order never depends on the file system.
    return sorted(
        PurePosixPath(p.relative_to(root).as_posix()) for p in root.rglob("*.j2") if p.is_file()
    )


def _render(
    env: jinja2.Environment,
    target: str,
    template: PurePosixPath,
    out_path: PurePosixPath,
    context: dict[str, Any],
    service: str | None,
    operation: str | None,
) -> RenderedFile:
    name = f"templates/{target}/{template}"
    try:
        content = env.get_template(template.as_posix()).render(**context)
    except jinja2.TemplateError as exc:
        line = getattr(exc, "lineno", None)
        where = name + (f":{line}" if line else "")
        raise GeneratorError(
            f"template error: {exc}", service=service, operation=operation, file=where
        ) from exc
    except GeneratorError as exc:  # a helper's refusal: say where it happened
        raise GeneratorError(
            exc.message,
            service=exc.service or service,
            operation=exc.operation or operation,
            file=exc.file or f"{name} -> {out_path}",
            exit_code=exc.exit_code,
        ) from exc
    return RenderedFile(out_path, content, name, service, operation)


def _is_site_page(template: PurePosixPath) -> bool:
    return not any("%service" in part for part in template.parts)


def _expand(
    template: PurePosixPath,
    service: Service,
    operation: Operation | None,
    waiter: Waiter | None = None,
) -> PurePosixPath:
    parts = []
    for part in template.parts:
        if part == "%wait":
            part = "wait"
        part = part.replace("%service", service.package)
        if operation is not None:
            part = part.replace("%operation", operation.cli_name)
        if waiter is not None:
            part = part.replace("%waiter", waiter.cli_name)
        parts.append(part)
    path = PurePosixPath(*parts)
    return path.with_name(path.name[: -len(".j2")])


def _fan_out(
    template: PurePosixPath, service: Service
) -> Iterator[tuple[Operation | None, Waiter | None]]:
    """What one template renders for one service: once, per operation, or per waiter."""
    text = template.as_posix()
    if "%wait" in template.parts and not service.wait_commands:
        return
    if "%waiter" in text:
        yield from ((None, waiter) for waiter in service.wait_commands)
    elif "%operation" in text:
        yield from ((operation, None) for operation in service.operations)
    else:
        yield None, None


def render(
    services: Iterable[Service],
    targets: Iterable[str],
    templates: Path | None = None,
    *,
    shard: tuple[int, int] | None = None,
    layouts: Mapping[str, PageLayout] | None = None,
) -> Iterator[RenderedFile]:
    """Render every selected target's templates for every service (site pages aside).

    ``shard=(k, n)``: only a worker's part of a large service. Its files are dealt out
    like cards, the whole-service files first, largest template first (``client.py``,
    ``shapes.py``: the slowest to format), so each of those starts a shard of its own,
    the slowest in the first shards (taken first), and the files per operation fill
    every shard alike. ``layouts``: each service's page layout
    (``layout`` in context), by service name; the current layout without examples for
    a service not in it.
    """
    layouts = layouts or {}
    templates = templates or templates_dir()
    services = list(services)
    plan = [
        (target, template, service, operation, waiter)
        for target in template_folders(targets)
        for template in _templates(templates / target.name)
        if not _is_site_page(template)
        for service in services
        for operation, waiter in _fan_out(template, service)
    ]
    selected = list(range(len(plan)))
    if shard is not None:
        first, step = shard
        sizes = {}
        for target, template, _, operation, waiter in plan:
            if operation is None and waiter is None:
                sizes[target.name, template] = (templates / target.name / template).stat().st_size
        # The whole-service files first, the largest templates (the slowest outputs)
        # before the rest, then the files per operation; sorted() keeps plan order.
        dealt = sorted(selected, key=lambda i: -sizes.get((plan[i][0].name, plan[i][1]), -1))
        selected = sorted(dealt[first::step])
    for i in selected:
        target, template, service, operation, waiter = plan[i]
        context: dict[str, Any] = {
            "service": service,
            "layout": layouts.get(service.name, CURRENT),
        }
        if operation is not None:
            context["operation"] = operation
        if waiter is not None:
            context["waiter"] = waiter
        yield _render(
            environment(target, templates),  # kept per process
            target.name,
            template,
            _expand(template, service, operation, waiter),
            context,
            service.name,
            operation.name if operation else waiter.operation if waiter else None,
        )


def render_site(
    services: Iterable[ServiceSummary], targets: Iterable[str], templates: Path | None = None
) -> Iterator[RenderedFile]:
    """Render the selected targets' site pages (templates outside ``%service``) once,
    with ``services`` (every service generated, sorted by folder) and ``folders`` (the
    template folders rendered: targets and parts) in context."""
    templates = templates or templates_dir()
    selected = template_folders(targets)
    context: dict[str, Any] = {
        "services": tuple(sorted(set(services))),
        "folders": tuple(target.name for target in selected),
    }
    for target in selected:
        env = environment(target, templates)
        for template in _templates(templates / target.name):
            if _is_site_page(template):
                if any("%" in part for part in template.parts):
                    raise GeneratorError(
                        "template error: a site page (no %service segment) cannot fan out",
                        file=f"templates/{target.name}/{template}",
                    )
                out_path = template.with_name(template.name[: -len(".j2")])
                yield _render(env, target.name, template, out_path, context, None, None)
