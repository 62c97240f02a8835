"""Argument semantics side by side: ``aws ssm <op>`` (AWS CLI v1, the oracle, run as a
subprocess) and the generated CLI (run in-process) with the same arguments, each against
its own loopback server scripted with the same answers. Compared: every request (its
operation and parsed JSON body), stdout, the exit code and stderr.

stderr is compared byte for byte, except
- usage errors (exit 2): the message after the usage block (see test_cli_side_by_side);
- shorthand syntax errors: the first line ("Error parsing parameter '--tags': Expected:
  ',', received: 'EOF' for input:"); awscli 1.45.11 then prints the literal text
  "{self._error_location()}" where it means to show the input with a ``^`` under the
  error, which the generated CLI shows (tests/test_shorthand.py checks that picture).

The generated side runs the runtime source (``runtime/``) with a command table and
model built in-process from the IR for the operations used here (the same data
``python -m generator generate --service ssm`` writes), which keeps this module fast.
"""

from __future__ import annotations

import contextlib
import io
import json
import subprocess
from collections.abc import Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from botocore.paginate import TokenEncoder

from generator.ir import build_service
from generator.loader import load_service
from generator.targets.cli.commands import commands_json
from runtime.cli import main
from runtime.commands import ServiceCli, load_cli
from tests.e2e.conftest import apply_env, isolated_env
from tests.e2e.server import Answer, serve
from tests.e2e.test_cli_side_by_side import AWS, GENERATED_PROG, PYTHON, usage_message

ORACLE = Path(__file__).with_name("aws_oracle.py")
pytestmark = pytest.mark.skipif(not AWS.exists(), reason="awscli (the oracle) not installed")

OPERATIONS = (
    "AddTagsToResource",
    "CreateActivation",
    "CreateAssociation",
    "GetParameters",
    "LabelParameterVersion",
    "ListCommands",
    "PutComplianceItems",
    "PutParameter",
    "SendCommand",
)


def ok(body: dict[str, Any]) -> Answer:
    return Answer(200, body)


PUT_PARAMETER = [ok({"Version": 3, "Tier": "Standard"})]
SEND_COMMAND = [
    ok(
        {
            "Command": {
                "CommandId": "c-1",
                "DocumentName": "AWS-RunShellScript",
                "Parameters": {"commands": ["echo hi", "ls"]},
                "InstanceIds": ["i-0123456789abcdef0", "i-0123456789abcdef1"],
                "RequestedDateTime": 1700000000.5,
                "TimeoutSeconds": 60,
                "Targets": [],
            }
        }
    )
]
PAGES = [
    ok(
        {
            "Commands": [
                {"CommandId": "c1", "Comment": "one", "RequestedDateTime": 1700000000},
                {"CommandId": "c2", "InstanceIds": ["i-0123456789abcdef0", "i-0123456789abcdef1"]},
            ],
            "NextToken": "t2",
        }
    ),
    ok({"Commands": [{"CommandId": "c3"}, {"CommandId": "c4"}], "NextToken": "t3"}),
    ok({"Commands": [{"CommandId": "c5", "Parameters": {"commands": ["x"]}}]}),
]
PAGE_2_FAILS = [PAGES[0], Answer(400, {"__type": "InvalidNextToken", "message": "bad token"})]
STARTING_TOKEN = TokenEncoder().encode({"NextToken": "t2", "boto_truncate_amount": 1})
FILTER = "key=InvokedAfter,value=2024-01-01T00:00:00Z"


@dataclass(frozen=True)
class Scenario:
    args: tuple[str, ...]
    answers: list[Answer] = field(default_factory=lambda: [ok({})])
    stderr: str = "same"  # same | usage | first-line


SCENARIOS: dict[str, Scenario] = {
    # put-parameter: strings, an enum, --overwrite/--no-overwrite, list of structures.
    "put-parameter-shorthand-tags": Scenario(
        (
            "put-parameter",
            "--name",
            "/app/x",
            "--value",
            "v 1",
            "--type",
            "SecureString",
            "--tier",
            "Standard",
            "--no-overwrite",
            "--tags",
            "Key=a,Value=b",
            "Key=c,Value=d",
        ),
        PUT_PARAMETER,
    ),
    "put-parameter-json-tags": Scenario(
        (
            "put-parameter",
            "--name",
            "/app/x",
            "--value",
            "v",
            "--overwrite",
            "--tags",
            '[{"Key": "a", "Value": "b"}]',
            "--output",
            "text",
        ),
        PUT_PARAMETER,
    ),
    "put-parameter-json-tag-tokens": Scenario(
        (
            "put-parameter",
            "--name",
            "n",
            "--value",
            "v",
            "--tags",
            '{"Key": "a", "Value": "b"}',
            '{"Key": "c", "Value": "d"}',
        ),
        PUT_PARAMETER,
    ),
    "put-parameter-value-from-file": Scenario(
        ("put-parameter", "--name", "n", "--value", "file://{dir}/value.txt"), PUT_PARAMETER
    ),
    "put-parameter-quoted-shorthand": Scenario(
        ("put-parameter", "--name", "n", "--value", "v", "--tags", 'Key=\'a,b\',Value="c\\"d"'),
        PUT_PARAMETER,
    ),
    # send-command: list of strings, map of lists, integer.
    "send-command-shorthand": Scenario(
        (
            "send-command",
            "--document-name",
            "AWS-RunShellScript",
            "--instance-ids",
            "i-0123456789abcdef0",
            "i-0123456789abcdef1",
            "--parameters",
            'commands=["echo hi",ls]',
            "--timeout-seconds",
            "60",
            "--comment",
            "hello, world",
        ),
        SEND_COMMAND,
    ),
    "send-command-table": Scenario(
        (
            "send-command",
            "--document-name",
            "AWS-RunShellScript",
            "--instance-ids",
            "i-0123456789abcdef0",
            "--parameters",
            "commands=ls,workingDirectory=/tmp",
            "--output",
            "table",
        ),
        SEND_COMMAND,
    ),
    "send-command-text": Scenario(
        (
            "send-command",
            "--document-name",
            "AWS-RunShellScript",
            "--targets",
            "Key=tag:Env,Values=prod,dev",
            "Key=InstanceIds,Values=i-0123456789abcdef0",
            "--output",
            "text",
        ),
        SEND_COMMAND,
    ),
    "send-command-json-parameters": Scenario(
        (
            "send-command",
            "--document-name",
            "AWS-RunShellScript",
            "--instance-ids",
            '["i-0123456789abcdef0", "i-0123456789abcdef1"]',
            "--parameters",
            '{"commands": ["echo hi"]}',
        ),
        SEND_COMMAND,
    ),
    "send-command-parameters-from-file": Scenario(
        (
            "send-command",
            "--document-name",
            "AWS-RunShellScript",
            "--parameters",
            "commands@=file://{dir}/cmd.sh",
        ),
        SEND_COMMAND,
    ),
    # get-parameters: list of strings, boolean.
    "get-parameters": Scenario(
        ("get-parameters", "--names", "a", "b", "c d", "--with-decryption"),
        [
            ok(
                {
                    "Parameters": [{"Name": "a", "Value": "1", "Version": 1}],
                    "InvalidParameters": ["b"],
                }
            )
        ],
    ),
    "get-parameters-json-list": Scenario(
        ("get-parameters", "--names", '["a", "b"]', "--no-with-decryption", "--output", "text"),
        [ok({"Parameters": [], "InvalidParameters": ["a", "b"]})],
    ),
    "add-tags-to-resource": Scenario(
        (
            "add-tags-to-resource",
            "--resource-type",
            "Document",
            "--resource-id",
            "doc",
            "--tags",
            "Key=k1,Value=v1",
            "Key=k2,Value=",
        )
    ),
    # create-association: nested structures, list of maps, booleans inside shorthand.
    "create-association-shorthand": Scenario(
        (
            "create-association",
            "--name",
            "AWS-UpdateSSMAgent",
            "--targets",
            "Key=tag:Env,Values=prod,dev",
            "--output-location",
            "S3Location={OutputS3BucketName=bucket-1,OutputS3KeyPrefix=p/q}",
            "--parameters",
            "a=x,y",
            "--schedule-expression",
            "rate(30 minutes)",
            "--alarm-configuration",
            "IgnorePollAlarmFailure=true,Alarms=[{Name=a1}]",
            "--apply-only-at-cron-interval",
            "--max-concurrency",
            "10%",
        ),
        [ok({"AssociationDescription": {"Name": "AWS-UpdateSSMAgent", "AssociationId": "a"}})],
    ),
    "create-association-json": Scenario(
        (
            "create-association",
            "--name",
            "doc",
            "--targets",
            '[{"Key": "InstanceIds", "Values": ["i-0123456789abcdef0"]}]',
            "--output-location",
            '{"S3Location": {"OutputS3BucketName": "bucket-1"}}',
            "--target-maps",
            '[{"a": ["b"]}]',
        )
    ),
    "create-association-target-maps": Scenario(
        ("create-association", "--name", "doc", "--target-maps", "a=b,c", "d=[e,f]")
    ),
    # put-compliance-items: timestamps inside structures.
    "put-compliance-items": Scenario(
        (
            "put-compliance-items",
            "--resource-id",
            "i-0123456789abcdef0",
            "--resource-type",
            "ManagedInstance",
            "--compliance-type",
            "Custom:X",
            "--execution-summary",
            "ExecutionTime=2024-01-02T03:04:05Z,ExecutionId=e1",
            "--items",
            "Id=1,Severity=HIGH,Status=COMPLIANT,Details={k=v,k2=v2}",
            "Id=2,Severity=LOW,Status=NON_COMPLIANT",
        )
    ),
    "put-compliance-items-epoch": Scenario(
        (
            "put-compliance-items",
            "--resource-id",
            "i-0123456789abcdef0",
            "--resource-type",
            "ManagedInstance",
            "--compliance-type",
            "Custom:X",
            "--execution-summary",
            "ExecutionTime=1700000000",
            "--items",
            '[{"Severity": "HIGH", "Status": "COMPLIANT"}]',
        )
    ),
    "create-activation-timestamp": Scenario(
        (
            "create-activation",
            "--iam-role",
            "r",
            "--expiration-date",
            "2024-01-02T03:04:05+02:00",
            "--registration-limit",
            "5",
        ),
        [ok({"ActivationId": "a", "ActivationCode": "c"})],
    ),
    # list-commands: pagination.
    "paginate-json": Scenario(("list-commands", "--filters", FILTER), PAGES),
    "paginate-text": Scenario(("list-commands", "--output", "text"), PAGES),
    "paginate-table": Scenario(("list-commands", "--output", "table"), PAGES),
    "max-items": Scenario(("list-commands", "--max-items", "3"), PAGES),
    "max-items-text": Scenario(("list-commands", "--max-items", "3", "--output", "text"), PAGES),
    "max-items-table": Scenario(("list-commands", "--max-items", "1", "--output", "table"), PAGES),
    "starting-token": Scenario(("list-commands", "--starting-token", STARTING_TOKEN), PAGES[1:]),
    "page-size": Scenario(("list-commands", "--page-size", "2", "--max-items", "4"), PAGES),
    "max-items-zero": Scenario(("list-commands", "--max-items", "0"), PAGES),
    "no-paginate": Scenario(("list-commands", "--no-paginate"), PAGES),
    "next-token-turns-paging-off": Scenario(("list-commands", "--next-token", "t2"), PAGES[1:]),
    "max-results-turns-paging-off": Scenario(
        ("list-commands", "--max-results", "5", "--output", "text"), PAGES
    ),
    "no-paginate-with-max-items": Scenario(("list-commands", "--no-paginate", "--max-items", "2")),
    "bad-max-items": Scenario(("list-commands", "--max-items", "x"), stderr="usage"),
    "page-2-fails-json": Scenario(("list-commands",), PAGE_2_FAILS),
    "page-2-fails-text": Scenario(("list-commands", "--output", "text"), PAGE_2_FAILS),
    # errors
    "shorthand-duplicate-key": Scenario(
        ("put-parameter", "--name", "n", "--value", "v", "--tags", "Key=a,Key=b")
    ),
    "shorthand-trailing-comma": Scenario(
        ("put-parameter", "--name", "n", "--value", "v", "--tags", "Key=a,Value=b,"),
        stderr="first-line",
    ),
    "shorthand-unclosed-hash": Scenario(
        ("create-association", "--name", "doc", "--output-location", "S3Location={A=b"),
        stderr="first-line",
    ),
    "shorthand-missing-member": Scenario(
        ("put-parameter", "--name", "n", "--value", "v", "--tags", "Key=a,Value")
    ),
    "shorthand-bad-boolean-list": Scenario(
        (
            "create-association",
            "--name",
            "doc",
            "--alarm-configuration",
            "IgnorePollAlarmFailure=[x]",
        )
    ),
    "bad-json": Scenario(("put-parameter", "--name", "n", "--value", "v", "--tags", '[{"Key": }]')),
    "bad-integer": Scenario(
        ("send-command", "--document-name", "AWS-RunShellScript", "--timeout-seconds", "abc")
    ),
    "bad-long": Scenario(
        ("label-parameter-version", "--name", "n", "--labels", "a", "--parameter-version", "1.5"),
        stderr="usage",
    ),
    # What awscli leaves to the service is sent: an enum value newer than the model.
    "enum-value-newer-than-the-model": Scenario(
        ("put-parameter", "--name", "n", "--value", "v", "--type", "FutureType")
    ),
    # argparse's prefix matching, as awscli has it: unambiguous prefixes of operation and
    # global options are taken, an ambiguous one is a usage error.
    "prefix-of-an-option": Scenario(("get-parameters", "--names", "a", "--with-decr")),
    "prefix-of-a-list-option": Scenario(("get-parameters", "--name", "a", "b")),
    "prefix-of-a-global-option": Scenario(("get-parameters", "--names", "a", "--out", "text")),
    "ambiguous-prefix": Scenario(
        ("put-parameter", "--name", "n", "--value", "v", "--t", "String"), stderr="usage"
    ),
    # --query: JMESPath over the response (merged pages for json/table, each part for text).
    "query-json": Scenario(
        ("send-command", "--document-name", "d", "--query", "Command.[CommandId, TimeoutSeconds]"),
        SEND_COMMAND,
    ),
    "query-text": Scenario(
        (
            "send-command",
            "--document-name",
            "d",
            "--query",
            "Command.InstanceIds",
            "--output",
            "text",
        ),
        SEND_COMMAND,
    ),
    "query-table": Scenario(
        (
            "send-command",
            "--document-name",
            "d",
            "--query",
            "Command.{Id: CommandId}",
            "--output",
            "table",
        ),
        SEND_COMMAND,
    ),
    "query-no-match": Scenario(
        ("send-command", "--document-name", "d", "--query", "Nope"), SEND_COMMAND
    ),
    "query-paginated-json": Scenario(("list-commands", "--query", "Commands[].CommandId"), PAGES),
    "query-paginated-text": Scenario(
        ("list-commands", "--query", "Commands[].CommandId", "--output", "text"), PAGES
    ),
    "query-max-items-text": Scenario(
        ("list-commands", "--max-items", "3", "--query", "NextToken", "--output", "text"), PAGES
    ),
    "query-bad-expression": Scenario(("list-commands", "--query", "Commands[")),
    "query-bad-function": Scenario(("list-commands", "--query", "length(`1`, `2`)"), PAGES),
    # Global options awscli has that no model describes.
    "no-sign-request": Scenario(("get-parameters", "--names", "a", "--no-sign-request")),
    "timeouts": Scenario(
        ("get-parameters", "--names", "a", "--cli-read-timeout", "0", "--cli-connect-timeout", "5")
    ),
    "bad-timeout": Scenario(("get-parameters", "--names", "a", "--cli-read-timeout", "soon")),
    "missing-file": Scenario(
        ("put-parameter", "--name", "n", "--value", "file://{dir}/missing.txt")
    ),
    "missing-file-in-shorthand": Scenario(
        (
            "send-command",
            "--document-name",
            "AWS-RunShellScript",
            "--parameters",
            "commands@=file://{dir}/nope",
        )
    ),
}


@dataclass(frozen=True)
class Run:
    rc: int
    stdout: str
    stderr: str
    requests: tuple[tuple[str, Any], ...]  # (X-Amz-Target, parsed JSON body)


Outcomes = dict[str, tuple[Run, Run]]


def _requests(server: Any) -> tuple[tuple[str, Any], ...]:
    return tuple((request.target, request.json()) for request in server.requests)


def _run_generated(cli: ServiceCli, args: list[str], answers: list[Answer]) -> Run:
    out, err = io.StringIO(), io.StringIO()
    with serve() as server:
        server.reset(Answer(200, {}))
        server.script(answers)
        # argparse writes usage errors to sys.stderr itself.
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                rc = main(
                    cli,
                    [*args, "--endpoint-url", server.url],
                    prog=GENERATED_PROG,
                    stdout=out,
                    stderr=err,
                )
            except SystemExit as exit_:
                rc = int(exit_.code or 0)
        requests = _requests(server)
    return Run(rc, out.getvalue(), err.getvalue(), requests)


def scratch_cli(folder: Path, operations: tuple[str, ...] = OPERATIONS) -> ServiceCli:
    """The command table, model and waiters ``generate --service ssm`` would ship, for
    ``operations``."""
    service = build_service(load_service("ssm"), operations)
    package = folder / "ssm"
    package.mkdir()
    (package / "commands.json").write_text(commands_json(service), encoding="utf-8")
    (package / "service-2.json").write_text(service.wire_model_json, encoding="utf-8")
    (package / "waiters-2.json").write_text(service.waiters_json, encoding="utf-8")
    return load_cli(package / "commands.json")


def run_aws_oracle(runs: list[list[str]], env: dict[str, str]) -> list[dict[str, Any]]:
    """Every command line through awscli's driver, in one subprocess (tests/e2e/aws_oracle.py)."""
    proc = subprocess.run(
        [str(PYTHON), str(ORACLE)],
        input=json.dumps({"runs": runs}).encode(),
        capture_output=True,
        env=env,
        timeout=300,
        check=True,
    )
    results: list[dict[str, Any]] = json.loads(proc.stdout)
    return results


def run_scenarios(
    cli: ServiceCli,
    scenarios: Mapping[str, Scenario],
    arguments: Mapping[str, list[str]],
    env: dict[str, str],
) -> Outcomes:
    """Each scenario through ``aws ssm`` (one oracle subprocess, in a thread) and through
    the generated CLI (meanwhile, here), each against its own server scripted alike."""
    results: Outcomes = {}
    with contextlib.ExitStack() as stack, ThreadPoolExecutor(1) as pool:
        apply_env(stack.enter_context(pytest.MonkeyPatch.context()), env)
        servers = {}
        for name, scenario in scenarios.items():
            servers[name] = stack.enter_context(serve())
            servers[name].reset(Answer(200, {}))
            servers[name].script(scenario.answers)
        runs = [
            ["ssm", *arguments[name], "--endpoint-url", servers[name].url] for name in scenarios
        ]
        oracle = pool.submit(run_aws_oracle, runs, env)
        generated = {
            name: _run_generated(cli, arguments[name], scenario.answers)
            for name, scenario in scenarios.items()
        }
        for name, result in zip(scenarios, oracle.result(), strict=True):
            aws = Run(result["rc"], result["stdout"], result["stderr"], _requests(servers[name]))
            results[name] = (aws, generated[name])
    return results


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Outcomes]:
    folder = tmp_path_factory.mktemp("arguments")
    (folder / "value.txt").write_text("from a file\n", encoding="utf-8")
    (folder / "cmd.sh").write_text("echo 'from a file'", encoding="utf-8")
    arguments = {
        name: [arg.replace("{dir}", str(folder)) for arg in scenario.args]
        for name, scenario in SCENARIOS.items()
    }
    yield run_scenarios(scratch_cli(folder), SCENARIOS, arguments, isolated_env(folder))


def _first_line(stderr: str) -> str:
    return stderr.lstrip("\n").splitlines()[0]


@pytest.mark.parametrize("name", list(SCENARIOS))
def test_same_as_aws(outcomes: Outcomes, name: str) -> None:
    aws, gen = outcomes[name]
    assert gen.requests == aws.requests
    assert (gen.rc, gen.stdout) == (aws.rc, aws.stdout), (aws, gen)
    how = SCENARIOS[name].stderr
    if how == "usage":
        assert aws.rc == 2
        assert usage_message(gen.stderr, GENERATED_PROG) == usage_message(aws.stderr, "aws")
    elif how == "first-line":
        assert aws.rc == 255
        assert "{self._error_location()}" in aws.stderr  # awscli's placeholder
        assert _first_line(gen.stderr) == _first_line(aws.stderr)
        assert "^" in gen.stderr
    else:
        assert gen.stderr == aws.stderr


def test_the_scenarios_exercise_what_they_claim(outcomes: Outcomes) -> None:
    """Guard against vacuous agreement: the oracle really did these things."""

    def body(name: str, index: int = 0) -> Any:
        return outcomes[name][0].requests[index][1]

    assert body("put-parameter-shorthand-tags")["Tags"] == [
        {"Key": "a", "Value": "b"},
        {"Key": "c", "Value": "d"},
    ]
    assert body("put-parameter-shorthand-tags")["Overwrite"] is False
    assert body("put-parameter-value-from-file")["Value"] == "from a file\n"
    assert body("send-command-shorthand")["Parameters"] == {"commands": ["echo hi", "ls"]}
    assert body("send-command-shorthand")["TimeoutSeconds"] == 60
    assert body("send-command-parameters-from-file")["Parameters"] == {
        "commands": ["echo 'from a file'"]
    }
    assert body("create-association-shorthand")["AlarmConfiguration"] == {
        "IgnorePollAlarmFailure": True,
        "Alarms": [{"Name": "a1"}],
    }
    assert isinstance(body("put-compliance-items")["ExecutionSummary"]["ExecutionTime"], int)
    assert [target for target, _ in outcomes["paginate-json"][0].requests] == [
        "AmazonSSM.ListCommands"
    ] * 3
    assert [b.get("NextToken") for _, b in outcomes["paginate-json"][0].requests] == [
        None,
        "t2",
        "t3",
    ]
    assert json.loads(outcomes["max-items"][0].stdout)["NextToken"]
    assert body("page-size")["MaxResults"] == 2
    assert len(outcomes["no-paginate"][0].requests) == 1
    assert "Non-positive values for --max-items" in outcomes["max-items-zero"][0].stderr
    assert outcomes["page-2-fails-text"][0].stdout  # page 1 printed before the error
    assert outcomes["bad-integer"][0].stderr == (
        "\ninvalid literal for int() with base 10: 'abc'\n"
    )
    assert outcomes["shorthand-duplicate-key"][0].rc == 255
    assert outcomes["missing-file"][0].stderr.startswith(
        "\nError parsing parameter '--value': Unable to load paramfile file://"
    )


def test_prefixes_and_queries_did_what_they_claim(outcomes: Outcomes) -> None:
    """Guard against vacuous agreement for the prefix, query and global-option cases."""
    gen = outcomes["prefix-of-an-option"][1]
    assert gen.requests[0][1] == {"Names": ["a"], "WithDecryption": True}
    assert outcomes["prefix-of-a-list-option"][1].requests[0][1] == {"Names": ["a", "b"]}
    assert outcomes["ambiguous-prefix"][1].rc == 2
    assert "ambiguous option: --t could match" in outcomes["ambiguous-prefix"][1].stderr
    assert json.loads(outcomes["query-json"][1].stdout) == ["c-1", 60]
    assert outcomes["query-no-match"][1].stdout == "null\n"
    assert json.loads(outcomes["query-paginated-json"][1].stdout) == [f"c{i}" for i in range(1, 6)]
    assert outcomes["query-max-items-text"][1].stdout.strip()  # the resume token, queried
    bad = outcomes["query-bad-expression"][1]
    assert bad.rc == 255 and bad.requests == ()
    assert bad.stderr.startswith("\nBad value for --query Commands[: ")
    assert outcomes["enum-value-newer-than-the-model"][1].requests[0][1]["Type"] == "FutureType"


@pytest.mark.usefixtures("aws_env")
def test_help_lists_the_options(tmp_path: Path) -> None:
    cli = scratch_cli(tmp_path)
    out = io.StringIO()
    assert main(cli, ["get-parameters", "help"], prog=GENERATED_PROG, stdout=out) == 0
    assert "[--starting-token <value>]" not in out.getvalue()  # not paginated
    out = io.StringIO()
    assert main(cli, ["list-commands", "help"], prog=GENERATED_PROG, stdout=out) == 0
    assert "[--max-items <value>]" in out.getvalue()
    assert "--next-token" not in out.getvalue()  # awscli leaves it undocumented too


@pytest.mark.usefixtures("aws_env")
def test_no_sign_request_sends_no_signature(tmp_path: Path) -> None:
    cli = scratch_cli(tmp_path)
    with serve() as server:
        server.reset(Answer(200, {}))
        args = ["get-parameters", "--names", "a", "--endpoint-url", server.url]
        assert main(cli, [*args, "--no-sign-request"], prog=GENERATED_PROG) == 0
        assert main(cli, args, prog=GENERATED_PROG) == 0
        unsigned, signed = server.requests
    assert "Authorization" not in unsigned.headers
    assert signed.headers["Authorization"].startswith("AWS4-HMAC-SHA256")


def test_version_names_the_package_python_platform_and_botocore(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """awscli's --version fields (aws-cli/1.45.11 Python/3.11.7 Linux/6.8 botocore/1.43.11),
    with the service package and its API version in the first place."""
    import platform

    import botocore

    cli = scratch_cli(tmp_path)
    with pytest.raises(SystemExit) as exit_:
        main(cli, ["--version"], prog=GENERATED_PROG)
    assert exit_.value.code == 0
    assert capsys.readouterr().out == (
        f"ssm-cli/2014-11-06 Python/{platform.python_version()} "
        f"{platform.system()}/{platform.release()} botocore/{botocore.__version__}\n"
    )
