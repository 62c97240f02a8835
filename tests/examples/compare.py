"""Equal or not, and the likely cause of a difference (heuristics over both sides'
outcomes; the causes name what the runtime would have to change)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from tests.examples.classify import Plan

# awscli v1 global options the generated CLI does not have (README "The generated CLI").
AWSCLI_ONLY_GLOBALS = frozenset(
    {
        "--query",
        "--no-sign-request",
        "--cli-read-timeout",
        "--cli-connect-timeout",
        "--version",
        "--v2-debug",
        "--cli-binary-format",
        "--cli-auto-prompt",
    }
)
UNKNOWN = re.compile(r"Unknown options: (.*)$", re.M)
USAGE_ERROR = re.compile(r"error: (.*)$", re.M)


@dataclass(frozen=True)
class Outcome:
    rc: int
    stdout: str
    stderr: str
    requests: tuple[dict[str, Any], ...]  # normalised (wire.normalise)

    def same(self, other: Outcome) -> bool:
        return (self.rc, self.stdout, self.requests) == (other.rc, other.stdout, other.requests)


@dataclass(frozen=True)
class Difference:
    cause: str
    detail: str  # groups the cause further; values and names left out


@cache
def awscli_options(cli_service: str, command: str) -> frozenset[str]:
    """The option names of awscli's argument table for the command (customisations
    included), or none when awscli has no such command."""
    from tests.awscli_tables import driver

    try:
        table = driver()._get_command_table()[cli_service]._get_command_table()[command]
        return frozenset(f"--{name}" for name in table.arg_table)
    except (KeyError, AttributeError):
        return frozenset()


def shape_of(text: str) -> str:
    """A message with its values taken out, so that messages of one kind group together."""
    text = re.sub(r"'[^']*'|\"[^\"]*\"", "'…'", text)
    text = re.sub(r"parameter [\w.\[\]]+", "parameter …", text)
    text = re.sub(r"value: [^,]*", "value: …", text)
    text = re.sub(r"\b\d+(\.\d+)?\b", "N", text)
    text = re.sub(r"arn:[\w:/*.-]+", "ARN", text)
    return text.strip()[:160]


VALIDATION_KINDS = (
    ("must match pattern", "pattern"),
    ("valid max length", "max length"),
    ("valid min length", "min length"),
    ("valid max value", "max value"),
    ("valid min value", "min value"),
    ("valid values", "enum"),
    ("Missing required parameter", "required"),
    ("Invalid type", "type"),
)


def validation_kind(message: str) -> str:
    """The constraint a local validation message names (pattern, max length, enum, ...)."""
    for needle, kind in VALIDATION_KINDS:
        if needle in message:
            return kind
    return shape_of(message)


def _last_line(text: str) -> str:
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return lines[-1] if lines else ""


def first_message(stderr: str) -> str:
    """The first line of an error message (not argparse's usage block)."""
    for line in stderr.splitlines():
        text = line.strip()
        if not text or text == "^" or text.startswith(("usage:", "Note: AWS CLI", "To see help")):
            continue
        if text.startswith(("aws ", "python -m ", "[", "<")):
            continue
        return text
    return _last_line(stderr)


def _given_options(plan: Plan) -> list[str]:
    return [word.split("=", 1)[0] for word in plan.args if word.startswith("--")]


def _required_missing(plan: Plan, missing: list[str], ours: frozenset[str]) -> Difference | None:
    """``the following arguments are required: --x``: what the command line gave
    instead, when awscli took it."""
    known = awscli_options(plan.cli_service, plan.command)
    given = _given_options(plan)
    for option in given:
        if any(name != option and name.startswith(option) for name in missing):
            return Difference("prefix abbreviation", "of a required option")
    for option in given:
        if option in known and option not in ours:
            return Difference("awscli customisation (option only awscli has)", option)
    renamed = [name for name in missing if name not in known]
    if renamed:
        return Difference(
            "awscli customisation (a required option awscli renames or drops)", ", ".join(renamed)
        )
    return None


def _unknown_options(plan: Plan, unknown: list[str]) -> Difference:
    unknown = [option.split("=", 1)[0] for option in unknown]
    known = awscli_options(plan.cli_service, plan.command)
    for option in unknown:
        if option in AWSCLI_ONLY_GLOBALS:
            return Difference("global option the generated CLI lacks", option)
    for option in unknown:
        if option in known:
            return Difference("awscli customisation (option only awscli has)", option)
    for option in unknown:
        if option.startswith("--") and any(name.startswith(option) for name in known):
            return Difference("prefix abbreviation", "")
    if any(not word.startswith("-") for word in unknown) and "--outfile" in known:
        return Difference("awscli customisation (option only awscli has)", "outfile (positional)")
    return Difference("unknown option (generated CLI only)", " ".join(unknown))


def _request_difference(aws: Outcome, gen: Outcome) -> str:
    if len(aws.requests) != len(gen.requests):
        return f"number of requests ({len(aws.requests)} vs {len(gen.requests)})"
    for theirs, ours in zip(aws.requests, gen.requests, strict=True):
        for part in ("method", "path", "query", "headers", "body"):
            if theirs[part] == ours[part]:
                continue
            if part == "headers":
                keys = sorted(
                    key
                    for key in {*theirs[part], *ours[part]}
                    if theirs[part].get(key) != ours[part].get(key)
                )
                return f"headers {', '.join(keys)}"
            if part == "body" and isinstance(theirs[part], list) and isinstance(ours[part], list):
                pairs = {tuple(pair) for pair in theirs[part]} ^ {
                    tuple(pair) for pair in ours[part]
                }
                keys = sorted({re.sub(r"\.\d+", ".N", str(pair[0])) for pair in pairs})
                return f"form keys {', '.join(keys[:6])}"
            if part == "body" and isinstance(theirs[part], dict) and isinstance(ours[part], dict):
                keys = sorted(
                    key
                    for key in {*theirs[part], *ours[part]}
                    if theirs[part].get(key) != ours[part].get(key)
                )
                return f"body members {', '.join(keys)}"
            return part
    return "?"


@cache
def our_options(commands_json: Path, command: str) -> frozenset[str]:
    """The option names of the generated CLI's command (``--x`` and ``--no-x`` for a
    boolean), from the ``commands.json`` it runs."""
    data = json.loads(commands_json.read_text(encoding="utf-8"))
    for entry in data["commands"]:
        if entry["name"] == command:
            names = {f"--{arg['name']}" for arg in entry["arguments"]}
            names |= {
                f"--no-{arg['name']}" for arg in entry["arguments"] if arg.get("kind") == "boolean"
            }
            return frozenset(names)
    return frozenset()


def difference(
    plan: Plan, aws: Outcome, gen: Outcome, ours: frozenset[str] = frozenset()
) -> Difference | None:
    """None when both sides agree (requests, stdout, exit code), else the likely cause
    (``ours``: the generated command's option names)."""
    if aws.same(gen):
        return None
    for side, outcome in (("aws", aws), ("generated CLI", gen)):
        if outcome.rc == -1:
            return Difference("timeout", side)
        if outcome.rc == -2:
            return Difference(f"crash of the {side}", shape_of(_last_line(outcome.stderr)))
    unknown = UNKNOWN.search(gen.stderr)
    if gen.rc == 255 and unknown is not None and UNKNOWN.search(aws.stderr) is None:
        return _unknown_options(plan, unknown.group(1).split(", "))
    if gen.rc == 255 and "Parameter validation failed" in gen.stderr and aws.requests:
        lines = gen.stderr.split("Parameter validation failed:", 1)[1].strip().splitlines()
        return Difference("local validation", validation_kind(lines[0] if lines else ""))
    if gen.rc == 2 and aws.rc != 2:
        found = USAGE_ERROR.findall(gen.stderr)
        message = found[-1] if found else ""
        if message.startswith("the following arguments are required: "):
            refined = _required_missing(plan, message.split(": ", 1)[1].split(", "), ours)
            if refined is not None:
                return refined
        return Difference("usage error in the generated CLI only", shape_of(message))
    if aws.rc == 2 and gen.rc != 2:
        found = USAGE_ERROR.findall(aws.stderr)
        return Difference("usage error in aws only", shape_of(found[-1] if found else ""))
    if aws.rc != 0 and gen.rc == 0:
        if re.fullmatch(r"'\w+'", _last_line(aws.stderr)):  # a KeyError in a customisation
            return Difference(
                "awscli customisation needs a fuller answer than {}", _last_line(aws.stderr)
            )
        return Difference(
            "aws fails, the generated CLI succeeds", shape_of(first_message(aws.stderr))
        )
    if gen.rc != 0 and aws.rc == 0:
        return Difference(
            "the generated CLI fails, aws succeeds", shape_of(first_message(gen.stderr))
        )
    if aws.requests != gen.requests:
        if aws.requests and gen.requests:
            return Difference("request differs", _request_difference(aws, gen))
        return Difference("only one side sent a request", _request_difference(aws, gen))
    if aws.stdout != gen.stdout:
        for option in ("--query", "--output"):
            if option in plan.args:
                value = plan.args[plan.args.index(option) + 1 :][:1]
                return Difference(
                    "stdout differs",
                    option + (f" {value[0]}" if option == "--output" and value else ""),
                )
        return Difference("stdout differs", "json" if aws.stdout.lstrip().startswith("{") else "")
    return Difference("exit code differs", f"aws {aws.rc}, generated {gen.rc}")
