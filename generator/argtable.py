"""awscli's argument table for an operation, decided once over the IR.

Every option ``aws <service> <command>`` has, in awscli's order (``clidriver``'s
``_create_argument_table`` and the ``building-argument-table`` handlers it runs:
``streamingoutputarg``, ``cliinputjson``, ``paginate``, ``generatecliskeleton``), with its
name, how it is parsed, whether it is required and whether it is documented. The docs
pages and ``commands.json`` (and through it the generated CLI's runtime) both read it;
neither re-derives any of it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Literal

from generator import overrides
from generator.doctree import Doc, parse_html
from generator.ir.model import Member, Operation, Service, Shape

Role = Literal[
    "member",  # fills an input member
    "custom",  # an option awscli adds, filling members through a runtime builder
    "outfile",  # positional: where a streaming output body is saved
    "cli-input-json",
    "cli-input-yaml",  # an AWS CLI v2 extension: accepted, not on awscli v1's pages
    "paging",  # --starting-token, --page-size, --max-items
    "generate-cli-skeleton",
]


@dataclass(frozen=True)
class Argument:
    """One entry of the argument table."""

    name: str  # session-id: the option without its dashes (outfile: the positional)
    role: Role
    kind: str  # how the value is parsed: the member shape's kind, or awscli's own type
    type_name: str  # the type awscli documents: string, streaming blob, tagged union ...
    member: Member | None = None  # the input member it fills (role "member")
    required: bool = False  # an idempotency token never is: botocore fills it
    documented: bool = True  # False: accepted, left off the page (paging tokens, extensions)
    paging_key: str | None = None  # role "paging": its PaginationConfig key
    # role "paging": the member option of the same name it stands in for while paginating
    # (awscli restores that one when pagination is off), e.g. a MaxItems member.
    shadows: Argument | None = None
    response_key: str | None = None  # role "outfile": the streaming output member
    # A boolean's negative option when awscli renames it (ec2's --egress | --ingress);
    # None: ``no-<name>``.
    renamed_negative: str | None = None
    # awscli's hidden alias: ``alias_of`` names the option this one is a second name for
    # (same value; undocumented, never required). ``aliased``: this option has one, so
    # the parser requires neither (botocore still refuses a missing member).
    alias_of: str | None = None
    aliased: bool = False
    # A structure holding only a boolean Value (ec2's AttributeBooleanValue) that also
    # takes a bare --x / --no-x, as awscli's toplevelbool has it.
    bare_flag: bool = False
    builder: str | None = None  # role "custom": the runtime builder of its members
    query: str | None = None  # role "custom", builder query-outfile: what it saves
    # A member of ``member``'s structure given by an option of its own (awscli hoists
    # configservice's recordingGroup out of --configuration-recorder).
    nested: str | None = None
    old_list_form: bool = False  # bare values fill a list of one-member structures
    documentation: Doc | None = None  # role "custom": its help text
    # role "custom": the member its builder fills ("Code.ZipFile"), the values a flag
    # sends, and how it is given: one or more values (nargs), or none (a flag).
    target: str | None = None
    values: tuple[str, ...] = ()
    nargs: bool = False
    flag: bool = False
    group: str | None = None  # documented together with the others of its group
    # A member of the option's structure that another option gives instead, and the
    # message a value holding it is refused with (lambda's ZipFile in --code).
    withheld: tuple[str, str] | None = None

    @property
    def paired(self) -> bool:
        """Shown as ``--x | --no-x``: a boolean, or a bare-flag structure."""
        return self.boolean or self.bare_flag

    @property
    def boolean(self) -> bool:
        """Taken as ``--x`` / ``--no-x`` (awscli's BooleanArgument)."""
        return self.role == "member" and self.kind == "boolean"

    @property
    def negative(self) -> str:
        """A boolean's negative option, without dashes."""
        return self.renamed_negative or f"no-{self.name}"

    @property
    def parser_required(self) -> bool:
        """Whether the command line must give it (awscli's ``required``)."""
        return self.required and not self.aliased and self.alias_of is None

    @property
    def positional(self) -> bool:
        return self.role == "outfile"


def botocore_type(shape: Shape) -> str:
    """botocore's ``type_name`` for a shape: unions and documents are structures."""
    return "structure" if shape.kind in ("union", "document") else shape.kind


def documented_type(service: Service, member: Member) -> str:
    """awscli's ``_get_argument_type_name`` for a member (clidocs.py)."""
    shape = service.shape(member.shape)
    if member.json_value and member.location == "header":
        return "JSON"
    if shape.kind == "document":
        return "document"
    if member.streams(shape):
        return "streaming blob"
    if shape.kind == "union":
        return "tagged union structure"
    return botocore_type(shape)


def _names(value: object) -> list[str]:
    if isinstance(value, list):
        return [str(item) for item in value]
    return [] if value is None else [str(value)]


def paging_members(operation: Operation) -> list[str]:
    """Wire names of the input tokens and the limit key of a paginated operation."""
    paging = operation.paginator or {}
    return _names(paging.get("input_token")) + _names(paging.get("limit_key"))


def _member_arguments(service: Service, operation: Operation) -> Iterator[Argument]:
    """The members' options in model order; one awscli renames (``overrides``) moves
    after the others, as awscli's rename_argument re-inserts it, then the hidden aliases
    it adds, each after the rest."""
    if operation.input is None:
        return
    hidden = set(paging_members(operation))
    command = operation.cli_name
    in_place: list[Argument] = []
    renamed: list[Argument] = []
    for member in service.shape(operation.input).members:
        name = member.cli_name
        argument = Argument(
            name=overrides.renamed(service.cli_name, command, name) or name,
            role="member",
            kind=service.shape(member.shape).kind,
            type_name=documented_type(service, member),
            member=member,
            required=member.caller_required,
            documented=member.name not in hidden,
        )
        if argument.boolean:
            negative = overrides.renamed(service.cli_name, command, f"no-{name}")
            argument = replace(argument, renamed_negative=negative)
        (in_place if argument.name == name else renamed).append(argument)
    table = in_place + renamed
    aliases: list[Argument] = []
    for index, argument in enumerate(table):
        alias = overrides.hidden_alias(service.cli_name, command, argument.name)
        if alias is not None:
            table[index] = replace(argument, aliased=True)
            aliases.append(
                replace(
                    argument, name=alias, documented=False, required=False, alias_of=argument.name
                )
            )
    key = (service.cli_name, command)
    dropped = overrides.REMOVED_ARGUMENTS.get(key, frozenset())
    table = [
        replace(arg, old_list_form=True)
        if (service.cli_name, command, arg.name) in overrides.OLD_LIST_FORMS
        else arg
        for arg in table
    ]
    if service.cli_name in overrides.BOOLEAN_VALUE_SERVICES:
        table = [
            replace(arg, bare_flag=True) if _boolean_value(service, arg) else arg for arg in table
        ]
    added = [
        Argument(
            name=extra.name,
            role="custom",
            kind="boolean" if extra.flag else "string",
            type_name=extra.type_name,
            required=extra.required,
            builder=extra.builder,
            query=extra.query,
            documentation=_added_documentation(service, extra),
            target=extra.target,
            values=extra.values,
            nargs=extra.nargs,
            flag=extra.flag,
            group=extra.group,
        )
        for extra in overrides.ADDED_ARGUMENTS.get(key, ())
    ]
    withheld = overrides.WITHHELD_MEMBERS.get(key, {})
    table = [
        replace(arg, withheld=withheld[arg.name]) if arg.name in withheld else arg for arg in table
    ]
    hoisted = []
    for parent, nested, name in overrides.HOISTED_MEMBERS.get(key, ()):
        owner = next(arg for arg in table if arg.name == parent and arg.member is not None)
        assert owner.member is not None
        inner = service.shape(owner.member.shape).member_named(nested)
        hoisted.append(
            Argument(
                name=name,
                role="member",
                kind=service.shape(inner.shape).kind,
                type_name=documented_type(service, inner),
                member=owner.member,
                nested=nested,
            )
        )
    optional = overrides.OPTIONAL_ARGUMENTS.get(key, frozenset())
    table = [replace(arg, required=False) if arg.name in optional else arg for arg in table]
    yield from (arg for arg in table + aliases if arg.name not in dropped)
    yield from hoisted
    yield from added


def _added_documentation(service: Service, extra: overrides.AddedArgument) -> Doc:
    """An added option's help text: its own, or a model member's."""
    if extra.documentation_from is None:
        return parse_html(extra.documentation)
    shape, member = extra.documentation_from.split(".")
    return service.shape(shape).member_named(member).documentation


def exclusive_groups(service: Service, operation: Operation) -> list[list[list[str]]]:
    """The options that cannot be given together (``overrides.EXCLUSIVE_GROUPS``)."""
    found = overrides.EXCLUSIVE_GROUPS.get((service.cli_name, operation.cli_name), ())
    return [[list(group) for group in check] for check in found]


def documents_output(service: Service, operation: Operation) -> bool:
    """Whether the command's page documents its output (``overrides``)."""
    return (service.cli_name, operation.cli_name) not in overrides.UNDOCUMENTED_OUTPUT


def invoker(service: Service, operation: Operation) -> str | None:
    """How the command runs when awscli runs it its own way (``overrides``)."""
    return overrides.COMMAND_INVOKERS.get((service.cli_name, operation.cli_name))


def _boolean_value(service: Service, argument: Argument) -> bool:
    """awscli's _qualifies_for_simplification: a structure whose only member is a
    boolean named Value."""
    if argument.member is None:
        return False
    shape = service.shape(argument.member.shape)
    if shape.kind != "structure" or len(shape.members) != 1:
        return False
    (only,) = shape.members
    return only.name == "Value" and service.shape(only.shape).kind == "boolean"


def parameter_defaults(service: Service, operation: Operation) -> dict[str, object]:
    """Members awscli fills when the request leaves them out (``overrides``)."""
    return dict(overrides.PARAMETER_DEFAULTS.get((service.cli_name, operation.cli_name), {}))


def value_maps(service: Service, operation: Operation) -> dict[str, dict[str, str]]:
    """Member values awscli replaces when it builds the request (``overrides``)."""
    found = overrides.VALUE_MAPS.get((service.cli_name, operation.cli_name), {})
    return {member: dict(values) for member, values in found.items()}


def default_page_size(service: Service, operation: Operation) -> dict[str, object] | None:
    """The page size awscli asks for by default, and the members that allow it."""
    found = overrides.DEFAULT_PAGE_SIZES.get((service.cli_name, operation.cli_name))
    if found is None or operation.paginator is None:
        return None
    size, members = found
    return {"size": size, "members": [*members, "NextToken", "DryRun", "PaginationConfig"]}


def _paging_arguments(service: Service, operation: Operation) -> Iterator[Argument]:
    """awscli's unify_paging_params: --starting-token, --page-size (with a limit key)
    and --max-items, typed as the limit key is (integer without one)."""
    if operation.paginator is None or operation.input is None:
        return
    limit = _names(operation.paginator.get("limit_key"))
    limit_type = "integer"
    if limit:
        limit_member = service.shape(operation.input).member_named(limit[0])
        limit_type = service.shape(limit_member.shape).kind
    yield Argument("starting-token", "paging", "string", "string", paging_key="StartingToken")
    if limit:
        yield Argument("page-size", "paging", limit_type, limit_type, paging_key="PageSize")
    yield Argument("max-items", "paging", limit_type, limit_type, paging_key="MaxItems")


def cli_operations(service: Service) -> tuple[Operation, ...]:
    """The operations that are commands: all but those awscli removes
    (``overrides.REMOVED_COMMANDS``)."""
    return tuple(
        op for op in service.operations if not overrides.removed(service.cli_name, op.cli_name)
    )


def argument_table(service: Service, operation: Operation) -> tuple[Argument, ...]:
    """The operation's arguments in awscli's order.

    As in awscli's ordered table, an argument whose name is already taken replaces the
    earlier one in its place: a paging option named like a member (``--max-items`` for
    a ``MaxItems`` member) takes the member's position and shadows it.
    """
    table: dict[str, Argument] = {arg.name: arg for arg in _member_arguments(service, operation)}
    if operation.streaming_output is not None:
        table["outfile"] = Argument(
            "outfile",
            "outfile",
            "string",
            "string",
            required=True,
            response_key=operation.streaming_output,
        )
    else:  # cliinputjson and generatecliskeleton skip operations with an outfile
        table["cli-input-json"] = Argument("cli-input-json", "cli-input-json", "string", "string")
        table["cli-input-yaml"] = Argument(
            "cli-input-yaml", "cli-input-yaml", "string", "string", documented=False
        )
    for paging in _paging_arguments(service, operation):
        shadowed = table.get(paging.name)
        if shadowed is not None:
            paging = replace(paging, shadows=shadowed)
        table[paging.name] = paging
    if operation.streaming_output is None:
        table["generate-cli-skeleton"] = Argument(
            "generate-cli-skeleton", "generate-cli-skeleton", "string", "string"
        )
    return tuple(table.values())
