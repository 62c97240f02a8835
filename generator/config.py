"""generator.yaml: what to generate. Wrong keys or values are named in the error."""

from __future__ import annotations

import keyword
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from generator.errors import GeneratorError
from generator.targets.names import TARGET_NAMES

TARGETS = TARGET_NAMES
SERVICE_NAME = re.compile(r"[a-z0-9][a-z0-9.-]*\Z")
# PEP 508 distribution names and PEP 440 public versions (release, pre, post, dev).
DISTRIBUTION_NAME = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?\Z")
VERSION = re.compile(r"[0-9]+(?:\.[0-9]+)*(?:(?:a|b|rc)[0-9]+)?(?:\.post[0-9]+)?(?:\.dev[0-9]+)?\Z")
PACKAGE_KEYS = ("name", "version", "import_name")
DOCS_KEYS = ("layout", "examples")
# The command pages' layouts: awscli 1.45.11's pages as its htmlgen writes them today
# (a meta description, the global options, Examples), and the older one of the published
# reference pages the cross-check reads.
LAYOUTS = ("current", "legacy")


@dataclass(frozen=True)
class ServiceSelection:
    name: str
    operations: tuple[str, ...] | str  # names, or "*"


@dataclass(frozen=True)
class PackageConfig:
    """The distribution the output tree is (its generated pyproject.toml)."""

    name: str = "aws-generated-clients"  # what pip installs and lists
    version: str = "0.1.0"
    import_name: str = "generated"  # the top-level package the tree installs as


DEFAULT_PACKAGE = PackageConfig()


@dataclass(frozen=True)
class DocsConfig:
    """How the command pages (docs and ``help``) are laid out. ``examples``: a folder of
    ``<service>/<command>.rst`` (and ``<service>/wait/<waiter>.rst``) example files, laid
    out as awscli ships them, read into the current layout's Examples sections."""

    # The current layout is the default: it is what the AWS CLI v1 reference shows today,
    # and each page is whole on its own (the global options are on it, not one link away).
    layout: str = "current"
    examples: Path | None = None

    def __post_init__(self) -> None:
        # The one home of this rule, for the config keys and the command line alike.
        if self.examples is not None and self.layout == "legacy":
            raise ValueError("the legacy layout has no Examples section")


DEFAULT_DOCS = DocsConfig()


@dataclass(frozen=True)
class Config:
    services: tuple[ServiceSelection, ...]
    targets: tuple[str, ...]
    output: Path
    package: PackageConfig = DEFAULT_PACKAGE
    docs: DocsConfig = DEFAULT_DOCS


DEFAULT_CONFIG = "generator.yaml"
# Without a config file: nothing selected (the command line names services), every
# target, into ./generated.
DEFAULTS = Config(services=(), targets=TARGETS, output=Path("generated"))


def parse_config(data: Any, source: str, base: Path | None = None) -> Config:
    """``base``: the config file's folder, which a relative ``docs.examples`` is in."""

    def fail(key: str, message: str) -> GeneratorError:
        return GeneratorError(f"config key '{key}': {message}", file=source)

    if not isinstance(data, dict):
        raise GeneratorError(
            "config must be a mapping with keys services, targets, output", file=source
        )
    unknown = sorted(set(data) - {"services", "targets", "output", "package", "docs"})
    if unknown:
        raise fail(unknown[0], "unknown key (expected services, targets, output, package, docs)")
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
    return Config(
        tuple(services),
        tuple(t for t in TARGETS if t in targets),
        Path(output),
        parse_package(data.get("package", {}), fail),
        parse_docs(data.get("docs", {}), fail, base),
    )


def parse_package(data: Any, fail: Any) -> PackageConfig:
    """``package: {name, version, import_name}``, each optional."""
    if not isinstance(data, dict):
        raise fail("package", f"must be a mapping with keys {', '.join(PACKAGE_KEYS)}")
    extra = sorted(set(data) - set(PACKAGE_KEYS))
    if extra:
        raise fail(f"package.{extra[0]}", f"unknown key (expected {', '.join(PACKAGE_KEYS)})")
    default = PackageConfig()
    name = data.get("name", default.name)
    version = data.get("version", default.version)
    import_name = data.get("import_name", default.import_name)
    if not isinstance(name, str) or not DISTRIBUTION_NAME.match(name):
        raise fail("package.name", "not a distribution name (letters, digits, . _ -)")
    if not isinstance(version, str) or not VERSION.match(version):
        raise fail("package.version", "not a version such as 1.2.0 (a quoted string)")
    if (
        not isinstance(import_name, str)
        or not import_name.isidentifier()
        or not import_name.isascii()
        or keyword.iskeyword(import_name)
    ):
        raise fail("package.import_name", "not a Python package name")
    return PackageConfig(name, version, import_name)


def parse_docs(data: Any, fail: Any, base: Path | None = None) -> DocsConfig:
    """``docs: {layout, examples}``, each optional. A relative examples folder is in the
    config file's folder (``base``); it is read when the pages are made (a missing one is
    an error then, naming it)."""
    if not isinstance(data, dict):
        raise fail("docs", f"must be a mapping with keys {', '.join(DOCS_KEYS)}")
    extra = sorted(set(data) - set(DOCS_KEYS))
    if extra:
        raise fail(f"docs.{extra[0]}", f"unknown key (expected {', '.join(DOCS_KEYS)})")
    layout = data.get("layout", DEFAULT_DOCS.layout)
    if layout not in LAYOUTS:
        raise fail("docs.layout", f"must be one of {', '.join(LAYOUTS)}")
    examples = data.get("examples")
    if examples is not None and (not isinstance(examples, str) or not examples):
        raise fail("docs.examples", "must be a folder path")
    folder = Path(examples) if examples is not None else None
    if folder is not None and base is not None and not folder.is_absolute():
        folder = base / folder
    try:
        return DocsConfig(layout, folder)
    except ValueError as exc:
        raise fail("docs.examples", str(exc)) from exc


def load_config(path: Path) -> Config:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise GeneratorError(f"cannot read config: {exc.strerror}", file=str(path)) from exc
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise GeneratorError(f"malformed YAML: {exc}".replace("\n", " "), file=str(path)) from exc
    return parse_config(data, str(path), path.parent)
