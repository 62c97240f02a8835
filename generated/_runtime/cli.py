"""The command line every generated service shares: ``python -m <package> <command> ...``.

It behaves like ``aws <service> <command>`` of AWS CLI v1 (same parsing, same stdout,
same error messages and exit codes); each service package supplies only data (a
``ServiceCli``) and a two-line ``__main__``. Requests go through the botocore client
``session.make_client`` builds from the model the package ships.
"""

from __future__ import annotations

import argparse
import datetime
import json
import logging
import os
import signal
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from difflib import get_close_matches
from pathlib import Path
from typing import Any, NoReturn, TextIO

import botocore.session
import yaml
from botocore.exceptions import NoCredentialsError, NoRegionError
from botocore.stub import Stubber

from .output import FORMATS, print_response
from .session import make_client

SCALAR_KINDS = frozenset(
    {"string", "integer", "long", "float", "double", "boolean", "timestamp", "blob"}
)
# The argparse ``type`` awscli gives each kind (awscli.arguments.CLIArgument.TYPE_MAP):
# only long, float and double are converted (and rejected) by argparse itself.
_ARGPARSE_TYPES: Mapping[str, type[Any]] = {
    "long": int,
    "float": float,
    "double": float,
}
_LOG_FORMAT = "%(asctime)s - %(threadName)s - %(name)s - %(levelname)s - %(message)s"
SKELETON_CHOICES = ("input", "output", "yaml-input")


@dataclass(frozen=True)
class Option:
    """One operation option, as data: ``--<name>`` fills request member ``member``."""

    name: str  # session-id (no leading dashes)
    member: str  # SessionId: the wire name
    kind: str  # the member shape's kind: string, integer, list, structure, ...
    required: bool = False
    element_kind: str | None = None  # a list's element kind
    json: bool = False  # a document, or a JSON-valued header: the value is JSON
    streaming: bool = False  # a streaming blob: the value is a path to a file
    value_only: bool = False  # a structure whose only member is the string Value

    @property
    def dest(self) -> str:
        return self.name.replace("-", "_")


@dataclass(frozen=True)
class Command:
    """One operation: its command name, botocore method and options in model order."""

    name: str  # resume-session
    operation: str  # ResumeSession
    method: str  # resume_session: the botocore client method
    options: tuple[Option, ...]
    input_skeleton: str  # JSON text, as --generate-cli-skeleton prints it
    output_skeleton: (
        str  # JSON text, the fake response --generate-cli-skeleton output uses
    )


@dataclass(frozen=True)
class ServiceCli:
    service_name: str
    api_version: str
    model_path: Path
    commands: tuple[Command, ...]

    def command(self, name: str) -> Command:
        for command in self.commands:
            if command.name == name:
                return command
        raise KeyError(name)


def load_cli(path: Path) -> ServiceCli:
    """A service's command table, from the ``commands.json`` its package ships."""
    with open(path, encoding="utf-8") as handle:
        data = json.load(handle)
    return ServiceCli(
        service_name=data["service_name"],
        api_version=data["api_version"],
        model_path=path.with_name("service-2.json"),
        commands=tuple(
            Command(
                name=item["name"],
                operation=item["operation"],
                method=item["method"],
                options=tuple(Option(**option) for option in item["options"]),
                input_skeleton=item["input_skeleton"],
                output_skeleton=item["output_skeleton"],
            )
            for item in data["commands"]
        ),
    )


class UnknownArgumentError(Exception):
    pass


class ParamError(Exception):
    def __init__(self, cli_name: str, message: str) -> None:
        super().__init__(f"Error parsing parameter '{cli_name}': {message}")
        self.cli_name = cli_name
        self.message = message


def usage(prog: str) -> str:
    """The usage text; awscli's, with this program's name and its two help forms."""
    return (
        f"{prog} [options] <command> [parameters]\n"
        "To see help text, you can run:\n"
        "\n"
        f"  {prog} help\n"
        f"  {prog} <command> help\n"
    )


class _ArgParser(argparse.ArgumentParser):
    """awscli.argparser.CLIArgParser: its 'Invalid choice' message, no -h."""

    ChoicesPerLine = 2

    def __init__(self, prog: str) -> None:
        super().__init__(
            prog=prog,
            usage=usage(prog),
            formatter_class=argparse.RawTextHelpFormatter,
            add_help=False,
            conflict_handler="resolve",
        )

    def _check_value(self, action: argparse.Action, value: Any) -> None:
        choices = list(action.choices) if action.choices is not None else None
        if choices is not None and value not in choices:
            msg = ["Invalid choice, valid choices are:\n"]
            for i in range(len(choices))[:: self.ChoicesPerLine]:
                current = [
                    f"{choice:<40}" for choice in choices[i : i + self.ChoicesPerLine]
                ]
                msg.append(" | ".join(current))
            possible = get_close_matches(value, choices, cutoff=0.8)
            if possible:
                extra = [f"\n\nInvalid choice: {value!r}, maybe you meant:\n"]
                extra.extend(f"  * {word}" for word in possible)
                msg.extend(extra)
            raise argparse.ArgumentError(action, "\n".join(msg))

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: error: {message}\n")


def _global_parser(cli: ServiceCli, prog: str) -> _ArgParser:
    parser = _ArgParser(prog)
    parser.add_argument("--debug", action="store_true")
    parser.add_argument("--endpoint-url")
    parser.add_argument("--no-verify-ssl", action="store_false", dest="verify_ssl")
    parser.add_argument("--no-paginate", action="store_false", dest="paginate")
    parser.add_argument("--output", choices=list(FORMATS))
    parser.add_argument("--profile")
    parser.add_argument("--region")
    parser.add_argument("--color", choices=["on", "off", "auto"], default="auto")
    parser.add_argument("--ca-bundle", dest="ca_bundle")
    # dest "operation" as in awscli's ServiceArgParser ("argument operation: Invalid choice").
    parser.add_argument("operation", choices=[c.name for c in cli.commands] + ["help"])
    return parser


def _operation_parser(command: Command, prog: str, args: Sequence[str]) -> _ArgParser:
    parser = _ArgParser(prog)
    # awscli's OverrideRequiredArgsArgument: --cli-input-json (and yaml) and
    # --generate-cli-skeleton (unless followed by "output") make every option optional.
    skeleton_at = (
        args.index("--generate-cli-skeleton")
        if "--generate-cli-skeleton" in args
        else -1
    )
    relaxed = (
        "--cli-input-json" in args
        or "--cli-input-yaml" in args
        or (skeleton_at >= 0 and args[skeleton_at + 1 : skeleton_at + 2] != ["output"])
    )
    for option in command.options:
        flag = f"--{option.name}"
        if option.kind == "boolean":
            # awscli's BooleanArgument: --x / --no-x, never required by the parser.
            parser.add_argument(
                flag, action="store_true", dest=option.dest, default=None
            )
            parser.add_argument(
                f"--no-{option.name}",
                action="store_false",
                dest=option.dest,
                default=None,
            )
        elif option.kind == "list":
            parser.add_argument(
                flag, nargs="*", type=str, required=option.required and not relaxed
            )
        else:
            parser.add_argument(
                flag,
                type=_ARGPARSE_TYPES.get(option.kind, str),
                required=option.required and not relaxed,
            )
    parser.add_argument("--cli-input-json")
    parser.add_argument("--cli-input-yaml")
    parser.add_argument(
        "--generate-cli-skeleton",
        nargs="?",
        const="input",
        choices=list(SKELETON_CHOICES),
    )
    parser.add_argument("help", nargs="?")
    return parser


# --- values -----------------------------------------------------------------------------


def _read_file(prefix: str, path: str, binary: bool) -> str | bytes:
    file_path = os.path.expandvars(os.path.expanduser(path[len(prefix) :]))
    try:
        if binary:
            with open(file_path, "rb") as handle:
                return handle.read()
        with open(file_path) as handle:
            return handle.read()
    except UnicodeDecodeError:
        raise _ResourceLoadingError(
            f"Unable to load paramfile ({file_path}), text contents could not be decoded.  "
            "If this is a binary file, please use the fileb:// prefix instead of the "
            "file:// prefix."
        ) from None
    except OSError as exc:
        raise _ResourceLoadingError(f"Unable to load paramfile {path}: {exc}") from None


class _ResourceLoadingError(Exception):
    pass


def paramfile(value: Any) -> str | bytes | None:
    """The contents ``file://`` or ``fileb://`` refers to; None for any other value."""
    if isinstance(value, str):
        for prefix, binary in (("file://", False), ("fileb://", True)):
            if value.startswith(prefix):
                return _read_file(prefix, value, binary)
    return None


def _load_json(value: Any, cli_name: str) -> Any:
    try:
        return json.loads(value)
    except ValueError as exc:
        raise ParamError(
            cli_name, f"Invalid JSON: {exc}\nJSON received: {value}"
        ) from None


def _unpack_scalar(
    kind: str, value: Any, cli_name: str, streaming: bool = False
) -> Any:
    if kind in ("integer", "long"):
        return int(value)
    if kind in ("float", "double"):
        return float(value)
    if kind == "blob" and streaming:
        file_path = os.path.expanduser(os.path.expandvars(value))
        if not os.path.isfile(file_path):
            raise ParamError(cli_name, "Blob values must be a path to a file.")
        return open(file_path, "rb")  # botocore streams it, and closes it
    if kind == "boolean":
        if isinstance(value, str) and value.lower() == "false":
            return False
        return bool(value)
    return value


def _unpack_complex(
    kind: str, element_kind: str | None, value: Any, cli_name: str
) -> Any:
    if kind in ("structure", "union", "map"):
        if value.lstrip()[0] == "{":
            return _load_json(value, cli_name)
        raise ParamError(cli_name, f"Invalid JSON:\n{value}")
    # a list
    if isinstance(value, str):
        if value.lstrip()[0] == "[":
            return _load_json(value, cli_name)
    elif isinstance(value, list) and len(value) == 1:
        single_value = value[0].strip()
        if single_value and single_value[0] == "[":
            return _load_json(value[0], cli_name)
    element = element_kind or "string"
    try:
        if element in SCALAR_KINDS:
            return [_unpack_scalar(element, item, cli_name) for item in value]
        return [_unpack_complex(element, None, item, cli_name) for item in value]
    except (ValueError, TypeError):
        raise ParamError(cli_name, value[0]) from None


def _supports_shorthand(option: Option) -> bool:
    if option.json:
        return False
    if option.kind == "list":
        return option.element_kind in ("structure", "union", "list", "map")
    return option.kind in ("structure", "union", "map")


def unpack(option: Option, value: Any) -> Any:
    """A command-line value -> the request value, as awscli's argprocess does it."""
    cli_name = f"--{option.name}"
    # load-cli-arg: file:// and fileb:// parameter files.
    loaded = _load_paramfile(
        value[0] if isinstance(value, list) and len(value) == 1 else value, cli_name
    )
    if loaded is not None:
        value = loaded
    # process-cli-arg: shorthand syntax (only its simplest form is supported here).
    first = value[0] if value and isinstance(value, list) else value
    looks_like_json = isinstance(first, str) and first.strip().startswith(("[", "{"))
    if _supports_shorthand(option) and not looks_like_json:
        if option.value_only and isinstance(value, str) and "=" not in value:
            return {"Value": value}
        raise ParamError(
            cli_name,
            "shorthand syntax is not supported by this generated CLI; pass the value as JSON",
        )
    if option.json:
        return _load_json(value, cli_name)
    if option.kind in SCALAR_KINDS:
        return _unpack_scalar(option.kind, value, cli_name, option.streaming)
    if option.kind in ("structure", "union", "map", "list"):
        return _unpack_complex(option.kind, option.element_kind, value, cli_name)
    return str(value)


def _load_paramfile(value: Any, cli_name: str) -> str | bytes | None:
    try:
        return paramfile(value)
    except _ResourceLoadingError as exc:
        raise ParamError(cli_name, str(exc)) from None


def _input_data(parsed: argparse.Namespace) -> Any:
    """The document --cli-input-json or --cli-input-yaml gives, or None."""
    text = getattr(parsed, "cli_input_json", None)
    if text is not None:
        retrieved = _load_paramfile(text, "--cli-input-json")
        if retrieved is None:
            retrieved = text
        try:
            return json.loads(retrieved)
        except ValueError as exc:
            raise ParamError(
                "cli-input-json", f"Invalid JSON: {exc}\nJSON received: {retrieved!s}"
            ) from None
    text = getattr(parsed, "cli_input_yaml", None)
    if text is not None:
        retrieved = _load_paramfile(text, "--cli-input-yaml")
        if retrieved is None:
            retrieved = text
        try:
            return yaml.safe_load(retrieved)
        except yaml.YAMLError as exc:
            raise ParamError(
                "cli-input-yaml", f"Invalid YAML: {exc}\nYAML received: {retrieved!s}"
            ) from None
    return None


# --- running ----------------------------------------------------------------------------


def _configured_output(profile: str | None) -> str:
    """--output's default: AWS_DEFAULT_OUTPUT, then the profile's ``output``, then json."""
    env = os.environ.get("AWS_DEFAULT_OUTPUT")
    if env:
        return env
    session = botocore.session.Session(profile=profile)
    return str(session.get_scoped_config().get("output") or "json")


def _epoch_datetimes(shape: Any, value: Any) -> Any:
    """The output skeleton read back from JSON, with timestamps as the datetimes
    botocore's ArgumentGenerator puts there (they print differently as text)."""
    if shape is None or value is None:
        return value
    kind = shape.type_name
    if kind == "timestamp" and isinstance(value, str):
        return datetime.datetime.fromisoformat(value)
    if kind == "structure" and isinstance(value, dict):
        return {
            key: _epoch_datetimes(shape.members.get(key), item)
            for key, item in value.items()
        }
    if kind == "list" and isinstance(value, list):
        return [_epoch_datetimes(shape.member, item) for item in value]
    if kind == "map" and isinstance(value, dict):
        return {key: _epoch_datetimes(shape.value, item) for key, item in value.items()}
    return value


def _invoke(
    cli: ServiceCli,
    command: Command,
    params: dict[str, Any],
    parsed_globals: argparse.Namespace,
    stdout: TextIO,
    *,
    stubbed: bool,
) -> int:
    client = make_client(
        cli.service_name,
        cli.api_version,
        cli.model_path,
        region_name=parsed_globals.region,
        endpoint_url=parsed_globals.endpoint_url,
        profile_name=parsed_globals.profile,
        verify=parsed_globals.ca_bundle if parsed_globals.verify_ssl else False,
    )
    method = getattr(client, command.method)
    if stubbed:
        # --generate-cli-skeleton output: validate the input, answer with the skeleton,
        # send nothing.
        output_shape = client.meta.service_model.operation_model(
            command.operation
        ).output_shape
        fake = _epoch_datetimes(output_shape, json.loads(command.output_skeleton))
        with Stubber(client) as stubber:
            stubber.add_response(
                command.method, fake if output_shape is not None else {}
            )
            response = method(**params)
    else:
        response = method(**params)
    output = parsed_globals.output or _configured_output(parsed_globals.profile)
    print_response(
        command.operation, response, output, stdout, color=parsed_globals.color
    )
    return 0


def _print_skeleton(command: Command, kind: str, stdout: TextIO) -> int:
    skeleton = json.loads(command.input_skeleton)
    if kind == "yaml-input":
        stdout.write(yaml.safe_dump(skeleton, sort_keys=False, allow_unicode=True))
    else:
        # awscli prints json.dumps(skeleton, indent=4) (ASCII only) and a newline.
        stdout.write(json.dumps(skeleton, indent=4))
        stdout.write("\n")
    return 0


def _print_help(
    cli: ServiceCli, prog: str, command: Command | None, stdout: TextIO
) -> int:
    if command is None:
        stdout.write(f"usage: {prog} [options] <command> [parameters]\n\ncommands:\n")
        for item in cli.commands:
            stdout.write(f"  {item.name}\n")
        return 0
    stdout.write(f"usage: {prog} {command.name}\n")
    for option in command.options:
        text = (
            f"--{option.name} <value>"
            if option.kind != "boolean"
            else f"--{option.name}"
        )
        stdout.write(f"  {text if option.required else f'[{text}]'}\n")
    for extra in ("--cli-input-json", "--cli-input-yaml", "--generate-cli-skeleton"):
        stdout.write(f"  [{extra} <value>]\n")
    return 0


def _run_command(
    cli: ServiceCli,
    prog: str,
    command: Command,
    args: list[str],
    parsed_globals: argparse.Namespace,
    stdout: TextIO,
) -> int:
    if args == ["help"]:  # awscli's ArgTableArgParser: help needs no required option
        return _print_help(cli, prog, command, stdout)
    parser = _operation_parser(command, prog, args)
    parsed, remaining = parser.parse_known_args(args)
    if parsed.help == "help":
        return _print_help(cli, prog, command, stdout)
    if parsed.help:
        remaining.append(parsed.help)
    if remaining:
        raise UnknownArgumentError(f"Unknown options: {', '.join(remaining)}")
    params: dict[str, Any] = {}
    for option in command.options:
        value = getattr(parsed, option.dest, None)
        if value is not None:
            params[option.member] = unpack(option, value)
    data = _input_data(parsed)
    if data is not None:
        for key in data.keys():  # a document that is not an object fails as in awscli
            if key not in params:
                params[key] = data[key]
    skeleton = parsed.generate_cli_skeleton
    if skeleton and skeleton != "output":
        return _print_skeleton(command, skeleton, stdout)
    return _invoke(
        cli, command, params, parsed_globals, stdout, stubbed=skeleton == "output"
    )


def main(
    cli: ServiceCli,
    argv: Sequence[str],
    *,
    prog: str,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    """Run one command line; return the exit code ``aws`` would. Usage errors exit 2
    through argparse (SystemExit), as in awscli."""
    out = stdout if stdout is not None else sys.stdout
    err = stderr if stderr is not None else sys.stderr
    parser = _global_parser(cli, prog)
    parsed_globals, remaining = parser.parse_known_args(list(argv))
    try:
        if parsed_globals.debug:
            handler = logging.StreamHandler(err)
            handler.setFormatter(logging.Formatter(_LOG_FORMAT))
            for name in ("botocore", "urllib3"):
                logger = logging.getLogger(name)
                logger.setLevel(logging.DEBUG)
                logger.addHandler(handler)
        if parsed_globals.operation == "help":
            return _print_help(cli, prog, None, out)
        command = cli.command(parsed_globals.operation)
        return _run_command(cli, prog, command, remaining, parsed_globals, out)
    except UnknownArgumentError as exc:
        err.write(f"usage: {usage(prog)}\n")
        err.write(f"{exc}\n")
        return 255
    except NoRegionError as exc:
        err.write(
            f'{exc} You can also configure your region by running "aws configure".\n'
        )
        return 255
    except NoCredentialsError as exc:
        err.write(f'{exc}. You can configure credentials by running "aws configure".\n')
        return 255
    except KeyboardInterrupt:
        out.write("\n")
        return 128 + signal.SIGINT
    except Exception as exc:
        err.write("\n")
        err.write(str(exc))
        err.write("\n")
        return 255
