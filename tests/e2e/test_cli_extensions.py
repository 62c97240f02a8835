"""What the generated CLI adds to awscli v1 (no oracle): --cli-input-yaml and
--generate-cli-skeleton yaml-input; and its own help. Run in-process for speed."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
import yaml

from runtime.cli import main
from runtime.commands import load_cli
from tests.conftest import ROOT
from tests.e2e.server import FakeService

PROG = "python -m generated.ssm"
CLI = load_cli(ROOT / "generated" / "ssm" / "commands.json")


def run(args: list[str], server: FakeService) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    rc = main(CLI, [*args, "--endpoint-url", server.url], prog=PROG, stdout=out, stderr=err)
    return rc, out.getvalue(), err.getvalue()


@pytest.mark.usefixtures("aws_env")
def test_cli_input_yaml_merges_under_the_command_line(fake_ssm: FakeService) -> None:
    rc, out, err = run(["resume-session", "--cli-input-yaml", "SessionId: from-yaml"], fake_ssm)
    assert (rc, err) == (0, "")
    assert [r.json() for r in fake_ssm.requests] == [{"SessionId": "from-yaml"}]
    assert json.loads(out)["TokenValue"] == "tok-abc"

    fake_ssm.reset()
    args = ["resume-session", "--cli-input-yaml", "SessionId: from-yaml", "--session-id", "cli"]
    assert run(args, fake_ssm)[0] == 0
    assert [r.json() for r in fake_ssm.requests] == [{"SessionId": "cli"}]


@pytest.mark.usefixtures("aws_env")
def test_cli_input_yaml_from_file(fake_ssm: FakeService, tmp_path: Path) -> None:
    path = tmp_path / "input.yaml"
    path.write_text("SessionId: from-file\n", encoding="utf-8")
    assert run(["resume-session", "--cli-input-yaml", f"file://{path}"], fake_ssm)[0] == 0
    assert [r.json() for r in fake_ssm.requests] == [{"SessionId": "from-file"}]


@pytest.mark.usefixtures("aws_env")
def test_bad_cli_input_yaml(fake_ssm: FakeService) -> None:
    rc, out, err = run(["resume-session", "--cli-input-yaml", "SessionId: [unclosed"], fake_ssm)
    assert (rc, out) == (255, "")
    assert err.startswith("\nError parsing parameter 'cli-input-yaml': Invalid YAML: ")
    assert fake_ssm.count == 0


@pytest.mark.usefixtures("aws_env")
def test_yaml_input_skeleton_is_the_json_skeleton(fake_ssm: FakeService) -> None:
    rc, out, _ = run(["resume-session", "--generate-cli-skeleton", "yaml-input"], fake_ssm)
    assert rc == 0
    skeleton = ROOT / "generated" / "ssm" / "skeletons" / "resume-session.input.json"
    assert yaml.safe_load(out) == json.loads(skeleton.read_text(encoding="utf-8"))
    assert fake_ssm.count == 0


@pytest.mark.usefixtures("aws_env")
def test_help_lists_commands_and_options(fake_ssm: FakeService) -> None:
    rc, out, _ = run(["help"], fake_ssm)
    assert rc == 0 and "resume-session" in out
    rc, out, _ = run(["resume-session", "help"], fake_ssm)
    assert rc == 0 and "--session-id <value>" in out
    assert fake_ssm.count == 0


@pytest.mark.usefixtures("aws_env")
def test_option_value_from_file(fake_ssm: FakeService, tmp_path: Path) -> None:
    path = tmp_path / "id.txt"
    path.write_text("s-from-file", encoding="utf-8")
    assert run(["resume-session", "--session-id", f"file://{path}"], fake_ssm)[0] == 0
    assert [r.json() for r in fake_ssm.requests] == [{"SessionId": "s-from-file"}]


def test_generated_code_never_imports_awscli_or_the_generator() -> None:
    for path in (ROOT / "generated").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for forbidden in ("import awscli", "from awscli", "import generator", "from generator"):
            assert forbidden not in text, f"{path} has {forbidden!r}"
