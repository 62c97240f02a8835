"""generator.yaml: what to generate. Wrong keys or values are named in the error."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from generator.errors import GeneratorError
from generator.targets.registry import TARGET_NAMES

TARGETS = TARGET_NAMES
SERVICE_NAME = re.compile(r"[a-z0-9][a-z0-9.-]*\Z")


@dataclass(frozen=True)
class ServiceSelection:
    name: str
    operations: tuple[str, ...] | str  # names, or "*"


@dataclass(frozen=True)
class Config:
    services: tuple[ServiceSelection, ...]
    targets: tuple[str, ...]
    output: Path


DEFAULT_CONFIG = "generator.yaml"
# Without a config file: nothing selected (the command line names services), every
# target, into ./generated.
DEFAULTS = Config(services=(), targets=TARGETS, output=Path("generated"))


def parse_config(data: Any, source: str) -> Config:
    def fail(key: str, message: str) -> GeneratorError:
        return GeneratorError(f"config key '{key}': {message}", file=source)

    if not isinstance(data, dict):
        raise GeneratorError(
            "config must be a mapping with keys services, targets, output", file=source
        )
    unknown = sorted(set(data) - {"services", "targets", "output"})
    if unknown:
        raise fail(unknown[0], "unknown key (expected services, targets, output)")
    services_data = data.get("services")
    if not isinstance(services_data, dict) or not services_data:
        raise fail("services", "must map service names to {operations: [...] or '*'}")
    services = []
    for name, body in services_data.items():
        key = f"services.{name}"
        if not isinstance(name, str) or not SERVICE_NAME.match(name) or ".." in name:
            raise fail(key, "not a valid service name")
        if not isinstance(body, dict):
            raise fail(key, "must be a mapping with key 'operations'")
        extra = sorted(set(body) - {"operations"})
        if extra:
            raise fail(f"{key}.{extra[0]}", "unknown key (expected operations)")
        ops = body.get("operations", "*")
        if ops != "*" and not (
            isinstance(ops, list) and ops and all(isinstance(op, str) for op in ops)
        ):
            raise fail(f"{key}.operations", "must be '*' or a non-empty list of names")
        services.append(ServiceSelection(name, "*" if ops == "*" else tuple(ops)))
    targets = data.get("targets", list(TARGETS))
    if not isinstance(targets, list) or not targets:
        raise fail("targets", f"must be a non-empty list of {', '.join(TARGETS)}")
    for target in targets:
        if target not in TARGETS:
            raise fail("targets", f"unknown target {target!r} (expected {', '.join(TARGETS)})")
    output = data.get("output", "generated")
    if not isinstance(output, str) or not output:
        raise fail("output", "must be a folder path")
    return Config(tuple(services), tuple(t for t in TARGETS if t in targets), Path(output))


def load_config(path: Path) -> Config:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise GeneratorError(f"cannot read config: {exc.strerror}", file=str(path)) from exc
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise GeneratorError(f"malformed YAML: {exc}".replace("\n", " "), file=str(path)) from exc
    return parse_config(data, str(path))
