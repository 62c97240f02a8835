"""``make examples``: awscli's example command lines, aws against the generated CLI.

    .venv/bin/python -m tests.examples [--service NAME ...] [--limit N]
        [--include wait] [--include help] [--placeholder-files] [--report PATH]

1. Every command line of ``awscli/examples/<service>/*.rst`` is extracted and classified
   (``extract``, ``classify``): runnable, or not run for a counted reason.
2. The generated CLI of every service with a runnable command line is generated with
   the generator's own command (``targets: [cli]``, every operation) into
   ``build/examples/tree/exgen``; it is regenerated only when the generator, runtime,
   templates, botocore or the service list changed (a stamp of their contents).
3. One loopback server; per service one ``aws`` process and one generated-CLI process
   (``runner``) run the command lines concurrently, each with an endpoint of its own.
4. Each command line's requests, stdout and exit code are compared (``compare``); the
   differences are grouped by likely cause. A table is printed and the whole report
   written to ``build/examples/report.json``. Exit 0 (the report is the result).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import botocore

from tests.conftest import ROOT
from tests.e2e.conftest import isolated_env
from tests.examples.classify import Classified, NotRun, Plan, classify
from tests.examples.compare import (
    Difference,
    Outcome,
    difference,
    first_message,
    our_options,
    shape_of,
)
from tests.examples.extract import Page, read_corpus
from tests.examples.wire import Server, normalise, serve, strip_run

BUILD = ROOT / "build" / "examples"
PACKAGE = "exgen"
PYTHON = Path(sys.executable)
DUMMY_KEYS = "aws_access_key_id = AKIDEXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/EXAMPLEKEY\n"


@dataclass
class Result:
    line: Classified
    aws: Outcome
    generated: Outcome
    difference: Difference | None


@dataclass
class Runs:
    """Every command line, run or not, and the counts the report prints."""

    classified: list[Classified] = field(default_factory=list)
    results: list[Result] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)


def classify_corpus(
    pages: Iterable[Page], include: frozenset[str], placeholders: bool
) -> list[Classified]:
    return [
        Classified(line, classify(line, page, include=include, placeholders=placeholders))
        for page in pages
        for line in page.commands
    ]


def folder_of(item: Classified) -> str:
    return item.line.page.split("/", 1)[0]


# --- the generated tree ------------------------------------------------------------


def _inputs_digest(config: str) -> str:
    digest = hashlib.sha256(config.encode())
    digest.update(botocore.__version__.encode())
    for folder in ("generator", "runtime", "templates"):
        for path in sorted((ROOT / folder).rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(str(path.relative_to(ROOT)).encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()


def generate_tree(services: Mapping[str, Iterable[str] | None], tree: Path) -> dict[str, Path]:
    """Generate the ``cli`` target of these services (every operation where the value
    is None, else those operations: botocore names) with the generator's own command,
    unless the stamp says the same inputs made the tree already; returns each
    service's ``commands.json``."""
    out = tree / PACKAGE
    selection = {
        name: "'*'" if ops is None else json.dumps(sorted(set(ops)))
        for name, ops in sorted(services.items())
    }
    config = (
        "services:\n"
        + "".join(f"  {name}:\n    operations: {ops}\n" for name, ops in selection.items())
        + f"targets: [cli]\noutput: {out}\n"
    )
    stamp = tree / "inputs.sha256"
    digest = _inputs_digest(config)
    if not (stamp.exists() and stamp.read_text() == digest and out.is_dir()):
        tree.mkdir(parents=True, exist_ok=True)
        (tree / "generator.yaml").write_text(config, encoding="utf-8")
        started = time.perf_counter()
        print(f"generating the cli target of {len(selection)} services into {out} ...", flush=True)
        subprocess.run(
            [str(PYTHON), "-m", "generator", "--config", str(tree / "generator.yaml"), "generate"],
            cwd=ROOT,
            check=True,
            stdout=subprocess.DEVNULL,
        )
        print(f"generated in {time.perf_counter() - started:.0f} s", flush=True)
        stamp.write_text(digest)
    found: dict[str, Path] = {}
    for path in sorted(out.glob("*/commands.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        found[data["service_name"]] = path
    return found


# --- running -----------------------------------------------------------------------


def _endpoint_free(words: tuple[str, ...]) -> list[str]:
    """The words without an ``--endpoint-url`` of the example's own: the harness's
    endpoint is the only one, so no request can leave the machine."""
    out: list[str] = []
    skip = False
    for word in words:
        name = word.split("=", 1)[0]
        # awscli takes a prefix (``--endpoint`` in mediastore-data's examples) for it.
        is_endpoint = len(name) > len("--e") and "--endpoint-url".startswith(name)
        if skip:
            skip = False
        elif is_endpoint:
            skip = "=" not in word
        else:
            out.append(word)
    return out


def _environment(folder: Path, profiles: Iterable[str]) -> dict[str, str]:
    env = isolated_env(folder)
    names = sorted(set(profiles))
    # awscli v1 fetches http(s):// option values (paramfile); never from here.
    Path(env["AWS_CONFIG_FILE"]).write_text(
        "".join(
            f"[{section}]\ncli_follow_urlparam = false\n"
            for section in ["default", *(f"profile {name}" for name in names)]
        ),
        encoding="utf-8",
    )
    Path(env["AWS_SHARED_CREDENTIALS_FILE"]).write_text(
        "".join(f"[{name}]\n{DUMMY_KEYS}" for name in names), encoding="utf-8"
    )
    env.update(
        {
            "HOME": str(folder),
            "AWS_MAX_ATTEMPTS": "1",
            # Anything not for 127.0.0.1 goes to a proxy that is not there.
            "HTTP_PROXY": "http://127.0.0.1:9",
            "HTTPS_PROXY": "http://127.0.0.1:9",
            "AWS_DISABLE_HOST_PREFIX_INJECTION": "true",
            "PYTHONPATH": str(ROOT),
            "PYTHONHASHSEED": "0",
            "LC_ALL": "C.UTF-8",
        }
    )
    return env


def _run_side(command: list[str], runs: list[dict[str, Any]], env: dict[str, str]) -> Any:
    proc = subprocess.run(
        command,
        input=json.dumps({"runs": runs}).encode(),
        capture_output=True,
        env=env,
        cwd=ROOT,
        timeout=60 + 25 * len(runs),
        check=False,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"{command[3]} runner failed: {proc.stderr.decode()[-2000:]}")
    return json.loads(proc.stdout)


def _outcome(result: dict[str, Any], requests: list[Any], key: str) -> Outcome:
    def clean(text: str) -> str:
        return strip_run(text, key)

    return Outcome(
        int(result["rc"]),
        clean(result["stdout"]),
        clean(result["stderr"]),
        tuple(normalise(request) for request in requests),
    )


def _plan(item: Classified) -> Plan:
    assert isinstance(item.outcome, Plan)
    return item.outcome


def run_batch(
    server: Server, commands: dict[str, Path], items: list[Classified], first: int
) -> list[Result]:
    """Both sides of these runnable command lines, each side in one process, the two
    concurrently; ``first`` numbers the runs (their endpoints) on the shared server."""
    plans = [(index, item) for index, item in enumerate(items, first)]
    with tempfile.TemporaryDirectory(prefix="examples-") as tmp:
        folder = Path(tmp)
        profiles = [name for _, item in plans for name in _plan(item).profiles]
        env = _environment(folder, profiles)
        aws_runs: list[dict[str, Any]] = []
        gen_runs: list[dict[str, Any]] = []
        for index, item in plans:
            plan = _plan(item)
            for side in ("a", "g"):
                cwd = folder / f"{side}{index}"
                for relative, data in plan.files.items():
                    (cwd / relative).parent.mkdir(parents=True, exist_ok=True)
                    (cwd / relative).write_bytes(data)
                cwd.mkdir(exist_ok=True)
            endpoint = ["--endpoint-url", f"{server.url}/a{index}"]
            aws_runs.append(
                {"args": [*endpoint, *_endpoint_free(plan.args)], "cwd": str(folder / f"a{index}")}
            )
            endpoint = ["--endpoint-url", f"{server.url}/g{index}"]
            gen_runs.append(
                {
                    "args": [*endpoint, *_endpoint_free(plan.generated_args)],
                    "cwd": str(folder / f"g{index}"),
                    "service": commands[plan.service].parent.name,
                }
            )
        sample = next(iter(commands.values()))
        tree = str(sample.parent.parent.parent)
        with ThreadPoolExecutor(1) as pool:
            mine = pool.submit(
                _run_side,
                [str(PYTHON), "-m", "tests.examples.runner", "generated", tree, PACKAGE],
                gen_runs,
                env,
            )
            theirs = _run_side([str(PYTHON), "-m", "tests.examples.runner", "aws"], aws_runs, env)
            generated = mine.result()
    results: list[Result] = []
    for (index, item), aws_result in zip(plans, theirs, strict=True):
        plan = _plan(item)
        aws = _outcome(aws_result, server.take(f"a{index}"), f"a{index}")
        gen = _outcome(generated[index - first], server.take(f"g{index}"), f"g{index}")
        ours = our_options(commands[plan.service], plan.command)
        results.append(Result(item, aws, gen, difference(plan, aws, gen, ours)))
    return results


# --- the report --------------------------------------------------------------------


def _side(outcome: Outcome) -> dict[str, Any]:
    return {
        "rc": outcome.rc,
        "stdout": outcome.stdout[-2000:],
        "stderr": outcome.stderr[-2000:],
        "requests": list(outcome.requests),
    }


def report(runs: Runs) -> dict[str, Any]:
    services: dict[str, dict[str, Any]] = {}

    def entry(name: str) -> dict[str, Any]:
        return services.setdefault(
            name,
            {
                "command_lines": 0,
                "runnable": 0,
                "equal": 0,
                "equal_without_request": 0,
                "differ": 0,
                "not_run": Counter(),
            },
        )

    for item in runs.classified:
        counts = entry(folder_of(item))
        counts["command_lines"] += 1
        if isinstance(item.outcome, NotRun):
            counts["not_run"][item.outcome.reason] += 1
    causes: dict[str, dict[str, list[Result]]] = defaultdict(lambda: defaultdict(list))
    for result in runs.results:
        counts = entry(folder_of(result.line))
        counts["runnable"] += 1
        if result.difference is None:
            counts["equal"] += 1
            counts["equal_without_request"] += not result.aws.requests
        else:
            counts["differ"] += 1
            causes[result.difference.cause][result.difference.detail].append(result)
    silent: dict[str, list[Result]] = defaultdict(list)
    for result in runs.results:
        if result.difference is None and not result.aws.requests:
            silent[shape_of(first_message(result.aws.stderr))].append(result)
    not_run = Counter(
        item.outcome.reason for item in runs.classified if isinstance(item.outcome, NotRun)
    )
    awscli_only = Counter(
        item.outcome.detail
        for item in runs.classified
        if isinstance(item.outcome, NotRun) and item.outcome.reason == "awscli-only"
    )
    return {
        "total": {
            "command_lines": len(runs.classified),
            "runnable": len(runs.results),
            "equal": sum(1 for r in runs.results if r.difference is None),
            "equal_without_request": sum(
                1 for r in runs.results if r.difference is None and not r.aws.requests
            ),
            "equal_exit_nonzero": sum(
                1 for r in runs.results if r.difference is None and r.aws.rc != 0
            ),
            "differ": sum(1 for r in runs.results if r.difference is not None),
            "not_run": dict(not_run.most_common()),
            "awscli_only_commands": dict(awscli_only.most_common()),
            "seconds": runs.seconds,
        },
        "services": {
            name: {**counts, "not_run": dict(counts["not_run"].most_common())}
            for name, counts in sorted(services.items())
        },
        "equal_without_request": [
            {
                "aws_message": message,
                "count": len(results),
                "examples": [r.line.line.source for r in results[:5]],
            }
            for message, results in sorted(silent.items(), key=lambda kv: -len(kv[1]))
        ],
        "differences": [
            {
                "cause": cause,
                "count": sum(len(v) for v in details.values()),
                "details": [
                    {
                        "detail": detail,
                        "count": len(results),
                        "examples": [
                            {
                                "source": r.line.line.source,
                                "command_line": r.line.line.text,
                                "aws": _side(r.aws),
                                "generated": _side(r.generated),
                            }
                            for r in results
                        ],
                    }
                    for detail, results in sorted(details.items(), key=lambda kv: -len(kv[1]))
                ],
            }
            for cause, details in sorted(
                causes.items(), key=lambda kv: -sum(len(v) for v in kv[1].values())
            )
        ],
    }


def print_report(data: dict[str, Any], examples: int = 3) -> None:
    total = data["total"]
    print(f"\n{'service':<28} {'lines':>6} {'runnable':>8} {'equal':>6} {'differ':>6}  not run")
    for name, counts in data["services"].items():
        reasons = ", ".join(f"{k} {v}" for k, v in counts["not_run"].items())
        print(
            f"{name:<28} {counts['command_lines']:>6} {counts['runnable']:>8} "
            f"{counts['equal']:>6} {counts['differ']:>6}  {reasons}"
        )
    print(
        f"{'TOTAL':<28} {total['command_lines']:>6} {total['runnable']:>8} "
        f"{total['equal']:>6} {total['differ']:>6}"
    )
    print(
        f"equal without any request sent: {total['equal_without_request']}; "
        f"equal with a non-zero exit code: {total['equal_exit_nonzero']}"
    )
    for group in data["equal_without_request"][:8]:
        print(
            f"  {group['count']:>5}  {group['aws_message']}  ({', '.join(group['examples'][:2])})"
        )
    print("\nnot run, by reason: " + ", ".join(f"{k} {v}" for k, v in total["not_run"].items()))
    print("\ndifferences by cause:")
    for cause in data["differences"]:
        print(f"  {cause['count']:>5}  {cause['cause']}")
        for detail in cause["details"][:12]:
            print(f"         {detail['count']:>5}  {detail['detail'] or '-'}")
            for example in detail["examples"][:examples]:
                text = " ".join(example["command_line"].split())
                print(f"                  {example['source']}: {text[:150]}")
    print(f"\ntimes: {total['seconds']}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.examples")
    parser.add_argument("--service", action="append", help="an example folder (repeatable)")
    parser.add_argument("--limit", type=int, help="at most N runnable command lines a service")
    parser.add_argument("--include", action="append", default=[], choices=["wait", "help"])
    parser.add_argument("--placeholder-files", action="store_true")
    parser.add_argument("--report", type=Path, default=BUILD / "report.json")
    parser.add_argument("--tree", type=Path, default=BUILD / "tree")
    parser.add_argument(
        "--fail-below",
        type=float,
        metavar="PERCENT",
        help="exit 1 when fewer runnable lines than this behave identically (CI's guard)",
    )
    args = parser.parse_args(argv)
    started = time.perf_counter()
    runs = Runs()
    pages = read_corpus(folders=args.service)
    runs.classified = classify_corpus(pages, frozenset(args.include), args.placeholder_files)
    by_folder: dict[str, list[Classified]] = defaultdict(list)
    for item in runs.classified:
        if isinstance(item.outcome, Plan):
            by_folder[folder_of(item)].append(item)
    if args.limit is not None:
        chosen = {id(i) for items in by_folder.values() for i in items[: args.limit]}
        runs.classified = [
            i for i in runs.classified if isinstance(i.outcome, NotRun) or id(i) in chosen
        ]
        by_folder = {k: v[: args.limit] for k, v in by_folder.items()}
    runs.seconds["extract"] = round(time.perf_counter() - started, 1)
    needed = {
        i.outcome.service
        for items in by_folder.values()
        for i in items
        if isinstance(i.outcome, Plan)
    }
    commands = generate_tree(dict.fromkeys(needed), args.tree)
    runs.seconds["generate"] = round(time.perf_counter() - started - runs.seconds["extract"], 1)
    first = 0
    with serve() as server:
        for done, (folder, items) in enumerate(sorted(by_folder.items()), 1):
            t0 = time.perf_counter()
            results = run_batch(server, commands, items, first)
            first += len(items)
            runs.results.extend(results)
            equal = sum(1 for r in results if r.difference is None)
            print(
                f"[{done}/{len(by_folder)}] {folder}: {len(results)} run, {equal} equal "
                f"({time.perf_counter() - t0:.1f} s)",
                flush=True,
            )
    runs.seconds["total"] = round(time.perf_counter() - started, 1)
    data = report(runs)
    args.report.parent.mkdir(parents=True, exist_ok=True)
    args.report.write_text(json.dumps(data, indent=1, sort_keys=False), encoding="utf-8")
    print_report(data)
    print(f"report: {args.report}")
    runnable = len(runs.results)
    equal = sum(1 for result in runs.results if result.difference is None)
    share = 100.0 * equal / runnable if runnable else 100.0
    if args.fail_below is not None and share < args.fail_below:
        print(f"{share:.2f}% behave identically, under {args.fail_below}%", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main())
