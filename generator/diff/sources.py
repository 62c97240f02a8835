"""Turn the diff command's OLD/NEW arguments into pairs of IR services.

An argument is a service-2.json file, a folder laid out like botocore's ``data/``
(``<service>/<api-version>/service-2.json``; the latest api version of each service
wins), a single service's folder (``<api-version>/service-2.json``), or ``installed``
for the pinned botocore.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from generator.diff.compare import compare_services
from generator.diff.model import INSTALLED, DiffReport, ServiceDiff
from generator.errors import GeneratorError
from generator.ir import Service, build_service
from generator.loader import LoadedModel, available_services, closest, load_service

__all__ = ["INSTALLED", "ModelSet", "diff", "resolve"]
MODEL_FILE = "service-2.json"
_API_VERSION = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class ModelSet:
    """One side of a diff: where each of its services' model is.

    ``paths`` maps service name to a service-2.json; ``installed`` means the pinned
    botocore (every service it ships); ``single`` holds the one model a file argument
    named, already loaded.
    """

    label: str
    paths: dict[str, Path] = field(default_factory=dict)
    installed: bool = False
    single: LoadedModel | None = None

    def names(self) -> list[str]:
        if self.single is not None:
            return [self.single.service_name]
        return sorted(self.paths)

    def has(self, service: str) -> bool:
        if self.single is not None:
            return service == self.single.service_name
        if self.installed:
            return service in available_services()
        return service in self.paths

    def load(self, service: str) -> Service | None:
        if not self.has(service):
            return None
        if self.single is not None:
            loaded = self.single
        elif self.installed:
            loaded = load_service(service)
        else:
            loaded = load_service(service, self.paths[service])
        return build_service(loaded, "*")


def _model_in(version_dir: Path) -> Path | None:
    for name in (MODEL_FILE, MODEL_FILE + ".gz"):  # botocore's own data/ is gzipped
        if (version_dir / name).is_file():
            return version_dir / name
    return None


def _latest(service_dir: Path) -> Path | None:
    """The service-2.json(.gz) of the latest api version under a service's folder."""
    versions = sorted(
        child
        for child in service_dir.iterdir()
        if child.is_dir() and _API_VERSION.fullmatch(child.name) and _model_in(child)
    )
    return _model_in(versions[-1]) if versions else None


def resolve(argument: str) -> ModelSet:
    """Read one OLD/NEW argument; bad ones raise GeneratorError (exit code 2)."""
    if argument == INSTALLED:
        return ModelSet(argument, installed=True)
    path = Path(argument)
    if path.is_file():
        return ModelSet(argument, single=load_service(None, path))
    if not path.exists():
        raise GeneratorError(
            "no such file or folder (expected a service-2.json, a folder "
            f"like botocore's data/, or '{INSTALLED}')",
            file=argument,
        )
    if not path.is_dir():
        raise GeneratorError("not a file or folder", file=argument)
    own = _latest(path)
    if own is not None:  # a single service's folder: <api-version>/service-2.json
        return ModelSet(argument, paths={path.resolve().name: own})
    paths: dict[str, Path] = {}
    for service_dir in sorted(child for child in path.iterdir() if child.is_dir()):
        latest = _latest(service_dir)
        if latest is not None:
            paths[service_dir.name] = latest
    if not paths:
        raise GeneratorError(
            f"no <service>/<api-version>/{MODEL_FILE} under this folder", file=argument
        )
    return ModelSet(argument, paths=paths)


def _service_names(old: ModelSet, new: ModelSet) -> list[str]:
    if old.installed and new.installed:
        raise GeneratorError(f"nothing to compare: both sides are '{INSTALLED}'")
    if old.single is not None and new.single is not None:
        if old.single.service_name != new.single.service_name:
            raise GeneratorError(
                "cannot compare two different services: "
                f"{old.single.service_name} ({old.label}) and "
                f"{new.single.service_name} ({new.label})"
            )
    # A single file, or the installed botocore, compares only the other side's services.
    for side in (old, new):
        if side.single is not None:
            return side.names()
    if old.installed:
        return new.names()
    if new.installed:
        return old.names()
    return sorted(set(old.names()) | set(new.names()))


def _pairs(old: ModelSet, new: ModelSet) -> Iterator[tuple[Service | None, Service | None]]:
    for name in _service_names(old, new):
        yield old.load(name), new.load(name)


def diff(old: ModelSet, new: ModelSet, operations: Collection[str] | None = None) -> DiffReport:
    """Compare every service the two sides share (or either side has, for two folders)."""
    services: list[ServiceDiff] = []
    known: set[str] = set()
    for old_service, new_service in _pairs(old, new):
        for service in (old_service, new_service):
            if service is not None:
                known.update(op.name for op in service.operations)
        services.append(compare_services(old_service, new_service, operations))
    for name in operations or ():
        if name not in known:
            raise GeneratorError(
                f"unknown operation '{name}' on both sides.{closest(name, known)}", operation=name
            )
    return DiffReport(tuple(sorted(services, key=lambda s: s.service)))
