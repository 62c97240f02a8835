"""Commands awscli removes (most event streams) are not commands here either; the two
event-stream commands it keeps fail with one clear line and send nothing."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

import pytest

from runtime.cli import main
from runtime.commands import ServiceCli
from tests.e2e.conftest import apply_env, isolated_env
from tests.e2e.server import serve
from tests.e2e.test_cli_arguments import run_aws_oracle
from tests.e2e.test_cli_side_by_side import AWS, usage_message
from tests.e2e.test_global_option_collisions import _scratch

pytestmark = pytest.mark.skipif(not AWS.exists(), reason="awscli (the oracle) not installed")


def _run(cli: ServiceCli, args: list[str]) -> tuple[int, str, int]:
    with serve() as server:
        err = io.StringIO()
        with contextlib.redirect_stderr(err):
            try:
                rc = main(cli, [*args, "--endpoint-url", server.url], prog="aws", stderr=err)
            except SystemExit as exit_:
                rc = int(exit_.code or 0)
        return rc, err.getvalue(), server.count


def test_a_removed_command_is_an_invalid_choice_as_in_aws(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    env = isolated_env(tmp_path)
    apply_env(monkeypatch, env)
    cli = _scratch(tmp_path, "kinesis", ["SubscribeToShard", "ListShards"])
    assert [command.name for command in cli.commands] == ["list-shards"]
    args = ["subscribe-to-shard", "--shard-id", "s", "--consumer-arn", "a"]
    args += ["--starting-position", "Type=LATEST"]
    rc, stderr, sent = _run(cli, args)
    (theirs,) = run_aws_oracle([["kinesis", *args]], env)
    assert (rc, sent) == (theirs["rc"], 0) == (2, 0)
    assert "argument operation: Invalid choice" in stderr
    ours = usage_message(stderr, "aws").split("\n\n")[0]
    assert ours == usage_message(theirs["stderr"], "aws").split("\n\n")[0]


@pytest.mark.parametrize(
    ("service", "operation", "args"),
    [
        ("s3", "SelectObjectContent", [
            *("select-object-content", "--bucket", "b", "--key", "k"),
            *("--expression", "select 1", "--expression-type", "SQL"),
            *("--input-serialization", "{}", "--output-serialization", "{}"),
        ]),
        ("logs", "StartLiveTail", ["start-live-tail", "--log-group-identifiers", "g"]),
    ],
)  # fmt: skip
def test_an_event_stream_command_says_so_and_sends_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, service: str, operation: str, args: list[str]
) -> None:
    apply_env(monkeypatch, isolated_env(tmp_path))
    cli = _scratch(tmp_path, service, [operation])
    rc, stderr, sent = _run(cli, args)
    assert (rc, sent) == (255, 0)
    assert stderr == (
        f"\n{args[0]} sends or receives an event stream, which this command line does not "
        "support: nothing was sent\n"
    )
