"""Names that collide after xform_name are refused naming both (exit 2, nothing written);
names the generated code uses itself are suffixed, and the package still imports, its
annotations resolve and the runtime client's attributes stay its own.

Fixtures: tests/fixtures/names/*.json, one small model per case.
"""

from __future__ import annotations

import importlib
import inspect
import json
import sys
import typing
from pathlib import Path

import pytest

from generator.cli import main
from generator.ir import build_service, naming
from generator.loader import load_service
from tests.conftest import ROOT

FIXTURES = ROOT / "tests" / "fixtures" / "names"


@pytest.mark.parametrize(
    ("fixture", "message"),
    [
        (
            "operations-case-only",
            "[service names, operation GetFOO, file {path}] operations: 'GetFoo' and 'GetFOO' "
            "both become the method 'get_foo'",
        ),
        (
            "members-python-name",
            "[service names, operation GetThing, file {path}] shapes.Thing.members: 'FooBar' "
            "and 'fooBar' both become the Python name 'foo_bar'",
        ),
        (
            "members-keyword",
            "shapes.GetThingRequest.members: 'Lambda' and 'lambda_' both become the Python "
            "name 'lambda_'",
        ),
        (
            "members-cli-option",
            "shapes.DeleteThingRequest.members: 'NoForce' and 'Force' both become the CLI "
            "option '--no-force'",
        ),
    ],
)
def test_names_that_collide_are_refused_naming_both(
    tmp_path: Path, fixture: str, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = FIXTURES / f"{fixture}.json"
    out = tmp_path / "out"
    assert main(["generate", "--model", str(path), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message.format(path=path) in err
    assert not out.exists()


def test_only_the_selected_operations_must_be_distinct() -> None:
    loaded = load_service(None, FIXTURES / "operations-case-only.json")
    service = build_service(loaded, ["getFoo"])
    assert [op.python_name for op in service.operations] == ["get_foo"]


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> typing.Iterator[str]:
    root = tmp_path_factory.mktemp("names")
    model = FIXTURES / "reserved-names.json"
    assert main(["generate", "--model", str(model), "--out", str(root / "namestree")]) == 0
    sys.path.insert(0, str(root))
    try:
        yield "namestree.names"
    finally:
        sys.path.remove(str(root))


def test_generated_names_do_not_shadow_the_generated_code(package: str) -> None:
    shapes = importlib.import_module(f"{package}.shapes")
    errors = importlib.import_module(f"{package}.errors")
    client = importlib.import_module(f"{package}.client")
    # Shape classes named like the module's own tables and builtins are suffixed.
    assert shapes.CLASSES == {"CLASSES": shapes.CLASSES_, "type": shapes.type_}
    known, unknown = typing.get_args(shapes.str_)  # an open enum: Literal[...] | UnknownValue
    assert typing.get_args(known) == ("a", "b") and unknown.__name__ == "UnknownValue"
    for cls in shapes.CLASSES.values():
        typing.get_type_hints(cls)  # every annotation resolves (no field shadows a type)
    assert typing.get_type_hints(shapes.CLASSES_)["count"] == int | None
    # Error classes: the imported ServiceError, the ERRORS table and the base class keep
    # their names; the model's NamesError is the error, the invented base gets the "_".
    from namestree._runtime.errors import ServiceError

    assert errors.ServiceError is ServiceError
    assert set(errors.ERRORS) == {"ERRORS", "NamesError", "ServiceError"}
    assert errors.ERRORS["NamesError"] is errors.NamesError
    assert errors.ERRORS["ServiceError"] is errors.ServiceError_
    assert errors.ERRORS["ERRORS"] is errors.ERRORS_
    base = client.NamesClient.ERROR_BASE
    assert base is errors.NamesError_ and issubclass(errors.NamesError, base)
    # The client's own attributes stay the runtime's; operations are suffixed.
    cls = client.NamesClient
    assert isinstance(inspect.getattr_static(cls, "botocore_client"), property)
    assert cls.SERVICE_NAME == "names" and callable(cls.SERVICE_NAME_)
    parameters = list(inspect.signature(cls.botocore_client_).parameters)
    assert parameters == [
        "self",
        "int_",
        "str__",  # "str_" is the enum shape str's alias
        "count",
        "bytes_",
        "list_",
        "dict_",
        "WIRE_NAMES_",
        "self_",
        "to_wire_params_",
        "float_",
        "ratio",
        "bool_",
        "on",
    ]


def test_invented_class_names_step_aside(tmp_path: Path) -> None:
    data = json.loads((FIXTURES / "reserved-names.json").read_text(encoding="utf-8"))
    data["metadata"]["serviceAbbreviation"] = "Service"
    path = tmp_path / "service-2.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    service = build_service(load_service(None, path), "*")
    assert service.client_class == "ServiceClient_"  # client.py imports ServiceClient
    error_classes = {shape.python_class for shape in service.error_shapes()}
    assert error_classes == {"ERRORS_", "NamesError", "ServiceError_"}
    assert service.error_base_class == "ServiceError__"
    assert naming.RESERVED_CLASSES.isdisjoint({service.error_base_class, *error_classes})
