"""Bad input gets one clear message naming service, operation and file; exit 2; nothing written."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from generator import render as render_module
from generator.cli import main
from generator.config import parse_config
from generator.errors import GeneratorError
from generator.loader import load_service
from generator.resources import templates_dir
from tests.conftest import KITCHENSINK
from tests.test_writer import tree_digest


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(argv)
    return code, capsys.readouterr().err


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("pristine") / "out"
    assert main(["generate", "--out", str(target)]) == 0
    return target


@pytest.fixture
def out(tmp_path: Path, pristine: Path) -> Path:
    """A copy of a generated tree to prove failures leave it byte-identical."""
    target = tmp_path / "out"
    shutil.copytree(pristine, target)
    return target


def test_unknown_service_lists_closest(out: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = tree_digest(out)
    code, err = run(["generate", "--service", "sms", "--out", str(out)], capsys)
    assert code == 2
    assert "unknown service 'sms'" in err and "ssm" in err
    assert tree_digest(out) == before


def test_unknown_operation_lists_closest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "g.yaml"
    config.write_text("services:\n  ssm:\n    operations: [ResumeSesion]\n")
    code, err = run(["--config", str(config), "generate", "--out", str(tmp_path / "o")], capsys)
    assert code == 2
    assert "unknown operation 'ResumeSesion'" in err and "ResumeSession" in err
    assert "service ssm" in err
    assert not (tmp_path / "o").exists()


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("services:\n  ssm:\n    operations: [ResumeSession]\ntargets: [client, pdf]\n", "targets"),
        ("services:\n  ssm:\n    ops: [ResumeSession]\n", "services.ssm.ops"),
        ("servics:\n  ssm: {}\n", "servics"),
        ("services:\n  ../etc:\n    operations: '*'\n", "services.../etc"),
        ("services:\n  ssm:\n    operations: 3\n", "services.ssm.operations"),
    ],
)
def test_config_errors_name_the_key(text: str, key: str, tmp_path: Path) -> None:
    import yaml

    with pytest.raises(GeneratorError) as info:
        parse_config(yaml.safe_load(text), "g.yaml")
    assert f"'{key}'" in str(info.value)


def broken_model(tmp_path: Path, mutate: object) -> Path:
    data = json.loads(KITCHENSINK.read_text())
    assert callable(mutate)
    mutate(data)
    path = tmp_path / "kitchensink" / "2020-01-01" / "service-2.json"
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps(data))
    return path


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d["shapes"]["Count"].update(type="integr"), "shapes.Count: unknown shape type"),
        (
            lambda d: d["shapes"]["TreeNode"]["members"]["Label"].update(shape="Nope"),
            "shapes.TreeNode.members.Label: points to missing shape 'Nope'",
        ),
        (
            lambda d: d["operations"]["Ping"].update(input={"shape": "Gone"}),
            "operations.Ping.input: points to missing shape 'Gone'",
        ),
        (lambda d: d.clear(), "model is empty"),
        (
            lambda d: d["shapes"].update(Loop={"type": "list", "member": {"shape": "Loop"}}),
            "shapes.Loop: recursive through lists/maps only",
        ),
        # Fields of the wrong type: one line each, never a traceback.
        (lambda d: d["metadata"].update(protocol="carrier-pigeon"), "unknown protocol"),
        (lambda d: d["metadata"].update(apiVersion=20200101), "metadata.apiVersion: not a string"),
        (lambda d: d["shapes"]["Count"].update(documentation=["x"]), "documentation: not a string"),
        (lambda d: d["shapes"]["Count"].update(max="10"), "shapes.Count.max: not a finite number"),
        (
            lambda d: d["shapes"]["Count"].update(min=float("nan")),
            "shapes.Count.min: not a finite number",
        ),
        (
            lambda d: d["shapes"]["Count"].update(max=float("inf")),
            "shapes.Count.max: not a finite number",
        ),
        (
            lambda d: d["shapes"]["Colour"].update(enum="abc"),
            "shapes.Colour.enum: not a list of strings",
        ),
        (
            lambda d: d["operations"]["Ping"].update(http="POST /"),
            "operations.Ping.http: not an object",
        ),
        (
            lambda d: d["operations"]["Ping"].update(documentation=7),
            "operations.Ping.documentation: not a string",
        ),
        # Every field of botocore's format that its models use has one type.
        (
            lambda d: d["shapes"]["ValidationFailure"]["error"].update(code=5),
            "shapes.ValidationFailure.error.code: not a string (5)",
        ),
        (
            lambda d: d["shapes"]["ValidationFailure"]["error"].update(httpStatusCode="400"),
            "shapes.ValidationFailure.error.httpStatusCode: not an integer ('400')",
        ),
        (
            lambda d: d["shapes"]["ValidationFailure"].update(error="ValidationFailure"),
            "shapes.ValidationFailure.error: not an object",
        ),
        (
            lambda d: d["shapes"]["GetTreeRequest"].update(required="Depth"),
            "shapes.GetTreeRequest.required: not a list of strings ('Depth')",
        ),
        (
            lambda d: d["shapes"]["GetTreeRequest"].update(payload="Nope"),
            "shapes.GetTreeRequest.payload: 'Nope' is not a member",
        ),
        (
            lambda d: d["shapes"]["Count"].update(max=10**400),
            "shapes.Count.max: not a finite number",
        ),
        (
            lambda d: d["shapes"]["Count"].update(sensitive="yes"),
            "shapes.Count.sensitive: not a boolean ('yes')",
        ),
        (
            lambda d: d["shapes"]["TreeNode"]["members"]["Label"].update(location=5),
            "shapes.TreeNode.members.Label.location: not a string (5)",
        ),
        (
            lambda d: d["shapes"]["ListThingsRequest"]["members"]["NextToken"].update(
                idempotencyToken="true"
            ),
            "shapes.ListThingsRequest.members.NextToken.idempotencyToken: not a boolean",
        ),
        (
            lambda d: d["shapes"]["NameList"]["member"].update(locationName=["x"]),
            "shapes.NameList.member.locationName: not a string",
        ),
        (
            lambda d: d["operations"]["PutEverything"].update(errors={"shape": "Count"}),
            "operations.PutEverything.errors: not a list",
        ),
        (
            lambda d: d["operations"]["PutEverything"].update(errors=[{"shape": "Count"}]),
            "operations.PutEverything.errors[0]: 'Count' is not a structure",
        ),
        (
            lambda d: d["operations"]["PutEverything"]["errors"][0].update(documentation=1),
            "operations.PutEverything.errors[0].documentation: not a string",
        ),
        (
            lambda d: d["operations"]["Ping"]["http"].update(responseCode="200"),
            "operations.Ping.http.responseCode: not an integer",
        ),
        (
            lambda d: d["operations"]["ListThings"].update(deprecated="no"),
            "operations.ListThings.deprecated: not a boolean",
        ),
        (
            lambda d: d["metadata"].update(serviceAbbreviation=5),
            "metadata.serviceAbbreviation: not a string",
        ),
        (lambda d: d["metadata"].update(protocols="json"), "metadata.protocols: not a list"),
        (lambda d: d.update(version=2.0), "version: not a string (2.0)"),
    ],
)
def test_broken_models_are_refused(
    tmp_path: Path, out: Path, mutate: object, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    model = broken_model(tmp_path, mutate)
    before = tree_digest(out)
    code, err = run(["generate", "--model", str(model), "--out", str(out)], capsys)
    assert code == 2
    assert message in err and str(model) in err
    assert len(err.strip().splitlines()) == 1
    assert tree_digest(out) == before


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        (
            "paginators-1.json",
            {"pagination": {"ListThings": {"input_token": "NextToken", "limit_key": "Max"}}},
            "pagination.ListThings.limit_key: 'Max' is not a member of the input",
        ),
        (
            "paginators-1.json",
            {"pagination": {"ListThings": {"input_token": 5}}},
            "pagination.ListThings.input_token: not a string or a list of strings (5)",
        ),
        ("paginators-1.json", {"pagination": []}, "pagination: not an object"),
        ("waiters-2.json", {"waiters": {"Ready": "soon"}}, "waiters: not an object of objects"),
        ("service-2.sdk-extras.json", {"merge": 5}, "merge: not an object"),
    ],
)
def test_broken_sibling_files_are_refused(
    tmp_path: Path, name: str, content: object, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    model = broken_model(tmp_path, lambda d: None)
    sibling = model.parent / name
    sibling.write_text(json.dumps(content))
    code, err = run(["generate", "--model", str(model), "--out", str(tmp_path / "o")], capsys)
    assert code == 2
    assert message in err and f"file {sibling}" in err and "service kitchensink" in err
    assert len(err.strip().splitlines()) == 1
    assert not (tmp_path / "o").exists()


def test_malformed_json_reports_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "service-2.json"
    path.write_text('{\n  "metadata": {,\n}')
    with pytest.raises(GeneratorError) as info:
        load_service(None, path)
    assert "line 2, column 16" in str(info.value) and str(path) in str(info.value)


def test_template_error_names_template_and_writes_nothing(
    tmp_path: Path, out: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    templates = tmp_path / "templates"
    shutil.copytree(templates_dir(), templates)
    bad = templates / "client" / "%service" / "client.py.j2"
    bad.write_text(bad.read_text() + "\n{{ operation.no_such_attribute }}\n")
    monkeypatch.setattr(render_module, "templates_dir", lambda: templates)
    before = tree_digest(out)
    code, err = run(["generate", "--out", str(out)], capsys)
    assert code == 2
    assert "templates/client/%service/client.py.j2" in err and "service ssm" in err
    assert tree_digest(out) == before


def test_uncompilable_output_names_operation_template_and_writes_nothing(
    tmp_path: Path, out: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    templates = tmp_path / "templates"
    shutil.copytree(templates_dir(), templates)
    extra = templates / "client" / "%service" / "%operation_bad.py.j2"
    extra.write_text("def {{ operation.python_name }}(:\n")
    monkeypatch.setattr(render_module, "templates_dir", lambda: templates)
    before = tree_digest(out)
    code, err = run(["generate", "--out", str(out)], capsys)
    assert code == 2
    assert "does not compile" in err
    assert "operation ResumeSession" in err and "%operation_bad.py.j2" in err
    assert tree_digest(out) == before


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (
            lambda d: d["operations"].update({"../x": d["operations"]["Ping"]}),
            "operation name '../x' is not a safe name",
        ),
        (
            lambda d: d["operations"].update({"/etc/passwd": d["operations"]["Ping"]}),
            "operation name '/etc/passwd' is not a safe name",
        ),
        (
            lambda d: d["shapes"]["TreeNode"]["members"].update({"Evil\u202e": {"shape": "Count"}}),
            "member name 'Evil\\u202e' is not a safe name",
        ),
        (
            lambda d: d["shapes"].update({"Nul\x00": {"type": "string"}}),
            "shapes.'Nul\\x00': shape name is not a safe name",
        ),
    ],
)
def test_names_that_could_escape_or_hide_are_refused(
    tmp_path: Path, mutate: object, message: str
) -> None:
    model = broken_model(tmp_path, mutate)
    with pytest.raises(GeneratorError) as info:
        load_service(None, model)
    assert message in str(info.value)


def test_service_name_that_escapes_the_output_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(GeneratorError, match="not a safe name"):
        load_service("../evil", KITCHENSINK)


def test_a_model_over_the_size_limit_is_refused_before_parsing(
    tmp_path: Path, out: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from generator import loader

    monkeypatch.setattr(loader, "MAX_MODEL_BYTES", 1000)
    before = tree_digest(out)
    code, err = run(["generate", "--model", str(KITCHENSINK), "--out", str(out)], capsys)
    assert code == 2
    assert f"file {KITCHENSINK}" in err and "over the 1000-byte limit" in err
    assert tree_digest(out) == before


def test_a_named_config_that_is_missing_is_one_line_exit_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    code, err = run(["--config", "missing.yaml", "generate", "--service", "ssm"], capsys)
    assert code == 2
    assert err.count("\n") == 1 and "missing.yaml" in err and "cannot read config" in err
    assert list(tmp_path.iterdir()) == []


def test_without_a_config_the_command_line_names_what_to_generate(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    code, err = run(["generate"], capsys)
    assert code == 2 and "nothing to generate" in err and err.count("\n") == 1
    assert list(tmp_path.iterdir()) == []
    # Defaults: every target unless --target narrows it, into ./generated.
    assert main(["generate", "--service", "ssm", "--target", "skeleton"]) == 0
    skeletons = list((tmp_path / "generated" / "ssm" / "skeletons").glob("*.input.json"))
    assert len(skeletons) == len(load_service("ssm").service_model.operation_names)
    assert not (tmp_path / "generated" / "_runtime").exists()  # no Python target, no runtime
