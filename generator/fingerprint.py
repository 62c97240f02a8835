"""What each output depends on, as one hash: the key that lets a run skip a service.

A service's files depend on its model files (``loader.model_sources``: the model, its
paginators, waiters and sdk-extras), the selection (operations), the targets, the
generator's own code and data (every file of the ``generator`` package, ``templates/``
and ``runtime/``) and the versions of the libraries that shape the output (black,
botocore, Jinja2) and of Python. Any change to any of them changes the fingerprint; the
hash covers file contents, never times.
"""

from __future__ import annotations

import hashlib
import os
import sys
from collections.abc import Iterable
from importlib.metadata import version
from pathlib import Path

from generator.config import DEFAULT_DOCS, DocsConfig, ServiceSelection
from generator.examples import examples_fingerprint
from generator.loader import model_sources
from generator.overrides import cli_service_name
from generator.resources import PACKAGE_DIR, runtime_dir, templates_dir

# Libraries whose version changes the output (black formats it, botocore ships the
# models and names, Jinja2 renders the templates).
LIBRARIES = ("black", "botocore", "jinja2")


def _tree_files(root: Path) -> Iterable[Path]:
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d != "__pycache__")
        for name in sorted(filenames):
            if not name.endswith((".pyc", ".pyo")):
                yield Path(dirpath) / name


def code_fingerprint() -> str:
    """The generator itself: its package, templates and runtime, and the libraries."""
    digest = hashlib.sha256()
    versions = [f"python {sys.version_info[0]}.{sys.version_info[1]}"]
    versions += [f"{name} {version(name)}" for name in LIBRARIES]
    digest.update("\n".join(versions).encode())
    for label, root in (
        ("generator", PACKAGE_DIR),
        ("templates", templates_dir()),
        ("runtime", runtime_dir()),
    ):
        for path in _tree_files(root):
            data = path.read_bytes()
            name = f"{label}/{path.relative_to(root).as_posix()}"
            digest.update(f"\0{name}\0{len(data)}\0".encode())
            digest.update(data)
    return digest.hexdigest()


def service_fingerprint(
    code: str,
    selection: ServiceSelection,
    targets: Iterable[str],
    model_path: Path | None,
    docs: DocsConfig = DEFAULT_DOCS,
) -> str:
    """One service's outputs: the generator (``code``), what was asked, the model files,
    the pages' layout and the service's example files."""
    digest = hashlib.sha256()
    operations = "*" if selection.operations == "*" else ",".join(selection.operations)
    head = [code, selection.name, operations, ",".join(targets), str(model_path or "")]
    head += [docs.layout, str(docs.examples or "")]
    if docs.examples is not None:
        head.append(examples_fingerprint(docs.examples, cli_service_name(selection.name)))
    digest.update("\0".join(head).encode())
    for path in model_sources(selection.name, model_path):
        data = path.read_bytes()
        digest.update(f"\0{path}\0{len(data)}\0".encode())
        digest.update(data)
    return digest.hexdigest()


def runtime_fingerprint(code: str, targets: Iterable[str]) -> str:
    """The runtime modules copied into the tree: the runtime (in ``code``) and the
    targets, whose output decides which modules are needed."""
    digest = hashlib.sha256()
    digest.update("\0".join([code, "runtime", ",".join(targets)]).encode())
    return digest.hexdigest()


def site_fingerprint(code: str, targets: Iterable[str], services: Iterable[str]) -> str:
    """Files rendered once with every service (outside ``%service``): all of them."""
    digest = hashlib.sha256()
    digest.update("\0".join([code, "site", ",".join(targets), *services]).encode())
    return digest.hexdigest()
