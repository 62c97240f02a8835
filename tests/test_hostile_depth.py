"""Nesting is bounded: documentation tags deeper than doctree.MAX_DEPTH and shapes deeper
than loader.MAX_SHAPE_DEPTH are one line naming the place and the limit (exit 2, nothing
written), never a RecursionError; a model right at both limits generates every target."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from generator.cli import main
from generator.doctree import MAX_DEPTH
from generator.ir import build_service
from generator.loader import MAX_SHAPE_DEPTH, load_service
from generator.pipeline import produce
from tests.conftest import KITCHENSINK
from tests.test_hostile import rst_text_and_warnings

MODEL = json.loads(KITCHENSINK.read_text(encoding="utf-8"))


def write(tmp_path: Path, model: dict[str, Any]) -> Path:
    path = tmp_path / "kitchensink" / "2020-01-01" / "service-2.json"
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps(model), encoding="utf-8")
    return path


def refused(tmp_path: Path, model: dict[str, Any], capsys: pytest.CaptureFixture[str]) -> str:
    path = write(tmp_path, model)
    out = tmp_path / "out"
    assert main(["generate", "--model", str(path), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert f"file {path}" in err
    assert not out.exists()
    return err


def nested_tags(tag: str, count: int) -> str:
    return f"<{tag}>" * count + "x" + f"</{tag}>" * count


@pytest.mark.parametrize("tag", ["b", "ul", "p"])
def test_ten_thousand_nested_tags_in_operation_docs(
    tmp_path: Path, tag: str, capsys: pytest.CaptureFixture[str]
) -> None:
    model = copy.deepcopy(MODEL)
    model["operations"]["Ping"]["documentation"] = nested_tags(tag, 10_000)
    err = refused(tmp_path, model, capsys)
    assert "operation Ping" in err
    assert f"operations.Ping.documentation: HTML tags nest deeper than {MAX_DEPTH}" in err


def test_ten_thousand_unclosed_tags_in_member_docs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    model = copy.deepcopy(MODEL)
    model["shapes"]["TreeNode"]["members"]["Label"]["documentation"] = "<li>" * 10_000
    err = refused(tmp_path, model, capsys)
    assert "operation PutEverything" in err  # the first operation reaching TreeNode
    assert "shapes.TreeNode.members.Label.documentation: HTML tags nest deeper" in err


def deep_shapes(model: dict[str, Any], count: int, *, ring: bool) -> None:
    """Ping's input: Deep0 -> Deep1 -> ... (structures), ending in a string or back at Deep0."""
    for i in range(count):
        after = f"Deep{(i + 1) % count}" if ring else f"Deep{i + 1}"
        model["shapes"][f"Deep{i}"] = {"type": "structure", "members": {"Next": {"shape": after}}}
    if not ring:
        model["shapes"][f"Deep{count}"] = {"type": "string"}
    model["operations"]["Ping"]["input"] = {"shape": "Deep0"}


def test_five_thousand_deep_shapes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    model = copy.deepcopy(MODEL)
    deep_shapes(model, 5_000, ring=False)
    err = refused(tmp_path, model, capsys)
    assert "operation Ping" in err
    assert (
        "operations.Ping.input: shapes nest 5001 deep from 'Deep0' to 'Deep5000', "
        f"over the limit of {MAX_SHAPE_DEPTH}"
    ) in err


def test_a_recursive_group_of_five_thousand_shapes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Walkers that stop on recursion still pass through every shape of the ring.
    model = copy.deepcopy(MODEL)
    deep_shapes(model, 5_000, ring=True)
    err = refused(tmp_path, model, capsys)
    assert "operations.Ping.input: shapes nest 5000 deep from 'Deep0'" in err


def test_a_deep_error_shape_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    model = copy.deepcopy(MODEL)
    deep_shapes(model, 200, ring=False)
    model["shapes"]["Deep0"]["exception"] = True
    model["operations"]["Ping"]["errors"] = [{"shape": "Deep0"}]
    del model["operations"]["Ping"]["input"]
    err = refused(tmp_path, model, capsys)
    assert "operations.Ping.errors[0]: shapes nest 201 deep" in err


def test_a_model_at_both_limits_generates_every_target(tmp_path: Path) -> None:
    model = copy.deepcopy(MODEL)
    pairs = MAX_DEPTH // 2 - 1  # <ul><li> pairs, then <p><b>: exactly MAX_DEPTH deep
    deep_doc = "<ul><li>" * pairs + "<p><b>deepest</b></p>" + "</li></ul>" * pairs
    # PingInput -> a ring of structures (the docs walk passes each twice) -> a string
    # with the deepest documentation: MAX_SHAPE_DEPTH shapes.
    count = MAX_SHAPE_DEPTH - 2
    for i in range(count):
        model["shapes"][f"Ring{i}"] = {
            "type": "structure",
            "members": {"Next": {"shape": f"Ring{(i + 1) % count}"}, "Leaf": {"shape": "Leaf"}},
        }
    model["shapes"][f"Ring{count - 1}"]["members"]["Leaf"]["documentation"] = deep_doc
    model["shapes"]["Leaf"] = {"type": "string"}
    # and a chain of lists, as deep: list[list[...[str]]]
    for i in range(MAX_SHAPE_DEPTH - 1):
        model["shapes"][f"Lists{i}"] = {"type": "list", "member": {"shape": f"Lists{i + 1}"}}
    model["shapes"][f"Lists{MAX_SHAPE_DEPTH - 1}"] = {"type": "string"}
    model["shapes"]["PingInput"] = {
        "type": "structure",
        "members": {"Ring": {"shape": "Ring0"}, "Lists": {"shape": "Lists1"}},
    }
    model["operations"]["Ping"]["input"] = {"shape": "PingInput"}
    model["operations"]["Ping"]["output"] = {"shape": "Lists0"}
    service = build_service(load_service(None, write(tmp_path, model)), ["Ping"])
    files = produce([service], ["client", "cli", "skeleton", "docs"], shared=False)
    page = files["kitchensink/docs/ping.rst"].decode("utf-8")
    text, warnings = rst_text_and_warnings(page)
    assert warnings == "" and text.count("deepest") == 2  # the ring passed twice
    skeleton = json.loads(files["kitchensink/skeletons/ping.output.json"])
    depth = 0
    while isinstance(skeleton, list):
        skeleton, depth = skeleton[0], depth + 1
    assert depth == MAX_SHAPE_DEPTH - 1
