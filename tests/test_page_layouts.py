"""``docs.layout`` and ``docs.examples``: the config keys, the examples folder as input
(refusals with one clear line, nothing written), and what the layouts put on a page."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from generator.cli import main
from generator.config import DocsConfig, ServiceSelection, parse_config
from generator.errors import GeneratorError
from generator.examples import load_examples
from generator.fingerprint import service_fingerprint
from generator.ir import build_service
from generator.loader import load_service
from generator.pipeline import produce
from tests.test_writer import tree_digest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "docs" / "examples"
SSM = "services:\n  ssm:\n    operations: [ResumeSession]\ntargets: [docs]\n"


@pytest.mark.parametrize(
    ("docs", "key"),
    [
        ("docs: {layout: modern}\n", "docs.layout"),
        ("docs: {layout: legacy, examples: ex}\n", "docs.examples"),
        ("docs: {examples: 3}\n", "docs.examples"),
        ("docs: {layouts: current}\n", "docs.layouts"),
        ("docs: current\n", "docs"),
    ],
)
def test_docs_config_errors_name_the_key(docs: str, key: str) -> None:
    with pytest.raises(GeneratorError) as info:
        parse_config(yaml.safe_load(SSM + docs), "g.yaml")
    assert f"'{key}'" in str(info.value)


def test_relative_examples_folder_is_in_the_config_files_folder(tmp_path: Path) -> None:
    config = parse_config(yaml.safe_load(SSM + "docs: {examples: ex}\n"), "g.yaml", tmp_path)
    assert config.docs == DocsConfig("current", tmp_path / "ex")
    assert parse_config(yaml.safe_load(SSM), "g.yaml").docs == DocsConfig("current", None)


def _generate(
    tmp_path: Path, docs: str, out: Path, capsys: pytest.CaptureFixture[str]
) -> tuple[int, str]:
    config = tmp_path / "g.yaml"
    config.write_text(SSM + docs)
    code = main(["--config", str(config), "generate", "--out", str(out), "--no-cache"])
    return code, capsys.readouterr().err


@pytest.fixture
def out(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A tree generated in the legacy layout, to prove a failed run leaves it as it was."""
    target = tmp_path / "out"
    assert _generate(tmp_path, "docs: {layout: legacy}\n", target, capsys)[0] == 0
    return target


def test_a_missing_examples_folder_is_one_line_and_writes_nothing(
    tmp_path: Path, out: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = tree_digest(out)
    code, err = _generate(tmp_path, "docs: {examples: nowhere}\n", out, capsys)
    assert code == 2
    assert err.count("\n") == 1 and "docs.examples: no such folder" in err
    assert "nowhere" in err and "Traceback" not in err
    assert tree_digest(out) == before


@pytest.mark.parametrize(
    ("line", "refused"),
    [
        (".. raw:: html\n\n   <script>alert(1)</script>\n", "directive 'raw'"),
        (".. include:: /etc/passwd\n", "directive 'include'"),
        (".. |x| raw:: html\n", "directive 'raw'"),
        ("See :doc:`elsewhere` for more.\n", "role 'doc'"),
    ],
)
def test_an_example_reaching_outside_the_page_is_refused_naming_file_and_line(
    tmp_path: Path, out: Path, capsys: pytest.CaptureFixture[str], line: str, refused: str
) -> None:
    examples = tmp_path / "ex" / "ssm"
    examples.mkdir(parents=True)
    (examples / "resume-session.rst").write_text(f"**To resume**\n\n{line}")
    before = tree_digest(out)
    code, err = _generate(tmp_path, "docs: {examples: ex}\n", out, capsys)
    assert code == 2 and refused in err
    assert "service ssm" in err and "resume-session.rst:3" in err
    assert tree_digest(out) == before


def test_a_non_utf8_example_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    examples = tmp_path / "ex" / "ssm"
    examples.mkdir(parents=True)
    (examples / "resume-session.rst").write_bytes(b"caf\xe9\n")
    code, err = _generate(tmp_path, "docs: {examples: ex}\n", tmp_path / "o", capsys)
    assert code == 2 and "not UTF-8" in err and "resume-session.rst" in err
    assert not (tmp_path / "o").exists()


def test_awscli_example_files_all_load() -> None:
    # Every example file awscli 1.45.11 ships (what nobody here wrote) passes the checks.
    import awscli

    root = Path(awscli.__file__).parent / "examples"
    services = [d.name for d in sorted(root.iterdir()) if d.is_dir()]
    loaded = sum(len(load_examples(root, name, name).pages) for name in services)
    assert len(services) > 150 and loaded > 5000


def test_a_changed_example_file_changes_only_its_services_fingerprint(tmp_path: Path) -> None:
    shutil.copytree(EXAMPLES, tmp_path / "ex")
    (tmp_path / "ex" / "sts").mkdir()
    (tmp_path / "ex" / "sts" / "get-caller-identity.rst").write_text("**Who am I**\n")
    docs = DocsConfig("current", tmp_path / "ex")

    def prints() -> list[str]:
        return [
            service_fingerprint("code", ServiceSelection(name, "*"), ["docs"], None, docs)
            for name in ("ssm", "sts")
        ]

    ssm0, sts0 = prints()
    (tmp_path / "ex" / "ssm" / "resume-session.rst").write_text("**Changed**\n")
    ssm1, sts1 = prints()
    (tmp_path / "ex" / "ssm" / "send-command.rst").write_text("**Added**\n")
    ssm2, sts2 = prints()
    assert len({ssm0, ssm1, ssm2}) == 3
    assert sts0 == sts1 == sts2
    assert service_fingerprint(
        "code", ServiceSelection("ssm", "*"), ["docs"], None, DocsConfig("legacy")
    ) != service_fingerprint("code", ServiceSelection("ssm", "*"), ["docs"], None, DocsConfig())


def _pages(docs: DocsConfig) -> dict[str, str]:
    service = build_service(load_service("ssm"), ["ResumeSession", "GetCommandInvocation"])
    files = produce([service], ["docs"], shared=False, site=False, docs=docs)
    return {path: data.decode() for path, data in files.items()}


def test_the_layouts_on_every_page_kind() -> None:
    legacy = _pages(DocsConfig("legacy"))
    current = _pages(DocsConfig("current", EXAMPLES))
    assert set(legacy) == set(current)
    kinds = {
        "ssm/docs/resume-session.rst": "Use the AWS CLI 1.45.11 to run the ssm resume-session",
        "ssm/docs/index.rst": "Learn about the AWS CLI 1.45.11 ssm commands.",
        "ssm/docs/wait/index.rst": "Use the AWS CLI 1.45.11 to run the ssm wait command.",
        "ssm/docs/wait/command-executed.rst": "to run the ssm wait command-executed command.",
    }
    for path, description in kinds.items():
        assert ".. meta::\n   :description: " in current[path], path
        assert description in current[path].split("\n")[3], path
        assert ".. meta::" not in legacy[path], path
    for path in ("ssm/docs/resume-session.rst", "ssm/docs/wait/command-executed.rst"):
        assert "\nGlobal Options\n" in current[path] and "  [--debug]\n" in current[path]
        assert "\nGlobal Options\n" not in legacy[path] and "[--debug]" not in legacy[path]
        assert "See :doc:`'aws help'" in legacy[path]
        assert "See :doc:`'aws help'" not in current[path]
    # Examples where the folder has a file for the command, and only there.
    assert "\nExamples\n" in current["ssm/docs/resume-session.rst"]
    assert "aws ssm resume-session \\\n" in current["ssm/docs/resume-session.rst"]
    assert "\nExamples\n" not in current["ssm/docs/wait/command-executed.rst"]
    assert "\nExamples\n" not in legacy["ssm/docs/resume-session.rst"]


def test_command_line_options_override_the_config(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "g.yaml"
    config.write_text(SSM + "docs: {layout: legacy}\n")
    page = tmp_path / "o" / "ssm" / "docs" / "resume-session.rst"
    argv = ["--config", str(config), "generate", "--out", str(tmp_path / "o"), "--no-cache"]
    assert main([*argv, "--docs-layout", "current", "--examples", str(EXAMPLES)]) == 0
    assert "\nExamples\n" in page.read_text()
    assert main(argv) == 0
    assert ".. meta::" not in page.read_text()
    assert main([*argv, "--examples", str(EXAMPLES)]) == 2
    assert "--examples: the legacy layout has no Examples section" in capsys.readouterr().err
