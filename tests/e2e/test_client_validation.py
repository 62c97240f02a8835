"""The typed client checks what botocore checks before sending anything; with the opt-in
``strict_validation`` also every max, enum and pattern the model states.

Uses the kitchensink fixture's generated package (tests/goldens/kitchensink, importable
with the runtime beside it: tests/conftest.py), whose model
is not in botocore: the client speaks the model its package ships. The loopback server
counts requests: a rejected call sends none.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from kitchensink._runtime.errors import ParamValidationError
from kitchensink.kitchensink import KitchenSinkClient, shapes
from kitchensink.kitchensink.errors import ValidationFailure

from tests.e2e.server import Answer, FakeService


@pytest.fixture
def client(aws_env: dict[str, str], fake_ssm: FakeService) -> Iterator[KitchenSinkClient]:
    yield KitchenSinkClient(region_name="us-east-1", endpoint_url=fake_ssm.url)


VALID: dict[str, Any] = {"name": "ok-name", "lambda_": "λ"}

# What botocore (boto3, the AWS CLI) refuses before sending: always refused.
CASES = [
    ({"name": ""}, "Invalid length for parameter Name, value: 0, valid min length: 1"),
    ({"count": -1}, "Invalid value for parameter Count, value: -1, valid min value: 0"),
    ({"names": []}, "Invalid length for parameter Names, value: 0, valid min length: 1"),
    ({"names": ["ok", ""]}, "Invalid length for parameter Names[1], value: 0, valid min length: 1"),
    (
        {"choice": shapes.Choice(as_text="a", as_number=1)},
        "Invalid number of parameters set for "
        "tagged union structure Choice. Can only set one of the following keys: AsText, AsNumber.",
    ),
    (
        {"count": "3"},
        "Invalid type for parameter Count, value: 3, type: <class 'str'>, valid "
        "types: <class 'int'>",
    ),
]


# What botocore leaves to the service (models lag it): refused only when strict.
STRICT_CASES = [
    ({"name": "x" * 65}, "Invalid length for parameter Name, value: 65, valid max length: 64"),
    (
        {"name": "bad name!"},
        "Invalid value for parameter Name, value: bad name!, must match pattern: ^[a-zA-Z0-9_.-]+$",
    ),
    ({"count": 101}, "Invalid value for parameter Count, value: 101, valid max value: 100"),
    (
        {"type": "purple"},
        "Invalid value for parameter Type, value: purple, valid values: "
        'red, green, blue, with"quote',
    ),
    ({"names": ["a"] * 11}, "Invalid length for parameter Names, value: 11, valid max length: 10"),
    (
        {"payload": b"x" * 1025},
        "Invalid length for parameter Payload, value: 1025, valid max length: 1024",
    ),
    (
        {"tags": {f"k{i}": "v" for i in range(51)}},
        "Invalid length for parameter Tags, value: 51, valid max length: 50",
    ),
]


@pytest.mark.parametrize(("change", "message"), CASES, ids=[m[:40] for _, m in CASES])
def test_constraint_violations_raise_before_any_request(
    client: KitchenSinkClient, fake_ssm: FakeService, change: dict[str, Any], message: str
) -> None:
    with pytest.raises(ParamValidationError) as info:
        client.put_everything(**{**VALID, **change})
    assert message in info.value.problems
    assert fake_ssm.count == 0


@pytest.mark.parametrize(("change", "message"), STRICT_CASES, ids=[m[:40] for _, m in STRICT_CASES])
def test_strict_validation_also_refuses_what_botocore_leaves_to_the_service(
    aws_env: dict[str, str], fake_ssm: FakeService, change: dict[str, Any], message: str
) -> None:
    strict = KitchenSinkClient(
        region_name="us-east-1", endpoint_url=fake_ssm.url, strict_validation=True
    )
    with pytest.raises(ParamValidationError) as info:
        strict.put_everything(**{**VALID, **change})
    assert message in info.value.problems
    assert fake_ssm.count == 0


@pytest.mark.parametrize(("change", "message"), STRICT_CASES, ids=[m[:40] for _, m in STRICT_CASES])
def test_by_default_what_botocore_leaves_to_the_service_is_sent(
    client: KitchenSinkClient, fake_ssm: FakeService, change: dict[str, Any], message: str
) -> None:
    fake_ssm.reset(Answer(200, {}))
    client.put_everything(**{**VALID, **change})
    assert fake_ssm.count == 1


def test_required_argument_is_required_by_the_signature(client: KitchenSinkClient) -> None:
    with pytest.raises(TypeError):
        client.put_everything(name="ok-name")  # type: ignore[call-arg]


def test_valid_call_sends_nested_structures_and_decodes_recursion(
    client: KitchenSinkClient, fake_ssm: FakeService
) -> None:
    tree = shapes.TreeNode(label="root", children=[shapes.TreeNode(label="leaf")])
    fake_ssm.reset(
        Answer(
            200,
            {
                "Echo": {
                    "Name": "ok-name",
                    "Lambda": "λ",
                    "Tree": {"Label": "root", "Children": [{"Label": "leaf"}]},
                },
                "Colour": "green",
                "Unknown": 1,
            },
        )
    )
    result = client.put_everything(
        **VALID, tree=tree, choice=shapes.Choice(as_number=3), tags={"a": "b"}, names=("x", "y")
    )
    body = fake_ssm.requests[0].json()
    assert body["Tree"] == {"Label": "root", "Children": [{"Label": "leaf"}]}
    assert body["Choice"] == {"AsNumber": 3} and body["Names"] == ["x", "y"]
    assert body["Lambda"] == "λ" and "Token" in body  # botocore fills the idempotency token
    assert result.colour == "green"
    assert result.echo is not None and result.echo.tree is not None
    assert result.echo.tree.children == [shapes.TreeNode(label="leaf")]


def test_modelled_error_becomes_its_class(client: KitchenSinkClient, fake_ssm: FakeService) -> None:
    fake_ssm.reset(Answer(400, {"__type": "ValidationFailure", "message": "nope"}))
    with pytest.raises(ValidationFailure) as info:
        client.put_everything(**VALID)
    assert (info.value.code, info.value.message) == ("ValidationFailure", "nope")
