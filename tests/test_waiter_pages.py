"""Waiter pages' descriptions against awscli's WaiterStateDocBuilder, for every waiter of
a few services; and model text in them escaped."""

from __future__ import annotations

from types import MappingProxyType

import pytest
from docutils.core import publish_doctree

from generator.ir import build_service
from generator.ir.model import Waiter
from generator.loader import load_service
from generator.targets.docs.waiters import waiter_description

waiters_module = pytest.importorskip("awscli.customizations.waiters")
botocore_waiter = pytest.importorskip("botocore.waiter")


@pytest.mark.parametrize("name", ["ec2", "ssm", "s3", "dynamodb", "rds", "ecs"])
def test_descriptions_are_awscli_s(name: str) -> None:
    loaded = load_service(name)
    # Only the operations the waiters poll: a whole ec2 takes seconds to build.
    service = build_service(loaded, sorted({w["operation"] for w in loaded.waiters.values()}))
    model = botocore_waiter.WaiterModel({"version": 2, "waiters": dict(service.waiters)})
    compared = 0
    for waiter in service.wait_commands:
        builder = waiters_module.WaiterStateDocBuilder(model.get_waiter(waiter.name))
        theirs = builder.build_waiter_state_description()
        ours = waiter_description(service, waiter)
        if any(ch in theirs.replace("``", "") for ch in "*`_|\\"):
            assert ours != theirs  # model text with RST markup characters is escaped
            continue
        assert ours == theirs
        compared += 1
    assert compared >= len(service.wait_commands) // 2


def test_model_text_in_a_description_is_escaped() -> None:
    service = build_service(load_service("ssm"), ["GetCommandInvocation"])
    hostile = {
        "operation": "GetCommandInvocation",
        "delay": "5`_x`_",
        "maxAttempts": 3,
        "acceptors": [
            {"state": "success", "matcher": "path", "argument": "a `b`_ *c*", "expected": "|x|"}
        ],
    }
    service = service.__class__(
        **{**service.__dict__, "waiters": MappingProxyType({"Hostile": hostile})}
    )
    text = waiter_description(service, Waiter("Hostile", "hostile", "GetCommandInvocation"))
    document = publish_doctree(text, settings_overrides={"report_level": 5})
    assert document.astext() == (
        "Wait until JMESPath query a `b`_ *c* returns |x| when polling with "
        "get-command-invocation. It will poll every 5`_x`_ seconds until a successful state "
        "has been reached. This will exit with a return code of 255 after 3 failed checks."
    )
    assert len(document.children) == 1  # one paragraph: no markup made of model text
