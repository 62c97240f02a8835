"""The typed client beside boto3 (the oracle): the same calls, each against the one
loopback server scripted with the same answers, send the same requests and give the same
results. The kitchensink fixture's paginator (ListThings) and waiter (ColourIsGreen) are
botocore's, run by botocore in both clients; boto3 finds the fixture's model through its
loader's search path.

Every scenario is a few requests on one server (no waiter sleeps: each ends on its first
poll).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

import boto3
import botocore.session
import pytest
from botocore.exceptions import WaiterError as BotocoreWaiterError
from kitchensink._runtime.enums import UnknownValue
from kitchensink.kitchensink import KitchenSinkClient, errors

from tests.conftest import FIXTURE_MODELS
from tests.e2e.conftest import apply_env, isolated_env
from tests.e2e.server import Answer, FakeService, Recorded, serve

PAGES = [
    Answer(200, {"Things": ["a", "b"], "NextToken": "t1"}),
    Answer(200, {"Things": ["c", "d"], "NextToken": "t2"}),
    Answer(200, {"Things": ["e"]}),
]


@pytest.fixture(scope="module")
def server() -> Iterator[FakeService]:
    with serve() as service:
        yield service


@pytest.fixture(scope="module")
def clients(
    server: FakeService, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Any, KitchenSinkClient]]:
    """boto3's client and the typed one, made once (each takes a few tenths of a second)."""
    with pytest.MonkeyPatch.context() as patch:
        apply_env(patch, isolated_env(tmp_path_factory.mktemp("side-by-side")))
        session = botocore.session.Session()
        session.get_component("data_loader").search_paths.insert(0, str(FIXTURE_MODELS))
        oracle = boto3.session.Session(botocore_session=session).client(
            "kitchensink", region_name="us-east-1", endpoint_url=server.url
        )
        yield oracle, KitchenSinkClient(region_name="us-east-1", endpoint_url=server.url)


def wire(request: Recorded) -> tuple[str, str, dict[str, Any]]:
    """What is compared of a request: target, path and JSON body (an idempotency token is
    a fresh UUID on each side, so only its presence is)."""
    body = json.loads(request.body or b"{}")
    if "Token" in body:
        body["Token"] = "<uuid>"
    return request.target, request.path, body


def side_by_side(
    server: FakeService, answers: list[Answer], *calls: Callable[[], Any]
) -> list[tuple[Any, list[tuple[str, str, dict[str, Any]]]]]:
    """Each call's result (or raised exception) and requests, the server scripted alike."""
    outcomes = []
    for call in calls:
        server.reset(Answer(200, {}))
        server.script(list(answers))
        try:
            result: Any = call()
        except Exception as exc:  # compared by the test
            result = exc
        outcomes.append((result, [wire(r) for r in server.requests]))
    return outcomes


def test_pages_and_items(server: FakeService, clients: tuple[Any, KitchenSinkClient]) -> None:
    oracle, typed = clients
    (aws_pages, aws_requests), (pages, requests), (items, item_requests) = side_by_side(
        server,
        PAGES,
        lambda: list(
            oracle.get_paginator("list_things").paginate(PaginationConfig={"PageSize": 2})
        ),
        lambda: list(typed.list_things_pages(page_size=2)),
        lambda: list(typed.list_things_items(page_size=2)),
    )
    assert len(requests) == 3
    assert requests == aws_requests == item_requests
    assert requests[1][2] == {"MaxResults": 2, "NextToken": "t1"}
    assert [p.things for p in pages] == [p["Things"] for p in aws_pages]
    assert [p.next_token for p in pages] == [p.get("NextToken") for p in aws_pages]
    assert items == ["a", "b", "c", "d", "e"]


def test_max_items_and_resume(server: FakeService, clients: tuple[Any, KitchenSinkClient]) -> None:
    oracle, typed = clients
    aws_iter = oracle.get_paginator("list_things").paginate(PaginationConfig={"MaxItems": 3})
    typed_iter = typed.list_things_items(max_items=3)
    (aws_pages, aws_requests), (items, requests) = side_by_side(
        server, PAGES, lambda: list(aws_iter), lambda: list(typed_iter)
    )
    assert requests == aws_requests and len(requests) == 2
    assert items == [t for p in aws_pages for t in p["Things"]] == ["a", "b", "c"]
    assert typed_iter.resume_token == aws_iter.resume_token is not None
    # Resuming from the token: the same requests and the rest of the items on both sides.
    token = typed_iter.resume_token
    (aws_rest, aws_requests), (rest, requests) = side_by_side(
        server,
        PAGES[1:],
        lambda: list(
            oracle.get_paginator("list_things").paginate(PaginationConfig={"StartingToken": token})
        ),
        lambda: list(typed.list_things_items(starting_token=token)),
    )
    assert requests == aws_requests and requests[0][2] == {"NextToken": "t1"}
    assert rest == [t for p in aws_rest for t in p["Things"]] == ["d", "e"]


def test_waiter_success_and_failure(
    server: FakeService, clients: tuple[Any, KitchenSinkClient]
) -> None:
    oracle, typed = clients
    aws_wait = oracle.get_waiter("colour_is_green").wait
    args = {"Name": "n", "Lambda": "l"}
    (aws_ok, aws_requests), (ok, requests) = side_by_side(
        server,
        [Answer(200, {"Colour": "green"})],
        lambda: aws_wait(**args, WaiterConfig={"Delay": 0}),
        lambda: typed.wait_colour_is_green(name="n", lambda_="l", delay=0),
    )
    assert aws_ok is None and ok is None
    assert requests == aws_requests and len(requests) == 1
    assert requests[0][2] == {"Name": "n", "Lambda": "l", "Token": "<uuid>"}

    (aws_failed, aws_requests), (failed, requests) = side_by_side(
        server,
        [Answer(200, {"Colour": "red"})],
        lambda: aws_wait(**args),
        lambda: typed.wait_colour_is_green(name="n", lambda_="l"),
    )
    assert isinstance(aws_failed, BotocoreWaiterError)
    assert isinstance(failed, errors.KitchenSinkWaiterError)
    assert str(failed) == str(aws_failed)
    assert failed.last_response["Colour"] == "red"
    assert requests == aws_requests and len(requests) == 1


def test_unknown_enum_value_in_a_response_and_in_input(
    server: FakeService, clients: tuple[Any, KitchenSinkClient]
) -> None:
    """A value newer than the model: boto3 passes it through as a str; the typed client
    keeps it too, marked UnknownValue (a str), and sends an unlisted input value as is."""
    oracle, typed = clients
    answer = Answer(200, {"Colour": "purple", "Echo": {"Name": "n", "Lambda": "l", "Type": "red"}})
    (aws_result, aws_requests), (result, requests) = side_by_side(
        server,
        [answer],
        lambda: oracle.put_everything(Name="n", Lambda="l", Type="purple"),
        lambda: typed.put_everything(name="n", lambda_="l", type="purple"),
    )
    assert requests == aws_requests and requests[0][2]["Type"] == "purple"
    assert result.colour == aws_result["Colour"] == "purple"
    assert isinstance(result.colour, UnknownValue) and repr(result.colour) == (
        "UnknownValue('purple')"
    )
    assert result.echo is not None and result.echo.type == "red"
    assert not isinstance(result.echo.type, UnknownValue)  # a listed value is a plain str
