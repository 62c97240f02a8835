"""The pages of the commands awscli customises (generator/overrides.py) document what
the command accepts, as awscli's own pages do: the Options and Output sections equal
awscli 1.45.11's after the ssm test's normalisation (added options and their help,
lambda's --code without ZipFile, emr's grouped --active | --terminated | --failed, no
output for the session-manager-plugin commands)."""

from __future__ import annotations

import pytest

from generator.ir import build_service
from generator.loader import load_service
from generator.render import environment
from generator.targets.docs.layout import CURRENT
from generator.targets.registry import PARTS
from tests.test_docs_page import canonical, normalise, section

awscli = pytest.importorskip("awscli")

CASES = [
    ("lambda", "CreateFunction"),
    ("lambda", "UpdateFunctionCode"),
    ("translate", "ImportTerminology"),
    ("cloudwatch", "PutMetricData"),
    ("ses", "SendEmail"),
    ("cloudfront", "CreateInvalidation"),
    ("cloudfront", "UpdateDistribution"),
    ("emr", "ListClusters"),
    ("emr", "AddTags"),
    ("ecs", "ExecuteCommand"),
    ("ssm", "StartSession"),
]
STOPS = ("Global Options", "Examples", "Output")


def sections(page: str) -> list[str]:
    lines = normalise(page)
    return [
        canonical(line)
        for line in section(lines, "Options", STOPS) + section(lines, "Output", ("Examples",))
    ]


@pytest.mark.parametrize(("service_name", "operation_name"), CASES)
def test_page_documents_the_customised_command_as_awscli_does(
    service_name: str, operation_name: str
) -> None:
    from tests.awscli_tables import awscli_page

    service = build_service(load_service(service_name), [operation_name])
    operation = service.operation(operation_name)
    template = environment(PARTS["pages"]).get_template("%service/docs/%operation.rst.j2")
    ours = sections(template.render(service=service, operation=operation, layout=CURRENT))
    assert ours == sections(awscli_page(service_name, operation.cli_name))
