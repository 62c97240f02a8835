"""awscli's customisations that the generator reproduces as data (generator/overrides.py),
side by side with ``aws ec2``: toplevelbool's bare ``--x`` / ``--no-x`` for structures
holding only a boolean Value, and run-instances' ``--count`` (min-count and max-count
removed, both defaulting to 1)."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path
from urllib.parse import parse_qsl

import pytest

from generator.overrides import CLI_SERVICE_NAMES
from runtime.cli import main
from tests.e2e.conftest import apply_env, isolated_env
from tests.e2e.server import Answer, serve
from tests.e2e.test_cli_arguments import run_aws_oracle
from tests.e2e.test_cli_side_by_side import AWS, usage_message
from tests.e2e.test_global_option_collisions import _scratch, _tokenless

pytestmark = pytest.mark.skipif(not AWS.exists(), reason="awscli (the oracle) not installed")

OPERATIONS = ["ModifyInstanceAttribute", "ModifySubnetAttribute", "RunInstances"]
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
]


def _pairs(body: bytes) -> list[tuple[str, str]]:
    return sorted(parse_qsl(_tokenless(body).decode()))


def test_same_requests_output_and_exit_codes_as_aws(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    env = isolated_env(tmp_path)
    apply_env(monkeypatch, env)
    cli = _scratch(tmp_path, "ec2", OPERATIONS)
    with contextlib.ExitStack() as stack:
        servers = [stack.enter_context(serve()) for _ in CASES]
        for server in servers:
            server.reset(Answer(200, {}))
        oracle = run_aws_oracle(
            [
                ["ec2", *args, "--endpoint-url", s.url]
                for args, s in zip(CASES, servers, strict=True)
            ],
            env,
        )
        theirs = [[_pairs(r.body) for r in s.requests] for s in servers]
    for args, result, sent in zip(CASES, oracle, theirs, strict=True):
        with serve() as server:
            server.reset(Answer(200, {}))
            err = io.StringIO()
            with contextlib.redirect_stderr(err):
                try:
                    rc = main(cli, [*args, "--endpoint-url", server.url], prog="aws", stderr=err)
                except SystemExit as exit_:
                    rc = int(exit_.code or 0)
            ours = [_pairs(r.body) for r in server.requests]
        assert (rc, ours) == (result["rc"], sent), args
        if "usage:" in result["stderr"]:  # exit 2, or 255 for unknown options
            assert usage_message(err.getvalue(), "aws") == usage_message(result["stderr"], "aws")
        else:
            assert err.getvalue() == result["stderr"], args
    assert ("SourceDestCheck.Value", "true") in theirs[0][0]
    assert ("SourceDestCheck.Value", "false") in theirs[1][0]
    assert ("MinCount", "2") in theirs[9][0] and ("MaxCount", "5") in theirs[9][0]
    assert ("MaxCount", "1") in theirs[7][0]


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
]  # fmt: skip


def test_old_list_forms_and_hoisted_members_as_in_aws(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """awscli's _uses_old_list_case, keyed by service id (elb's is
    elastic-load-balancing): ``--instances i-1 i-2`` is a list of one-member structures;
    configservice's --recording-group fills a member of --configuration-recorder."""
    env = isolated_env(tmp_path)
    apply_env(monkeypatch, env)
    with contextlib.ExitStack() as stack:
        servers = [stack.enter_context(serve()) for _ in OLD_LIST_CASES]
        for server in servers:
            server.reset(Answer(200, {}))
        oracle = run_aws_oracle(
            [
                [CLI_SERVICE_NAMES.get(name, name), *args, "--endpoint-url", s.url]
                for (name, _, args), s in zip(OLD_LIST_CASES, servers, strict=True)
            ],
            env,
        )
        theirs = [[r.body for r in s.requests] for s in servers]
    for index, (name, operation, args) in enumerate(OLD_LIST_CASES):
        cli = _scratch(tmp_path / str(index), name, [operation])
        with serve() as server:
            server.reset(Answer(200, {}))
            err = io.StringIO()
            with contextlib.redirect_stderr(err):
                rc = main(cli, [*args, "--endpoint-url", server.url], prog="aws", stderr=err)
            ours = [r.body for r in server.requests]
        assert (rc, ours) == (oracle[index]["rc"], theirs[index]), args
    assert b"Instances.member.2.InstanceId=i-2" in theirs[0][0]
    assert b'"recordingGroup": {"allSupported": true' in theirs[3][0]


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
    cli = _scratch(tmp_path / "gen", "iot", ["CreateKeysAndCertificate"])
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
        with serve() as server:
            server.reset(answer)
            if side == "aws":
                (result,) = run_aws_oracle([["iot", *args, "--endpoint-url", server.url]], env)
                rc, stdout = result["rc"], result["stdout"]
            else:
                out = io.StringIO()
                rc = main(cli, [*args, "--endpoint-url", server.url], prog="aws", stdout=out)
                stdout = out.getvalue()
        files = {
            path.name: (path.read_text(encoding="utf-8"), path.stat().st_mode & 0o777)
            for path in sorted(folder.iterdir())
        }
        results[side] = (rc, stdout, files)
    assert results["ours"] == results["aws"]
    assert results["ours"][2]["private.key"] == ("priv", 0o600)
    with serve() as server:
        err = io.StringIO()
        bad = ["create-keys-and-certificate", "--certificate-pem-outfile", "/nonexistent/x.pem"]
        rc = main(cli, [*bad, "--endpoint-url", server.url], prog="aws", stderr=err)
        assert (rc, server.count) == (255, 0)
    assert err.getvalue() == "\nUnable to write to file: /nonexistent/x.pem\n"
