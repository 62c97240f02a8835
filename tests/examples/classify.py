"""Which example command lines can run offline, side by side, and why the others cannot.

Every command line gets exactly one outcome: a ``Plan`` (what to run: the service, the
command, the words after ``aws`` with file paths rewritten, and the files to write), or
a reason it is not run, from the first check that refuses it:

=====================  ===============================================================
unparsed               a quote never closes
windows-shell          continued with ``^`` (cmd.exe) or a backtick (PowerShell)
pipe, command-         needs a shell: ``|``, ``$(...)`` or backticks, ``$VAR``,
substitution,          ``>``/``<``, ``;``/``&&``/``||``, ``&``, an unquoted ``<name>``
variable, ...
no-command             ``aws`` or ``aws <service>`` without a command
awscli-only            the command is not an operation of the botocore model (``s3 cp``,
                       ``configure``, ``deploy push``, ``emr create-cluster``): decided
                       from botocore's loader and ``xform_name``, never from awscli
wait, help             ``<service> wait ...`` and ``... help``: run only when asked
                       (``--include wait``), as the generated CLI does not have them yet
file-not-shown         a ``file://`` the page does not show the contents of
=====================  ===============================================================

Files: a ``file://`` or ``fileb://`` path is written into the command line's own
working folder, with the contents the page shows for that base name (see
``extract.Page.files``); a ``fileb://`` the page does not show gets placeholder bytes (a
blob's contents do not change what is compared; a ``.zip`` gets a small real zip file,
as awscli checks ``lambda --zip-file``). Relative paths stay as written (the
working folder is the run's); an absolute path ``/tmp/x.json`` becomes ``abs/tmp/x.json``
and ``~/x.json`` becomes ``home/x.json``, so nothing is written outside that folder.
``--placeholder-files`` runs the file-not-shown ones too, with ``{}`` as contents.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache

import botocore.session
from botocore import xform_name

from tests.examples.extract import CommandLine, Page

# awscli v1's global options (awscli/data/cli.json) that take a value.
GLOBAL_VALUE_OPTIONS = frozenset(
    {
        "--endpoint-url",
        "--output",
        "--query",
        "--profile",
        "--region",
        "--color",
        "--ca-bundle",
        "--cli-read-timeout",
        "--cli-connect-timeout",
    }
)
GLOBAL_FLAGS = frozenset(
    {"--debug", "--no-verify-ssl", "--no-paginate", "--no-sign-request", "--v2-debug", "--version"}
)
SHELL_REASONS = (
    "pipe",
    "command-substitution",
    "variable",
    "redirection",
    "command-list",
    "background",
    "placeholder",
)
OPTIONAL_REASONS = ("wait", "help")
PARAMFILE_PREFIXES = ("file://", "fileb://")
PLACEHOLDER_BYTES = b"placeholder bytes\n"


def _zip() -> bytes:
    """A zip file with one small file (awscli checks that ``--zip-file`` is a zip)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(zipfile.ZipInfo("index.py", (2020, 1, 1, 0, 0, 0)), "placeholder\n")
    return buffer.getvalue()


EMPTY_ZIP = _zip()


@dataclass(frozen=True)
class Plan:
    """A command line to run on both sides."""

    service: str  # botocore's name: s3
    cli_service: str  # awscli's command for it: s3api
    command: str  # send-command
    args: tuple[str, ...]  # the words after "aws", file paths rewritten
    service_at: int  # where the service is in args (after any leading global options)
    files: Mapping[str, bytes] = field(default_factory=dict)  # relative path -> contents
    profiles: tuple[str, ...] = ()  # --profile names used
    optional: str = ""  # "wait" / "help" when run only on request

    @property
    def generated_args(self) -> tuple[str, ...]:
        """The words for the generated CLI, which is one service: without the service."""
        return self.args[: self.service_at] + self.args[self.service_at + 1 :]


@dataclass(frozen=True)
class NotRun:
    reason: str
    detail: str = ""  # e.g. "s3 cp" for awscli-only


@dataclass(frozen=True)
class Classified:
    line: CommandLine
    outcome: Plan | NotRun


@cache
def cli_services() -> dict[str, str]:
    """awscli's command for each botocore service (s3api -> s3, configservice ->
    config, ...), as awscli names them."""
    from tests.awscli_tables import cli_names

    return {command: service for service, command in cli_names().items()}


@cache
def model_operations(service: str) -> tuple[str, ...]:
    """The operation names of botocore's model of ``service`` (its own loader)."""
    loader = botocore.session.get_session().get_component("data_loader")
    return tuple(loader.load_service_model(service, "service-2")["operations"])


@cache
def operations(service: str) -> frozenset[str]:
    """The CLI names of the operations of botocore's model of ``service``."""
    return frozenset(xform_name(name, "-") for name in model_operations(service))


def split_globals(words: tuple[str, ...]) -> tuple[list[str], list[str]]:
    """(the global options before the service, the rest), for ``aws --region r ec2 ...``."""
    leading: list[str] = []
    index = 0
    while index < len(words) and words[index].startswith("--"):
        name = words[index].split("=", 1)[0]
        if name in GLOBAL_VALUE_OPTIONS and "=" not in words[index]:
            leading.extend(words[index : index + 2])
            index += 2
        elif name in GLOBAL_VALUE_OPTIONS or name in GLOBAL_FLAGS:
            leading.append(words[index])
            index += 1
        else:
            break
    return leading, list(words[index:])


def _safe_relative(path: str) -> str:
    """A path inside the run's folder for a path as written."""
    if path.startswith("~/"):
        path = "home/" + path[2:]
    elif path.startswith("/"):
        path = "abs" + path
    normal = posixpath.normpath(path)
    if normal.startswith("..") or normal.startswith("/"):
        normal = posixpath.basename(path) or "file"
    return normal


def _paramfile_at(word: str) -> int:
    """Where a ``file://``/``fileb://`` value starts in a word: the whole word, the value
    of ``--option=...``, or a shorthand ``key@=...`` value; -1 if none."""
    starts = [0]
    if word.startswith("--") and "=" in word:
        starts.append(word.index("=") + 1)
    if "@=" in word:
        starts.append(word.index("@=") + 2)
    for start in starts:
        if word.startswith(PARAMFILE_PREFIXES, start):
            return start
    return -1


def _rewrite_paramfiles(
    words: list[str], shown: Mapping[str, str], placeholders: bool
) -> tuple[list[str], dict[str, bytes], str]:
    """(words with paths rewritten, files to write, the first path not shown or "")."""
    files: dict[str, bytes] = {}
    missing = ""
    out: list[str] = []
    for word in words:
        at = _paramfile_at(word)
        if at < 0:
            out.append(word)
            continue
        prefix = "fileb://" if word.startswith("fileb://", at) else "file://"
        path = word[at + len(prefix) :]
        relative = _safe_relative(path)
        name = posixpath.basename(path.replace("\\", "/"))
        if name in shown:
            files[relative] = shown[name].encode("utf-8")
        elif prefix == "fileb://":
            files[relative] = EMPTY_ZIP if name.endswith(".zip") else PLACEHOLDER_BYTES
        elif placeholders:
            files[relative] = b"{}\n"
        else:
            missing = missing or path
        out.append(word[:at] + prefix + relative)
    return out, files, missing


def classify(
    line: CommandLine,
    page: Page,
    *,
    include: frozenset[str] = frozenset(),
    placeholders: bool = False,
) -> NotRun | Plan:
    if line.argv is None:
        return NotRun("unparsed")
    if line.windows:
        return NotRun("windows-shell")
    for reason in SHELL_REASONS:
        if reason in line.shell:
            return NotRun(reason)
    leading, rest = split_globals(line.argv[1:])
    after = split_globals(tuple(rest[1:]))[1]  # aws cur --region r describe-...
    if not rest or not after or after[0].startswith("-"):
        return NotRun("no-command", " ".join(rest[:1]))
    cli_service, command = rest[0], after[0]
    service = cli_services().get(cli_service)
    if service is None:
        return NotRun("awscli-only", f"{cli_service} {command}")
    optional = ""
    if command == "help" or rest[-1] == "help":
        optional = "help"
    elif command == "wait":
        optional = "wait"
    elif command not in operations(service):
        return NotRun("awscli-only", f"{cli_service} {command}")
    if optional and optional not in include:
        return NotRun(optional)
    words, files, missing = _rewrite_paramfiles([*leading, *rest], page.files, placeholders)
    if missing:
        return NotRun("file-not-shown", missing)
    profiles = tuple(
        words[index + 1] for index, word in enumerate(words[:-1]) if word == "--profile"
    ) + tuple(word.split("=", 1)[1] for word in words if word.startswith("--profile="))
    return Plan(
        service, cli_service, command, tuple(words), len(leading), files, profiles, optional
    )
