"""The examples folder (``docs.examples``): authored RST examples of commands, laid out
as awscli ships them (``<service>/<command>.rst``, ``<service>/wait/<waiter>.rst``).

The files are read as data (awscli is never imported). They are RST by design (a title,
prose, ``::`` blocks), so they are written into the pages as they are, but only the
directives and roles that stay inside the page are taken: a ``raw``, ``include`` or any
other directive or role outside ``ALLOWED_DIRECTIVES``/``ALLOWED_ROLES`` (which could put
markup, script or another file into the site) is refused with the file and line named.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from generator.errors import GeneratorError
from generator.loader import display_path

# Directives the awscli examples use, and the admonitions like them: content only.
ALLOWED_DIRECTIVES = frozenset(
    {
        "code",
        "code-block",
        "note",
        "tip",
        "warning",
        "important",
        "caution",
        "danger",
        "attention",
        "hint",
        "seealso",
    }
)
# Interpreted text an example may use (standard inline markup spelled as a role).
ALLOWED_ROLES = frozenset({"emphasis", "strong", "literal", "code"})
_DIRECTIVE = re.compile(r"^\s*\.\.\s+(?:\|[^|]*\|\s+)?([^\s:][^:]*?)::")
_ROLE = re.compile(r"(?<![\w`\\]):([A-Za-z][\w.+-]*):`")
_WAIT = "wait"


@dataclass(frozen=True)
class Examples:
    """One service's example files: command path ("resume-session", "wait/x") -> RST."""

    pages: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))

    def get(self, command: str) -> str | None:
        return self.pages.get(command)


NO_EXAMPLES = Examples()


def _service_files(folder: Path, cli_service: str) -> list[tuple[str, Path]]:
    """(command path, file) of the service's example files, sorted."""
    root = folder / cli_service
    found: list[tuple[str, Path]] = []
    for sub, prefix in ((root, ""), (root / _WAIT, f"{_WAIT}/")):
        if not sub.is_dir():
            continue
        for path in sorted(sub.iterdir()):
            if path.suffix == ".rst" and path.is_file() and not path.name.startswith("_"):
                found.append((prefix + path.stem, path))
    return found


def check_folder(folder: Path) -> None:
    if not folder.is_dir():
        raise GeneratorError(
            "docs.examples: no such folder (laid out as <service>/<command>.rst)",
            file=display_path(folder),
        )


def _checked(text: str, path: Path, service: str) -> str:
    for number, line in enumerate(text.splitlines(), 1):
        directive = _DIRECTIVE.match(line)
        if directive and directive.group(1).strip().lower() not in ALLOWED_DIRECTIVES:
            raise GeneratorError(
                f"example file: directive {directive.group(1).strip()!r} is not allowed "
                f"(allowed: {', '.join(sorted(ALLOWED_DIRECTIVES))})",
                service=service,
                file=f"{display_path(path)}:{number}",
            )
        for role in _ROLE.findall(line):
            if role.lower() not in ALLOWED_ROLES:
                raise GeneratorError(
                    f"example file: role {role!r} is not allowed "
                    f"(allowed: {', '.join(sorted(ALLOWED_ROLES))})",
                    service=service,
                    file=f"{display_path(path)}:{number}",
                )
    return text


def load_examples(folder: Path, cli_service: str, service: str) -> Examples:
    """The service's examples (none when the folder has no ``<cli_service>/``)."""
    check_folder(folder)
    pages: dict[str, str] = {}
    for command, path in _service_files(folder, cli_service):
        try:
            text = path.read_bytes().decode("utf-8")
        except OSError as exc:
            raise GeneratorError(
                f"cannot read example file: {exc.strerror}", service=service, file=str(path)
            ) from exc
        except UnicodeDecodeError as exc:
            raise GeneratorError(
                f"example file is not UTF-8 (byte {exc.start})",
                service=service,
                file=display_path(path),
            ) from exc
        pages[command] = _checked(text, path, service)
    return Examples(MappingProxyType(pages))


def examples_fingerprint(folder: Path, cli_service: str) -> str:
    """The service's example files, names and contents (what its pages depend on)."""
    digest = hashlib.sha256()
    if not folder.is_dir():
        digest.update(b"\0missing")  # the run fails; a later one with the folder is new
        return digest.hexdigest()
    for command, path in _service_files(folder, cli_service):
        try:
            data = path.read_bytes()
        except OSError:
            data = b"\0unreadable"
        digest.update(f"\0{command}\0{len(data)}\0".encode())
        digest.update(data)
    return digest.hexdigest()
