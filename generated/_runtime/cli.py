"""The command line every generated service shares: ``python -m <package> <command> ...``.

It behaves like ``aws <service> <command>`` of AWS CLI v1 (same parsing, same stdout,
same error messages and exit codes); each service package supplies only data (a
``ServiceCli``) and a two-line ``__main__``. Requests go through the botocore client
built (as ``session.make_client`` does) from the model the package ships.
"""

from __future__ import annotations

import argparse
import datetime
import functools
import io
import json
import logging
import os
import platform
import shutil
import signal
import sys
import urllib.parse
from collections.abc import Callable, Mapping, Sequence
from difflib import get_close_matches
from pathlib import Path
from typing import Any, NoReturn, TextIO

import botocore
import botocore.session
import jmespath  # type: ignore[import-untyped]
import yaml
from botocore import UNSIGNED, xform_name
from botocore.client import BaseClient, Config
from botocore.endpoint import DEFAULT_TIMEOUT
from botocore.exceptions import (
    NoCredentialsError,
    NoRegionError,
    ParamValidationError,
    ProfileNotFound,
)
from botocore.handlers import generate_idempotent_uuid
from botocore.model import ListShape, ServiceModel, Shape, StructureShape
from botocore.stub import Stubber
from botocore.utils import parse_timestamp

from . import helptext, shorthand
from .builders import BUILDERS, Hooks
from .commands import Argument, Command, ServiceCli, WaitCommand
from .invokers import INVOKERS
from .output import FORMATS, print_response
from .paginate import (
    add_to_params,
    page_type,
    pagination_enabled,
    print_pages,
)
from .paging import paginate_call
from .paramfile import ResourceLoadingError, paramfile
from .session import ShippedModelLoader, shipped_json
from .shorthand import is_document, supports_shorthand
from .validation import problems

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
_STREAM_BUFFER = 32768


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
    """awscli.argparser.CLIArgParser: its 'Invalid choice' message, no -h, and
    argparse's prefix matching (``--filter`` for ``--filters``), as awscli has it."""

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


def version_string(cli: ServiceCli) -> str:
    """What ``--version`` prints: awscli's fields, naming this package and its model."""
    return (
        f"{cli.service_name}-cli/{cli.api_version} Python/{platform.python_version()} "
        f"{platform.system()}/{platform.release()} botocore/{botocore.__version__}"
    )


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
    parser.add_argument("--query")
    parser.add_argument("--version", action="version", version=version_string(cli))
    parser.add_argument("--no-sign-request", action="store_false", dest="sign_request")
    parser.add_argument("--ca-bundle", dest="ca_bundle")
    # Converted after parsing, as awscli does (a bad value exits 255, not 2).
    parser.add_argument("--cli-read-timeout", dest="read_timeout")
    parser.add_argument("--cli-connect-timeout", dest="connect_timeout")
    # An extension (off by default, as in awscli): also refuse locally what botocore
    # leaves to the service, values over a max, outside an enum or off a pattern.
    parser.add_argument("--cli-strict-validation", action="store_true")
    # dest "operation" as in awscli's ServiceArgParser ("argument operation: Invalid choice").
    waits = ["wait"] if cli.waiters else []
    parser.add_argument("operation", choices=[*cli.names, *waits, "help"])
    return parser


class _Unset:
    """An option not given (a bare-flag option may be given without a value)."""


UNSET = _Unset()
BARE = "--bare-flag--"  # a bare-flag option given without a value


def _add_member(parser: argparse.ArgumentParser, arg: Argument, relaxed: bool) -> None:
    """awscli's CLIArgument.add_to_parser, BooleanArgument and ListArgument, and
    toplevelbool's bare-flag pair."""
    flag = f"--{arg.name}"
    if arg.bare_flag:
        parser.add_argument(flag, nargs="?", const=BARE, default=UNSET, dest=arg.dest)
        parser.add_argument(
            f"--{arg.negative_name}",
            action="store_true",
            default=UNSET,
            dest=f"no_{arg.dest}",
        )
    elif arg.boolean:
        # --x / --no-x, never required by the parser.
        parser.add_argument(flag, action="store_true", dest=arg.dest, default=None)
        parser.add_argument(
            f"--{arg.negative_name}", action="store_false", dest=arg.dest, default=None
        )
    elif arg.kind == "list":
        parser.add_argument(
            flag,
            nargs="*",
            type=str,
            dest=arg.dest,
            required=arg.required and not relaxed,
        )
    else:
        parser.add_argument(
            flag,
            type=_ARGPARSE_TYPES.get(arg.kind, str),
            dest=arg.dest,
            required=arg.required and not relaxed,
        )


def _add_custom(parser: argparse.ArgumentParser, arg: Argument, relaxed: bool) -> None:
    """An option awscli adds (CustomArgument): a value, one or more, or a flag."""
    if arg.flag:
        parser.add_argument(f"--{arg.name}", action="store_true", dest=arg.dest)
        return
    parser.add_argument(
        f"--{arg.name}",
        dest=arg.dest,
        nargs="+" if arg.nargs else None,
        required=arg.required and not relaxed,
    )


def _check_exclusive(command: Command, parsed: argparse.Namespace) -> None:
    """awscli's validate_mutually_exclusive, in the order argparse holds the options."""
    given = [key for key, value in vars(parsed).items() if value is not None]
    for check in command.exclusive:
        current: tuple[str, ...] | None = None
        for key in given:
            group = next((group for group in check if key in group), None)
            if group is None:
                continue
            if current is None:
                current = group
            elif group != current:
                raise ValueError(
                    f'The key "{key}" cannot be specified when one of the following '
                    f"keys are also specified: {', '.join(current)}"
                )


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
    for arg in command.arguments:
        if arg.role == "member":
            _add_member(parser, arg, relaxed)
        elif arg.role == "paging":
            # PageArgument; it takes the place of a member option of the same name.
            parser.add_argument(
                f"--{arg.name}", dest=arg.dest, type=page_type(arg.kind)
            )
        elif arg.role == "outfile":
            parser.add_argument(arg.name, metavar=arg.dest)
        elif arg.role == "custom":
            _add_custom(parser, arg, relaxed)
        elif arg.role == "generate-cli-skeleton":
            parser.add_argument(
                f"--{arg.name}",
                nargs="?",
                const="input",
                choices=list(SKELETON_CHOICES),
            )
        else:  # cli-input-json, cli-input-yaml
            parser.add_argument(f"--{arg.name}")
    parser.add_argument("help", nargs="?")
    return parser


# --- values -----------------------------------------------------------------------------


@functools.lru_cache(maxsize=8)
def _service_model(path: Path) -> ServiceModel:
    return ServiceModel(shipped_json(path))


def input_shapes(cli: ServiceCli, command: Command) -> Mapping[str, Shape]:
    """The botocore shape of each input member (what awscli's arguments carry)."""
    input_shape = (
        _service_model(cli.model_path).operation_model(command.operation).input_shape
    )
    return input_shape.members if input_shape is not None else {}


def _load_json(value: Any, cli_name: str) -> Any:
    try:
        return json.loads(value)
    except ValueError as exc:
        raise ParamError(
            cli_name, f"Invalid JSON: {exc}\nJSON received: {value}"
        ) from None


def _is_json_value(shape: Shape) -> bool:
    """A document, or a header string carrying JSON: the value is JSON text."""
    serialization = shape.serialization
    return is_document(shape) or bool(
        serialization.get("jsonvalue")
        and serialization.get("location") == "header"
        and shape.type_name == "string"
    )


def _unpack_scalar(shape: Shape, value: Any, cli_name: str) -> Any:
    kind = shape.type_name
    if kind in ("integer", "long"):
        return int(value)
    if kind in ("float", "double"):
        return float(value)
    if kind == "blob" and shape.serialization.get("streaming"):
        file_path = os.path.expanduser(os.path.expandvars(value))
        if not os.path.isfile(file_path):
            raise ParamError(cli_name, "Blob values must be a path to a file.")
        return open(file_path, "rb")  # botocore streams it, and closes it
    if kind == "boolean":
        if isinstance(value, str) and value.lower() == "false":
            return False
        return bool(value)
    return value  # strings, timestamps (botocore parses them), blobs (it base64s them)


def unpack_value(shape: Shape, value: Any, cli_name: str) -> Any:
    """A value that is not shorthand -> the request value (awscli's unpack_cli_arg)."""
    if _is_json_value(shape):
        return _load_json(value, cli_name)
    kind = shape.type_name
    if kind in SCALAR_KINDS:
        return _unpack_scalar(shape, value, cli_name)
    if kind in ("structure", "map"):
        if value.lstrip()[0] == "{":
            return _load_json(value, cli_name)
        raise ParamError(cli_name, f"Invalid JSON:\n{value}")
    if isinstance(shape, ListShape):
        # A single token starting with "[" is JSON; otherwise each token is an element.
        if isinstance(value, str):
            if value.lstrip()[0] == "[":
                return _load_json(value, cli_name)
        elif isinstance(value, list) and len(value) == 1:
            single = value[0].strip()
            if single and single[0] == "[":
                return _load_json(value[0], cli_name)
        try:
            return [unpack_value(shape.member, item, cli_name) for item in value]
        except (ValueError, TypeError):
            raise ParamError(cli_name, value[0]) from None
    return str(value)


def _unpack_shorthand(option: Argument, shape: Shape, value: Any) -> Any:
    """Shorthand -> the request value; None when the value is not shorthand (JSON, or
    an option that takes none): awscli's ParamShorthandParser."""
    first = value[0] if value and isinstance(value, list) else value
    if isinstance(first, str) and first.strip().startswith(("[", "{")):
        return None
    if not supports_shorthand(shape):
        return None
    cli_name = f"--{option.name}"
    if (
        isinstance(shape, ListShape)
        and isinstance(shape.member, StructureShape)
        and len(shape.member.members) == 1
        and option.old_list_form
    ):
        only = next(iter(shape.member.members))
        return [{only: item} for item in value]
    if (
        isinstance(shape, StructureShape)
        and len(shape.members) == 1
        and "Value" in shape.members
        and shape.members["Value"].type_name == "string"
        and "=" not in value
    ):
        return {"Value": value}  # --attribute-value foo
    try:
        parsed: Any
        if isinstance(value, list):
            parsed = [shorthand.parse(item) for item in value]
        else:
            parsed = shorthand.parse(value)
        shorthand.coerce(shape, parsed)
    except shorthand.ShorthandParseError as exc:
        raise ParamError(cli_name, str(exc)) from None
    return parsed


def unpack(option: Argument, shape: Shape, value: Any) -> Any:
    """A command-line value -> the request value, as awscli's argprocess does it:
    file:// and fileb:// first, then shorthand, then JSON or scalars."""
    loaded = load_paramfile(value, f"--{option.name}")
    if loaded is not None:
        value = loaded
    if option.kind == "boolean":
        return value  # --x / --no-x: True or False as argparse stored it
    parsed = _unpack_shorthand(option, shape, value)
    if parsed is not None:
        return parsed
    return unpack_value(shape, value, f"--{option.name}")


def load_paramfile(value: Any, cli_name: str) -> str | bytes | None:
    """awscli's load-cli-arg: a one-token list counts as its token."""
    if isinstance(value, list) and len(value) == 1:
        value = value[0]
    try:
        return paramfile(value)
    except ResourceLoadingError as exc:
        raise ParamError(cli_name, str(exc)) from None


def _input_data(parsed: argparse.Namespace) -> Any:
    """The document --cli-input-json or --cli-input-yaml gives, or None."""
    text = getattr(parsed, "cli_input_json", None)
    if text is not None:
        retrieved = load_paramfile(text, "--cli-input-json")
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
        retrieved = load_paramfile(text, "--cli-input-yaml")
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


def _configured_output(session: botocore.session.Session) -> str:
    """--output's default: AWS_DEFAULT_OUTPUT, then the profile's ``output``, then json."""
    env = os.environ.get("AWS_DEFAULT_OUTPUT")
    if env:
        return env
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


def _identity(value: Any) -> Any:
    return value


def _iso_format(value: Any) -> str:
    return parse_timestamp(value).isoformat()


def _timestamp_parser(session: botocore.session.Session) -> Callable[[Any], Any]:
    """awscli's scalarparse: timestamps print as they came over the wire unless the
    profile's ``cli_timestamp_format`` is ``iso8601``."""
    try:
        timestamp_format = session.get_scoped_config().get(
            "cli_timestamp_format", "wire"
        )
    except ProfileNotFound:
        timestamp_format = "wire"
    if timestamp_format in ("wire", "none"):
        return _identity
    if timestamp_format == "iso8601":
        return _iso_format
    raise ValueError(
        f"Unknown cli_timestamp_format value: {timestamp_format}, valid values "
        'are "none", "wire" or "iso8601"'
    )


def _cli_client(
    cli: ServiceCli,
    parsed_globals: argparse.Namespace,
    session: botocore.session.Session,
) -> BaseClient:
    """A client like ``session.make_client``'s, whose responses keep blobs base64 and
    timestamps as awscli prints them."""
    session.register_component(
        "data_loader", ShippedModelLoader(cli.service_name, cli.model_path)
    )
    factory = session.get_component("response_parser_factory")
    factory.set_parser_defaults(
        blob_parser=_identity, timestamp_parser=_timestamp_parser(session)
    )
    client: BaseClient = session.create_client(
        cli.service_name,
        region_name=parsed_globals.region,
        endpoint_url=parsed_globals.endpoint_url,
        api_version=cli.api_version,
        verify=parsed_globals.ca_bundle if parsed_globals.verify_ssl else False,
        config=_client_config(parsed_globals),
    )
    return client


def _client_config(parsed_globals: argparse.Namespace) -> Config:
    """awscli's globalargs: timeouts (default botocore's 60 s; 0 means none) and
    --no-sign-request."""
    settings: dict[str, Any] = {
        "read_timeout": parsed_globals.read_timeout,
        "connect_timeout": parsed_globals.connect_timeout,
    }
    if not parsed_globals.sign_request:
        settings["signature_version"] = UNSIGNED
    return Config(**settings)


def resolve_globals(parsed_globals: argparse.Namespace) -> None:
    """awscli's top-level-args-parsed handlers: --query compiled, --endpoint-url
    checked, the timeouts made numbers (botocore's 60 s by default; 0 means none),
    before any command runs (ValueError: one line, exit 255)."""
    query = parsed_globals.query
    if query is not None:
        try:
            parsed_globals.query = jmespath.compile(query)
        except Exception as exc:
            raise ValueError(f"Bad value for --query {query}: {exc}") from None
    endpoint = parsed_globals.endpoint_url
    if endpoint is not None and not urllib.parse.urlparse(endpoint).scheme:
        raise ValueError(
            f'Bad value for --endpoint-url "{endpoint}": scheme is missing.  Must be '
            "of the form http://<hostname>/ or https://<hostname>/"
        )
    for name in ("read_timeout", "connect_timeout"):
        value = getattr(parsed_globals, name)
        seconds = DEFAULT_TIMEOUT if value is None else int(value)
        setattr(parsed_globals, name, seconds if seconds != 0 else None)


def _invoke(
    cli: ServiceCli,
    command: Command,
    params: dict[str, Any],
    parsed_globals: argparse.Namespace,
    stdout: TextIO,
    *,
    stubbed: bool,
    paginate: bool,
    outfile: tuple[Argument, str] | None = None,
    stderr: TextIO | None = None,
    hooks: Hooks | None = None,
) -> int:
    hooks = hooks or Hooks()
    session = botocore.session.Session(profile=parsed_globals.profile)
    client = _cli_client(cli, parsed_globals, session)
    method = getattr(client, command.method)
    operation_model = client.meta.service_model.operation_model(command.operation)
    if not stubbed:
        for prepare in hooks.before_call:
            prepare(client, params)
    # botocore fills a missing idempotency token before it validates (its
    # before-parameter-build handler); the checks below must see the request it sends.
    generate_idempotent_uuid(params=params, model=operation_model)
    if not stubbed:
        _strict_check(operation_model, params, parsed_globals, stderr)
    if stubbed:
        # --generate-cli-skeleton output: validate the input, answer with the skeleton,
        # send nothing.
        output_shape = operation_model.output_shape
        fake = _epoch_datetimes(output_shape, json.loads(command.output_skeleton))
        with Stubber(client) as stubber:
            stubber.add_response(
                command.method, fake if output_shape is not None else {}
            )
            response = method(**params)
    elif command.paginator is not None and paginate:
        pages = paginate_call(method, operation_model, command.paginator, params)
        output = parsed_globals.output or _configured_output(session)
        print_pages(
            command.operation,
            pages,
            output,
            stdout,
            color=parsed_globals.color,
            query=parsed_globals.query,
        )
        return 0
    elif command.invoker is not None:
        invoked = INVOKERS[command.invoker](client, params, parsed_globals)
        if invoked is None:  # the command printed nothing (a session plugin ran)
            return 0
        response = invoked
    else:
        response = method(**params)
    for hook in hooks.after_call:
        hook(response)
    if outfile is not None:
        _save_streaming_body(response, outfile[0], outfile[1])
    output = parsed_globals.output or _configured_output(session)
    print_response(
        command.operation,
        response,
        output,
        stdout,
        color=parsed_globals.color,
        query=parsed_globals.query,
    )
    return 0


def _strict_check(
    operation_model: Any,
    params: dict[str, Any],
    parsed_globals: argparse.Namespace,
    stderr: TextIO | None,
) -> None:
    """--cli-strict-validation (opt-in): the model's maximums, enums and patterns too,
    before anything is sent (by default botocore checks what awscli checks, and the
    service the rest)."""
    if not parsed_globals.cli_strict_validation:
        return
    request = {k: v for k, v in params.items() if k != "PaginationConfig"}
    skipped: list[str] = []
    found = problems(operation_model.input_shape, request, skipped, strict=True)
    for note in skipped:
        (stderr or sys.stderr).write(f"warning: {note} (the service checks it)\n")
    if found:
        raise ParamValidationError(report="\n".join(found))


def _wait(
    cli: ServiceCli,
    waiter: WaitCommand,
    params: dict[str, Any],
    parsed_globals: argparse.Namespace,
    stderr: TextIO,
) -> int:
    """awscli's WaiterCaller: botocore's waiter polls until success (exit 0); a failure
    or timeout raises botocore's WaiterError (``Waiter X failed: ...``, exit 255)."""
    session = botocore.session.Session(profile=parsed_globals.profile)
    client = _cli_client(cli, parsed_globals, session)
    operation_model = client.meta.service_model.operation_model(waiter.operation)
    generate_idempotent_uuid(params=params, model=operation_model)
    _strict_check(operation_model, params, parsed_globals, stderr)
    client.get_waiter(xform_name(waiter.waiter)).wait(**params)
    return 0


def _run_wait(
    cli: ServiceCli,
    prog: str,
    args: list[str],
    parsed_globals: argparse.Namespace,
    stdout: TextIO,
    stderr: TextIO,
) -> int:
    """``wait <waiter> [options]``, as awscli's WaitCommand parses it."""
    if args == ["help"]:
        return _print_wait_help(cli, prog, stdout)
    parser = _ArgParser(prog)
    parser.add_argument(
        "subcommand", nargs="?", choices=[waiter.name for waiter in cli.waiters]
    )
    parsed, remaining = parser.parse_known_args(args)
    if parsed.subcommand is None:
        raise ValueError(
            "usage: aws [options] <command> <subcommand> [parameters]\n"
            "aws: error: too few arguments"
        )
    waiter = cli.waiter(parsed.subcommand)
    command = cli.operation_command(waiter.operation)
    return _run_command(
        cli, prog, command, remaining, parsed_globals, stdout, stderr, waiter=waiter
    )


def _print_wait_help(cli: ServiceCli, prog: str, stdout: TextIO) -> int:
    listed = "".join(f"  {waiter.name}\n" for waiter in cli.waiters)
    try:
        helptext.page_through(
            f"usage: {prog} wait <waiter> [parameters]\n\nwaiters:\n{listed}", stdout
        )
    except BrokenPipeError:
        _quiet_stdout(stdout)
    return 0


def _save_streaming_body(response: dict[str, Any], arg: Argument, path: str) -> None:
    """awscli's StreamingOutputArgument.save_file: the body goes to the file, in 32 KiB
    reads, and leaves the printed response."""
    assert arg.response_key is not None
    if arg.response_key not in response:
        return
    body = response.pop(arg.response_key)
    with open(path, "wb") as handle:
        data = body.read(_STREAM_BUFFER)
        while data:
            handle.write(data)
            data = body.read(_STREAM_BUFFER)


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
    cli: ServiceCli,
    prog: str,
    command: Command | None,
    stdout: TextIO,
    waiter: WaitCommand | None = None,
) -> int:
    """A reference page shipped beside the command table (``docs/<command>.rst``,
    ``docs/wait/<waiter>.rst``, the service's ``docs/index.rst``) for a terminal,
    through a pager on a terminal; without pages, the commands or options. A reader
    that closes the pipe early ends it quietly, with awscli's exit code 0."""
    docs = cli.model_path.with_name("docs")
    if waiter is not None:
        page = docs / "wait" / f"{waiter.name}.rst"
    elif command is not None:
        page = docs / f"{command.name}.rst"
    else:
        page = docs / "index.rst"
    try:
        if page.is_file():
            width = min(shutil.get_terminal_size((80, 24)).columns, 100) - 1
            text = helptext.render(page.read_text(encoding="utf-8"), width)
            helptext.page_through(text, stdout)
        else:
            helptext.page_through(_usage_list(cli, prog, command), stdout)
    except BrokenPipeError:
        _quiet_stdout(stdout)
    return 0


def _quiet_stdout(stdout: TextIO) -> None:
    """After a closed pipe, send what is left of stdout nowhere (no error at exit)."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stdout.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):
        pass


def _usage_list(cli: ServiceCli, prog: str, command: Command | None) -> str:
    """The service's commands, or (a package shipped without pages) a command's
    options."""
    if command is None:
        names = list(cli.names)
        names += ["wait"] if cli.waiters else []
        listed = "".join(f"  {name}\n" for name in names)
        return f"usage: {prog} [options] <command> [parameters]\n\ncommands:\n{listed}"
    lines = [f"usage: {prog} {command.name}"]
    for arg in command.arguments:
        if arg.paging_token or not arg.documented:
            continue  # awscli leaves the paginator's own token options unlisted
        if arg.boolean or arg.bare_flag:
            text = f"--{arg.name} | --{arg.negative_name}"
        elif arg.role == "outfile":
            text = f"<{arg.name}>"
        else:
            text = f"--{arg.name} <value>"
        lines.append(f"  {text if arg.required else f'[{text}]'}")
    return "\n".join(lines) + "\n"


def _bare_flag_value(arg: Argument, value: Any, negative: Any) -> Any:
    """toplevelbool: ``--x`` alone is {"Value": true}, ``--no-x`` {"Value": false};
    ``--x <value>`` is the structure's value as given (a string, unpacked as usual);
    None when neither is given."""
    if value is not UNSET and negative is not UNSET:
        raise ValueError(
            f'Cannot specify both the "--{arg.name}" option and the '
            f'"--{arg.negative_name}" option.'
        )
    if value is BARE:
        return {"Value": True}
    if negative is not UNSET:
        return {"Value": False}
    return None if value is UNSET else value


def _run_command(
    cli: ServiceCli,
    prog: str,
    command: Command,
    args: list[str],
    parsed_globals: argparse.Namespace,
    stdout: TextIO,
    stderr: TextIO,
    *,
    waiter: WaitCommand | None = None,
) -> int:
    """One command (or, with ``waiter``, ``wait <waiter>`` over the command's
    operation): parse its argument table, build the request, send or wait."""
    if args == ["help"]:  # awscli's ArgTableArgParser: help needs no required option
        return _print_help(cli, prog, command, stdout, waiter)
    parser = _operation_parser(command, prog, args)
    parsed, remaining = parser.parse_known_args(args)
    if parsed.help == "help":
        return _print_help(cli, prog, command, stdout, waiter)
    if parsed.help:
        remaining.append(parsed.help)
    if remaining:
        raise UnknownArgumentError(f"Unknown options: {', '.join(remaining)}")
    paginate = bool(parsed_globals.paginate)
    if command.paginator is not None:
        paginate = pagination_enabled(command.arguments, parsed, paginate)
    _check_exclusive(command, parsed)
    params: dict[str, Any] = {}
    hooks = Hooks()  # what added options do around the call
    shapes: Mapping[str, Shape] | None = None
    outfile: Argument | None = None
    # awscli's _build_call_parameters: every argument in table order adds its value; a
    # paging option stands in for the member option it shadows only while paginating.
    for arg in command.arguments:
        if arg.shadows is not None and not paginate:
            arg = arg.shadows
        value = getattr(parsed, arg.dest, None)
        if arg.bare_flag:
            value = _bare_flag_value(arg, value, getattr(parsed, f"no_{arg.dest}"))
            if value is not None and not isinstance(value, str):
                assert arg.member is not None
                params[arg.member] = value
                continue
        if value is None:
            continue
        if arg.role == "custom":
            assert arg.builder is not None
            if not arg.flag:  # awscli's load-cli-arg runs on added options too
                loaded = load_paramfile(value, f"--{arg.name}")
                value = loaded if loaded is not None else value
            BUILDERS[arg.builder](arg, value, params, hooks)
        elif arg.role == "member":
            if shapes is None:
                shapes = input_shapes(cli, command)
            assert arg.member is not None
            shape = shapes[arg.member]
            if arg.nested is not None:  # a hoisted member of the member's structure
                inner = unpack(arg, shape.members[arg.nested], value)  # type: ignore[attr-defined]
                params.setdefault(arg.member, {})[arg.nested] = inner
            else:
                params[arg.member] = unpack(arg, shape, value)
                if arg.withheld is not None and isinstance(params[arg.member], dict):
                    if arg.withheld[0] in params[arg.member]:
                        raise ValueError(arg.withheld[1])
        elif arg.role == "paging":
            loaded = load_paramfile(value, f"--{arg.name}")
            assert arg.paging_key is not None
            add_to_params(
                arg.paging_key, loaded if loaded is not None else value, params, stderr
            )
        elif arg.role == "outfile":
            outfile = arg
    data = _input_data(parsed)
    if data is not None:
        for key in data.keys():  # a document that is not an object fails as in awscli
            if key not in params:
                params[key] = data[key]
    for key, default in command.defaults.items():  # awscli's before-parameter-build
        params.setdefault(key, default)
    for key, values in command.value_maps.items():
        if isinstance(params.get(key), str) and params[key] in values:
            params[key] = values[params[key]]
    page_size = command.default_page_size
    if paginate and page_size is not None:
        paging = params.get("PaginationConfig", {})
        if "PageSize" not in paging and set(params) <= set(page_size["members"]):
            params["PaginationConfig"] = {**paging, "PageSize": page_size["size"]}
    skeleton = getattr(parsed, "generate_cli_skeleton", None)
    if skeleton and skeleton != "output":
        return _print_skeleton(command, skeleton, stdout)
    if waiter is not None and skeleton != "output":
        return _wait(cli, waiter, params, parsed_globals, stderr)
    if command.event_stream and skeleton != "output":
        # awscli removes such commands, or (s3api select-object-content) writes the
        # events to a file; printing a stream of events is not supported here.
        raise ValueError(
            f"{command.name} sends or receives an event stream, which this command line "
            "does not support: nothing was sent"
        )
    return _invoke(
        cli,
        command,
        params,
        parsed_globals,
        stdout,
        stubbed=skeleton == "output",
        paginate=paginate,
        outfile=(outfile, parsed.outfile) if outfile is not None else None,
        stderr=stderr,
        hooks=hooks,
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
        resolve_globals(parsed_globals)
        if parsed_globals.debug:
            handler = logging.StreamHandler(err)
            handler.setFormatter(logging.Formatter(_LOG_FORMAT))
            for name in ("botocore", "urllib3"):
                logger = logging.getLogger(name)
                logger.setLevel(logging.DEBUG)
                logger.addHandler(handler)
        if parsed_globals.operation == "help":
            return _print_help(cli, prog, None, out)
        if parsed_globals.operation == "wait":
            return _run_wait(cli, prog, remaining, parsed_globals, out, err)
        command = cli.command(parsed_globals.operation)
        return _run_command(cli, prog, command, remaining, parsed_globals, out, err)
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
