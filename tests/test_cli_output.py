"""The generated CLI's --output json|text|table printer against awscli's own formatters
(in-process: awscli is the oracle here, the generated code never imports it)."""

from __future__ import annotations

import argparse
import copy
import datetime
import io
from typing import Any

import pytest
from awscli.formatter import get_formatter
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from runtime.output import print_response

NESTED: list[dict[str, Any]] = [
    {"SessionId": "s-1", "TokenValue": "t", "StreamUrl": "wss://x"},
    {
        "Sessions": [
            {"SessionId": "a", "Status": "Connected", "Details": {"Owner": "me", "N": 1}},
            {"SessionId": "b", "Target": "i-1", "Tags": ["x", "y"]},
        ],
        "NextToken": "tok",
    },
    {"Outer": {"Inner": {"Deep": [1, 2, 3], "Flag": True}, "When": datetime.datetime(2020, 1, 2)}},
    {"Matrix": [[1, 2], [3, 4]], "Objects": [{"K": "v"}, {"L": [1]}]},
    {"Wide": "x" * 120, "Other": "y"},
    {"Unicode": "日本語テキスト", "Emoji": "ok"},
    {},
]


def awscli_prints(response: dict[str, Any], output: str) -> str:
    args = argparse.Namespace(query=None, color="off")
    stream = io.StringIO()
    get_formatter(output, args)("ResumeSession", copy.deepcopy(response), stream)
    return stream.getvalue()


def generated_prints(response: dict[str, Any], output: str) -> str:
    stream = io.StringIO()
    print_response("ResumeSession", copy.deepcopy(response), output, stream, color="off")
    return stream.getvalue()


@pytest.mark.parametrize("output", ["json", "text", "table"])
@pytest.mark.parametrize("response", NESTED, ids=range(len(NESTED)))
def test_same_as_awscli(response: dict[str, Any], output: str) -> None:
    assert generated_prints(response, output) == awscli_prints(response, output)


def test_response_metadata_is_dropped() -> None:
    response = {"A": "1", "ResponseMetadata": {"RequestId": "r"}}
    assert generated_prints(response, "json") == '{\n    "A": "1"\n}\n'


scalars = st.one_of(
    st.text(max_size=12), st.integers(-5, 10**6), st.booleans(), st.floats(allow_nan=False)
)
keys = st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabc", min_size=1, max_size=8)
values = st.recursive(
    scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(keys, inner, max_size=4)),
    max_leaves=12,
)
responses = st.dictionaries(keys, values, max_size=5)


def _outcome(printer: Any, response: dict[str, Any], output: str) -> tuple[str, str]:
    try:
        return ("ok", printer(response, output))
    except Exception as exc:  # awscli fails on some shapes; the port must fail alike
        return ("error", type(exc).__name__)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(responses, st.sampled_from(["json", "text", "table"]))
def test_random_responses_print_the_same(response: dict[str, Any], output: str) -> None:
    theirs = _outcome(awscli_prints, response, output)
    ours = _outcome(generated_prints, response, output)
    if theirs[0] == "error":
        assert ours[0] == "error"
    else:
        assert ours == theirs
