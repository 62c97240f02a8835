"""Model text that is not documentation reaches docs pages escaped too: the metadata uid
in the "See also" link, link targets, enum values. docutils must read every page with no
error or warning and find no directive, substitution or raw node the model put there."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import docutils.core
import docutils.nodes
import pytest

from generator.doctree.escape import inline_literal, safe_href, shown_in_literal
from generator.ir import build_service
from generator.loader import load_service
from generator.render import render
from tests.conftest import ROOT
from tests.test_docs_page import docutils_messages

BASE = json.loads((ROOT / "tests/diff/cases/no-change.old.json").read_text(encoding="utf-8"))
HOSTILE_UID = (
    "w`_ <x>`__\n\n.. raw:: html\n\n   <script>alert(1)</script>\n\n.. include:: /etc/hostname"
)
HOSTILE_VALUES = ["READY", "two\nlines", "tab\there", "bidi\u202eevil", "with``ticks", " spaced"]


def _pages(tmp_path: Path) -> list[str]:
    model = copy.deepcopy(BASE)
    model["metadata"]["uid"] = HOSTILE_UID
    model["shapes"]["WidgetStatus"]["enum"] = HOSTILE_VALUES
    model["shapes"]["Color"]["enum"] = HOSTILE_VALUES
    model["operations"]["GetWidget"]["documentation"] = (
        '<p>See <a href="javascript:alert(1)">this</a>, <a href="file:///etc/passwd">that</a>, '
        '<a href="https://a.example/x>`_ .. raw:: html">odd</a> and '
        '<a href="https://docs.aws.amazon.com/ok">fine</a>.</p>'
    )
    path = tmp_path / "widgets" / "2024-01-01" / "service-2.json"
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps(model), encoding="utf-8")
    service = build_service(load_service(None, path), ["GetWidget", "CreateWidget"])
    pages = {f.path.name: f.content for f in render([service], ["docs"])}
    return [pages["get-widget.rst"], pages["create-widget.rst"]]


def _nodes(rst: str) -> list[str]:
    doctree = docutils.core.publish_doctree(
        rst, settings_overrides={"report_level": 5, "file_insertion_enabled": False}
    )
    return [type(node).__name__ for node in doctree.findall()]


@pytest.mark.parametrize("index", [0, 1], ids=["get-widget", "create-widget"])
def test_hostile_model_text_comes_out_as_text(tmp_path: Path, index: int) -> None:
    rst = _pages(tmp_path)[index]
    assert docutils_messages(rst) == "", rst
    kinds = set(_nodes(rst))
    assert not kinds & {"raw", "substitution_definition", "include", "system_message"}
    assert ".. raw::" not in rst.replace("\\.. raw", "")  # never a directive line
    assert not any(line.lstrip().startswith(".. raw::") for line in rst.splitlines())
    assert "<javascript:" not in rst and "<file:" not in rst
    assert "\u202e" not in rst and "\t" not in rst
    if index == 0:  # the description's links
        assert "<https://docs.aws.amazon.com/ok>`__" in rst
        assert "AWS API Documentation <https://docs.aws.amazon.com/goto/WebAPI/w%60_" in rst
    else:  # the input enum's possible values
        assert "\\u202e" in rst and "two\\nlines" in rst and "tab\\there" in rst


def test_safe_href_keeps_real_links_and_refuses_others() -> None:
    assert safe_href(" https://docs.aws.amazon.com/a/b.html#x ") == (
        "https://docs.aws.amazon.com/a/b.html#x"
    )
    assert safe_href("mailto:a@example.com") == "mailto:a@example.com"
    for bad in ("javascript:alert(1)", "JavaScript:x", "file:///etc/passwd", "data:x", "/rel", ""):
        assert safe_href(bad) is None
    assert safe_href("https://x/a>`_ b") == "https://x/a%3E%60_%20b"


@pytest.mark.parametrize("value", HOSTILE_VALUES)
def test_literals_stay_on_one_line_and_show_hidden_characters(value: str) -> None:
    shown = shown_in_literal(value)
    assert "\n" not in shown and "\t" not in shown and "\u202e" not in shown
    literal = inline_literal(value)
    assert docutils_messages(f"- {literal}\n") == ""
