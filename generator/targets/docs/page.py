"""View model of an operation's AWS CLI v1 reference page (``templates/pages``).

The page text comes out as awscli 1.45.11 writes it (``awscli/clidocs.py``): the same
option table (booleans as ``--x | --no-x``, pagination arguments), nested members,
"Possible values", Shorthand/JSON syntax and recursion stops. Blocks are rendered with
the doctree's awscli-faithful writer; the template only lays them out.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import quote

from generator.argtable import (
    Argument,
    argument_table,
    botocore_type,
    cli_operations,
    documented_type,
    documents_output,
)
from generator.doctree import Doc, parse_html
from generator.doctree.escape import inline_literal, rst_text, shown_in_literal
from generator.doctree.rst import RstWriter, finish
from generator.ir.model import Member, Operation, Service, Shape, Waiter
from generator.targets.docs.layout import CURRENT, PageLayout
from generator.targets.docs.site import GLOBAL_OPTIONS, global_options_rst, global_synopsis
from generator.targets.docs.waiters import waiter_description
from generator.targets.walk import WalkBudget

AWS_DOC_BASE = "https://docs.aws.amazon.com/goto/WebAPI"
SCALAR_KINDS = frozenset(
    {"string", "float", "integer", "long", "boolean", "double", "blob", "timestamp"}
)
COMPLEX_KINDS = frozenset({"structure", "union", "document", "list", "map"})

# awscli's own help texts (customizations/cliinputjson.py, generatecliskeleton.py,
# paginate.py): not model text.
CLI_INPUT_JSON_HELP = (
    "Performs service operation based on the JSON string provided. The JSON string "
    "follows the format provided by ``--generate-cli-skeleton``. If other arguments are "
    "provided on the command line, the CLI values will override the JSON-provided values. "
    "It is not possible to pass arbitrary binary values using a JSON-provided value as "
    "the string will be taken literally."
)
GENERATE_CLI_SKELETON_HELP = (
    "Prints a JSON skeleton to standard output without sending an API request. If "
    "provided with no value or the value ``input``, prints a sample input JSON that can "
    "be used as an argument for ``--cli-input-json``. If provided with the value "
    "``output``, it validates the command inputs and returns a sample output JSON for "
    "that command."
)
OUTFILE_HELP = "Filename where the content will be saved"  # StreamingOutputArgument.HELP
_PAGINATION_LINK = (
    "<p>For usage examples, see <a href="
    '"https://docs.aws.amazon.com/cli/latest/userguide/pagination.html">Pagination</a> '
    "in the <i>AWS Command Line Interface User Guide</i>.</p>"
)
STARTING_TOKEN_HELP = parse_html(
    "<p>A token to specify where to start paginating. This is the <code>NextToken</code> "
    "from a previously truncated response.</p>" + _PAGINATION_LINK
)
PAGE_SIZE_HELP = parse_html(
    "<p>The size of each page to get in the AWS service call. This does not affect the "
    "number of items returned in the command's output. Setting a smaller page size "
    "results in more calls to the AWS service, retrieving fewer items in each call. This "
    "can help prevent the AWS service calls from timing out.</p>" + _PAGINATION_LINK
)
MAX_ITEMS_HELP = parse_html(
    "<p>The total number of items to return in the command's output. If the total number "
    "of items available is more than the value specified, a <code>NextToken</code> is "
    "provided in the command's output. To resume pagination, provide the "
    "<code>NextToken</code> value in the <code>starting-token</code> argument of a "
    "subsequent command. <b>Do not</b> use the <code>NextToken</code> response element "
    "directly outside of the AWS CLI.</p>" + _PAGINATION_LINK
)
# awscli's note above a page's examples (customizations/addexamples.py): not model text.
EXAMPLES_NOTE = parse_html(
    "<p>To use the following examples, you must have the AWS CLI installed and configured. "
    "See the <a href='https://docs.aws.amazon.com/cli/v1/userguide/"
    "cli-configure-quickstart.html'>Getting started guide</a> in the <i>AWS CLI User "
    "Guide</i> for more information.</p><p>Unless otherwise stated, all examples have "
    "unix-like quotation rules. These examples will need to be adapted to your terminal's "
    "quoting rules. See <a href='https://docs.aws.amazon.com/cli/v1/userguide/"
    "cli-usage-parameters-quoting-strings.html'>Using quotation marks with strings</a> in "
    "the <i>AWS CLI User Guide</i>.</p>"
)


@dataclass(frozen=True)
class OptionDoc:
    synopsis: str  # "--session-id <value>" or "[--x | --no-x]"
    heading: str  # "``--session-id`` (string)"
    body: str  # RST; the first line may hang (awscli writes it right after the heading)
    blank_before: bool  # a blank line between heading and body (the body opens a block)


@dataclass(frozen=True)
class DocsPage:
    service: str  # the CLI service command: ssm (s3api for s3)
    command: str  # resume-session
    description: str  # RST
    crosslink: str | None  # AWS API Documentation URL
    notes: tuple[str, ...]  # RST paragraphs awscli adds (document types, pagination)
    options: tuple[OptionDoc, ...]
    output: str  # RST ("None" when the operation returns nothing)
    parent: str | None = None  # "wait" for a waiter's page
    # The current layout's parts (docs.layout); the legacy page has none of them and
    # points to the aws page for the global options instead.
    meta_description: str | None = None
    global_synopsis: tuple[str, ...] = ()  # "[--debug]", "[--output <value>]", ...
    global_options: str = ""  # RST of the Global Options section
    examples: str = ""  # RST of the Examples section: awscli's note, then the file
    see_aws_help: bool = True

    @property
    def label(self) -> str:
        within = f" {self.parent}" if self.parent else ""
        return f"cli:aws {self.service}{within} {self.command}"

    @property
    def breadcrumbs(self) -> tuple[tuple[str, str], ...]:
        """(title, label) of each page above this one: aws, the service, wait."""
        crumbs = [("aws", "cli:aws"), (self.service, f"cli:aws {self.service}")]
        if self.parent:
            crumbs.append((self.parent, f"cli:aws {self.service} {self.parent}"))
        return tuple(crumbs)

    @property
    def title_bar(self) -> str:
        return "*" * len(self.command)


# awscli's own help texts of its own arguments, by name (none is model text).
_OWN_HELP = {
    "starting-token": STARTING_TOKEN_HELP,
    "page-size": PAGE_SIZE_HELP,
    "max-items": MAX_ITEMS_HELP,
}
_OWN_TEXT_HELP = {
    "cli-input-json": CLI_INPUT_JSON_HELP,
    "generate-cli-skeleton": GENERATE_CLI_SKELETON_HELP,
    "outfile": OUTFILE_HELP,
}


class _PageWriter:
    """The parts of awscli's CLIDocumentEventHandler that document shapes."""

    def __init__(self, service: Service, operation: Operation, level: int = 0) -> None:
        self.service = service
        self.operation = operation
        self.w = RstWriter(level=level)
        self.budget = WalkBudget("the docs page")  # over every walk the page makes

    def include(self, doc: Doc) -> None:
        for node in doc.nodes:
            self.w.node(node, [False])

    # -- _doc_member / _do_doc_member ----------------------------------------------
    def doc_member(self, name: str, member: Member, stack: list[str]) -> None:
        shape = self.service.shape(member.shape)
        self.budget.visit(shape.name)
        if shape.name in stack:
            if stack.count(shape.name) > 1:
                if botocore_type(shape) == "structure":
                    self.w.write("( ... recursive ... )")
                return
        stack.append(shape.name)
        try:
            self._do_doc_member(name, member, shape, stack)
        finally:
            stack.pop()

    def _do_doc_member(self, name: str, member: Member, shape: Shape, stack: list[str]) -> None:
        w = self.w
        kind = documented_type(self.service, member)
        # A member name is model text too: "Value_" would be an RST reference.
        w.write(f"{rst_text(name)} -> ({kind})" if name else f"({kind})")
        w.indent()
        w.new_paragraph()
        self.include(member.documentation)
        if shape.kind == "union":
            self.tagged_union_note(shape)
        w.new_paragraph()
        self.children(shape, stack)
        w.dedent()
        w.new_paragraph()

    def children(self, shape: Shape, stack: list[str]) -> None:
        kind = botocore_type(shape)
        if kind == "structure":
            for sub in shape.members:
                self.doc_member(sub.name, sub, stack)
        elif kind == "map" and shape.key is not None and shape.value is not None:
            self.doc_member(shape.key.location_name or "key", shape.key, stack)
            self.doc_member(shape.value.location_name or "value", shape.value, stack)
        elif kind == "list" and shape.member is not None:
            self.doc_member("", shape.member, stack)

    def tagged_union_note(self, shape: Shape) -> None:
        self.w.start_note("note")
        names = ", ".join(f"``{m.name}``" for m in shape.members)
        self.w.writeln(
            "This is a Tagged Union structure. Only one of the "
            f"following top level keys can be set: {names}."
        )
        self.w.end_note()

    def streaming_blob_note(self) -> None:
        self.w.start_note("note")
        self.w.writeln(
            "This argument is of type: streaming blob. Its value must be the path to a file "
            "(e.g. ``path/to/file``) and must **not** be prefixed with ``file://`` or "
            "``fileb://``"
        )
        self.w.end_note()

    # -- doc_option ------------------------------------------------------------------
    def option(self, arg: Argument) -> None:
        w = self.w
        w.indent()
        if arg.name in _OWN_TEXT_HELP and arg.member is None:
            w.write(_OWN_TEXT_HELP[arg.name])
        elif arg.member is not None:
            self.include(arg.member.documentation)
        elif arg.documentation is not None:
            self.include(arg.documentation)
        else:
            self.include(_OWN_HELP[arg.name])
        if arg.member is not None:
            shape = self.service.shape(arg.member.shape)
            if arg.withheld is not None:  # another option gives that member (lambda's ZipFile)
                kept = tuple(m for m in shape.members if m.name != arg.withheld[0])
                shape = replace(shape, members=kept)
            if arg.member.streams(shape):
                self.streaming_blob_note()
            if shape.kind == "union":
                self.tagged_union_note(shape)
            if shape.kind == "string" and shape.constraints.enum:
                w.new_paragraph()
                w.write("Possible values:")
                w.start_ul()
                for value in shape.constraints.enum:
                    w.li(inline_literal(value))
                w.end_ul()
            self.children(shape, [shape.name])
        w.dedent()
        w.new_paragraph()
        # awscli documents no syntax for an argument of an --x | --no-x group
        # (doc_option_example returns for a documented arg group).
        if arg.member is not None and not arg.paired:
            self.option_example(arg.member, shape, arg.name if arg.old_list_form else None)

    # -- doc_option_example ----------------------------------------------------------
    def option_example(self, member: Member, shape: Shape, old_list: str | None = None) -> None:
        """``shape``: the member's, as the option takes it; ``old_list``: the option's
        name where it takes awscli's old single-member list form (``--instances
        InstanceId1 InstanceId2 InstanceId3``, as ``ParamShorthandDocGen`` writes it)."""
        w = self.w
        if _supports_shorthand(self.service, shape):
            example = shorthand_example(self.service, member, shape)
            if old_list is not None and shape.member is not None:
                element = self.service.shape(shape.member.shape)
                name = element.members[0].name if len(element.members) == 1 else None
                if name is not None:
                    one = shape.constraints.min == 1 and shape.constraints.max == 1
                    example = f"--{old_list} {name}1" + ("" if one else f" {name}2 {name}3")
            if example is None:
                return
            if example:
                w.new_paragraph()
                w.write("Shorthand Syntax")
                w.start_codeblock()
                for line in example.splitlines():
                    w.writeln(line)
                w.end_codeblock()
        if shape.kind == "list" and shape.member is not None:
            element = self.service.shape(shape.member.shape)
            if element.kind in SCALAR_KINDS:
                w.new_paragraph()
                w.write("Syntax")
                w.start_codeblock()
                example_type = _json_value_name(element, include_enum_values=False)
                w.write(f"{example_type} {example_type} ...")
                if element.kind == "string" and element.constraints.enum:
                    w.new_paragraph()
                    w.write("Where valid values are:\n")
                    for value in element.constraints.enum:
                        w.write(f"    {shown_in_literal(value)}\n")
                    w.write("\n")
                w.end_codeblock()
                w.new_paragraph()
                return
        if botocore_type(shape) not in SCALAR_KINDS:
            w.new_paragraph()
            w.write("JSON Syntax")
            w.start_codeblock()
            self.json_example(shape, [])
            w.end_codeblock()
            w.new_paragraph()

    def json_example(self, shape: Shape, stack: list[str]) -> None:
        self.budget.visit(shape.name)
        if shape.name in stack:
            if stack.count(shape.name) > 1:
                if botocore_type(shape) == "structure":
                    self.w.write("{ ... recursive ... }")
                return
        stack.append(shape.name)
        try:
            self._do_json_example(shape, stack)
        finally:
            stack.pop()

    def _do_json_example(self, shape: Shape, stack: list[str]) -> None:
        w = self.w
        kind = botocore_type(shape)
        if kind == "list" and shape.member is not None:
            element = self.service.shape(shape.member.shape)
            w.write("[")
            if element.kind in SCALAR_KINDS:
                w.write(f"{_json_value_name(element)}, ...")
            else:
                w.indent()
                w.new_line()
                self.json_example(element, stack)
                w.new_line()
                w.write("...")
                w.dedent()
                w.new_line()
            w.write("]")
        elif kind == "map" and shape.key is not None and shape.value is not None:
            key = self.service.shape(shape.key.shape)
            value = self.service.shape(shape.value.shape)
            w.write("{")
            w.indent()
            w.write(f"{_json_value_name(key)}: ")
            if value.kind in SCALAR_KINDS:
                w.write(_json_value_name(value))
            else:
                w.indent()
                self.json_example(value, stack)
                w.dedent()
            w.new_line()
            w.write("...")
            w.dedent()
            w.write("}")
        elif shape.kind == "document":
            w.write("{...}")
        elif kind == "structure":
            w.write("{")
            w.indent()
            w.new_line()
            for i, member in enumerate(shape.members):
                sub = self.service.shape(member.shape)
                if sub.kind in SCALAR_KINDS:
                    w.write(f'"{member.name}": {_json_value_name(sub)}')
                else:
                    w.write(f'"{member.name}": ')
                    self.json_example(sub, stack)
                if i < len(shape.members) - 1:
                    w.write(",")
                    w.new_line()
            w.dedent()
            w.new_line()
            w.write("}")


def _json_value_name(shape: Shape, include_enum_values: bool = True) -> str:
    if shape.kind == "string":
        if shape.constraints.enum and include_enum_values:
            return "|".join(f'"{shown_in_literal(c)}"' for c in shape.constraints.enum)
        return '"string"'
    if shape.kind == "boolean":
        return "true|false"
    return botocore_type(shape)


def _document_container(service: Service, shape: Shape) -> bool:
    """awscli's is_document_type_container: a document, or lists/maps ending in one."""
    while True:
        if shape.kind == "document":
            return True
        if shape.kind == "list" and shape.member is not None:
            shape = service.shape(shape.member.shape)
        elif shape.kind == "map" and shape.value is not None:
            shape = service.shape(shape.value.shape)
        else:
            return False


def _supports_shorthand(service: Service, shape: Shape) -> bool:
    if _document_container(service, shape):
        return False
    kind = botocore_type(shape)
    if kind not in ("structure", "list", "map"):
        return False
    if kind == "list" and shape.member is not None:
        return botocore_type(service.shape(shape.member.shape)) in ("structure", "list", "map")
    return True


class _TooComplex(Exception):
    pass


def shorthand_example(service: Service, member: Member, shape: Shape | None = None) -> str | None:
    """awscli's ParamShorthandDocGen.generate_shorthand_example ('' = too complex,
    None = not documented); ``shape``: the member's as the option takes it. The
    deprecated single-member list case of a few non-ssm services is ``option_example``'s."""
    shape = shape or service.shape(member.shape)
    if (
        botocore_type(shape) == "structure"
        and len(shape.members) == 1
        and shape.members[0].name == "Value"
        and service.shape(shape.members[0].shape).kind == "string"
    ):
        return None
    stack: list[str] = []
    try:
        if shape.kind == "list" and shape.member is not None:
            return _shorthand(service, service.shape(shape.member.shape), stack) + " ..."
        return _shorthand(service, shape, stack)
    except _TooComplex:
        return ""


def _shorthand(service: Service, shape: Shape, stack: list[str]) -> str:
    if len(stack) > 3:
        raise _TooComplex
    kind = botocore_type(shape)
    if kind == "structure":
        parts = []
        for member in shape.members:
            sub = service.shape(member.shape)
            if _document_container(service, sub):
                continue
            if stack.count(sub.name) > 0:
                # awscli writes the marker without the member's name (argprocess.py).
                parts.append("( ... recursive ... )")
                continue
            stack.append(sub.name)
            try:
                parts.append(f"{member.name}={_shorthand(service, sub, stack)}")
            finally:
                stack.pop()
        inner = ",".join(parts)
        return inner if not stack else "{" + inner + "}"
    if kind == "list" and shape.member is not None:
        element = service.shape(shape.member.shape)
        stack.append(element.name)
        try:
            docs = _shorthand(service, element, stack)
        finally:
            stack.pop()
        if botocore_type(element) in ("structure", "list", "map") or len(stack) > 1:
            return f"[{docs},{docs}]"
        return f"{docs},{docs}"
    if kind == "map" and shape.key is not None and shape.value is not None:
        key = service.shape(shape.key.shape)
        value = service.shape(shape.value.shape)
        stack.append(value.name)
        try:
            docs = _shorthand(service, value, stack)
        finally:
            stack.pop()
        start = f"KeyName1={docs},KeyName2={docs}"
        if key.constraints.enum and not stack:
            start += "\n\nWhere valid key names are:\n"
            for value_name in key.constraints.enum:
                start += f"  {shown_in_literal(value_name)}\n"
        elif stack:
            start = "{" + start + "}"
        return start
    return shape.kind


def _synopsis(arg: Argument, group: list[Argument] | None = None) -> str:
    """clidocs' doc_synopsis_option."""
    if group is not None:
        text = " | ".join(f"--{other.name}" for other in group)
    elif arg.paired:
        text = f"--{arg.name} | --{arg.negative}"
    elif arg.positional:
        text = f"<{arg.name}>"
    else:
        text = f"--{arg.name} <value>"
    return text if arg.required else f"[{text}]"


def _heading(arg: Argument, group: list[Argument] | None = None) -> str:
    if group is not None:
        names = " | ".join(f"``--{other.name}``" for other in group)
        return f"{names} ({arg.type_name})"
    if arg.paired:
        return f"``--{arg.name}`` | ``--{arg.negative}`` ({arg.type_name})"
    if arg.positional:
        return f"``{arg.name}`` ({arg.type_name})"
    return f"``--{arg.name}`` ({arg.type_name})"


def _uses_document_types(service: Service, operation: Operation) -> bool:
    seen: set[str] = set()

    def visit(name: str) -> bool:
        if name in seen:
            return False
        seen.add(name)
        shape = service.shape(name)
        if shape.kind == "document":
            return True
        refs = [m.shape for m in shape.members]
        refs += [m.shape for m in (shape.member, shape.key, shape.value) if m is not None]
        return any(visit(ref) for ref in refs)

    return any(visit(name) for name in (operation.input, operation.output) if name)


def _description(service: Service, operation: Operation) -> str:
    page = _PageWriter(service, operation)
    page.include(operation.documentation)
    return finish(page.w.getvalue())


def _notes(service: Service, operation: Operation) -> tuple[str, ...]:
    notes = []
    if _uses_document_types(service, operation):
        notes.append(
            f"``{operation.cli_name}`` uses document type values. Document types follow the "
            "JSON data model where valid values are: strings, numbers, booleans, null, "
            "arrays, and objects. For command input, options and nested parameters that are "
            "labeled with the type ``document`` must be provided as JSON. Shorthand syntax "
            "does not support document types."
        )
    paging = _paging_description(operation)
    if paging:
        notes.append(paging)
    return tuple(notes)


def _paging_description(operation: Operation) -> str:
    if operation.paginator is None:
        return ""
    lines = [
        f"``{operation.cli_name}`` is a paginated operation. Multiple API calls may be issued "
        "in order to retrieve the entire data set of results. You can disable pagination by "
        "providing the ``--no-paginate`` argument."
    ]
    keys = operation.paginator.get("result_key")
    if keys:
        names = keys if isinstance(keys, list) else [keys]
        lines.append(
            "When using ``--output text`` and the ``--query`` argument on a paginated "
            "response, the ``--query`` argument must extract data from the results of the "
            "following query expressions: " + ", ".join(inline_literal(str(k)) for k in names)
        )
    return "\n".join(lines)


def _output(service: Service, operation: Operation) -> str:
    shape = service.shape(operation.output) if operation.output else None
    if shape is None or not shape.members:
        return "None"
    page = _PageWriter(service, operation)
    for member in shape.members:
        page.doc_member(member.name, member, [])
    return finish(page.w.getvalue())


def _examples(text: str | None) -> str:
    """awscli's Examples section body: its note, then the example file as written."""
    if text is None:
        return ""
    writer = RstWriter()
    writer.start_note("note")
    for node in EXAMPLES_NOTE.nodes:
        writer.node(node, [False])
    writer.end_note()
    return finish(writer.getvalue()) + "\n\n" + text.rstrip("\n")


def docs_page(
    service: Service,
    operation: Operation,
    waiter: Waiter | None = None,
    layout: PageLayout = CURRENT,
) -> DocsPage:
    """The page of a command, or (``waiter``) of ``wait <waiter>`` over the command's
    operation: its options, the waiter's description, no output (awscli's
    WaiterStateCommand help). ``layout``: the current layout's parts, or none."""
    options = []
    table = argument_table(service, operation)
    groups: dict[str, list[Argument]] = {}
    for arg in table:
        if arg.group is not None:
            groups.setdefault(arg.group, []).append(arg)
    for arg in table:
        if not arg.documented:
            continue
        group = groups.get(arg.group) if arg.group is not None else None
        if group is not None and group[0] is not arg:
            continue  # documented with the first of its group
        page = _PageWriter(service, operation)
        page.w.write("\n")  # awscli writes the heading and a bare newline
        page.option(arg)
        raw = page.w.getvalue()
        options.append(
            OptionDoc(
                synopsis=_synopsis(arg, group),
                heading=_heading(arg, group),
                body=finish(raw),
                blank_before=raw[1:].lstrip(" ").startswith("\n"),
            )
        )
    return DocsPage(
        service=service.cli_name,
        command=waiter.cli_name if waiter else operation.cli_name,
        description=(
            waiter_description(service, waiter) if waiter else _description(service, operation)
        ),
        # The uid is model text too: percent-encoded, it cannot end the link or add markup.
        crosslink=(
            f"{AWS_DOC_BASE}/{quote(service.uid, safe='')}/{operation.name}"
            if service.uid
            else None
        ),
        notes=() if waiter else _notes(service, operation),
        options=tuple(options),
        output=(
            _output(service, operation)
            if waiter is None and documents_output(service, operation)
            else "None"
        ),
        parent="wait" if waiter else None,
        **_layout_parts(service, operation, waiter, layout),
    )


def _layout_parts(
    service: Service, operation: Operation, waiter: Waiter | None, layout: PageLayout
) -> dict[str, Any]:
    if not layout.current:
        return {}
    command = f"wait/{waiter.cli_name}" if waiter else operation.cli_name
    return {
        "meta_description": layout.run_description(
            f"{service.cli_name} {command.replace('/', ' ')}"
        ),
        "global_synopsis": global_synopsis(GLOBAL_OPTIONS),
        "global_options": global_options_rst(GLOBAL_OPTIONS),
        "examples": _examples(layout.examples.get(command)),
        "see_aws_help": False,
    }


@dataclass(frozen=True)
class ServicePage:
    """A service's page: its description and its commands (awscli's service help)."""

    service: str  # the CLI service command
    description: str  # RST
    commands: tuple[str, ...]
    waiters: tuple[str, ...]
    meta_description: str | None = None  # the current layout's

    @property
    def label(self) -> str:
        return f"cli:aws {self.service}"

    @property
    def title_bar(self) -> str:
        return "*" * len(self.service)


def service_page(service: Service, layout: PageLayout = CURRENT) -> ServicePage:
    page = _PageWriter(service, service.operations[0]) if service.operations else None
    description = ""
    if page is not None:
        page.include(service.documentation)
        description = finish(page.w.getvalue())
    return ServicePage(
        service=service.cli_name,
        description=description,
        commands=tuple(op.cli_name for op in cli_operations(service)),
        waiters=tuple(waiter.cli_name for waiter in service.wait_commands),
        meta_description=layout.service_description(service.cli_name),
    )
