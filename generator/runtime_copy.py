"""The shared runtime, copied byte for byte into ``<output>/_runtime/``.

The runtime (``runtime/`` in the repository) is ordinary Python, linted, type-checked
and tested as itself; no template or formatter touches it. A tree gets the modules its
targets name and every runtime module those import (relative imports, followed here),
so a client-only tree carries no CLI code.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

from generator.errors import GeneratorError
from generator.resources import runtime_dir

RUNTIME_PACKAGE = "_runtime"
# The output folder is a package too (services import ``.._runtime``).
ROOT_INIT = b'"""Generated AWS service packages. Do not edit: run `make generate`."""\n'


def _runtime_imports(path: Path) -> set[str]:
    """Runtime modules a module imports (``from .x import``, ``from . import x``)."""
    return set(module_imports(path)[0])


def module_imports(path: Path) -> tuple[frozenset[str], frozenset[str]]:
    """What a runtime module imports: the runtime modules (relative imports) and the
    top-level modules (absolute imports). Each module is parsed once per process
    (the copy and the distribution's requirements both ask), again if it changed."""
    try:
        stat = path.stat()
    except OSError as exc:
        raise GeneratorError(f"runtime module unreadable: {exc}", file=str(path)) from exc
    return _parsed_imports(path, stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=64)
def _parsed_imports(path: Path, mtime_ns: int, size: int) -> tuple[frozenset[str], frozenset[str]]:
    try:
        tree = ast.parse(path.read_bytes(), str(path))
    except (OSError, SyntaxError) as exc:
        raise GeneratorError(f"runtime module unreadable: {exc}", file=str(path)) from exc
    relative: set[str] = set()
    absolute: set[str] = set()
    for node in _statements(tree.body):
        if isinstance(node, ast.Import):
            absolute.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            absolute.add(node.module.split(".")[0])
        elif isinstance(node, ast.ImportFrom) and node.level == 1:
            if node.module:
                relative.add(node.module.split(".")[0])
            else:
                relative.update(alias.name for alias in node.names)
    return frozenset(relative), frozenset(absolute)


def _statements(body: list[ast.stmt]) -> Iterator[ast.stmt]:
    """Every statement, nested ones too (an import can sit in a function or a ``try``);
    expressions, which hold no import, are not walked."""
    for node in body:
        yield node
        for name in ("body", "orelse", "finalbody"):
            yield from _statements(getattr(node, name, []))
        for handler in getattr(node, "handlers", []):
            yield from _statements(handler.body)
        for case in getattr(node, "cases", []):
            yield from _statements(case.body)


def runtime_modules(entry_points: Iterable[str], source: Path | None = None) -> list[str]:
    """The entry modules and every runtime module they reach, sorted."""
    source = source or runtime_dir()
    wanted = list(entry_points)
    if not wanted:
        return []
    seen: set[str] = {"__init__"}
    stack = list(wanted)
    while stack:
        name = stack.pop()
        if name in seen:
            continue
        if not (source / f"{name}.py").is_file():
            raise GeneratorError(f"no runtime module {name!r}", file=str(source))
        seen.add(name)
        stack.extend(_runtime_imports(source / f"{name}.py"))
    return sorted(seen)


def runtime_files(entry_points: Iterable[str], source: Path | None = None) -> dict[str, bytes]:
    """Output path -> bytes for the runtime the entry points need (nothing if none)."""
    source = source or runtime_dir()
    modules = runtime_modules(entry_points, source)
    if not modules:
        return {}
    files = {"__init__.py": ROOT_INIT}
    for name in modules:
        files[f"{RUNTIME_PACKAGE}/{name}.py"] = (source / f"{name}.py").read_bytes()
    return files
