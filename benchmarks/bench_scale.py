"""Generation time and memory per operation as a model grows.

Usage: PYTHONPATH=. .venv/bin/python benchmarks/bench_scale.py [--ops 200 2000 ...]
       [--stages select,ir,targets]

For each size, a fresh process builds a synthetic model (tests/synthetic.py), then times
the stages: load (read + validate), select (every operation named in a config, as
``generator.yaml`` would), build IR, and all four targets rendered and formatted in
memory (``--stages`` without ``targets`` skips the slow part). Prints milliseconds per
operation and the peak resident memory, so non-linear growth shows as a rising figure.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def measure(operations: int, stages: set[str]) -> dict[str, float]:
    from generator.config import parse_config
    from generator.ir import build_service
    from generator.ir.build import select_operations
    from generator.loader import load_service
    from generator.pipeline import produce
    from tests.synthetic import write_synthetic

    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as folder:
        path = write_synthetic(Path(folder), operations)
        start = time.perf_counter()
        loaded = load_service(None, path)
        figures["load"] = time.perf_counter() - start
        names = [f"Op{i:05d}" for i in range(operations)]
        config = parse_config({"services": {"synthetic": {"operations": names}}}, "bench")
        wanted = config.services[0].operations
        start = time.perf_counter()
        select_operations(loaded, wanted)
        figures["select"] = time.perf_counter() - start
        if "ir" in stages or "targets" in stages:
            start = time.perf_counter()
            service = build_service(loaded, wanted)
            figures["ir"] = time.perf_counter() - start
        if "targets" in stages:
            start = time.perf_counter()
            produce([service], ["client", "cli", "skeleton", "docs"])
            figures["targets"] = time.perf_counter() - start
    figures["peak_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return figures


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--ops", type=int, nargs="+", default=[200, 2000])
    parser.add_argument("--stages", default="select,ir,targets")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # the worker
    args = parser.parse_args()
    stages = set(args.stages.split(","))
    if args.one is not None:
        print(json.dumps(measure(args.one, stages)))
        return
    print(f"{'operations':>10} {'stage':>8} {'total s':>9} {'ms/op':>8}   peak RSS")
    for operations in args.ops:
        result = subprocess.run(
            [sys.executable, __file__, "--one", str(operations), "--stages", args.stages],
            check=True,
            capture_output=True,
            text=True,
        )
        figures = json.loads(result.stdout)
        peak = figures.pop("peak_mib")
        for stage, seconds in figures.items():
            print(
                f"{operations:>10} {stage:>8} {seconds:9.3f} {seconds * 1000 / operations:8.3f}"
                f"   {peak:.0f} MiB"
            )


if __name__ == "__main__":
    main()
