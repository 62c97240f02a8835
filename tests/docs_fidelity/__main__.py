"""``make docs-fidelity``: ``python -m tests.docs_fidelity [--service NAME ...] [--jobs N]``.

Every command page of every service awscli exposes, ours against awscli's, one service
per worker process (awscli's rendering is the slow half). Prints pages equal / total
and the pages per cause; writes ``build/docs-fidelity/report.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path
from typing import Any

from generator.loader import available_services, operation_count
from tests.docs_fidelity.compare import (
    allowed,
    compare,
    legacy_view,
    normalise,
    our_legacy_view,
)

REPORT = Path("build/docs-fidelity/report.json")


def run_service(
    name: str, only: frozenset[str] | None = None, layout: str = "legacy"
) -> dict[str, Any]:
    """``layout``: legacy (awscli's page cut to the published frame) or current (both
    pages whole, ours with awscli's example files, as htmlgen renders them)."""
    from tests.docs_fidelity import pages

    started = time.perf_counter()
    result: dict[str, Any] = {"service": name, "pages": {}, "ours_s": 0.0, "awscli_s": 0.0}
    if not pages.exposed(name):
        result["not_exposed"] = True
        return result
    service, found = pages.commands(name)
    page_layout = pages.layout_of(service, layout)
    for cli_name, command in found:
        if only is not None and cli_name not in only:
            continue
        t0 = time.perf_counter()
        ours = pages.our_page(service, cli_name, page_layout)
        t1 = time.perf_counter()
        if command is None or type(command).__name__ != "ServiceOperation":
            result["pages"][cli_name] = {"missing": True}
            continue
        theirs = pages.awscli_page(command)
        t2 = time.perf_counter()
        result["ours_s"] += t1 - t0
        result["awscli_s"] += t2 - t1
        customised = pages.customised(name, service, cli_name)
        replaced = pages.output_customised(name, cli_name)
        described = pages.description_customised(name, cli_name)
        if layout == "current":  # both pages whole
            theirs_lines, ours_lines = normalise(theirs), normalise(ours)
        else:
            theirs_lines, ours_lines = legacy_view(theirs), our_legacy_view(ours)
        page = compare(
            theirs_lines, ours_lines, customised, replaced, description_customised=described
        )
        result["pages"][cli_name] = {
            "exact": page.exact,
            "equal": page.equal,
            "causes": page.causes,
            "differences": [
                {"cause": d.cause, "awscli": d.theirs, "ours": d.ours} for d in page.differences
            ],
        }
    result["seconds"] = time.perf_counter() - started
    return result


def _previous(path: Path) -> list[dict[str, Any]]:
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".jsonl":
        return [json.loads(line) for line in text.splitlines() if line.strip()]
    services: list[dict[str, Any]] = json.loads(text)["services"]
    return services


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.docs_fidelity")
    parser.add_argument("--service", action="append", default=[])
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--report", type=Path)
    parser.add_argument(
        "--layout",
        choices=("legacy", "current"),
        default="legacy",
        help="which page layout to compare (default: legacy)",
    )
    parser.add_argument(
        "--recheck",
        type=Path,
        help="a previous report (.json or .partial.jsonl): compare again only its pages "
        "that were not equal, and count its equal pages as they were",
    )
    args = parser.parse_args(argv)
    if args.report is None:
        args.report = REPORT if args.layout == "legacy" else REPORT.with_name("current.json")
    names = args.service or available_services()
    kept: list[dict[str, Any]] = []
    only: dict[str, frozenset[str]] = {}
    if args.recheck:
        kept = _previous(args.recheck)
        names = [r["service"] for r in kept if r["service"] in names]
        for r in kept:
            if r["service"] not in names:
                continue  # not rechecked (--service): kept whole
            only[r["service"]] = frozenset(
                n for n, p in r["pages"].items() if not p.get("missing") and not p["equal"]
            )
            r["pages"] = {n: p for n, p in r["pages"].items() if n not in only[r["service"]]}
    # Largest first, so the last worker does not finish long after the others.
    names.sort(key=lambda n: -operation_count(n))
    started = time.perf_counter()
    results: list[dict[str, Any]] = []
    # Each service's result as it arrives, one JSON line each: a run cut short keeps them.
    args.report.parent.mkdir(parents=True, exist_ok=True)
    partial = args.report.with_suffix(".partial.jsonl")
    with ProcessPoolExecutor(max_workers=args.jobs) as pool, partial.open("w") as stream:
        futures = [pool.submit(run_service, name, only.get(name), args.layout) for name in names]
        for done, future in enumerate(as_completed(futures), 1):
            results.append(future.result())
            stream.write(json.dumps(results[-1]) + "\n")
            stream.flush()
            if done % 25 == 0 or done == len(futures):
                print(f"  {done}/{len(futures)} services", file=sys.stderr, flush=True)
    wall = time.perf_counter() - started
    ours = sum(r["ours_s"] for r in results)
    theirs = sum(r["awscli_s"] for r in results)
    if kept:
        fresh = {r["service"]: r for r in results}
        for r in kept:
            # (with --service, the other services' pages stay as the report had them)
            r["pages"].update(fresh[r["service"]]["pages"] if r["service"] in fresh else {})
        results = kept
    results.sort(key=lambda r: r["service"])
    counts: Counter[str] = Counter()
    causes: Counter[str] = Counter()
    for service in results:
        for page in service["pages"].values():
            if page.get("missing"):
                counts["awscli has no operation command"] += 1
                continue
            counts["total"] += 1
            counts["exact"] += page["exact"]
            counts["equal"] += page["equal"]
            for cause in page["causes"]:
                causes[cause] += 1
    total = counts["total"] or 1
    print(
        f"{args.layout} layout: {counts['equal']} of {counts['total']} pages equal "
        f"({100 * counts['equal'] / total:.1f}%; {counts['exact']} identical, the others "
        f"differ only by listed causes); awscli has no command for "
        f"{counts['awscli has no operation command']}"
    )
    print("pages per cause (a page may have several):")
    for cause, count in causes.most_common():
        print(f"  {'listed ' if allowed(cause) else 'OTHER  '} {cause}: {count}")
    print(
        f"wall time: {wall:.0f} s with {args.jobs} processes "
        f"(rendering: ours {ours:.0f} s, awscli {theirs:.0f} s, summed over workers)"
    )
    args.report.parent.mkdir(parents=True, exist_ok=True)
    args.report.write_text(
        json.dumps({"counts": counts, "causes": causes, "services": results}, indent=1),
        encoding="utf-8",
    )
    print(f"report: {args.report}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
