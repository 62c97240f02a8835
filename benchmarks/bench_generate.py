"""Time the generator against awscli's own doc machinery, in one run.

Usage: .venv/bin/python benchmarks/bench_generate.py [--repeat N] [--service ssm]

Prints the median wall time of each stage for every operation of one service, and the
ratio of awscli's time to render the same docs pages (its help renderer) to ours.
Figures from a shared machine are noisy: compare medians from the same run only.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from typing import Any

from generator.ir import build_service
from generator.loader import load_service
from generator.pipeline import produce


def median_seconds(action: Callable[[], Any], repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def awscli_pages(service: str) -> int:
    """Render every operation page of a service with awscli's help machinery."""
    from awscli.clidriver import create_clidriver

    class Capture:
        def render(self, contents: bytes) -> None:
            self.out = contents

    driver = create_clidriver()
    table = driver._get_command_table()[service]._get_command_table()
    count = 0
    for _name, command in sorted(table.items()):
        if not hasattr(command, "create_help_command"):
            continue
        help_command = command.create_help_command()
        help_command.renderer = Capture()
        help_command.doc.target = "html"
        help_command(None, None)
        count += 1
    return count


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--service", default="ssm")
    args = parser.parse_args()

    loaded = load_service(args.service)
    service = build_service(loaded, "*")
    ops = len(service.operations)
    load = median_seconds(lambda: load_service(args.service), args.repeat)
    ir = median_seconds(lambda: build_service(loaded, "*"), args.repeat)
    docs = median_seconds(lambda: produce([service], ["docs"]), args.repeat)
    every = median_seconds(
        lambda: produce([service], ["client", "cli", "skeleton", "docs"]), args.repeat
    )
    aws = median_seconds(lambda: awscli_pages(args.service), args.repeat)
    print(f"service {args.service}: {ops} operations, median of {args.repeat} runs")
    print(f"  load model            {load * 1000:9.1f} ms")
    print(f"  build IR              {ir * 1000:9.1f} ms")
    print(f"  docs pages (ours)     {docs * 1000:9.1f} ms")
    print(f"  all four targets      {every * 1000:9.1f} ms")
    print(f"  docs pages (awscli)   {aws * 1000:9.1f} ms")
    print(f"  awscli / ours (docs)  {aws / docs:9.2f}x")


if __name__ == "__main__":
    main()
