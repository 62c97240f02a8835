"""Commands awscli removes (most event streams) are not commands here either; the two
event-stream commands it keeps fail with one clear line and send nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.conftest import apply_env, isolated_env
from tests.e2e.server import Answer
from tests.e2e.side import run_aws, run_ours, scratch_cli
from tests.e2e.test_cli_side_by_side import AWS, usage_message

pytestmark = pytest.mark.skipif(not AWS.exists(), reason="awscli (the oracle) not installed")


def test_a_removed_command_is_an_invalid_choice_as_in_aws(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    env = isolated_env(tmp_path)
    apply_env(monkeypatch, env)
    cli = scratch_cli(tmp_path, "kinesis", ["SubscribeToShard", "ListShards"])
    assert [command.name for command in cli.commands] == ["list-shards"]
    args = ["subscribe-to-shard", "--shard-id", "s", "--consumer-arn", "a"]
    args += ["--starting-position", "Type=LATEST"]
    ours = run_ours(cli, args, Answer(200, {}))
    (theirs,) = run_aws([["kinesis", *args]], env, Answer(200, {}))
    assert (ours.rc, ours.requests) == (theirs.rc, ()) == (2, ())
    assert "argument operation: Invalid choice" in ours.stderr
    message = usage_message(ours.stderr, "aws").split("\n\n")[0]
    assert message == usage_message(theirs.stderr, "aws").split("\n\n")[0]


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
    ours = run_ours(scratch_cli(tmp_path, service, [operation]), args, Answer(200, {}))
    assert (ours.rc, ours.requests) == (255, ())
    assert ours.stderr == (
        f"\n{args[0]} sends or receives an event stream, which this command line does not "
        "support: nothing was sent\n"
    )
