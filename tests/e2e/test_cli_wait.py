"""``wait <waiter>`` side by side: ``aws ssm wait ...`` (the oracle) and the generated CLI,
each against its own loopback server scripted with the same answers. Compared: every
request, stdout, the exit code and stderr (usage errors: the message after the usage
block). The waiter is botocore's, from the waiters-2.json the package ships.

Every scenario ends on the first poll (success, a failure state, an error no acceptor
matches) or before any: a retry would sleep the waiter's delay (5 s for ssm).
"""

from __future__ import annotations

import contextlib
import io
from collections.abc import Iterator
from pathlib import Path

import pytest

from runtime.cli import main
from tests.e2e.conftest import isolated_env
from tests.e2e.server import Answer
from tests.e2e.test_cli_arguments import (
    Outcomes,
    Scenario,
    run_scenarios,
    scratch_cli,
)
from tests.e2e.test_cli_side_by_side import AWS, GENERATED_PROG, usage_message

pytestmark = pytest.mark.skipif(not AWS.exists(), reason="awscli (the oracle) not installed")

OPERATIONS = ("GetCommandInvocation", "SendCommand")
CID = "00000000-0000-0000-0000-000000000001"  # CommandId's min length is 36
IDS = ("--command-id", CID, "--instance-id", "i-0123456789abcdef0")
SUCCESS = Answer(200, {"CommandId": CID, "Status": "Success"})
FAILED = Answer(200, {"CommandId": CID, "Status": "Failed"})
THROTTLED = Answer(400, {"__type": "AccessDeniedException", "message": "no"})

SCENARIOS: dict[str, Scenario] = {
    "success": Scenario(("wait", "command-executed", *IDS), [SUCCESS]),
    "failure-state": Scenario(("wait", "command-executed", *IDS), [FAILED]),
    "unmatched-error": Scenario(("wait", "command-executed", *IDS), [THROTTLED]),
    "prefix-of-the-option": Scenario(
        ("wait", "command-executed", "--command", CID, "--instance-id", "i-1"), [SUCCESS]
    ),
    "cli-input-json": Scenario(
        (
            "wait",
            "command-executed",
            "--cli-input-json",
            f'{{"CommandId": "{CID}", "InstanceId": "i"}}',
        ),
        [SUCCESS],
    ),
    "skeleton": Scenario(("wait", "command-executed", "--generate-cli-skeleton")),
    "missing-required": Scenario(("wait", "command-executed", "--command-id", CID), [], "usage"),
    "unknown-waiter": Scenario(("wait", "command-done", *IDS), [], "usage"),
    "no-waiter": Scenario(("wait",), []),
    "unknown-option": Scenario(
        ("wait", "command-executed", *IDS, "--bogus", "1"), [SUCCESS], "usage"
    ),
}


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Outcomes]:
    folder = tmp_path_factory.mktemp("wait")
    arguments = {name: list(scenario.args) for name, scenario in SCENARIOS.items()}
    cli = scratch_cli(folder, OPERATIONS)
    yield run_scenarios(cli, SCENARIOS, arguments, isolated_env(folder))


@pytest.mark.parametrize("name", list(SCENARIOS))
def test_same_as_aws(outcomes: Outcomes, name: str) -> None:
    aws, gen = outcomes[name]
    assert gen.requests == aws.requests
    assert (gen.rc, gen.stdout) == (aws.rc, aws.stdout), (aws, gen)
    if SCENARIOS[name].stderr == "usage":  # exit 2 (argparse) or 255 (unknown options)
        assert usage_message(gen.stderr, GENERATED_PROG) == usage_message(aws.stderr, "aws")
    else:
        assert gen.stderr == aws.stderr


def test_the_scenarios_exercise_what_they_claim(outcomes: Outcomes) -> None:
    """Guard against vacuous agreement: the waiter really polled, and really failed."""
    gen = outcomes["success"][1]
    assert gen.rc == 0 and gen.requests == (
        (
            "AmazonSSM.GetCommandInvocation",
            {"CommandId": CID, "InstanceId": "i-0123456789abcdef0"},
        ),
    )
    failed = outcomes["failure-state"][1]
    assert failed.rc == 255
    assert failed.stderr.startswith("\nWaiter CommandExecuted failed: Waiter encountered a ")
    assert "AccessDeniedException" in outcomes["unmatched-error"][1].stderr
    assert outcomes["prefix-of-the-option"][1].rc == outcomes["cli-input-json"][1].rc == 0
    assert outcomes["unknown-waiter"][1].rc == 2
    assert outcomes["no-waiter"][1].rc == 255


@pytest.mark.usefixtures("aws_env")
def test_wait_help_lists_the_waiters(tmp_path: Path) -> None:
    cli = scratch_cli(tmp_path, OPERATIONS)
    out = io.StringIO()
    assert main(cli, ["wait", "help"], prog=GENERATED_PROG, stdout=out) == 0
    assert "command-executed" in out.getvalue()


def test_a_service_without_waiters_has_no_wait_command(tmp_path: Path) -> None:
    cli = scratch_cli(tmp_path, ("SendCommand",))
    assert cli.waiters == ()
    with pytest.raises(SystemExit) as exit_, contextlib.redirect_stderr(io.StringIO()) as err:
        main(cli, ["wait", "command-executed"], prog=GENERATED_PROG)
    assert exit_.value.code == 2
    assert "argument operation: Invalid choice" in err.getvalue()
