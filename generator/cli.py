"""Command line: ``aws-model-generator`` (or ``python -m generator``)
``generate|crosscheck|diff``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from generator.config import (
    DEFAULT_CONFIG,
    DEFAULTS,
    LAYOUTS,
    TARGETS,
    Config,
    DocsConfig,
    ServiceSelection,
    load_config,
)
from generator.diff import command as diff_command
from generator.diff.command import add_fail_on
from generator.diff.model import severity_named
from generator.errors import GeneratorError
from generator.loader import available_services
from generator.pipeline import generate, request_from
from generator.progress import Progress


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="aws-model-generator")
    parser.add_argument(
        "--config",
        type=Path,
        help=f"what to generate (default: ./{DEFAULT_CONFIG} if there is one, else "
        "nothing until --service, --all-services or --model names it)",
    )
    commands = parser.add_subparsers(dest="command", required=True)

    gen = commands.add_parser("generate", help="render every output into the output folder")
    gen.add_argument(
        "--check",
        action="store_true",
        help="write nothing; exit 1 with a diff if the output folder is stale",
    )
    gen.add_argument(
        "--model",
        type=Path,
        metavar="PATH",
        help="read this service-2.json instead of the pinned botocore's",
    )
    which = gen.add_mutually_exclusive_group()
    which.add_argument(
        "--service",
        action="append",
        metavar="NAME",
        help="generate every operation of this service (repeatable)",
    )
    which.add_argument(
        "--all-services",
        action="store_true",
        help="generate every operation of every botocore service",
    )
    gen.add_argument(
        "--no-cache",
        action="store_true",
        help="format everything again, neither reading nor writing the cache "
        "($XDG_CACHE_HOME/aws-model-generator)",
    )
    gen.add_argument(
        "-j",
        "--jobs",
        type=int,
        metavar="N",
        help="worker processes (default: one per core)",
    )
    gen.add_argument(
        "--quiet",
        action="store_true",
        help="print only errors (no progress, no summary)",
    )
    gen.add_argument("--out", type=Path, metavar="DIR", help="write into DIR instead")
    add_fail_on(
        gen,
        "write nothing and exit 1 when the model update (against the model the output "
        "was generated from) has a change at least this severe",
    )
    gen.add_argument(
        "--target",
        action="append",
        choices=TARGETS,
        help="generate only this target (repeatable; default: the config's, or all)",
    )
    gen.add_argument(
        "--docs-layout",
        choices=LAYOUTS,
        help="the command pages' layout (default: the config's docs.layout, else current)",
    )
    gen.add_argument(
        "--examples",
        type=Path,
        metavar="DIR",
        help="example files as DIR/<service>/<command>.rst for the current layout's "
        "Examples sections (default: the config's docs.examples)",
    )

    cross = commands.add_parser("crosscheck", help="compare published AWS CLI pages with the model")
    cross.add_argument("--strict", action="store_true", help="fail on text drift too")
    cross.add_argument("--summary", action="store_true", help="print counts only")
    cross.add_argument("--model", type=Path, metavar="PATH")
    cross.add_argument(
        "--reference",
        type=Path,
        metavar="DIR",
        help="published pages, as DIR/<service>/<command>.rst (default: the shipped ones)",
    )
    diff_command.add_parser(commands)
    return parser


def _config(path: Path | None) -> Config:
    """The named config (which must exist), else ./generator.yaml if there is one, else
    the defaults: every target, into ./generated, services from the command line."""
    if path is not None:
        return load_config(path)
    if Path(DEFAULT_CONFIG).is_file():
        return load_config(Path(DEFAULT_CONFIG))
    return DEFAULTS


def _with_docs(config: Config, layout: str | None, examples: Path | None) -> Config:
    """The config with --docs-layout and --examples applied (each over its docs key)."""
    if layout is None and examples is None:
        return config
    layout = layout or config.docs.layout
    if examples is None:
        examples = config.docs.examples if layout == "current" else None
    try:
        return replace(config, docs=DocsConfig(layout, examples))
    except ValueError as exc:
        raise GeneratorError(f"--examples: {exc}") from exc


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "diff":  # needs no config
            return diff_command.main(args)
        config = _config(args.config)
        if args.command == "generate":
            services = None
            if args.service:
                services = [ServiceSelection(name, "*") for name in args.service]
            elif args.all_services:
                services = [ServiceSelection(name, "*") for name in available_services()]
            request = request_from(
                _with_docs(config, args.docs_layout, args.examples),
                model_path=args.model,
                services=services,
                output=args.out,
                targets=args.target,
                fail_on=severity_named(args.fail_on) if args.fail_on else None,
                cache=not args.no_cache,
            )
            if not request.services:
                raise GeneratorError(
                    f"nothing to generate: no ./{DEFAULT_CONFIG} here and no --service, "
                    "--all-services or --model"
                )
            if args.jobs is not None and args.jobs < 1:
                raise GeneratorError(f"--jobs must be at least 1, not {args.jobs}")
            progress = Progress(len(request.services), sys.stderr, quiet=args.quiet)
            return generate(
                request, check=args.check, jobs=args.jobs, progress=progress, quiet=args.quiet
            )
        if args.command == "crosscheck":
            from generator.crosscheck import run_crosscheck

            return run_crosscheck(
                config,
                model_path=args.model,
                strict=args.strict,
                summary=args.summary,
                reference=args.reference,
            )
    except GeneratorError as error:
        print(f"error: {error}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print("error: interrupted; the output folder was left as it was", file=sys.stderr)
        return 130
    raise AssertionError(args.command)
