"""The ``diff`` subcommand: exit 0 when nothing breaks callers, 1 when something does
(unless breaking changes are allowed), 2 on bad input (raised as GeneratorError)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import TextIO

from generator.diff.model import Severity
from generator.diff.report import FORMATS, render
from generator.diff.sources import INSTALLED, diff, resolve


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "diff", help="report what changed between two service models and how bad it is"
    )
    parser.add_argument(
        "old",
        metavar="OLD",
        help=f"a service-2.json, a folder like botocore's data/, or {INSTALLED}",
    )
    parser.add_argument("new", metavar="NEW", help="the same, for the newer model")
    parser.add_argument(
        "--format",
        choices=FORMATS,
        default="text",
        help="text (default), json, or markdown (a changelog section)",
    )
    parser.add_argument(
        "--allow-breaking", action="store_true", help="exit 0 even when a change is an ERROR"
    )
    parser.add_argument(
        "--operation",
        action="append",
        metavar="NAME",
        help="compare only this operation (repeatable)",
    )


def run_diff(
    old: str,
    new: str,
    *,
    fmt: str = "text",
    allow_breaking: bool = False,
    operations: Sequence[str] | None = None,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    """Print the report (to stdout unless ``out``); raises GeneratorError on bad input."""
    report = diff(resolve(old), resolve(new), operations)
    (out or sys.stdout).write(render(report, fmt))
    errors = report.counts()[Severity.ERROR]
    if errors and not allow_breaking:
        print(
            f"error: {errors} breaking change(s) (ERROR); pass --allow-breaking to accept",
            file=err or sys.stderr,
        )
        return 1
    return 0


def main(args: argparse.Namespace) -> int:
    return run_diff(
        args.old,
        args.new,
        fmt=args.format,
        allow_breaking=args.allow_breaking,
        operations=args.operation,
    )
