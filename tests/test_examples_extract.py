"""The example corpus harness (tests/examples/): its reading of example pages
(extract.py), its classification of command lines (classify.py), what of a request it
compares (wire.py) and one of its difference causes (compare.py)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from tests.examples.__main__ import _endpoint_free
from tests.examples.classify import NotRun, Plan, classify
from tests.examples.compare import Difference, Outcome, difference
from tests.examples.extract import EXAMPLES, CommandLine, Page, read_page, shell_features
from tests.examples.wire import Recorded, normalise


def page_of(tmp_path: Path, text: str) -> Page:
    path = tmp_path / "example.rst"
    path.write_text(text, encoding="utf-8")
    return read_page(path, "svc/example.rst")


def only_command(tmp_path: Path, text: str) -> CommandLine:
    page = page_of(tmp_path, text)
    assert len(page.commands) == 1, page.commands
    return page.commands[0]


def test_continuations_are_joined_and_quotes_respected(tmp_path: Path) -> None:
    line = only_command(
        tmp_path,
        "**Example**\n\nThe following example runs a command. ::\n\n"
        "    aws ssm send-command \\\n"
        '        --document-name "AWS-RunShellScript" \\\n'
        "        --parameters 'commands=[\"echo Hello World\"]' \\\n"
        '        --comment "a, b"\n\nOutput::\n\n    {}\n',
    )
    assert line.argv == (
        "aws",
        "ssm",
        "send-command",
        "--document-name",
        "AWS-RunShellScript",
        "--parameters",
        'commands=["echo Hello World"]',
        "--comment",
        "a, b",
    )
    assert line.line == 5 and line.shell == ()


def test_a_quote_spanning_lines_continues_the_command(tmp_path: Path) -> None:
    line = only_command(
        tmp_path,
        "Example::\n\n    aws iam put-role-policy --role-name r --policy-document '{\n"
        '        "Version": "2012-10-17"\n    }' + "'\n\n",
    )
    assert line.argv is not None
    assert line.argv[-2:] == ("--policy-document", '{\n    "Version": "2012-10-17"\n}')


def test_several_commands_in_one_block_and_a_block_quote_without_colons(tmp_path: Path) -> None:
    page = page_of(
        tmp_path,
        "Two::\n\n    aws sqs list-queues\n    aws sqs list-queues --queue-name-prefix a\n\n"
        "Forgot the colons\n\n    aws sqs get-queue-url --queue-name q\n",
    )
    assert [c.argv[2] if c.argv else "" for c in page.commands] == [
        "list-queues",
        "list-queues",
        "get-queue-url",
    ]


@pytest.mark.parametrize(
    ("text", "features"),
    [
        ("aws ec2 describe-instances | jq .", ("pipe",)),
        ("aws ec2 describe-instances --query 'a | b'", ()),
        ("aws ssm get-parameter --name $(cat name.txt)", ("command-substitution",)),
        ("aws ssm get-parameter --name `cat name.txt`", ("command-substitution",)),
        ("aws ssm get-parameter --name '$(not run)'", ()),
        ('aws ssm get-parameter --name "$NAME"', ("variable",)),
        ("aws ssm get-parameter --name '$NAME'", ()),
        ("aws s3api list-buckets > out.json", ("redirection",)),
        ("aws s3api list-buckets 2>&1", ("redirection",)),
        ("aws s3api get-object --bucket <bucket-name>", ("placeholder",)),
        ("aws sqs list-queues; echo done", ("command-list",)),
        ("aws sqs list-queues && echo done", ("command-list",)),
        ("aws sqs list-queues # lists | them", ()),
        ('aws sqs send-message --message-body "a \\"|\\" b"', ()),
    ],
)
def test_shell_features(text: str, features: tuple[str, ...]) -> None:
    assert shell_features(text) == features


def test_shown_files_are_found(tmp_path: Path) -> None:
    page = page_of(
        tmp_path,
        "Command::\n\n    aws iam create-role --role-name r "
        "--assume-role-policy-document file://trust.json\n\n"
        'Contents of ``trust.json``::\n\n    {\n        "Version": "2012-10-17"\n    }\n\n'
        "And inline::\n\n    aws iam put-role-policy --policy-document file://p.json\n\n"
        '    p.json:\n    {"Statement": []}\n',
    )
    assert page.files == {
        "trust.json": '{\n    "Version": "2012-10-17"\n}\n',
        "p.json": '{"Statement": []}\n',
    }


def _classify(tmp_path: Path, command: str, shown: str = "", **kwargs: bool) -> NotRun | Plan:
    page = page_of(tmp_path, f"Example::\n\n    {command}\n\n{shown}")
    return classify(page.commands[0], page, include=frozenset(), **kwargs)


@pytest.mark.parametrize(
    ("command", "reason", "detail"),
    [
        ("aws s3 cp a.txt s3://bucket/a.txt", "awscli-only", "s3 cp"),
        ("aws configure set region us-east-1", "awscli-only", "configure set"),
        ("aws deploy push --application-name a", "awscli-only", "deploy push"),
        ("aws emr create-cluster --release-label emr-7.0.0", "awscli-only", "emr create-cluster"),
        ("aws ecr get-login-password", "awscli-only", "ecr get-login-password"),
        ("aws ec2 wait instance-running --instance-ids i-1", "wait", ""),
        ("aws ec2 describe-instances help", "help", ""),
        ("aws ec2", "no-command", "ec2"),
        ("aws ec2 describe-instances | head", "pipe", ""),
        (
            "aws iam create-role --assume-role-policy-document file://nope.json",
            "file-not-shown",
            "nope.json",
        ),
    ],
)
def test_not_run_with_a_reason(tmp_path: Path, command: str, reason: str, detail: str) -> None:
    assert _classify(tmp_path, command) == NotRun(reason, detail)


def test_a_plan_rewrites_paths_into_the_run_folder(tmp_path: Path) -> None:
    plan = _classify(
        tmp_path,
        "aws --region us-west-2 lambda create-function --function-name f "
        "--zip-file fileb:///tmp/function.zip --environment file://~/env.json --profile dev",
        "Contents of ``env.json``::\n\n    {}\n",
    )
    assert isinstance(plan, Plan)
    assert (plan.service, plan.cli_service, plan.command) == ("lambda", "lambda", "create-function")
    assert "fileb://abs/tmp/function.zip" in plan.args and "file://home/env.json" in plan.args
    assert plan.files["home/env.json"] == b"{}\n" and "abs/tmp/function.zip" in plan.files
    assert plan.profiles == ("dev",)
    assert plan.generated_args[:3] == ("--region", "us-west-2", "create-function")


def test_botocore_names_decide_the_service_and_global_options_may_come_between(
    tmp_path: Path,
) -> None:
    plan = _classify(tmp_path, "aws s3api list-buckets")
    assert isinstance(plan, Plan) and plan.service == "s3"
    plan = _classify(tmp_path, "aws cur --region us-east-1 describe-report-definitions")
    assert isinstance(plan, Plan) and plan.command == "describe-report-definitions"
    assert plan.generated_args == ("--region", "us-east-1", "describe-report-definitions")


def test_placeholder_files_on_request(tmp_path: Path) -> None:
    plan = _classify(tmp_path, "aws iam create-role --x file://nope.json", placeholders=True)
    assert isinstance(plan, Plan) and plan.files == {"nope.json": b"{}\n"}


def test_the_real_corpus_reads(tmp_path: Path) -> None:
    page = read_page(EXAMPLES / "ssm" / "send-command.rst", "ssm/send-command.rst")
    assert len(page.commands) >= 5
    assert all(
        line.argv is not None and line.argv[:3] == ("aws", "ssm", "send-command")
        for line in page.commands
    )


def test_a_zip_file_placeholder_is_a_zip(tmp_path: Path) -> None:
    plan = _classify(
        tmp_path, "aws lambda update-function-code --function-name f --zip-file fileb://f.zip"
    )
    assert isinstance(plan, Plan)
    assert zipfile.ZipFile(io.BytesIO(plan.files["f.zip"])).namelist() == ["index.py"]


def test_normalised_requests_hide_only_what_varies() -> None:
    def form(token: str, run: str) -> Recorded:
        body = (
            f"Action=CreateThing&ClientToken={token}&Url=http%3A%2F%2F127.0.0.1%3A1%2F{run}"
            "%3FX-Amz-Date%3D20260101T000000Z&Name=a17"
        )
        headers = (("Content-Type", "application/x-www-form-urlencoded"), ("X-Amz-Date", run))
        return Recorded("POST", f"/{run}/", headers, body.encode())

    ours = normalise(form("0b0e7a4e-0d4b-4c52-9e5c-1a6b5f0e3c21", "g17"))
    theirs = normalise(form("5d7c8a1f-4e2b-4f3a-8c9d-2b3a4c5d6e7f", "a17"))
    assert ours == theirs
    assert ["ClientToken", "<uuid>"] in ours["body"] and ["Name", "a17"] in ours["body"]
    assert ["Url", "http://127.0.0.1:1/<run>?X-Amz-Date=<volatile>"] in ours["body"]
    assert normalise(form("x", "a17")) != theirs  # a value that is not a UUID is compared


def test_the_cause_of_a_prefix_abbreviation() -> None:
    plan = Plan(
        "elb", "elb", "describe-tags", ("elb", "describe-tags", "--load-balancer-name", "x"), 0
    )
    aws = Outcome(0, "", "", ({"method": "POST"},))
    gen = Outcome(
        2,
        "",
        "usage: ...\nerror: the following arguments are required: --load-balancer-names\n",
        (),
    )
    found = difference(plan, aws, gen, frozenset({"--load-balancer-names"}))
    assert found == Difference("prefix abbreviation", "of a required option")
    assert difference(plan, aws, aws) is None


def test_the_harness_endpoint_is_the_only_one() -> None:
    words = ("ssm", "x", "--endpoint", "https://a.amazonaws.com", "--endpoint-url=https://b", "--e")
    assert _endpoint_free(words) == ["ssm", "x", "--e"]
