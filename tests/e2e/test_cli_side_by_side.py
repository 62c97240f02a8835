"""``aws ssm resume-session`` (AWS CLI v1, the oracle) and ``python -m generated.ssm
resume-session`` run with the same arguments against two identical loopback servers:
same request body, same stdout, same exit code, same stderr message. Every scenario runs
once in a module fixture (aws through its driver in one subprocess, the generated CLI
in-process meanwhile); the tests then compare the outcomes. One test runs the real
``python -m generated.ssm`` entry point as a subprocess.

Usage errors differ in one deliberate way. awscli's usage text starts with "\\r" and a
banner ("Note: AWS CLI version 2, the latest major version of the AWS CLI, is now stable
and recommended ...") that advertises a different program; the generated CLI does not
print it. Its usage lines also name a different program ("aws [options] <command>
<subcommand> ..." against "python -m generated.ssm [options] <command> ..."). So for
usage errors the comparison drops the banner and the usage block from both and replaces
the program name in argparse's "<prog>: error:" line; everything after the usage block
(the actual message) must be identical. Every other stderr is compared byte for byte.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from runtime.commands import load_cli
from tests.conftest import ROOT
from tests.e2e.conftest import apply_env, isolated_env
from tests.e2e.server import Answer, FakeService, serve

AWS = ROOT / ".venv" / "bin" / "aws"
PYTHON = ROOT / ".venv" / "bin" / "python"
GENERATED_PROG = "python -m generated.ssm"
AWS_V2_BANNER = (
    "Note: AWS CLI version 2, the latest major version of the AWS CLI, is now stable and "
    "recommended for general use. For more information, see the AWS CLI version 2 "
    "installation instructions at: https://docs.aws.amazon.com/cli/latest/userguide/"
    "install-cliv2.html"
)
SKELETONS = ROOT / "generated" / "ssm" / "skeletons"

pytestmark = pytest.mark.skipif(not AWS.exists(), reason="awscli (the oracle) not installed")


@dataclass(frozen=True)
class Run:
    rc: int
    stdout: str
    stderr: str
    bodies: tuple[Any, ...]  # JSON bodies the server received


@dataclass(frozen=True)
class Scenario:
    args: tuple[str, ...]
    answer: Answer | None = None  # the server's answer; None: a ResumeSession success


NOT_FOUND = Answer(400, {"__type": "DoesNotExistException", "message": "Session s-9 not found"})
INPUT_FILE = "input.json"  # written into the scenario folder; {dir} in args points there

SCENARIOS: dict[str, Scenario] = {
    "json": Scenario(("resume-session", "--session-id", "s-0123", "--output", "json")),
    "text": Scenario(("resume-session", "--session-id", "s-0123", "--output", "text")),
    "table": Scenario(("resume-session", "--session-id", "s-0123", "--output", "table")),
    "default-output": Scenario(("resume-session", "--session-id", "s-0123")),
    "service-error": Scenario(("resume-session", "--session-id", "s-9"), NOT_FOUND),
    "validation-error": Scenario(("resume-session", "--session-id", "")),
    "missing-required": Scenario(("resume-session",)),
    "unknown-option": Scenario(("resume-session", "--session-id", "s-1", "--foo")),
    "invalid-output": Scenario(("resume-session", "--session-id", "s-1", "--output", "yaml")),
    "bad-cli-input-json": Scenario(("resume-session", "--cli-input-json", "{bad")),
    "cli-input-json-merge": Scenario(
        (
            "resume-session",
            "--cli-input-json",
            '{"SessionId": "from-json"}',
            "--session-id",
            "from-cli",
        )
    ),
    "cli-input-json-file": Scenario(
        ("resume-session", "--cli-input-json", "file://{dir}/input.json")
    ),
    "skeleton-input": Scenario(("resume-session", "--generate-cli-skeleton")),
    "skeleton-output": Scenario(
        ("resume-session", "--session-id", "s-1", "--generate-cli-skeleton", "output")
    ),
    "skeleton-output-table": Scenario(
        (
            "resume-session",
            "--session-id",
            "s-1",
            "--generate-cli-skeleton",
            "output",
            "--output",
            "table",
        )
    ),
    "skeleton-output-missing-required": Scenario(
        ("resume-session", "--generate-cli-skeleton", "output")
    ),
    "globals-first": Scenario(
        ("--region", "eu-west-1", "--output", "text", "resume-session", "--session-id", "s-2")
    ),
    "unknown-profile": Scenario(("--profile", "nope", "resume-session", "--session-id", "s-2")),
}


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, tuple[Run, Run]]]:
    """Scenario name -> (aws's run, the generated CLI's run), each against its own server.
    aws runs through awscli's driver in one subprocess (tests/e2e/aws_oracle.py); the
    generated CLI runs in-process, meanwhile."""
    from tests.e2e.test_cli_arguments import _run_generated, run_aws_oracle

    folder = tmp_path_factory.mktemp("side-by-side")
    env = isolated_env(folder)
    (folder / INPUT_FILE).write_text('{"SessionId": "from-file"}', encoding="utf-8")
    cli = load_cli(ROOT / "generated" / "ssm" / "commands.json")
    arguments = {
        name: [arg.replace("{dir}", str(folder)) for arg in scenario.args]
        for name, scenario in SCENARIOS.items()
    }
    results: dict[str, tuple[Run, Run]] = {}
    with contextlib.ExitStack() as stack, ThreadPoolExecutor(1) as pool:
        apply_env(stack.enter_context(pytest.MonkeyPatch.context()), env)
        servers = {name: stack.enter_context(serve()) for name in SCENARIOS}
        for name, scenario in SCENARIOS.items():
            if scenario.answer is not None:
                servers[name].reset(scenario.answer)
        runs = [
            ["ssm", *arguments[name], "--endpoint-url", servers[name].url] for name in SCENARIOS
        ]
        oracle = pool.submit(run_aws_oracle, runs, env)
        generated = {}
        for name, scenario in SCENARIOS.items():
            answers = [scenario.answer or FakeService().default]
            gen = _run_generated(cli, arguments[name], answers)
            generated[name] = Run(gen.rc, gen.stdout, gen.stderr, tuple(b for _, b in gen.requests))
        for name, result in zip(SCENARIOS, oracle.result(), strict=True):
            bodies = tuple(request.json() for request in servers[name].requests)
            aws = Run(result["rc"], result["stdout"], result["stderr"], bodies)
            results[name] = (aws, generated[name])
    yield results


def usage_message(stderr: str, prog: str) -> str:
    """A usage error's message: banner and usage block dropped, program name neutral."""
    text = stderr.replace(f"usage: \r{AWS_V2_BANNER}\n\n", "", 1)
    assert text.startswith(f"usage: {prog} [options] <command>"), stderr
    lines = text.splitlines(keepends=True)
    last_usage_line = max(i for i, line in enumerate(lines) if line.startswith(f"  {prog} "))
    message = "".join(lines[last_usage_line + 1 :])
    return message.replace(f"{prog}: error:", "PROG: error:")


Outcomes = dict[str, tuple[Run, Run]]


def same_everything(aws: Run, gen: Run) -> None:
    assert (gen.rc, gen.stdout, gen.stderr) == (aws.rc, aws.stdout, aws.stderr), (aws, gen)
    assert gen.bodies == aws.bodies


def same_usage_error(aws: Run, gen: Run) -> str:
    assert gen.rc == aws.rc
    assert (aws.stdout, gen.stdout) == ("", "")
    assert AWS_V2_BANNER not in gen.stderr
    message = usage_message(aws.stderr, "aws")
    assert usage_message(gen.stderr, GENERATED_PROG) == message
    assert aws.bodies == gen.bodies == ()
    return message


@pytest.mark.parametrize("output", ["json", "text", "table"])
def test_call_prints_the_same_output(outcomes: Outcomes, output: str) -> None:
    aws, gen = outcomes[output]
    assert aws.rc == 0
    assert aws.bodies == ({"SessionId": "s-0123"},)
    assert "tok-abc" in aws.stdout
    same_everything(aws, gen)


def test_default_output_is_json(outcomes: Outcomes) -> None:
    aws, gen = outcomes["default-output"]
    assert (aws.rc, aws.stderr) == (0, "")
    assert json.loads(aws.stdout)["SessionId"] == "s-0123"
    same_everything(aws, gen)


def test_service_error(outcomes: Outcomes) -> None:
    aws, gen = outcomes["service-error"]
    assert aws.rc == 255
    assert aws.stderr == (
        "\nAn error occurred (DoesNotExistException) when calling the ResumeSession "
        "operation: Session s-9 not found\n"
    )
    assert aws.bodies == ({"SessionId": "s-9"},)
    same_everything(aws, gen)


def test_parameter_validation_error(outcomes: Outcomes) -> None:
    aws, gen = outcomes["validation-error"]
    assert aws.rc == 255
    assert aws.stderr.startswith("\nParameter validation failed:\n")
    assert aws.bodies == ()
    same_everything(aws, gen)


def test_missing_required_option(outcomes: Outcomes) -> None:
    aws, gen = outcomes["missing-required"]
    assert aws.rc == 2
    message = same_usage_error(aws, gen)
    assert message == "PROG: error: the following arguments are required: --session-id\n"


def test_unknown_option(outcomes: Outcomes) -> None:
    aws, gen = outcomes["unknown-option"]
    assert aws.rc == 255
    assert same_usage_error(aws, gen) == "\nUnknown options: --foo\n"


def test_invalid_output_choice(outcomes: Outcomes) -> None:
    aws, gen = outcomes["invalid-output"]
    assert aws.rc == 2
    assert same_usage_error(aws, gen).startswith("PROG: error: argument --output: Invalid choice")


def test_bad_cli_input_json(outcomes: Outcomes) -> None:
    aws, gen = outcomes["bad-cli-input-json"]
    assert aws.rc == 255
    assert aws.stderr.startswith(
        "\nError parsing parameter 'cli-input-json': Invalid JSON: Expecting property name"
    )
    same_everything(aws, gen)


def test_command_line_wins_over_cli_input_json(outcomes: Outcomes) -> None:
    aws, gen = outcomes["cli-input-json-merge"]
    assert aws.bodies == ({"SessionId": "from-cli"},)
    same_everything(aws, gen)


def test_cli_input_json_from_file(outcomes: Outcomes) -> None:
    aws, gen = outcomes["cli-input-json-file"]
    assert aws.bodies == ({"SessionId": "from-file"},)
    same_everything(aws, gen)


def test_generate_cli_skeleton_input(outcomes: Outcomes) -> None:
    aws, gen = outcomes["skeleton-input"]
    assert aws.rc == 0
    assert aws.stdout == (SKELETONS / "resume-session.input.json").read_text(encoding="utf-8")
    assert aws.bodies == ()
    same_everything(aws, gen)


def test_generate_cli_skeleton_output(outcomes: Outcomes) -> None:
    aws, gen = outcomes["skeleton-output"]
    assert aws.rc == 0
    assert aws.stdout == (SKELETONS / "resume-session.output.json").read_text(encoding="utf-8")
    assert aws.bodies == ()
    same_everything(aws, gen)


def test_generate_cli_skeleton_output_as_table(outcomes: Outcomes) -> None:
    aws, gen = outcomes["skeleton-output-table"]
    assert aws.rc == 0
    assert "ResumeSession" in aws.stdout
    same_everything(aws, gen)


def test_generate_cli_skeleton_output_still_needs_required_options(outcomes: Outcomes) -> None:
    aws, gen = outcomes["skeleton-output-missing-required"]
    assert aws.rc == 2
    assert "--session-id" in same_usage_error(aws, gen)


def test_global_options_before_the_command(outcomes: Outcomes) -> None:
    aws, gen = outcomes["globals-first"]
    assert aws.rc == 0
    same_everything(aws, gen)


def test_unknown_profile(outcomes: Outcomes) -> None:
    aws, gen = outcomes["unknown-profile"]
    assert aws.rc == 255
    assert aws.stderr == "\nThe config profile (nope) could not be found\n"
    same_everything(aws, gen)


def test_the_module_entry_point_runs_the_same(outcomes: Outcomes, tmp_path: Path) -> None:
    """``python -m generated.ssm`` (a subprocess) prints what the in-process run printed."""
    import subprocess

    aws, gen = outcomes["skeleton-output"]
    proc = subprocess.run(
        [str(PYTHON), "-m", "generated.ssm", *SCENARIOS["skeleton-output"].args],
        capture_output=True,
        env=isolated_env(tmp_path),
        cwd=ROOT,
        timeout=60,
        check=False,
    )
    assert (proc.returncode, proc.stdout.decode()) == (gen.rc, gen.stdout) == (aws.rc, aws.stdout)
