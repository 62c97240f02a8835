"""awscli's renamed options and hidden aliases (generator/overrides.py), among them
members whose option would be a global option (glue's Region, stepfunctions' output,
eks' version): renamed as awscli renames them, so ``--region`` keeps meaning the
client's region and the member has an option of its own."""

from __future__ import annotations

import contextlib
import io
import json
import os
from pathlib import Path

import pytest

from generator.argtable import argument_table
from generator.ir import build_service
from generator.ir.model import Operation, Service
from generator.loader import load_service
from generator.overrides import ARGUMENT_RENAMES, CLI_SERVICE_NAMES, HIDDEN_ALIASES
from runtime.cli import _global_parser, main
from runtime.commands import ServiceCli, load_cli
from tests.awscli_tables import awscli_arguments, awscli_commands, our_arguments
from tests.conftest import ROOT
from tests.e2e.conftest import apply_env, isolated_env
from tests.e2e.server import Answer, serve
from tests.e2e.side import run_aws, run_ours, scratch_cli, tokenless
from tests.oracle import GENERIC_EVENT, _handlers, _name

# The generated CLI's global options, as its parser has them.
GLOBAL_OPTIONS = {
    option[2:]
    for action in _global_parser(
        load_cli(ROOT / "generated" / "ssm" / "commands.json"), "x"
    )._actions
    for option in action.option_strings
}
GENERIC = {id(handler) for handler in _handlers(GENERIC_EVENT)}
BOTOCORE_NAMES = {cli: name for name, cli in CLI_SERVICE_NAMES.items()}
OVERRIDDEN = sorted(
    {BOTOCORE_NAMES.get(key[0], key[0]) for key in (*ARGUMENT_RENAMES, *HIDDEN_ALIASES)}
)
# make test: a sample (renamed globals, a hidden alias of a required option, a wildcard);
# make oracle (OVERRIDES_ALL=1): every service an override names (about 25 s).
SAMPLE = ["ecs", "eks", "iam", "kinesisanalytics", "stepfunctions"]
SERVICES = OVERRIDDEN if os.environ.get("OVERRIDES_ALL") else SAMPLE


def _other_customisations(cli_service: str, command: str) -> set[str]:
    """The building-argument-table handlers awscli runs for the command, besides the
    generic ones and argrename's."""
    names = {
        _name(handler)
        for handler in _handlers(f"building-argument-table.{cli_service}.{command}")
        if id(handler) not in GENERIC
    }
    return {name for name in names if not name.startswith("awscli.customizations.argrename.")}


def _overridden(service: Service, operation: Operation) -> bool:
    options = {member.cli_name for member in service.shape(operation.input).members}
    options |= {f"no-{name}" for name in options}
    return any(
        (service.cli_name, command, option) in table
        for table in (ARGUMENT_RENAMES, HIDDEN_ALIASES)
        for command in (operation.cli_name, "*")
        for option in options
    )


@pytest.mark.parametrize("service_name", SERVICES)
def test_renamed_and_aliased_as_awscli_does_and_no_global_option_is_taken(
    service_name: str,
) -> None:
    """Every command of the service keeps the global options global; every command an
    override touches has awscli's argument table (a renamed negative boolean half stays
    beside its positive: the same options, in another order)."""
    service = build_service(load_service(service_name), "*")
    for op in service.operations:
        table = argument_table(service, op)
        names = {arg.name for arg in table if arg.role == "member"}
        assert not names & GLOBAL_OPTIONS, (service_name, op.name, names & GLOBAL_OPTIONS)
        if op.input is None or not _overridden(service, op):
            continue
        commands = awscli_commands(service_name)
        command = commands.get(op.cli_name)
        if type(command).__name__ != "ServiceOperation" or _other_customisations(
            service.cli_name, op.cli_name
        ):
            continue  # awscli changes this command in other ways too (issue: customisations)
        theirs = awscli_arguments(service_name, op.cli_name)
        if any(arg.renamed_negative for arg in table):
            assert sorted(our_arguments(service, op)) == sorted(theirs)
        else:
            assert our_arguments(service, op) == theirs


def test_glue_resource_region_fills_the_member_and_region_stays_global(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    apply_env(monkeypatch, isolated_env(tmp_path))
    cli = scratch_cli(tmp_path, "glue", ["GetUnfilteredTableMetadata"])
    with serve() as server:
        server.reset(Answer(200, {}))
        args = [
            "get-unfiltered-table-metadata",
            "--catalog-id", "123456789012", "--database-name", "db", "--name", "t",
            "--supported-permission-types", "COLUMN_PERMISSION",
            "--resource-region", "eu-west-1",
            "--region", "ap-southeast-2",
            "--endpoint-url", server.url,
        ]  # fmt: skip
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stderr(err):
            rc = main(cli, args, prog="glue", stdout=out, stderr=err)
        assert rc == 0, err.getvalue()
        (request,) = server.requests
    assert json.loads(request.body)["Region"] == "eu-west-1"
    authorization = next(v for k, v in request.headers.items() if k.lower() == "authorization")
    assert "/ap-southeast-2/glue/" in authorization  # signed for the global --region


# (service, operation, arguments): a renamed negative boolean half, a hidden alias of a
# required option and the option it aliases, a renamed global (--version).
SIDE_BY_SIDE = [
    ("ecs", "UpdateService", ["update-service", "--service", "s", "--disable-execute-command"]),
    ("ecs", "UpdateService", ["update-service", "--service", "s", "--enable-execute-command"]),
    (
        "iam",
        "EnableMFADevice",
        [
            *("enable-mfa-device", "--user-name", "u", "--serial-number", "arn:aws:iam::1:mfa/u"),
            *("--authentication-code-1", "123456", "--authentication-code2", "654321"),
        ],
    ),
    (
        "iam",
        "EnableMFADevice",
        ["enable-mfa-device", "--user-name", "u", "--serial-number", "arn:aws:iam::1:mfa/u"],
    ),
    ("eks", "CreateCluster", [
        *("create-cluster", "--name", "c", "--role-arn", "r"),
        *("--resources-vpc-config", "subnetIds=a", "--kubernetes-version", "1.29"),
    ]),
]  # fmt: skip


def test_renamed_and_aliased_options_behave_as_in_aws(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    env = isolated_env(tmp_path)
    apply_env(monkeypatch, env)
    answer = Answer(200, {})
    theirs = run_aws(
        [[CLI_SERVICE_NAMES.get(service, service), *args] for service, _, args in SIDE_BY_SIDE],
        env,
        answer,
    )
    clis: dict[tuple[str, str], ServiceCli] = {}
    sent = []
    for (service, operation, args), aws in zip(SIDE_BY_SIDE, theirs, strict=True):
        if (service, operation) not in clis:
            folder = tmp_path / f"{service}-{operation}"
            clis[service, operation] = scratch_cli(folder, service, [operation])
        ours = run_ours(clis[service, operation], args, answer)
        bodies = [(r.path, tokenless(r.body)) for r in ours.requests]
        assert (ours.rc, ours.stdout, bodies) == (
            aws.rc,
            aws.stdout,
            [(r.path, tokenless(r.body)) for r in aws.requests],
        ), args
        sent.append((ours.rc, ours.requests))
    assert json.loads(sent[0][1][0].body)["enableExecuteCommand"] is False
    assert json.loads(sent[1][1][0].body)["enableExecuteCommand"] is True
    assert sent[3] == (255, ())  # the aliased required member: botocore's refusal
