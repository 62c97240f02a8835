"""awscli's customisations that the generator reproduces as data (generator/overrides.py),
side by side with ``aws``: ec2's toplevelbool (a bare ``--x`` / ``--no-x`` for
structures holding only a boolean Value) and run-instances' ``--count`` (min-count and
max-count removed, both defaulting to 1); the old single-member list form;
configservice's hoisted --recording-group; iot's outfile options."""

from __future__ import annotations

import zipfile
from pathlib import Path
from urllib.parse import parse_qsl

import pytest

from generator.overrides import CLI_SERVICE_NAMES
from runtime.commands import ServiceCli
from tests.e2e.conftest import apply_env, isolated_env
from tests.e2e.server import Answer
from tests.e2e.side import run_aws, run_ours, scratch_cli, tokenless
from tests.e2e.test_cli_side_by_side import AWS, usage_message

pytestmark = pytest.mark.skipif(not AWS.exists(), reason="awscli (the oracle) not installed")

EMPTY = Answer(200, {})
OPERATIONS = [
    "CreateNetworkAclEntry",
    "DescribeSnapshots",
    "ModifyInstanceAttribute",
    "ModifySubnetAttribute",
    "RunInstances",
]
ACL = ("create-network-acl-entry", "--network-acl-id", "acl-1", "--rule-number", "100")
ACL_RULE = ("--rule-action", "allow", "--cidr-block", "0.0.0.0/0", "--ingress")
INSTANCE = ("--instance-id", "i-1")
RUN = ("run-instances", "--image-id", "ami-1")
CASES = [
    ["modify-instance-attribute", *INSTANCE, "--source-dest-check"],
    ["modify-instance-attribute", *INSTANCE, "--no-source-dest-check"],
    ["modify-instance-attribute", *INSTANCE, "--source-dest-check", "Value=false"],
    ["modify-instance-attribute", *INSTANCE, "--source-dest-check", '{"Value": true}'],
    ["modify-instance-attribute", *INSTANCE, "--source-dest-check", "--no-source-dest-check"],
    ["modify-instance-attribute", *INSTANCE, "--no-source", "--ebs-optimized"],
    ["modify-subnet-attribute", "--subnet-id", "s-1", "--map-public-ip-on-launch"],
    [*RUN],
    [*RUN, "--count", "3"],
    [*RUN, "--count", "2:5"],
    [*RUN, "--count", "many"],
    [*RUN, "--min-count", "2"],
    [*RUN, "--cli-input-json", '{"MinCount": 2}'],
    # ec2's protocolarg: --protocol tcp is Protocol "6"; a number is sent as it is.
    [*ACL, *ACL_RULE, "--protocol", "udp", "--port-range", "From=53,To=53"],
    [*ACL, *ACL_RULE, "--protocol", "6"],
    # ec2's page size injector: describe-snapshots asks for pages of 1000 ...
    ["describe-snapshots", "--owner-ids", "012345678910"],
    # ... unless another member or a page size is given.
    ["describe-snapshots", "--filters", "Name=status,Values=pending"],
    ["describe-snapshots", "--page-size", "5"],
]


def _pairs(body: bytes) -> list[tuple[str, str]]:
    return sorted(parse_qsl(tokenless(body).decode()))


def test_same_requests_output_and_exit_codes_as_aws(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    env = isolated_env(tmp_path)
    apply_env(monkeypatch, env)
    cli = scratch_cli(tmp_path, "ec2", OPERATIONS)
    theirs = run_aws([["ec2", *args] for args in CASES], env, EMPTY)
    for args, aws in zip(CASES, theirs, strict=True):
        ours = run_ours(cli, args, EMPTY)
        sent = [_pairs(r.body) for r in aws.requests]
        assert (ours.rc, [_pairs(r.body) for r in ours.requests]) == (aws.rc, sent), args
        if "usage:" in aws.stderr:  # exit 2, or 255 for unknown options
            assert usage_message(ours.stderr, "aws") == usage_message(aws.stderr, "aws")
        else:
            assert ours.stderr == aws.stderr, args
    bodies = [_pairs(aws.requests[0].body) if aws.requests else [] for aws in theirs]
    assert ("SourceDestCheck.Value", "true") in bodies[0]
    assert ("SourceDestCheck.Value", "false") in bodies[1]
    assert ("MinCount", "2") in bodies[9] and ("MaxCount", "5") in bodies[9]
    assert ("MaxCount", "1") in bodies[7]
    assert ("Protocol", "17") in bodies[13] and ("Protocol", "6") in bodies[14]
    assert ("MaxResults", "1000") in bodies[15]
    assert not any(key == "MaxResults" for key, _ in bodies[16])
    assert ("MaxResults", "5") in bodies[17]


OLD_LIST_CASES = [
    ("elb", "DeregisterInstancesFromLoadBalancer", [
        "deregister-instances-from-load-balancer", "--load-balancer-name", "lb",
        "--instances", "i-d6f6fae3", "i-2",
    ]),
    ("elb", "DeregisterInstancesFromLoadBalancer", [
        "deregister-instances-from-load-balancer", "--load-balancer-name", "lb",
        "--instances", "InstanceId=i-1",
    ]),
    ("workspaces", "RebootWorkspaces", ["reboot-workspaces", "--reboot-workspace-requests", "ws-1"]),
    # configservice's recording-group, hoisted out of --configuration-recorder.
    ("config", "PutConfigurationRecorder", [
        "put-configuration-recorder",
        "--configuration-recorder", "name=default,roleARN=arn:aws:iam::1:role/r",
        "--recording-group", "allSupported=true,includeGlobalResourceTypes=true",
    ]),
    ("config", "PutConfigurationRecorder", [
        "put-configuration-recorder", "--recording-group", '{"allSupported": false}',
        "--configuration-recorder", '{"name": "default"}',
    ]),
    # deploy's --s3-location / --github-location build the revision.
    ("codedeploy", "GetApplicationRevision", [
        "get-application-revision", "--application-name", "W",
        "--s3-location", "bucket=b,bundleType=zip,eTag=e,key=k",
    ]),
    ("codedeploy", "RegisterApplicationRevision", [
        "register-application-revision", "--application-name", "W", "--description", "d",
        "--s3-location", "bucket=b,key=k,bundleType=zip,version=7",
    ]),
    ("codedeploy", "CreateDeployment", [
        "create-deployment", "--application-name", "W", "--deployment-group-name", "g",
        "--github-location", '{"repository": "a/b", "commitId": "123"}',
    ]),
    ("codedeploy", "GetApplicationRevision", [
        "get-application-revision", "--application-name", "W", "--s3-location", "bucket=b",
    ]),
]  # fmt: skip


def test_old_list_forms_and_hoisted_members_as_in_aws(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """awscli's _uses_old_list_case, keyed by service id (elb's is
    elastic-load-balancing): ``--instances i-1 i-2`` is a list of one-member structures;
    configservice's --recording-group fills a member of --configuration-recorder."""
    env = isolated_env(tmp_path)
    apply_env(monkeypatch, env)
    theirs = run_aws(
        [[CLI_SERVICE_NAMES.get(name, name), *args] for name, _, args in OLD_LIST_CASES],
        env,
        EMPTY,
    )
    for index, ((name, operation, args), aws) in enumerate(
        zip(OLD_LIST_CASES, theirs, strict=True)
    ):
        ours = run_ours(scratch_cli(tmp_path / str(index), name, [operation]), args, EMPTY)
        sent = [tokenless(r.body) for r in ours.requests]
        assert (ours.rc, sent) == (aws.rc, [tokenless(r.body) for r in aws.requests]), args
        assert ours.stderr == aws.stderr, args
    assert b"Instances.member.2.InstanceId=i-2" in theirs[0].requests[0].body
    assert b'"recordingGroup": {"allSupported": true' in theirs[3].requests[0].body
    assert b'"s3Location": {"bucket": "b", "key": "k", "bundleType": "zip"' in (
        theirs[6].requests[0].body
    )
    assert theirs[8].rc == 255 and not theirs[8].requests


def test_iot_outfile_options_save_response_parts_as_aws_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """awscli's QueryOutFileArgument: each named part of a successful response is
    written to its file, mode 0600; an unwritable folder is refused before sending."""
    env = isolated_env(tmp_path)
    apply_env(monkeypatch, env)
    answer = Answer(
        200,
        {"certificatePem": "PEM", "keyPair": {"PublicKey": "pub", "PrivateKey": "priv"}},
    )
    cli = scratch_cli(tmp_path / "gen", "iot", ["CreateKeysAndCertificate"])
    results = {}
    for side in ("aws", "ours"):
        folder = tmp_path / side
        folder.mkdir()
        args = [
            "create-keys-and-certificate", "--set-as-active",
            "--certificate-pem-outfile", str(folder / "cert.pem"),
            "--public-key-outfile", str(folder / "public.key"),
            "--private-key-outfile", str(folder / "private.key"),
        ]  # fmt: skip
        ran = (
            run_aws([["iot", *args]], env, answer)[0]
            if side == "aws"
            else run_ours(cli, args, answer)
        )
        files = {
            path.name: (path.read_text(encoding="utf-8"), path.stat().st_mode & 0o777)
            for path in sorted(folder.iterdir())
        }
        results[side] = (ran.rc, ran.stdout, files)
    assert results["ours"] == results["aws"]
    assert results["ours"][2]["private.key"] == ("priv", 0o600)
    bad = run_ours(
        cli,
        ["create-keys-and-certificate", "--certificate-pem-outfile", "/nonexistent/x.pem"],
        answer,
    )
    assert (bad.rc, bad.requests) == (255, ())
    assert bad.stderr == "\nUnable to write to file: /nonexistent/x.pem\n"


# One answer serves every case: emr describe-cluster reads its Cluster, ssm
# start-session its session (which, with no session-manager-plugin, it terminates).
FULLER = Answer(
    200,
    {
        "Cluster": {"Id": "j-1", "Name": "c", "InstanceCollectionType": "INSTANCE_GROUP"},
        "SessionId": "s-1",
        "TokenValue": "t",
        "StreamUrl": "wss://x.invalid/s-1",
    },
)
EMR = ["ListClusters", "AddTags", "DescribeCluster", "ListInstanceGroups"]
EMR += ["ListInstanceFleets", "ListBootstrapActions"]
FUNCTION = ["create-function", "--function-name", "f", "--role", "r"]
METRIC = ["put-metric-data", "--namespace", "N", "--metric-name", "M"]


def _builder_cases(folder: Path) -> list[tuple[str, list[str], list[str]]]:
    archive = folder / "f.zip"
    with zipfile.ZipFile(archive, "w") as handle:
        handle.writestr("index.js", "exports.handler = 1")
    (folder / "not.zip").write_bytes(b"plain")
    (folder / "t.csv").write_bytes(b"en,fr\nhello,bonjour\n")
    return [
        ("lambda", ["CreateFunction"], [*FUNCTION, "--zip-file", f"fileb://{archive}"]),
        ("lambda", ["CreateFunction"], [*FUNCTION, "--zip-file", f"fileb://{folder}/not.zip"]),
        ("lambda", ["CreateFunction"], [*FUNCTION, "--code", "ZipFile=abc"]),
        ("lambda", ["CreateFunction"], [*FUNCTION, "--code", "S3Bucket=bkt,S3Key=k"]),
        ("translate", ["ImportTerminology"], [
            "import-terminology", "--name", "n", "--merge-strategy", "OVERWRITE",
            "--data-file", f"fileb://{folder}/t.csv", "--terminology-data", "Format=CSV",
        ]),
        ("ses", ["SendEmail"], [
            "send-email", "--from", "a@x", "--to", "b@x", "c@x", "--subject", "S",
            "--text", "T",
        ]),
        ("ses", ["SendEmail"], [
            "send-email", "--from", "a@x", "--destination", "ToAddresses=b@x", "--to", "c@x",
        ]),
        ("cloudwatch", ["PutMetricData"], [
            *METRIC, "--value", "1.5", "--unit", "Bytes", "--dimensions", "A=1,B=2",
        ]),
        ("cloudwatch", ["PutMetricData"], [*METRIC, "--metric-data", "MetricName=X"]),
        ("emr", EMR, ["list-clusters", "--active"]),
        ("emr", EMR, ["list-clusters", "--active", "--failed"]),
        ("emr", EMR, ["add-tags", "--resource-id", "j-1", "--tags", "a=b c", "d"]),
        ("emr", EMR, ["describe-cluster", "--cluster-id", "j-1"]),
        ("ecs", ["ExecuteCommand"], [
            "execute-command", "--task", "t", "--command", "ls", "--interactive",
        ]),
        ("ssm", ["StartSession", "TerminateSession"], ["start-session", "--target", "i-1"]),
    ]  # fmt: skip


def test_added_options_and_own_commands_as_in_aws(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """lambda's --zip-file, translate's --data-file, ses's simple send-email, cloudwatch's
    put-metric-data options, emr's state filters, tags and describe-cluster, and the
    session-manager-plugin commands (here without the plugin): same requests, output,
    messages and exit codes as aws."""
    env = isolated_env(tmp_path)
    apply_env(monkeypatch, env)
    cases = _builder_cases(tmp_path)
    theirs = run_aws(
        [[CLI_SERVICE_NAMES.get(name, name), *args] for name, _, args in cases], env, FULLER
    )
    clis: dict[tuple[str, ...], ServiceCli] = {}  # one scratch package per service
    for (name, operations, args), aws in zip(cases, theirs, strict=True):
        key = (name, *operations)
        if key not in clis:
            clis[key] = scratch_cli(tmp_path / str(len(clis)), name, operations)
        ours = run_ours(clis[key], args, FULLER)
        sent = [(r.path, tokenless(r.body)) for r in ours.requests]
        assert (ours.rc, sent) == (aws.rc, [(r.path, tokenless(r.body)) for r in aws.requests]), (
            args
        )
        assert (ours.stdout, ours.stderr) == (aws.stdout, aws.stderr), args
    rcs = [ran.rc for ran in theirs]
    # ses (a query protocol) cannot parse the JSON answer: the request is what counts.
    assert rcs == [0, 255, 255, 0, 0, 255, 255, 0, 255, 0, 255, 0, 0, 255, 255]
    assert b"Destination.ToAddresses.member.2=c%40x" in theirs[5].requests[0].body
    assert b"ZipFile" in theirs[0].requests[0].body
    assert b'"ClusterStates": ["STARTING"' in theirs[9].requests[0].body
    assert '"BootstrapActions": []' in theirs[12].stdout
    assert len(theirs[12].requests) == 3 and not theirs[13].requests
    assert theirs[14].requests[1].target == "AmazonSSM.TerminateSession"
