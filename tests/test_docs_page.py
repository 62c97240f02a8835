"""The docs target: the generated AWS CLI v1 page against the published page and
against awscli's own rendering."""

from __future__ import annotations

import difflib
from functools import cache
from pathlib import Path

import pytest

from generator.examples import load_examples
from generator.ir import naming
from generator.ir.build import build_service
from generator.ir.model import Service
from generator.loader import load_service
from generator.render import environment
from generator.targets.docs.layout import LEGACY, PageLayout
from generator.targets.registry import PARTS
from tests import rst

ROOT = Path(__file__).resolve().parent.parent
PUBLISHED = ROOT / "reference" / "aws-cli-v1" / "ssm" / "resume-session.rst"
GENERATED = ROOT / "generated" / "ssm" / "docs" / "resume-session.rst"
TEMPLATE = "%service/docs/%operation.rst.j2"
OPERATIONS = ("ResumeSession", "PutParameter", "SendCommand", "DescribeParameters")

# Lines of the published page whose model text changed since publication, and the
# lines the current model gives instead.
DRIFT_PUBLISHED = [
    "Reconnects a session to an instance after it has been disconnected. Connections can "
    "be resumed for disconnected sessions, but not terminated sessions.",
    "  This command is primarily for use by client machines to automatically reconnect "
    "during intermittent network issues. It is not intended for any other use.",
    "  An encrypted token value containing session and caller information. Used to "
    "authenticate the connection to the instance.",
    "  A URL back to SSM Agent on the instance that the Session Manager client uses to send "
    "commands and receive output from the instance. Format: ``wss://ssm-messages.**region** "
    ".amazonaws.com/v1/data-channel/**session-id** ?stream=(input|output)`` .",
    "   **region** represents the Region identifier for an AWS Region supported by AWS "
    "Systems Manager, such as ``us-east-2`` for the US East (Ohio) Region. For a list of "
    "supported **region** values, see the **Region** column in the `AWS Systems Manager "
    "table of regions and endpoints <http://docs.aws.amazon.com/general/latest/gr/rande.html"
    "#ssm_region>`__ in the *AWS General Reference* .",
]
DRIFT_GENERATED = [
    "Reconnects a session to a managed node after it has been disconnected. Connections can "
    "be resumed for disconnected sessions, but not terminated sessions.",
    "  This command is primarily for use by client machines to automatically reconnect "
    "during intermittent network issues. It isn't intended for any other use.",
    "  An encrypted token value containing session and caller information. Used to "
    "authenticate the connection to the managed node.",
    "  A URL back to SSM Agent on the managed node that the Session Manager client uses to "
    "send commands and receive output from the managed node. Format: "
    "``wss://ssmmessages.**region** .amazonaws.com/v1/data-channel/**session-id** "
    "?stream=(input|output)`` .",
    "   **region** represents the Region identifier for an Amazon Web Services Region "
    "supported by Amazon Web Services Systems Manager, such as ``us-east-2`` for the US East "
    "(Ohio) Region. For a list of supported **region** values, see the **Region** column in "
    "`Systems Manager service endpoints <https://docs.aws.amazon.com/general/latest/gr/"
    "ssm.html#ssm_region>`__ in the *Amazon Web Services General Reference* .",
]


def normalise(text: str) -> list[str]:
    """Trailing whitespace stripped per line, runs of blank lines collapsed."""
    out: list[str] = []
    for line in text.splitlines():
        line = line.rstrip()
        if not line and out and not out[-1]:
            continue
        out.append(line)
    while out and not out[-1]:
        out.pop()
    while out and not out[0]:
        out.pop(0)
    return out


@cache
def service() -> Service:
    return build_service(load_service("ssm"), OPERATIONS)


EXAMPLES = ROOT / "docs" / "examples"  # generator.yaml's docs.examples


def render(operation: str, layout: PageLayout = LEGACY) -> str:
    ssm = service()
    return (
        environment(PARTS["pages"])
        .get_template(TEMPLATE)
        .render(service=ssm, operation=ssm.operation(operation), layout=layout)
    )


def configured_layout() -> PageLayout:
    return PageLayout("current", load_examples(EXAMPLES, "ssm", "ssm"))


def docutils_messages(text: str) -> str:
    return rst.parse(text)[1]


def replaced_lines(
    old: list[str], new: list[str], *, line_for_line: bool = False
) -> tuple[list[str], list[str]]:
    """The lines of ``old`` replaced and the lines ``new`` has instead; nothing may be
    only inserted or only deleted (``line_for_line``: each replacement as many lines)."""
    removed: list[str] = []
    added: list[str] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=old, b=new, autojunk=False).get_opcodes():
        assert tag in ("equal", "replace"), (tag, old[i1:i2], new[j1:j2])
        if tag == "replace":
            assert not line_for_line or i2 - i1 == j2 - j1
            removed += old[i1:i2]
            added += new[j1:j2]
    return removed, added


def test_generated_file_is_current() -> None:
    assert GENERATED.read_text(encoding="utf-8") == render("ResumeSession", configured_layout())


def test_resume_session_equals_published_page_but_for_model_text_drift() -> None:
    published = normalise(PUBLISHED.read_text(encoding="utf-8"))
    generated = normalise(render("ResumeSession"))
    removed, added = replaced_lines(published, generated, line_for_line=True)
    assert removed == DRIFT_PUBLISHED
    assert added == DRIFT_GENERATED


def test_legacy_page_layout() -> None:
    page = render("ResumeSession")
    assert ".. meta::" not in page
    assert "Global Options" not in page and "Examples" not in page
    assert page.count("See :doc:`'aws help' </reference/index>`") == 2
    assert (
        "`AWS API Documentation <https://docs.aws.amazon.com/goto/WebAPI/ssm-2014-11-06/"
        "ResumeSession>`_" in page
    )


def test_current_layout_equals_awscli_page_but_for_the_global_options() -> None:
    # awscli 1.45.11's own page (OperationHelpCommand, html target, with its example
    # file); the one listed difference: the generated CLI's global options (README).
    from tests.awscli_tables import awscli_page

    theirs = normalise(awscli_page("ssm", "resume-session"))
    mine = normalise(render("ResumeSession", configured_layout()))
    removed, added = replaced_lines(theirs, mine)
    v2_help = next(line for line in theirs if line.startswith("Enable AWS CLI v2 migration"))
    strict_help = next(line for line in mine if line.startswith("Also refuse, before any"))
    assert removed == ["  [--v2-debug]", "``--v2-debug`` (boolean)", v2_help]
    assert added == [
        "  [--cli-strict-validation]",
        "``--cli-strict-validation`` (boolean)",
        strict_help,
    ]


def test_current_layout_without_an_example_file_has_no_examples_section() -> None:
    page = render("PutParameter", configured_layout())
    assert ".. meta::" in page and "Global Options" in page
    assert "\nExamples\n" not in page and "See :doc:" not in page


@pytest.mark.parametrize("operation", OPERATIONS)
@pytest.mark.parametrize("layout_name", ["legacy", "current"])
def test_docutils_reads_pages_without_messages(operation: str, layout_name: str) -> None:
    layout = LEGACY if layout_name == "legacy" else configured_layout()
    assert docutils_messages(render(operation, layout)) == ""


def section(lines: list[str], title: str, stops: tuple[str, ...]) -> list[str]:
    start = lines.index(title) - 1
    end = len(lines)
    for index in range(start + 3, len(lines)):
        if lines[index] in stops and lines[index - 1].startswith("="):
            end = index - 1
            break
    body = [line for line in lines[start:end] if not line.startswith("See :doc:")]
    return normalise("\n".join(body))


def canonical(line: str) -> str:
    # Our escapes (backslashes) and awscli's stray spaces before closing markup.
    return line.replace("\\", "").replace(" ", "")


@pytest.mark.parametrize("command", ["put-parameter", "send-command", "describe-parameters"])
def test_options_and_output_match_awscli(command: str) -> None:
    from awscli.clidriver import create_clidriver

    class Capture:
        out = b""

        def render(self, contents: bytes) -> None:
            self.out = contents

    driver = create_clidriver()
    op = driver._get_command_table()["ssm"]._get_command_table()[command]
    help_command = op.create_help_command()
    help_command.renderer = Capture()
    help_command.doc.target = "html"
    help_command(None, None)
    theirs = normalise(help_command.renderer.out.decode("utf-8"))
    by_cli = {naming.cli_option(name): name for name in OPERATIONS}
    ours = normalise(render(by_cli[command]))
    for title, stops in (("Options", ("Global Options",)), ("Output", ("See Also",))):
        a, b = section(theirs, title, stops), section(ours, title, ("Output",))
        assert len(a) == len(b), title
        differing = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
        assert all(canonical(x) == canonical(y) for x, y in differing), differing
        assert len(differing) <= 3


@pytest.mark.parametrize(
    "page", sorted((ROOT / "tests" / "goldens").rglob("docs/*.rst")), ids=lambda p: p.name
)
def test_golden_docs_pages_are_docutils_clean(page: Path) -> None:
    """The kitchensink fixture covers every shape type and hostile text."""
    assert docutils_messages(page.read_text(encoding="utf-8")) == ""
