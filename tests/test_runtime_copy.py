"""The shared runtime is copied, never rendered: byte for byte, only what targets need,
and it depends on nothing but botocore (and jmespath, which botocore requires), PyYAML
and the standard library."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

from generator.pipeline import produce, shared_files
from generator.runtime_copy import RUNTIME_PACKAGE, runtime_modules
from tests.conftest import ROOT

RUNTIME = ROOT / "runtime"
GENERATED = ROOT / "generated"
ALLOWED_TOP_LEVEL = {"botocore", "jmespath", "yaml"} | set(sys.stdlib_module_names)


def test_every_copied_file_equals_its_source() -> None:
    copied = sorted(GENERATED.joinpath(RUNTIME_PACKAGE).glob("*.py"))
    assert copied, "generated/ has no runtime"
    for path in copied:
        assert path.read_bytes() == (RUNTIME / path.name).read_bytes(), path.name
    # ...and the full tree carries every runtime module (each one is needed by a target).
    assert {p.name for p in copied} == {p.name for p in RUNTIME.glob("*.py")}


@pytest.mark.parametrize("path", sorted(RUNTIME.glob("*.py")), ids=lambda p: p.name)
def test_runtime_imports_only_botocore_yaml_and_itself(path: Path) -> None:
    tree = ast.parse(path.read_bytes())
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            names = [node.module or ""]
        else:
            continue
        for name in names:
            top = name.split(".")[0]
            assert top in ALLOWED_TOP_LEVEL, f"{path.name} imports {name}"
            assert top not in ("generator", "awscli", "runtime"), f"{path.name} imports {name}"


def test_client_only_tree_has_no_cli_runtime() -> None:
    files = shared_files(["client"])
    modules = {Path(rel).stem for rel in files if rel.startswith(f"{RUNTIME_PACKAGE}/")}
    assert "client" in modules and "validation" in modules and "paging" in modules
    assert not modules & {"cli", "shorthand", "output", "paginate", "paramfile", "commands"}


def test_cli_tree_follows_the_imports_of_cli() -> None:
    assert runtime_modules(["cli"]) == sorted(
        [
            "__init__",
            "builders",
            "cli",
            "commands",
            "errors",
            "helptext",
            "invokers",
            "output",
            "paginate",
            "paging",
            "paramfile",
            "session",
            "shorthand",
            "validation",
        ]
    )


def test_docs_and_skeleton_only_trees_carry_no_python() -> None:
    assert shared_files(["docs", "skeleton"]) == {}


def test_runtime_bytes_pass_through_untouched(tmp_path: Path) -> None:
    """No formatter runs on the runtime: a byte black would change survives the copy."""
    source = tmp_path / "runtime"
    source.mkdir()
    (source / "__init__.py").write_bytes(b"")
    (source / "client.py").write_bytes(b"x  =  1 # not black's style\r\n")
    from generator.runtime_copy import runtime_files

    files = runtime_files(["client"], source)
    assert files[f"{RUNTIME_PACKAGE}/client.py"] == b"x  =  1 # not black's style\r\n"


def test_produce_without_shared_has_no_runtime() -> None:
    assert produce([], ["client", "cli"], shared=False, site=False) == {}
    assert not any(path.startswith("_runtime/") for path in produce([], ["cli"], shared=False))
