"""Every required idempotency token in botocore (196 members in 39 services): awscli
makes the option optional and botocore fills a UUID; so must the generated docs and CLI.

For each operation: the generator's argument table equals awscli's (names, order,
required, documented, type); the docs page's synopsis lines equal those awscli renders;
and the generated CLI, given only the other required members, sends the same request as
``aws`` (the token a fresh UUID in both) to a loopback server.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from functools import cache
from pathlib import Path
from typing import Any

import botocore.session
import pytest

from generator.ir import Service, build_service
from generator.loader import load_service
from generator.targets.cli.commands import commands_json
from generator.targets.docs.page import docs_page
from runtime.cli import main
from runtime.commands import ServiceCli, load_cli
from tests.awscli_tables import awscli_arguments, awscli_page, our_arguments
from tests.e2e.conftest import apply_env, isolated_env
from tests.e2e.sample_values import sample_input
from tests.e2e.server import Answer, FakeService, serve
from tests.e2e.test_cli_arguments import run_aws_oracle

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")
VOLATILE_HEADERS = {
    "authorization",
    "x-amz-date",
    "user-agent",
    "amz-sdk-invocation-id",
    "amz-sdk-request",
    "x-amz-content-sha256",
    "host",
}


def _scan() -> list[tuple[str, str, str]]:
    """(service, operation, member) of every required idempotency token, from the models
    botocore ships."""
    session = botocore.session.get_session()
    loader = session.get_component("data_loader")
    found = []
    for service in session.get_available_services():
        model = loader.load_service_model(service, "service-2")
        shapes = model["shapes"]
        for operation, body in model["operations"].items():
            name = body.get("input", {}).get("shape")
            if name is None:
                continue
            shape = shapes[name]
            for member in shape.get("required", []):
                if shape["members"][member].get("idempotencyToken"):
                    found.append((service, operation, member))
    return found


TOKENS = _scan()


@cache
def ir(service: str) -> Service:
    operations = sorted({op for svc, op, _ in TOKENS if svc == service})
    return build_service(load_service(service), operations)


def test_the_scan_finds_what_the_issue_counted() -> None:
    assert len(TOKENS) == 196
    assert len({service for service, _, _ in TOKENS}) == 39
    assert ("athena", "DeleteNamedQuery", "NamedQueryId") in TOKENS


@pytest.mark.parametrize(("service", "operation", "member"), TOKENS, ids=lambda v: str(v))
def test_table_and_synopsis_equal_awscli(service: str, operation: str, member: str) -> None:
    model = ir(service)
    op = model.operation(operation)
    ours = our_arguments(model, op)
    assert ours == awscli_arguments(service, op.cli_name)
    token = next(
        entry
        for entry in ours
        if entry[0] == model.shape(op.input or "").member_named(member).cli_name
    )
    assert token[1] is False  # never required
    page = docs_page(model, op)
    lines = (
        awscli_page(service, op.cli_name).split("Synopsis\n========\n\n::\n\n", 1)[1].splitlines()
    )
    assert lines[0].strip() == op.cli_name
    synopsis = [line.strip() for line in lines[1 : 1 + len(page.options)]]
    assert synopsis == [option.synopsis for option in page.options]
    assert lines[1 + len(page.options)].strip() == "[--debug]"  # awscli's global options


def test_athena_page_reads_the_token_as_optional() -> None:
    page = docs_page(ir("athena"), ir("athena").operation("DeleteNamedQuery"))
    assert page.options[0].synopsis == "[--named-query-id <value>]"


# --- the CLI's request -----------------------------------------------------------------


def _cli(folder: Path, service: str) -> ServiceCli:
    model = ir(service)
    package = folder / model.package
    package.mkdir(exist_ok=True)
    (package / "commands.json").write_text(commands_json(model), encoding="utf-8")
    (package / "service-2.json").write_text(model.wire_model_json, encoding="utf-8")
    return load_cli(package / "commands.json")


def _arguments(service: str, operation: str) -> list[str]:
    """The command line: nothing when the token is the only required member, else the
    other required members as --cli-input-json."""
    model = botocore.session.get_session().get_service_model(service)
    document = sample_input(model.operation_model(operation))
    command = ir(service).operation(operation).cli_name
    return [command] if not document else [command, "--cli-input-json", json.dumps(document)]


def _requests(server: FakeService) -> dict[str, list[tuple[str, str, str, dict[str, str]]]]:
    """The requests by the run that sent them (the first path segment: each run has an
    endpoint of its own, ``<server>/<run>``), with its tokens (fresh UUIDs) replaced by a
    placeholder."""
    found: dict[str, list[tuple[str, str, str, dict[str, str]]]] = {}
    for request in server.requests:
        run, _, path = request.path.lstrip("/").partition("/")
        headers = {
            key.lower(): UUID.sub("<uuid>", value)
            for key, value in request.headers.items()
            if key.lower() not in VOLATILE_HEADERS
        }
        body = UUID.sub("<uuid>", request.body.decode("utf-8", "replace"))
        found.setdefault(run, []).append(
            (request.method, UUID.sub("<uuid>", "/" + path), body, headers)
        )
    return found


def _run_generated(cli: ServiceCli, args: list[str], endpoint: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            rc = main(
                cli, [*args, "--endpoint-url", endpoint], prog="generated", stdout=out, stderr=err
            )
        except SystemExit as exit_:
            rc = int(exit_.code or 0)
    return rc, out.getvalue(), err.getvalue()


Outcome = tuple[tuple[int, str, str, Any], tuple[int, str, str, Any]]
ALL_OPERATIONS = sorted({(service, operation) for service, operation, _ in TOKENS})


def _protocol(service: str) -> str:
    return str(botocore.session.get_session().get_service_model(service).protocol)


def _one_per_protocol() -> list[tuple[str, str]]:
    """The first operation of each protocol (json, rest-json, rest-xml, query, ec2),
    athena's delete-named-query and one s3control operation awscli cannot reach either."""
    chosen: dict[str, tuple[str, str]] = {}
    for service, operation in ALL_OPERATIONS:
        chosen.setdefault(_protocol(service), (service, operation))
    picked = {*chosen.values(), ("athena", "DeleteNamedQuery"), ("s3control", "CreateJob")}
    return sorted(picked)


# Each side takes about a third of a second per command line (a fresh botocore session
# each), so ``make test`` sends one operation per protocol and ``make oracle``
# (TOKENS_ALL=1) all 196.
OPERATIONS = ALL_OPERATIONS if os.environ.get("TOKENS_ALL") == "1" else _one_per_protocol()
# s3control's endpoint rules put the account id in the host name
# (123456789012.127.0.0.1): neither CLI can reach loopback, and both fail alike.
UNREACHABLE = {
    ("s3control", "CreateJob"),
    ("s3control", "CreateMultiRegionAccessPoint"),
    ("s3control", "DeleteMultiRegionAccessPoint"),
    ("s3control", "PutMultiRegionAccessPointPolicy"),
}


@pytest.fixture(scope="module")
def requests_sent(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[dict[tuple[str, str], Outcome]]:
    folder = tmp_path_factory.mktemp("tokens")
    # Host prefixes (omics' "workflows-", s3control's account id) would name hosts
    # other than 127.0.0.1: botocore's own switch turns them off, for both sides.
    env = {
        **isolated_env(folder),
        "AWS_DISABLE_HOST_PREFIX_INJECTION": "true",
        "AWS_MAX_ATTEMPTS": "1",  # a refused connection fails at once
    }
    results: dict[tuple[str, str], Outcome] = {}
    with contextlib.ExitStack() as stack, ThreadPoolExecutor(1) as pool:
        apply_env(stack.enter_context(pytest.MonkeyPatch.context()), env)
        theirs, mine = stack.enter_context(serve()), stack.enter_context(serve())
        for server in (theirs, mine):
            server.reset(Answer(200, {}))
        args = {key: _arguments(*key) for key in OPERATIONS}
        runs = [
            [_aws_service(key[0]), *args[key], "--endpoint-url", f"{theirs.url}/run{index}"]
            for index, key in enumerate(OPERATIONS)
        ]
        started = time.perf_counter()
        oracle = pool.submit(run_aws_oracle, runs, env)
        clis = {service: _cli(folder, service) for service, _ in OPERATIONS}
        generated = {
            key: _run_generated(clis[key[0]], args[key], f"{mine.url}/run{index}")
            for index, key in enumerate(OPERATIONS)
        }
        ours_done = time.perf_counter()
        aws_results = oracle.result()
        print(
            f"\n{len(runs)} runs: ours {ours_done - started:.1f} s, aws {time.perf_counter() - started:.1f} s"
        )
        sent_by_aws, sent_by_us = _requests(theirs), _requests(mine)
        for index, (key, result) in enumerate(zip(OPERATIONS, aws_results, strict=True)):
            run = f"run{index}"
            results[key] = (
                (result["rc"], result["stdout"], _port(result["stderr"]), sent_by_aws.get(run, [])),
                (*generated[key][:2], _port(generated[key][2]), sent_by_us.get(run, [])),
            )
    yield results


def _port(text: str) -> str:
    """Messages name the server they tried; the two sides have servers of their own."""
    return re.sub(r"127\.0\.0\.1:\d+", "127.0.0.1:<port>", text)


def _aws_service(service: str) -> str:
    from tests.awscli_tables import cli_names

    return cli_names()[service]


@pytest.mark.parametrize(("service", "operation"), OPERATIONS, ids=lambda v: str(v))
def test_cli_sends_what_aws_sends(
    requests_sent: dict[tuple[str, str], Outcome], service: str, operation: str
) -> None:
    aws, generated = requests_sent[(service, operation)]
    assert generated == aws
    if (service, operation) in UNREACHABLE:
        assert aws[3] == [] and "Could not connect to the endpoint URL" in aws[2]
        return
    assert aws[3], f"aws sent nothing: {aws}"  # the oracle really did send the request
    assert "<uuid>" in json.dumps(aws[3])  # the token was filled in


def test_the_unreachable_ones_are_exactly_those() -> None:
    assert UNREACHABLE <= set(ALL_OPERATIONS)


def test_athena_delete_named_query_with_no_arguments(
    requests_sent: dict[tuple[str, str], Outcome],
) -> None:
    aws, generated = requests_sent[("athena", "DeleteNamedQuery")]
    assert _arguments("athena", "DeleteNamedQuery") == ["delete-named-query"]
    assert generated == aws and aws[0] == 0
    assert json.loads(aws[3][0][2]) == {"NamedQueryId": "<uuid>"}
