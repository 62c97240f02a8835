"""Members whose option would be a global option (glue's Region, stepfunctions' output)
are renamed as awscli renames them (generator/overrides.py), so ``--region`` keeps
meaning the client's region and the member has an option of its own."""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path

import pytest

from generator.argtable import argument_table
from generator.ir import build_service
from generator.loader import load_service
from generator.overrides import CLI_RENAMES
from generator.targets.cli.commands import commands_json
from runtime.cli import main
from runtime.commands import load_cli
from tests.awscli_tables import awscli_arguments, our_arguments
from tests.e2e.conftest import apply_env, isolated_env
from tests.e2e.server import Answer, serve

# The generated CLI's global options (runtime/cli.py's _global_parser).
GLOBAL_OPTIONS = {
    "debug", "endpoint-url", "no-verify-ssl", "no-paginate", "output", "profile", "region",
    "color", "ca-bundle",
}  # fmt: skip


@pytest.mark.parametrize(("service", "operation", "member"), sorted(CLI_RENAMES))
def test_renamed_as_awscli_renames_and_no_global_option_is_taken(
    service: str, operation: str, member: str
) -> None:
    model = build_service(load_service(service), "*")
    for op in model.operations:
        names = {arg.name for arg in argument_table(model, op) if arg.role == "member"}
        assert not names & GLOBAL_OPTIONS, (service, op.name, names & GLOBAL_OPTIONS)
    op = model.operation(operation)
    assert our_arguments(model, op) == awscli_arguments(service, op.cli_name)


def test_glue_resource_region_fills_the_member_and_region_stays_global(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    apply_env(monkeypatch, isolated_env(tmp_path))
    service = build_service(load_service("glue"), ["GetUnfilteredTableMetadata"])
    package = tmp_path / "glue"
    package.mkdir()
    (package / "commands.json").write_text(commands_json(service), encoding="utf-8")
    (package / "service-2.json").write_text(service.wire_model_json, encoding="utf-8")
    cli = load_cli(package / "commands.json")
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
