"""`make corpus`: every operation of every botocore service, generated and checked.

Each worker process takes one service: load → IR → render → format (the real pipeline),
writes it into a temporary folder through the writer, then checks every file: Python
compiles, is black-stable and was rendered in black's layout already (black changed
nothing), RST parses with docutils without an error or warning, JSON parses; then ruff
(the generator's own rules) runs over every generated module. The run prints counts,
failures by kind (with the first examples) and the wall time, and exits 1 on any
failure. Usage:

    .venv/bin/python -m tests.corpus [--jobs N] [--service NAME ...] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path

import black

from generator import writer
from generator.config import DEFAULT_DOCS, TARGETS, ServiceSelection
from generator.errors import GeneratorError
from generator.format import BLACK_MODE, format_file
from generator.ir import build_service
from generator.loader import available_services, load_service, operation_count
from generator.pipeline import Request, page_layout, produce, produce_request
from generator.render import render
from tests import rst


@dataclass
class Result:
    service: str
    operations: int = 0
    files: Counter[str] = field(default_factory=Counter)
    failures: list[tuple[str, str, str]] = field(default_factory=list)  # kind, file, detail
    seconds: float = 0.0


def rst_problems(text: str) -> str:
    return rst.parse(text)[1]


def check_file(rel: str, data: bytes) -> tuple[str, str] | None:
    """(kind, detail) of the first problem with one generated file, or None."""
    text = data.decode("utf-8")
    if rel.endswith(".py"):
        try:
            compile(text, rel, "exec")
        except SyntaxError as exc:
            return "python-compile", f"{exc.msg} at line {exc.lineno}"
        if black.format_str(text, mode=BLACK_MODE) != text:
            return "python-black-unstable", "black changes it again"
    elif rel.endswith(".rst"):
        problems = rst_problems(text)
        if problems:
            return "rst-docutils", problems.strip().splitlines()[0]
    elif rel.endswith(".json"):
        try:
            json.loads(text)
        except json.JSONDecodeError as exc:
            return "json-invalid", str(exc)
    return None


def run_service(name: str, out: Path) -> Result:
    start = time.perf_counter()
    result = Result(name)
    try:
        service = build_service(load_service(name), "*")
        result.operations = len(service.operations)
        # What produce(shared=False, site=False) does, with the text before black in
        # view: the templates write black's layout, so black's first pass changes
        # nothing and it skips its second (a file black changes is a failure).
        files = {}
        layouts = {service.name: page_layout(DEFAULT_DOCS, service)}
        for rendered in render([service], TARGETS, layouts=layouts):
            data = format_file(rendered)
            rel = rendered.path.as_posix()
            if rendered.path.suffix == ".py" and data != rendered.content.encode("utf-8"):
                result.failures.append(("python-layout", rel, "black changed the layout"))
            files[rel] = data
    except GeneratorError as error:
        result.failures.append(("generate", name, str(error)))
        result.seconds = time.perf_counter() - start
        return result
    writer.write(out / service.package, {rel.split("/", 1)[1]: data for rel, data in files.items()})
    for rel, data in sorted(files.items()):
        result.files[Path(rel).suffix] += 1
        problem = check_file(rel, data)
        if problem is not None:
            result.failures.append((problem[0], rel, problem[1]))
    result.seconds = time.perf_counter() - start
    return result


def ruff_problems(out: Path) -> list[tuple[str, str, str]]:
    """ruff, with the generator's own rules (pyproject.toml), over every generated
    module: (kind, file, message) for each finding."""
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "ruff",
            "check",
            "--config",
            str(Path(__file__).resolve().parent.parent / "pyproject.toml"),
            "--output-format",
            "json",
            "--no-cache",
            str(out),
        ],
        capture_output=True,
        text=True,
    )
    if proc.returncode not in (0, 1):
        return [("ruff", str(out), proc.stderr.strip())]
    return [
        (f"ruff-{item['code']}", item["filename"], item["message"])
        for item in json.loads(proc.stdout or "[]")
    ]


def typecheck(service: str) -> tuple[bool, str]:
    """``mypy --strict`` on one service's complete generated package (with the runtime)."""
    with tempfile.TemporaryDirectory(prefix="corpus-mypy-") as folder:
        root = Path(folder) / "generated"
        request = Request((ServiceSelection(service, "*"),), TARGETS, root)
        files, _ = produce_request(request)
        writer.write(root, files)
        proc = subprocess.run(
            [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "generated"],
            cwd=folder,
            capture_output=True,
            text=True,
        )
    return proc.returncode == 0, proc.stdout.strip().splitlines()[-1] if proc.stdout else ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.corpus")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--service", action="append", help="only these services")
    parser.add_argument("--keep", type=Path, help="write the tree here and keep it")
    parser.add_argument(
        "--mypy",
        action="append",
        default=None,
        metavar="SERVICE",
        help="also run mypy --strict on this service's whole package (default: ssm)",
    )
    args = parser.parse_args(argv)

    names = args.service or available_services()
    names.sort(key=lambda name: -operation_count(name))  # biggest first: no long tail
    out = args.keep or Path(tempfile.mkdtemp(prefix="corpus-"))
    start = time.perf_counter()
    results: list[Result] = []
    # The shared runtime once, checked like the rest.
    shared = produce([], TARGETS)
    writer.write(out / "_shared", shared)
    runtime = Result("_runtime", files=Counter(Path(rel).suffix for rel in shared))
    for rel, data in sorted(shared.items()):
        problem = check_file(rel, data)
        if problem is not None:
            runtime.failures.append((problem[0], rel, problem[1]))
    results.append(runtime)
    with ProcessPoolExecutor(max_workers=args.jobs) as pool:
        futures = [pool.submit(run_service, name, out) for name in names]
        for done, future in enumerate(as_completed(futures), 1):
            result = future.result()
            results.append(result)
            flag = f" {len(result.failures)} FAILURES" if result.failures else ""
            print(
                f"[{done}/{len(names)}] {result.service}: {result.operations} operations, "
                f"{sum(result.files.values())} files, {result.seconds:.1f} s{flag}",
                flush=True,
            )
    linted = ruff_problems(out)
    print(f"ruff on every generated module: {len(linted)} findings", flush=True)
    if linted:
        results.append(Result("ruff", failures=linted))
    for service in args.mypy if args.mypy is not None else ["ssm"]:
        ok, summary = typecheck(service)
        print(f"mypy --strict on the whole generated {service}: {summary}", flush=True)
        if not ok:
            results.append(Result(service, failures=[("mypy", service, summary)]))
    wall = time.perf_counter() - start
    if args.keep is None:
        shutil.rmtree(out, ignore_errors=True)

    files: Counter[str] = Counter()
    failures: Counter[str] = Counter()
    examples: dict[str, list[str]] = {}
    for result in results:
        files.update(result.files)
        for kind, rel, detail in result.failures:
            failures[kind] += 1
            examples.setdefault(kind, []).append(f"{rel}: {detail}")
    print()
    print(f"services:   {len(names)}")
    print(f"operations: {sum(r.operations for r in results)}")
    by_type = ", ".join(f"{n} {ext or 'other'}" for ext, n in sorted(files.items()))
    print(f"files:      {sum(files.values())} ({by_type})")
    by_kind = ", ".join(f"{n} {kind}" for kind, n in sorted(failures.items()))
    print(f"failures:   {sum(failures.values())}" + (f" ({by_kind})" if failures else ""))
    for kind, lines in sorted(examples.items()):
        print(f"  {kind}:")
        for line in lines[:5]:
            print(f"    {line}")
    print(f"wall time:  {wall:.0f} s with {args.jobs} processes")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
