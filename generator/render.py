"""Render templates into in-memory files. ``templates/<target>/<path>.j2`` renders
``<output>/<path>``, where a ``%service`` path segment fans out per service and
``%operation`` per selected operation. Files ending in ``.jinja`` are partials."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

import jinja2

from generator import cli_table, docstrings, escaping, pytypes, skeleton
from generator.docs_page import docs_page
from generator.errors import GeneratorError
from generator.ir.model import Operation, Service

TEMPLATES_DIR = Path(__file__).resolve().parent.parent / "templates"

# Code every service needs, rendered once per output tree when any Python target is on.
SHARED_TARGET = "runtime"
PYTHON_TARGETS = frozenset({"client", "cli"})


@dataclass(frozen=True)
class RenderedFile:
    path: PurePosixPath  # relative to the output folder
    content: str
    template: str  # relative to templates/, for messages
    service: str | None = None
    operation: str | None = None


def environment(templates_dir: Path = TEMPLATES_DIR) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir)),
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
    env.globals.update(
        annotation=pytypes.annotation,
        skeleton_json=skeleton.skeleton_json,
        cli_commands_json=cli_table.commands_json,
        enum_literal=pytypes.enum_literal,
        operation_docstring=docstrings.operation_docstring,
        shape_docstring=docstrings.shape_docstring,
        text_docstring=docstrings.text_docstring,
        docs_page=docs_page,
    )
    return env


def _templates(templates_dir: Path, target: str) -> list[PurePosixPath]:
    root = templates_dir / target
    if not root.is_dir():
        return []
    # Sorted so output order never depends on the file system.
    return sorted(
        PurePosixPath(p.relative_to(templates_dir).as_posix())
        for p in root.rglob("*.j2")
        if p.is_file()
    )


def _render(
    env: jinja2.Environment,
    template: PurePosixPath,
    out_path: PurePosixPath,
    context: dict[str, Any],
    service: str | None,
    operation: str | None,
) -> RenderedFile:
    try:
        content = env.get_template(template.as_posix()).render(**context)
    except jinja2.TemplateError as exc:
        line = getattr(exc, "lineno", None)
        where = f"templates/{template}" + (f":{line}" if line else "")
        raise GeneratorError(
            f"template error: {exc}", service=service, operation=operation, file=where
        ) from exc
    return RenderedFile(out_path, content, f"templates/{template}", service, operation)


def _expand(
    template: PurePosixPath, target: str, service: Service | None, operation: Operation | None
) -> PurePosixPath:
    parts = []
    for part in template.relative_to(target).parts:
        if service is not None:
            part = part.replace("%service", service.package)
        if operation is not None:
            part = part.replace("%operation", operation.cli_name)
        parts.append(part)
    path = PurePosixPath(*parts)
    return path.with_name(path.name[: -len(".j2")])


def render(
    services: Iterable[Service],
    targets: Iterable[str],
    templates_dir: Path | None = None,
    *,
    shared: bool = True,
) -> Iterator[RenderedFile]:
    """Render per-service templates, and (``shared``) the runtime every service uses."""
    templates_dir = templates_dir or TEMPLATES_DIR
    env = environment(templates_dir)
    services = list(services)
    targets = list(targets)
    if shared and PYTHON_TARGETS & set(targets):
        for template in _templates(templates_dir, SHARED_TARGET):
            yield _render(
                env,
                template,
                _expand(template, SHARED_TARGET, None, None),
                {"services": services},
                None,
                None,
            )
    for service in services:
        for target in targets:
            for template in _templates(templates_dir, target):
                if "%operation" in template.as_posix():
                    for operation in service.operations:
                        yield _render(
                            env,
                            template,
                            _expand(template, target, service, operation),
                            {"service": service, "operation": operation, "target": target},
                            service.name,
                            operation.name,
                        )
                else:
                    yield _render(
                        env,
                        template,
                        _expand(template, target, service, None),
                        {"service": service, "target": target},
                        service.name,
                        None,
                    )
