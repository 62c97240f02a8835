"""The ``diff`` subcommand: exit 0 when nothing breaks callers, 1 when a change is at
least ``--fail-on`` (ERROR by default; unless ``--allow-breaking``), 2 on bad input
(raised as GeneratorError)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping, Sequence
from typing import TextIO

from generator.diff.model import INSTALLED, SEVERITIES, Severity, severity_named
from generator.diff.report import FORMATS, Filter, render


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
        help="text (default), json (everything), markdown (a changelog section) or "
        "changelog (botocore's .changes/next-release entries)",
    )
    parser.add_argument(
        "--docs", action="store_true", help="list documentation changes too (text, markdown)"
    )
    parser.add_argument(
        "--min-severity",
        choices=[s.value for s in SEVERITIES],
        default="WARNING",
        help="list changes at least this severe (text, markdown; default WARNING); the "
        "rest are counted by kind, added operations named",
    )
    add_fail_on(parser, "exit 1 when a change is at least this severe (default: ERROR)")
    parser.add_argument(
        "--allow-breaking", action="store_true", help="exit 0 whatever the changes are"
    )
    parser.add_argument(
        "--operation",
        action="append",
        metavar="NAME",
        help="compare only this operation (repeatable)",
    )


def add_fail_on(parser: argparse.ArgumentParser, text: str) -> None:
    parser.add_argument(
        "--fail-on", choices=[s.value for s in SEVERITIES], metavar="SEVERITY", help=text
    )


def failing(counts: Mapping[Severity, int], fail_on: Severity) -> int:
    """How many changes are at least ``fail_on``."""
    return sum(n for severity, n in counts.items() if severity.rank <= fail_on.rank)


def run_diff(
    old: str,
    new: str,
    *,
    fmt: str = "text",
    allow_breaking: bool = False,
    operations: Sequence[str] | None = None,
    out: TextIO | None = None,
    err: TextIO | None = None,
    view: Filter | None = None,
    fail_on: Severity = Severity.ERROR,
) -> int:
    """Print the report (to stdout unless ``out``); raises GeneratorError on bad input."""
    from generator.diff.sources import diff, resolve  # the IR and botocore, when run

    report = diff(resolve(old), resolve(new), operations)
    (out or sys.stdout).write(render(report, fmt, view))
    found = failing(report.counts(), fail_on)
    if found and not allow_breaking:
        print(
            f"error: {found} breaking change(s) ({fail_on.value} or worse); pass "
            "--allow-breaking to accept",
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
        view=Filter(docs=args.docs, min_severity=severity_named(args.min_severity)),
        fail_on=severity_named(args.fail_on or "ERROR"),
    )
