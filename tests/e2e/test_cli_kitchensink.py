"""Every shape kind side by side, through the kitchensink fixture model: awscli loads it
as a service through AWS_DATA_PATH, the generated CLI through the committed golden's
command table and model. ssm has no float, double, document or union option; this
covers them (and long, blob, fileb://, recursive structures, maps of lists of maps).

Comparison rules are test_cli_arguments's.
"""

from __future__ import annotations

import contextlib
import re
import shutil
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

from runtime.commands import load_cli
from tests.conftest import KITCHENSINK, ROOT
from tests.e2e.conftest import apply_env, isolated_env
from tests.e2e.server import Answer, serve
from tests.e2e.test_cli_arguments import (
    AWS,
    GENERATED_PROG,
    Run,
    _first_line,
    _requests,
    _run_generated,
    run_aws_oracle,
    usage_message,
)

pytestmark = pytest.mark.skipif(not AWS.exists(), reason="awscli (the oracle) not installed")

TABLE = ROOT / "tests" / "goldens" / "kitchensink" / "kitchensink" / "commands.json"
BASE = ("put-everything", "--name", "n", "--lambda", "l")

SCENARIOS: dict[str, tuple[tuple[str, ...], str]] = {
    "numbers": (
        (
            *BASE,
            "--count",
            "3",
            "--big",
            "9007199254740991",
            "--ratio",
            "0.5",
            "--precise",
            "2.25",
            "--no-enabled",
        ),
        "same",
    ),
    "timestamp-blob-document": (
        (
            *BASE,
            "--enabled",
            "--when",
            "2024-01-02T03:04:05Z",
            "--payload",
            "raw text",
            "--settings",
            '{"a": [1, {"b": null}], "c": 1.5}',
        ),
        "same",
    ),
    "blob-from-fileb": ((*BASE, "--payload", "fileb://{dir}/blob.bin"), "same"),
    "union-shorthand": ((*BASE, "--choice", "AsNumber=7"), "same"),
    "union-json": ((*BASE, "--choice", '{"AsText": "x"}'), "same"),
    "map-shorthand": ((*BASE, "--tags", "a=1,b=2"), "same"),
    "list-of-strings": ((*BASE, "--names", "x", "y.z"), "same"),
    "map-of-lists-of-structures": (
        (*BASE, "--nested", "k=[{Label=a,Children=[{Label=b}]}]", "j=[]"),
        "same",
    ),
    "recursive-structure": (
        (*BASE, "--tree", "Label=root,Children=[{Label=c1},{Label=c2,Partner={Back={Label=x}}}]"),
        "same",
    ),
    "document-shorthand-refused": ((*BASE, "--settings", "a=b"), "same"),
    "bad-float": ((*BASE, "--ratio", "abc"), "usage"),
    "bad-double": ((*BASE, "--precise", "1,5"), "usage"),
    "bad-long": ((*BASE, "--big", "1e3"), "usage"),
    "bad-integer": ((*BASE, "--count", "1.0"), "same"),
    "bad-integer-in-shorthand": ((*BASE, "--choice", "AsNumber=seven"), "same"),
    "unclosed-list": ((*BASE, "--tree", "Children=[{Label=a}"), "first-line"),
    "get-tree-integer": (("get-tree", "--depth", "2"), "same"),
}


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, tuple[Run, Run]]]:
    folder = tmp_path_factory.mktemp("kitchensink")
    data = folder / "data" / "kitchensink" / "2020-01-01"
    data.mkdir(parents=True)
    shutil.copy(KITCHENSINK, data / "service-2.json")
    (folder / "blob.bin").write_bytes(b"\x00\x01\xfe\xff")
    env = isolated_env(folder)
    env["AWS_DATA_PATH"] = str(folder / "data")
    cli = load_cli(TABLE)
    arguments = {
        name: [arg.replace("{dir}", str(folder)) for arg in args]
        for name, (args, _) in SCENARIOS.items()
    }
    results: dict[str, tuple[Run, Run]] = {}
    with contextlib.ExitStack() as stack, ThreadPoolExecutor(1) as pool:
        apply_env(stack.enter_context(pytest.MonkeyPatch.context()), env)
        servers = {name: stack.enter_context(serve()) for name in SCENARIOS}
        for server in servers.values():
            server.reset(Answer(200, {}))
        runs = [
            ["kitchensink", *arguments[name], "--endpoint-url", servers[name].url]
            for name in SCENARIOS
        ]
        oracle = pool.submit(run_aws_oracle, runs, env)
        generated = {name: _run_generated(cli, arguments[name], []) for name in SCENARIOS}
        for name, result in zip(SCENARIOS, oracle.result(), strict=True):
            aws = Run(result["rc"], result["stdout"], result["stderr"], _requests(servers[name]))
            results[name] = (aws, generated[name])
    yield results


UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\Z")


def _without_token(requests: tuple[tuple[str, Any], ...]) -> list[tuple[str, Any]]:
    """Requests with the idempotency token (a fresh UUID4 per call) checked and dropped."""
    result = []
    for target, body in requests:
        if target.endswith(".PutEverything"):
            body = dict(body)
            assert UUID.match(body.pop("Token")), body
        result.append((target, body))
    return result


@pytest.mark.parametrize("name", list(SCENARIOS))
def test_same_as_aws(outcomes: dict[str, tuple[Run, Run]], name: str) -> None:
    aws, gen = outcomes[name]
    assert _without_token(gen.requests) == _without_token(aws.requests)
    assert (gen.rc, gen.stdout) == (aws.rc, aws.stdout), (aws, gen)
    how = SCENARIOS[name][1]
    if how == "usage":
        assert aws.rc == 2
        assert usage_message(gen.stderr, GENERATED_PROG) == (usage_message(aws.stderr, "aws"))
    elif how == "first-line":
        assert aws.rc == 255
        assert _first_line(gen.stderr) == _first_line(aws.stderr)
    else:
        assert gen.stderr == aws.stderr


def test_the_oracle_sent_typed_values(outcomes: dict[str, tuple[Run, Run]]) -> None:
    body = outcomes["numbers"][0].requests[0][1]
    assert (body["Count"], body["Big"], body["Ratio"], body["Enabled"]) == (
        3,
        9007199254740991,
        0.5,
        False,
    )
    assert outcomes["union-shorthand"][0].requests[0][1]["Choice"] == {"AsNumber": 7}
    assert outcomes["blob-from-fileb"][0].requests[0][1]["Payload"] == "AAH+/w=="
    assert outcomes["bad-float"][0].rc == 2
