"""A fixed sample of awscli's own example command lines, side by side (``make examples``
runs all of them; see tests/examples/): ``aws`` and the generated CLI, each in one
process, against one loopback server; the requests (method, path, query, parsed body,
the headers that do not vary), stdout and exit code must be equal.

The sample covers every protocol botocore speaks to these services (json, query, ec2,
rest-json, rest-xml; cloudwatch's model lists smithy-rpc-v2-cbor first, yet botocore
sends it json) and the option kinds (shorthand, JSON, lists, booleans, integers,
``file://`` with the contents the page shows, ``--output text``). Only the sampled
operations are generated (the ``cli`` target, the generator's own command), which keeps
this module at a few seconds.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator

import botocore.session
import pytest
from botocore import xform_name

from tests.e2e.test_cli_side_by_side import AWS
from tests.examples.__main__ import Result, generate_tree, run_batch
from tests.examples.classify import Classified, Plan, classify, model_operations, operations
from tests.examples.extract import EXAMPLES, read_page
from tests.examples.wire import serve

pytestmark = pytest.mark.skipif(not AWS.exists(), reason="awscli (the oracle) not installed")

# page:line of the command line in awscli/examples; each one equal today.
SAMPLE = (
    # json: shorthand and JSON lists of structures, integers, file:// the page shows
    "ssm/add-tags-to-resource.rst:5",
    "ssm/add-tags-to-resource.rst:16",
    "ssm/create-activation.rst:5",
    "ssm/create-association-batch.rst:7",
    "dynamodb/get-item.rst:5",
    "dynamodb/batch-write-item.rst:5",
    "dynamodb/list-backups.rst:42",
    "sqs/get-queue-attributes.rst:32",
    # query
    "iam/attach-role-policy.rst:5",
    "iam/create-login-profile.rst:20",
    "sns/create-topic.rst:5",
    # ec2
    "ec2/allocate-address.rst:62",
    "ec2/allocate-hosts.rst:5",
    "ec2/accept-vpc-endpoint-connections.rst:7",
    # rest-json: booleans, maps
    "apigateway/create-api-key.rst:5",
    "apigateway/create-stage.rst:11",
    "lambda/add-permission.rst:5",
    # rest-xml: a structure in shorthand, paging options
    "s3api/create-bucket.rst:41",
    "s3api/delete-bucket-cors.rst:3",
    "route53/create-hosted-zone.rst:5",
    "route53/list-health-checks.rst:9",
    # json, for a model that lists smithy-rpc-v2-cbor first
    "cloudwatch/describe-alarms.rst:5",
    "cloudwatch/describe-alarms-for-metric.rst:6",
)


@pytest.fixture(scope="module")
def results(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Result]]:
    wanted = set(SAMPLE)
    names = sorted({source.split(":", 1)[0] for source in SAMPLE})
    items: list[Classified] = []
    for page in (read_page(EXAMPLES / name, name) for name in names):
        for line in page.commands:
            if line.source in wanted:
                items.append(Classified(line, classify(line, page)))
    assert sorted(item.line.source for item in items) == sorted(SAMPLE)
    selection: dict[str, set[str]] = defaultdict(set)
    for item in items:
        plan = item.outcome
        assert isinstance(plan, Plan), (item.line.source, plan)
        selection[plan.service].add(_operation(plan))
    commands = generate_tree(selection, tmp_path_factory.mktemp("examples"))
    with serve() as server:
        done = run_batch(server, commands, items, 0)
    yield {result.line.line.source: result for result in done}


def _operation(plan: Plan) -> str:
    names = {xform_name(name, "-"): name for name in model_operations(plan.service)}
    assert plan.command in operations(plan.service)
    return names[plan.command]


@pytest.mark.parametrize("source", SAMPLE)
def test_same_as_aws(results: dict[str, Result], source: str) -> None:
    result = results[source]
    assert result.difference is None, (result.difference, result.aws, result.generated)
    # Not vacuous: aws sent the request and succeeded.
    assert result.aws.rc == 0 and result.aws.requests, result.aws


def test_the_sample_covers_every_protocol(results: dict[str, Result]) -> None:
    session = botocore.session.get_session()
    protocols = {session.get_service_model(_plan(r).service).protocol for r in results.values()}
    assert {"json", "query", "ec2", "rest-json", "rest-xml"} <= protocols
    seen = set()
    for result in results.values():  # what went over the wire
        request = result.aws.requests[0]
        if "x-amz-target" in request["headers"]:
            seen.add("json")
        elif isinstance(request["body"], list):
            seen.add("form")
        else:
            seen.add("rest")
    assert seen == {"json", "form", "rest"}


def test_files_the_page_shows_are_read(results: dict[str, Result]) -> None:
    """dynamodb get-item --key file://key.json: the page shows key.json; aws sent it."""
    result = results["dynamodb/get-item.rst:5"]
    plan = result.line.outcome
    assert isinstance(plan, Plan) and "file://key.json" in plan.args
    assert result.aws.requests[0]["body"]["Key"] == json.loads(plan.files["key.json"])


def _plan(result: Result) -> Plan:
    assert isinstance(result.line.outcome, Plan)
    return result.line.outcome
