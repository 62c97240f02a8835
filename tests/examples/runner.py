"""Run many command lines of one side in one process (starting Python per command line
costs more than running it).

    python -m tests.examples.runner aws < runs.json
    python -m tests.examples.runner generated TREE PACKAGE < runs.json

Input: ``{"runs": [{"args": [...], "cwd": "...", "service": "ssm"}, ...]}`` (``service``:
the generated service package, for ``generated``); output:
``[{"rc", "stdout", "stderr", "seconds"}, ...]``. ``aws`` runs each command line through a
fresh awscli driver (``tests/e2e/aws_oracle.py``: only botocore's data loader is shared);
``generated`` calls the generated package's ``main`` (``TREE/PACKAGE/_runtime/cli.py``)
with the service's command table, which builds a fresh botocore session each time.

Each command line runs in its own working folder, with empty stdin, a 20 s alarm, and
``time.sleep`` made a no-op in this process: a waiter or a retry then polls at once
instead of sleeping (the answers never change, so the outcome is the same).
"""

from __future__ import annotations

import contextlib
import importlib
import io
import json
import os
import signal
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Any

TIMEOUT = 20.0


class Timeout(BaseException):  # not an Exception: the CLIs' handlers must not catch it
    pass


def _alarm(signum: int, frame: FrameType | None) -> None:
    raise Timeout


def _no_sleep(seconds: float) -> None:
    pass


def run_one(call: Callable[[list[str]], int], args: list[str], cwd: str) -> dict[str, Any]:
    out, err = io.StringIO(), io.StringIO()
    os.chdir(cwd)
    sys.stdin = io.StringIO("")
    started = time.perf_counter()
    signal.setitimer(signal.ITIMER_REAL, TIMEOUT)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                rc = call(args)
            except SystemExit as exit_:
                rc = exit_.code if isinstance(exit_.code, int) else 1
            except Timeout:
                rc = -1
                err.write(f"\n[harness] timed out after {TIMEOUT:.0f} s\n")
            except Exception as exc:  # a crash of either CLI is an outcome to compare
                rc = -2
                err.write(f"\n[harness] {type(exc).__name__}: {exc}\n")
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    return {
        "rc": rc,
        "stdout": out.getvalue(),
        "stderr": err.getvalue(),
        "seconds": round(time.perf_counter() - started, 3),
    }


def aws_caller() -> Callable[[list[str]], int]:
    from tests.e2e import aws_oracle

    sys.argv[0] = "aws"  # argparse names the program after it in usage errors

    def call(args: list[str]) -> int:
        return int(aws_oracle.create_driver().main(args))

    return call


def generated_caller(tree: str, package: str, service: str) -> Callable[[list[str]], int]:
    """The generated ``main`` with one service's command table (the table is data, read
    once; ``main`` builds its session and client anew on every call)."""
    if tree not in sys.path:
        sys.path.insert(0, tree)
    cli_module = importlib.import_module(f"{package}._runtime.cli")
    commands = importlib.import_module(f"{package}._runtime.commands")
    cli = commands.load_cli(Path(tree, package, service, "commands.json"))
    prog = f"python -m {package}.{service}"

    def call(args: list[str]) -> int:
        return int(cli_module.main(cli, args, prog=prog, stdout=sys.stdout, stderr=sys.stderr))

    return call


def main(argv: list[str]) -> int:
    callers: dict[str, Callable[[list[str]], int]] = {}

    def caller(run: dict[str, Any]) -> Callable[[list[str]], int]:
        key = "aws" if argv[0] == "aws" else run["service"]
        if key not in callers:
            callers[key] = aws_caller() if key == "aws" else generated_caller(*argv[1:3], key)
        return callers[key]

    request = json.load(sys.stdin)
    stdout = sys.stdout
    time.sleep = _no_sleep
    signal.signal(signal.SIGALRM, _alarm)
    results = [run_one(caller(run), list(run["args"]), run["cwd"]) for run in request["runs"]]
    json.dump(results, stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
