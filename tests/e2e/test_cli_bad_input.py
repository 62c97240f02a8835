"""Bad input to the generated CLI: awscli's message shape and exit code, and no request.

Each scenario runs the generated CLI (in-process, the committed ``generated.ssm``) against
a loopback server that counts requests, and, where awscli v1 has the same feature, the
real awscli as the oracle with the same arguments. A value over a ``max`` length is
sent, as awscli sends it (the service checks it); with the opt-in ``--cli-strict-validation``
it (and so a huge input) is refused locally in botocore's wording. ``--cli-input-yaml``,
which awscli v1 does not have, is checked for the same message shape as
``--cli-input-json``.
"""

from __future__ import annotations

import contextlib
import io
from collections.abc import Iterator

import pytest

from runtime.cli import main
from runtime.commands import load_cli
from tests.conftest import ROOT
from tests.e2e.conftest import apply_env, isolated_env
from tests.e2e.server import serve
from tests.e2e.test_cli_arguments import Run, _requests, run_aws_oracle
from tests.e2e.test_cli_side_by_side import AWS, GENERATED_PROG

pytestmark = pytest.mark.skipif(not AWS.exists(), reason="awscli (the oracle) not installed")

CLI = load_cli(ROOT / "generated" / "ssm" / "commands.json")
HUGE = 5 * 1024 * 1024  # a 5 MiB session id

# name -> (arguments, compare with awscli?)
SCENARIOS: dict[str, tuple[tuple[str, ...], bool]] = {
    "invalid-json": (("--cli-input-json", '{"SessionId": '), True),
    "json-not-an-object": (("--cli-input-json", "[1, 2]"), True),
    "wrong-type": (("--cli-input-json", '{"SessionId": 5}'), True),
    "unknown-key": (("--cli-input-json", '{"SessionId": "s-1", "Bogus": 1}'), True),
    "missing-file": (("--session-id", "file://{dir}/missing.txt"), True),
    "unreadable-file": (("--session-id", "file://{dir}"), True),  # a folder: EISDIR
    "missing-input-file": (("--cli-input-json", "file://{dir}/missing.json"), True),
    "below-min-length": (("--session-id", ""), True),
    "over-max-length": (("--session-id", "x" * 97), False),
    "strict-over-max-length": (("--session-id", "x" * 97, "--cli-strict-validation"), False),
    "huge-input": (
        ("--cli-input-json", "file://{dir}/huge.json", "--cli-strict-validation"),
        False,
    ),
    "invalid-yaml": (("--cli-input-yaml", "SessionId: [unclosed"), False),
    "yaml-wrong-type": (("--cli-input-yaml", "SessionId: [1, 2]"), False),
}


def run_generated(args: list[str]) -> Run:
    out, err = io.StringIO(), io.StringIO()
    with serve() as server:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            rc = main(
                CLI,
                [*args, "--endpoint-url", server.url],
                prog=GENERATED_PROG,
                stdout=out,
                stderr=err,
            )
        requests = _requests(server)
    return Run(rc, out.getvalue(), err.getvalue(), requests)


@pytest.fixture(scope="module")
def outcomes(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[dict[str, tuple[Run, Run | None]]]:
    folder = tmp_path_factory.mktemp("bad-input")
    (folder / "huge.json").write_text('{"SessionId": "' + "x" * HUGE + '"}', encoding="utf-8")
    env = isolated_env(folder)
    arguments = {
        name: ["resume-session", *(a.replace("{dir}", str(folder)) for a in args)]
        for name, (args, _) in SCENARIOS.items()
    }
    with contextlib.ExitStack() as stack, pytest.MonkeyPatch.context() as patch:
        apply_env(patch, env)
        compared = [
            name for name, (_, same) in SCENARIOS.items() if same or name == "over-max-length"
        ]
        servers = {name: stack.enter_context(serve()) for name in compared}
        oracle = run_aws_oracle(
            [["ssm", *arguments[name], "--endpoint-url", servers[name].url] for name in compared],
            env,
        )
        theirs = {
            name: Run(result["rc"], result["stdout"], result["stderr"], _requests(servers[name]))
            for name, result in zip(compared, oracle, strict=True)
        }
        yield {name: (run_generated(arguments[name]), theirs.get(name)) for name in SCENARIOS}


@pytest.mark.parametrize("name", [n for n, (_, same) in SCENARIOS.items() if same])
def test_same_message_and_exit_code_as_aws_and_no_request(
    outcomes: dict[str, tuple[Run, Run | None]], name: str
) -> None:
    ours, aws = outcomes[name]
    assert aws is not None
    assert ours.requests == aws.requests == ()
    assert (ours.rc, ours.stdout, ours.stderr) == (aws.rc, aws.stdout, aws.stderr)
    assert ours.rc == 255


def test_a_value_over_its_max_length_is_sent_as_aws_sends_it(
    outcomes: dict[str, tuple[Run, Run | None]],
) -> None:
    ours, aws = outcomes["over-max-length"]
    assert aws is not None and len(aws.requests) == 1  # awscli leaves it to the service
    assert ours.requests == aws.requests
    assert (ours.rc, ours.stdout, ours.stderr) == (aws.rc, aws.stdout, aws.stderr)


def test_strict_validation_refuses_a_value_over_its_max_length_before_sending(
    outcomes: dict[str, tuple[Run, Run | None]],
) -> None:
    ours, _ = outcomes["strict-over-max-length"]
    assert ours.requests == ()
    assert ours.rc == 255
    assert ours.stderr == (
        "\nParameter validation failed:\n"
        "Invalid length for parameter SessionId, value: 97, valid max length: 96\n"
    )


def test_huge_input_is_refused_without_a_request(
    outcomes: dict[str, tuple[Run, Run | None]],
) -> None:
    ours, _ = outcomes["huge-input"]
    assert ours.requests == () and ours.rc == 255
    assert f"value: {HUGE}, valid max length: 96" in ours.stderr


def test_invalid_yaml_has_the_json_message_shape(
    outcomes: dict[str, tuple[Run, Run | None]],
) -> None:
    ours, _ = outcomes["invalid-yaml"]
    assert ours.requests == () and ours.rc == 255
    assert ours.stderr.startswith("\nError parsing parameter 'cli-input-yaml': Invalid YAML:")


def test_yaml_of_the_wrong_type_fails_validation(
    outcomes: dict[str, tuple[Run, Run | None]],
) -> None:
    ours, _ = outcomes["yaml-wrong-type"]
    assert ours.requests == () and ours.rc == 255
    assert ours.stderr.startswith(
        "\nParameter validation failed:\nInvalid type for parameter SessionId, value: [1, 2]"
    )


def test_every_scenario_was_run(outcomes: dict[str, tuple[Run, Run | None]]) -> None:
    assert set(outcomes) == set(SCENARIOS)
