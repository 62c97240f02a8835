"""The typed client's paging and wait methods as the IR decides them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.errors import GeneratorError
from generator.ir import build_service
from generator.loader import load_service
from generator.targets.client.methods import paging_methods
from tests.conftest import KITCHENSINK


def test_kitchensink_paginator_and_waiter() -> None:
    service = build_service(load_service("kitchensink", KITCHENSINK))
    paging = service.operation("ListThings").pagination
    assert paging is not None
    assert (paging.pages_method, paging.items_method) == ("list_things_pages", "list_things_items")
    assert (paging.input_tokens, paging.limit_key) == (("NextToken",), "MaxResults")
    assert (paging.items_member, paging.items_attribute) == ("Things", "things")
    request = service.shape("ListThingsRequest")
    assert [m.name for m in request.members if not paging.hides(m)] == ["Since"]
    assert paging_methods(service, service.operation("ListThings")) == [
        ("list_things_pages", "_shapes.ListThingsResult"),
        ("list_things_items", "str"),
    ]
    assert service.operation("PutEverything").pagination is None
    assert [(w.name, w.python_name) for w in service.wait_commands] == [
        ("ColourIsGreen", "wait_colour_is_green")
    ]
    assert service.waiter_error_class == "KitchenSinkWaiterError"
    assert json.loads(service.paginators_json)["pagination"]["ListThings"]["limit_key"] == (
        "MaxResults"
    )


def test_several_result_keys_get_no_items_method() -> None:
    service = build_service(load_service("ssm"), ["DescribeInstanceInformation"])
    assert service.operations[0].pagination is not None
    loaded = load_service("dynamodb")
    scan = build_service(loaded, ["Scan"]).operations[0].pagination
    # dynamodb Scan's result keys are Items, Count and ScannedCount: no single item type.
    assert scan is not None and scan.items_method is None and scan.items_member is None


def test_a_paging_method_named_like_an_operation_is_refused(tmp_path: Path) -> None:
    model = json.loads(KITCHENSINK.read_text(encoding="utf-8"))
    model["operations"]["ListThingsPages"] = {
        "name": "ListThingsPages",
        "http": {"method": "POST", "requestUri": "/"},
    }
    folder = tmp_path / "kitchensink" / "2020-01-01"
    folder.mkdir(parents=True)
    (folder / "service-2.json").write_text(json.dumps(model), encoding="utf-8")
    for sibling in ("paginators-1.json", "waiters-2.json"):
        (folder / sibling).write_bytes((KITCHENSINK.parent / sibling).read_bytes())
    with pytest.raises(GeneratorError, match="list_things_pages"):
        build_service(load_service("kitchensink", folder / "service-2.json"))
