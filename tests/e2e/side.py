"""Side by side in one place: command lines through ``aws`` (the oracle, one subprocess
for many lines) and through the generated CLI (in-process), each line against a
loopback server of its own answering the same way; and scratch command tables for any
service and operations."""

from __future__ import annotations

import contextlib
import functools
import io
import re
from dataclasses import dataclass
from pathlib import Path

from generator.ir import build_service
from generator.loader import LoadedModel, load_service
from generator.targets.cli.commands import commands_json
from runtime.cli import main
from runtime.commands import ServiceCli, load_cli
from tests.e2e.server import Answer, Recorded, serve
from tests.e2e.test_cli_arguments import run_aws_oracle

UUID = re.compile(rb"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def tokenless(body: bytes) -> bytes:
    """The body with generated idempotency tokens (UUIDs) compared by presence."""
    return UUID.sub(b"<uuid>", body)


@dataclass(frozen=True)
class Ran:
    rc: int
    stdout: str
    stderr: str
    requests: tuple[Recorded, ...]


@functools.cache
def _loaded(service_name: str) -> LoadedModel:
    """A service's model, read once per test process (the IR never changes it)."""
    return load_service(service_name)


def scratch_cli(folder: Path, service_name: str, operations: list[str]) -> ServiceCli:
    """The command table, model and waiters the cli target would ship for ``operations``."""
    service = build_service(_loaded(service_name), operations)
    package = folder / service.package
    package.mkdir(parents=True)
    (package / "commands.json").write_text(commands_json(service), encoding="utf-8")
    (package / "service-2.json").write_text(service.wire_model_json, encoding="utf-8")
    (package / "waiters-2.json").write_text(service.waiters_json, encoding="utf-8")
    return load_cli(package / "commands.json")


def run_aws(lines: list[list[str]], env: dict[str, str], answer: Answer) -> list[Ran]:
    """Each ``aws`` command line (service first) against its own server."""
    with contextlib.ExitStack() as stack:
        servers = [stack.enter_context(serve()) for _ in lines]
        for server in servers:
            server.reset(answer)
        results = run_aws_oracle(
            [[*line, "--endpoint-url", s.url] for line, s in zip(lines, servers, strict=True)],
            env,
        )
        return [
            Ran(result["rc"], result["stdout"], result["stderr"], tuple(server.requests))
            for result, server in zip(results, servers, strict=True)
        ]


def run_ours(cli: ServiceCli, args: list[str], answer: Answer) -> Ran:
    """One command line (without the service) through the generated CLI. Its own error
    output only: argparse's usage errors, which go to sys.stderr, are captured too."""
    with serve() as server:
        server.reset(answer)
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stderr(err):
            try:
                rc = main(
                    cli,
                    [*args, "--endpoint-url", server.url],
                    prog="aws",
                    stdout=out,
                    stderr=err,
                )
            except SystemExit as exit_:
                rc = int(exit_.code or 0)
        return Ran(rc, out.getvalue(), err.getvalue(), tuple(server.requests))
