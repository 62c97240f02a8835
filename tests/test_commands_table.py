"""``commands.json``: one JSON document, one command per line, and a CLI call that
parses only the line of the command it runs (runtime/commands.py ``load_cli``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.ir import build_service
from generator.loader import load_service
from generator.targets.cli.commands import command, commands_json
from runtime.commands import load_cli

OPERATIONS = ["ResumeSession", "GetCommandInvocation", "SendCommand"]


def table(tmp_path: Path) -> tuple[str, Path]:
    service = build_service(load_service("ssm"), OPERATIONS)
    text = commands_json(service)
    path = tmp_path / "commands.json"
    path.write_text(text, encoding="utf-8")
    return text, path


def test_the_document_is_json_with_a_line_per_command(tmp_path: Path) -> None:
    text, path = table(tmp_path)
    data = json.loads(text)
    service = build_service(load_service("ssm"), OPERATIONS)
    assert data["commands"] == [command(service, op) for op in service.operations]
    assert [w["name"] for w in data["waiters"]] == ["command-executed"]
    lines = [line for line in text.splitlines() if line.startswith('{"name": ')]
    assert len(lines) == len(OPERATIONS)
    cli = load_cli(path)
    assert cli.names == ("get-command-invocation", "resume-session", "send-command")
    assert [c.name for c in cli.commands] == list(cli.names)
    assert cli.operation_command("SendCommand").method == "send_command"
    assert cli.waiter("command-executed").operation == "GetCommandInvocation"


def test_a_call_parses_only_its_own_command(tmp_path: Path) -> None:
    text, path = table(tmp_path)
    # Break every other command's line: a call of resume-session never reads them.
    broken = "\n".join(
        line
        if not line.startswith('{"name": ') or '"resume-session"' in line
        else line.replace('"arguments": [', '"arguments": <not json> [')
        for line in text.splitlines()
    )
    path.write_text(broken, encoding="utf-8")
    cli = load_cli(path)
    assert cli.command("resume-session").operation == "ResumeSession"
    with pytest.raises(json.JSONDecodeError):
        cli.command("send-command")
