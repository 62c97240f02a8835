"""Walks over nested shapes are bounded (generator/targets/walk.py): a group of shapes
that all refer to each other, whose skeleton and docs page awscli would write out path
by path (factorially many), is one line naming the place and the bound (exit 2, nothing
written), reached in a bounded time; a group just like it but small generates."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from generator.cli import main
from generator.errors import GeneratorError
from generator.targets import walk
from generator.targets.walk import WalkBudget
from tests.conftest import KITCHENSINK

MODEL = json.loads(KITCHENSINK.read_text(encoding="utf-8"))


def dense(size: int) -> dict[str, Any]:
    """Ping takes Node0, and every NodeI has a member for each NodeJ."""
    model = copy.deepcopy(MODEL)
    for i in range(size):
        model["shapes"][f"Node{i}"] = {
            "type": "structure",
            "members": {f"To{j}": {"shape": f"Node{j}"} for j in range(size)},
        }
    model["shapes"]["PingInput"] = {
        "type": "structure",
        "members": {"Root": {"shape": "Node0"}},
    }
    model["operations"]["Ping"]["input"] = {"shape": "PingInput"}
    return model


def write(tmp_path: Path, model: dict[str, Any]) -> Path:
    path = tmp_path / "kitchensink" / "2020-01-01" / "service-2.json"
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps(model), encoding="utf-8")
    return path


def test_budget_counts_and_refuses_past_its_limit() -> None:
    budget = WalkBudget("the walk", limit=2)
    budget.visit("A")
    budget.visit("B")
    with pytest.raises(GeneratorError, match="more than 2 nested shapes \\(at C\\)"):
        budget.visit("C")


def test_a_small_dense_group_generates(tmp_path: Path) -> None:
    path = write(tmp_path, dense(3))
    assert main(["generate", "--model", str(path), "--out", str(tmp_path / "out")]) == 0
    skeleton = (tmp_path / "out" / "kitchensink" / "skeletons" / "ping.input.json").read_text()
    assert '"To2": {}' in skeleton


def test_a_dense_group_is_one_line_and_nothing_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # A smaller bound keeps the test quick; the refusal is the same at the real one.
    monkeypatch.setattr(walk, "MAX_WALK_NODES", 20_000)
    path = write(tmp_path, dense(9))  # 9! paths and more: awscli would not finish
    out = tmp_path / "out"
    assert main(["generate", "--model", str(path), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert "operation Ping" in err and "templates/" in err
    assert "more than 20,000 nested shapes" in err
    assert not out.exists()
