"""The command tables a service package ships (``commands.json``), as data.

The generator decides every command's argument table (awscli's, in its order: options,
required flags, paging options, the streaming ``outfile``); this only reads it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Argument:
    """One entry of an operation's argument table (awscli's order), as ``commands.json``
    gives it: the generator decided all of it; nothing here is re-derived."""

    name: str  # session-id (no leading dashes); "outfile" for the positional
    role: str  # member, outfile, cli-input-json, cli-input-yaml, paging, generate-cli-skeleton
    kind: str  # how the value is parsed: the member shape's kind, or awscli's own type
    member: str | None = None  # role member: the wire name it fills, e.g. SessionId
    required: bool = False
    documented: bool = (
        True  # False: accepted but left off help (paging tokens, extensions)
    )
    paging_key: str | None = None  # role paging: StartingToken, PageSize or MaxItems
    shadows: Argument | None = None  # role paging: the member option it stands in for
    response_key: str | None = None  # role outfile: the streaming output member
    negative: str | None = None  # a boolean's renamed negative option (None: no-<name>)
    # A hidden alias: the option it is a second name for. It has its own value, added in
    # table order (so the later of the two wins), as in awscli.
    alias_of: str | None = None
    # A structure holding only a boolean Value that also takes a bare --x / --no-x.
    bare_flag: bool = False
    builder: str | None = None  # role custom: runtime/builders.py's name for it
    query: str | None = None  # builder query-outfile: the response part it saves
    old_list_form: bool = False  # bare values fill a list of one-member structures
    nested: str | None = None  # a member of ``member``'s structure, given on its own
    # role custom: the member its builder fills ("Code.ZipFile"), the values a flag
    # sends; nargs: one or more values; flag: none.
    target: str | None = None
    values: tuple[str, ...] = ()
    nargs: bool = False
    flag: bool = False
    # (member, message): a member of the structure this option refuses (another gives it)
    withheld: tuple[str, str] | None = None

    @property
    def dest(self) -> str:
        return self.name.replace("-", "_")

    @property
    def negative_name(self) -> str:
        """A boolean's negative option, without dashes: ``no-<name>`` unless renamed."""
        return self.negative or f"no-{self.name}"

    @property
    def boolean(self) -> bool:
        return self.role == "member" and self.kind == "boolean"

    @property
    def paging_token(self) -> bool:
        """A member the paginator drives itself: giving it turns pagination off."""
        return self.role == "member" and not self.documented

    @staticmethod
    def from_json(data: Mapping[str, Any]) -> Argument:
        shadows = data.get("shadows")
        withheld = data.get("withheld")
        plain = {
            key: value
            for key, value in data.items()
            if key not in ("shadows", "values", "withheld")
        }
        return Argument(
            **plain,
            shadows=Argument.from_json(shadows) if shadows is not None else None,
            values=tuple(data.get("values", ())),
            withheld=(withheld[0], withheld[1]) if withheld is not None else None,
        )


@dataclass(frozen=True)
class Command:
    """One operation: its command name, botocore method and argument table."""

    name: str  # resume-session
    operation: str  # ResumeSession
    method: str  # resume_session: the botocore client method
    arguments: tuple[Argument, ...]
    input_skeleton: str  # JSON text, as --generate-cli-skeleton prints it
    output_skeleton: (
        str  # JSON text, the fake response --generate-cli-skeleton output uses
    )
    paginator: Mapping[str, Any] | None = (
        None  # botocore's paginator config, if paginated
    )
    event_stream: bool = False  # it sends or receives an event stream
    # Members awscli fills when the request leaves them out (ec2 run-instances' counts).
    defaults: Mapping[str, Any] = field(default_factory=dict)
    # Member values awscli replaces (ec2's --protocol tcp is "6").
    value_maps: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    # {"size": 1000, "members": [...]}: the page size asked for while paginating when no
    # --page-size and no member outside "members" is given (ec2 describe-snapshots).
    default_page_size: Mapping[str, Any] | None = None
    # Checks of options (argparse dests) that cannot be given together: in each, the
    # options of two of its groups (awscli's validate_mutually_exclusive).
    exclusive: tuple[tuple[tuple[str, ...], ...], ...] = ()
    invoker: str | None = None  # runtime/invokers.py: a command awscli runs its own way

    def members(self) -> tuple[Argument, ...]:
        """The arguments that fill input members, shadowed ones included."""
        found = [arg.shadows if arg.shadows else arg for arg in self.arguments]
        return tuple(arg for arg in found if arg.role == "member")

    def role(self, role: str) -> tuple[Argument, ...]:
        return tuple(arg for arg in self.arguments if arg.role == role)


@dataclass(frozen=True)
class WaitCommand:
    """``wait <name>``: a botocore waiter, taking its operation's arguments."""

    name: str  # command-executed
    waiter: str  # CommandExecuted, botocore's name
    operation: str  # GetCommandInvocation


@dataclass(frozen=True)
class ServiceCli:
    """A service's commands. Each command's table is parsed when it is asked for: a
    call runs one command, so it reads one line of ``commands.json``, whatever the size
    of the service."""

    service_name: str
    api_version: str
    model_path: Path
    # command name -> (operation, the command's JSON line), in the table's order
    entries: Mapping[str, tuple[str, str]]
    waiters: tuple[WaitCommand, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(self.entries)

    @property
    def commands(self) -> tuple[Command, ...]:
        """Every command, parsed (for tools and tests; a call needs one)."""
        return tuple(self.command(name) for name in self.entries)

    def command(self, name: str) -> Command:
        return _parse_command(self.entries[name][1])

    def operation_command(self, operation: str) -> Command:
        for name, (found, _) in self.entries.items():
            if found == operation:
                return self.command(name)
        raise KeyError(operation)

    def waiter(self, name: str) -> WaitCommand:
        for waiter in self.waiters:
            if waiter.name == name:
                return waiter
        raise KeyError(name)


def _parse_command(line: str) -> Command:
    item = json.loads(line.rstrip().rstrip(","))
    return Command(
        name=item["name"],
        operation=item["operation"],
        method=item["method"],
        arguments=tuple(Argument.from_json(arg) for arg in item["arguments"]),
        input_skeleton=item["input_skeleton"],
        output_skeleton=item["output_skeleton"],
        paginator=item.get("paginator"),
        event_stream=item.get("event_stream", False),
        defaults=item.get("defaults", {}),
        value_maps=item.get("value_maps", {}),
        default_page_size=item.get("default_page_size"),
        exclusive=tuple(
            tuple(tuple(group) for group in check)
            for check in item.get("exclusive", ())
        ),
        invoker=item.get("invoker"),
    )


# A command's line of commands.json starts with its name and operation (the generator
# writes one command per line, those two keys first).
_COMMAND_LINE = re.compile(
    r'\{"name": ("(?:[^"\\]|\\.)*"), "operation": ("(?:[^"\\]|\\.)*")'
)


def load_cli(path: Path) -> ServiceCli:
    """A service's commands, from the ``commands.json`` its package ships: a JSON
    document whose ``commands`` list holds one command per line. Only the lines'
    starts are read here; the rest of the document is parsed without them."""
    entries: dict[str, tuple[str, str]] = {}
    rest: list[str] = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            found = _COMMAND_LINE.match(line)
            if found is None:
                rest.append(line)
                continue
            name, operation = json.loads(found.group(1)), json.loads(found.group(2))
            entries[name] = (operation, line)
    data = json.loads("".join(rest))
    return ServiceCli(
        service_name=data["service_name"],
        api_version=data["api_version"],
        model_path=path.with_name("service-2.json"),
        entries=entries,
        waiters=tuple(WaitCommand(**item) for item in data.get("waiters", ())),
    )
