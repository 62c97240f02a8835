"""Docstrings wrapped to the line length, the model's paragraphs and lists kept, and
the text still the model's: unwrapping gives ``Doc.to_text()`` back exactly."""

from __future__ import annotations

import ast
import re

import pytest

from generator.doctree import parse_html
from generator.format import BLACK_MODE
from generator.ir import build_service
from generator.loader import LoadedModel, load_service
from generator.targets.client.layout import LINE_LENGTH
from generator.targets.client.wrap import unwrap_text, wrap_text
from tests.conftest import ROOT

TEXT = (
    "A first paragraph that is long enough to need wrapping at a narrow width, surely.\n\n"
    "- an item that also runs on past the width - with a dash inside - and more words\n"
    "  - a nested item with a https://example.com/a/very/long/url/that/cannot/break link\n"
    "- short\n\n"
    "Last words."
)


def test_paragraphs_and_lists_are_kept_and_filled() -> None:
    wrapped = wrap_text(TEXT, 30, 20)
    assert wrapped.split("\n\n")[0].splitlines()[0] == "A first paragraph"  # first_width
    assert wrapped == (
        "A first paragraph\n"
        "that is long enough to need\n"
        "wrapping at a narrow width,\n"
        "surely.\n\n"
        "- an item that also runs on\n"
        "  past the width - with a dash\n"
        "  inside - and more words\n"
        "  - a nested item with a\n"
        "    https://example.com/a/very/long/url/that/cannot/break\n"
        "    link\n"
        "- short\n\n"
        "Last words."
    )
    assert unwrap_text(wrapped) == TEXT


def test_a_continuation_never_starts_like_an_item() -> None:
    text = "- aaaa - bbbb - cccc - dddd"
    for width in range(6, 30):
        wrapped = wrap_text(text, width)
        assert all(not line.startswith("  - ") for line in wrapped.splitlines()[1:])
        assert unwrap_text(wrapped) == text


@pytest.fixture(scope="module")
def ssm() -> LoadedModel:
    return load_service("ssm")


def test_ssm_documentation_round_trips_and_fits(ssm: LoadedModel) -> None:
    """40 ssm operations' texts and their input members' (a cheap sample: the whole of
    ssm, ec2, s3, iam, lambda and dynamodb at three widths, 57,378 texts, was run by
    hand when this was written)."""
    model = ssm.service_model
    html = []
    for name in model.operation_names[:40]:
        operation = model.operation_model(name)
        html.append(operation.documentation)
        if operation.input_shape is not None:
            html += [m.documentation for m in operation.input_shape.members.values()]
    texts = [t for t in (parse_html(h or "").to_text() for h in html) if t]
    for text in texts:
        for width, first in ((40, 20),):
            wrapped = wrap_text(text, width, first)
            assert unwrap_text(wrapped) == text
            for index, line in enumerate(wrapped.splitlines()):
                limit = first if index == 0 else width
                # Over the width only when one word (a URL) is longer than the room.
                assert len(line) <= limit or " " not in line.strip().removeprefix("- "), line
    assert len(texts) > 150


def test_generated_docstrings_are_wrapped_and_give_the_model_text_back(
    ssm: LoadedModel,
) -> None:
    assert LINE_LENGTH == BLACK_MODE.line_length
    service = build_service(ssm, ["ResumeSession"])
    tree = ast.parse((ROOT / "generated" / "ssm" / "client.py").read_text(encoding="utf-8"))
    methods = {
        node.name: node
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef) and ast.get_docstring(node)
    }
    docstring = ast.get_docstring(methods["resume_session"]) or ""
    own = re.split(r"\n\n(?:Args|Returns|Raises):\n", docstring)[0]
    assert unwrap_text(own) == service.operations[0].documentation.to_text()
    source = (ROOT / "generated" / "ssm" / "client.py").read_text(encoding="utf-8")
    assert max(len(line) for line in source.splitlines() if "https://" not in line) <= 88
