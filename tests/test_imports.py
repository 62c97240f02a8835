"""The generator and the generated tree never import the tools they are compared with:
awscli (the behavioural oracle of the tests) and mypy_boto3_builder (``make bench``)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.conftest import ROOT

FORBIDDEN = {"awscli", "mypy_boto3_builder", "boto3"}


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_bytes())):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("tree", ["generator", "generated"])
def test_no_module_imports_awscli_or_mypy_boto3_builder(tree: str) -> None:
    modules = sorted((ROOT / tree).rglob("*.py"))
    assert modules
    found = {p.relative_to(ROOT).as_posix(): _imports(p) & FORBIDDEN for p in modules}
    assert {path: names for path, names in found.items() if names} == {}
