"""Skeletons equal what awscli prints, for every ssm operation and the fixture model.

The oracle is awscli's own code path: botocore's ArgumentGenerator (input as awscli's
GenerateCliSkeletonArgument dumps it; output with member names as its stubbed caller
feeds to the JSON formatter). Where botocore picks an enum value at random we patch its
choice to the first value, which is what the generator documents; a few operations are
also run through the real `aws` command with enum values compared as "one of".
"""

from __future__ import annotations

import datetime
import json
import os
import random
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from botocore.model import ServiceModel
from botocore.session import get_session
from botocore.utils import ArgumentGenerator

from generator.ir import Service, build_service
from generator.loader import load_service
from generator.targets.skeleton.skeleton import skeleton_json
from tests.conftest import KITCHENSINK


def json_encoder(value: Any) -> Any:
    # awscli.utils.json_encoder, restated: tests may use awscli, but this keeps the oracle
    # independent of import order.
    if isinstance(value, datetime.datetime):
        return value.isoformat()
    raise TypeError(type(value))


@pytest.fixture(scope="module")
def first_enum_value() -> Iterator[None]:
    original = random.choice
    random.choice = lambda seq: seq[0]  # type: ignore[assignment]
    try:
        yield
    finally:
        random.choice = original


def oracle(model: ServiceModel, operation: str, for_output: bool) -> str:
    op = model.operation_model(operation)
    shape = op.output_shape if for_output else op.input_shape
    if shape is None:
        value: Any = {}
    else:
        value = ArgumentGenerator(use_member_names=for_output).generate_skeleton(shape)
    if for_output:
        return json.dumps(value, indent=4, default=json_encoder, ensure_ascii=False) + "\n"
    return json.dumps(value, indent=4, default=json_encoder) + "\n"


@pytest.fixture(scope="module")
def ssm() -> tuple[Service, ServiceModel]:
    loaded = load_service("ssm")
    return build_service(loaded, "*"), get_session().get_service_model("ssm")


@pytest.mark.usefixtures("first_enum_value")
def test_every_ssm_skeleton_equals_awscli(ssm: tuple[Service, ServiceModel]) -> None:
    service, model = ssm
    mismatches = []
    for operation in service.operations:
        for for_output in (False, True):
            shape = operation.output if for_output else operation.input
            ours = skeleton_json(service, shape, for_output)
            if ours != oracle(model, operation.name, for_output):
                mismatches.append(f"{operation.name} {'output' if for_output else 'input'}")
    assert len(service.operations) == 146
    assert mismatches == []


@pytest.mark.usefixtures("first_enum_value")
def test_fixture_skeletons_equal_botocore_generator() -> None:
    loaded = load_service(None, KITCHENSINK)
    service = build_service(loaded, "*")
    for operation in service.operations:
        for for_output in (False, True):
            shape = operation.output if for_output else operation.input
            assert skeleton_json(service, shape, for_output) == oracle(
                loaded.service_model, operation.name, for_output
            ), operation.name


def enum_positions(
    service: Service, shape_name: str | None
) -> Iterator[tuple[list[Any], tuple[str, ...]]]:
    """Paths in an input skeleton that hold an enum value, with the allowed values."""

    def walk(
        name: str, path: list[Any], stack: list[str]
    ) -> Iterator[tuple[list[Any], tuple[str, ...]]]:
        shape = service.shape(name)
        if name in stack and shape.kind in ("structure", "union"):
            return
        stack = [*stack, name]
        if shape.kind == "string" and shape.constraints.enum:
            yield path, shape.constraints.enum
        for member in shape.members:
            yield from walk(member.shape, [*path, member.name], stack)
        if shape.member is not None:
            yield from walk(shape.member.shape, [*path, 0], stack)
        if shape.value is not None:
            yield from walk(shape.value.shape, [*path, "KeyName"], stack)

    if shape_name is not None:
        yield from walk(shape_name, [], [])


@pytest.mark.parametrize(
    "operation", ["ResumeSession", "PutParameter", "SendCommand", "CreateAssociation"]
)
def test_real_aws_command_prints_the_same_input_skeleton(
    ssm: tuple[Service, ServiceModel], operation: str, tmp_path: Path
) -> None:
    service, _ = ssm
    op = service.operation(operation)
    env = {
        **os.environ,
        "AWS_CONFIG_FILE": str(tmp_path / "c"),
        "AWS_SHARED_CREDENTIALS_FILE": str(tmp_path / "k"),
        "AWS_DEFAULT_REGION": "us-east-1",
    }
    aws = Path(sys.executable).with_name("aws")
    result = subprocess.run(
        [str(aws), "ssm", op.cli_name, "--generate-cli-skeleton"],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    theirs = json.loads(result.stdout)
    ours = json.loads(skeleton_json(service, op.input))
    for path, allowed in enum_positions(service, op.input):
        node_theirs, node_ours = theirs, ours
        for key in path[:-1]:
            node_theirs, node_ours = node_theirs[key], node_ours[key]
        assert node_theirs[path[-1]] in allowed
        assert node_ours[path[-1]] == allowed[0]
        node_theirs[path[-1]] = node_ours[path[-1]]
    assert ours == theirs
